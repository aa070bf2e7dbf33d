/**
 * A local stand-in for the GitHub REST endpoints modelgate uses to open promotion pull requests
 * (SPEC §5), served on 127.0.0.1 with a random port and backed by a real bare git repository:
 * every Git Database call runs git plumbing in that repository, so a test can clone or fetch
 * what the client wrote and check it with real git.
 *
 *   GET   /repos/{o}/{r}/git/ref/heads/{branch}     git rev-parse, or its loose ref file
 *   GET   /repos/{o}/{r}/git/commits/{sha}          git cat-file -p
 *   POST  /repos/{o}/{r}/git/blobs                  git hash-object -w --stdin
 *   POST  /repos/{o}/{r}/git/trees                  ls-tree -r / update-index --index-info / write-tree
 *   POST  /repos/{o}/{r}/git/commits                git commit-tree
 *   POST  /repos/{o}/{r}/git/refs                   git update-ref (create only)
 *   PATCH /repos/{o}/{r}/git/refs/heads/{branch}    git update-ref (fast-forward unless force)
 *   GET   /repos/{o}/{r}/pulls                      filters: state, head, base
 *   POST  /repos/{o}/{r}/pulls
 *   PATCH /repos/{o}/{r}/pulls/{n}
 *   POST  /repos/{o}/{r}/issues/{n}/labels
 *   POST  /repos/{o}/{r}/pulls/{n}/requested_reviewers
 *   POST  /repos/{o}/{r}/statuses/{sha}
 *   GET   /repos/{o}/{r}/issues                     filters: state, labels (pull requests too, as GitHub)
 *   POST  /repos/{o}/{r}/issues
 *   PATCH /repos/{o}/{r}/issues/{n}
 *   POST  /repos/{o}/{r}/actions/workflows/{id}/dispatches
 *
 * Pull requests, labels, reviewers and statuses live in memory. Error bodies follow GitHub's
 * `{ message, errors?, documentation_url }` shape.
 *
 * Faults on demand: `failNext` (a GitHub error answer instead of the work), `resetAfterNext` (the
 * work done, then the connection dropped without an answer: a write whose answer was lost),
 * `holdNext` (requests held until several have arrived: clients racing for one write),
 * `hangNext` (never answered) and `answerNext` (a raw answer of the test's choosing, such as a
 * 200 with an HTML body, as a captive proxy sends).
 */
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { closeServer, listenOnLoopback, readBody } from './loopback-server.js'

export interface GitHubStandInOptions {
  /** Path of a bare repository (`git init --bare`). */
  bareRepo: string
  owner: string
  repo: string
  token: string
  defaultBranch: string
  /**
   * Whether `team_reviewers` is refused with 422, as it is for the default GITHUB_TOKEN, which
   * cannot see the organisation's teams (default true).
   */
  teamReviewersFail?: boolean
}

export interface RecordedRequest {
  method: string
  /** URL path without the query string. */
  path: string
  query: URLSearchParams
  /** Parsed JSON body (undefined when empty or not JSON). */
  body: unknown
  /** Body size in bytes, so a test can prove no request carried model bytes. */
  bodySize: number
  /** 0 while unanswered (and for ever after `hangNext`). */
  status: number
  /** Set when the work was done but the connection was dropped instead of answering. */
  reset?: true
  /** The request's headers, as Node reads them (lower-case names). */
  headers: IncomingHttpHeaders
}

/** A raw answer for `answerNext`: sent as it is, and the request is not carried out. */
export interface RawAnswer {
  status: number
  body: string
  contentType: string
}

export interface PullRequestRecord {
  number: number
  title: string
  body: string | null
  head: string
  base: string
  draft: boolean
  state: 'open' | 'closed'
  merged: boolean
  /** Head commit at merge time; afterwards the head sha no longer follows the branch. */
  mergedHeadSha?: string
  createdAt: string
  updatedAt: string
}

export interface IssueRecord {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  createdAt: string
  updatedAt: string
}

export interface DispatchRecord {
  workflow: string
  ref: string
  inputs: Record<string, unknown>
}

export interface StatusRecord {
  sha: string
  state: string
  context: string
  description: string | null
  targetUrl: string | null
}

/** `"METHOD /path"` prefix (path relative to `/repos/{owner}/{repo}`), a RegExp on it, or a test. */
export type RequestMatcher =
  string | RegExp | ((request: { method: string; path: string }) => boolean)

export interface GitHubStandIn {
  /** `http://127.0.0.1:<port>`, to use as GITHUB_API_URL. */
  url: string
  requests: RecordedRequest[]
  pulls: PullRequestRecord[]
  statuses: StatusRecord[]
  /** Issues (not pull requests); they share the pulls' numbering, as on GitHub. */
  issues: IssueRecord[]
  /** Workflow dispatches received. */
  dispatches: DispatchRecord[]
  /** Label names by issue/pull number, in the order they were added. */
  labels: Map<number, string[]>
  /** Requested reviewers by pull number. */
  reviewers: Map<number, { users: string[]; teams: string[] }>
  /**
   * Makes the next `times` (default 1) matching requests fail with `status`, GitHub's `message`
   * (default `Server Error` for 5xx, `Injected failure` otherwise) and extra response `headers`
   * (e.g. `{ 'retry-after': '1' }`).
   */
  failNext(
    matcher: RequestMatcher,
    status: number,
    times?: number,
    message?: string,
    headers?: Record<string, string>
  ): void
  /**
   * Makes the next `times` (default 1) matching requests do their work — a write happens, or is
   * refused — and then drops the connection (the socket destroyed) instead of answering, as
   * when the network fails after GitHub acted. The client sees a connection reset.
   */
  resetAfterNext(matcher: RequestMatcher, times?: number): void
  /**
   * Holds the next `count` matching requests until the last of them has arrived, then handles
   * them in the order they came: two runs that both read before either writes.
   */
  holdNext(matcher: RequestMatcher, count: number): void
  /**
   * Makes the next `times` (default 1) matching requests go unanswered: recorded, never carried
   * out, the connection held open until the client gives up or `close()`.
   */
  hangNext(matcher: RequestMatcher, times?: number): void
  /** Answers the next `times` (default 1) matching requests with `answer` instead of carrying them out. */
  answerNext(matcher: RequestMatcher, answer: RawAnswer, times?: number): void
  /** Fast-forwards the base branch to the PR head (throws unless it is a fast-forward). */
  mergePullRequest(number: number): void
  close(): Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
    readonly headers?: Record<string, string>
  ) {
    super(message)
  }
}

const DOCS = 'https://docs.github.com/rest'
const SHA = /^[0-9a-f]{40}$/
/** Branch names of plain parts (no `@{`, `^`, `~`, `:`, space, no part starting with a dot). */
const PLAIN_BRANCH = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/
const BLOB_MODES = new Set(['100644', '100755', '120000'])
const STATUS_STATES = new Set(['error', 'failure', 'pending', 'success'])

/** A file of an index being built: what one `update-index --index-info` line holds. */
interface IndexFile {
  mode: string
  sha: string
  path: string
}

/**
 * What git says of a commit or tree, by command (`cat-file commit <sha>`, `ls-tree … <sha>`), the
 * files of trees by SHA, and whether one commit is an ancestor of another (by `<sha> <sha>`): an
 * object's SHA is the hash of its content, a commit's naming its parents', so these hold in every
 * repository that has the objects, and are kept for every stand-in of the process (the tests'
 * repositories are copies of a few fixtures). Whether a repository has an object is still asked
 * of that repository, before any of these.
 */
const objectTexts = new Map<string, string>()
const filesByTree = new Map<string, IndexFile[]>()
const ancestry = new Map<string, boolean>()
/** Whether a name is a well-formed ref (`git check-ref-format`): the name alone decides. */
const refFormats = new Map<string, boolean>()

interface GitResult {
  status: number
  stdout: string
  stderr: string
}

export async function startGitHubStandIn(options: GitHubStandInOptions): Promise<GitHubStandIn> {
  const { bareRepo, owner, repo, token } = options
  const teamReviewersFail = options.teamReviewersFail ?? true
  const prefix = `/repos/${owner}/${repo}`
  const requests: RecordedRequest[] = []
  const pulls: PullRequestRecord[] = []
  const statuses: StatusRecord[] = []
  const labels = new Map<number, string[]>()
  const issues: IssueRecord[] = []
  const dispatches: DispatchRecord[] = []
  const nextNumber = () => pulls.length + issues.length + 1
  const reviewers = new Map<number, { users: string[]; teams: string[] }>()
  interface Failure {
    matcher: RequestMatcher
    status: number
    times: number
    message?: string
    headers?: Record<string, string>
  }
  const failures: Failure[] = []
  const resets: Array<{ matcher: RequestMatcher; times: number }> = []
  const holds: Array<{ matcher: RequestMatcher; count: number; waiting: Array<() => void> }> = []
  interface Fault {
    matcher: RequestMatcher
    times: number
    answer: RawAnswer | 'hang'
  }
  const faults: Fault[] = []
  let url = ''

  // A config-less machine still gets a committer identity. Repository-locating variables
  // inherited from a git hook (GIT_DIR, GIT_INDEX_FILE…) would point git away from bareRepo.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX'].includes(key)
    )
  )
  const gitEnv = {
    ...inherited,
    GIT_AUTHOR_NAME: 'GitHub',
    GIT_AUTHOR_EMAIL: 'noreply@github.com',
    GIT_COMMITTER_NAME: 'GitHub',
    GIT_COMMITTER_EMAIL: 'noreply@github.com'
  }

  function git(args: string[], extra: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}) {
    const result = spawnSync('git', args, {
      cwd: bareRepo,
      input: extra.input,
      env: { ...gitEnv, ...extra.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
    if (result.error) throw result.error
    return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr }
  }

  function gitOk(args: string[], extra: Parameters<typeof git>[1] = {}): string {
    const result: GitResult = git(args, extra)
    if (result.status !== 0) {
      throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`)
    }
    return result.stdout
  }

  // Objects never change once written, so a type seen once holds for ever; an object found
  // missing is not remembered, as a later request may write it.
  const knownTypes = new Map<string, string>()

  function objectType(sha: string): string | undefined {
    if (!SHA.test(sha)) return undefined
    const known = knownTypes.get(sha)
    if (known) return known
    const result = git(['cat-file', '-t', sha])
    if (result.status !== 0) return undefined
    const type = result.stdout.trim()
    knownTypes.set(sha, type)
    return type
  }

  // The types of several objects with one `cat-file --batch-check`, remembered for objectType.
  function learnTypes(names: unknown[]) {
    const unknown = [
      ...new Set(names.filter((n): n is string => typeof n === 'string' && SHA.test(n)))
    ].filter(sha => !knownTypes.has(sha))
    if (unknown.length === 0) return
    const answer = gitOk(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
      input: unknown.map(sha => `${sha}\n`).join('')
    })
    for (const line of answer.split('\n')) {
      const [sha, type] = line.split(' ')
      // A missing object answers `<sha> missing`.
      if (SHA.test(sha) && type && type !== 'missing') knownTypes.set(sha, type)
    }
  }

  // Branch heads as one request has read them, so that answering it (a pull request names its
  // head and base, a list of them names them again) reads each branch once: a snapshot, as
  // GitHub answers from. Set only while a request is handled, and dropped whenever the stand-in
  // moves a ref; refs change between requests, so nothing is kept across them.
  let requestBranches: Map<string, string | undefined> | undefined

  function branchSha(branch: string): string | undefined {
    if (requestBranches?.has(branch)) return requestBranches.get(branch)
    let sha = looseBranchCommit(branch)
    if (!sha) {
      const result = git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`])
      sha = result.status === 0 ? result.stdout.trim() : undefined
      if (sha) knownTypes.set(sha, 'commit')
    }
    requestBranches?.set(branch, sha)
    return sha
  }

  // What `rev-parse refs/heads/<branch>^{commit}` answers, read without git in the one case
  // where it is plain: a branch name with no revision syntax in it, stored as a loose ref file
  // (which git writes whole by renaming, and which wins over packed-refs) holding the SHA of an
  // object this stand-in already knows to be a commit. Anything else (a packed or symbolic ref,
  // a name git might read otherwise, an object not yet typed) is undefined: ask git.
  function looseBranchCommit(branch: string): string | undefined {
    if (
      !PLAIN_BRANCH.test(branch) ||
      branch.includes('..') ||
      branch.split('/').some(part => part.endsWith('.lock'))
    ) {
      return undefined
    }
    let text: string
    try {
      text = readFileSync(path.join(bareRepo, 'refs', 'heads', branch), 'utf8')
    } catch {
      return undefined
    }
    const sha = text.endsWith('\n') ? text.slice(0, -1) : text
    return SHA.test(sha) && knownTypes.get(sha) === 'commit' ? sha : undefined
  }

  function moveRef(ref: string, sha: string, old: string) {
    requestBranches?.clear()
    gitOk(['update-ref', ref, sha, old])
  }

  // Asked only of commits known to be in this repository; answers (yes: status 0, no: status 1,
  // not an error) are kept.
  function isAncestor(ancestor: string, descendant: string): boolean {
    const key = `${ancestor} ${descendant}`
    const known = ancestry.get(key)
    if (known !== undefined) return known
    const { status } = git(['merge-base', '--is-ancestor', ancestor, descendant])
    if (status === 0 || status === 1) ancestry.set(key, status === 0)
    return status === 0
  }

  function wellFormedRef(ref: string): boolean {
    let wellFormed = refFormats.get(ref)
    if (wellFormed === undefined) {
      wellFormed = git(['check-ref-format', ref]).status === 0
      refFormats.set(ref, wellFormed)
    }
    return wellFormed
  }

  // Read only once an object is known to be in this repository (its type checked, or just
  // written), so a listing kept from another repository is never one of an absent object.
  function objectText(args: string[]): string {
    const key = args.join(' ')
    let text = objectTexts.get(key)
    if (text === undefined) {
      text = gitOk(args)
      objectTexts.set(key, text)
    }
    return text
  }

  const apiUrl = (rel: string) => `${url}${prefix}${rel}`

  function refJson(ref: string, sha: string) {
    return {
      ref,
      node_id: Buffer.from(`ref:${ref}`).toString('base64'),
      url: apiUrl(`/git/${ref}`),
      object: { sha, type: 'commit', url: apiUrl(`/git/commits/${sha}`) }
    }
  }

  function commitJson(sha: string) {
    const text = objectText(['cat-file', 'commit', sha])
    const split = text.indexOf('\n\n')
    const headers = (split < 0 ? text : text.slice(0, split)).split('\n')
    const message = split < 0 ? '' : text.slice(split + 2)
    let tree = ''
    const parents: string[] = []
    const people: Record<string, { name: string; email: string; date: string }> = {}
    for (const line of headers) {
      const space = line.indexOf(' ')
      const key = line.slice(0, space)
      const value = line.slice(space + 1)
      if (key === 'tree') tree = value
      else if (key === 'parent') parents.push(value)
      else if (key === 'author' || key === 'committer') {
        const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value)
        if (match) {
          people[key] = {
            name: match[1],
            email: match[2],
            date: new Date(Number(match[3]) * 1000).toISOString().replace('.000Z', 'Z')
          }
        }
      }
    }
    return {
      sha,
      node_id: Buffer.from(`commit:${sha}`).toString('base64'),
      url: apiUrl(`/git/commits/${sha}`),
      html_url: `https://github.com/${owner}/${repo}/commit/${sha}`,
      author: people.author,
      committer: people.committer,
      tree: { sha: tree, url: apiUrl(`/git/trees/${tree}`) },
      // GitHub strips the trailing newline git stores after the message.
      message: message.replace(/\n$/, ''),
      parents: parents.map(p => ({
        sha: p,
        url: apiUrl(`/git/commits/${p}`),
        html_url: `https://github.com/${owner}/${repo}/commit/${p}`
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null }
    }
  }

  function treeJson(sha: string) {
    const entries = objectText(['ls-tree', '-l', '-z', sha])
      .split('\0')
      .filter(Boolean)
      .map(line => {
        const tab = line.indexOf('\t')
        const [mode, type, entrySha, size] = line.slice(0, tab).trim().split(/\s+/)
        const entry: Record<string, unknown> = {
          path: line.slice(tab + 1),
          mode,
          type,
          sha: entrySha,
          url: apiUrl(`/git/${type}s/${entrySha}`)
        }
        if (type === 'blob') entry.size = Number(size)
        return entry
      })
    return { sha, url: apiUrl(`/git/trees/${sha}`), tree: entries, truncated: false }
  }

  function createBlob(body: Record<string, unknown>) {
    const { content, encoding = 'utf-8' } = body
    if (typeof content !== 'string') throw validationFailed('Blob', 'content')
    if (encoding !== 'utf-8' && encoding !== 'base64') throw validationFailed('Blob', 'encoding')
    const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8')
    const sha = gitOk(['hash-object', '-w', '--stdin'], { input: bytes }).trim()
    knownTypes.set(sha, 'blob')
    return { sha, url: `${url}${prefix}/git/blobs/${sha}` }
  }

  function createTree(body: Record<string, unknown>) {
    const entries = body.tree
    if (!Array.isArray(entries)) {
      throw new HttpError(422, 'Invalid request.\n\n"tree" wasn\'t supplied.')
    }
    const baseTree = body.base_tree
    // Every object the request names is typed by one git call, not one per entry.
    learnTypes([
      baseTree,
      ...(entries as unknown[]).map(raw =>
        typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).sha : undefined
      )
    ])
    if (baseTree !== undefined && baseTree !== null) {
      if (typeof baseTree !== 'string' || objectType(baseTree) !== 'tree') {
        throw new HttpError(422, 'base_tree is not a valid tree oid')
      }
    }
    // The index being built, path → file, as `read-tree` of the base would hold it; entries
    // apply to it in memory and git writes it once at the end.
    const files = new Map<string, IndexFile>()
    if (typeof baseTree === 'string') {
      for (const file of treeFiles(baseTree)) files.set(file.path, file)
    }
    for (const raw of entries as unknown[]) applyTreeEntry(raw, files)
    return treeJson(writeTree(files))
  }

  // Every file of a tree, at every depth (blobs, and submodules as commits), as `read-tree`
  // puts them in an index. Called only for a tree known to be in this repository.
  function treeFiles(sha: string): IndexFile[] {
    let files = filesByTree.get(sha)
    if (!files) {
      files = gitOk(['ls-tree', '-r', '-z', sha])
        .split('\0')
        .filter(Boolean)
        .map(line => {
          const tab = line.indexOf('\t')
          const [mode, , fileSha] = line.slice(0, tab).split(' ')
          return { mode, sha: fileSha, path: line.slice(tab + 1) }
        })
      filesByTree.set(sha, files)
    }
    return files
  }

  // `update-index --index-info` into a fresh index instead of `read-tree --prefix` /
  // `--force-remove`: those insist on a work tree, which a bare repository has not. A private
  // index per request: the bare repo has no index of its own and concurrent requests must not
  // see each other's half-built trees.
  function writeTree(files: Map<string, IndexFile>): string {
    const indexFile = path.join(os.tmpdir(), `github-stand-in-${randomUUID()}.index`)
    const env = { GIT_INDEX_FILE: indexFile }
    try {
      if (files.size === 0) gitOk(['read-tree', '--empty'], { env })
      else {
        const records = [...files.values()].map(f => `${f.mode} ${f.sha}\t${f.path}\0`)
        gitOk(['update-index', '-z', '--index-info'], { env, input: records.join('') })
      }
      const sha = gitOk(['write-tree'], { env }).trim()
      knownTypes.set(sha, 'tree')
      return sha
    } finally {
      rmSync(indexFile, { force: true })
    }
  }

  // The paths to drop before writing `entryPath`: the path itself, everything under it, and any
  // file standing where one of its parent folders must go (GitHub replaces such a file).
  function pathsToClear(entryPath: string, files: Map<string, IndexFile>): string[] {
    const parents = new Set<string>()
    const parts = entryPath.split('/')
    for (let i = 1; i < parts.length; i++) parents.add(parts.slice(0, i).join('/'))
    return [...files.keys()].filter(
      p => p === entryPath || p.startsWith(`${entryPath}/`) || parents.has(p)
    )
  }

  function applyTreeEntry(raw: unknown, files: Map<string, IndexFile>) {
    if (typeof raw !== 'object' || raw === null) {
      throw new HttpError(422, 'Invalid tree info')
    }
    const entry = raw as Record<string, unknown>
    const entryPath = entry.path
    const mode = entry.mode
    const type = entry.type
    if (
      typeof entryPath !== 'string' ||
      entryPath === '' ||
      entryPath
        .split('/')
        .some(part => part === '' || part === '.' || part === '..' || part === '.git')
    ) {
      throw new HttpError(422, 'tree.path contains a malformed path component')
    }
    if (typeof mode !== 'string' || !(BLOB_MODES.has(mode) || mode === '040000')) {
      throw new HttpError(422, `Invalid tree info: mode ${String(mode)} is not a valid mode`)
    }
    const expectedType = mode === '040000' ? 'tree' : 'blob'
    if (type !== undefined && type !== expectedType) {
      throw new HttpError(
        422,
        `Invalid tree info: type ${String(type)} does not match mode ${mode}`
      )
    }
    const hasSha = 'sha' in entry
    const hasContent = 'content' in entry && entry.content !== undefined
    if (hasSha && hasContent) {
      throw new HttpError(422, 'Invalid tree info: only one of sha or content may be given')
    }
    const removals = pathsToClear(entryPath, files)
    if (hasSha && entry.sha === null) {
      // GitHub "returns an error if you try to delete a file that does not exist" (docs,
      // Create a tree); entries apply in order, so a path deleted twice, or inside a folder
      // deleted before, is such a file. Two entries writing one path: the later one wins.
      if (!removals.some(p => p === entryPath || p.startsWith(`${entryPath}/`))) {
        throw new HttpError(422, 'GitRPC::BadObjectState')
      }
      for (const p of removals) files.delete(p)
      return
    }
    let sha: string
    if (hasContent) {
      if (typeof entry.content !== 'string' || mode === '040000') {
        throw new HttpError(422, 'Invalid tree info: content is only allowed for blobs')
      }
      sha = gitOk(['hash-object', '-w', '--stdin'], { input: entry.content }).trim()
      knownTypes.set(sha, 'blob')
    } else {
      if (typeof entry.sha !== 'string' || objectType(entry.sha) !== expectedType) {
        throw new HttpError(422, 'GitRPC::BadObjectState')
      }
      sha = entry.sha
    }
    for (const p of removals) files.delete(p)
    if (mode !== '040000') {
      files.set(entryPath, { mode, sha, path: entryPath })
      return
    }
    // A subtree: every file under it, re-rooted at entryPath (what `read-tree --prefix` does).
    for (const file of treeFiles(sha)) {
      const filePath = `${entryPath}/${file.path}`
      files.set(filePath, { mode: file.mode, sha: file.sha, path: filePath })
    }
  }

  function createCommit(body: Record<string, unknown>) {
    const { message, tree } = body
    const parents = body.parents ?? []
    if (typeof message !== 'string') {
      throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.')
    }
    if (typeof tree !== 'string' || objectType(tree) !== 'tree') {
      throw new HttpError(422, 'Tree SHA does not exist')
    }
    if (!Array.isArray(parents) || parents.some(p => typeof p !== 'string')) {
      throw new HttpError(422, "Invalid request.\n\nFor 'properties/parents', must be an array.")
    }
    for (const parent of parents as string[]) {
      if (objectType(parent) !== 'commit') throw new HttpError(422, 'Parent SHA does not exist')
    }
    const env: NodeJS.ProcessEnv = {}
    for (const role of ['author', 'committer'] as const) {
      const person = body[role] as { name?: string; email?: string; date?: string } | undefined
      if (!person) continue
      const upper = role.toUpperCase()
      if (person.name) env[`GIT_${upper}_NAME`] = person.name
      if (person.email) env[`GIT_${upper}_EMAIL`] = person.email
      if (person.date) env[`GIT_${upper}_DATE`] = person.date
    }
    // Like GitHub, the committer defaults to the author when only the author is given.
    const author = body.author as { name?: string; email?: string } | undefined
    if (author && !body.committer) {
      if (author.name) env.GIT_COMMITTER_NAME = author.name
      if (author.email) env.GIT_COMMITTER_EMAIL = author.email
    }
    const args = ['commit-tree', tree, ...(parents as string[]).flatMap(p => ['-p', p]), '-F', '-']
    const sha = gitOk(args, { env, input: message }).trim()
    knownTypes.set(sha, 'commit')
    return commitJson(sha)
  }

  function createRef(body: Record<string, unknown>) {
    const { ref, sha } = body
    if (
      typeof ref !== 'string' ||
      !ref.startsWith('refs/') ||
      ref.split('/').length < 3 ||
      !wellFormedRef(ref)
    ) {
      throw new HttpError(422, 'Reference name is invalid')
    }
    if (typeof sha !== 'string' || !objectType(sha)) {
      throw new HttpError(422, 'Object does not exist')
    }
    if (git(['rev-parse', '--verify', '--quiet', ref]).status === 0) {
      throw new HttpError(422, 'Reference already exists')
    }
    // The empty old value makes git itself refuse if the ref appeared meanwhile.
    moveRef(ref, sha, '')
    return refJson(ref, sha)
  }

  function updateRef(branch: string, body: Record<string, unknown>) {
    const ref = `refs/heads/${branch}`
    const current = branchSha(branch)
    if (!current) throw new HttpError(422, 'Reference does not exist')
    const { sha } = body
    if (typeof sha !== 'string' || objectType(sha) !== 'commit') {
      throw new HttpError(422, 'Object does not exist')
    }
    if (body.force !== true && !isAncestor(current, sha)) {
      throw new HttpError(422, 'Update is not a fast forward')
    }
    moveRef(ref, sha, current)
    return refJson(ref, sha)
  }

  function labelJson(name: string) {
    return {
      id: hashNumber(name),
      node_id: Buffer.from(`label:${name}`).toString('base64'),
      url: apiUrl(`/labels/${encodeURIComponent(name)}`),
      name,
      color: 'ededed',
      default: false,
      description: null
    }
  }

  function repoJson() {
    return {
      id: 1,
      name: repo,
      full_name: `${owner}/${repo}`,
      owner: { login: owner },
      default_branch: options.defaultBranch
    }
  }

  function pullJson(pr: PullRequestRecord) {
    const headSha = pr.mergedHeadSha ?? branchSha(pr.head) ?? null
    const requested = reviewers.get(pr.number) ?? { users: [], teams: [] }
    return {
      url: apiUrl(`/pulls/${pr.number}`),
      id: 1000 + pr.number,
      node_id: Buffer.from(`pull:${pr.number}`).toString('base64'),
      html_url: `https://github.com/${owner}/${repo}/pull/${pr.number}`,
      issue_url: apiUrl(`/issues/${pr.number}`),
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      body: pr.body,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: (labels.get(pr.number) ?? []).map(labelJson),
      draft: pr.draft,
      merged: pr.merged,
      created_at: pr.createdAt,
      updated_at: pr.updatedAt,
      closed_at: pr.state === 'closed' ? pr.updatedAt : null,
      merged_at: pr.merged ? pr.updatedAt : null,
      requested_reviewers: requested.users.map(login => ({ login, type: 'User' })),
      requested_teams: requested.teams.map(slug => ({ slug, name: slug })),
      head: {
        label: `${owner}:${pr.head}`,
        ref: pr.head,
        sha: headSha,
        user: { login: owner },
        repo: repoJson()
      },
      base: {
        label: `${owner}:${pr.base}`,
        ref: pr.base,
        sha: branchSha(pr.base) ?? null,
        user: { login: owner },
        repo: repoJson()
      }
    }
  }

  function findPull(n: string): PullRequestRecord {
    const pr = pulls.find(p => String(p.number) === n)
    if (!pr) throw new HttpError(404, 'Not Found')
    return pr
  }

  // `head` is `owner:branch` on GitHub; a bare branch name is accepted too.
  function headBranch(head: string): string {
    const colon = head.indexOf(':')
    if (colon < 0) return head
    return head.slice(0, colon) === owner ? head.slice(colon + 1) : `\0foreign:${head}`
  }

  function validationFailed(resource: string, field: string, message?: string): HttpError {
    return new HttpError(422, 'Validation Failed', [
      message ? { resource, code: 'custom', message } : { resource, field, code: 'invalid' }
    ])
  }

  function createPull(body: Record<string, unknown>) {
    const { title, head, base } = body
    if (typeof title !== 'string' || title === '') throw validationFailed('Issue', 'title')
    if (typeof head !== 'string') throw validationFailed('PullRequest', 'head')
    if (typeof base !== 'string') throw validationFailed('PullRequest', 'base')
    const headRef = headBranch(head)
    const headSha = branchSha(headRef)
    const baseSha = branchSha(base)
    if (!headSha) throw validationFailed('PullRequest', 'head')
    if (!baseSha) throw validationFailed('PullRequest', 'base')
    if (pulls.some(p => p.state === 'open' && p.head === headRef)) {
      throw validationFailed(
        'PullRequest',
        'head',
        `A pull request already exists for ${owner}:${headRef}.`
      )
    }
    if (isAncestor(headSha, baseSha)) {
      throw validationFailed('PullRequest', 'head', `No commits between ${base} and ${headRef}`)
    }
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const pr: PullRequestRecord = {
      number: nextNumber(),
      title,
      body: typeof body.body === 'string' ? body.body : null,
      head: headRef,
      base,
      draft: body.draft === true,
      state: 'open',
      merged: false,
      createdAt: now,
      updatedAt: now
    }
    pulls.push(pr)
    return pullJson(pr)
  }

  function updatePull(pr: PullRequestRecord, body: Record<string, unknown>) {
    if (typeof body.title === 'string') pr.title = body.title
    if (typeof body.body === 'string' || body.body === null) pr.body = body.body
    if (typeof body.base === 'string') {
      if (!branchSha(body.base)) throw validationFailed('PullRequest', 'base')
      pr.base = body.base
    }
    if (body.state === 'open' || body.state === 'closed') {
      if (pr.merged && body.state === 'open') {
        throw validationFailed('PullRequest', 'state', 'Cannot reopen a merged pull request')
      }
      if (
        body.state === 'open' &&
        pr.state === 'closed' &&
        pulls.some(p => p !== pr && p.state === 'open' && p.head === pr.head)
      ) {
        throw validationFailed(
          'PullRequest',
          'state',
          `A pull request already exists for ${owner}:${pr.head}.`
        )
      }
      pr.state = body.state
    } else if (body.state !== undefined) {
      throw validationFailed('PullRequest', 'state')
    }
    pr.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    return pullJson(pr)
  }

  function issueJson(issue: IssueRecord) {
    return {
      url: apiUrl(`/issues/${issue.number}`),
      html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
      id: 5000 + issue.number,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      labels: (labels.get(issue.number) ?? []).map(labelJson),
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      user: { login: 'github-actions[bot]', type: 'Bot' }
    }
  }

  function listIssues(query: URLSearchParams) {
    const state = query.get('state') ?? 'open'
    const wanted = (query.get('labels') ?? '').split(',').filter(Boolean)
    const hasLabels = (n: number) => wanted.every(l => (labels.get(n) ?? []).includes(l))
    const fromIssues = issues
      .filter(i => (state === 'all' || i.state === state) && hasLabels(i.number))
      .map(issueJson)
    // GitHub's issues list includes pull requests, marked by `pull_request`.
    const fromPulls = pulls
      .filter(p => (state === 'all' || p.state === state) && hasLabels(p.number))
      .map(p => ({ ...pullJson(p), pull_request: { url: apiUrl(`/pulls/${p.number}`) } }))
    return [...fromIssues, ...fromPulls].sort((a, b) => b.number - a.number)
  }

  function createIssue(body: Record<string, unknown>) {
    if (typeof body.title !== 'string' || body.title === '')
      throw validationFailed('Issue', 'title')
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const issue: IssueRecord = {
      number: nextNumber(),
      title: body.title,
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      createdAt: now,
      updatedAt: now
    }
    issues.push(issue)
    if (Array.isArray(body.labels)) labels.set(issue.number, body.labels.map(String))
    return issueJson(issue)
  }

  function updateIssue(n: string, body: Record<string, unknown>) {
    const issue = issues.find(i => i.number === Number(n))
    if (!issue) throw new HttpError(404, 'Not Found')
    if (typeof body.title === 'string') issue.title = body.title
    if (typeof body.body === 'string') issue.body = body.body
    if (body.state !== undefined) {
      if (body.state !== 'open' && body.state !== 'closed') throw validationFailed('Issue', 'state')
      issue.state = body.state
    }
    issue.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    return issueJson(issue)
  }

  function dispatchWorkflow(workflow: string, body: Record<string, unknown>) {
    if (typeof body.ref !== 'string' || !branchSha(body.ref)) {
      throw validationFailed('Workflow', 'ref', `No ref found for: ${String(body.ref)}`)
    }
    const inputs = (body.inputs ?? {}) as Record<string, unknown>
    dispatches.push({ workflow, ref: body.ref, inputs })
  }

  function addLabels(n: string, body: unknown) {
    const pr = findPull(n)
    // Octokit sends `{ labels: [...] }`; the endpoint also accepts a bare array.
    const names = Array.isArray(body) ? body : (body as { labels?: unknown })?.labels
    if (!Array.isArray(names) || names.some(l => typeof l !== 'string' || l === '')) {
      throw new HttpError(422, 'Invalid request.\n\nNo subschema in "anyOf" matched.')
    }
    const current = labels.get(pr.number) ?? []
    for (const name of names as string[]) if (!current.includes(name)) current.push(name)
    labels.set(pr.number, current)
    return current.map(labelJson)
  }

  function requestReviewers(n: string, body: Record<string, unknown>) {
    const pr = findPull(n)
    const users = Array.isArray(body.reviewers) ? (body.reviewers as string[]) : []
    const teams = Array.isArray(body.team_reviewers) ? (body.team_reviewers as string[]) : []
    if (teams.length > 0 && teamReviewersFail) {
      throw new HttpError(
        422,
        'Reviews may only be requested from collaborators. One or more of the teams you ' +
          `specified is not a collaborator of the ${owner}/${repo} repository.`
      )
    }
    const current = reviewers.get(pr.number) ?? { users: [], teams: [] }
    for (const u of users) if (!current.users.includes(u)) current.users.push(u)
    for (const t of teams) if (!current.teams.includes(t)) current.teams.push(t)
    reviewers.set(pr.number, current)
    return pullJson(pr)
  }

  function createStatus(sha: string, body: Record<string, unknown>) {
    if (objectType(sha) !== 'commit') throw new HttpError(422, `No commit found for SHA: ${sha}`)
    if (typeof body.state !== 'string' || !STATUS_STATES.has(body.state)) {
      throw validationFailed('Status', 'state')
    }
    // GitHub refuses a description over 140 characters (422) rather than cutting it.
    if (typeof body.description === 'string' && [...body.description].length > 140) {
      throw validationFailed(
        'Status',
        'description',
        'description is too long (maximum is 140 characters)'
      )
    }
    const status: StatusRecord = {
      sha,
      state: body.state,
      context: typeof body.context === 'string' ? body.context : 'default',
      description: typeof body.description === 'string' ? body.description : null,
      targetUrl: typeof body.target_url === 'string' ? body.target_url : null
    }
    statuses.push(status)
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    return {
      url: apiUrl(`/statuses/${sha}`),
      id: statuses.length,
      node_id: Buffer.from(`status:${statuses.length}`).toString('base64'),
      state: status.state,
      description: status.description,
      target_url: status.targetUrl,
      context: status.context,
      created_at: now,
      updated_at: now,
      creator: { login: 'github-actions[bot]', type: 'Bot' }
    }
  }

  function route(
    method: string,
    rel: string,
    query: URLSearchParams,
    body: unknown
  ): [number, unknown] {
    const obj = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
    let m: RegExpExecArray | null
    if (method === 'GET' && (m = /^\/git\/ref\/heads\/(.+)$/.exec(rel))) {
      const branch = m[1]
      const sha = branchSha(branch)
      if (!sha) throw new HttpError(404, 'Not Found')
      return [200, refJson(`refs/heads/${branch}`, sha)]
    }
    if (method === 'GET' && (m = /^\/git\/commits\/([^/]+)$/.exec(rel))) {
      if (objectType(m[1]) !== 'commit') throw new HttpError(404, 'Not Found')
      return [200, commitJson(m[1])]
    }
    if (method === 'POST' && rel === '/git/blobs') return [201, createBlob(obj)]
    if (method === 'POST' && rel === '/git/trees') return [201, createTree(obj)]
    if (method === 'POST' && rel === '/git/commits') return [201, createCommit(obj)]
    if (method === 'POST' && rel === '/git/refs') return [201, createRef(obj)]
    if (method === 'PATCH' && (m = /^\/git\/refs\/heads\/(.+)$/.exec(rel))) {
      return [200, updateRef(m[1], obj)]
    }
    if (method === 'GET' && rel === '/pulls') {
      const state = query.get('state') ?? 'open'
      const head = query.get('head')
      const base = query.get('base')
      const found = pulls
        .filter(p => state === 'all' || p.state === state)
        .filter(p => head === null || p.head === headBranch(head))
        .filter(p => base === null || p.base === base)
        // GitHub's default order: newest first.
        .sort((a, b) => b.number - a.number)
      return [200, found.map(pullJson)]
    }
    if (method === 'POST' && rel === '/pulls') return [201, createPull(obj)]
    if (method === 'PATCH' && (m = /^\/pulls\/(\d+)$/.exec(rel))) {
      return [200, updatePull(findPull(m[1]), obj)]
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(rel))) {
      return [200, pullJson(findPull(m[1]))]
    }
    if (method === 'GET' && rel === '/issues') return [200, listIssues(query)]
    if (method === 'POST' && rel === '/issues') return [201, createIssue(obj)]
    if (method === 'PATCH' && (m = /^\/issues\/(\d+)$/.exec(rel))) {
      return [200, updateIssue(m[1], obj)]
    }
    if (method === 'POST' && (m = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rel))) {
      dispatchWorkflow(m[1], obj)
      return [204, undefined]
    }
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/labels$/.exec(rel))) {
      return [200, addLabels(m[1], body)]
    }
    if (method === 'POST' && (m = /^\/pulls\/(\d+)\/requested_reviewers$/.exec(rel))) {
      return [201, requestReviewers(m[1], obj)]
    }
    if (method === 'POST' && (m = /^\/statuses\/([^/]+)$/.exec(rel))) {
      return [201, createStatus(m[1], obj)]
    }
    throw new HttpError(404, 'Not Found')
  }

  function matches(matcher: RequestMatcher, method: string, rel: string): boolean {
    const key = `${method} ${rel}`
    return typeof matcher === 'string'
      ? key.startsWith(matcher)
      : matcher instanceof RegExp
        ? matcher.test(key)
        : matcher({ method, path: rel })
  }

  // The first fault of `list` that matches, its count taken down by one (and dropped at zero).
  function take<F extends { matcher: RequestMatcher; times: number }>(
    list: F[],
    method: string,
    rel: string
  ): F | undefined {
    const index = list.findIndex(({ matcher }) => matches(matcher, method, rel))
    if (index < 0) return undefined
    const fault = list[index]
    if (--fault.times <= 0) list.splice(index, 1)
    return fault
  }

  const takeFailure = (method: string, rel: string) => take(failures, method, rel)

  // The body, once any hold that matches the request has released it: when the hold's last
  // request arrives, the held ones go on in the order they came.
  async function heldBody(req: IncomingMessage): Promise<Buffer> {
    const raw = await readBody(req)
    const method = req.method ?? 'GET'
    let rel: string
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', url).pathname.slice(prefix.length))
    } catch {
      return raw
    }
    const hold = holds.find(h => matches(h.matcher, method, rel))
    if (!hold) return raw
    await new Promise<void>(resolve => {
      hold.waiting.push(resolve)
      if (hold.waiting.length >= hold.count) {
        holds.splice(holds.indexOf(hold), 1)
        for (const next of hold.waiting) next()
      }
    })
    return raw
  }

  const takeFault = (method: string, rel: string) => take(faults, method, rel)

  const server = createServer((req, res) => {
    void heldBody(req).then(
      raw => {
        const parsed = new URL(req.url ?? '/', url)
        const method = req.method ?? 'GET'
        let body: unknown
        try {
          body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined
        } catch {
          body = undefined
        }
        const record: RecordedRequest = {
          method,
          path: parsed.pathname,
          query: parsed.searchParams,
          body,
          bodySize: raw.length,
          status: 0,
          headers: req.headers
        }
        requests.push(record)
        let status: number
        let reply: unknown
        let extraHeaders: Record<string, string> = {}
        let reset = false
        try {
          const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')
          if (!auth || auth[1].trim() !== token) throw new HttpError(401, 'Bad credentials')
          if (!parsed.pathname.startsWith(`${prefix}/`)) throw new HttpError(404, 'Not Found')
          // Octokit encodes the `{ref}` parameter whole (`heads%2Fmodelgate%2Fpromote%2F…`);
          // GitHub reads %2F as a slash, so routes match on the decoded path.
          let rel: string
          try {
            rel = decodeURIComponent(parsed.pathname.slice(prefix.length))
          } catch {
            throw new HttpError(400, 'Bad Request')
          }
          const fault = takeFault(method, rel)
          if (fault?.answer === 'hang') return
          if (fault) {
            record.status = fault.answer.status
            res.writeHead(fault.answer.status, { 'content-type': fault.answer.contentType })
            res.end(fault.answer.body)
            return
          }
          const injected = takeFailure(method, rel)
          if (injected !== undefined) {
            const { status: code, message, headers } = injected
            throw new HttpError(
              code,
              message ?? (code >= 500 ? 'Server Error' : 'Injected failure'),
              undefined,
              headers
            )
          }
          if (raw.length > 0 && body === undefined) {
            throw new HttpError(400, 'Problems parsing JSON')
          }
          reset = take(resets, method, rel) !== undefined
          requestBranches = new Map()
          try {
            ;[status, reply] = route(method, rel, parsed.searchParams, body)
          } finally {
            requestBranches = undefined
          }
        } catch (error) {
          const e = error instanceof HttpError ? error : new HttpError(500, String(error))
          status = e.status
          extraHeaders = e.headers ?? {}
          reply = {
            message: e.message,
            ...(e.errors ? { errors: e.errors } : {}),
            documentation_url: DOCS,
            status: String(e.status)
          }
        }
        record.status = status
        if (reset) {
          record.reset = true
          res.destroy()
          return
        }
        res.writeHead(status, {
          ...extraHeaders,
          'content-type': 'application/json; charset=utf-8'
        })
        res.end(JSON.stringify(reply))
      },
      () => res.destroy()
    )
  })

  url = await listenOnLoopback(server)

  return {
    url,
    requests,
    pulls,
    statuses,
    issues,
    dispatches,
    labels,
    reviewers,
    failNext(matcher, status, times = 1, message, headers) {
      failures.push({ matcher, status, times, message, headers })
    },
    resetAfterNext(matcher, times = 1) {
      resets.push({ matcher, times })
    },
    holdNext(matcher, count) {
      holds.push({ matcher, count, waiting: [] })
    },
    hangNext(matcher, times = 1) {
      faults.push({ matcher, times, answer: 'hang' })
    },
    answerNext(matcher, answer, times = 1) {
      faults.push({ matcher, times, answer })
    },
    mergePullRequest(number) {
      const pr = pulls.find(p => p.number === number)
      if (!pr || pr.state !== 'open') throw new Error(`pull request #${number} is not open`)
      const head = branchSha(pr.head)
      const base = branchSha(pr.base)
      if (!head || !base) throw new Error(`pull request #${number} lost its head or base branch`)
      if (!isAncestor(base, head)) {
        throw new Error(`pull request #${number}: ${pr.base} cannot fast-forward to ${pr.head}`)
      }
      moveRef(`refs/heads/${pr.base}`, head, base)
      pr.merged = true
      pr.mergedHeadSha = head
      pr.state = 'closed'
      pr.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    },
    close: () => closeServer(server)
  }
}

function hashNumber(text: string): number {
  let h = 0
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return h
}
