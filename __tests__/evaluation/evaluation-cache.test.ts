/**
 * The evaluation cache in the CLI (SPEC §4, "Evaluation cache"), with a
 * folder store in a temp folder (`--cache-dir`): evaluating the same thing
 * twice runs the command once, and the second result.json is the first apart
 * from its `cache` part; a byte changed in anything the key covers runs it
 * again; an entry altered after it was saved is not used; an untrusted run, a
 * failed evaluation or `--no-cache` saves nothing. The evaluate command counts its
 * runs (helpers/counting-evaluation.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { countingRegistry, PREDICTIONS, runsIn } from '../helpers/counting-evaluation.js'
import { cli } from '../helpers/run-cli.js'
import {
  modelBytes,
  sha256,
  tempDir,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

let fx: Fixture
let cacheDir: string

beforeEach(() => {
  fx = countingRegistry()
  cacheDir = tempDir('modelgate-cache-')
})
afterEach(() => {
  fx.cleanup()
  rmSync(cacheDir, { recursive: true, force: true })
})

const runs = () => runsIn(fx.dir)

function resultOf(version: string) {
  return JSON.parse(
    readFileSync(path.join(fx.dir, '.modelgate/clf', version, 'result.json'), 'utf8')
  )
}

async function evaluate(version = '1.2.0', extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return cli(
    ['evaluate', '--model', 'clf', '--version', version, '--cache-dir', cacheDir, ...extra],
    fx.dir,
    env
  )
}

/** result.json without the fields a cache hit is allowed to differ in. */
function withoutCache(result: Record<string, unknown>) {
  const { cache, ...rest } = result
  void cache
  return rest
}

describe('the same evaluation twice', () => {
  it('runs the command once; the second result.json is the first apart from its cache part', async () => {
    const first = await evaluate()
    expect(first.code).toBe(0)
    expect(runs()).toBe(1)
    const firstResult = resultOf('1.2.0')
    expect(firstResult.cache).toEqual({
      key: expect.stringMatching(/^modelgate-evaluation-[0-9a-f]{64}$/),
      hit: false
    })

    rmSync(path.join(fx.dir, '.modelgate'), { recursive: true })
    const second = await evaluate()
    expect(second.code).toBe(0)
    expect(runs()).toBe(1)
    expect(second.stderr + second.stdout).toMatch(
      /clf 1\.2\.0: cached \(key modelgate-evaluation-[0-9a-f]{12}, from a run outside Actions at /
    )
    expect(second.stdout).toContain('✔ clf 1.2.0 (cached): ')
    const secondResult = resultOf('1.2.0')
    expect(withoutCache(secondResult)).toEqual(withoutCache(firstResult))
    expect(secondResult.cache).toMatchObject({
      key: firstResult.cache.key,
      hit: true,
      from: { model: 'clf', version: '1.2.0', stage: 'staging' }
    })
    // The predictions beside the result are restored too.
    expect(readFileSync(path.join(fx.dir, '.modelgate/clf/1.2.0/predictions.csv'), 'utf8')).toBe(
      PREDICTIONS
    )
  })

  it('the benchmark copy hits the entry of the production version it copies, relabelled', async () => {
    expect((await evaluate('1.1.0')).code).toBe(0)
    expect(runs()).toBe(1)
    const bench = await evaluate('benchmark')
    expect(bench.code).toBe(0)
    expect(runs()).toBe(1)
    const production = resultOf('1.1.0')
    const copy = resultOf('benchmark')
    expect(copy).toMatchObject({
      model: 'clf',
      version: '1.1.0',
      target: 'benchmark',
      stage: 'benchmark',
      files: production.files,
      metrics: production.metrics,
      cache: { key: production.cache.key, hit: true, from: { stage: 'production' } }
    })
  })

  it('--no-cache runs the command and saves nothing', async () => {
    expect(await evaluate('1.2.0', ['--no-cache'])).toMatchObject({ code: 0 })
    expect(await evaluate('1.2.0', ['--no-cache'])).toMatchObject({ code: 0 })
    expect(runs()).toBe(2)
    expect(readdirSync(cacheDir)).toEqual([])
    expect(resultOf('1.2.0').cache).toBeUndefined()
  })
})

describe('with train: true', () => {
  it('restores the trained model with the result; a byte of a train.inputs file trains again', async () => {
    writeFile(
      fx.dir,
      'tools/train.mjs',
      `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
const out = process.argv[2]
appendFileSync('trains.log', 'x\\n')
mkdirSync(out, { recursive: true })
writeFileSync(out + '/model.bin', 'trained weights\\n')
writeFileSync(out + '/labels.json', '["a","b"]\\n')
`
    )
    fx.edit(
      '    evaluate:\n',
      '    train: { run: "node tools/train.mjs {output_dir}", inputs: [tools/train.mjs] }\n    evaluate:\n'
    )
    const trains = () => readFileSync(path.join(fx.dir, 'trains.log'), 'utf8').length / 2
    expect(await evaluate('1.4.0', ['--train'])).toMatchObject({ code: 0 })
    expect([trains(), runs()]).toEqual([1, 1])
    const first = resultOf('1.4.0')
    expect(first).toMatchObject({ stage: 'trained', files: { 'model.bin': expect.any(String) } })

    rmSync(path.join(fx.dir, '.modelgate'), { recursive: true })
    expect(await evaluate('1.4.0', ['--train'])).toMatchObject({ code: 0 })
    expect([trains(), runs()]).toEqual([1, 1])
    expect(withoutCache(resultOf('1.4.0'))).toEqual(withoutCache(first))
    expect(readFileSync(path.join(fx.dir, '.modelgate/clf/1.4.0/model.bin'), 'utf8')).toBe(
      'trained weights\n'
    )

    writeFile(
      fx.dir,
      'tools/train.mjs',
      readFileSync(path.join(fx.dir, 'tools/train.mjs'), 'utf8') + '\n'
    )
    expect(await evaluate('1.4.0', ['--train'])).toMatchObject({ code: 0 })
    expect([trains(), runs()]).toEqual([2, 2])
  })
})

describe('a byte changed in what the key covers runs the evaluation again', () => {
  const changes: Array<[string, (fx: Fixture) => void]> = [
    [
      'the model',
      fx => {
        const bytes = modelBytes('clf', '1.2.0', 'model.bin').replace('weights', 'weighs')
        writeFile(fx.dir, 'models/staging/clf/1.2.0/model.bin', bytes)
        fx.edit(sha256(modelBytes('clf', '1.2.0', 'model.bin')), sha256(bytes))
      }
    ],
    ['a data file', fx => writeFile(fx.dir, 'data/test.csv', 'x,y\n1,3\n')],
    ['an evaluate.inputs file', fx => writeFile(fx.dir, 'tools/mode.txt', 'ok \n')],
    [
      'the command',
      fx =>
        fx.edit(
          'run: "node tools/eval.mjs {output_dir} {model_dir}"',
          'run: "node  tools/eval.mjs {output_dir} {model_dir} "'
        )
    ]
  ]
  it.each(changes)('%s', async (_what, change) => {
    expect((await evaluate()).code).toBe(0)
    const before = resultOf('1.2.0').cache.key
    change(fx)
    const again = await evaluate()
    expect(again.code).toBe(0)
    expect(runs()).toBe(2)
    expect(resultOf('1.2.0').cache).toEqual({ key: expect.any(String), hit: false })
    expect(resultOf('1.2.0').cache.key).not.toBe(before)
  })
})

describe('what is never used or saved', () => {
  it('an entry altered after it was saved is not used, with a warning', async () => {
    expect((await evaluate()).code).toBe(0)
    const [entry] = readdirSync(cacheDir)
    const stored = path.join(cacheDir, entry, 'files', 'result.json')
    writeFileSync(
      stored,
      readFileSync(stored, 'utf8').replace('"accuracy": 0.75', '"accuracy": 0.99')
    )
    const again = await evaluate()
    expect(again.code).toBe(0)
    expect(runs()).toBe(2)
    expect(again.stderr).toContain(
      `has result.json changed since it was saved; not used, evaluating again`
    )
    expect(resultOf('1.2.0').metrics.accuracy).toBe(0.75)
  })

  it('an untrusted run (pull_request_target, even with allow-untrusted) saves nothing', async () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request_target' }
    const run = await evaluate('1.2.0', ['--allow-untrusted'], env)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      'clf 1.2.0: not saved to the evaluation cache: this run is not trusted'
    )
    expect(readdirSync(cacheDir)).toEqual([])
    expect((await evaluate('1.2.0', ['--allow-untrusted'], env)).code).toBe(0)
    expect(runs()).toBe(2)
  })

  it('a failed evaluation is not saved', async () => {
    writeFile(fx.dir, 'tools/mode.txt', 'fail\n')
    expect((await evaluate()).code).toBe(1)
    expect(readdirSync(cacheDir)).toEqual([])
    expect(resultOf('1.2.0')).toMatchObject({ status: 'error', cache: { hit: false } })
  })
})

describe('bad cache settings are one clear message', () => {
  it('refuses a cache-dir inside a registry folder (exit 2), before anything runs', async () => {
    const run = await cli(
      ['evaluate', '--model', 'clf', '--version', '1.2.0', '--cache-dir', 'models/staging/cache'],
      fx.dir
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `cache-dir ${path.join(fx.dir, 'models/staging/cache')} overlaps the registry folder models/staging`
    )
    expect(runs()).toBe(0)
  })

  it('names the key of an evaluate.inputs entry that leaves the repository', async () => {
    fx.edit('inputs: [tools/*.mjs, tools/mode.txt]', 'inputs: [tools/*.mjs, ../secret.txt]')
    const run = await evaluate()
    expect(run.code).toBe(1)
    expect(run.stderr + run.stdout).toContain(
      'models.clf.evaluate.inputs: input "../secret.txt" leaves the repository with ".."'
    )
    expect(runs()).toBe(0)
  })
})

describe('plan', () => {
  it('marks the entries whose result is cached and keeps them in the matrix', async () => {
    expect((await evaluate('1.2.0')).code).toBe(0)
    expect((await evaluate('1.1.0')).code).toBe(0)
    const plan = await cli(['plan', '--cache-dir', cacheDir, '--json'], fx.dir)
    expect(plan.code).toBe(0)
    const { result } = JSON.parse(plan.stdout)
    expect(result.matrix.include).toEqual([
      { model: 'clf', version: '1.1.0', cached: true },
      { model: 'clf', version: '1.2.0', cached: true },
      { model: 'clf', version: '1.3.0' },
      { model: 'clf', version: 'benchmark', cached: true }
    ])
    expect(result.cached).toBe(3)
    const text = await cli(['plan', '--cache-dir', cacheDir], fx.dir)
    expect(text.stdout).toMatch(/^plan: 4 entries in 4 jobs, 3 cached \(every version not archived/)
    expect(text.stdout).toMatch(/clf +1\.3\.0 +development +not archived\n/)
    expect(text.stdout).toMatch(/clf +1\.2\.0 +staging +not archived; cached\n/)
  })
})
