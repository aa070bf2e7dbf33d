/**
 * Shared helpers of the benchmarks: paths, the probe build, running a
 * measurement in a fresh process, statistics and formatting.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { staleReason } from '../scripts/bundle-inputs.mjs'

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url))
export const PROJECT_DIR = path.dirname(BENCH_DIR)
/** Generated data; MODELGATE_BENCH_DATA moves it (e.g. to a faster disk). */
export const DATA_DIR = path.resolve(
  process.env.MODELGATE_BENCH_DATA || path.join(BENCH_DIR, '.data')
)
export const BUILD_DIR = path.join(BENCH_DIR, '.build')
/** The bundles under test: dist/, or a private build (`bundle.mjs --out DIR`) named by MODELGATE_BENCH_DIST. */
export const DIST = process.env.MODELGATE_BENCH_DIST
  ? path.resolve(process.env.MODELGATE_BENCH_DIST)
  : path.join(PROJECT_DIR, 'dist')
export const CLI = path.join(DIST, 'cli', 'index.js')
export const ACTION = path.join(DIST, 'index.js')
/** The compiled probes: bench/<name>.ts → bench/.build/<name>/index.js. */
const probePath = name => path.join(BUILD_DIR, name, 'index.js')
export const PROBE = probePath('probe')
export const DECISION_PROBE = probePath('decision-probe')
export const MONITOR_PROBE = probePath('monitor-probe')
export const PROMOTE_STAND_IN = probePath('promote-stand-in')
export const BAD_ENTRIES_PROBE = probePath('bad-entries-probe')
export const EVALUATION_CACHE_PROBE = probePath('evaluation-cache-probe')

export const log = (...args) => console.log(...args)

/** The environment for child processes: no Actions variables leaking in from the caller. */
export function cleanEnv(extra = {}) {
  const env = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(k)) continue
    env[k] = v
  }
  return { ...env, ...extra }
}

function filesUnder(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) filesUnder(p, out)
    else if (e.isFile()) out.push(p)
  }
  return out
}

/**
 * Compiles bench/<name>.ts (probe.ts or decision-probe.ts, which import src/
 * modules; promote-stand-in.ts, which imports the tests' GitHub stand-in)
 * with ncc into bench/.build/<name>/, unless the build is current: the stamp
 * is a digest of the probe, src/, the lock file and `extraInputs` (paths
 * relative to the project).
 */
export function ensureProbe(name = 'probe', { extraInputs = [] } = {}) {
  const source = path.join(BENCH_DIR, `${name}.ts`)
  const out = path.dirname(probePath(name))
  const inputs = [
    source,
    path.join(PROJECT_DIR, 'package-lock.json'),
    path.join(PROJECT_DIR, 'tsconfig.json'),
    ...filesUnder(path.join(PROJECT_DIR, 'src')).sort(),
    ...extraInputs.map(f => path.join(PROJECT_DIR, f))
  ]
  const hash = createHash('sha256')
  for (const f of inputs) hash.update(path.relative(PROJECT_DIR, f)).update(readFileSync(f))
  const stamp = hash.digest('hex')
  const stampFile = path.join(out, '.stamp')
  if (
    existsSync(probePath(name)) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp
  )
    return
  log(`compiling bench/${name}.ts with ncc (src/ or the probe changed)…`)
  rmSync(out, { recursive: true, force: true })
  const ncc = path.join(PROJECT_DIR, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  execFileSync(
    process.execPath,
    [ncc, 'build', source, '-o', out, '--quiet', '--target', 'es2022'],
    { cwd: PROJECT_DIR, stdio: 'inherit' }
  )
  writeFileSync(stampFile, stamp)
}

/** Says so when the bundles the CLI and action benchmarks run were not built from the sources as they are. */
export function distStaleNote() {
  if (!existsSync(CLI) || !existsSync(ACTION)) return 'dist/ is missing: run `npm run bundle`'
  const reason = staleReason(PROJECT_DIR, path.dirname(ACTION))
  return reason
    ? `note: dist/ is stale (${reason}); the CLI/action figures measure dist/ — run \`npm run bundle\` to measure the sources`
    : undefined
}

let gnuTime
/** /usr/bin/time when it is GNU time (for the peak RSS of processes that are not Node). */
function gnuTimePath() {
  if (gnuTime === undefined) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' })
    gnuTime = r.status === 0 && /^\d+\s*$/.test(r.stderr) ? '/usr/bin/time' : null
  }
  return gnuTime
}

/**
 * Runs a command to completion and measures its wall time from here (spawn
 * to exit). With `rss: true` and GNU time available, also its peak RSS.
 * Returns { ms, rssMB, status, stdout, stderr }.
 */
export function timeProcess(cmd, args, { cwd, env, rss = false, timeoutMs = 300_000 } = {}) {
  let file = cmd
  let argv = args
  let rssFile
  if (rss && gnuTimePath()) {
    rssFile = path.join(tmpdir(), `modelgate-bench-rss-${process.pid}.txt`)
    file = gnuTimePath()
    argv = ['-f', '%M', '-o', rssFile, cmd, ...args]
  }
  const t0 = performance.now()
  const r = spawnSync(file, argv, {
    cwd,
    env: env ?? cleanEnv(),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    timeout: timeoutMs
  })
  const ms = performance.now() - t0
  let rssMB
  if (rssFile) {
    try {
      rssMB = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024
    } catch {
      rssMB = undefined
    }
    rmSync(rssFile, { force: true })
  }
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`)
  if (r.signal) throw new Error(`${cmd} ${args.join(' ')}: killed by ${r.signal}`)
  return { ms, rssMB, status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/**
 * One probe measurement in a fresh Node process (see probe.ts; `script`
 * selects another compiled probe). Returns the probe's JSON plus
 * `processMs`, the wall time of the whole process.
 */
export function probe(
  args,
  { cwd = PROJECT_DIR, timeoutMs = 300_000, script = PROBE, env = undefined } = {}
) {
  const r = timeProcess(process.execPath, [script, ...args], { cwd, timeoutMs, env })
  if (r.status !== 0) {
    throw new Error(
      `probe ${args.join(' ')} exited with ${r.status}: ${r.stderr.trim().slice(-2000)}`
    )
  }
  const line = r.stdout.trim().split('\n').pop()
  return { ...JSON.parse(line), processMs: r.ms }
}

/**
 * Runs probes in fresh processes, at most `concurrency` at a time, for
 * measurements that are not timings (the processes share the CPUs). Returns
 * each probe's JSON in the order of `argsList`.
 */
export async function probeAll(
  argsList,
  { script = PROBE, concurrency = 1, cwd = PROJECT_DIR } = {}
) {
  const results = new Array(argsList.length)
  let next = 0
  const one = args =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [script, ...args], {
        cwd,
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', d => (stdout += d))
      child.stderr.on('data', d => (stderr += d))
      child.on('error', reject)
      child.on('close', status => {
        if (status !== 0) {
          reject(
            new Error(
              `probe ${args.join(' ')} exited with ${status}: ${stderr.trim().slice(-2000)}`
            )
          )
        } else resolve(JSON.parse(stdout.trim().split('\n').pop()))
      })
    })
  const worker = async () => {
    while (next < argsList.length) {
      const k = next++
      results[k] = await one(argsList[k])
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  return results
}

/**
 * Repeats a measurement: up to `max` runs while the runs so far took less
 * than `budgetMs` in total (slow measurements run once, so the whole bench
 * stays within minutes). Returns every run's result.
 */
export function repeat(fn, { max = 3, budgetMs = 8000 } = {}) {
  const runs = []
  let spent = 0
  while (runs.length < max && (runs.length === 0 || spent < budgetMs)) {
    const t0 = performance.now()
    runs.push(fn(runs.length))
    spent += performance.now() - t0
  }
  return runs
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** The run whose `key` is the median (the lower middle one for an even count). */
export function medianRun(runs, key) {
  const s = [...runs].sort((a, b) => a[key] - b[key])
  return s[(s.length - 1) >> 1]
}

export const fmtMs = ms =>
  ms === undefined || Number.isNaN(ms)
    ? 'n/a'
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`
export const fmtMB = mb => (mb === undefined || Number.isNaN(mb) ? 'n/a' : `${mb.toFixed(0)} MB`)
export const fmtRatio = x => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a')

/** Prints rows as an aligned table; the first row is the header. */
export function table(rows, { indent = '  ' } = {}) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => String(r[c] ?? '').length)))
  const line = r =>
    indent +
    r
      .map((cell, c) => {
        const s = String(cell ?? '')
        return c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c])
      })
      .join('  ')
      .trimEnd()
  log(line(rows[0]))
  log(indent + widths.map(w => '-'.repeat(w)).join('  '))
  for (const r of rows.slice(1)) log(line(r))
}

/**
 * Records a target and prints its PASS/FAIL line. `pass` undefined means the
 * value could not be measured (reported as FAIL with the reason as value).
 */
export function target(results, { group, name, value, goal, pass }) {
  const row = { group, name, value, goal, status: pass ? 'PASS' : 'FAIL' }
  results.push(row)
  log(`${row.status}  ${name}: ${value} (target ${goal})`)
  return row
}

/** A git-initialised temporary copy of a folder; returns its path and a cleanup function. */
export function tempGitCopy(src) {
  const dir = path.join(tmpdir(), `modelgate-bench-${process.pid}-${path.basename(src)}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync(src, dir, { recursive: true })
  execFileSync('git', ['init', '-q', dir], { stdio: 'ignore' })
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
