/**
 * The `decision` group's measurements, in a fresh process, called by
 * bench/decision.mjs; compiled with ncc into bench/.build/decision-probe (as
 * probe.ts, so that the registry probe carries none of these modules).
 * Prints one JSON line on stdout: { ...details, maxRssMB }.
 *
 *   decision-probe simulate <gain> <sims> <n> <seed>
 *       <sims> simulated comparisons of two binary classifiers on <n>
 *       examples: the benchmark is right on each example with probability
 *       0.85, the candidate with 0.85 + <gain> (in accuracy points, e.g. 4
 *       for 0.89), independently. Each goes through compare's path:
 *       Predictions with ids (the benchmark's rows in another order) →
 *       pairPredictions → testImprovement('accuracy', …) → compareMetrics
 *       with the accuracies from computeMetrics. Returns how many passed with
 *       `significance: 0.05`, without it (candidate ≥ benchmark), and with
 *       candidate > benchmark, plus the ties and discordant counts.
 *   decision-probe speed <metric> <candidate.csv> <benchmark.csv> <resamples>
 *       compare's work for one primary metric: read and parse both files,
 *       pair by id, testImprovement (2,000 resamples for the bootstrap),
 *       compareMetrics; each step timed. Also returns, untimed, how many
 *       kinds of example a count-based bootstrap metric has (which decides
 *       its sampler in bootstrap.ts).
 *   decision-probe bootstrap <metric> <candidate.csv> <benchmark.csv> <resamples> <sampler>
 *       pairedBootstrap alone with a forced sampler (indices | multinomial),
 *       to compare the two samplers on the same data.
 *   decision-probe mcnemar <discordant> <tests>
 *       mcnemarExact(b, <discordant> − b) for <tests> values of b, 10 apart, centred on
 *       <discordant> / 2, where its tail sums are longest; timed together. Also returns,
 *       untimed, the most terms one tail sum took.
 */
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { BOOTSTRAP_SEED } from '../src/evaluation/comparison-inputs.js'
import { binomialHalfUpperTailSum } from '../src/policy/binomial.js'
import { pairedBootstrap } from '../src/policy/bootstrap.js'
import { makeKernel } from '../src/policy/bootstrap-kernels.js'
import { compareMetrics } from '../src/policy/compare.js'
import { computeMetrics, type ComputedMetricName } from '../src/policy/computed-metrics.js'
import {
  pairPredictions,
  parsePredictions,
  type ClassificationPredictions
} from '../src/policy/predictions.js'
import { Rng } from '../src/policy/random.js'
import { testImprovement } from '../src/policy/significance.js'
import { mcnemarExact } from '../src/policy/statistics.js'
import type { Goal, MetricPolicy } from '../src/registry/types.js'

type Details = Record<string, unknown>

const ALPHA = 0.05
const BASE_ACCURACY = 0.85
const MINIMIZED = new Set(['mse', 'rmse', 'mae'])

function accuracyOf(predictions: ClassificationPredictions): number {
  const value = computeMetrics(predictions).metrics.accuracy
  if (value === undefined) throw new Error('computeMetrics gave no accuracy')
  return value
}

/** A random permutation of 0..n-1 (Fisher–Yates). */
function permutation(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return order
}

function simulate(gainPoints: number, sims: number, n: number, seed: number): Details {
  const gain = gainPoints / 100
  const candidateAccuracy = BASE_ACCURACY + gain
  // The same seed at every gain (common random numbers): the benchmark's
  // draws are the same and the candidate's uniforms too, so the power curve
  // is smooth and monotone; each point's rate is still a plain Monte-Carlo
  // estimate with the usual standard error.
  const rng = Rng.fromSeed(seed)
  const ids = Array.from({ length: n }, (_, i) => `ex-${String(i).padStart(6, '0')}`)
  // The benchmark's file lists the same examples in another order, so
  // pairing by id does the work it does on real files.
  const order = permutation(n, Rng.fromSeed(seed + 1))
  const benchmarkIds = order.map(i => ids[i])
  const policy: Record<string, MetricPolicy> = { accuracy: { goal: 'maximize' } }

  let promoted = 0
  let plainAtLeast = 0
  let plainGreater = 0
  let ties = 0
  let discordant = 0
  let pValueSum = 0
  const t0 = performance.now()
  for (let s = 0; s < sims; s++) {
    const yTrue: string[] = new Array(n)
    const candidatePred: string[] = new Array(n)
    const benchmarkPred: string[] = new Array(n)
    let b = 0 // only the candidate right
    let c = 0 // only the benchmark right
    for (let i = 0; i < n; i++) {
      const truth = rng.nextUint32() & 1 ? '1' : '0'
      const wrong = truth === '1' ? '0' : '1'
      const benchmarkRight = rng.nextFloat() < BASE_ACCURACY
      const candidateRight = rng.nextFloat() < candidateAccuracy
      yTrue[i] = truth
      benchmarkPred[i] = benchmarkRight ? truth : wrong
      candidatePred[i] = candidateRight ? truth : wrong
      if (candidateRight && !benchmarkRight) b++
      else if (benchmarkRight && !candidateRight) c++
    }
    const candidate: ClassificationPredictions = {
      task: 'classification',
      ids,
      yTrue,
      yPred: candidatePred
    }
    const benchmark: ClassificationPredictions = {
      task: 'classification',
      ids: benchmarkIds,
      yTrue: order.map(i => yTrue[i]),
      yPred: order.map(i => benchmarkPred[i])
    }
    const pairs = pairPredictions(candidate, benchmark)
    const evidence = testImprovement('accuracy', 'maximize', pairs, {
      alpha: ALPHA,
      seed: BOOTSTRAP_SEED
    })
    if (!('pValue' in evidence)) throw new Error(`no McNemar test: ${evidence.unavailable}`)
    const metrics = {
      candidate: { accuracy: accuracyOf(candidate) },
      benchmark: { accuracy: accuracyOf(benchmark) }
    }
    // A check on the simulation and on pairing: the accuracy difference is (b − c) / n.
    const delta = metrics.candidate.accuracy - metrics.benchmark.accuracy
    if (Math.abs(delta - (b - c) / n) > 1e-12) {
      throw new Error(`accuracy delta ${delta} differs from (b − c) / n = ${(b - c) / n}`)
    }
    const withSignificance = compareMetrics({
      policy,
      compare: { primary: ['accuracy'], significance: ALPHA },
      ...metrics,
      evidence: { accuracy: evidence }
    })
    const without = compareMetrics({ policy, compare: { primary: ['accuracy'] }, ...metrics })
    if (withSignificance.decision === 'pass') promoted++
    if (without.decision === 'pass') plainAtLeast++
    if (metrics.candidate.accuracy > metrics.benchmark.accuracy) plainGreater++
    if (metrics.candidate.accuracy === metrics.benchmark.accuracy) ties++
    discordant += b + c
    pValueSum += evidence.pValue
  }
  return {
    ms: performance.now() - t0,
    gain: gainPoints,
    sims,
    n,
    seed,
    promoted,
    plainAtLeast,
    plainGreater,
    ties,
    meanDiscordant: discordant / sims,
    meanPValue: pValueSum / sims
  }
}

async function speed(
  metric: string,
  candidateFile: string,
  benchmarkFile: string,
  resamples: number
): Promise<Details> {
  const goal: Goal = MINIMIZED.has(metric) ? 'minimize' : 'maximize'
  const t0 = performance.now()
  const candidate = parsePredictions(await readFile(candidateFile, 'utf8'), candidateFile)
  const t1 = performance.now()
  const benchmark = parsePredictions(await readFile(benchmarkFile, 'utf8'), benchmarkFile)
  const t2 = performance.now()
  const pairs = pairPredictions(candidate, benchmark)
  const t3 = performance.now()
  const evidence = testImprovement(metric, goal, pairs, {
    alpha: ALPHA,
    seed: BOOTSTRAP_SEED,
    resamples
  })
  const t4 = performance.now()
  // compare reads both metric values from result.json (evaluate computed
  // them): not part of the timed path.
  const value = (p: typeof candidate): number => {
    const v =
      computeMetrics(p).metrics[metric as keyof ReturnType<typeof computeMetrics>['metrics']]
    if (v === undefined) throw new Error(`computeMetrics gave no ${metric}`)
    return v
  }
  const metrics = {
    candidate: { [metric]: value(candidate) },
    benchmark: { [metric]: value(benchmark) }
  }
  const t5 = performance.now()
  const comparison = compareMetrics({
    policy: { [metric]: { goal } },
    compare: { primary: [metric], significance: ALPHA },
    ...metrics,
    evidence: { [metric]: evidence }
  })
  const t6 = performance.now()
  if ('unavailable' in evidence) throw new Error(`no test for ${metric}: ${evidence.unavailable}`)
  const kernel = metric === 'accuracy' ? undefined : makeKernel(metric as ComputedMetricName, pairs)
  const parseMs = t2 - t0
  const pairMs = t3 - t2
  const testMs = t4 - t3
  const decideMs = t6 - t5
  return {
    ms: testMs + decideMs,
    parseCandidateMs: t1 - t0,
    parseBenchmarkMs: t2 - t1,
    parseMs,
    pairMs,
    testMs,
    decideMs,
    endToEndMs: parseMs + pairMs + testMs + decideMs,
    rows: pairs.yTrue.length,
    task: pairs.task,
    delta: metrics.candidate[metric] - metrics.benchmark[metric],
    pValue: evidence.pValue,
    method: evidence.method,
    decision: comparison.decision,
    kernel: kernel?.kind,
    kinds: kernel?.kind === 'counts' ? kernel.frequencies.length : undefined
  }
}

async function bootstrapOnly(
  metric: string,
  candidateFile: string,
  benchmarkFile: string,
  resamples: number,
  sampler: 'indices' | 'multinomial'
): Promise<Details> {
  const candidate = parsePredictions(await readFile(candidateFile, 'utf8'), candidateFile)
  const benchmark = parsePredictions(await readFile(benchmarkFile, 'utf8'), benchmarkFile)
  const pairs = pairPredictions(candidate, benchmark)
  const t0 = performance.now()
  const result = pairedBootstrap(metric as ComputedMetricName, pairs, {
    resamples,
    seed: BOOTSTRAP_SEED,
    alpha: ALPHA,
    goal: MINIMIZED.has(metric) ? 'minimize' : 'maximize',
    sampler
  })
  return { ms: performance.now() - t0, sampler, ...result }
}

function mcnemar(discordant: number, tests: number): Details {
  const from = Math.round(discordant / 2 - 5 * tests)
  const bs = Array.from({ length: tests }, (_, i) => from + 10 * i)
  let pValueSum = 0
  const t0 = performance.now()
  for (const b of bs) pValueSum += mcnemarExact(b, discordant - b)
  const ms = performance.now() - t0
  const maxTerms = Math.max(...bs.map(b => binomialHalfUpperTailSum(b, discordant).terms))
  return { ms, discordant, tests, from, maxTerms, pValueSum }
}

async function main(): Promise<Details> {
  const [mode, ...args] = process.argv.slice(2)
  switch (mode) {
    case 'simulate': {
      const [gain, sims, n, seed] = args.map(Number)
      if (![gain, sims, n, seed].every(Number.isFinite)) {
        throw new Error('usage: decision-probe simulate <gain points> <sims> <n> <seed>')
      }
      return simulate(gain, sims, n, seed)
    }
    case 'speed': {
      const [metric, candidateFile, benchmarkFile, resamples] = args
      if (!benchmarkFile) {
        throw new Error(
          'usage: decision-probe speed <metric> <candidate.csv> <benchmark.csv> <resamples>'
        )
      }
      return speed(metric, candidateFile, benchmarkFile, Number(resamples ?? 2000))
    }
    case 'bootstrap': {
      const [metric, candidateFile, benchmarkFile, resamples, sampler] = args
      if (sampler !== 'indices' && sampler !== 'multinomial') {
        throw new Error(
          'usage: decision-probe bootstrap <metric> <candidate.csv> <benchmark.csv> <resamples> <indices|multinomial>'
        )
      }
      return bootstrapOnly(metric, candidateFile, benchmarkFile, Number(resamples), sampler)
    }
    case 'mcnemar': {
      const [discordant, tests] = args.map(Number)
      if (!Number.isSafeInteger(discordant) || !Number.isSafeInteger(tests)) {
        throw new Error('usage: decision-probe mcnemar <discordant> <tests>')
      }
      return mcnemar(discordant, tests)
    }
    default:
      throw new Error(`unknown decision-probe mode "${mode}"`)
  }
}

const details = await main()
// maxRSS is in kilobytes (getrusage).
const maxRssMB = process.resourceUsage().maxRSS / 1024
process.stdout.write(JSON.stringify({ ...details, maxRssMB }) + '\n')
