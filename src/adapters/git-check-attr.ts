/**
 * `git check-attr` over many paths in one process (paths on stdin), so
 * .gitattributes are evaluated exactly as git evaluates them: macros,
 * nested files, `.git/info/attributes`. Used by validate's Git LFS warnings
 * and by register to tell which new files go through Git LFS.
 */
import type * as ChildProcess from 'node:child_process'
import { statSync } from 'node:fs'
import { EnvironmentError } from '../errors.js'

/** Loaded at the first git call: child_process (with the stream and net modules it needs) is ~5 ms of every start, and `validate` may run no git at all. */
const childProcess = (): typeof ChildProcess => process.getBuiltinModule('node:child_process')

/** `git check-attr -z --stdin <attribute>` in the repository root: one process for every path. */
export const gitCheckAttr = (
  repoRoot: string,
  paths: string[],
  env: NodeJS.ProcessEnv,
  attribute = 'filter'
): Promise<Map<string, string>> =>
  new Promise((resolve, reject) => {
    if (!paths.length) return resolve(new Map())
    try {
      if (!statSync(repoRoot).isDirectory()) throw new Error('not a folder')
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err)
      return reject(new EnvironmentError(`git check-attr: ${repoRoot}: ${why}`))
    }
    const child = childProcess().execFile(
      'git',
      ['check-attr', '-z', '--stdin', attribute],
      {
        cwd: repoRoot,
        env: { ...env, GIT_TERMINAL_PROMPT: '0' },
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
        timeout: 30_000,
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code
          const why =
            code === 'ENOENT'
              ? 'git is not installed or not on PATH'
              : stderr.trim() || error.message
          return reject(new EnvironmentError(`git check-attr: ${why.split('\n')[0]}`))
        }
        resolve(parseCheckAttr(stdout))
      }
    )
    // git may exit (not a repository) before reading its input: the callback reports that.
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(paths.map(p => `${p}\0`).join(''))
  })

/** `path\0attr\0value\0` records → path → value. */
function parseCheckAttr(stdout: string): Map<string, string> {
  const out = new Map<string, string>()
  const fields = stdout.split('\0')
  for (let i = 0; i + 2 < fields.length; i += 3) out.set(fields[i], fields[i + 2])
  return out
}
