/**
 * Where the output folder (`output-dir`, default `.modelgate`) may be (SPEC
 * §7): inside the workspace, and clear of everything the registry keeps —
 * the manifest and its shards, the registry `root`, and every stage,
 * benchmark and archive folder (not equal to one, not holding one, not
 * inside one). evaluate, report and monitor write there, and evaluate
 * removes its own earlier outputs there, so a folder that overlaps the
 * registry could lose a model. Under layout templates the folders are the
 * places the `{stage}` segments name (layout-places.ts). Pure path arithmetic; the command layer adds
 * the checks that need the disk (symbolic links, files in the way).
 */
import path from 'node:path'
import { placeOf, stagePlaces } from './layout-places.js'
import { isInside, joinRel } from './paths.js'
import type { Registry } from './registry.js'

/** Why `outputDir` (absolute) cannot be the output folder, or undefined when it can. */
export function outputDirProblem(
  reg: Registry,
  outputDir: string,
  workspace: string
): string | undefined {
  const out = path.resolve(outputDir)
  const shown = `output-dir ${out}`
  if (!isInside(workspace, out) || out === path.resolve(workspace)) {
    return `${shown} is not inside the workspace ${workspace}; use a folder of its own there (default .modelgate)`
  }
  const gitDir = path.join(reg.repoRoot, '.git')
  if (isInside(out, reg.repoRoot)) return `${shown} holds the repository ${reg.repoRoot}`
  if (isInside(gitDir, out)) return `${shown} is inside ${gitDir}`
  for (const file of [reg.manifest, ...reg.shards]) {
    if (isInside(out, file.absPath)) return `${shown} holds the manifest ${file.relPath}`
  }
  const rootAbs = path.join(reg.repoRoot, reg.root)
  if (isInside(out, rootAbs)) return `${shown} is or holds the registry root ${reg.root}`
  const places = stagePlaces(reg)
  const outRel = path.relative(reg.repoRoot, out).split(path.sep).join('/')
  for (const p of places) {
    // Exactly a folder (`models/staging`), else the files and folders whose name begins with it
    // (`resources/staging*` under `{stage}{ext}`), else all of a folder with placeholders above.
    const exact = p.exact && p.depth === 0
    const abs = path.join(reg.repoRoot, exact ? joinRel(p.base, p.folder) : p.base)
    const within = placeOf([p], `${outRel}/x`) !== undefined
    if (isInside(out, abs) || (exact ? isInside(abs, out) : within)) {
      const shownPlace = exact
        ? path.relative(reg.repoRoot, abs)
        : p.depth === 0
          ? `${joinRel(p.base, p.start)}*`
          : p.base
      return `${shown} overlaps the registry folder ${shownPlace} (a stage, benchmark or archive folder); model files live there`
    }
  }
  return undefined
}
