/**
 * A registry whose evaluate command is a tiny node script that appends a line
 * to `runs.log` in the workspace each time it runs, so a test can tell an
 * evaluation that ran from one restored from the cache. It reads the model
 * file and `data/test.csv`, fails when `tools/mode.txt` says `fail`, and
 * writes a metrics file and predictions.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { validRegistry, writeFile, type Fixture } from './registry-fixture.js'

const EVAL_SCRIPT = `import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
const [out, model] = process.argv.slice(2)
appendFileSync('runs.log', model + '\\n')
if (readFileSync('tools/mode.txt', 'utf8').trim() === 'fail') process.exit(3)
const bytes = readFileSync(model + '/model.bin').length + readFileSync('data/test.csv').length
mkdirSync(out, { recursive: true })
writeFileSync(out + '/metrics.json', JSON.stringify({ latency_ms: bytes }))
writeFileSync(out + '/predictions.csv', 'y_true,y_pred\\n1,1\\n0,0\\n1,0\\n1,1\\n')
`

export const PREDICTIONS = 'y_true,y_pred\n1,1\n0,0\n1,0\n1,1\n'

/** validRegistry with `clf`'s evaluate command counting its runs (see the file comment). */
export function countingRegistry(): Fixture {
  const fx = validRegistry()
  writeFile(fx.dir, 'tools/eval.mjs', EVAL_SCRIPT)
  writeFile(fx.dir, 'tools/mode.txt', 'ok\n')
  writeFile(fx.dir, 'data/test.csv', 'x,y\n1,2\n')
  fx.edit(
    '    compare: { primary: [accuracy], significance: 0.05 }',
    [
      '    compare: { primary: [accuracy], significance: 0.05 }',
      '    evaluate:',
      '      run: "node tools/eval.mjs {output_dir} {model_dir}"',
      '      metrics: metrics.json',
      '      predictions: predictions.csv',
      '      data: [data/test.csv]',
      '      inputs: [tools/*.mjs, tools/mode.txt]'
    ].join('\n')
  )
  return fx
}

/** How many times the evaluate command ran in `workspace`. */
export function runsIn(workspace: string): number {
  const log = path.join(workspace, 'runs.log')
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').length : 0
}
