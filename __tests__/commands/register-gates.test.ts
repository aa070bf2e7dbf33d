/**
 * register checks the first stage's gates as promote checks every other
 * stage's: thresholds on the candidate's results (a prepared result.json or
 * metrics file, no Python), the comparison where the first stage has
 * `compare: benchmark`. A gate that does not hold is a refusal (exit 1, one
 * line with the reason, nothing written); gates that hold show as passing
 * in the pull request body. Every case runs the CLI in-process (dry run).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cli } from '../helpers/run-cli.js'
import {
  sha256,
  snapshot,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const FILES = { 'model.bin': 'weights 2.0.0\n', 'labels.json': '["a","b"]\n' }

/** The default path with the first stage gated as `gates`; the rest as the defaults have it. */
function stages(gates: string): string {
  return [
    'stages:',
    '  - name: development',
    ...(gates ? [`    gates: ${gates}`] : []),
    '  - name: experimental',
    '    gates: { metrics: true }',
    '  - name: staging',
    '    gates: { metrics: true, compare: benchmark }',
    '  - name: production',
    '    capacity: 1',
    '    gates: { metrics: true }'
  ].join('\n')
}

/**
 * validRegistry (accuracy ≥ 0.85 primary, latency_ms ≤ 40 guardrail, a
 * goal-only f1) with the first stage gated as `gates` ('' for none), and a
 * trained 2.0.0 in `trained/`.
 */
function registry(gates: string | undefined): Fixture {
  const fx = validRegistry()
  cleanups.push(fx.cleanup)
  if (gates !== undefined)
    fx.edit('apiVersion: modelgate/v1\n', `apiVersion: modelgate/v1\n${stages(gates)}\n`)
  // No significance test: a comparison on recorded metrics cannot have one.
  fx.edit(
    'compare: { primary: [accuracy], significance: 0.05 }',
    'compare: { primary: [accuracy] }'
  )
  fx.edit(
    '      latency_ms: { goal: minimize, max: 40, tolerance: 0.1 }',
    '      latency_ms: { goal: minimize, max: 40, tolerance: 0.1 }\n      f1: { goal: maximize }'
  )
  // Production's recorded metrics serve as the benchmark (no benchmark results are evaluated here).
  fx.edit('metrics: { accuracy: 0.9110 }', 'metrics: { accuracy: 0.9110, latency_ms: 31 }')
  for (const [name, text] of Object.entries(FILES)) writeFile(fx.dir, `trained/${name}`, text)
  return fx
}

/** A result.json of an evaluation of the trained 2.0.0, as evaluate --train writes it. */
function resultJson(metrics: Record<string, number>): string {
  return JSON.stringify({
    schema: 'modelgate/result/v1',
    status: 'ok',
    model: 'clf',
    version: '2.0.0',
    target: 'version',
    stage: 'trained',
    files: Object.fromEntries(Object.entries(FILES).map(([n, t]) => [n, sha256(t)])),
    data: {},
    metrics,
    commands: [],
    startedAt: '2026-11-01T12:00:00Z',
    durationMs: 1,
    runner: {}
  })
}

type Results = { kind: 'result.json' | 'metrics file'; metrics: Record<string, number> } | null

async function register(fx: Fixture, results: Results) {
  const args = ['register', '--model', 'clf', '--version', '2.0.0', '--source', 'trained']
  if (results?.kind === 'result.json') {
    writeFile(fx.dir, 'results/result.json', resultJson(results.metrics))
    args.push('--candidate-results', 'results/result.json')
  } else if (results) {
    writeFile(fx.dir, 'results/metrics.json', JSON.stringify(results.metrics))
    args.push('--candidate-results', 'results/metrics.json')
  }
  const before = snapshot(fx.dir)
  const run = await cli([...args, '--dry-run', 'true'], fx.dir)
  return { run, unchanged: JSON.stringify(snapshot(fx.dir)) === JSON.stringify(before) }
}

const good = { accuracy: 0.95, latency_ms: 30, f1: 0.5 }

describe('register refuses when a gate of the first stage does not hold', () => {
  it.each<[string, string, Results, RegExp]>([
    [
      'a threshold fails on the result.json',
      '{ metrics: true }',
      { kind: 'result.json', metrics: { ...good, accuracy: 0.8 } },
      /^modelgate: clf 2\.0\.0 cannot be registered: the gates of development do not hold: accuracy 0\.8 < min 0\.85$/
    ],
    [
      'a threshold fails on a plain metrics file',
      '{ metrics: true }',
      { kind: 'metrics file', metrics: { ...good, latency_ms: 45 } },
      /^modelgate: clf 2\.0\.0 cannot be registered: the gates of development do not hold: latency_ms 45 > max 40$/
    ],
    [
      'a metric the threshold needs is missing',
      '{ metrics: true }',
      { kind: 'metrics file', metrics: { latency_ms: 30, f1: 0.5 } },
      /cannot be registered: the gates of development do not hold: accuracy is missing from the candidate's metrics$/
    ],
    [
      'no candidate results at all',
      '{ metrics: true }',
      null,
      /^modelgate: clf 2\.0\.0 cannot be registered: development has gates \(metrics\) and nothing shows they hold; give candidate-results/
    ],
    [
      'the comparison fails (worse than production 1.1.0 records)',
      '{ metrics: true, compare: benchmark }',
      { kind: 'result.json', metrics: { ...good, accuracy: 0.9 } },
      /cannot be registered: the gates of development do not hold: accuracy -0\.011 \(-1\.2%\) vs benchmark 0\.911, needs ≥ \+0\.002$/
    ],
    [
      'a comparison gate with a plain metrics file',
      '{ compare: benchmark }',
      { kind: 'metrics file', metrics: good },
      /cannot be registered: development compares with the benchmark \(compare: benchmark\), which needs the result\.json of an evaluation of clf 2\.0\.0 as candidate-results, not a metrics file$/
    ]
  ])(
    '%s: exit 1, one line with the reason, nothing written',
    async (_, gates, results, message) => {
      const { run, unchanged } = await register(registry(gates), results)
      expect(run.code).toBe(1)
      const stderr = run.stderr.replace(/^(▸ |warning: ).*\n/gm, '')
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)])
      expect(run.stdout).toBe('')
      expect(unchanged).toBe(true)
    }
  )
})

describe('register shows the first stage gates passing', () => {
  it.each<[string, string | undefined, Results, string[], string[]]>([
    [
      'thresholds hold on the result.json',
      '{ metrics: true }',
      { kind: 'result.json', metrics: good },
      [
        '  gate: thresholds: pass (accuracy 0.95 ≥ min 0.85; latency_ms 30 ≤ max 40)',
        '- ✅ thresholds: pass (accuracy 0.95 ≥ min 0.85; latency_ms 30 ≤ max 40)',
        '| accuracy | 0.95 | ≥ 0.85 | ✅ |'
      ],
      []
    ],
    [
      'thresholds hold on a metrics file',
      '{ metrics: true }',
      { kind: 'metrics file', metrics: good },
      ['- ✅ thresholds: pass (accuracy 0.95 ≥ min 0.85; latency_ms 30 ≤ max 40)'],
      []
    ],
    [
      'the comparison holds: its table in the body, the goal-only metric as info',
      '{ metrics: true, compare: benchmark }',
      { kind: 'result.json', metrics: good },
      [
        '  gate: compare with benchmark 1.1.0: pass',
        '- ✅ compare with benchmark 1.1.0: pass',
        '| metric | goal | benchmark | candidate | Δ | Δ% | CI / p-value | verdict |',
        '| accuracy (primary) | maximize | 0.911 | 0.95 | +0.039 | +4.3% | — | ✅ pass |',
        '| f1 | maximize | — | 0.5 | — | — | — | ℹ️ info |'
      ],
      ['Not compared']
    ],
    [
      // The control: an ungated first stage lets a failing threshold in, shown as failing.
      'the default first stage has no gate',
      undefined,
      { kind: 'result.json', metrics: { ...good, accuracy: 0.8 } },
      [
        '| accuracy | 0.8 | ≥ 0.85 | ❌ |',
        'Not compared: 2.0.0 enters development; the comparison with the benchmark is a gate of staging.'
      ],
      ['gate:', '**Gates**']
    ]
  ])('%s', async (_, gates, results, shown, absent) => {
    const { run } = await register(registry(gates), results)
    expect(run.code === 0 ? 0 : run.stderr).toBe(0)
    for (const line of shown) expect(run.stdout.split('\n')).toContain(line)
    for (const text of absent) expect(run.stdout).not.toContain(text)
  })
})
