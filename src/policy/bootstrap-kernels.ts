/**
 * Fast evaluation of metric(candidate) − metric(benchmark) on a bootstrap
 * resample, without building resampled prediction arrays. Two kinds:
 *
 * - count kernels, for metrics that depend only on how many examples of each
 *   kind a resample holds. accuracy and the micro averages (equal to
 *   accuracy for single-label data) need 3 kinds: both models agree on
 *   correctness, only the candidate is right, only the benchmark is right.
 *   precision/recall/f1 macro need one kind per distinct (y_true, candidate,
 *   benchmark) label triple; a resample's kind counts are folded into
 *   per-class tp/fp/fn. The driver either samples the counts directly
 *   (multinomial) or draws indices and counts kinds (one increment per draw).
 * - index kernels, for metrics of per-example real values: mse and mae sum a
 *   per-example loss difference (a Float64Array) over the drawn indices;
 *   rmse and r2 keep separate sums per model; roc_auc counts how often each
 *   example was drawn and takes one weighted linear pass over the examples
 *   sorted by score once per model (O(n) per resample, not a sort; about 3×
 *   the cost of mse).
 */
import { sortScores, weightedAuc } from './auc.js'
import { countExample, scoresFromCounts, type ClassificationScoreName } from './classification.js'
import type { ComputedMetricName } from './computed-metrics.js'
import { encodeLabels, sortLabels } from './labels.js'
import type { PairedPredictions } from './pairing.js'
import { r2FromSums } from './regression.js'

// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const { abs, max, sqrt } = Math

/** Deltas are metric(candidate) − metric(benchmark) on the resample; NaN where undefined. */
export type DeltaKernel = CountKernel | IndexKernel

export interface CountKernel {
  kind: 'counts'
  /** The kind of each example (an index into `frequencies`). */
  kindOf: Uint32Array
  /** How many examples of each kind the full data holds. */
  frequencies: Int32Array
  /** Delta for a resample with `counts[q]` examples of kind q (n in all). */
  delta(counts: Int32Array, n: number): number
}

export interface IndexKernel {
  kind: 'indices'
  /** Delta for the resample made of these example indices. */
  delta(indices: Uint32Array): number
}

export function makeKernel(metric: ComputedMetricName, pairs: PairedPredictions): DeltaKernel {
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

function accuracyKernel(pairs: ClassificationPairs): CountKernel {
  const { yTrue, candidate, benchmark } = pairs
  // Kinds: 0 = both right or both wrong, 1 = only the candidate, 2 = only the benchmark.
  const kindOf = new Uint32Array(yTrue.length)
  const frequencies = new Int32Array(3)
  for (let i = 0; i < yTrue.length; i++) {
    const c = candidate.yPred[i] === yTrue[i]
    const b = benchmark.yPred[i] === yTrue[i]
    const kind = c === b ? 0 : c ? 1 : 2
    kindOf[i] = kind
    frequencies[kind]++
  }
  return { kind: 'counts', kindOf, frequencies, delta: (counts, n) => (counts[1] - counts[2]) / n }
}

function confusionKernel(pairs: ClassificationPairs, metric: ClassificationScoreName): CountKernel {
  const { labels, codes } = encodeLabels([
    pairs.yTrue,
    pairs.candidate.yPred,
    pairs.benchmark.yPred
  ])
  const [t, c, b] = codes
  const k = labels.length
  // Dense ids for the distinct (true, candidate, benchmark) triples.
  const ids = new Map<number, number>()
  const kindOf = new Uint32Array(t.length)
  const triples: number[] = []
  const frequencyList: number[] = []
  for (let i = 0; i < t.length; i++) {
    const key = (t[i] * k + c[i]) * k + b[i]
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
      triples.push(t[i], c[i], b[i])
      frequencyList.push(0)
    }
    kindOf[i] = id
    frequencyList[id]++
  }
  const kinds = ids.size
  const tpC = new Float64Array(k)
  const fpC = new Float64Array(k)
  const fnC = new Float64Array(k)
  const tpB = new Float64Array(k)
  const fpB = new Float64Array(k)
  const fnB = new Float64Array(k)
  const delta = (counts: Int32Array, n: number): number => {
    for (const a of [tpC, fpC, fnC, tpB, fpB, fnB]) a.fill(0)
    for (let q = 0; q < kinds; q++) {
      const w = counts[q]
      if (w === 0) continue
      const truth = triples[3 * q]
      countExample(tpC, fpC, fnC, truth, triples[3 * q + 1], w)
      countExample(tpB, fpB, fnB, truth, triples[3 * q + 2], w)
    }
    return scoresFromCounts(tpC, fpC, fnC, n)[metric] - scoresFromCounts(tpB, fpB, fnB, n)[metric]
  }
  return { kind: 'counts', kindOf, frequencies: Int32Array.from(frequencyList), delta }
}

function aucKernel(pairs: ClassificationPairs): IndexKernel {
  const { yTrue, candidate, benchmark } = pairs
  if (candidate.yScore === undefined || benchmark.yScore === undefined) {
    throw new RangeError('roc_auc needs a y_score column in both predictions files')
  }
  const classes = sortLabels(yTrue)
  if (classes.length !== 2) {
    throw new RangeError(`roc_auc is for binary tasks; y_true has ${classes.length} classes`)
  }
  // Examples are renumbered in the candidate's score order: a resample draws
  // positions uniformly either way, and the candidate's pass over the
  // weights then reads memory in order (only the benchmark's pass jumps).
  const sortedC = sortScores(candidate.yScore)
  const n = yTrue.length
  const position = new Uint32Array(n)
  const isPositive = new Uint8Array(n)
  for (let k = 0; k < n; k++) {
    const i = sortedC.order[k]
    position[i] = k
    isPositive[k] = yTrue[i] === classes[1] ? 1 : 0
  }
  const identity = sortedC.order.map((_, k) => k)
  const candidateSorted = { order: identity, groupEnd: sortedC.groupEnd }
  const sortedB = sortScores(benchmark.yScore)
  const benchmarkSorted = { order: sortedB.order.map(i => position[i]), groupEnd: sortedB.groupEnd }
  const weights = new Int32Array(n)
  return indexKernel(indices => {
    weights.fill(0)
    for (let i = 0; i < indices.length; i++) weights[indices[i]]++
    return (
      weightedAuc(candidateSorted, isPositive, weights) -
      weightedAuc(benchmarkSorted, isPositive, weights)
    )
  })
}

function meanLossKernel(pairs: RegressionPairs, metric: 'mse' | 'mae'): IndexKernel {
  const { yTrue, candidate, benchmark } = pairs
  const loss = metric === 'mse' ? (e: number) => e * e : abs
  const diff = new Float64Array(yTrue.length)
  for (let i = 0; i < yTrue.length; i++) {
    diff[i] = loss(yTrue[i] - candidate.yPred[i]) - loss(yTrue[i] - benchmark.yPred[i])
  }
  return indexKernel(indices => {
    let sum = 0
    for (let i = 0; i < indices.length; i++) sum += diff[indices[i]]
    return sum / indices.length
  })
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

function rmseKernel(pairs: RegressionPairs): IndexKernel {
  const sq = squaredErrors(pairs, 2)
  return indexKernel(indices => {
    let c = 0
    let b = 0
    for (let i = 0; i < indices.length; i++) {
      const j = 2 * indices[i]
      c += sq[j]
      b += sq[j + 1]
    }
    const n = indices.length
    return sqrt(c / n) - sqrt(b / n)
  })
}

function r2Kernel(pairs: RegressionPairs): IndexKernel {
  const data = squaredErrors(pairs, 3)
  // y_true centred on its full-sample mean: the resample's total sum of
  // squares Σy² − (Σy)²/n then keeps its digits (it is shift-invariant).
  const n0 = pairs.yTrue.length
  const mean = pairs.yTrue.reduce((s, y) => s + y, 0) / n0
  for (let i = 0; i < n0; i++) data[3 * i + 2] = pairs.yTrue[i] - mean
  return indexKernel(indices => {
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
    const sst = max(0, syy - (sy * sy) / indices.length)
    return r2FromSums(c, sst) - r2FromSums(b, sst)
  })
}

function indexKernel(delta: (indices: Uint32Array) => number): IndexKernel {
  return { kind: 'indices', delta }
}
