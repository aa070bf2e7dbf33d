/**
 * The evaluation cache inside Actions (SPEC §4): the action, run in-process
 * the way the runner runs it, against a loopback stand-in of the Actions
 * cache service (helpers/cache-service.ts) spoken to by the real
 * @actions/cache client, tar and zstd. Each "job" is a fresh checkout of the
 * same repository with its own output folder: a second job restores what the
 * first saved and runs nothing, plan sees the entry without downloading it,
 * and an untrusted run saves nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { startCacheService, type CacheServiceStandIn } from '../helpers/cache-service.js'
import { countingRegistry, PREDICTIONS, runsIn } from '../helpers/counting-evaluation.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { tempDir, type Fixture } from '../helpers/registry-fixture.js'

let fx: Fixture
let service: CacheServiceStandIn
const jobs: string[] = []

beforeAll(async () => {
  fx = countingRegistry()
  service = await startCacheService()
})
afterAll(async () => {
  fx.cleanup()
  for (const dir of jobs) rmSync(dir, { recursive: true, force: true })
  await service.close()
})

/** A fresh checkout of the repository, as a new job's `actions/checkout` gives. */
function checkout(): string {
  const dir = path.join(tempDir('modelgate-job-'), 'models-repo')
  cpSync(fx.dir, dir, { recursive: true })
  jobs.push(path.dirname(dir))
  return dir
}

function evaluateJob(workspace: string, event?: { name: string; payload: unknown }) {
  return runActionInProcess({
    inputs: {
      command: 'evaluate',
      model: 'clf',
      version: '1.2.0',
      'upload-artifact': 'false',
      'allow-untrusted': event ? 'true' : 'false'
    },
    workspace,
    env: { ...service.env, GITHUB_RUN_ID: String(100 + jobs.length) },
    event
  })
}

const resultIn = (workspace: string) =>
  JSON.parse(readFileSync(path.join(workspace, '.modelgate/clf/1.2.0/result.json'), 'utf8'))

describe('evaluate with the Actions cache', () => {
  it('a second job restores the first job’s result and runs nothing', async () => {
    const first = checkout()
    const run1 = await evaluateJob(first)
    expect(run1.code).toBe(0)
    expect(runsIn(first)).toBe(1)
    const saved = resultIn(first)
    expect(saved.cache).toEqual({ key: expect.any(String), hit: false })
    expect(service.entries.get([...service.entries.keys()][0]!)).toMatchObject({
      key: saved.cache.key,
      finalized: true
    })
    expect(run1.stdout).toContain(`clf 1.2.0: saved to the Actions cache`)

    const second = checkout()
    const run2 = await evaluateJob(second)
    expect(run2.code).toBe(0)
    expect(runsIn(second)).toBe(0)
    expect(run2.stdout).toMatch(
      /clf 1\.2\.0: cached \(key modelgate-evaluation-[0-9a-f]{12}, from run https:\/\/github\.com\/acme\/models\/actions\/runs\/10\d\)/
    )
    const restored = resultIn(second)
    const { cache: _saved, ...savedRest } = saved
    const { cache: restoredCache, ...restoredRest } = restored
    void _saved
    expect(restoredRest).toEqual(savedRest)
    expect(restoredCache).toMatchObject({ key: saved.cache.key, hit: true })
    expect(readFileSync(path.join(second, '.modelgate/clf/1.2.0/predictions.csv'), 'utf8')).toBe(
      PREDICTIONS
    )
    // What the toolkit unpacked below the output folder is gone once read.
    expect(() => readFileSync(path.join(second, '.modelgate/.cache'))).toThrow()
  })

  it('plan marks the cached entry without downloading it', async () => {
    const downloads = service.requests.filter(r => r.kind === 'Download').length
    const run = await runActionInProcess({
      inputs: { command: 'plan' },
      workspace: checkout(),
      env: service.env
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.matrix).include).toContainEqual({
      model: 'clf',
      version: '1.2.0',
      cached: true
    })
    expect(JSON.parse(run.outputs.matrix).include).toContainEqual({
      model: 'clf',
      version: '1.3.0'
    })
    expect(service.requests.filter(r => r.kind === 'Download').length).toBe(downloads)
  })

  it('an untrusted run (a fork’s pull request, allow-untrusted) creates no entry', async () => {
    fx.edit(
      'inputs: [tools/*.mjs, tools/mode.txt]',
      'inputs: [tools/*.mjs, tools/mode.txt, data/*]'
    )
    const creates = service.requests.filter(r => r.kind === 'CreateCacheEntry').length
    const workspace = checkout()
    const run = await evaluateJob(workspace, {
      name: 'pull_request',
      payload: {
        pull_request: {
          number: 7,
          head: { repo: { full_name: 'someone/models' } },
          base: { repo: { full_name: 'acme/models' } }
        }
      }
    })
    expect(run.code).toBe(0)
    expect(runsIn(workspace)).toBe(1)
    expect(run.stdout).toContain('not saved to the evaluation cache: this run is not trusted')
    expect(service.requests.filter(r => r.kind === 'CreateCacheEntry').length).toBe(creates)
  })
})
