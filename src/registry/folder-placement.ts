/**
 * Where a file found under `root` belongs: its stage (or the benchmark or
 * archive folder), model, version and logical file name. `init` reads a
 * repository through one such function (init-layouts.ts builds it from the
 * layout templates, the folder convention of SPEC §2 being the default one),
 * so the scan does not depend on the layout.
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
