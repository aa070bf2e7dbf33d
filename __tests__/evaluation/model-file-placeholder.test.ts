/**
 * `{model_file}` (issue #12): the path of a one-file model's file, the natural argument for
 * a model kept as one `.keras`, `.pkl` or `.json` file; a model with several files gets a
 * message naming them instead of a guess.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { exampleRepo } from '../helpers/examples.js'
import { writeFile, type Fixture } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

/** Writes the size of the file it is given as the metric `latency_ms`, and the path it got. */
const SIZE_SCRIPT = `import { readFileSync, writeFileSync } from 'node:fs'
const [out, file] = process.argv.slice(2)
writeFileSync(out + '/metrics.json', JSON.stringify({ accuracy: readFileSync(file).length / 1e6 }))
writeFileSync(out + '/argument.txt', file)
`

let fx: Fixture
afterEach(() => fx?.cleanup())

function withCommand(model: 'iris-classifier' | 'digits-knn'): Fixture {
  fx = exampleRepo('sharded')
  writeFile(fx.dir, 'tools/size.mjs', SIZE_SCRIPT)
  const shard = path.join(fx.dir, 'models', model, 'model.yaml')
  const text = readFileSync(shard, 'utf8')
  const start = text.indexOf('evaluate:\n')
  const end = text.indexOf('\n\n', start)
  writeFile(
    fx.dir,
    `models/${model}/model.yaml`,
    text.slice(0, start) +
      'evaluate:\n  run: "node tools/size.mjs {output_dir} {model_file}"\n  metrics: metrics.json' +
      text.slice(end)
  )
  return fx
}

describe('{model_file}', () => {
  it("is the absolute path of a one-file model's file", async () => {
    withCommand('iris-classifier')
    const run = await cli(
      ['evaluate', '--model', 'iris-classifier', '--version', '1.3.0', '--no-cache'],
      fx.dir
    )
    expect(run.code).toBe(0)
    const out = path.join(fx.dir, '.modelgate/iris-classifier/1.3.0')
    const file = path.join(fx.dir, 'models/experiments/iris-classifier/1.3.0/model.json')
    expect(readFileSync(path.join(out, 'argument.txt'), 'utf8')).toBe(file)
    const result = JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8'))
    expect(result.metrics.accuracy).toBe(readFileSync(file).length / 1e6)
  })

  it('for a model with several files, stops with the files named and runs nothing', async () => {
    withCommand('digits-knn')
    const run = await cli(
      ['evaluate', '--model', 'digits-knn', '--version', '1.1.0', '--no-cache'],
      fx.dir
    )
    expect(run.code).toBe(1)
    expect(run.stderr + run.stdout).toContain(
      "{model_file} is the path of a version's one file, but digits-knn 1.1.0 has 2 (config.json, weights.bin): name the file with {model_dir}/<file>"
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})
