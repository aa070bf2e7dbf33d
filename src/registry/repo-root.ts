import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The repository root all manifest paths are relative to (SPEC §2): the git
 * top level of the manifest's folder, else GITHUB_WORKSPACE, else the current
 * directory. Found by looking for `.git` upwards rather than running git, so
 * `validate` starts without spawning a process.
 */
export function findRepoRoot(fromDir: string, env: NodeJS.ProcessEnv = process.env): string {
  let dir = path.resolve(fromDir)
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd())
}
