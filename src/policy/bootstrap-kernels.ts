/**
 * Fast per-resample evaluation of metric(candidate) − metric(benchmark) for
 * the paired bootstrap. A resample is an array of example indices drawn with
 * replacement; a kernel turns it into the delta without building resampled
 * prediction arrays: everything a metric needs is precomputed per example in
 * typed arrays, and a resample only sums over the drawn indices.
 *
 * - accuracy and the micro averages (equal to accuracy for single-label
 *   data): per-example difference in correctness, an Int8Array.
 * - mse, mae: per-example difference in loss; rmse and r2 keep separate sums.
 * - precision/recall/f1 macro: every example is one of P distinct
 *   (y_true, candidate, benchmark) label triples; a resample counts triples
 *   (one increment per draw) and folds the counts into per-class tp/fp/fn.
 * - roc_auc: examples are sorted by score once per model; a resample counts
 *   how often each example was drawn and takes a weighted linear pass, so
 *   it costs O(n) per resample instead of a sort (about 3× accuracy's cost).
 * - any other metric (a function): materialises the resampled predictions
 *   and calls it, which is slow (allocation per resample) but general.
 */
import { sortScores, weightedAuc } from './auc.js'
import { countExample, scoresFromCounts, type ClassificationScoreName } from './classification.js'
import type { ComputedMetricName } from './computed-metrics.js'
import { encodeLabels, sortLabels } from './labels.js'
import type { PairedPredictions } from './pairing.js'
import type { Predictions } from './predictions.js'
import { r2FromSums } from './regression.js'

/** metric(candidate on the resample) − metric(benchmark on the resample); NaN if undefined. */
export type DeltaKernel = (indices: Uint32Array) => number

export type MetricFunction = (predictions: Predictions) => number

export function makeKernel(
  metric: ComputedMetricName | MetricFunction,
  pairs: PairedPredictions
): DeltaKernel {
  if (typeof metric === 'function') return functionKernel(metric, pairs)
  switch (metric) {
    case 'accuracy':
    case 'precision_micro':
    case 'recall_micro':
    case 'f1_micro':
      return accuracyKernel(classification(pairs, metric))
    case 'precision_macro':
    case 'recall_macro':
    case 'f1_macro':
      return confusionKernel(classification(pairs, metric), metric)
    case 'roc_auc':
      return aucKernel(classification(pairs, metric))
    case 'mse':
    case 'mae':
      return meanLossKernel(regression(pairs, metric), metric)
    case 'rmse':
      return rmseKernel(regression(pairs, metric))
    case 'r2':
      return r2Kernel(regression(pairs, metric))
  }
}

type ClassificationPairs = Extract<PairedPredictions, { task: 'classification' }>
type RegressionPairs = Extract<PairedPredictions, { task: 'regression' }>

function classification(pairs: PairedPredictions, metric: string): ClassificationPairs {
  if (pairs.task !== 'classification') {
    throw new RangeError(`${metric} needs classification predictions, these are regression`)
  }
  return pairs
}

function regression(pairs: PairedPredictions, metric: string): RegressionPairs {
  if (pairs.task !== 'regression') {
    throw new RangeError(
      `${metric} needs regression predictions, these read as classes ` +
        '(all values are integers or not numbers)'
    )
  }
  return pairs
}

function accuracyKernel(pairs: ClassificationPairs): DeltaKernel {
  const { yTrue, candidate, benchmark } = pairs
  const diff = new Int8Array(yTrue.length)
  for (let i = 0; i < yTrue.length; i++) {
    diff[i] = +(candidate.yPred[i] === yTrue[i]) - +(benchmark.yPred[i] === yTrue[i])
  }
  return indices => {
    let sum = 0
    for (let i = 0; i < indices.length; i++) sum += diff[indices[i]]
    return sum / indices.length
  }
}

function confusionKernel(pairs: ClassificationPairs, metric: ClassificationScoreName): DeltaKernel {
  const { labels, codes } = encodeLabels([
    pairs.yTrue,
    pairs.candidate.yPred,
    pairs.benchmark.yPred
  ])
  const [t, c, b] = codes
  const k = labels.length
  // Dense ids for the distinct (true, candidate, benchmark) triples.
  const ids = new Map<number, number>()
  const pattern = new Uint32Array(t.length)
  const triples: number[] = []
  for (let i = 0; i < t.length; i++) {
    const key = (t[i] * k + c[i]) * k + b[i]
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
      triples.push(t[i], c[i], b[i])
    }
    pattern[i] = id
  }
  const patterns = ids.size
  const counts = new Int32Array(patterns)
  const tpC = new Float64Array(k)
  const fpC = new Float64Array(k)
  const fnC = new Float64Array(k)
  const tpB = new Float64Array(k)
  const fpB = new Float64Array(k)
  const fnB = new Float64Array(k)
  return indices => {
    counts.fill(0)
    for (let i = 0; i < indices.length; i++) counts[pattern[indices[i]]]++
    for (const a of [tpC, fpC, fnC, tpB, fpB, fnB]) a.fill(0)
    for (let q = 0; q < patterns; q++) {
      const w = counts[q]
      if (w === 0) continue
      const truth = triples[3 * q]
      countExample(tpC, fpC, fnC, truth, triples[3 * q + 1], w)
      countExample(tpB, fpB, fnB, truth, triples[3 * q + 2], w)
    }
    const n = indices.length
    return scoresFromCounts(tpC, fpC, fnC, n)[metric] - scoresFromCounts(tpB, fpB, fnB, n)[metric]
  }
}

function aucKernel(pairs: ClassificationPairs): DeltaKernel {
  const { yTrue, candidate, benchmark } = pairs
  if (candidate.yScore === undefined || benchmark.yScore === undefined) {
    throw new RangeError('roc_auc needs a y_score column in both predictions files')
  }
  const classes = sortLabels(yTrue)
  if (classes.length !== 2) {
    throw new RangeError(`roc_auc is for binary tasks; y_true has ${classes.length} classes`)
  }
  const isPositive = Uint8Array.from(yTrue, y => (y === classes[1] ? 1 : 0))
  const sortedC = sortScores(candidate.yScore)
  const sortedB = sortScores(benchmark.yScore)
  const weights = new Int32Array(yTrue.length)
  return indices => {
    weights.fill(0)
    for (let i = 0; i < indices.length; i++) weights[indices[i]]++
    return weightedAuc(sortedC, isPositive, weights) - weightedAuc(sortedB, isPositive, weights)
  }
}

function meanLossKernel(pairs: RegressionPairs, metric: 'mse' | 'mae'): DeltaKernel {
  const { yTrue, candidate, benchmark } = pairs
  const loss = metric === 'mse' ? (e: number) => e * e : Math.abs
  const diff = new Float64Array(yTrue.length)
  for (let i = 0; i < yTrue.length; i++) {
    diff[i] = loss(yTrue[i] - candidate.yPred[i]) - loss(yTrue[i] - benchmark.yPred[i])
  }
  return indices => {
    let sum = 0
    for (let i = 0; i < indices.length; i++) sum += diff[indices[i]]
    return sum / indices.length
  }
}

/** Interleaved per-example squared errors [candidate, benchmark, …] for locality. */
function squaredErrors(pairs: RegressionPairs, stride: number): Float64Array {
  const { yTrue, candidate, benchmark } = pairs
  const out = new Float64Array(yTrue.length * stride)
  for (let i = 0; i < yTrue.length; i++) {
    out[stride * i] = (yTrue[i] - candidate.yPred[i]) ** 2
    out[stride * i + 1] = (yTrue[i] - benchmark.yPred[i]) ** 2
  }
  return out
}

function rmseKernel(pairs: RegressionPairs): DeltaKernel {
  const sq = squaredErrors(pairs, 2)
  return indices => {
    let c = 0
    let b = 0
    for (let i = 0; i < indices.length; i++) {
      const j = 2 * indices[i]
      c += sq[j]
      b += sq[j + 1]
    }
    const n = indices.length
    return Math.sqrt(c / n) - Math.sqrt(b / n)
  }
}

function r2Kernel(pairs: RegressionPairs): DeltaKernel {
  const data = squaredErrors(pairs, 3)
  // y_true centred on its full-sample mean: the resample's total sum of
  // squares Σy² − (Σy)²/n then keeps its digits (it is shift-invariant).
  const n0 = pairs.yTrue.length
  const mean = pairs.yTrue.reduce((s, y) => s + y, 0) / n0
  for (let i = 0; i < n0; i++) data[3 * i + 2] = pairs.yTrue[i] - mean
  return indices => {
    let c = 0
    let b = 0
    let sy = 0
    let syy = 0
    for (let i = 0; i < indices.length; i++) {
      const j = 3 * indices[i]
      c += data[j]
      b += data[j + 1]
      const y = data[j + 2]
      sy += y
      syy += y * y
    }
    const sst = Math.max(0, syy - (sy * sy) / indices.length)
    return r2FromSums(c, sst) - r2FromSums(b, sst)
  }
}

function functionKernel(metric: MetricFunction, pairs: PairedPredictions): DeltaKernel {
  const pick = <T>(values: readonly T[], indices: Uint32Array): T[] =>
    Array.from(indices, i => values[i])
  return indices => {
    const yTrue = pick<string | number>(pairs.yTrue, indices)
    const side = (s: { yPred: Array<string | number>; yScore?: number[] }) =>
      ({
        task: pairs.task,
        yTrue,
        yPred: pick(s.yPred, indices),
        ...(s.yScore && { yScore: pick(s.yScore, indices) })
      }) as Predictions
    return metric(side(pairs.candidate)) - metric(side(pairs.benchmark))
  }
}
