/**
 * `download-artifact: true` of compare and promote: the results a matrix of evaluate jobs
 * uploaded to this workflow run come back through the real @actions/artifact client (list,
 * signed URL, blob download) from the artifact service stand-in, in another job of the run
 * than the one that uploaded them, the latest attempt of each,
 * into `<output-dir>/<model>/<version>/`, replacing what a previous run left there. The action
 * runs in-process, as the runner would run the step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createArtifactUploader } from '../../src/adapters/artifact.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { startArtifactService, type ArtifactServiceStandIn } from '../helpers/artifact-service.js'
import {
  modelBytes,
  sha256,
  tempDir,
  validRegistry,
  type Fixture
} from '../helpers/registry-fixture.js'

let service: ArtifactServiceStandIn
let fx: Fixture

/** A result.json as evaluate writes it for clf `version` (or its benchmark copy of 1.1.0). */
function result(version: string, accuracy: number): string {
  const target = version === 'benchmark' ? 'benchmark' : 'version'
  const v = version === 'benchmark' ? '1.1.0' : version
  return JSON.stringify({
    schema: 'modelgate/result/v1',
    status: 'ok',
    model: 'clf',
    version: v,
    target,
    stage: version === 'benchmark' ? 'benchmark' : 'staging',
    files: {
      'model.bin': sha256(modelBytes('clf', v, 'model.bin')),
      'labels.json': sha256(modelBytes('clf', v, 'labels.json'))
    },
    data: {},
    metrics: { accuracy, latency_ms: 20 },
    commands: [],
    startedAt: '2026-12-01T12:00:00.000Z',
    durationMs: 1,
    runner: {}
  })
}

/** What an evaluate job of `attempt` uploads: a folder with result.json, via the real client. */
async function uploadEvaluation(version: string, attempt: number, accuracy: number) {
  const folder = path.join(tempDir('modelgate-evaluated-'), version)
  mkdirSync(folder, { recursive: true })
  writeFileSync(path.join(folder, 'result.json'), result(version, accuracy))
  writeFileSync(path.join(folder, `attempt-${attempt}.log`), `attempt ${attempt}\n`)
  const saved = { ...process.env }
  const write = process.stdout.write
  // The client logs each upload to stdout, as it would in the evaluate job's log.
  process.stdout.write = (() => true) as typeof process.stdout.write
  Object.assign(process.env, service.env)
  try {
    const client = await createArtifactUploader(process.env)
    await client!.upload(`modelgate-clf-${version}-attempt-${attempt}`, folder)
  } finally {
    process.stdout.write = write
    for (const key of Object.keys(service.env)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

/** A step of the compare or promote job: another job of the run than the evaluate jobs. */
const step = (inputs: Record<string, string>, env: Record<string, string> = service.anotherJob()) =>
  runActionInProcess({
    inputs: { model: 'clf', 'download-artifact': 'true', ...inputs },
    workspace: fx.dir,
    env
  })

beforeAll(async () => {
  service = await startArtifactService()
  fx = validRegistry()
  // Significance needs predictions; these results carry metrics only.
  fx.edit(
    'compare: { primary: [accuracy], significance: 0.05 }',
    'compare: { primary: [accuracy] }'
  )
  // The first attempt of 1.2.0 was worse; the re-run of the failed jobs made attempt 2.
  await uploadEvaluation('1.2.0', 1, 0.8)
  await uploadEvaluation('1.2.0', 2, 0.95)
  await uploadEvaluation('benchmark', 1, 0.91)
  // Another version's results are not picked up.
  await uploadEvaluation('1.3.0', 1, 0.5)
}, 60_000)

afterAll(async () => {
  await service.close()
  fx.cleanup()
})

describe('compare with download-artifact', () => {
  it("compares the latest attempt's results, downloaded over what a previous run left", async () => {
    const stale = path.join(fx.dir, '.modelgate/clf/1.2.0')
    mkdirSync(stale, { recursive: true })
    writeFileSync(path.join(stale, 'result.json'), result('1.2.0', 0.1))
    writeFileSync(path.join(stale, 'left-over.txt'), 'from an earlier run\n')

    const run = await step({ command: 'compare', version: '1.2.0' })
    expect([run.code, run.outputs.decision]).toEqual([0, 'pass'])
    expect(run.stdout).toContain(
      `clf 1.2.0: modelgate-clf-1.2.0-attempt-2 -> ${path.join(fx.dir, '.modelgate/clf/1.2.0')}`
    )
    expect(run.stdout).toContain('clf benchmark: modelgate-clf-benchmark-attempt-1 -> ')
    const compared = JSON.parse(run.outputs.result)
    expect(compared.benchmark).toMatchObject({ version: '1.1.0', source: 'results' })
    expect(compared.metrics.find((m: { name: string }) => m.name === 'accuracy')).toMatchObject({
      candidate: 0.95,
      benchmark: 0.91
    })
    expect(existsSync(path.join(stale, 'attempt-2.log'))).toBe(true)
    expect(existsSync(path.join(stale, 'attempt-1.log'))).toBe(false)
    expect(existsSync(path.join(stale, 'left-over.txt'))).toBe(false)
    expect(service.requests.filter(r => r.kind === 'GetBlob').map(r => r.status)).toEqual([
      200, 200
    ])
  })

  it('says so when the candidate has no results in this run (its evaluate job failed)', async () => {
    const run = await step({ command: 'compare', version: '1.0.0' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      'no evaluation results for clf 1.0.0 in this workflow run: its evaluate job failed before uploading them, or did not run (artifacts: modelgate-clf-1.2.0-attempt-1, modelgate-clf-1.2.0-attempt-2, modelgate-clf-benchmark-attempt-1, modelgate-clf-1.3.0-attempt-1)'
    )
  })

  it('needs the version whose results to download', async () => {
    const run = await step({ command: 'compare', 'candidate-results': '.modelgate/clf/1.2.0' })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      'download-artifact needs "version": the candidate whose results to download'
    )
  })

  it('is an environment error outside a workflow run, with what to do instead', async () => {
    const run = await step({ command: 'compare', version: '1.2.0' }, {})
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      'download-artifact: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set only for action steps of a workflow run); give the results as candidate-results/benchmark-results instead'
    )
  })
})

describe('promote with download-artifact', () => {
  it('checks the target stage gates on the downloaded results (dry run)', async () => {
    const folder = path.join(fx.dir, '.modelgate/clf/1.2.0')
    const run = await step({
      command: 'promote',
      version: '1.2.0',
      to: 'production',
      'dry-run': 'true'
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`clf 1.2.0: modelgate-clf-1.2.0-attempt-2 -> ${folder}`)
    expect(JSON.parse(readFileSync(path.join(folder, 'result.json'), 'utf8')).metrics).toEqual({
      accuracy: 0.95,
      latency_ms: 20
    })
  })
})
