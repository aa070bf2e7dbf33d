/**
 * Applies a planned change as a pull request (SPEC §5 steps 3–6): one commit
 * made through the Git Database API from the local checkout's tree SHAs,
 * the `modelgate/gates` status on it, the branch created or moved to it, the
 * PR opened or updated, reviewers, then labels. Shared by every kind of change.
 *
 * Everything that can refuse is checked before the first write, so a
 * refusal leaves GitHub as it was. Every write can be resumed (issue #13):
 *
 * - the branch is read first; a head carrying this plan's `Modelgate-Plan`
 *   trailer on the base head is adopted, one carrying another plan is
 *   replaced, one without a trailer is never touched;
 * - a new commit gets its status before any branch points at it, so a head
 *   modelgate made always has its status;
 * - the branch is created with `POST git/refs` or moved with `PATCH git/refs`
 *   and `force: false`. A moved branch's new commit has the base head as
 *   first parent and the branch's current head as second parent (its tree is
 *   the plan's, so the PR's diff shows only the plan): the move is a
 *   fast-forward from the head read at the start and from nothing else, so a
 *   run that moved the branch meanwhile makes the PATCH fail (422) instead of
 *   being overwritten — a compare-and-swap;
 * - whenever a branch or PR write fails, for whatever reason (a refusal, a
 *   lost answer, a 422 after a retry of a write that did land), what exists is
 *   read again — the branch, the open PR by head branch — and the run goes on
 *   from there: this plan on the branch is adopted, another plan that appeared
 *   meanwhile is a conflict (DecisionError naming both plans), an open PR is
 *   adopted rather than opened twice;
 * - reviewers are asked before labels are added, so complete labels mean the
 *   PR was finished; `unchanged` (this plan on the branch, PR open) completes
 *   a PR whose labels are missing — reviews not yet requested, then labels —
 *   and otherwise writes nothing.
 *
 * Octokit's plugin-retry still repeats a write whose answer was lost (5xx,
 * network error): the writes repeated here are idempotent (content-addressed
 * blobs, trees and commits; a ref moved to the SHA it already holds; labels
 * and review requests, which are sets; a status, which replaces the previous
 * one of its context), or guarded by GitHub itself (one ref per name, one
 * open PR per head and base), whose 422 on the repeat is handled by the
 * re-read above. So no retry can make a duplicate, and keeping the retries
 * keeps a run going through a transient 502 that wrote nothing.
 */
import { quote } from '../clip.js'
import { readFile } from 'node:fs/promises'
import type { GitHubApi, PullRequestInfo, TreeEntry } from '../ports/github-api.js'
import type { GitCommandManager } from '../adapters/git.js'
import { DecisionError, ModelgateError } from '../errors.js'
import { additionsOf, movesFile, type ChangePlan } from '../changes/change-plan.js'
import { lfsPointer } from '../registry/digest.js'
import { sourcePaths, treeEntries, type SourceObject } from '../changes/tree-changes.js'
import type { Logger } from '../logger.js'

export type PullRequestOperation = 'created' | 'updated' | 'unchanged'

export interface PullRequestChange {
  plan: ChangePlan
  base: string
  title: string
  body: string
  labels: string[]
  /** Users and teams (`org/team`, with or without `@`) asked to review. */
  reviewers: string[]
  draft: boolean
  /** What the `modelgate/gates` status says. */
  gateDescription: string
  runUrl?: string
}

export interface Published {
  /**
   * `created` when no open PR existed at the start and one does now (opened by this run, or
   * found after this run's request to open it failed), `updated` when an open PR got a new
   * plan or base, `unchanged` when the branch already carried this plan under an open PR.
   */
  operation: PullRequestOperation
  number: number
  url: string
  /** The commit at the branch head, which carries the status. */
  headSha: string
  branch: string
}

const GATES_CONTEXT = 'modelgate/gates'
const TRAILER = /^Modelgate-Plan:\s*(\S+)\s*$/m

/** A branch as read from GitHub: its head and what the head commit says about itself. */
interface BranchState {
  head: string
  /** The `Modelgate-Plan` trailer of the head commit; undefined without one. */
  plan?: string
  /** The head commit's first parent: the base it was built on. */
  base?: string
}

export async function publishPullRequest(
  change: PullRequestChange,
  ports: { api: GitHubApi; git: GitCommandManager; log: Logger }
): Promise<Published> {
  const { api, git, log } = ports
  const { plan, base } = change

  const local = await log.group('Read the checkout', () => readCheckout(plan, git))

  const baseHead = await log.group(`Check that the checkout is the head of ${base}`, async () => {
    const sha = await api.branchHead(base)
    if (!sha) throw new DecisionError(`the base branch ${quote(base)} does not exist on GitHub`)
    if (sha !== local.head) {
      throw new DecisionError(
        `the checkout is at ${short(local.head)} but ${base} is at ${short(sha)} on GitHub: a pull request built from this checkout would revert the changes in between; check out the latest ${base} and run again`
      )
    }
    log.info(`${base} is at ${short(sha)}, as is the checkout`)
    return sha
  })

  const existing = await log.group(`Look at branch ${plan.branch}`, async () => {
    const state = await readBranch(api, plan.branch)
    if (!state) {
      log.info('the branch does not exist yet')
      return undefined
    }
    if (!state.plan) throw notModelgates(plan.branch, state.head)
    const same = carries(state, plan, baseHead)
    log.info(
      same
        ? `the branch already carries plan ${plan.hash} on ${short(baseHead)}`
        : `the branch carries plan ${state.plan} on ${short(state.base ?? '')}; it will be replaced`
    )
    return { state, same }
  })
  const pull = await api.findOpenPull(plan.branch)

  const status = (sha: string) =>
    api.createStatus(sha, {
      state: 'success',
      context: GATES_CONTEXT,
      description: clip(change.gateDescription, 140),
      ...(change.runUrl ? { targetUrl: change.runUrl } : {})
    })

  if (existing?.same && pull) {
    const completed = await completePull(api, pull, change, log)
    log.info(
      completed
        ? `pull request #${pull.number} carries the plan; completed what an earlier run left undone`
        : `pull request #${pull.number} is up to date; nothing written`
    )
    return published('unchanged', pull, existing.state.head, plan.branch)
  }

  let headSha: string
  if (existing?.same) {
    headSha = existing.state.head
    // The branch is done but its PR is not: the status again, so no PR opens without it.
    await status(headSha)
  } else {
    headSha = await log.group(`Commit ${changeCount(plan)} to ${plan.branch}`, async () => {
      const blobs = await uploadAdditions(plan, api, log)
      const entries = treeEntries({
        moves: plan.moves,
        blobs,
        sources: local.sources,
        manifest: { path: plan.file.relPath, mode: local.manifestMode, text: plan.newText }
      })
      const tree = await api.createTree(local.tree, entries)
      // Replacing a branch: the current head as second parent makes the move a fast-forward
      // from that head only (see the top of this file); the tree alone decides the PR's diff.
      const commit = await api.createCommit({
        message: plan.commitMessage,
        tree,
        parents: existing ? [baseHead, existing.state.head] : [baseHead]
      })
      // Before the branch points at the commit: should the status be refused (no
      // `statuses: write`), no branch or PR is left without its required check.
      await status(commit)
      const head = await writeBranch(api, plan, baseHead, commit, existing?.state.head, log)
      log.info(`${plan.branch} → ${short(head)} (tree ${short(tree)})`)
      return head
    })
  }

  return log.group('Open the pull request', async () => {
    if (pull) {
      const pr = await api.updatePull(pull.number, { title: change.title, body: change.body, base })
      log.info(`updated pull request #${pr.number}: ${pr.url}`)
      // A new plan: every reviewer is asked again, then the labels (the last write).
      await requestReviewers(api, pr.number, reviewerNames(change.reviewers), log)
      await api.addLabels(pr.number, change.labels)
      return published('updated', pr, headSha, plan.branch)
    }
    const pr = await openPull(api, change, log)
    await completePull(api, pr, change, log)
    return published('created', pr, headSha, plan.branch)
  })
}

/** `GET git/ref` and `GET git/commits` of the head: undefined when there is no such branch. */
async function readBranch(api: GitHubApi, branch: string): Promise<BranchState | undefined> {
  const head = await api.branchHead(branch)
  if (!head) return undefined
  const commit = await api.getCommit(head)
  const plan = TRAILER.exec(commit.message)?.[1]
  return {
    head,
    ...(plan ? { plan } : {}),
    ...(commit.parents[0] ? { base: commit.parents[0] } : {})
  }
}

/** Whether the branch carries this plan on this base (a second parent is an older head). */
function carries(state: BranchState, plan: ChangePlan, baseHead: string): boolean {
  return state.plan === plan.hash && state.base === baseHead
}

function notModelgates(branch: string, head: string): DecisionError {
  return new DecisionError(
    `branch ${branch} is at ${short(head)}, a commit modelgate did not make (no Modelgate-Plan trailer); modelgate will not overwrite it: merge or delete that branch, then run again`
  )
}

/**
 * Creates the branch at `commit`, or moves it there from `from` (`force: false`: a fast-forward
 * from `from`, the commit's second parent). Returns the head the branch ends up with. When the
 * write fails — refused, or its answer lost — the branch is read again: this plan on this base
 * (written by this run's lost request, or by an identical run) is adopted; another plan or a
 * foreign commit, which another run wrote meanwhile, is a conflict; a branch as it was before
 * means this write did not happen, and its error stands.
 */
async function writeBranch(
  api: GitHubApi,
  plan: ChangePlan,
  baseHead: string,
  commit: string,
  from: string | undefined,
  log: Logger
): Promise<string> {
  try {
    if (from) await api.moveBranch(plan.branch, commit, false)
    else await api.createBranch(plan.branch, commit)
    return commit
  } catch (error) {
    const now = await readBranch(api, plan.branch).catch(() => undefined)
    if (!now || now.head === from) throw error
    if (now.head === commit || carries(now, plan, baseHead)) {
      log.info(
        `${plan.branch} already carries plan ${plan.hash} on ${short(baseHead)} (${short(now.head)}); adopted`
      )
      return now.head
    }
    if (!now.plan) throw notModelgates(plan.branch, now.head)
    const theirs = now.plan === plan.hash ? `plan ${now.plan} on another base` : `plan ${now.plan}`
    throw new DecisionError(
      `branch ${plan.branch} was changed by another run while this one was writing it: it now carries ${theirs} (${short(now.head)}), this run's plan is ${plan.hash}; nothing was overwritten: run again to replace the other plan with this one, or keep it`
    )
  }
}

/**
 * `POST pulls`; when that fails (a lost answer retried into 422 "A pull request already exists",
 * an identical run that opened it first), the open PR of the branch is read and adopted.
 */
async function openPull(
  api: GitHubApi,
  change: PullRequestChange,
  log: Logger
): Promise<PullRequestInfo> {
  const { plan, base } = change
  try {
    const pr = await api.createPull({
      title: change.title,
      body: change.body,
      head: plan.branch,
      base,
      draft: change.draft
    })
    log.info(`opened pull request #${pr.number}: ${pr.url}`)
    return pr
  } catch (error) {
    const found = await api.findOpenPull(plan.branch).catch(() => undefined)
    if (!found) throw error
    log.info(`pull request #${found.number} is open for ${plan.branch}; adopted: ${found.url}`)
    return found
  }
}

/**
 * Finishes a PR that lacks some of its labels: the reviews not requested yet, then the missing
 * labels. Labels are the last write of a run, so a PR with all of them was finished by an earlier
 * run: its reviewers were asked then (a refused team stays a warning of that run, and someone who
 * has reviewed since is not asked again). Returns whether anything was written.
 */
async function completePull(
  api: GitHubApi,
  pr: PullRequestInfo,
  change: PullRequestChange,
  log: Logger
): Promise<boolean> {
  const has = new Set(pr.labels.map(l => l.toLowerCase()))
  const missing = [...new Set(change.labels)].filter(l => !has.has(l.toLowerCase()))
  if (!missing.length) return false
  const wanted = reviewerNames(change.reviewers)
  const asked = (list: string[]) => new Set(list.map(n => n.toLowerCase()))
  const users = asked(pr.requestedReviewers.users)
  const teams = asked(pr.requestedReviewers.teams)
  await requestReviewers(
    api,
    pr.number,
    {
      users: wanted.users.filter(u => !users.has(u.toLowerCase())),
      teams: wanted.teams.filter(t => !teams.has(t.toLowerCase()))
    },
    log
  )
  await api.addLabels(pr.number, missing)
  return true
}

/**
 * The new files of a registration, one blob each: the file's bytes, or its LFS pointer when
 * .gitattributes routes it through Git LFS (the object itself goes to the LFS server, not here).
 */
async function uploadAdditions(
  plan: ChangePlan,
  api: GitHubApi,
  log: Logger
): Promise<Array<{ path: string; sha: string }>> {
  const blobs: Array<{ path: string; sha: string }> = []
  // The benchmark copy's files are the version's own bytes: each blob is uploaded once.
  const uploaded = new Map<string, string>()
  for (const a of additionsOf(plan)) {
    const same = `${a.lfs ? 'lfs' : 'bytes'} ${a.digest}`
    let sha = uploaded.get(same)
    if (sha === undefined) {
      const content = a.lfs ? Buffer.from(lfsPointer(a.digest, a.size)) : await readFile(a.source)
      sha = await api.createBlob(content)
      uploaded.set(same, sha)
      log.info(`uploaded ${a.path} (${a.lfs ? 'Git LFS pointer' : `${a.size} bytes`})`)
    } else log.info(`${a.path}: the same blob as a file uploaded above`)
    blobs.push({ path: a.path, sha })
  }
  return blobs
}

interface LocalCheckout {
  head: string
  tree: string
  /** The tree (folder) or blob (file) each move reads from, at HEAD. */
  sources: Map<string, SourceObject>
  manifestMode: TreeEntry['mode']
}

/** Local refusals first: the commit is built from HEAD, so what moves must be committed there. */
async function readCheckout(plan: ChangePlan, git: GitCommandManager): Promise<LocalCheckout> {
  const read = sourcePaths(plan.moves)
  const added = additionsOf(plan).map(a => a.path)
  const folder = plan.kind === 'register' && plan.folder ? [plan.folder] : []
  const touched = [
    ...new Set([...plan.moves.map(m => m.from), ...folder, ...added, plan.file.relPath])
  ]
  const dirty = await git.dirtyPaths(touched)
  if (dirty.length) {
    const shown =
      dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, … ${dirty.length - 5} more` : '')
    throw new DecisionError(
      `uncommitted changes in ${shown}: the pull request is built from the committed files; commit or discard them first`
    )
  }
  const head = await git.headCommit()
  const entries = await git.lsTree(head, [...read, plan.file.relPath])
  const byPath = new Map(entries.map(e => [e.path, e]))
  const fileMoves = new Set(plan.moves.filter(movesFile).map(m => m.from))
  const sources = new Map<string, SourceObject>()
  for (const from of read) {
    const entry = byPath.get(from)
    const file = fileMoves.has(from)
    if (entry?.type !== (file ? 'blob' : 'tree')) {
      throw new DecisionError(
        `${file ? 'the file' : 'the folder'} ${from} is not committed in ${short(head)}; commit it first`
      )
    }
    sources.set(from, { sha: entry.sha, mode: entry.mode as TreeEntry['mode'] })
  }
  await refuseTakenPaths(plan, git, head)
  const manifest = byPath.get(plan.file.relPath)
  if (manifest?.type !== 'blob') {
    throw new DecisionError(`${plan.file.relPath} is not committed in ${short(head)}`)
  }
  return {
    head,
    tree: await git.treeOf(head),
    sources,
    manifestMode: manifest.mode as TreeEntry['mode']
  }
}

/**
 * A registration never overwrites what is there: where the new version has a folder of its
 * own, that folder must not exist; a new file must not exist, unless the plan moves the file
 * that is there away (a stage that holds one version per model archives its occupant).
 */
async function refuseTakenPaths(plan: ChangePlan, git: GitCommandManager, head: string) {
  if (plan.kind !== 'register') return
  const vacated = new Set(plan.moves.filter(m => m.reason !== 'benchmark-refresh').map(m => m.from))
  const files = plan.additions.map(a => a.path)
  const wanted = [...new Set([...(plan.folder ? [plan.folder] : []), ...files])]
  const taken = (await git.lsTree(head, wanted)).find(e => !vacated.has(e.path))
  if (taken) throw new DecisionError(`${taken.path} already exists in ${short(head)}`)
}

/** Users and team slugs from `reviewers` entries (`mona`, `@mona`, `org/team`, `@org/team`). */
function reviewerNames(reviewers: string[]): { users: string[]; teams: string[] } {
  const users = new Set<string>()
  const teams = new Set<string>()
  for (const raw of reviewers) {
    const name = raw.trim().replace(/^@/, '')
    if (!name) continue
    if (name.includes('/')) teams.add(name.slice(name.indexOf('/') + 1))
    else users.add(name)
  }
  return { users: [...users], teams: [...teams] }
}

/** A reviewer GitHub refuses (a team with the default token, the PR's author) is a warning. */
async function requestReviewers(
  api: GitHubApi,
  number: number,
  wanted: { users: string[]; teams: string[] },
  log: Logger
): Promise<void> {
  // Users and teams go in separate requests: GitHub refuses the whole request for one bad team.
  for (const ask of [
    { users: wanted.users, teams: [] },
    { users: [], teams: wanted.teams }
  ]) {
    if (!ask.users.length && !ask.teams.length) continue
    try {
      await api.requestReviewers(number, ask)
    } catch (error) {
      if (!(error instanceof ModelgateError)) throw error
      const who = [...ask.users, ...ask.teams.map(t => `team ${t}`)].join(', ')
      log.warning(`could not request a review from ${who} on #${number}: ${error.message}`)
    }
  }
}

function published(
  operation: PullRequestOperation,
  pr: PullRequestInfo,
  headSha: string,
  branch: string
): Published {
  return { operation, number: pr.number, url: pr.url, headSha, branch }
}

function short(sha: string): string {
  return sha.slice(0, 7)
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function changeCount(plan: ChangePlan): string {
  const added = additionsOf(plan).length
  const moved = plan.moves.length ? `${plan.moves.length} move(s)` : ''
  if (added) return `${added} new file(s)${moved ? ` and ${moved}` : ''}`
  // a rollout step between two traffic shares changes the manifest only
  return moved || 'the manifest change'
}
