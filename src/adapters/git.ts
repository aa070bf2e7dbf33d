/**
 * The git CLI, for what a promotion reads from the local checkout: the HEAD
 * commit, the SHAs of the folders that move (so the API commit reuses them
 * and uploads no model bytes), and whether the paths involved are clean.
 * Read-only: modelgate never writes to the checkout's git state.
 */
import { execFile } from 'node:child_process'
import { UsageError } from '../errors.js'
import { gitCheckAttr } from './git-check-attr.js'

export interface LsTreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  path: string
}

export interface GitCommandManager {
  /** `git rev-parse HEAD` */
  headCommit(): Promise<string>
  /** `git rev-parse <commit>^{tree}` */
  treeOf(commit: string): Promise<string>
  /** The entries at exactly these paths in `commit` (a folder gives one `tree` entry). */
  lsTree(commit: string, paths: string[]): Promise<LsTreeEntry[]>
  /** Paths under `paths` with uncommitted changes, untracked files included. */
  dirtyPaths(paths: string[]): Promise<string[]>
  /** `git check-attr <attribute>` for each path: its value (`lfs`, `set`, `unspecified`…). */
  checkAttr(paths: string[], attribute: string): Promise<Map<string, string>>
  /** The current branch, undefined on a detached HEAD. */
  currentBranch(): Promise<string | undefined>
  /** The URL of a remote, undefined when there is none. */
  remoteUrl(name: string): Promise<string | undefined>
}

export function createGitCommandManager(
  repoRoot: string,
  env: NodeJS.ProcessEnv
): GitCommandManager {
  // Quoted paths would not match ours; LFS smudging is never wanted for reads.
  const base = ['-c', 'core.quotepath=off', '-C', repoRoot]
  // Literal pathspecs: a folder named `v[1]` must not be read as a pattern.
  const gitEnv = {
    ...env,
    GIT_LFS_SKIP_SMUDGE: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1'
  }

  function git(args: string[], allowFailure = false): Promise<{ code: number; stdout: string }> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        [...base, ...args],
        { env: gitEnv, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
        (error, stdout, stderr) => {
          if (!error) return resolve({ code: 0, stdout })
          const e = error as NodeJS.ErrnoException & { code?: number | string }
          if (e.code === 'ENOENT') {
            return reject(new UsageError('git is not installed or not on PATH; promote needs it'))
          }
          if (allowFailure && typeof e.code === 'number') return resolve({ code: e.code, stdout })
          reject(new UsageError(failure(args, stderr.trim() || error.message)))
        }
      )
    })
  }

  /** One line: git's own stderr can span several (hints, usage). */
  function failure(args: string[], said: string): string {
    if (/not a git repository|cannot change to/i.test(said)) {
      return `${repoRoot} is not a git checkout: promote builds the pull request from the committed files of a clone of the repository`
    }
    const fatal = said.split('\n').find(line => /^(fatal|error):/.test(line)) ?? said.split('\n')[0]
    return `git ${args.join(' ')} failed in ${repoRoot}: ${fatal.trim()}`
  }

  return {
    async headCommit() {
      return (await git(['rev-parse', '--verify', 'HEAD^{commit}'])).stdout.trim()
    },
    async treeOf(commit) {
      return (await git(['rev-parse', '--verify', `${commit}^{tree}`])).stdout.trim()
    },
    async lsTree(commit, paths) {
      if (!paths.length) return []
      const { stdout } = await git(['ls-tree', '-z', '--full-tree', commit, '--', ...paths])
      return stdout
        .split('\0')
        .filter(Boolean)
        .map(line => {
          const tab = line.indexOf('\t')
          const [mode, type, sha] = line.slice(0, tab).split(' ')
          return { mode, type: type as LsTreeEntry['type'], sha, path: line.slice(tab + 1) }
        })
    },
    async dirtyPaths(paths) {
      if (!paths.length) return []
      const { stdout } = await git([
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--',
        ...paths
      ])
      // Entries are `XY path`; a rename adds its source as a second NUL-separated field.
      const out: string[] = []
      const fields = stdout.split('\0').filter(Boolean)
      for (let i = 0; i < fields.length; i++) {
        const status = fields[i].slice(0, 2)
        out.push(fields[i].slice(3))
        if (status.includes('R') || status.includes('C')) i++
      }
      return out
    },
    checkAttr: (paths, attribute) => gitCheckAttr(repoRoot, paths, gitEnv, attribute),
    async currentBranch() {
      const r = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], true)
      return r.code === 0 ? r.stdout.trim() || undefined : undefined
    },
    async remoteUrl(name) {
      const r = await git(['remote', 'get-url', name], true)
      return r.code === 0 ? r.stdout.trim() || undefined : undefined
    }
  }
}
