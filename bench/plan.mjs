/**
 * Benchmark 6: `plan` on the 10,000-model registry (see README.md): every
 * version not archived (no base), through the bundled CLI, as one file and
 * sharded. The matrix must be valid: at most 256 jobs, each entry exactly once.
 */
import path from 'node:path'
import { generateRegistry } from './generate.mjs'
import {
  CLI,
  DATA_DIR,
  fmtMB,
  fmtMs,
  log,
  medianRun,
  repeat,
  table,
  target,
  timeProcess
} from './lib.mjs'

const MODELS = 10_000
const VERSIONS = 5
const PLAN_MS = 2000
/** Issue #15: a sharded registry plans in under a second (it was 1.9 s, twice the single file). */
const SHARDED_PLAN_MS = 1000
const MAX_JOBS = 256

/** The CLI under test: dist/, or a private build (`bundle.mjs --out DIR`) named by MODELGATE_BENCH_DIST. */
const cli = process.env.MODELGATE_BENCH_DIST
  ? path.join(path.resolve(process.env.MODELGATE_BENCH_DIST), 'cli', 'index.js')
  : CLI

/** One run of `plan --json`; throws when the matrix is not what plan promises. */
function planOnce(reg, manifest) {
  const r = timeProcess(process.execPath, [cli, 'plan', '--manifest', manifest, '--json'], {
    cwd: reg.dir,
    rss: true
  })
  let out
  try {
    out = JSON.parse(r.stdout)
  } catch {
    throw new Error(`plan exited with ${r.status}: ${r.stderr.trim().slice(-500)}`)
  }
  if (!out.ok) throw new Error(`plan failed: ${JSON.stringify(out.errors.slice(0, 3))}`)
  return { ms: r.ms, rssMB: r.rssMB, check: checkMatrix(reg, out.result) }
}

/** Every version not archived plus one benchmark copy per model, each once, in ≤ 256 jobs. */
function checkMatrix(reg, result) {
  const jobs = result.matrix.include
  const listed = jobs.flatMap(j => (j.entries ? j.entries.split(',') : [`${j.model}@${j.version}`]))
  const expected = reg.models * (Math.min(VERSIONS, 4) + 1)
  const unique = new Set(listed).size
  const valid =
    jobs.length <= MAX_JOBS &&
    listed.length === expected &&
    unique === expected &&
    result.count === expected
  return { jobs: jobs.length, entries: listed.length, unique, expected, valid }
}

export async function benchPlan(results) {
  log('== 6. plan on a large registry ==')
  const reg = generateRegistry({ dataDir: DATA_DIR, models: MODELS, versions: VERSIONS, log })
  log(`CLI: ${path.relative(process.cwd(), cli)}`)
  const rows = []
  for (const [label, manifest] of [
    ['single file', 'models/registry.yaml'],
    ['sharded', 'models/registry-sharded.yaml']
  ]) {
    planOnce(reg, manifest) // warm-up: page cache
    const runs = repeat(() => planOnce(reg, manifest))
    const m = medianRun(runs, 'ms')
    rows.push([
      label,
      fmtMs(m.ms),
      fmtMB(m.rssMB),
      runs.length,
      `${m.check.entries} entries in ${m.check.jobs} jobs`
    ])
    target(results, {
      group: 'plan',
      name: `${label}: valid matrix (≤ ${MAX_JOBS} jobs, every entry once)`,
      value: `${m.check.jobs} jobs, ${m.check.unique} of ${m.check.expected} entries`,
      goal: `≤ ${MAX_JOBS} jobs, all ${m.check.expected}`,
      pass: m.check.valid
    })
    target(results, {
      group: 'plan',
      name: `${label}: plan (process)`,
      value: fmtMs(m.ms),
      goal: `< ${fmtMs(label === 'sharded' ? SHARDED_PLAN_MS : PLAN_MS)}`,
      pass: m.ms < (label === 'sharded' ? SHARDED_PLAN_MS : PLAN_MS)
    })
  }
  table([['', 'process', 'peak RSS', 'runs', 'matrix'], ...rows])
  log('')
}
