/**
 * Benchmark 6: `plan` on the 10,000-model registry (see README.md): every
 * version not archived (no base), through the bundled CLI, as one file and
 * sharded. The matrix must be valid: at most 256 jobs, each entry exactly once.
 * Then the sharded registry with a base, one shard changed in the working
 * tree, as a pull request's check runs it (issue #15: proportional to the
 * shards changed).
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
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
/** Issue #15: with a base, plan costs in proportion to the shards changed; here 1 of 10,000. */
const WITH_BASE_SHARE = 0.1

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
  /** The median process time of each registry shape, by label. */
  const measured = new Map()
  for (const [label, manifest] of [
    ['single file', 'models/registry.yaml'],
    ['sharded', 'models/registry-sharded.yaml']
  ]) {
    planOnce(reg, manifest) // warm-up: page cache
    const runs = repeat(() => planOnce(reg, manifest))
    const m = medianRun(runs, 'ms')
    measured.set(label, m.ms)
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
  const withBase = planWithBase(reg)
  const fullMs = measured.get('sharded')
  for (const [label, m] of [
    ['sharded, --base, 1 shard changed in the working tree', withBase.workingTree],
    ['sharded, --base, --head: 1 shard changed on a branch', withBase.branch]
  ]) {
    rows.push([label, fmtMs(m.ms), fmtMB(m.rssMB), m.runs, `${m.count} entries`])
    target(results, {
      group: 'plan',
      name: `${label}: in proportion to the shards changed (1 of 10,000)`,
      value: `${fmtMs(m.ms)} (${((m.ms / fullMs) * 100).toFixed(0)} % of the plan of all)`,
      goal: `< ${WITH_BASE_SHARE * 100} % of the plan of all`,
      pass: m.ms < WITH_BASE_SHARE * fullMs
    })
  }
  table([['', 'process', 'peak RSS', 'runs', 'matrix'], ...rows])
  log('')
}

/**
 * A pull request's check on the sharded registry, one shard's policy changed (every live version
 * of that model is planned again, with its benchmark copy): the registry committed once in a
 * copy (`<data>-git/`, kept), then `plan --base HEAD` with the change in the working tree (as
 * the check workflow runs it), and `plan --base HEAD --head one-shard` with the change committed
 * on a branch (read from git alone). The working tree is restored afterwards.
 */
function planWithBase(reg) {
  const dir = `${reg.dir}-git`
  const git = (args, env = {}) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
      env: { ...process.env, ...env }
    })
      .toString()
      .trim()
  const author = ['-c', 'user.name=bench', '-c', 'user.email=bench@modelgate.invalid']
  const rel = 'models/model-00042/model.yaml'
  const shard = path.join(dir, rel)
  if (!existsSync(path.join(dir, '.committed'))) {
    log(`committing the registry once in a copy, ${dir}`)
    cpSync(reg.dir, dir, { recursive: true })
    git(['add', '-A'])
    git([...author, 'commit', '-q', '-m', 'registry'])
    // The branch: the same change committed, built with a scratch index (the checkout stays).
    const index = { GIT_INDEX_FILE: path.join(dir, '.git', 'bench-index') }
    git(['read-tree', 'HEAD'], index)
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], {
      cwd: dir,
      input: edited(readFileSync(shard, 'utf8'))
    })
      .toString()
      .trim()
    git(['update-index', '--cacheinfo', `100644,${blob},${rel}`], index)
    const tree = git(['write-tree'], index)
    const commit = git([...author, 'commit-tree', tree, '-p', 'HEAD', '-m', 'stricter'])
    git(['branch', '-f', 'one-shard', commit])
    writeFileSync(path.join(dir, '.committed'), '')
  }
  const original = readFileSync(shard, 'utf8')
  const measure = extra => {
    const once = () => {
      const args = ['plan', '--manifest', 'models/registry-sharded.yaml', '--base', 'HEAD']
      const r = timeProcess(process.execPath, [cli, ...args, ...extra, '--json'], {
        cwd: dir,
        rss: true
      })
      const out = JSON.parse(r.stdout)
      if (!out.ok) throw new Error(`plan --base failed: ${JSON.stringify(out.errors.slice(0, 3))}`)
      if (out.result.count !== Math.min(VERSIONS, 4) + 1)
        throw new Error(`plan --base planned ${out.result.count} entries`)
      return { ms: r.ms, rssMB: r.rssMB, count: out.result.count }
    }
    once() // warm-up
    const runs = repeat(once)
    return { ...medianRun(runs, 'ms'), runs: runs.length }
  }
  let workingTree
  try {
    writeFileSync(shard, edited(original))
    workingTree = measure([])
  } finally {
    writeFileSync(shard, original)
  }
  return { workingTree, branch: measure(['--head', 'one-shard']) }
}

/** The shard's policy change: a stricter accuracy threshold. */
function edited(text) {
  if (!text.includes('min: 0.75')) throw new Error('the shard has no "min: 0.75" to edit')
  return text.replace('min: 0.75', 'min: 0.76')
}
