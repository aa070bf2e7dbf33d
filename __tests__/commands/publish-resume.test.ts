/**
 * publishPullRequest resumes and never loses an update (#13): a write whose answer was lost is
 * re-read, not repeated blindly; two runs at once end with one consistent branch and one PR.
 * Against the GitHub REST stand-in (which drops connections and holds racing requests on demand)
 * with the real Octokit adapter and git CLI on a clone.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { DecisionError, UsageError } from '../../src/errors.js'
import {
  BRANCH,
  closeStands,
  count,
  planOnBranch,
  stand,
  writes
} from '../helpers/publish-stand.js'
import { git } from '../helpers/remote-repo.js'

afterAll(closeStands)

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
