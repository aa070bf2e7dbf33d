/**
 * compare on the real scikit-learn example: the decision its data implies,
 * and every way the inputs can be wrong refused with one clear message.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from '../helpers/run-cli.js'
import { runAction } from '../helpers/action-runner.js'
import { exampleRepo, sklearnPath } from '../helpers/examples.js'
import type { Fixture } from '../helpers/registry-fixture.js'

describe('compare on the scikit-learn example', () => {
  let fx: Fixture
  const out = (...p: string[]) => path.join(fx.dir, '.modelgate/breast-cancer', ...p)
  /** A copy of an evaluation's folder, edited, for a bad-input case. */
  const variant = (from: string, name: string, edit: (r: Record<string, unknown>) => void) => {
    const dir = path.join(fx.dir, 'variants', name)
    cpSync(out(from), dir, { recursive: true })
    const r = JSON.parse(readFileSync(path.join(dir, 'result.json'), 'utf8'))
    edit(r)
    writeFileSync(path.join(dir, 'result.json'), JSON.stringify(r))
    return dir
  }

  beforeAll(async () => {
    fx = exampleRepo('sklearn-classifier')
    for (const version of ['benchmark', '1.2.0', '1.0.0']) {
      const run = await cli(
        ['evaluate', '--model', 'breast-cancer', '--version', version],
        fx.dir,
        { PATH: sklearnPath() }
      )
      if (run.code !== 0) throw new Error(`evaluate ${version} failed: ${run.stderr}`)
    }
  }, 120000)
  afterAll(() => fx.cleanup())

  it('passes 1.2.0: better accuracy, significant by McNemar, guardrails hold', async () => {
    const run = await cli(
      ['compare', '--model', 'breast-cancer', '--version', '1.2.0', '--json'],
      fx.dir
    )
    expect(run.code).toBe(0)
    const { result, decision } = JSON.parse(run.stdout)
    expect(decision).toBe('pass')
    const accuracy = result.metrics.find((m: { name: string }) => m.name === 'accuracy')
    expect(accuracy).toMatchObject({
      role: 'primary',
      verdict: 'pass',
      benchmark: 0.9181286549707602,
      candidate: 0.9590643274853801
    })
    // 8 test rows fixed, 1 broken (the example's own note): P(X >= 8 | X ~ Bin(9, 1/2)) = 10/512.
    expect(accuracy.pValue).toBeCloseTo(10 / 512, 12)
    expect(result.benchmark).toMatchObject({ version: '1.1.0', source: 'results' })
  })

  it('prints the table in the terminal', async () => {
    const run = await cli(['compare', '--model', 'breast-cancer', '--version', '1.2.0'], fx.dir)
    expect(run.stdout).toMatch(/^✔ pass: breast-cancer 1\.2\.0 vs benchmark 1\.1\.0\n/)
    expect(run.stdout).toMatch(
      /accuracy \(primary\)\s+maximize\s+0\.9181\s+0\.9591\s+\+0\.04094\s+\+4\.5%\s+p = 0\.02\s+pass/
    )
  })

  it('fails 1.0.0, which is worse than production, and says why', async () => {
    const run = await cli(['compare', '--model', 'breast-cancer', '--version', '1.0.0'], fx.dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^✖ fail: breast-cancer 1\.0\.0 vs benchmark 1\.1\.0/)
    expect(run.stdout).toContain(
      '✖ accuracy -0.005848 (-0.64%) vs benchmark 0.9181, needs ≥ 0; accuracy improvement is not significant: p = 1 ≥ 0.05'
    )
  })

  it('reports a failed comparison without failing the step when fail-on-decision is false', async () => {
    const run = await runAction({
      inputs: {
        command: 'compare',
        model: 'breast-cancer',
        version: '1.0.0',
        'fail-on-decision': 'false'
      },
      workspace: fx.dir
    })
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('fail')
    expect(JSON.parse(run.outputs.result).decision).toBe('fail')
    expect(run.summary).toContain(
      '| metric | goal | benchmark | candidate | Δ | Δ% | CI / p-value | verdict |'
    )
    expect(run.summary).toMatch(/\| accuracy \(primary\) \| maximize \| 0\.9181 \| 0\.9123 \|/)
  })

  it('falls back to recorded production metrics with a warning, and then cannot test significance', async () => {
    const run = await cli(
      [
        'compare',
        '--model',
        'breast-cancer',
        '--version',
        '1.2.0',
        '--benchmark-results',
        out('none'),
        '--json'
      ],
      fx.dir
    )
    // An explicitly named folder must exist: that is a usage error.
    expect(run.code).toBe(2)

    const empty = path.join(fx.dir, 'empty-output')
    cpSync(out('1.2.0'), path.join(empty, 'breast-cancer/1.2.0'), { recursive: true })
    const fallback = await cli(
      ['compare', '--model', 'breast-cancer', '--version', '1.2.0', '--output-dir', empty],
      fx.dir
    )
    expect(fallback.stderr).toContain('warning: no benchmark results at')
    expect(fallback.stderr).toContain(
      'comparing with the metrics recorded for production 1.1.0 (no significance test is possible)'
    )
    expect(fallback.code).toBe(1)
    expect(fallback.stdout).toContain(
      'significance test needs predictions of candidate and benchmark on the same examples'
    )
  })

  it('refuses results made on different data', async () => {
    const other = variant(
      'benchmark',
      'other-data',
      r => ((r.data as Record<string, string>)['data/test.csv'] = `sha256:${'0'.repeat(64)}`)
    )
    const run = await cli(
      ['compare', '--model', 'breast-cancer', '--version', '1.2.0', '--benchmark-results', other],
      fx.dir
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /candidate and benchmark were evaluated on different data \(data\/test\.csv: sha256:afb9.* vs sha256:0000/
    )
  })

  it('refuses benchmark results of an older production version', async () => {
    const stale = variant('benchmark', 'stale', r => (r.version = '1.0.0'))
    const run = await cli(
      ['compare', '--model', 'breast-cancer', '--version', '1.2.0', '--benchmark-results', stale],
      fx.dir
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'are for breast-cancer 1.0.0, but production is 1.1.0: evaluate --version benchmark again'
    )
  })

  it('refuses candidate results made on other files than the manifest records', async () => {
    const moved = variant(
      '1.2.0',
      'other-bytes',
      r => ((r.files as Record<string, string>)['model.joblib'] = `sha256:${'1'.repeat(64)}`)
    )
    const run = await cli(
      ['compare', '--model', 'breast-cancer', '--version', '1.2.0', '--candidate-results', moved],
      fx.dir
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'were made on other files than breast-cancer 1.2.0 records (model.joblib: sha256:1111'
    )
  })

  it('refuses predictions on other examples', async () => {
    const dir = variant('1.2.0', 'other-rows', () => {})
    const file = path.join(dir, 'predictions.csv')
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n')
    writeFileSync(file, [lines[0], ...lines.slice(2), '99999,1,1,0.9'].join('\n') + '\n')
    const run = await cli(
      ['compare', '--model', 'breast-cancer', '--version', '1.2.0', '--candidate-results', dir],
      fx.dir
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/99999/)
  })

  it('refuses a failed evaluation and a missing one', async () => {
    const failed = variant('1.2.0', 'failed', r => {
      r.status = 'error'
      r.error = 'models.breast-cancer.evaluate.run failed with exit code 1'
      delete r.metrics
    })
    const run = await cli(
      ['compare', '--model', 'breast-cancer', '--candidate-results', failed],
      fx.dir
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'records a failed evaluation: models.breast-cancer.evaluate.run failed with exit code 1'
    )

    const missing = await cli(['compare', '--model', 'breast-cancer', '--version', '1.3.0'], fx.dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('candidate results not found:')
  })
})
