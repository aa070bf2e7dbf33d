/**
 * The git CLI, for what a promotion reads from the local checkout: the HEAD
 * commit, the SHAs of the folders that move (so the API commit reuses them
 * and uploads no model bytes), and whether the paths involved are clean.
 * Read-only: modelgate never writes to the checkout's git state.
 */
import type * as ChildProcess from 'node:child_process'
import { UsageError } from '../errors.js'
import { gitCheckAttr } from './git-check-attr.js'

/** Loaded at the first git call: child_process (with the stream and net modules it needs) is ~5 ms of every start, and `validate` may run no git at all. */
const childProcess = (): typeof ChildProcess => process.getBuiltinModule('node:child_process')

export interface LsTreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  path: string
}

/** A file of a git revision; a symbolic link's blob holds its target, not a file's bytes. */
export interface RevisionFile {
  path: string
  link: boolean
  /** The blob's object id: its bytes are read by it (`blobs`) without walking the tree again. */
  sha: string
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
  /** Whether `rev` names a commit this checkout has (`git cat-file -e <rev>^{commit}`). */
  hasCommit(rev: string): Promise<boolean>
  /** The commit `rev` names (`git rev-parse --verify <rev>^{commit}`). */
  revParse(rev: string): Promise<string>
  /**
   * Paths that differ between `base` and `head` (`git diff --name-only --no-renames`: a
   * rename gives both paths). Without `head`, the working tree, untracked files included
   * unless `untracked` is false: finding them walks every folder (130,000 folders: 1.6–1.9 s),
   * while the tracked files' changes come from the index's file times.
   */
  diffNames(base: string, head?: string, untracked?: boolean): Promise<string[]>
  /** Every file in `rev` under the folders `under` (`git ls-tree -r`), links marked. */
  listFiles(rev: string, under: string[]): Promise<RevisionFile[]>
  /**
   * Every file the index holds under the folders `under` (`git ls-files -s`), links marked:
   * what the working tree tracks, ignored files left out. `sha` is the staged blob's id.
   */
  indexFiles(under: string[]): Promise<RevisionFile[]>
  /**
   * The bytes of each of `paths` at `rev` in one `git cat-file --batch`; a path `rev` lacks
   * is left out. Bytes, not text: the caller decides what is not UTF-8, nothing is replaced.
   */
  show(rev: string, paths: string[]): Promise<Map<string, Buffer>>
  /**
   * The bytes of each blob of `ids` (object ids, e.g. from `listFiles`) in one `git cat-file
   * --batch`, by id; an id the repository lacks is left out. Unlike `show`, git looks nothing
   * up by path: asked `<rev>:<path>` for every file of a folder of 10,000 entries, git reads
   * that folder's tree once per file.
   */
  blobs(ids: string[]): Promise<Map<string, Buffer>>
  /**
   * For each of `paths` (files or folders), the committer date (ISO 8601) of the newest commit
   * that touched it or anything under it; a path no commit touched is left out, and a
   * repository without commits gives an empty map.
   */
  lastCommitDates(paths: string[]): Promise<Map<string, string>>
}

/**
 * The records of `git ls-tree -z` or `git ls-files -s -z` (space-separated fields, a tab, the
 * path, NUL), read in place: a listing of 70,000 files split into lines and fields first is
 * five strings a file for the collector. `shaField` is the object id's place among the fields.
 */
function fileEntries(stdout: string, shaField: number): RevisionFile[] {
  const files: RevisionFile[] = []
  for (let at = 0; at < stdout.length;) {
    const tab = stdout.indexOf('\t', at)
    const end = stdout.indexOf('\0', tab)
    if (tab < 0 || end < 0) break
    let from = at
    for (let i = 0; i < shaField; i++) from = stdout.indexOf(' ', from) + 1
    const to = stdout.indexOf(' ', from)
    const sha = stdout.slice(from, to < 0 || to > tab ? tab : to)
    files.push({ path: stdout.slice(tab + 1, end), link: stdout.startsWith('120000 ', at), sha })
    at = end + 1
  }
  return files
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
      childProcess().execFile(
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
    },
    async hasCommit(rev) {
      return (await git(['cat-file', '-e', `${rev}^{commit}`], true)).code === 0
    },
    async revParse(rev) {
      return (
        await git(['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])
      ).stdout.trim()
    },
    async diffNames(base, head, untracked = true) {
      const range = head === undefined ? [base] : [base, head]
      // Both at once: each walks the working tree, and a caller may keep this thread busy.
      const [diff, others] = await Promise.all([
        git(['diff', '--name-only', '--no-renames', '-z', ...range, '--']),
        // New files not yet added are part of the working tree too.
        head === undefined && untracked
          ? git(['ls-files', '-z', '--others', '--exclude-standard'])
          : undefined
      ])
      return [diff, others].flatMap(r => (r ? r.stdout.split('\0').filter(Boolean) : []))
    },
    async listFiles(rev, under) {
      if (!under.length) return []
      const { stdout } = await git(['ls-tree', '-r', '-z', '--full-tree', rev, '--', ...under])
      return fileEntries(stdout, 2) // `<mode> SP <type> SP <object> TAB <path>`
    },
    async indexFiles(under) {
      if (!under.length) return []
      const { stdout } = await git(['ls-files', '-s', '-z', '--', ...under])
      return fileEntries(stdout, 1) // `<mode> SP <object> SP <stage> TAB <path>`
    },
    show: (rev, paths) =>
      catFileBatch(
        repoRoot,
        gitEnv,
        paths.map(p => [p, `${rev}:${p}`])
      ),
    blobs: ids =>
      catFileBatch(
        repoRoot,
        gitEnv,
        ids.map(id => [id, id])
      ),
    async lastCommitDates(paths) {
      const out = new Map<string, string>()
      if (!paths.length) return out
      const wanted = new Set(paths)
      // One log for every path: past a few hundred pathspecs the command line grows long,
      // and the whole log is read instead (the same answer, matched by prefix below).
      const pathspecs = paths.length <= 256 ? ['--', ...paths] : []
      const log = await git(
        ['log', '-z', '--format=%x01%cI', '--name-only', '--no-renames', ...pathspecs],
        true
      )
      // No commit yet (a fresh `git init`): git knows no date.
      if (log.code !== 0) return out
      let date = ''
      for (const raw of log.stdout.split('\0')) {
        const token = raw.replace(/^\n/, '')
        if (token.startsWith('\x01')) {
          date = token.slice(1)
          continue
        }
        // Newest commit first: the first date seen for a path is its last change.
        for (let at = token.length; at > 0; at = token.lastIndexOf('/', at - 1)) {
          const prefix = token.slice(0, at)
          if (wanted.has(prefix) && !out.has(prefix)) out.set(prefix, date)
        }
      }
      return out
    }
  }
}

/**
 * `git cat-file --batch`: one process for any number of files, so reading a
 * base revision's 10,000 shards costs one spawn. Output records are
 * `<sha> <type> <size>\n<bytes>\n`, or `<name> missing\n`.
 */
function catFileBatch(
  repoRoot: string,
  env: NodeJS.ProcessEnv,
  requests: Array<[key: string, object: string]>
): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, Buffer>()
    if (!requests.length) return resolve(out)
    const child = childProcess().spawn('git', ['-C', repoRoot, 'cat-file', '--batch'], { env })
    const chunks: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => chunks.push(c))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', err =>
      reject(
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? new UsageError('git is not installed or not on PATH')
          : err
      )
    )
    child.on('close', code => {
      if (code !== 0) {
        return reject(
          new UsageError(
            `git cat-file --batch failed in ${repoRoot}: ${stderr.trim().split('\n')[0]}`
          )
        )
      }
      const buf = Buffer.concat(chunks)
      let at = 0
      for (const [key] of requests) {
        const eol = buf.indexOf(10, at)
        if (eol < 0) break
        const header = buf.toString('utf8', at, eol).split(' ')
        at = eol + 1
        if (header.length !== 3) continue // `<name> missing` or ambiguous: not in rev
        const size = Number(header[2])
        if (header[1] === 'blob') out.set(key, buf.subarray(at, at + size))
        at += size + 1
      }
      resolve(out)
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(requests.map(([, object]) => `${object}\n`).join(''))
  })
}
