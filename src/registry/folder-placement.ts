/**
 * Where a file found under `root` belongs: its stage (or the benchmark or
 * archive folder), model, version and logical file name. `init` reads a
 * repository through one such function, so a layout template's matcher can
 * take the place of the folder convention without touching the scan.
 */

export interface Placement {
  /** The stage, or the benchmark or archive folder. */
  folder: string
  model: string
  /** Absent where the layout has no `{version}`: each file is then a version of its own, numbered by init. */
  version?: string
  /** The file's name inside the version: `model.joblib`, `weights/part-1.bin`. */
  file: string
}

/** A path relative to `root` (`/`-separated) → where it belongs, or undefined when nowhere. */
export type PlaceFile = (rel: string) => Placement | undefined

/** The folder convention of SPEC §2: `<folder>/<model>/<version>/<file>`, for the folders named. */
export function folderConvention(folders: readonly string[]): PlaceFile {
  const known = new Set(folders)
  return rel => {
    const [folder, model, version, ...rest] = rel.split('/')
    if (!rest.length || !known.has(folder)) return undefined
    return { folder, model, version, file: rest.join('/') }
  }
}
