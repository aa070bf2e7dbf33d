/**
 * publishPullRequest (SPEC §5 steps 3–6) called directly, with the real Octokit adapter against
 * the GitHub REST stand-in and the real git CLI on a clone: the order of the requests, reruns,
 * reviewers, drafts, and every refusal checked to happen before the first write.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createGitCommandManager } from '../../src/adapters/git.js'
import { createGitHubApi } from '../../src/adapters/octokit-github-api.js'
import type { Logger } from '../../src/logger.js'
import { loadSoundRegistry } from '../../src/commands/load-for-command.js'
import {
  publishPullRequest,
  type PullRequestChange
} from '../../src/commands/publish-pull-request.js'
import { DecisionError, UsageError } from '../../src/errors.js'
import type { RecordedRequest } from '../helpers/github-stand-in.js'
import {
  git,
  gitEnv,
  OWNER,
  publishRepo,
  REPO,
  TOKEN,
  type RemoteRepo
} from '../helpers/remote-repo.js'
import { validRegistry } from '../helpers/registry-fixture.js'
import { planChange } from '../../src/changes/plan-change.js'
import type { ChangePlan } from '../../src/changes/change-plan.js'

const BRANCH = 'modelgate/promote/clf-to-production'
const MANIFEST = 'models/registry.yaml'
const STAGED = 'models/staging/clf/1.2.0'
const AT = '2026-11-20T10:00:00Z'

interface Stand {
  remote: RemoteRepo
  ws: string
  log: Logger & { infos: string[]; warnings: string[] }
  plan(metrics?: Record<string, number>): Promise<ChangePlan>
  publish(
    plan: ChangePlan,
    over?: Partial<PullRequestChange>
  ): ReturnType<typeof publishPullRequest>
  /** `METHOD /path` of the requests since `from`, the path relative to the repository. */
  calls(from?: number): string[]
}

const stands: RemoteRepo[] = []
afterAll(async () => {
  for (const remote of stands) await remote.close()
})

/** A registry published to a bare repository behind the stand-in, and a fresh clone of it. */
async function stand(): Promise<Stand> {
  const fixture = validRegistry()
  const remote = await publishRepo(fixture.dir)
  fixture.cleanup()
  stands.push(remote)
  const ws = remote.clone()
  const infos: string[] = []
  const warnings: string[] = []
  const log = {
    infos,
    warnings,
    info: (m: string) => void infos.push(m),
    warning: (m: string) => void warnings.push(m),
    write: () => undefined,
    group: <T>(_name: string, fn: () => Promise<T>) => fn()
  }
  const api = createGitHubApi(
    { token: TOKEN, baseUrl: remote.gh.url, owner: OWNER, repo: REPO, warn: log.warning },
    // retries 1, 4 and 9 ms apart, so that the lost answers below cost no time
    { writeSpacing: false, retryAfterBaseValue: 1 }
  )
  const gitManager = createGitCommandManager(ws, gitEnv)
  const prefix = `/repos/${OWNER}/${REPO}`
  return {
    remote,
    ws,
    log,
    async plan(metrics) {
      const reg = await loadSoundRegistry(path.join(ws, MANIFEST), gitEnv)
      return planChange(reg, {
        kind: 'promote',
        model: 'clf',
        version: '1.2.0',
        to: 'production',
        actor: 'octocat',
        at: AT,
        ...(metrics ? { metrics } : {})
      })
    },
    publish(plan, over = {}) {
      return publishPullRequest(
        {
          plan,
          base: 'main',
          title: 'Promote clf 1.2.0: staging → production',
          body: 'What moves where.',
          labels: ['modelgate', 'stage:production'],
          reviewers: [],
          draft: false,
          gateDescription: 'promote to production: accuracy ≥ 0.85 ✓',
          runUrl: 'https://github.com/acme/models/actions/runs/42',
          ...over
        },
        { api, git: gitManager, log }
      )
    },
    calls(from = 0) {
      return remote.gh.requests
        .slice(from)
        .map(
          (r: RecordedRequest) => `${r.method} ${decodeURIComponent(r.path).slice(prefix.length)}`
        )
    }
  }
}

const writes = (calls: string[]) => calls.filter(c => !c.startsWith('GET '))

describe('a first run, a rerun, and a rerun after the PR was closed', () => {
  let s: Stand
  let plan: ChangePlan
  let mainHead: string

  it('creates the branch and the PR, in the order of SPEC §5', async () => {
    s = await stand()
    plan = await s.plan()
    mainHead = git(s.ws, 'rev-parse', 'HEAD')
    const result = await s.publish(plan, { reviewers: ['mona'] })
    const head = git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)
    expect(result).toEqual({
      operation: 'created',
      number: 1,
      url: expect.stringMatching(/\/acme\/models\/pull\/1$/),
      headSha: head,
      branch: BRANCH
    })
    expect(s.calls()).toEqual([
      'GET /git/ref/heads/main',
      `GET /git/ref/heads/${BRANCH}`,
      'GET /pulls',
      'POST /git/trees',
      'POST /git/commits',
      // the status before the branch points at the commit, the labels last (#13)
      `POST /statuses/${head}`,
      'POST /git/refs',
      'POST /pulls',
      'POST /pulls/1/requested_reviewers',
      'POST /issues/1/labels'
    ])
    expect(git(s.remote.bare, 'rev-list', '--parents', '-n', '1', head)).toBe(`${head} ${mainHead}`)
    expect(s.remote.gh.pulls[0]).toMatchObject({ head: BRANCH, base: 'main', draft: false })
    expect(s.remote.gh.labels.get(1)).toEqual(['modelgate', 'stage:production'])
    expect(s.remote.gh.reviewers.get(1)).toEqual({ users: ['mona'], teams: [] })
    expect(s.remote.gh.statuses).toEqual([
      {
        sha: head,
        state: 'success',
        context: 'modelgate/gates',
        description: 'promote to production: accuracy ≥ 0.85 ✓',
        targetUrl: 'https://github.com/acme/models/actions/runs/42'
      }
    ])
    expect(s.log.warnings).toEqual([])
  })

  it('sends the folders as the tree SHAs of the checkout, and only the manifest as content', () => {
    const tree = s.remote.gh.requests.find(
      r => r.method === 'POST' && r.path.endsWith('/git/trees')
    )
    const body = tree?.body as { base_tree: string; tree: Array<Record<string, unknown>> }
    expect(body.base_tree).toBe(git(s.ws, 'rev-parse', 'HEAD^{tree}'))
    expect(body.tree).toContainEqual({
      path: 'models/production/clf/1.2.0',
      mode: '040000',
      type: 'tree',
      sha: git(s.ws, 'rev-parse', `HEAD:${STAGED}`)
    })
    expect(body.tree).toContainEqual({ path: STAGED, mode: '040000', type: 'tree', sha: null })
    expect(body.tree.filter(e => 'content' in e)).toEqual([
      { path: MANIFEST, mode: '100644', type: 'blob', content: plan.newText }
    ])
    expect(s.remote.show(`refs/heads/${BRANCH}`, MANIFEST)).toBe(plan.newText)
    expect(s.remote.objectAt(`refs/heads/${BRANCH}`, 'models/production/clf/1.2.0')).toBe(
      s.remote.objectAt('main', STAGED)
    )
  })

  it('reports unchanged on a rerun and writes nothing', async () => {
    const seen = s.remote.gh.requests.length
    const head = git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)
    const result = await s.publish(await s.plan())
    expect(result).toMatchObject({ operation: 'unchanged', number: 1, headSha: head })
    expect(s.calls(seen)).toEqual([
      'GET /git/ref/heads/main',
      `GET /git/ref/heads/${BRANCH}`,
      `GET /git/commits/${head}`,
      'GET /pulls'
    ])
    expect(s.log.infos).toContain('pull request #1 is up to date; nothing written')
  })

  it('opens a new PR on the same commit when the old one was closed', async () => {
    s.remote.gh.pulls[0].state = 'closed'
    const seen = s.remote.gh.requests.length
    const head = git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)
    const result = await s.publish(plan)
    expect(result).toMatchObject({ operation: 'created', number: 2, headSha: head })
    expect(writes(s.calls(seen))).toEqual([
      `POST /statuses/${head}`,
      'POST /pulls',
      'POST /issues/2/labels'
    ])
    expect(git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(head)
    expect(s.remote.gh.pulls.map(p => [p.number, p.state])).toEqual([
      [1, 'closed'],
      [2, 'open']
    ])
  })
})

describe('the PR itself', () => {
  it('is a draft when asked; users and teams are asked in two requests, a team refusal warns', async () => {
    const s = await stand()
    const result = await s.publish(await s.plan(), {
      draft: true,
      reviewers: ['mona', '@acme/ml', 'acme/ops', ' @hubot ', '']
    })
    expect(result.operation).toBe('created')
    expect(s.remote.gh.pulls[0].draft).toBe(true)
    const asks = s.remote.gh.requests.filter(r => r.path.endsWith('/requested_reviewers'))
    expect(asks.map(r => [r.body, r.status])).toEqual([
      [{ reviewers: ['mona', 'hubot'] }, 201],
      [{ team_reviewers: ['ml', 'ops'] }, 422]
    ])
    expect(s.remote.gh.reviewers.get(1)).toEqual({ users: ['mona', 'hubot'], teams: [] })
    expect(s.log.warnings).toEqual([
      expect.stringMatching(/^could not request a review from team ml, team ops on #1: .*422/)
    ])
    // The status went on the head before the PR was opened.
    expect(s.calls()).toContain(`POST /statuses/${result.headSha}`)
    // The labels come last (#13): a PR with all its labels was finished.
    expect(s.calls().slice(-3)).toEqual([
      'POST /pulls/1/requested_reviewers',
      'POST /pulls/1/requested_reviewers',
      'POST /issues/1/labels'
    ])
  })

  it('clips a status description over 140 characters', async () => {
    const s = await stand()
    const long = `promote to production: ${'accuracy ≥ 0.85 ✓; '.repeat(10)}`
    expect(long.length).toBeGreaterThan(140)
    await s.publish(await s.plan(), { gateDescription: long })
    const [status] = s.remote.gh.statuses
    expect(status.description).toHaveLength(140)
    expect(status.description).toBe(`${long.slice(0, 139)}…`)
  })

  it('stops with a UsageError naming `statuses: write` when the status is refused', async () => {
    const s = await stand()
    s.remote.gh.failNext('POST /statuses', 403, 1, 'Resource not accessible by integration')
    const error = await s.publish(await s.plan()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(
      /could not set commit status modelgate\/gates on [0-9a-f]{40} .*403.*`statuses: write`/
    )
    expect((error as Error).message).not.toContain(TOKEN)
    // No PR is left without its required check; the rerun after the fix posts it and opens the PR.
    expect(s.remote.gh.pulls).toEqual([])
    const rerun = await s.publish(await s.plan())
    expect(rerun.operation).toBe('created')
    expect(s.remote.gh.statuses.map(st => st.sha)).toEqual([rerun.headSha])
  })
})

describe('refusals before the first write', () => {
  let s: Stand
  let plan: ChangePlan

  it('a base branch that does not exist on GitHub', async () => {
    s = await stand()
    plan = await s.plan()
    const error = await s.publish(plan, { base: 'develop' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DecisionError)
    expect((error as Error).message).toBe('the base branch "develop" does not exist on GitHub')
    expect(s.calls()).toEqual(['GET /git/ref/heads/develop'])
  })

  it.each([
    ['a modified file in the moving folder', `${STAGED}/model.bin`, 'modify'],
    ['a modified manifest', MANIFEST, 'modify'],
    ['an untracked file in the moving folder', `${STAGED}/notes.txt`, 'create'],
    [
      'a deleted file in a folder that goes to the archive',
      'models/production/clf/1.1.0/model.bin',
      'delete'
    ],
    [
      'an untracked file in the benchmark copy that goes',
      'models/benchmark/clf/1.1.0/extra.bin',
      'create'
    ]
  ])('%s: a DecisionError naming it, and no request at all', async (_name, rel, how) => {
    const abs = path.join(s.ws, rel)
    if (how === 'delete') unlinkSync(abs)
    else writeFileSync(abs, 'changed by hand\n')
    const seen = s.remote.gh.requests.length
    try {
      const error = await s.publish(plan).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DecisionError)
      expect((error as Error).message).toBe(
        `uncommitted changes in ${rel}: the pull request is built from the committed files; commit or discard them first`
      )
      expect(s.remote.gh.requests.length).toBe(seen)
    } finally {
      git(s.ws, 'checkout', '-q', '--', '.')
      git(s.ws, 'clean', '-qfd')
    }
  })

  it('lists at most five dirty paths', async () => {
    for (let i = 0; i < 7; i++) writeFileSync(path.join(s.ws, STAGED, `extra-${i}.txt`), `${i}\n`)
    try {
      const error = await s.publish(plan).catch((e: unknown) => e)
      expect((error as Error).message).toMatch(
        /^uncommitted changes in (models\/staging\/clf\/1\.2\.0\/extra-\d\.txt, ){5}… 2 more:/
      )
    } finally {
      git(s.ws, 'clean', '-qfd')
    }
  })

  it('a change outside the moving folders is no reason to refuse', async () => {
    writeFileSync(path.join(s.ws, 'models/development/clf/1.3.0/model.bin'), 'work in progress\n')
    writeFileSync(path.join(s.ws, 'scratch.txt'), 'notes\n')
    const result = await s.publish(plan)
    expect(result.operation).toBe('created')
  })
})

describe('a branch left by an older plan on an older base', () => {
  it('is rebuilt on the new base and moved by a fast-forward; the open PR is updated', async () => {
    const s = await stand()
    const first = await s.publish(await s.plan())
    expect(first.operation).toBe('created')

    // Someone else's change lands on main; the checkout follows it.
    const other = s.remote.clone()
    writeFileSync(path.join(other, 'NOTES.md'), 'Serving moves on Monday.\n')
    git(other, 'add', 'NOTES.md')
    git(other, 'commit', '-q', '-m', 'Add notes')
    git(other, 'push', '-q', 'origin', 'main')
    git(s.ws, 'pull', '-q', '--ff-only')
    const newMain = git(s.ws, 'rev-parse', 'HEAD')

    // Fresh metrics make a different plan.
    const plan = await s.plan({ accuracy: 0.97 })
    const seen = s.remote.gh.requests.length
    const result = await s.publish(plan, { title: 'New title' })
    const head = git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)
    expect(result).toMatchObject({ operation: 'updated', number: 1, headSha: head })
    expect(head).not.toBe(first.headSha)
    expect(s.calls(seen)).toEqual([
      'GET /git/ref/heads/main',
      `GET /git/ref/heads/${BRANCH}`,
      `GET /git/commits/${first.headSha}`,
      'GET /pulls',
      'POST /git/trees',
      'POST /git/commits',
      `POST /statuses/${head}`,
      `PATCH /git/refs/heads/${BRANCH}`,
      'PATCH /pulls/1',
      'POST /issues/1/labels'
    ])
    const patch = s.remote.gh.requests.find(
      r => r.method === 'PATCH' && r.path.includes('/git/refs/')
    )
    // #13: never forced; the old head is the second parent, so the move is a fast-forward from
    // it (and from nothing else), while the first parent and the tree make the PR's diff.
    expect(patch?.body).toEqual({ sha: head, force: false })
    expect(git(s.remote.bare, 'rev-list', '--parents', '-n', '1', head)).toBe(
      `${head} ${newMain} ${first.headSha}`
    )
    expect(git(s.remote.bare, 'diff', '--name-only', newMain, head).split('\n').sort()).toEqual(
      git(s.remote.bare, 'diff', '--name-only', `${first.headSha}^`, first.headSha)
        .split('\n')
        .sort()
    )
    expect(git(s.remote.bare, 'log', '-1', '--format=%B', head)).toContain(
      `Modelgate-Plan: ${plan.hash}`
    )
    expect(s.remote.gh.pulls).toHaveLength(1)
    expect(s.remote.gh.pulls[0]).toMatchObject({ title: 'New title', state: 'open' })
    expect(s.log.infos).toContainEqual(
      expect.stringMatching(
        /^the branch carries plan [0-9a-f]{64} on [0-9a-f]{7}; it will be replaced$/
      )
    )
  })
})

/** The branch head's `Modelgate-Plan` trailer in the bare repository. */
function planOnBranch(s: Stand): string {
  const message = git(s.remote.bare, 'log', '-1', '--format=%B', `refs/heads/${BRANCH}`)
  return /^Modelgate-Plan: (\S+)$/m.exec(message)?.[1] ?? ''
}

const count = (calls: string[], call: string) => calls.filter(c => c === call).length

describe('a write whose answer was lost (#13): re-read, never repeated blindly', () => {
  it('POST git/refs: the retry meets 422 "Reference already exists" and adopts the branch', async () => {
    const s = await stand()
    const plan = await s.plan()
    s.remote.gh.resetAfterNext('POST /git/refs')
    const result = await s.publish(plan)
    expect(result).toMatchObject({ operation: 'created', number: 1 })
    expect(s.remote.gh.requests.filter(r => r.path.endsWith('/git/refs'))).toMatchObject([
      { status: 201, reset: true },
      { status: 422 }
    ])
    expect(git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(result.headSha)
    expect(planOnBranch(s)).toBe(plan.hash)
    expect(s.remote.gh.pulls).toHaveLength(1)
    expect(s.remote.gh.labels.get(1)).toEqual(['modelgate', 'stage:production'])
  })

  it('POST git/refs: every attempt unanswered, the branch is read and adopted', async () => {
    const s = await stand()
    s.remote.gh.resetAfterNext('POST /git/refs', 4)
    const result = await s.publish(await s.plan())
    expect(result.operation).toBe('created')
    expect(count(s.calls(), 'POST /git/refs')).toBe(4)
    expect(git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(result.headSha)
    expect(s.remote.gh.pulls).toHaveLength(1)
  })

  it('a run that stopped after creating the branch: the rerun adopts it and opens the PR', async () => {
    const s = await stand()
    const plan = await s.plan()
    s.remote.gh.failNext('POST /pulls', 502, 4)
    const error = await s.publish(plan).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect(s.remote.gh.pulls).toEqual([])
    const head = git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)

    const seen = s.remote.gh.requests.length
    const rerun = await s.publish(plan, { reviewers: ['mona'] })
    expect(rerun).toMatchObject({ operation: 'created', number: 1, headSha: head })
    expect(writes(s.calls(seen))).toEqual([
      `POST /statuses/${head}`,
      'POST /pulls',
      'POST /pulls/1/requested_reviewers',
      'POST /issues/1/labels'
    ])
    expect(s.remote.gh.reviewers.get(1)).toEqual({ users: ['mona'], teams: [] })
  })

  it('POST pulls: the retry meets 422 "A pull request already exists" and adopts the PR', async () => {
    const s = await stand()
    s.remote.gh.resetAfterNext('POST /pulls')
    const result = await s.publish(await s.plan(), { reviewers: ['mona'] })
    expect(result).toMatchObject({ operation: 'created', number: 1 })
    expect(
      s.remote.gh.requests.filter(r => r.path.endsWith('/pulls') && r.method === 'POST')
    ).toMatchObject([{ status: 201, reset: true }, { status: 422 }])
    expect(s.remote.gh.pulls).toHaveLength(1)
    expect(s.remote.gh.labels.get(1)).toEqual(['modelgate', 'stage:production'])
    expect(s.remote.gh.reviewers.get(1)).toEqual({ users: ['mona'], teams: [] })
  })

  it('POST pulls: every attempt unanswered, the PR is found by its branch and adopted', async () => {
    const s = await stand()
    s.remote.gh.resetAfterNext('POST /pulls', 4)
    const result = await s.publish(await s.plan(), { reviewers: ['mona'] })
    expect(result).toMatchObject({ operation: 'created', number: 1 })
    expect(count(s.calls(), 'POST /pulls')).toBe(4)
    expect(s.remote.gh.pulls).toHaveLength(1)
    expect(s.remote.gh.labels.get(1)).toEqual(['modelgate', 'stage:production'])
    expect(s.remote.gh.reviewers.get(1)).toEqual({ users: ['mona'], teams: [] })
  })

  it('POST labels: a run that failed after they landed; the rerun finds the PR finished', async () => {
    const s = await stand()
    const plan = await s.plan()
    s.remote.gh.resetAfterNext('POST /issues/1/labels', 4)
    const error = await s.publish(plan, { reviewers: ['mona'] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect(s.remote.gh.labels.get(1)).toEqual(['modelgate', 'stage:production'])

    const seen = s.remote.gh.requests.length
    const rerun = await s.publish(plan, { reviewers: ['mona'] })
    expect(rerun).toMatchObject({ operation: 'unchanged', number: 1 })
    expect(writes(s.calls(seen))).toEqual([])
    expect(s.remote.gh.reviewers.get(1)).toEqual({ users: ['mona'], teams: [] })
  })

  it('unchanged completes the reviewers and labels an earlier run failed to add', async () => {
    const s = await stand()
    const plan = await s.plan()
    s.remote.gh.failNext('POST /pulls/1/requested_reviewers', 502, 4)
    s.remote.gh.failNext('POST /issues/1/labels', 422, 1, 'Validation Failed')
    const error = await s.publish(plan, { reviewers: ['mona'] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect(s.remote.gh.labels.get(1)).toBeUndefined()
    expect(s.remote.gh.reviewers.get(1)).toBeUndefined()

    const seen = s.remote.gh.requests.length
    const rerun = await s.publish(plan, { reviewers: ['mona'] })
    expect(rerun).toMatchObject({ operation: 'unchanged', number: 1 })
    expect(writes(s.calls(seen))).toEqual([
      'POST /pulls/1/requested_reviewers',
      'POST /issues/1/labels'
    ])
    expect(s.remote.gh.labels.get(1)).toEqual(['modelgate', 'stage:production'])
    expect(s.remote.gh.reviewers.get(1)).toEqual({ users: ['mona'], teams: [] })
    expect(s.log.infos).toContain(
      'pull request #1 carries the plan; completed what an earlier run left undone'
    )
  })

  it('PATCH git/refs: the answer lost on every attempt; the moved branch is read and adopted', async () => {
    const s = await stand()
    const first = await s.publish(await s.plan())
    s.remote.gh.resetAfterNext('PATCH /git/refs', 4)
    const plan = await s.plan({ accuracy: 0.97 })
    const result = await s.publish(plan)
    expect(result).toMatchObject({ operation: 'updated', number: 1 })
    expect(result.headSha).not.toBe(first.headSha)
    expect(git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(result.headSha)
    expect(planOnBranch(s)).toBe(plan.hash)
  })
})

describe('two runs at once (#13): no lost update, no second PR', () => {
  it('two plans, no branch yet: one creates it, the other stops naming both plans', async () => {
    const s = await stand()
    const [a, b] = [await s.plan(), await s.plan({ accuracy: 0.97 })]
    expect(a.hash).not.toBe(b.hash)
    // both have read that there is no branch before either creates it
    s.remote.gh.holdNext('POST /git/refs', 2)
    const results = await Promise.allSettled([s.publish(a), s.publish(b)])
    const won = results.findIndex(r => r.status === 'fulfilled')
    const lost = results.find(r => r.status === 'rejected')
    expect(won).toBeGreaterThanOrEqual(0)
    expect(results[won]).toMatchObject({ value: { operation: 'created', number: 1 } })
    const reason = (lost as PromiseRejectedResult).reason as Error
    expect(reason).toBeInstanceOf(DecisionError)
    expect(reason.message).toContain(`branch ${BRANCH} was changed by another run`)
    const [winner, loser] = won === 0 ? [a, b] : [b, a]
    expect(reason.message).toContain(`carries plan ${winner.hash}`)
    expect(reason.message).toContain(`this run's plan is ${loser.hash}`)
    expect(planOnBranch(s)).toBe(winner.hash)
    expect(s.remote.gh.pulls).toHaveLength(1)
    const head = git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)
    expect(s.remote.gh.statuses.map(st => st.sha)).toContain(head)
  })

  it('two new plans for an existing branch: one moves it, the PATCH of the other is refused', async () => {
    const s = await stand()
    const first = await s.publish(await s.plan())
    const [a, b] = [await s.plan({ accuracy: 0.96 }), await s.plan({ accuracy: 0.97 })]
    s.remote.gh.holdNext('PATCH /git/refs', 2)
    const results = await Promise.allSettled([s.publish(a), s.publish(b)])
    const won = results.findIndex(r => r.status === 'fulfilled')
    expect(results[won]).toMatchObject({ value: { operation: 'updated', number: 1 } })
    const lost = results[1 - won] as PromiseRejectedResult
    expect(lost.reason).toBeInstanceOf(DecisionError)
    const [winner, loser] = won === 0 ? [a, b] : [b, a]
    expect((lost.reason as Error).message).toMatch(
      new RegExp(`carries plan ${winner.hash} .*this run's plan is ${loser.hash}`)
    )
    const patches = s.remote.gh.requests.filter(
      r => r.method === 'PATCH' && r.path.includes('/git/refs/')
    )
    expect(patches.map(p => p.status)).toEqual([200, 422])
    // the branch holds the winner's commit, a fast-forward from the first run's head
    const head = git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)
    expect(planOnBranch(s)).toBe(winner.hash)
    expect(git(s.remote.bare, 'rev-parse', `${head}^2`)).toBe(first.headSha)
    expect(s.remote.gh.pulls).toHaveLength(1)
  })

  it('two identical runs both succeed with one branch and one PR', async () => {
    const s = await stand()
    const plan = await s.plan()
    s.remote.gh.holdNext('POST /git/refs', 2)
    s.remote.gh.holdNext('POST /pulls', 2)
    const [one, two] = await Promise.all([
      s.publish(plan, { reviewers: ['mona'] }),
      s.publish(plan, { reviewers: ['mona'] })
    ])
    expect([one.operation, two.operation]).toEqual(['created', 'created'])
    expect(one.number).toBe(1)
    expect(two.number).toBe(1)
    expect(one.headSha).toBe(two.headSha)
    expect(git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(one.headSha)
    expect(s.remote.gh.pulls).toHaveLength(1)
    expect(s.remote.gh.labels.get(1)).toEqual(['modelgate', 'stage:production'])
    expect(s.remote.gh.reviewers.get(1)).toEqual({ users: ['mona'], teams: [] })
  })

  it('a branch moved meanwhile to a commit modelgate did not make is never overwritten', async () => {
    const s = await stand()
    await s.publish(await s.plan())
    const other = s.remote.clone()
    git(other, 'fetch', '-q', 'origin', BRANCH)
    git(other, 'checkout', '-q', 'FETCH_HEAD')
    writeFileSync(path.join(other, 'HAND.md'), 'by hand\n')
    git(other, 'add', 'HAND.md')
    git(other, 'commit', '-q', '-m', 'By hand')
    const pushed = git(other, 'rev-parse', 'HEAD')
    // Someone pushes to the branch after this run read it, just before its PATCH arrives: a
    // matcher that never fails anything, only pushes when it first sees the PATCH.
    let done = false
    s.remote.gh.failNext(({ method, path: rel }) => {
      if (!done && method === 'PATCH' && rel.startsWith('/git/refs/')) {
        done = true
        git(other, 'push', '-q', 'origin', `HEAD:refs/heads/${BRANCH}`)
      }
      return false
    }, 500)
    const error = await s.publish(await s.plan({ accuracy: 0.97 })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DecisionError)
    expect((error as Error).message).toMatch(/a commit modelgate did not make/)
    expect(git(s.remote.bare, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(pushed)
    expect(s.remote.gh.pulls).toHaveLength(1)
  })
})
