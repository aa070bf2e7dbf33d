/**
 * Where the output folder (`output-dir`, default `.modelgate`) may be (SPEC
 * §7): inside the workspace, and clear of everything the registry keeps —
 * the manifest and its shards, the registry `root`, and every stage,
 * benchmark and archive folder (not equal to one, not holding one, not
 * inside one). evaluate, report and monitor write there, and evaluate
 * removes its own earlier outputs there, so a folder that overlaps the
 * registry could lose a model. Pure path arithmetic; the command layer adds
 * the checks that need the disk (symbolic links, files in the way).
 */
import path from 'node:path'
import { managedFolders } from './layout.js'
import { isInside } from './paths.js'
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
  for (const folder of managedFolders(reg)) {
    const abs = path.join(rootAbs, folder)
    if (isInside(out, abs) || isInside(abs, out)) {
      return `${shown} overlaps the registry folder ${path.relative(reg.repoRoot, abs)} (a stage, benchmark or archive folder); model files live there`
    }
  }
  return undefined
}
