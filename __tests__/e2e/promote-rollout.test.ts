/**
 * Gradual rollout (SPEC §5) through the action's entry (src/main.ts
 * in-process, as the runner runs the bundle) against the GitHub REST
 * stand-in: the example's production stage declares
 * `rollout: { steps: [10, 50, 100] }` (in a temporary copy), and promoting
 * 1.2.0 staging → production three times opens three pull requests, each
 * merged before the next run. A separate registry rolls back after the 10%
 * step. Every merged state is validated by the CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { runCliProcess, type ActionRun } from '../helpers/action-runner.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { exampleRepo, sklearnPath } from '../helpers/examples.js'
import { apiEnv, git, publishRepo, TOKEN, type RemoteRepo } from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'
import { tempDir } from '../helpers/registry-fixture.js'
import { changedLines } from '../changes/line-diff.js'

const MODEL = 'breast-cancer'
const MANIFEST = 'models/registry.yaml'
const at = (stage: string, version: string) => `models/${stage}/${MODEL}/${version}`

interface Manifest {
  models: Record<string, { versions: Array<Record<string, unknown>> }>
  history: Array<Record<string, unknown>>
}

/** The example as a user has it, its production stage rolling out in three steps. */
async function rolloutRemote(): Promise<RemoteRepo> {
  const source = exampleRepo('sklearn-classifier')
  source.edit('    capacity: 1 ', '    rollout: { steps: [10, 50, 100] }\n    capacity: 1 ')
  const remote = await publishRepo(source.dir)
  source.cleanup()
  return remote
}

function run(remote: RemoteRepo, workspace: string, inputs: Record<string, string>) {
  return runActionInProcess({
    inputs: { model: MODEL, token: TOKEN, ...inputs },
    workspace,
    env: apiEnv(remote.gh)
  })
}

function explain(r: ActionRun): string {
  return `exit ${r.code}\n${r.stdout}\n${r.stderr}`
}

function versionsAt(remote: RemoteRepo, rev: string): Record<string, Record<string, unknown>> {
  const doc = parse(remote.show(rev, MANIFEST)) as Manifest
  return Object.fromEntries(doc.models[MODEL].versions.map(v => [v.version as string, v]))
}

function validate(dir: string) {
  const check = runCliProcess(['validate'], dir)
  return { status: check.status, stderr: check.stderr }
}

/** The evaluation results of the first registry, kept for the second (same bytes, same digests). */
let evaluated: string | undefined
afterAll(() => {
  if (evaluated) rmSync(evaluated, { recursive: true, force: true })
})

describe('promote 1.2.0 to a production stage with rollout [10, 50, 100]', () => {
  let remote: RemoteRepo
  let ws: string
  const runs: ActionRun[] = []
  /** main after each merge, the initial commit first. */
  const heads: string[] = []
  const validations: Array<{ status: number | null; stderr: string }> = []

  beforeAll(async () => {
    remote = await rolloutRemote()
    ws = remote.clone()
    heads.push(git(ws, 'rev-parse', 'HEAD'))
    for (const version of ['benchmark', '1.2.0']) {
      const ev = await cli(['evaluate', '--model', MODEL, '--version', version], ws, {
        PATH: sklearnPath()
      })
      if (ev.code !== 0) throw new Error(`evaluate ${version} failed: ${ev.stderr}`)
    }
    evaluated = tempDir('modelgate-rollout-results-')
    cpSync(path.join(ws, '.modelgate'), evaluated, { recursive: true })
    for (let step = 0; step < 3; step++) {
      const r = await run(remote, ws, { command: 'promote', version: '1.2.0', to: 'production' })
      runs.push(r)
      if (r.code !== 0) throw new Error(explain(r))
      remote.gh.mergePullRequest(Number(r.outputs['pull-request-number']))
      git(ws, 'pull', '-q', '--ff-only')
      heads.push(git(ws, 'rev-parse', 'HEAD'))
      validations.push(validate(ws))
    }
  }, 300000)
  afterAll(() => remote.close())

  it('opens one pull request per step, each titled with the traffic it moves', () => {
    expect(
      runs.map(r => [r.outputs['pull-request-number'], r.outputs['pull-request-operation']])
    ).toEqual([
      ['1', 'created'],
      ['2', 'created'],
      ['3', 'created']
    ])
    expect(remote.gh.pulls.map(p => [p.title, p.head, p.merged])).toEqual([
      [
        `Roll out ${MODEL} 1.2.0 in production: staging → 10%`,
        `modelgate/promote/${MODEL}-to-production`,
        true
      ],
      [
        `Roll out ${MODEL} 1.2.0 in production: 10% → 50%`,
        `modelgate/promote/${MODEL}-to-production`,
        true
      ],
      [
        `Roll out ${MODEL} 1.2.0 in production: 50% → 100%`,
        `modelgate/promote/${MODEL}-to-production`,
        true
      ]
    ])
    expect(remote.gh.pulls[1].body).toContain(
      "**1.2.0** serves 50% of production's traffic; **1.1.0** keeps the rest."
    )
  })

  it('validates after every merge', () => {
    expect(validations).toEqual([
      { status: 0, stderr: expect.not.stringMatching(/error/) },
      { status: 0, stderr: expect.not.stringMatching(/error/) },
      { status: 0, stderr: expect.not.stringMatching(/error/) }
    ])
  })

  it('step 1 moves the folder in beside the incumbent at 10%; nothing is archived', () => {
    const [initial, first] = heads
    expect(remote.objectAt(first, at('production', '1.2.0'))).toBe(
      remote.objectAt(initial, at('staging', '1.2.0'))
    )
    expect(remote.objectAt(first, at('production', '1.1.0'))).toBe(
      remote.objectAt(initial, at('production', '1.1.0'))
    )
    expect(remote.objectAt(first, at('benchmark', '1.1.0'))).toBeDefined()
    const versions = versionsAt(remote, first)
    expect(versions['1.2.0']).toMatchObject({ stage: 'production', traffic: 10 })
    expect(versions['1.1.0'].stage).toBe('production')
    expect(versions['1.1.0'].traffic).toBeUndefined()
  })

  it('step 2 changes only the manifest: traffic 10 → 50 and one history entry', () => {
    const [, first, second] = heads
    expect(git(remote.bare, 'diff', '--name-only', first, second)).toBe(MANIFEST)
    const { removed, added } = changedLines(
      remote.show(first, MANIFEST),
      remote.show(second, MANIFEST)
    )
    expect(removed).toEqual(['        traffic: 10'])
    expect(added).toEqual([
      '        traffic: 50',
      expect.stringMatching(
        /^ {2}- \{ at: .*, model: breast-cancer, version: "?1\.2\.0"?, from: production, to: production, actor: octocat, run: .*, traffic: 50 \}$/
      )
    ])
  })

  it('step 3 archives 1.1.0 with retired, refreshes the benchmark and drops traffic', () => {
    const [initial, , , last] = heads
    const versions = versionsAt(remote, last)
    expect(versions['1.2.0'].stage).toBe('production')
    expect('traffic' in versions['1.2.0']).toBe(false)
    expect(versions['1.1.0']).toMatchObject({
      stage: 'archived',
      retired: { reason: 'replaced', replacedBy: '1.2.0', actor: 'octocat' }
    })
    expect(remote.objectAt(last, at('archived', '1.1.0'))).toBe(
      remote.objectAt(initial, at('production', '1.1.0'))
    )
    expect(remote.objectAt(last, at('benchmark', '1.2.0'))).toBe(
      remote.objectAt(initial, at('staging', '1.2.0'))
    )
    expect(remote.objectAt(last, at('benchmark', '1.1.0'))).toBeUndefined()
    const history = (parse(remote.show(last, MANIFEST)) as Manifest).history
    expect(history.slice(-3).map(h => [h.from, h.to, h.traffic])).toEqual([
      ['staging', 'production', 10],
      ['production', 'production', 50],
      ['production', 'production', 100]
    ])
  })

  it('refuses a fourth promote: the version is in production with all traffic', async () => {
    const seen = remote.gh.requests.length
    const r = await run(remote, ws, { command: 'promote', version: '1.2.0', to: 'production' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::breast-cancer 1.2.0 is already in production')
    expect(remote.gh.requests.slice(seen)).toEqual([])
  })
})

describe('rollback after the 10% step', () => {
  let remote: RemoteRepo
  let ws: string
  let initial: string
  let rollback: ActionRun

  beforeAll(async () => {
    remote = await rolloutRemote()
    ws = remote.clone()
    initial = git(ws, 'rev-parse', 'HEAD')
    if (!evaluated) throw new Error('the rollout above evaluates the versions first')
    cpSync(evaluated, path.join(ws, '.modelgate'), { recursive: true })
    const step = await run(remote, ws, { command: 'promote', version: '1.2.0', to: 'production' })
    if (step.code !== 0) throw new Error(explain(step))
    remote.gh.mergePullRequest(Number(step.outputs['pull-request-number']))
    git(ws, 'pull', '-q', '--ff-only')
    rollback = await run(remote, ws, { command: 'rollback' })
    if (rollback.code !== 0) throw new Error(explain(rollback))
    remote.gh.mergePullRequest(Number(rollback.outputs['pull-request-number']))
    git(ws, 'pull', '-q', '--ff-only')
  }, 180000)
  afterAll(() => remote.close())

  it('opens a rollback pull request that stops the rollout', () => {
    expect(rollback.outputs['pull-request-operation']).toBe('created')
    const pr = remote.gh.pulls.find(p => p.head === `modelgate/rollback/${MODEL}`)!
    expect(pr.title).toBe(`Roll back the rollout of ${MODEL} 1.2.0 (10%): all traffic to 1.1.0`)
  })

  it('restores the incumbent with all traffic; the candidate is archived as rolled back', () => {
    const versions = versionsAt(remote, 'main')
    expect(versions['1.1.0'].stage).toBe('production')
    expect('traffic' in versions['1.1.0']).toBe(false)
    expect(versions['1.2.0']).toMatchObject({
      stage: 'archived',
      retired: { reason: 'rolled-back', replacedBy: '1.1.0', actor: 'octocat' }
    })
    expect('traffic' in versions['1.2.0']).toBe(false)
    // the incumbent and its benchmark copy never moved
    for (const where of [at('production', '1.1.0'), at('benchmark', '1.1.0')]) {
      expect(remote.objectAt('main', where)).toBe(remote.objectAt(initial, where))
    }
    expect(remote.objectAt('main', at('archived', '1.2.0'))).toBe(
      remote.objectAt(initial, at('staging', '1.2.0'))
    )
    expect(remote.objectAt('main', at('production', '1.2.0'))).toBeUndefined()
    const last = (parse(remote.show('main', MANIFEST)) as Manifest).history.at(-1)
    expect(last).toMatchObject({
      version: '1.2.0',
      from: 'production',
      to: 'archived',
      reason: 'rollout stopped at 10%; all traffic back to 1.1.0'
    })
  })

  it('validates', () => {
    const check = validate(ws)
    expect(check.stderr).not.toMatch(/error/)
    expect(check.status).toBe(0)
  })
})
