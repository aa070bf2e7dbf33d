/**
 * publishPullRequest (SPEC §5 steps 3–6) called directly, with the real Octokit adapter against
 * the GitHub REST stand-in and the real git CLI on a clone: the order of the requests, reruns,
 * reviewers, drafts, and every refusal checked to happen before the first write.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DecisionError, UsageError } from '../../src/errors.js'
import {
  BRANCH,
  closeStands,
  MANIFEST,
  STAGED,
  stand,
  writes,
  type Stand
} from '../helpers/publish-stand.js'
import type { ChangePlan } from '../../src/changes/change-plan.js'
import { git, TOKEN } from '../helpers/remote-repo.js'

afterAll(closeStands)

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
