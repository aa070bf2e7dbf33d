/**
 * The GitHub REST calls modelgate makes to open promotion pull requests, and
 * nothing else (SPEC §5, "The GitHub REST API surface is limited to", plus
 * `POST git/blobs`, which issue #5 adds for `register`). A port: types only,
 * so that any layer may name them (changes/ builds `TreeEntry`s, present/
 * lists `OpenPullSummary`s) while Octokit stays in the adapter that implements
 * the interface (adapters/octokit-github-api.ts), and commands can be tested
 * against the loopback stand-in.
 */

/** A file or folder entry of `POST git/trees`. `sha: null` deletes the path. */
export interface TreeEntry {
  path: string
  mode: '100644' | '100755' | '040000' | '120000' | '160000'
  type: 'blob' | 'tree' | 'commit'
  sha?: string | null
  /** Text content of a blob (mutually exclusive with `sha`). */
  content?: string
}

export interface CommitInfo {
  sha: string
  treeSha: string
  message: string
  parents: string[]
}

export interface PullRequestInfo {
  number: number
  /** The PR's page (`html_url`). */
  url: string
  headSha: string
  base: string
  title: string
  body: string | null
  draft: boolean
  /** The names of its labels, as GitHub lists them with the PR. */
  labels: string[]
  /**
   * The reviews still requested: users by login, teams by slug. Someone who has submitted a
   * review is no longer listed (GitHub moves them to the PR's reviews).
   */
  requestedReviewers: { users: string[]; teams: string[] }
}

/** An open pull request as `report` lists it. */
export interface OpenPullSummary {
  number: number
  title: string
  /** The PR's page (`html_url`). */
  url: string
  /** The head branch, e.g. `modelgate/promote/clf-to-production`. */
  head: string
  /** ISO time the PR was opened. */
  createdAt: string
  draft: boolean
}

export interface NewPullRequest {
  title: string
  body: string
  head: string
  base: string
  draft: boolean
}

export interface CommitStatus {
  state: 'success' | 'failure' | 'pending' | 'error'
  context: string
  /** GitHub keeps 140 characters. */
  description: string
  targetUrl?: string
}

export interface IssueInfo {
  number: number
  /** The issue's page (`html_url`). */
  url: string
  title: string
  body: string | null
  state: 'open' | 'closed'
}

export interface GitHubApi {
  /** `GET git/ref/heads/{branch}`: the branch's head commit, undefined when there is no such branch. */
  branchHead(branch: string): Promise<string | undefined>
  /** `GET git/commits/{sha}` */
  getCommit(sha: string): Promise<CommitInfo>
  /**
   * `POST git/blobs` (base64): a new file's bytes, for `register` — the only call that uploads
   * model content. Returns the blob's SHA.
   */
  createBlob(content: Buffer): Promise<string>
  /** `POST git/trees` with `base_tree`; returns the new tree's SHA. */
  createTree(baseTree: string, entries: TreeEntry[]): Promise<string>
  /** `POST git/commits`; returns the new commit's SHA. */
  createCommit(commit: { message: string; tree: string; parents: string[] }): Promise<string>
  /** `POST git/refs` for `refs/heads/{branch}`. */
  createBranch(branch: string, sha: string): Promise<void>
  /** `PATCH git/refs/heads/{branch}`; `force` allows a non-fast-forward. */
  moveBranch(branch: string, sha: string, force: boolean): Promise<void>
  /** `GET pulls?head={owner}:{branch}&state=open`: the open PR from that branch, if any. */
  findOpenPull(branch: string): Promise<PullRequestInfo | undefined>
  /**
   * `GET pulls?state=open`, every page: the open PRs whose head branch starts with `headPrefix`
   * (GitHub filters `head` by exact branch only, so the prefix is applied here).
   */
  listOpenPulls(headPrefix: string): Promise<OpenPullSummary[]>
  /** `POST pulls` */
  createPull(pull: NewPullRequest): Promise<PullRequestInfo>
  /** `PATCH pulls/{n}` */
  updatePull(
    number: number,
    changes: { title?: string; body?: string; base?: string }
  ): Promise<PullRequestInfo>
  /** `POST issues/{n}/labels` */
  addLabels(number: number, labels: string[]): Promise<void>
  /** `POST pulls/{n}/requested_reviewers` */
  requestReviewers(number: number, reviewers: { users: string[]; teams: string[] }): Promise<void>
  /** `POST statuses/{sha}` */
  createStatus(sha: string, status: CommitStatus): Promise<void>
  /** `GET issues?labels={label}&state=open`, pull requests left out (monitor). */
  listOpenIssues(label: string): Promise<IssueInfo[]>
  /** `POST issues` (monitor). */
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<IssueInfo>
  /** `PATCH issues/{n}` (monitor): new body, or closing it. */
  updateIssue(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' }
  ): Promise<IssueInfo>
  /** `POST actions/workflows/{workflow}/dispatches` (monitor's retraining). */
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>
}
