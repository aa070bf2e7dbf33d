/**
 * The output folder's checks, once per command that writes there (evaluate,
 * report, monitor) and before anything is written: where it may be
 * (registry/output-dir.ts), then on disk — no part of it below the
 * workspace is a symbolic link (a committed `.modelgate` link would send the
 * results, and the removal of earlier ones, anywhere), and no part is a
 * file. A refusal is a usage error (exit 2) naming the path.
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { notFileKind } from '../registry/file-kind.js'
import { outputDirProblem } from '../registry/output-dir.js'
import { isInside } from '../registry/paths.js'
import type { Registry } from '../registry/registry.js'

/**
 * Checks `outputDir` and each folder below it the command will write
 * (`<output-dir>/<model>/<version>/`): every existing step from the
 * workspace down is a real folder, and none of `files` (written by name in
 * each of `folders`, like result.json) is a folder.
 */
export async function checkOutputDir(
  reg: Registry,
  workspace: string,
  outputDir: string,
  folders: string[] = [],
  files: string[] = []
): Promise<void> {
  const problem = outputDirProblem(reg, outputDir, workspace)
  if (problem) throw new UsageError(problem)
  for (const folder of [outputDir, ...folders]) {
    if (!isInside(outputDir, folder)) {
      throw new UsageError(`${folder} is not inside output-dir ${outputDir}`)
    }
    const steps = path.relative(workspace, folder).split(path.sep)
    let at = path.resolve(workspace)
    for (const step of steps) {
      at = path.join(at, step)
      const st = await lstat(at).catch(() => undefined)
      if (!st) break
      if (st.isSymbolicLink()) {
        throw new UsageError(
          `output-dir ${outputDir} passes through the symbolic link ${at}; modelgate writes only into real folders of the workspace`
        )
      }
      if (!st.isDirectory()) {
        throw new UsageError(
          `output-dir ${outputDir}: ${at} is ${st.isFile() ? 'a file' : notFileKind(st)}, not a folder`
        )
      }
    }
    for (const name of folders.includes(folder) ? files : []) {
      const abs = path.join(folder, name)
      const st = await lstat(abs).catch(() => undefined)
      if (st?.isDirectory()) {
        throw new UsageError(`${abs} is a folder; modelgate writes its ${name} there`)
      }
    }
  }
}
