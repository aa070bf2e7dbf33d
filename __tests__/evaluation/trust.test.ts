/**
 * judgeTrust (SPEC §7) on real webhook payloads (@octokit/webhooks-examples),
 * written where the runner writes them and read the way getSettings reads
 * them: a pull request from the repository itself is trusted; one from a
 * fork, or any pull_request_target, is not; push and workflow_dispatch are.
 * A workflow_run is trusted when its head repository is the repository, not
 * when it is a fork's run; a pull request or workflow run event whose payload
 * does not say where the code comes from is not trusted.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { WebhookDefinition } from '@octokit/webhooks-examples'
import { judgeTrust } from '../../src/evaluation/trust.js'
import { readRunnerEvent } from '../../src/settings/runner-event.js'
import { tempDir } from '../helpers/registry-fixture.js'

const definitions = createRequire(import.meta.url)(
  '@octokit/webhooks-examples'
) as WebhookDefinition[]

function examples(name: string): Array<Record<string, unknown>> {
  const found = definitions.find(d => d.name === name)?.examples
  if (!found?.length) throw new Error(`@octokit/webhooks-examples has no ${name} example`)
  return found as unknown as Array<Record<string, unknown>>
}

const dir = tempDir('modelgate-trust-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0

/** The verdict on a payload delivered as `eventName`, through the runner's event file. */
function verdict(eventName: string, payload: unknown) {
  const file = path.join(dir, `event-${++files}.json`)
  writeFileSync(file, JSON.stringify(payload))
  return judgeTrust(readRunnerEvent({ GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: file }))
}

type PullRequestPayload = {
  action: string
  pull_request: {
    head: { repo: { full_name: string; fork: boolean; owner: { login: string } } | null }
    base: { repo: { full_name: string } }
  }
}

/** The same pull request, opened from `owner`'s fork of the repository. */
function fromFork(payload: Record<string, unknown>, owner: string): PullRequestPayload {
  const pr = structuredClone(payload) as unknown as PullRequestPayload
  const head = pr.pull_request.head.repo!
  const name = head.full_name.split('/')[1]
  pr.pull_request.head.repo = {
    ...head,
    full_name: `${owner}/${name}`,
    fork: true,
    owner: { ...head.owner, login: owner }
  }
  return pr
}

const pullRequests = examples('pull_request')

/** it.each rows: [the payload's action, the payload]. */
const byAction = (payloads: Array<Record<string, unknown>>) =>
  payloads.map((p): [string, Record<string, unknown>] => [String(p.action), p])

describe('judgeTrust on real payloads', () => {
  it('has same-repository pull requests to judge', () => {
    for (const p of pullRequests as unknown as PullRequestPayload[]) {
      expect(p.pull_request.head.repo?.full_name).toBe(p.pull_request.base.repo.full_name)
    }
  })

  it.each(byAction(pullRequests))(
    'trusts a pull_request (%s) from the repository itself',
    (_action, payload) => {
      expect(verdict('pull_request', payload)).toEqual({ trusted: true })
    }
  )

  it.each(byAction(examples('pull_request_review')))(
    'judges other events about a same-repository pull request the same way (review %s)',
    (_action, payload) => {
      expect(verdict('pull_request_review', payload)).toEqual({ trusted: true })
    }
  )

  it.each(byAction(pullRequests.slice(0, 3)))(
    'does not trust a pull_request (%s) from a fork',
    (_action, payload) => {
      const base = (payload as unknown as PullRequestPayload).pull_request.base.repo.full_name
      expect(verdict('pull_request', fromFork(payload, 'mallory'))).toEqual({
        trusted: false,
        reason: `the pull request comes from mallory/${base.split('/')[1]}, not ${base}`
      })
    }
  )

  it('does not trust a pull request whose head repository was deleted', () => {
    const pr = structuredClone(pullRequests[0]) as unknown as PullRequestPayload
    pr.pull_request.head.repo = null
    expect(verdict('pull_request', pr)).toEqual({
      trusted: false,
      reason: `the pull request comes from a deleted repository, not ${pr.pull_request.base.repo.full_name}`
    })
  })

  it.each(byAction(pullRequests.slice(0, 3)))(
    'never trusts pull_request_target (%s), even from the repository itself',
    (_action, payload) => {
      expect(verdict('pull_request_target', payload)).toEqual({
        trusted: false,
        reason: 'the event is pull_request_target'
      })
    }
  )

  it.each(examples('push').map((p, i) => [i, p]))('trusts push example %i', (_i, payload) => {
    expect(verdict('push', payload)).toEqual({ trusted: true })
  })

  it.each(examples('workflow_dispatch').map((p, i) => [i, p]))(
    'trusts workflow_dispatch example %i',
    (_i, payload) => {
      expect(verdict('workflow_dispatch', payload)).toEqual({ trusted: true })
    }
  )

  it('trusts a run outside Actions (no event at all)', () => {
    expect(judgeTrust(readRunnerEvent({}))).toEqual({ trusted: true })
  })
})

type WorkflowRunPayload = {
  repository: { full_name: string }
  workflow_run: {
    head_repository: { full_name: string; fork?: boolean } | null
    repository: { full_name: string }
  }
}

const workflowRuns = examples('workflow_run') as unknown as WorkflowRunPayload[]
/** The examples in which the run's head is the repository the job runs in. */
const sameRepository = workflowRuns.filter(
  p => p.workflow_run.head_repository?.full_name === p.repository.full_name
)

describe('judgeTrust on workflow_run payloads', () => {
  it('has workflow runs of the repository itself to judge', () => {
    expect(sameRepository.length).toBeGreaterThanOrEqual(3)
  })

  it.each(sameRepository.map((p, i) => [i, p]))(
    'trusts a workflow_run whose head is the repository (example %i)',
    (_i, payload) => {
      expect(verdict('workflow_run', payload)).toEqual({ trusted: true })
    }
  )

  /** The run, as if its head were `head` (a fork's run), or gone (null). */
  function withHead(payload: WorkflowRunPayload, head: string | null): WorkflowRunPayload {
    const run = structuredClone(payload)
    run.workflow_run.head_repository =
      head === null ? null : { ...run.workflow_run.head_repository!, full_name: head, fork: true }
    return run
  }

  const base = sameRepository[0]
  const repo = base.repository.full_name
  it.each<[string, unknown, string]>([
    ['from a fork', withHead(base, 'mallory/octo-repo'), `mallory/octo-repo, not ${repo}`],
    [
      'whose head repository was deleted',
      withHead(base, null),
      `an unknown or deleted repository, not ${repo}`
    ],
    [
      'whose head repository has no name',
      { ...base, workflow_run: { ...base.workflow_run, head_repository: {} } },
      `an unknown or deleted repository, not ${repo}`
    ],
    [
      'whose job runs in another repository than the run it follows',
      { ...base, repository: { full_name: 'acme/other' } },
      `${repo}, not acme/other`
    ],
    [
      'with no workflow_run in its payload',
      { repository: base.repository },
      'an unknown or deleted repository, not this repository'
    ]
  ])('does not trust a workflow_run %s', (_name, payload, from) => {
    expect(verdict('workflow_run', payload)).toEqual({
      trusted: false,
      reason: `the workflow run comes from ${from}`
    })
  })

  it('does not trust a workflow_run event without a payload', () => {
    expect(judgeTrust(readRunnerEvent({ GITHUB_EVENT_NAME: 'workflow_run' }))).toEqual({
      trusted: false,
      reason: 'the workflow run comes from an unknown or deleted repository, not this repository'
    })
  })
})

describe('judgeTrust on pull request events that do not say where the code comes from', () => {
  it.each<[string, unknown]>([
    ['pull_request', undefined],
    ['pull_request', {}],
    ['pull_request', { pull_request: null }],
    ['pull_request_review', { action: 'submitted' }],
    ['pull_request_review_comment', undefined]
  ])('does not trust %s with payload %j', (name, payload) => {
    const event =
      payload === undefined
        ? readRunnerEvent({ GITHUB_EVENT_NAME: name })
        : readRunnerEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: write(payload) })
    expect(judgeTrust(event)).toEqual({
      trusted: false,
      reason: `the ${name} event's payload does not say where the pull request comes from`
    })
  })
})

function write(payload: unknown): string {
  const file = path.join(dir, `event-${++files}.json`)
  writeFileSync(file, JSON.stringify(payload))
  return file
}

describe('readRunnerEvent on real payloads', () => {
  it('reads the default branch of push and workflow_dispatch payloads', () => {
    for (const name of ['push', 'workflow_dispatch']) {
      for (const payload of examples(name)) {
        const file = path.join(dir, `${name}-${++files}.json`)
        writeFileSync(file, JSON.stringify(payload))
        const event = readRunnerEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file })
        const repository = payload.repository as { default_branch: string }
        expect(event).toEqual({
          name,
          file,
          defaultBranch: repository.default_branch,
          pullRequest: undefined
        })
      }
    }
  })

  it('reads the head and base repositories of a pull request', () => {
    const file = path.join(dir, `pr-${++files}.json`)
    writeFileSync(file, JSON.stringify(fromFork(pullRequests[0], 'octocat')))
    expect(readRunnerEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file })).toEqual(
      {
        name: 'pull_request',
        file,
        defaultBranch: 'master',
        pullRequest: {
          head: 'octocat/Hello-World',
          base: 'Codertocat/Hello-World',
          // The commit the gates status goes on (validate commit-status).
          headSha: (pullRequests[0] as unknown as { pull_request: { head: { sha: string } } })
            .pull_request.head.sha
        }
      }
    )
  })
})
