/**
 * Benchmark 4: how honest `compare` is (decision quality of the significance
 * gate, by simulation) and how fast it decides on 100,000 paired
 * predictions (see README.md).
 */
import { cpus } from 'node:os'
import { generatePredictions } from './generate.mjs'
import {
  DATA_DIR,
  DECISION_PROBE,
  ensureProbe,
  fmtMB,
  fmtMs,
  log,
  median,
  medianRun,
  probe,
  probeAll,
  table,
  target
} from './lib.mjs'

const GROUP = 'decision'

// Decision quality (the issue's acceptance text).
const N = 2000
const BASE = 0.85
const ALPHA = 0.05
const SIMS = 2000
const SEED = 20240601
/** Gains in accuracy points: 0, 0.5, …, 5. */
const GAINS = Array.from({ length: 11 }, (_, i) => i / 2)
const MAX_FALSE_PROMOTION = 0.06
const POWER_GAIN = 4
const MIN_POWER = 0.9

// Speed.
const ROWS = 100_000
const RESAMPLES = 2000
const SPEED_RUNS = 3
const MAX_MS = 2000
const SPEED_CASES = [
  { metric: 'accuracy', data: 'binary', note: "McNemar's exact test" },
  { metric: 'f1_macro', data: 'binary', note: 'bootstrap, counts sampled', target: true },
  { metric: 'f1_macro', data: 'multiclass', note: 'bootstrap, indices drawn', target: true },
  { metric: 'roc_auc', data: 'binary', note: 'bootstrap, indices drawn' },
  { metric: 'rmse', data: 'regression', note: 'bootstrap, indices drawn' },
  { metric: 'mse', data: 'regression', note: 'bootstrap, indices drawn' }
]
const DATA_LABEL = { binary: 'binary', multiclass: '10 classes', regression: 'regression' }

// ---- exact rates, to check the simulation against -------------------------

/**
 * The probabilities the simulation estimates, computed exactly. Per example
 * the candidate alone is right with pB = a·(1 − BASE), the benchmark alone
 * with pC = BASE·(1 − a) (a = BASE + gain); the number of discordant
 * examples m is Binomial(N, pB + pC) and, given m, the candidate's share b is
 * Binomial(m, pB / (pB + pC)). McNemar's one-sided exact p-value is
 * P(Binomial(m, ½) ≥ b); compare promotes when it is < α (and b ≥ c).
 */
function exactRates(gainPoints) {
  const a = BASE + gainPoints / 100
  const pB = a * (1 - BASE)
  const pC = BASE * (1 - a)
  const pD = pB + pC
  const q = pB / pD
  const lf = new Float64Array(N + 1)
  for (let i = 1; i <= N; i++) lf[i] = lf[i - 1] + Math.log(i)
  const logChoose = (k, m) => lf[m] - lf[k] - lf[m - k]
  const logPmf = (k, m, p) =>
    p === 1
      ? k === m
        ? 0
        : -Infinity
      : logChoose(k, m) + k * Math.log(p) + (m - k) * Math.log1p(-p)
  let significant = 0
  let greater = 0
  let atLeast = 0
  for (let m = 0; m <= N; m++) {
    const weight = Math.exp(logPmf(m, N, pD))
    if (weight < 1e-18) continue
    // Smallest b whose upper tail under Binomial(m, ½) is below α.
    let critical = m + 1
    let tail = 0
    for (let b = m; b >= 0; b--) {
      tail += Math.exp(logChoose(b, m) - m * Math.LN2)
      if (tail >= ALPHA) break
      critical = b
    }
    for (let b = 0; b <= m; b++) {
      const p = Math.exp(logPmf(b, m, q))
      if (b >= critical && 2 * b >= m) significant += weight * p
      if (2 * b > m) greater += weight * p
      if (2 * b >= m) atLeast += weight * p
    }
  }
  return { significant, greater, atLeast }
}

// ---- formatting -------------------------------------------------------------

const pct = (x, digits = 1) => `${(x * 100).toFixed(digits)} %`
/** Monte-Carlo standard error of a rate estimated from `sims` simulations. */
const se = (rate, sims) => Math.sqrt((rate * (1 - rate)) / sims)
const rateWithSe = (count, sims) => {
  const r = count / sims
  return `${pct(r)} ± ${(se(r, sims) * 100).toFixed(1)}`
}
/** How many standard errors the simulated rate is from the exact one. */
const zScore = (count, sims, exact) => {
  const s = se(exact, sims)
  return s === 0 ? (count / sims === exact ? 0 : Infinity) : (count / sims - exact) / s
}

// ---- decision quality -------------------------------------------------------

async function decisionQuality(results) {
  log(
    `decision quality: ${SIMS} simulated comparisons per point, n = ${N} examples, binary labels;`
  )
  log(
    `  benchmark right with p = ${BASE}, candidate with ${BASE} + gain, independently (independent errors);`
  )
  log(
    `  each: Predictions with ids (benchmark rows shuffled) → pairPredictions → testImprovement('accuracy') → compareMetrics`
  )
  log(
    `  promoted = decision pass with compare { primary: [accuracy], significance: ${ALPHA} }; plain rules on computeMetrics' accuracies`
  )
  log(`  seed ${SEED} at every gain (common random numbers); exact = computed, not simulated`)
  const concurrency = Math.max(1, Math.min(cpus().length, 4))
  const t0 = Date.now()
  const runs = await probeAll(
    GAINS.map(g => ['simulate', String(g), String(SIMS), String(N), String(SEED)]),
    { script: DECISION_PROBE, concurrency }
  )
  const simSeconds = (Date.now() - t0) / 1000
  const rows = runs.map(r => ({ ...r, exact: exactRates(r.gain) }))
  table([
    [
      'gain',
      'candidate acc.',
      'significance 0.05',
      'exact',
      'cand. > bench.',
      'exact',
      'cand. ≥ bench.',
      'exact',
      'ties',
      'discordant'
    ],
    ...rows.map(r => [
      `+${r.gain.toFixed(1)} pt`,
      (BASE + r.gain / 100).toFixed(3),
      rateWithSe(r.promoted, r.sims),
      pct(r.exact.significant),
      rateWithSe(r.plainGreater, r.sims),
      pct(r.exact.greater),
      rateWithSe(r.plainAtLeast, r.sims),
      pct(r.exact.atLeast),
      pct(r.ties / r.sims),
      r.meanDiscordant.toFixed(0)
    ])
  ])
  log(
    `  rates ± their Monte-Carlo standard error √(p(1 − p)/${SIMS}); cand. ≥ bench. is compare without significance (a tie passes, SPEC §4); ${simSeconds.toFixed(0)} s (${concurrency} processes)`
  )
  // The simulation and the exact figures must agree within Monte-Carlo error.
  const off = []
  for (const r of rows) {
    for (const [label, count, exact] of [
      ['significance', r.promoted, r.exact.significant],
      ['>', r.plainGreater, r.exact.greater],
      ['≥', r.plainAtLeast, r.exact.atLeast]
    ]) {
      const z = zScore(count, r.sims, exact)
      if (Math.abs(z) > 3.5) off.push(`+${r.gain} pt ${label}: ${z.toFixed(1)} SE`)
    }
  }
  if (off.length) log(`  WARNING: simulated rates far from the exact ones: ${off.join('; ')}`)
  else log('  every simulated rate is within 3.5 standard errors of the exact rate')

  const null0 = rows.find(r => r.gain === 0)
  const falseRate = null0.promoted / null0.sims
  log(
    `  no true improvement: mean p-value ${null0.meanPValue.toFixed(3)}; the exact test's real size is ${pct(null0.exact.significant, 2)} at α = ${ALPHA} (McNemar's exact test is conservative: with ~${null0.meanDiscordant.toFixed(0)} discordant examples the attainable p-values are discrete and the test only rejects below α)`
  )
  target(results, {
    group: GROUP,
    name: `false-promotion rate, no true gain, significance ${ALPHA} (n = ${N}, ${null0.sims} sims)`,
    value: `${rateWithSe(null0.promoted, null0.sims)} (exact ${pct(null0.exact.significant, 2)}; plain > ${pct(null0.plainGreater / null0.sims)}, ≥ ${pct(null0.plainAtLeast / null0.sims)})`,
    goal: `≤ ${pct(MAX_FALSE_PROMOTION, 0)}`,
    pass: falseRate <= MAX_FALSE_PROMOTION
  })
  const power = rows.find(r => r.gain === POWER_GAIN)
  target(results, {
    group: GROUP,
    name: `promotion rate, +${POWER_GAIN} pt accuracy gain, significance ${ALPHA} (${power.sims} sims)`,
    value: `${rateWithSe(power.promoted, power.sims)} (exact ${pct(power.exact.significant, 2)})`,
    goal: `≥ ${pct(MIN_POWER, 0)}`,
    pass: power.promoted / power.sims >= MIN_POWER
  })
}

// ---- speed --------------------------------------------------------------------

function compareSpeed(results) {
  const data = generatePredictions({ dataDir: DATA_DIR, rows: ROWS, log })
  log('')
  log(
    `speed: compare with significance on ${ROWS} paired predictions (ids; the benchmark's rows shuffled), ${RESAMPLES} bootstrap resamples, seed BOOTSTRAP_SEED;`
  )
  log(
    `  fresh process per run, median of ${SPEED_RUNS} (interleaved); files in ${data.dir} (page cache warm)`
  )
  log(
    '  decide = testImprovement + compareMetrics; end to end = read and parse both files + pair by id + decide'
  )
  const runs = SPEED_CASES.map(() => [])
  for (let round = 0; round < SPEED_RUNS; round++) {
    for (const [k, c] of SPEED_CASES.entries()) {
      runs[k].push(
        probe(
          [
            'speed',
            c.metric,
            data.file(c.data, 'candidate'),
            data.file(c.data, 'benchmark'),
            String(RESAMPLES)
          ],
          { script: DECISION_PROBE }
        )
      )
    }
  }
  const rows = SPEED_CASES.map((c, k) => {
    const m = medianRun(runs[k], 'ms')
    const med = key => median(runs[k].map(r => r[key]))
    return {
      ...c,
      runs: runs[k],
      decideMs: med('ms'),
      testMs: med('testMs'),
      compareMs: med('decideMs'),
      parseCandidateMs: med('parseCandidateMs'),
      parseBenchmarkMs: med('parseBenchmarkMs'),
      pairMs: med('pairMs'),
      endToEndMs: med('endToEndMs'),
      maxRssMB: Math.max(...runs[k].map(r => r.maxRssMB)),
      pValue: m.pValue,
      decision: m.decision,
      method: m.method
    }
  })
  table([
    [
      'metric',
      'data',
      'test',
      'compareMetrics',
      'decide',
      'parse cand.',
      'parse bench.',
      'pair',
      'end to end',
      'peak RSS',
      'p-value',
      'decision'
    ],
    ...rows.map(r => [
      r.metric,
      DATA_LABEL[r.data],
      fmtMs(r.testMs),
      fmtMs(r.compareMs),
      fmtMs(r.decideMs),
      fmtMs(r.parseCandidateMs),
      fmtMs(r.parseBenchmarkMs),
      fmtMs(r.pairMs),
      fmtMs(r.endToEndMs),
      fmtMB(r.maxRssMB),
      r.pValue < 0.001 ? r.pValue.toExponential(1) : r.pValue.toFixed(3),
      r.decision
    ])
  ])
  for (const r of rows) log(`  ${r.metric} (${DATA_LABEL[r.data]}): ${r.method}`)
  log(
    '  each column is the median over the runs (so the parts need not add up to the end-to-end median exactly)'
  )
  const f1 = rows.filter(r => r.target)
  const slowest = key => f1.reduce((x, y) => (y[key] > x[key] ? y : x))
  const d = slowest('decideMs')
  target(results, {
    group: GROUP,
    name: `f1_macro bootstrap decide (testImprovement + compareMetrics), ${ROWS} pairs × ${RESAMPLES} resamples`,
    value: `${fmtMs(d.decideMs)} (${DATA_LABEL[d.data]}; ${f1.map(r => `${DATA_LABEL[r.data]} ${fmtMs(r.decideMs)}`).join(', ')})`,
    goal: `< ${fmtMs(MAX_MS)}`,
    pass: d.decideMs < MAX_MS
  })
  const e = slowest('endToEndMs')
  target(results, {
    group: GROUP,
    name: `f1_macro end to end (parse 2 files + pair + decide), ${ROWS} rows`,
    value: `${fmtMs(e.endToEndMs)} (${DATA_LABEL[e.data]}; ${f1.map(r => `${DATA_LABEL[r.data]} ${fmtMs(r.endToEndMs)}`).join(', ')})`,
    goal: `< ${fmtMs(MAX_MS)}`,
    pass: e.endToEndMs < MAX_MS
  })
}

export async function benchDecision(results) {
  log('== 4. decision: how honest and how fast compare is ==')
  ensureProbe('decision-probe')
  await decisionQuality(results)
  compareSpeed(results)
  log('')
}
