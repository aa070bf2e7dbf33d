/**
 * The gates job of modelgate-check: `validate` with the check workflow's job results (`jobs`,
 * what `toJSON(needs)` gives) decides `modelgate/gates`, writes the decision and the jobs to the
 * job summary and, with `commit-status`, posts it on the pull request head through the GitHub
 * API adapter (the loopback REST stand-in). A fork pull request's token cannot write
 * statuses: nothing is posted and the step's failure stands in. The action runs in-process,
 * with the environment and event payload the runner gives the step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { apiEnv, git, publishRepo, TOKEN, type RemoteRepo } from '../helpers/remote-repo.js'
import { validRegistry } from '../helpers/registry-fixture.js'

const RUN_URL = 'https://github.com/acme/models/actions/runs/42'

let remote: RemoteRepo
let ws: string
let head: string

beforeAll(async () => {
  const fx = validRegistry()
  remote = await publishRepo(fx.dir)
  fx.cleanup()
  ws = remote.clone()
  head = git(ws, 'rev-parse', 'HEAD').trim()
}, 60_000)
afterAll(() => remote.close())

type Jobs = Record<string, { result: string; outputs?: Record<string, string> }>

/** The `needs` of the gates job: plan, the evaluate matrix and the compare matrix. */
function needs(
  evaluate: string,
  compare: string,
  count = '3',
  candidates = '1',
  plan = 'success'
): Jobs {
  return {
    plan: {
      result: plan,
      outputs: plan === 'success' ? { count, 'candidate-count': candidates, matrix: '{}' } : {}
    },
    evaluate: { result: evaluate, outputs: {} },
    compare: { result: compare, outputs: {} }
  }
}

function pullRequest(from = 'acme/models') {
  return {
    name: 'pull_request',
    payload: {
      repository: { full_name: 'acme/models', default_branch: 'main' },
      pull_request: {
        number: 7,
        head: { sha: head, repo: { full_name: from } },
        base: { sha: head, repo: { full_name: 'acme/models' } }
      }
    }
  }
}

/** The gates step; GITHUB_SHA is the merge commit of a pull request, not its head. */
function gates(
  jobs: Jobs | string,
  event: { name: string; payload: unknown } = pullRequest(),
  sha = '0'.repeat(40)
) {
  return runActionInProcess({
    inputs: {
      command: 'validate',
      jobs: typeof jobs === 'string' ? jobs : JSON.stringify(jobs),
      'commit-status': 'true',
      token: TOKEN
    },
    workspace: ws,
    env: apiEnv(remote.gh, { GITHUB_SHA: sha }),
    event
  })
}

const posted = () => remote.gh.statuses.splice(0)

describe('validate with jobs and commit-status', () => {
  it('posts success on the pull request head and summarises the jobs', async () => {
    const run = await gates(needs('success', 'success'))
    expect([run.code, run.outputs.decision]).toEqual([0, 'pass'])
    expect(posted()).toEqual([
      {
        sha: head,
        state: 'success',
        context: 'modelgate/gates',
        description: 'registry valid; 3 evaluation(s), 1 comparison(s) passed',
        targetUrl: RUN_URL
      }
    ])
    expect(run.summary).toContain(
      [
        '## modelgate/gates: success',
        '',
        'registry valid; 3 evaluation(s), 1 comparison(s) passed',
        ''
      ].join('\n')
    )
    expect(run.summary).toMatch(/\| plan +\| success \(3 entries planned\) +\|/)
    expect(run.summary).toMatch(/\| compare +\| success \(1 candidate\) +\|/)
    expect(run.summary).toContain('## modelgate validate')
    expect(run.stdout).toContain(`modelgate/gates: success on ${head}`)
  })

  it('passes a pull request that changes no model, its evaluations skipped', async () => {
    const run = await gates(needs('skipped', 'skipped', '0', '0'))
    expect(run.code).toBe(0)
    expect(posted()).toEqual([
      expect.objectContaining({
        state: 'success',
        description: 'registry valid; no model changed, nothing to evaluate'
      })
    ])
  })

  it.each([
    [
      'a failed evaluation',
      needs('failure', 'skipped'),
      'an evaluation failed (see the evaluate jobs)'
    ],
    [
      'a failed comparison',
      needs('success', 'failure'),
      'a candidate did not pass its comparison (see the compare jobs)'
    ],
    [
      'a failed plan',
      needs('skipped', 'skipped', '', '', 'failure'),
      'the registry is invalid, or plan failed (see the validate and plan job)'
    ],
    ['a cancelled evaluation', needs('cancelled', 'skipped'), 'the evaluate job was cancelled'],
    [
      'more candidates than a matrix holds',
      needs('success', 'skipped', '600', '300'),
      '300 candidates to compare: a matrix holds at most 256 jobs; split the change into smaller pull requests'
    ]
  ])('posts failure and fails the step for %s', async (_, jobs, description) => {
    const run = await gates(jobs)
    expect([run.code, run.outputs.decision]).toEqual([1, 'fail'])
    expect(posted()).toEqual([
      expect.objectContaining({ sha: head, state: 'failure', description })
    ])
    expect(run.stdout).toContain(`✖ modelgate/gates: failure: ${description}`)
    expect(run.summary).toContain(`## modelgate/gates: failure\n\n${description}\n`)
  })

  it('posts failure when the registry itself is invalid, whatever the jobs say', async () => {
    const manifest = `${ws}/models/registry.yaml`
    const { readFileSync, writeFileSync } = await import('node:fs')
    const text = readFileSync(manifest, 'utf8')
    writeFileSync(manifest, text.replace('stage: staging', 'stage: nowhere'))
    try {
      const run = await gates(needs('success', 'success'))
      expect(run.code).toBe(1)
      expect(posted()).toEqual([
        expect.objectContaining({
          state: 'failure',
          description: 'the registry is invalid (see the validate step)'
        })
      ])
    } finally {
      writeFileSync(manifest, text)
    }
  })

  it('cuts a description longer than GitHub keeps to 140 characters', async () => {
    const long = 'x'.repeat(200)
    const run = await gates({ [long]: { result: 'failure' } })
    expect(run.code).toBe(1)
    const [status] = posted()
    expect([...status.description!]).toHaveLength(140)
    expect(status.description).toBe(`the ${long}`.slice(0, 139) + '…')
  })

  it('posts nothing for a fork pull request, says why evaluations did not run, and fails', async () => {
    const before = remote.gh.requests.length
    const run = await gates(needs('skipped', 'skipped'), pullRequest('someone/models'))
    expect(run.code).toBe(1)
    expect(posted()).toEqual([])
    expect(remote.gh.requests.slice(before)).toEqual([])
    const why =
      'evaluations not run: the pull request comes from someone/models, not acme/models, and allow-untrusted is false'
    expect(run.stdout).toContain(`✖ modelgate/gates: failure: ${why}`)
    expect(run.stdout).toContain(
      "modelgate/gates not posted: the token of a pull request from someone/models cannot write commit statuses; this step's result stands in"
    )
    expect(run.summary).toContain(`## modelgate/gates: failure\n\n${why}\n`)
  })

  it('on a push or merge queue (no pull request) posts on GITHUB_SHA', async () => {
    const run = await gates(
      needs('success', 'success'),
      { name: 'merge_group', payload: { repository: { full_name: 'acme/models' } } },
      head
    )
    expect(run.code).toBe(0)
    expect(posted()).toEqual([expect.objectContaining({ sha: head, state: 'success' })])
  })

  it('refuses jobs that are not the JSON of needs, before posting anything', async () => {
    const run = await gates('{"plan": "success"}')
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      'input "jobs": job "plan" has result undefined; expected one of success, failure, cancelled, skipped'
    )
    const bad = await gates('needs')
    expect(bad.code).toBe(2)
    expect(bad.stdout).toMatch(
      /input "jobs" is not JSON \(.*\); expected \$\{\{ toJSON\(needs\) \}\}/
    )
    expect(posted()).toEqual([])
  })
})
