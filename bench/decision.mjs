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

// Decision quality (the acceptance text).
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
/** pairedBootstrap alone by kind counts (the figure bootstrap.test.ts used to time). */
const MAX_COUNTS_BOOTSTRAP_MS = 1000
/** McNemar's exact test near b = c with 200,000 discordant pairs: the longest tail sums. */
const MCNEMAR_DISCORDANT = 200_000
const MCNEMAR_TESTS = 200
const MAX_MCNEMAR_MS = 500
const SPEED_CASES = [
  { metric: 'accuracy', data: 'binary' },
  { metric: 'f1_macro', data: 'binary', target: true },
  { metric: 'f1_macro', data: 'multiclass', target: true },
  { metric: 'roc_auc', data: 'binary' },
  { metric: 'rmse', data: 'regression' },
  { metric: 'mse', data: 'regression' }
]
/**
 * bootstrap.ts's rule (not exported), mirrored to label the rows: a count
 * metric samples kind counts when it has at most n/32 kinds, else draws indices.
 */
const KINDS_PER_EXAMPLE_FOR_MULTINOMIAL = 1 / 32
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

const int = x => x.toLocaleString('en-US')
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
    `decision quality: ${int(SIMS)} simulated comparisons per point, n = ${int(N)} examples, binary labels;`
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
    `  rates ± their Monte-Carlo standard error √(p(1 − p)/${int(SIMS)}); cand. ≥ bench. is compare without significance (a tie passes, SPEC §4); ${simSeconds.toFixed(0)} s (${concurrency} processes)`
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
    `  no true improvement (+0 pt): promoted with significance ${rateWithSe(null0.promoted, null0.sims)} (exact ${pct(null0.exact.significant, 2)}); plain rule candidate > benchmark ${rateWithSe(null0.plainGreater, null0.sims)} (the ${pct(null0.ties / null0.sims)} ties fail it); candidate ≥ benchmark, i.e. compare without significance, ${rateWithSe(null0.plainAtLeast, null0.sims)} (ties pass)`
  )
  log(
    `  with no true gain the mean p-value is ${null0.meanPValue.toFixed(3)} and the test's real size (exact) ${pct(null0.exact.significant, 2)} at α = ${ALPHA}: McNemar's exact test is conservative, its p-values are discrete (~${null0.meanDiscordant.toFixed(0)} discordant examples) and it rejects only when p < α`
  )
  target(results, {
    group: GROUP,
    name: `false promotions, no true gain, significance ${ALPHA}`,
    value: `${rateWithSe(null0.promoted, null0.sims)} (plain >: ${pct(null0.plainGreater / null0.sims)}, ≥: ${pct(null0.plainAtLeast / null0.sims)})`,
    goal: `≤ ${pct(MAX_FALSE_PROMOTION, 0)}`,
    pass: falseRate <= MAX_FALSE_PROMOTION
  })
  const power = rows.find(r => r.gain === POWER_GAIN)
  target(results, {
    group: GROUP,
    name: `promotions, +${POWER_GAIN} pt accuracy gain, significance ${ALPHA}`,
    value: rateWithSe(power.promoted, power.sims),
    goal: `≥ ${pct(MIN_POWER, 0)}`,
    pass: power.promoted / power.sims >= MIN_POWER
  })
}

// ---- speed --------------------------------------------------------------------

function compareSpeed(results) {
  const data = generatePredictions({ dataDir: DATA_DIR, rows: ROWS, log })
  log('')
  log(
    `speed: compare with significance on ${int(ROWS)} paired predictions (ids; the benchmark's rows shuffled), ${int(RESAMPLES)} bootstrap resamples, seed BOOTSTRAP_SEED;`
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
  const sampler = r =>
    r.metric === 'accuracy'
      ? 'none (McNemar)'
      : r.kernel === 'indices'
        ? 'indices'
        : r.kinds <= ROWS * KINDS_PER_EXAMPLE_FOR_MULTINOMIAL
          ? `counts (${r.kinds} kinds)`
          : `indices (${r.kinds} kinds)`
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
      method: m.method,
      kernel: m.kernel,
      kinds: m.kinds
    }
  })
  table([
    [
      'metric',
      'data',
      'resampling',
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
      sampler(r),
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
  log(`  tests: ${[...new Set(rows.map(r => r.method.replace(/, \d+ vs \d+ .*/, '')))].join('; ')}`)
  log(
    `  resampling: how bootstrap.ts resamples a metric (counts of each kind of example drawn from their multinomial when there are ≤ n/32 = ${Math.floor(ROWS * KINDS_PER_EXAMPLE_FOR_MULTINOMIAL)} kinds, else ${int(ROWS)} indices drawn per resample); p = 5.0e-4 is 1/(${int(RESAMPLES)} + 1), the smallest p-value the bootstrap gives`
  )
  log(
    '  each column is the median over the runs (so the parts need not add up to the end-to-end median exactly)'
  )
  samplerCheck(data, results)
  const f1 = rows.filter(r => r.target)
  const slowest = key => f1.reduce((x, y) => (y[key] > x[key] ? y : x))
  const d = slowest('decideMs')
  target(results, {
    group: GROUP,
    name: `f1_macro decide, ${int(ROWS)} pairs × ${int(RESAMPLES)} resamples (slower of ${f1.map(r => DATA_LABEL[r.data]).join(' / ')})`,
    value: `${fmtMs(d.decideMs)} (${DATA_LABEL[d.data]})`,
    goal: `< ${fmtMs(MAX_MS)}`,
    pass: d.decideMs < MAX_MS
  })
  const e = slowest('endToEndMs')
  target(results, {
    group: GROUP,
    name: `f1_macro end to end: parse 2 files + pair + decide (slower of ${f1.map(r => DATA_LABEL[r.data]).join(' / ')})`,
    value: `${fmtMs(e.endToEndMs)} (${DATA_LABEL[e.data]})`,
    goal: `< ${fmtMs(MAX_MS)}`,
    pass: e.endToEndMs < MAX_MS
  })
}

/**
 * pairedBootstrap alone on the 10-class f1_macro data with each sampler forced; the kind-count
 * sampler's time is a target (the tests check that its work does not grow with n).
 */
function samplerCheck(data, results) {
  const runs = { indices: [], multinomial: [] }
  for (let round = 0; round < SPEED_RUNS; round++) {
    for (const s of Object.keys(runs)) {
      runs[s].push(
        probe(
          [
            'bootstrap',
            'f1_macro',
            data.file('multiclass', 'candidate'),
            data.file('multiclass', 'benchmark'),
            String(RESAMPLES),
            s
          ],
          { script: DECISION_PROBE }
        )
      )
    }
  }
  const show = s => {
    const m = medianRun(runs[s], 'ms')
    return `${s} ${fmtMs(m.ms)} (p ${m.pValue.toFixed(4)}, CI [${m.ciLow.toFixed(4)}, ${m.ciHigh.toFixed(4)}])`
  }
  log(
    `  sampler check, f1_macro 10 classes, pairedBootstrap alone, median of ${SPEED_RUNS}: ${show('indices')} vs ${show('multinomial')} — the same bootstrap distribution, different random draws`
  )
  const counts = medianRun(runs.multinomial, 'ms')
  target(results, {
    group: GROUP,
    name: `pairedBootstrap alone by kind counts, f1_macro 10 classes, ${int(ROWS)} pairs × ${int(RESAMPLES)} resamples`,
    value: fmtMs(counts.ms),
    goal: `< ${fmtMs(MAX_COUNTS_BOOTSTRAP_MS)}`,
    pass: counts.ms < MAX_COUNTS_BOOTSTRAP_MS
  })
}

/** McNemar's exact test where its tail sum is longest (b ≈ c), many times over. */
function mcnemarSpeed(results) {
  const runs = Array.from({ length: SPEED_RUNS }, () =>
    probe(['mcnemar', String(MCNEMAR_DISCORDANT), String(MCNEMAR_TESTS)], {
      script: DECISION_PROBE
    })
  )
  const m = medianRun(runs, 'ms')
  log(
    `  mcnemarExact, ${MCNEMAR_TESTS} tests with b + c = ${int(MCNEMAR_DISCORDANT)} around b = c: ${fmtMs(m.ms)} (median of ${SPEED_RUNS}; at most ${int(m.maxTerms)} terms summed per test)`
  )
  target(results, {
    group: GROUP,
    name: `mcnemarExact, ${MCNEMAR_TESTS} tests of ${int(MCNEMAR_DISCORDANT)} discordant pairs`,
    value: fmtMs(m.ms),
    goal: `< ${fmtMs(MAX_MCNEMAR_MS)}`,
    pass: m.ms < MAX_MCNEMAR_MS
  })
}

export async function benchDecision(results) {
  log('== 4. decision: how honest and how fast compare is ==')
  ensureProbe('decision-probe')
  await decisionQuality(results)
  compareSpeed(results)
  mcnemarSpeed(results)
  log('')
}
