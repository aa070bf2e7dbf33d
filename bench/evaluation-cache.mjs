/**
 * Benchmark 8: the evaluation cache (issue #15). The example's benchmark copy
 * (`evaluate --model breast-cancer --version benchmark`, a real scikit-learn
 * evaluation), cold (an empty cache folder: Python starts, imports
 * scikit-learn and evaluates) and cached (the same command again, with the
 * output folder removed: the result and predictions are restored from the
 * cache folder, nothing runs).
 *
 * Two units (README "Units"): the **operation**, the `evaluate` command run
 * in process by a probe in a fresh process (lookup, evaluation or restore,
 * result.json written), which is what the cache saves, and the target
 * (cached < 5 % of cold) applies to it; and the **process**, the bundled
 * CLI's wall time from spawn to exit, shown beside it: Node's start (about
 * 100 ms) is paid by both runs alike and is alone more than 5 % of a cold
 * run of the example. The cached run must say it came from the cache, and
 * its metrics must be the cold run's.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  CLI,
  cleanEnv,
  ensureProbe,
  EVALUATION_CACHE_PROBE,
  fmtMs,
  log,
  medianRun,
  probe,
  PROJECT_DIR,
  repeat,
  table,
  target,
  tempGitCopy,
  timeProcess
} from './lib.mjs'

const GROUP = 'cache'
const RATIO = 0.05

/** The CLI under test: dist/, or a private build (`bundle.mjs --out DIR`) named by MODELGATE_BENCH_DIST. */
const cli = process.env.MODELGATE_BENCH_DIST
  ? path.join(path.resolve(process.env.MODELGATE_BENCH_DIST), 'cli', 'index.js')
  : CLI

/** A folder holding a python3 that imports scikit-learn (what the example's commands run). */
function sklearnDir() {
  for (const dir of ['/usr/bin', '/usr/local/bin', ...(process.env.PATH ?? '').split(':')]) {
    try {
      execFileSync(path.join(dir, 'python3'), ['-c', 'import sklearn'], { stdio: 'ignore' })
      return dir
    } catch {
      // not this one
    }
  }
  throw new Error('no python3 with scikit-learn found (the example evaluates with it)')
}

export async function benchEvaluationCache(results) {
  log('== evaluation cache: the example’s benchmark copy, cold vs cached (bundled CLI) ==')
  const repo = tempGitCopy(path.join(PROJECT_DIR, 'examples', 'sklearn-classifier'))
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'modelgate-bench-cache-'))
  const env = cleanEnv({ PATH: `${sklearnDir()}:${process.env.PATH}` })
  const args = [
    'evaluate',
    '--model',
    'breast-cancer',
    '--version',
    'benchmark',
    '--cache-dir',
    cacheDir,
    '--upload-artifact',
    'false',
    '--json'
  ]
  const resultFile = path.join(repo.dir, '.modelgate', 'breast-cancer', 'benchmark', 'result.json')
  /** One evaluation: `process` spawns the bundled CLI, `operation` runs the command in a probe. */
  const evaluateOnce = unit => {
    rmSync(path.join(repo.dir, '.modelgate'), { recursive: true, force: true })
    let ms
    if (unit === 'process') {
      const r = timeProcess(process.execPath, [cli, ...args], { cwd: repo.dir, env })
      if (r.status !== 0) {
        throw new Error(
          `evaluate exited with ${r.status}: ${(r.stderr + r.stdout).trim().slice(-500)}`
        )
      }
      ms = r.ms
    } else {
      const r = probe(args.slice(1), { cwd: repo.dir, env, script: EVALUATION_CACHE_PROBE })
      if (r.exitCode !== 0) throw new Error(`evaluate (in process) exited with ${r.exitCode}`)
      ms = r.ms
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8'))
    return { ms, hit: result.cache?.hit === true, metrics: result.metrics }
  }
  const measure = unit => {
    // Cold: an empty cache folder, so the evaluation runs (and is saved).
    const cold = medianRun(
      repeat(
        () => {
          rmSync(cacheDir, { recursive: true, force: true })
          return evaluateOnce(unit)
        },
        { max: 3, budgetMs: 10_000 }
      ),
      'ms'
    )
    evaluateOnce(unit) // the entry of the median cold run's twin is in place
    const cached = medianRun(
      repeat(() => evaluateOnce(unit), { max: 5, budgetMs: 5_000 }),
      'ms'
    )
    const same = JSON.stringify(cached.metrics) === JSON.stringify(cold.metrics)
    if (cold.hit || !cached.hit || !same) {
      throw new Error(
        `the cache did not behave (${unit}): cold from the cache ${cold.hit}, cached from the cache ${cached.hit}, same metrics ${same} (is the CLI under test built from these sources? see MODELGATE_BENCH_DIST)`
      )
    }
    return { cold, cached }
  }
  try {
    ensureProbe('evaluation-cache-probe')
    const operation = measure('operation')
    const wall = measure('process')
    const node = medianRun(
      repeat(() => timeProcess(process.execPath, ['-e', '0'], { env }), { max: 5 }),
      'ms'
    )
    const pct = ({ cold, cached }) => `${((cached.ms / cold.ms) * 100).toFixed(1)} %`
    table([
      ['unit', 'cold', 'cached', 'cached / cold'],
      [
        'operation (evaluate, in process)',
        fmtMs(operation.cold.ms),
        fmtMs(operation.cached.ms),
        pct(operation)
      ],
      ['process (bundled CLI)', fmtMs(wall.cold.ms), fmtMs(wall.cached.ms), pct(wall)],
      ['node -e 0 (process)', fmtMs(node.ms), fmtMs(node.ms), '']
    ])
    target(results, {
      group: GROUP,
      name: 'evaluate the benchmark copy, cached vs cold (operation)',
      value: `${fmtMs(operation.cached.ms)} / ${fmtMs(operation.cold.ms)} = ${pct(operation)}`,
      goal: `< ${RATIO * 100} %`,
      pass: operation.cached.ms / operation.cold.ms < RATIO
    })
    log(
      `process wall time, for information: ${fmtMs(wall.cached.ms)} / ${fmtMs(wall.cold.ms)} = ${pct(wall)} (Node's start alone is ${fmtMs(node.ms)})`
    )
  } finally {
    repo.cleanup()
    rmSync(cacheDir, { recursive: true, force: true })
  }
  log('')
}
