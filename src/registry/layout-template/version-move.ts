/**
 * How a version's files move from one place to another (a promotion, the
 * archive, a rollback), for the promotion planner (issue #12).
 *
 * - `folder`: both templates give the version a folder of its own (last
 *   segment `{file}`), so the files keep their names inside it and the
 *   folder moves whole: one `040000` tree entry, and files inside it that
 *   `ignore` names travel with it;
 * - `files`: a name changes on the way (a stage in the file name, a flat
 *   archive), so each file moves on its own and ignored files stay;
 * - `unchanged`: every path stays where it is.
 */
import { renderFolder, renderPath } from './render.js'
import type { LayoutTemplate } from './template.js'

export interface VersionPlace {
  template: LayoutTemplate
  /** The stage name, or the benchmark or archive folder's name. */
  stage: string
}

export interface FileMove {
  file: string
  from: string
  to: string
}

export type VersionMove =
  | { kind: 'unchanged' }
  | { kind: 'folder'; from: string; to: string }
  | { kind: 'files'; moves: FileMove[] }

export function planVersionMove(
  root: string,
  model: string,
  version: string,
  files: readonly string[],
  source: VersionPlace,
  target: VersionPlace
): VersionMove {
  const at = (p: VersionPlace) => ({ stage: p.stage, model, version })
  const fromFolder = renderFolder(source.template, root, at(source))
  const toFolder = renderFolder(target.template, root, at(target))
  if (fromFolder !== undefined && toFolder !== undefined) {
    return fromFolder === toFolder
      ? { kind: 'unchanged' }
      : { kind: 'folder', from: fromFolder, to: toFolder }
  }
  const moves = files
    .map(file => ({
      file,
      from: renderPath(source.template, root, { ...at(source), file }),
      to: renderPath(target.template, root, { ...at(target), file })
    }))
    .filter(m => m.from !== m.to)
  return moves.length ? { kind: 'files', moves } : { kind: 'unchanged' }
}
