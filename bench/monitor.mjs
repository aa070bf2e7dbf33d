/**
 * Benchmark 6: drift statistics of `monitor` on 1,000,000 rows × 20 columns
 * (see README.md): reading a reference and a current CSV (streaming) and
 * computing PSI, Kolmogorov–Smirnov and Holm per column, in a fresh process;
 * targets < 10 s and < 1 GB peak RSS.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import path from 'node:path'
import {
  DATA_DIR,
  ensureProbe,
  fmtMB,
  fmtMs,
  log,
  MONITOR_PROBE,
  medianRun,
  probe,
  repeat,
  table,
  target
} from './lib.mjs'

const GROUP = 'monitor'
const ROWS = 1_000_000
const MAX_MS = 10_000
const MAX_RSS_MB = 1024
/** The column whose mean moves by half a standard deviation in the drifted file. */
const SHIFTED = 'f4'

/** Bump when the generated files change: cached ones are then regenerated. */
const MONITOR_DATA_VERSION = 1

/** A small seeded generator (mulberry32): the data only has to be the same on every run. */
function seeded(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function normal(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

const CATEGORIES = ['web', 'ios', 'android', 'partner, "api"']

/**
 * 20 columns, the mix of a typical feature table:
 *   f0–f9    Normal(i, 1 + i/4), written with 6 decimals
 *   f10–f11  the same at full precision (up to 17 digits, as pandas writes floats)
 *   f12–f14  integer counts (Poisson-like, many ties)
 *   f15–f16  a 0/1 flag and a skewed amount with ~5% missing values
 *   c0–c2    categories (4, 12 and 50 levels; c0 has a quoted value with a comma)
 * `shift` moves column SHIFTED by 0.5 standard deviations.
 */
function writeFeatures(file, rows, seed, shift) {
  const random = seeded(seed)
  const fd = openSync(file, 'w')
  const header = [...Array.from({ length: 17 }, (_, i) => `f${i}`), 'c0', 'c1', 'c2']
  writeSync(fd, header.join(',') + '\n')
  const BLOCK = 10_000
  for (let r0 = 0; r0 < rows; r0 += BLOCK) {
    const lines = []
    for (let r = r0; r < Math.min(rows, r0 + BLOCK); r++) {
      const f = []
      for (let i = 0; i < 12; i++) {
        const z = normal(random) + (shift && `f${i}` === SHIFTED ? 0.5 : 0)
        const v = i + (1 + i / 4) * z
        f.push(i < 10 ? v.toFixed(6) : String(v))
      }
      for (let i = 12; i < 15; i++) f.push(String(Math.floor(-Math.log(1 - random()) * (i - 9))))
      f.push(random() < 0.3 ? '1' : '0')
      f.push(random() < 0.05 ? '' : Math.exp(2 + normal(random)).toFixed(2))
      const u = random()
      const c0 = CATEGORIES[u < 0.5 ? 0 : u < 0.8 ? 1 : u < 0.95 ? 2 : 3]
      f.push(c0.includes(',') ? `"${c0.replace(/"/g, '""')}"` : c0)
      f.push(`m${Math.floor(random() * 12)}`)
      f.push(`r${Math.floor(random() ** 2 * 50)}`)
      lines.push(f.join(','))
    }
    writeSync(fd, lines.join('\n') + '\n')
  }
  closeSync(fd)
}

/** reference.csv, current.csv (same distribution), drifted.csv (SHIFTED moved); cached. */
function generateMonitorData() {
  const dir = path.join(DATA_DIR, `monitor-n${ROWS}-g${MONITOR_DATA_VERSION}`)
  const files = {
    reference: path.join(dir, 'reference.csv'),
    current: path.join(dir, 'current.csv'),
    drifted: path.join(dir, 'drifted.csv')
  }
  const marker = path.join(dir, '.complete')
  if (existsSync(marker)) return files
  log(`generating 3 feature files of ${ROWS} rows × 20 columns in ${dir}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFeatures(files.reference, ROWS, 1, false)
  writeFeatures(files.current, ROWS, 2, false)
  writeFeatures(files.drifted, ROWS, 3, true)
  writeFileSync(marker, '')
  return files
}

export async function benchMonitor(results) {
  log(`== ${GROUP}: drift of ${ROWS.toLocaleString('en')} rows × 20 columns (CSV) ==`)
  const files = generateMonitorData()
  ensureProbe('monitor-probe')
  const rows = []
  const measured = {}
  for (const kind of ['current', 'drifted']) {
    const runs = repeat(() => probe([files.reference, files[kind]], { script: MONITOR_PROBE }), {
      max: 3,
      budgetMs: 40_000
    })
    const r = medianRun(runs, 'processMs')
    r.maxRssMB = Math.max(...runs.map(x => x.maxRssMB))
    measured[kind] = r
    rows.push([
      kind === 'current' ? 'no drift' : `${SHIFTED} +0.5σ`,
      `${runs.length}`,
      fmtMs(r.readReferenceMs),
      fmtMs(r.readCurrentMs),
      fmtMs(r.reportMs),
      fmtMs(r.processMs),
      fmtMs(r.cpuMs),
      fmtMB(r.maxRssMB),
      r.driftedColumns.join(' ') || '—',
      r.ksMethods.join(' ')
    ])
  }
  table([
    [
      'current',
      'runs',
      'read ref',
      'read cur',
      'report',
      'process',
      'CPU',
      'peak RSS',
      'drifted',
      'KS'
    ],
    ...rows
  ])
  const worstMs = Math.max(measured.current.processMs, measured.drifted.processMs)
  const worstRss = Math.max(measured.current.maxRssMB, measured.drifted.maxRssMB)
  target(results, {
    group: GROUP,
    name: 'read 2 × 1M-row CSVs + driftReport, wall time (process)',
    value: fmtMs(worstMs),
    goal: `< ${fmtMs(MAX_MS)}`,
    pass: worstMs < MAX_MS
  })
  target(results, {
    group: GROUP,
    name: 'read 2 × 1M-row CSVs + driftReport, peak RSS',
    value: fmtMB(worstRss),
    goal: `< ${fmtMB(MAX_RSS_MB)}`,
    pass: worstRss < MAX_RSS_MB
  })
  // Not speed, but a run that flags the wrong columns measures nothing useful: say so.
  const right =
    measured.current.driftedColumns.length === 0 &&
    measured.drifted.driftedColumns.join() === SHIFTED
  target(results, {
    group: GROUP,
    name: `flags no column without drift, exactly ${SHIFTED} with it`,
    value: `${measured.current.driftedColumns.join(' ') || 'none'} / ${measured.drifted.driftedColumns.join(' ') || 'none'}`,
    goal: `none / ${SHIFTED}`,
    pass: right
  })
  log('')
}
