/**
 * evaluate through the bundled action: real scikit-learn evaluations of the
 * example, results uploaded to a loopback artifact service, and the trust
 * rule of SPEC §7 with real event payloads.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'
import { startArtifactService, type ArtifactServiceStandIn } from '../helpers/artifact-service.js'
import { runAction } from '../helpers/action-runner.js'
import { exampleRepo, sklearnPath } from '../helpers/examples.js'
import type { Fixture } from '../helpers/registry-fixture.js'

/**
 * How far a retrained 1.2.0's test metrics may be from the recorded ones. Coefficients that
 * differ in their last bits can only change a metric by flipping the prediction of a test row
 * that sits on the decision boundary. Of the 171 test rows (64 malignant, 107 benign), one
 * flip moves accuracy by 1/171 ≈ 0.006 and a macro-averaged precision, recall or F1 by under
 * 0.009; roc_auc moves by 1/(64 × 107) ≈ 0.00015 per swapped pair. 0.01 allows one flipped row,
 * and is far below a real change of recipe (1.1.0's accuracy is 0.918, 1.2.0's 0.959).
 */
const METRIC_TOLERANCE = 0.01

interface Manifest {
  models: Record<string, { versions: Array<{ version: string; metrics: Record<string, number> }> }>
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('dist/index.js evaluate on the scikit-learn example', () => {
  let fx: Fixture
  let service: ArtifactServiceStandIn
  beforeAll(async () => {
    fx = exampleRepo('sklearn-classifier')
    service = await startArtifactService()
  })
  afterAll(async () => {
    fx.cleanup()
    await service.close()
  })

  it('evaluates a version for real, records what it evaluated, uploads the folder', async () => {
    const run = await runAction({
      inputs: { command: 'evaluate', model: 'breast-cancer', version: '1.2.0' },
      workspace: fx.dir,
      env: { PATH: sklearnPath(), ...service.env, GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    const result = JSON.parse(
      readFileSync(path.join(fx.dir, '.modelgate/breast-cancer/1.2.0/result.json'), 'utf8')
    )
    const recorded = (load(fx.manifest()) as Manifest).models['breast-cancer'].versions.find(
      v => v.version === '1.2.0'
    )!
    // The example's recorded metrics are what evaluating it really gives.
    for (const [name, value] of Object.entries(recorded.metrics))
      expect(result.metrics[name]).toBeCloseTo(value, 12)
    expect(result).toMatchObject({
      status: 'ok',
      model: 'breast-cancer',
      version: '1.2.0',
      stage: 'staging',
      predictions: 'predictions.csv'
    })
    expect(Object.keys(result.files)).toEqual(['model.joblib', 'model.json'])
    expect(result.data['data/test.csv']).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(result.confusionMatrix.labels).toEqual(['0', '1'])
    // Computed from predictions.csv and checked against what the script reported.
    expect(result.computedMetrics.accuracy).toBeCloseTo(recorded.metrics.accuracy, 12)
    // The log group and the command's own output are in the step log.
    expect(run.stdout).toContain(
      '::group::evaluate breast-cancer 1.2.0: python3 evaluate.py --model'
    )
    expect(run.stdout).toContain('evaluated 171 rows')

    const artifact = service.artifacts.get('modelgate-breast-cancer-1.2.0-attempt-2')
    expect(artifact?.finalized).toBe(true)
    const zip = path.join(fx.dir, '..', `${path.basename(fx.dir)}-artifact.zip`)
    execFileSync('bash', ['-c', 'cat > "$1"', '_', zip], { input: artifact!.zip })
    const listed = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort()
    expect(listed).toEqual(['metrics.json', 'predictions.csv', 'result.json'])
    expect(
      JSON.parse(execFileSync('unzip', ['-p', zip, 'result.json'], { encoding: 'utf8' })).status
    ).toBe('ok')
  })

  it('evaluates the benchmark copy into <output-dir>/<model>/benchmark/', async () => {
    const run = await runAction({
      inputs: { command: 'evaluate', model: 'breast-cancer', version: 'benchmark' },
      workspace: fx.dir,
      env: { PATH: sklearnPath() }
    })
    expect(run.code).toBe(0)
    const result = JSON.parse(
      readFileSync(path.join(fx.dir, '.modelgate/breast-cancer/benchmark/result.json'), 'utf8')
    )
    expect(result).toMatchObject({
      status: 'ok',
      target: 'benchmark',
      version: '1.1.0',
      stage: 'benchmark'
    })
    expect(result.commands[0].argv).toContain(
      path.join(fx.dir, 'models/benchmark/breast-cancer/1.1.0')
    )
    // Without an artifact service inside Actions, a warning says where the results stay.
    expect(run.stdout).toContain('::warning::results not uploaded: no artifact service here')
  })

  it('with train: true, trains a new version for real and evaluates what it trained', async () => {
    const run = await runAction({
      inputs: {
        command: 'evaluate',
        model: 'breast-cancer',
        version: '1.4.0',
        train: 'true',
        'upload-artifact': 'false'
      },
      workspace: fx.dir,
      env: { PATH: sklearnPath() }
    })
    expect(run.code).toBe(0)
    const dir = path.join(fx.dir, '.modelgate/breast-cancer/1.4.0')
    const result = JSON.parse(readFileSync(path.join(dir, 'result.json'), 'utf8'))
    expect(result).toMatchObject({ status: 'ok', version: '1.4.0', stage: 'trained' })
    expect(result.commands.map((c: { name: string }) => c.name)).toEqual(['train', 'evaluate'])
    expect(result.commands[1].argv).toEqual([
      'python3',
      'evaluate.py',
      '--model',
      dir,
      '--out',
      dir
    ])
    // Retraining is not reproducible byte for byte across machines: the BLAS kernel and the CPU
    // change the last bits of the fitted coefficients, and model.joblib holds them as they are.
    // What it must guarantee instead:
    // - result.json records the digests of the very bytes the training wrote;
    expect(Object.keys(result.files)).toEqual(['model.joblib', 'model.json'])
    for (const [file, digest] of Object.entries(result.files)) {
      expect(digest).toBe(`sha256:${sha256(readFileSync(path.join(dir, file)))}`)
    }
    // - train.py's defaults are 1.2.0's settings (model.json also names library versions,
    //   which belong to the machine);
    const settings = (file: string) => {
      const { versions: _versions, ...rest } = JSON.parse(readFileSync(file, 'utf8'))
      return rest
    }
    expect(settings(path.join(dir, 'model.json'))).toEqual(
      settings(path.join(fx.dir, 'models/staging/breast-cancer/1.2.0/model.json'))
    )
    // - what it trained scores as 1.2.0 does, within METRIC_TOLERANCE, both by the script's
    //   metrics and by the ones modelgate computes from predictions.csv.
    const recorded = (load(fx.manifest()) as Manifest).models['breast-cancer'].versions.find(
      v => v.version === '1.2.0'
    )!
    const outside = (metrics: Record<string, number>) =>
      Object.entries(recorded.metrics)
        .filter(([name]) => name in metrics)
        .filter(([name, value]) => !(Math.abs(metrics[name] - value) <= METRIC_TOLERANCE))
        .map(([name, value]) => `${name}: ${metrics[name]}, 1.2.0 records ${value}`)
    expect(Object.keys(result.metrics)).toEqual(
      expect.arrayContaining(Object.keys(recorded.metrics))
    )
    expect(outside(result.metrics)).toEqual([])
    expect(Object.keys(result.computedMetrics)).toContain('accuracy')
    expect(outside(result.computedMetrics)).toEqual([])
  })

  it('refuses to run manifest commands for pull_request_target', async () => {
    const run = await runAction({
      inputs: { command: 'evaluate', model: 'breast-cancer', version: '1.2.0' },
      workspace: fx.dir,
      env: { PATH: sklearnPath() },
      event: {
        name: 'pull_request_target',
        payload: {
          pull_request: {
            head: { repo: { full_name: 'acme/models' } },
            base: { repo: { full_name: 'acme/models' } }
          }
        }
      }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::refusing to run manifest commands: the event is pull_request_target.'
    )
  })

  it('refuses a fork pull request unless allow-untrusted is true', async () => {
    const event = {
      name: 'pull_request',
      payload: {
        pull_request: {
          head: { repo: { full_name: 'mallory/models' } },
          base: { repo: { full_name: 'acme/models' } }
        }
      }
    }
    const refused = await runAction({
      inputs: { command: 'evaluate', model: 'breast-cancer', version: '1.2.0' },
      workspace: fx.dir,
      env: { PATH: sklearnPath() },
      event
    })
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain('the pull request comes from mallory/models, not acme/models')

    const allowed = await runAction({
      inputs: {
        command: 'evaluate',
        model: 'breast-cancer',
        version: '1.2.0',
        'allow-untrusted': 'true',
        'upload-artifact': 'false'
      },
      workspace: fx.dir,
      env: { PATH: sklearnPath() },
      event
    })
    expect(allowed.code).toBe(0)
  })

  it('runs for a pull request from the same repository', async () => {
    const run = await runAction({
      inputs: {
        command: 'evaluate',
        model: 'breast-cancer',
        version: '1.3.0',
        'upload-artifact': 'false'
      },
      workspace: fx.dir,
      env: { PATH: sklearnPath() },
      event: {
        name: 'pull_request',
        payload: {
          pull_request: {
            head: { repo: { full_name: 'acme/models' } },
            base: { repo: { full_name: 'acme/models' } }
          }
        }
      }
    })
    expect(run.code).toBe(0)
  })
})
