/**
 * Messages that used to mislead (issue #14), each as the user meets it,
 * with the CLI (and the action, for the job summary) run in-process on real
 * registries and prepared result.json files: a version written as a number
 * says which string to write; `benchmark: false` is never "no benchmark
 * yet"; a model without an evaluate command is not told to run evaluate; a
 * metric with only a goal is `info`, not `pass`; a failed command's output
 * is shown once; stray files come one message per folder, at a line where
 * the fix goes.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { cli } from '../helpers/run-cli.js'
import {
  lineOf,
  modelBytes,
  sha256,
  shardClf,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

function registry(): Fixture {
  const fx = validRegistry()
  cleanups.push(fx.cleanup)
  return fx
}

/** Stages as the defaults have them, minus the compare gate (which `benchmark: false` forbids). */
const STAGES_WITHOUT_COMPARE = [
  'stages:',
  '  - name: development',
  '  - name: experimental',
  '    gates: { metrics: true }',
  '  - name: staging',
  '    gates: { metrics: true }',
  '  - name: production',
  '    capacity: 1',
  '    gates: { metrics: true }',
  ''
].join('\n')

function withStages(fx: Fixture, stages: string, benchmark?: 'false'): void {
  const extra = benchmark ? `benchmark: ${benchmark}\n` : ''
  fx.edit('apiVersion: modelgate/v1\n', `apiVersion: modelgate/v1\n${stages}${extra}`)
  if (benchmark === 'false') rmSync(path.join(fx.dir, 'models/benchmark'), { recursive: true })
}

/** A result.json of clf 1.2.0 (in staging) made on the bytes the manifest records. */
function result12(fx: Fixture, metrics: Record<string, number>): string {
  const files = Object.fromEntries(
    ['model.bin', 'labels.json'].map(f => [f, sha256(modelBytes('clf', '1.2.0', f))])
  )
  const text = JSON.stringify({
    schema: 'modelgate/result/v1',
    status: 'ok',
    model: 'clf',
    version: '1.2.0',
    target: 'version',
    stage: 'staging',
    files,
    data: {},
    metrics,
    commands: [],
    startedAt: '2026-11-01T12:00:00Z',
    durationMs: 1,
    runner: {}
  })
  writeFile(fx.dir, 'results/1.2.0/result.json', text)
  return 'results/1.2.0/result.json'
}

describe('a version written as a number says which string to write', () => {
  /** validRegistry as JSON (models/registry.json). */
  function asJson(fx: Fixture): string {
    const data = parse(fx.manifest())
    rmSync(fx.manifestPath)
    writeFile(fx.dir, 'models/registry.json', JSON.stringify(data, null, 2) + '\n')
    return 'models/registry.json'
  }

  it.each<[string, 'yaml' | 'json' | 'shard', string, string]>([
    ['YAML 1.0', 'yaml', '- version: 1.0', 'got the number 1.0 (write "1.0.0")'],
    ['YAML 1', 'yaml', '- version: 1', 'got the number 1 (write "1.0.0")'],
    [
      'YAML 1.10, which YAML reads as 1.1',
      'yaml',
      '- version: 1.10',
      'got the number 1.10 (write "1.10.0")'
    ],
    ['JSON 1.0', 'json', '"version": 1.0', 'got the number 1.0 (write "1.0.0")'],
    ['JSON 1', 'json', '"version": 1', 'got the number 1 (write "1.0.0")'],
    [
      "a model's own file (sharded)",
      'shard',
      '- version: 1.0',
      'got the number 1.0 (write "1.0.0")'
    ]
  ])('%s', async (_, format, written, message) => {
    const fx = registry()
    if (format === 'shard') shardClf(fx)
    const manifest =
      format === 'json'
        ? asJson(fx)
        : format === 'shard'
          ? 'models/clf/model.yaml'
          : 'models/registry.yaml'
    const file = path.join(fx.dir, manifest)
    const quoted = format === 'json' ? '"version": "1.3.0"' : '- version: "1.3.0"'
    const text = readFileSync(file, 'utf8')
    writeFile(fx.dir, manifest, text.replace(quoted, written))
    const args = format === 'json' ? ['--manifest', manifest] : []
    const run = await cli(['validate', ...args], fx.dir)
    expect(run.code).toBe(1)
    const line = lineOf(readFileSync(file, 'utf8'), written)
    expect(run.stderr).toContain(`${manifest}:${line}:`)
    const key = format === 'shard' ? 'versions[3].version' : 'models.clf.versions[3].version'
    expect(run.stderr).toContain(`${key}: expected a string such as "1.0.0", ${message}\n`)
    expect(run.stderr).not.toContain('quote it')
  })

  it.each<[string, string]>([
    ['a number', '- version: 1.3'],
    ['a short string', '- version: "1.3"']
  ])('written as %s, the advice followed validates', async (_, written) => {
    const fx = registry()
    fx.edit('- version: "1.3.0"', written)
    const run = await cli(['validate'], fx.dir)
    expect(run.code).toBe(1)
    const advice = /\(?write "([^"]+)"\)?\n/.exec(run.stderr)
    expect(advice?.[1]).toBe('1.3.0')
    fx.edit(written, `- version: "${advice![1]}"`)
    expect((await cli(['validate'], fx.dir)).code).toBe(0)
  })
})

describe('wording that is true for benchmark: false', () => {
  it('compare says there is no benchmark by configuration, not "yet"', async () => {
    const fx = registry()
    withStages(fx, STAGES_WITHOUT_COMPARE, 'false')
    const results = result12(fx, { accuracy: 0.93, latency_ms: 20 })
    const run = await cli(['compare', '--model', 'clf', '--candidate-results', results], fx.dir)
    expect(run.code === 0 ? 0 : run.stderr).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe('✔ pass: clf 1.2.0 vs no benchmark (benchmark: false)')
    const json = await cli(
      ['compare', '--model', 'clf', '--candidate-results', results, '--json'],
      fx.dir
    )
    expect(JSON.parse(json.stdout).result.reasons[0]).toBe(
      'no benchmark (benchmark: false): only the thresholds were checked'
    )
    expect(run.stdout + json.stdout).not.toContain('yet')
  })

  it.each<[string, (fx: Fixture) => void, string]>([
    [
      'the default stages: staging compares',
      () => {},
      'Not compared: 2.0.0 enters development; the comparison with the benchmark is a gate of staging.'
    ],
    [
      'no stage compares',
      fx => withStages(fx, STAGES_WITHOUT_COMPARE),
      'Not compared: 2.0.0 enters development; no stage of this registry compares with the benchmark (no `compare: benchmark` gate).'
    ],
    [
      'benchmark: false',
      fx => withStages(fx, STAGES_WITHOUT_COMPARE, 'false'),
      'Not compared: 2.0.0 enters development; this registry keeps no benchmark copy (`benchmark: false`), so no stage compares with one.'
    ]
  ])('the register PR body with %s', async (_, arrange, note) => {
    const fx = registry()
    arrange(fx)
    writeFile(fx.dir, 'trained/model.bin', 'weights\n')
    writeFile(fx.dir, 'trained/labels.json', '["a"]\n')
    writeFile(fx.dir, 'trained/metrics.json', '{"accuracy": 0.95}')
    const run = await cli(
      [
        'register',
        '--model',
        'clf',
        '--version',
        '2.0.0',
        '--source',
        'trained',
        '--candidate-results',
        'trained/metrics.json',
        '--dry-run',
        'true'
      ],
      fx.dir
    )
    expect(run.code === 0 ? 0 : run.stderr).toBe(0)
    expect(run.stdout.split('\n')).toContain(note)
  })
})

describe('a model without an evaluate command is not told to run evaluate', () => {
  it.each<[string, string, RegExp]>([
    [
      'no evaluate command',
      '',
      /^modelgate: candidate results not found: \S+\/\.modelgate\/clf\/1\.2\.0: clf has no evaluate command, so nothing writes them there; give candidate-results \(a result\.json for clf 1\.2\.0\)\n$/
    ],
    [
      'an evaluate command (the control)',
      '    evaluate: { run: "node eval.mjs {output_dir}", metrics: metrics.json }\n',
      /^modelgate: candidate results not found: \S+\/\.modelgate\/clf\/1\.2\.0 \(run evaluate first, or set the path\)\n$/
    ]
  ])('%s', async (_, evaluate, message) => {
    const fx = registry()
    fx.edit('    versions:\n', `${evaluate}    versions:\n`)
    const run = await cli(['compare', '--model', 'clf', '--version', '1.2.0'], fx.dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })
})

describe('no benchmark results and no recorded metrics: the fix fits the model', () => {
  it.each<[string, string, string]>([
    [
      'no evaluate command',
      '',
      'clf has no evaluate command: give benchmark-results, or record metrics for 1.1.0'
    ],
    [
      'an evaluate command (the control)',
      '    evaluate: { run: "node eval.mjs {output_dir}", metrics: metrics.json }\n',
      'run evaluate --version benchmark'
    ]
  ])('%s', async (_, evaluate, fix) => {
    const fx = registry()
    fx.edit('    versions:\n', `${evaluate}    versions:\n`)
    fx.edit('        metrics: { accuracy: 0.9110 }\n', '')
    const results = result12(fx, { accuracy: 0.95, latency_ms: 20 })
    const run = await cli(['compare', '--model', 'clf', '--candidate-results', results], fx.dir)
    expect(run.code).toBe(1)
    expect(run.stderr.endsWith(`records no metrics: ${fix}\n`)).toBe(true)
  })
})

describe('a metric with only a goal is info, not pass', () => {
  it('in the terminal and in the job summary, even 38.7 % worse', async () => {
    const fx = registry()
    fx.edit(
      '      latency_ms: { goal: minimize, max: 40, tolerance: 0.1 }',
      '      latency_ms: { goal: minimize, max: 40, tolerance: 0.1 }\n      f1: { goal: maximize }'
    )
    fx.edit(
      'compare: { primary: [accuracy], significance: 0.05 }',
      'compare: { primary: [accuracy] }'
    )
    // Production's recorded metrics are the benchmark.
    fx.edit(
      'metrics: { accuracy: 0.9110 }',
      'metrics: { accuracy: 0.9110, latency_ms: 20, f1: 0.8 }'
    )
    const results = result12(fx, { accuracy: 0.95, latency_ms: 20, f1: 0.49 })
    const run = await cli(['compare', '--model', 'clf', '--candidate-results', results], fx.dir)
    expect(run.code === 0 ? 0 : run.stderr).toBe(0)
    const f1 = run.stdout.split('\n').find(l => l.startsWith('f1 '))
    expect(f1).toMatch(/^f1\s+maximize\s+0\.8\s+0\.49\s+-0\.31\s+-38\.8%\s+—\s+info$/)

    const action = await runActionInProcess({
      inputs: { command: 'compare', model: 'clf', 'candidate-results': results },
      workspace: fx.dir
    })
    expect(action.code).toBe(0)
    expect(action.summary).toContain(
      '| f1 | maximize | 0.8 | 0.49 | -0.31 | -38.8% | — | ℹ️ info |'
    )
    expect(action.summary).not.toMatch(/\| f1 \|.*pass/)
  })
})

describe("a failed evaluation's output is shown once", () => {
  it('in the terminal and the action log; whole in result.json and the job summary', async () => {
    const fx = registry()
    writeFile(
      fx.dir,
      'tools/eval.mjs',
      "console.error('Traceback (most recent call last):\\n  ValueError: bad model file'); process.exit(3)\n"
    )
    fx.edit(
      '    versions:\n',
      '    evaluate: { run: "node tools/eval.mjs", metrics: metrics.json }\n    versions:\n'
    )
    const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0'], fx.dir)
    expect(run.code).toBe(1)
    const all = run.stdout + run.stderr
    expect(all.split('ValueError: bad model file')).toHaveLength(2)
    expect(run.stdout).toContain(
      '✖ clf 1.2.0: models.clf.evaluate.run failed with exit code 3 (its output is above)'
    )
    const written = JSON.parse(
      readFileSync(path.join(fx.dir, '.modelgate/clf/1.2.0/result.json'), 'utf8')
    )
    expect(written.error).toContain('its last output:\n  Traceback (most recent call last):')

    // In the action: once in the log, and once in the job summary, which has no live output.
    const action = await runActionInProcess({
      inputs: { command: 'evaluate', model: 'clf', version: '1.2.0' },
      workspace: fx.dir
    })
    expect(action.code).toBe(1)
    expect((action.stdout + action.stderr).split('ValueError: bad model file')).toHaveLength(2)
    expect(action.summary.split('ValueError: bad model file')).toHaveLength(2)
  })
})

describe('stray files: one message per folder, where the fix goes', () => {
  const many = (dir: string, n: number, name: (i: number) => string) => (fx: Fixture) => {
    for (let i = 0; i < n; i++) writeFile(fx.dir, `${dir}/${name(i)}`, `stray ${i}\n`)
  }

  it.each<[string, (fx: Fixture) => void, RegExp, (text: string) => number]>([
    [
      '26 files loose in a declared stage folder: at the stage',
      fx => {
        withStages(fx, STAGES_WITHOUT_COMPARE)
        many('models/production', 26, i => `model_v${i + 10}.h5`)(fx)
      },
      /^26 stray files under models\/production: model_v10\.h5, model_v11\.h5, model_v12\.h5, model_v13\.h5, model_v14\.h5, … and 21 more: models\/production holds only model folders \(models\/production\/<model>\/<version>\/\)$/,
      text => lineOf(text, '- name: production')
    ],
    [
      'files loose in a default stage folder: at models',
      many('models/staging', 3, i => `old_${i}.pkl`),
      /^3 stray files under models\/staging: old_0\.pkl, old_1\.pkl, old_2\.pkl: models\/staging holds only model folders/,
      text => lineOf(text, 'models:')
    ],
    [
      'two versions of a model the registry lacks: at models',
      fx => {
        many('models/staging/regressor/1.0.0', 2, i => `f${i}.bin`)(fx)
        many('models/staging/regressor/1.1.0', 2, i => `f${i}.bin`)(fx)
      },
      /^4 stray files under models\/staging\/regressor: 1\.0\.0\/ \(2 files\), 1\.1\.0\/ \(2 files\): no model "regressor" in the registry$/,
      text => lineOf(text, 'models:')
    ],
    [
      'seven versions of clf the manifest does not list: at its versions',
      fx => {
        for (let i = 0; i < 7; i++)
          many(`models/experimental/clf/0.${i}.0`, 2, j => `f${j}.bin`)(fx)
      },
      /^14 stray files under models\/experimental\/clf: 0\.0\.0\/ \(2 files\), 0\.1\.0\/ \(2 files\), 0\.2\.0\/ \(2 files\), 0\.3\.0\/ \(2 files\), 0\.4\.0\/ \(2 files\), … and 2 more: no version of clf in "experimental" is listed for them$/,
      text => lineOf(text, '    versions:')
    ],
    [
      'three extra files in a registered version: at its versions',
      many('models/staging/clf/1.2.0', 3, i => `notes${i}.txt`),
      /^3 stray files under models\/staging\/clf\/1\.2\.0: notes0\.txt, notes1\.txt, notes2\.txt: not among the files the manifest lists for clf 1\.2\.0$/,
      text => lineOf(text, '    versions:')
    ]
  ])('%s', async (_, arrange, message, line) => {
    const fx = registry()
    arrange(fx)
    const run = await cli(['validate', '--json'], fx.dir)
    expect(run.code).toBe(1)
    const diagnostics = JSON.parse(run.stdout).errors as Array<{
      line: number
      message: string
    }>
    expect(diagnostics.map(d => ({ line: d.line, message: d.message }))).toEqual([
      { line: line(fx.manifest()), message: expect.stringMatching(message) }
    ])
  })
})
