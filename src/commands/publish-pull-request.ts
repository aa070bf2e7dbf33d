/**
 * Applies a planned change as a pull request (SPEC §5 steps 3–6): one commit
 * made through the Git Database API from the local checkout's tree SHAs,
 * the branch created or moved, the `modelgate/gates` status on it, the PR
 * opened or updated, labels and reviewers. Shared by every kind of change.
 *
 * Everything that can refuse is checked before the first write, so a
 * refusal leaves GitHub as it was. Running it again with the same plan on
 * the same base is `unchanged` and writes nothing.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { GitHubApi, PullRequestInfo, TreeEntry } from '../ports/github-api.js'
import type { GitCommandManager } from '../adapters/git.js'
import { DecisionError, ModelgateError } from '../errors.js'
import { additionsOf, type ChangePlan } from '../changes/change-plan.js'
import { lfsPointer } from '../registry/digest.js'
import { sourceFolders, treeEntries } from '../changes/tree-changes.js'
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
  operation: PullRequestOperation
  number: number
  url: string
  /** The commit at the branch head, which carries the status. */
  headSha: string
  branch: string
}

const GATES_CONTEXT = 'modelgate/gates'
const TRAILER = /^Modelgate-Plan:\s*(\S+)\s*$/m

export async function publishPullRequest(
  change: PullRequestChange,
  ports: { api: GitHubApi; git: GitCommandManager; log: Logger }
): Promise<Published> {
  const { api, git, log } = ports
  const { plan, base } = change

  const local = await log.group('Read the checkout', () => readCheckout(plan, git))

  const baseHead = await log.group(`Check that the checkout is the head of ${base}`, async () => {
    const sha = await api.branchHead(base)
    if (!sha) throw new DecisionError(`the base branch "${base}" does not exist on GitHub`)
    if (sha !== local.head) {
      throw new DecisionError(
        `the checkout is at ${short(local.head)} but ${base} is at ${short(sha)} on GitHub: a pull request built from this checkout would revert the changes in between; check out the latest ${base} and run again`
      )
    }
    log.info(`${base} is at ${short(sha)}, as is the checkout`)
    return sha
  })

  const existing = await log.group(`Look at branch ${plan.branch}`, async () => {
    const head = await api.branchHead(plan.branch)
    if (!head) {
      log.info('the branch does not exist yet')
      return undefined
    }
    const commit = await api.getCommit(head)
    const planOnBranch = TRAILER.exec(commit.message)?.[1]
    if (!planOnBranch) {
      throw new DecisionError(
        `branch ${plan.branch} is at ${short(head)}, a commit modelgate did not make (no Modelgate-Plan trailer); modelgate will not overwrite it: merge or delete that branch, then run again`
      )
    }
    const same =
      planOnBranch === plan.hash && commit.parents.length === 1 && commit.parents[0] === baseHead
    log.info(
      same
        ? `the branch already carries plan ${plan.hash} on ${short(baseHead)}`
        : `the branch carries plan ${planOnBranch} on ${short(commit.parents[0] ?? '')}; it will be replaced`
    )
    return { head, same }
  })
  const pull = await api.findOpenPull(plan.branch)

  if (existing?.same && pull) {
    log.info(`pull request #${pull.number} is up to date; nothing written`)
    return published('unchanged', pull, existing.head, plan.branch)
  }

  let headSha = existing?.head ?? ''
  if (!existing?.same) {
    headSha = await log.group(`Commit ${changeCount(plan)} to ${plan.branch}`, async () => {
      const blobs = await uploadAdditions(plan, api, log)
      const entries = treeEntries({
        moves: plan.moves,
        blobs,
        folderShas: local.folderShas,
        manifest: { path: plan.file.relPath, mode: local.manifestMode, text: plan.newText }
      })
      const tree = await api.createTree(local.tree, entries)
      const commit = await api.createCommit({
        message: plan.commitMessage,
        tree,
        parents: [baseHead]
      })
      if (existing) await api.moveBranch(plan.branch, commit, true)
      else await api.createBranch(plan.branch, commit)
      log.info(`${plan.branch} → ${short(commit)} (tree ${short(tree)})`)
      return commit
    })
  }
  // The status goes on before the PR exists: should it be refused (no `statuses: write`), no
  // PR is left without its required check, and the rerun that follows the fix posts it.
  await api.createStatus(headSha, {
    state: 'success',
    context: GATES_CONTEXT,
    description: clip(change.gateDescription, 140),
    ...(change.runUrl ? { targetUrl: change.runUrl } : {})
  })

  return log.group('Open the pull request', async () => {
    const pr = pull
      ? await api.updatePull(pull.number, { title: change.title, body: change.body, base })
      : await api.createPull({
          title: change.title,
          body: change.body,
          head: plan.branch,
          base,
          draft: change.draft
        })
    log.info(`${pull ? 'updated' : 'opened'} pull request #${pr.number}: ${pr.url}`)
    await api.addLabels(pr.number, change.labels)
    await requestReviewers(api, pr.number, change.reviewers, log)
    return published(pull ? 'updated' : 'created', pr, headSha, plan.branch)
  })
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
  for (const a of additionsOf(plan)) {
    const content = a.lfs ? Buffer.from(lfsPointer(a.digest, a.size)) : await readFile(a.source)
    blobs.push({ path: a.path, sha: await api.createBlob(content) })
    log.info(`uploaded ${a.path} (${a.lfs ? 'Git LFS pointer' : `${a.size} bytes`})`)
  }
  return blobs
}

interface LocalCheckout {
  head: string
  tree: string
  folderShas: Map<string, string>
  manifestMode: TreeEntry['mode']
}

/** Local refusals first: the commit is built from HEAD, so what moves must be committed there. */
async function readCheckout(plan: ChangePlan, git: GitCommandManager): Promise<LocalCheckout> {
  const folders = sourceFolders(plan.moves)
  const newFolders = [...new Set(additionsOf(plan).map(a => path.posix.dirname(a.path)))]
  const touched = [...new Set([...plan.moves.map(m => m.from), ...newFolders, plan.file.relPath])]
  const dirty = await git.dirtyPaths(touched)
  if (dirty.length) {
    const shown =
      dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, … ${dirty.length - 5} more` : '')
    throw new DecisionError(
      `uncommitted changes in ${shown}: the pull request is built from the committed files; commit or discard them first`
    )
  }
  const head = await git.headCommit()
  const entries = await git.lsTree(head, [...folders, plan.file.relPath])
  const byPath = new Map(entries.map(e => [e.path, e]))
  const folderShas = new Map<string, string>()
  for (const folder of folders) {
    const entry = byPath.get(folder)
    if (entry?.type !== 'tree') {
      throw new DecisionError(`${folder} is not committed in ${short(head)}; commit it first`)
    }
    folderShas.set(folder, entry.sha)
  }
  const taken = (await git.lsTree(head, newFolders))[0]
  if (taken) throw new DecisionError(`${taken.path} already exists in ${short(head)}`)
  const manifest = byPath.get(plan.file.relPath)
  if (manifest?.type !== 'blob') {
    throw new DecisionError(`${plan.file.relPath} is not committed in ${short(head)}`)
  }
  return {
    head,
    tree: await git.treeOf(head),
    folderShas,
    manifestMode: manifest.mode as TreeEntry['mode']
  }
}

/** A reviewer GitHub refuses (a team with the default token, the PR's author) is a warning. */
async function requestReviewers(
  api: GitHubApi,
  number: number,
  reviewers: string[],
  log: Logger
): Promise<void> {
  const users = new Set<string>()
  const teams = new Set<string>()
  for (const raw of reviewers) {
    const name = raw.trim().replace(/^@/, '')
    if (!name) continue
    if (name.includes('/')) teams.add(name.slice(name.indexOf('/') + 1))
    else users.add(name)
  }
  // Users and teams go in separate requests: GitHub refuses the whole request for one bad team.
  for (const ask of [
    { users: [...users], teams: [] },
    { users: [], teams: [...teams] }
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
  if (added) return `${added} new file(s)`
  // a rollout step between two traffic shares changes the manifest only
  return plan.moves.length ? `${plan.moves.length} move(s)` : 'the manifest change'
}
