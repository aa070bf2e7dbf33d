/**
 * Every way an evaluation command can go wrong: one clear error, exit 1,
 * and a result.json that says `status: error` with no metrics, never a
 * stale or partial file that looks like success.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from '../helpers/run-cli.js'
import { validRegistry, writeFile, type Fixture } from '../helpers/registry-fixture.js'

/** A registry whose evaluate command is a small node script doing `mode`. */
function registryEvaluating(mode: string, extra = ''): Fixture {
  const fx = validRegistry()
  writeFile(
    fx.dir,
    'tools/eval.mjs',
    `import { writeFileSync, mkdirSync } from 'node:fs'
const [out, mode] = process.argv.slice(2)
mkdirSync(out, { recursive: true })
const write = (f, t) => writeFileSync(out + '/' + f, t)
switch (mode) {
  case 'ok': write('metrics.json', JSON.stringify({ accuracy: 0.91, latency_ms: 12 })); break
  case 'fail': console.error('could not load the model'); process.exit(3)
  case 'hang': console.log('working...'); setInterval(() => {}, 1000); break
  case 'crash': process.kill(process.pid, 'SIGSEGV'); break
  case 'none': break
  case 'nan': write('metrics.json', '{"accuracy": "NaN"}'); break
  case 'text': write('metrics.json', '{"accuracy": "high"}'); break
  case 'empty': write('metrics.json', '{}'); break
  case 'disagree':
    write('metrics.json', JSON.stringify({ accuracy: 0.9 }))
    write('predictions.csv', 'y_true,y_pred\\n1,1\\n0,1\\n1,1\\n0,0\\n')
    break
}
`
  )
  fx.edit(
    '    compare: { primary: [accuracy], significance: 0.05 }',
    `    compare: { primary: [accuracy], significance: 0.05 }\n    evaluate: { run: "node tools/eval.mjs {output_dir} ${mode}", metrics: metrics.json, timeout: 1s${extra} }`
  )
  return fx
}

async function evaluate(fx: Fixture) {
  const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0', '--json'], fx.dir)
  const file = path.join(fx.dir, '.modelgate/clf/1.2.0/result.json')
  return {
    run,
    out: JSON.parse(run.stdout),
    result: existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
  }
}

describe('evaluate failures', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('succeeds on a working command (the control case)', async () => {
    fx = registryEvaluating('ok')
    const { run, result } = await evaluate(fx)
    expect(run.code).toBe(0)
    expect(result).toMatchObject({ status: 'ok', metrics: { accuracy: 0.91, latency_ms: 12 } })
  })

  // Every row has all four entries: jest-each reads a callback with more
  // parameters than the row as one that wants `done`, and waits for it.
  const cases: Array<[string, string, RegExp, string]> = [
    [
      'a failing command',
      'fail',
      /^models\.clf\.evaluate\.run failed with exit code 3; its last output:\n {2}could not load the model$/,
      ''
    ],
    [
      'a hanging command',
      'hang',
      /^models\.clf\.evaluate\.run timed out after 1s; its process group was killed; its last output:\n {2}working\.\.\.$/,
      ''
    ],
    ['a crashing command', 'crash', /^models\.clf\.evaluate\.run was killed by SIGSEGV$/, ''],
    [
      'a command that writes no metrics',
      'none',
      /^models\.clf\.evaluate\.run wrote no metrics file: expected .*\/\.modelgate\/clf\/1\.2\.0\/metrics\.json \(evaluate\.metrics\)$/,
      ''
    ],
    ['a NaN metric', 'nan', /accuracy.*NaN/, ''],
    ['a non-numeric metric', 'text', /accuracy.*"high"/, ''],
    [
      'an empty metrics file',
      'empty',
      /^models\.clf\.evaluate\.run produced no metrics: metrics\.json is empty$/,
      ''
    ],
    [
      'reported and computed metrics that disagree',
      'disagree',
      /accuracy.*0\.9.*0\.75/,
      ', predictions: predictions.csv'
    ]
  ]

  it.each(cases)(
    '%s: one error, exit 1, result.json with status error',
    async (_name, mode, message, extra) => {
      fx = registryEvaluating(mode, extra)
      // A stale successful result from an earlier run must not survive.
      writeFile(
        fx.dir,
        '.modelgate/clf/1.2.0/result.json',
        '{"schema":"modelgate/result/v1","status":"ok","metrics":{"accuracy":1}}'
      )
      const { run, out, result } = await evaluate(fx)
      expect(run.code).toBe(1)
      expect(out.decision).toBe('fail')
      expect(result.status).toBe('error')
      expect(result.error).toMatch(message)
      expect(result.metrics).toBeUndefined()
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  )

  it('a command that cannot start is one error naming the program', async () => {
    fx = registryEvaluating('ok')
    fx.edit('run: "node tools/eval.mjs', 'run: "no-such-program tools/eval.mjs')
    const { run, result } = await evaluate(fx)
    expect(run.code).toBe(1)
    expect(result.error).toMatch(/no-such-program/)
  })

  it('an unknown placeholder is an error naming it', async () => {
    fx = registryEvaluating('ok')
    fx.edit('{output_dir} ok', '{outdir} ok')
    const { run, result } = await evaluate(fx)
    expect(run.code).toBe(1)
    expect(result.error).toMatch(/^models\.clf\.evaluate\.run: .*\{outdir\}/)
  })

  it('evaluates every model@version of entries from plan', async () => {
    fx = registryEvaluating('ok')
    const run = await cli(['evaluate', '--entries', 'clf@1.2.0, clf@1.3.0', '--json'], fx.dir)
    expect(run.code).toBe(0)
    const results = JSON.parse(run.stdout).result.results
    expect(
      results.map((r: { version: string; status: string }) => `${r.version}:${r.status}`)
    ).toEqual(['1.2.0:ok', '1.3.0:ok'])
    expect(existsSync(path.join(fx.dir, '.modelgate/clf/1.3.0/result.json'))).toBe(true)

    const bad = await cli(['evaluate', '--entries', 'clf-1.2.0'], fx.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('input "entries": "clf-1.2.0" is not model@version')
  })

  it('usage errors exit 2, unknown names exit 1', async () => {
    fx = registryEvaluating('ok')
    expect((await cli(['evaluate', '--model', 'clf'], fx.dir)).code).toBe(2)
    const unknownModel = await cli(['evaluate', '--model', 'nope', '--version', '1.0.0'], fx.dir)
    expect(unknownModel.code).toBe(1)
    expect(unknownModel.stderr).toContain('model "nope" is not in the registry')
    const unknownVersion = await cli(['evaluate', '--model', 'clf', '--version', '9.9.9'], fx.dir)
    expect(unknownVersion.code).toBe(1)
    expect(unknownVersion.stderr).toContain('model "clf" has no version "9.9.9"')
  })
})
