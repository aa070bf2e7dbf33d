import { describe, expect, it } from '@jest/globals'
import { pairedBootstrap } from '../../src/policy/bootstrap.js'
import { computeMetrics, type ComputedMetricName } from '../../src/policy/computed-metrics.js'
import type { PairedPredictions, Predictions } from '../../src/policy/predictions.js'
import { Rng } from '../../src/policy/random.js'

type ClassificationPairs = Extract<PairedPredictions, { task: 'classification' }>
type RegressionPairs = Extract<PairedPredictions, { task: 'regression' }>

/**
 * Classification pairs where each model is right with its own probability;
 * a wrong prediction is another random class. Scores favour the true class.
 */
function classificationPairs(
  n: number,
  pCandidate: number,
  pBenchmark: number,
  seed: number,
  classes = ['a', 'b', 'c', 'd']
): ClassificationPairs {
  const rng = Rng.fromSeed(seed)
  const other = (t: string) => {
    const rest = classes.filter(c => c !== t)
    return rest[Math.floor(rng.nextFloat() * rest.length)]
  }
  const yTrue: string[] = []
  const c: string[] = []
  const b: string[] = []
  const sc: number[] = []
  const sb: number[] = []
  for (let i = 0; i < n; i++) {
    const t = classes[Math.floor(rng.nextFloat() * classes.length)]
    yTrue.push(t)
    c.push(rng.nextFloat() < pCandidate ? t : other(t))
    b.push(rng.nextFloat() < pBenchmark ? t : other(t))
    const positive = t === classes[classes.length - 1] ? 1 : 0
    sc.push(Math.round((rng.nextFloat() + positive * pCandidate) * 20) / 20)
    sb.push(Math.round((rng.nextFloat() + positive * pBenchmark) * 20) / 20)
  }
  return {
    task: 'classification',
    yTrue,
    candidate: { yPred: c, yScore: sc },
    benchmark: { yPred: b, yScore: sb }
  }
}

/** Regression pairs with Gaussian-ish errors of the given sizes. */
function regressionPairs(n: number, errC: number, errB: number, seed: number): RegressionPairs {
  const rng = Rng.fromSeed(seed)
  const noise = () => rng.nextFloat() + rng.nextFloat() + rng.nextFloat() - 1.5
  const yTrue: number[] = []
  const c: number[] = []
  const b: number[] = []
  for (let i = 0; i < n; i++) {
    const y = 50 + 10 * noise()
    yTrue.push(y)
    c.push(y + errC * noise())
    b.push(y + errB * noise())
  }
  return { task: 'regression', yTrue, candidate: { yPred: c }, benchmark: { yPred: b } }
}

function side(pairs: PairedPredictions, which: 'candidate' | 'benchmark'): Predictions {
  const s = pairs[which]
  return { task: pairs.task, yTrue: pairs.yTrue, ...s } as Predictions
}

describe('pairedBootstrap', () => {
  const binary = classificationPairs(3000, 0.8, 0.76, 1, ['neg', 'pos'])
  const multi = classificationPairs(3000, 0.7, 0.66, 2)
  const reg = regressionPairs(3000, 1, 1.1, 3)

  it('is reproducible with the same seed and differs with another', () => {
    for (const metric of ['accuracy', 'f1_macro', 'mse'] as const) {
      const pairs = metric === 'mse' ? reg : multi
      const a = pairedBootstrap(metric, pairs, { seed: 7 })
      expect(pairedBootstrap(metric, pairs, { seed: 7 })).toEqual(a)
      const other = pairedBootstrap(metric, pairs, { seed: 8 })
      expect(other.delta).toBe(a.delta)
      expect([other.ciLow, other.ciHigh]).not.toEqual([a.ciLow, a.ciHigh])
    }
  })

  it('reports the delta on all examples, equal to the computed metrics', () => {
    const cases: Array<[ComputedMetricName, PairedPredictions]> = [
      ['accuracy', multi],
      ['precision_macro', multi],
      ['recall_macro', multi],
      ['f1_macro', multi],
      ['precision_micro', multi],
      ['recall_micro', multi],
      ['f1_micro', multi],
      ['roc_auc', binary],
      ['mse', reg],
      ['rmse', reg],
      ['mae', reg],
      ['r2', reg]
    ]
    for (const [metric, pairs] of cases) {
      const expected =
        (computeMetrics(side(pairs, 'candidate')).metrics[metric] as number) -
        (computeMetrics(side(pairs, 'benchmark')).metrics[metric] as number)
      const { delta } = pairedBootstrap(metric, pairs, { resamples: 10 })
      expect([metric, Math.abs(delta - expected) < 1e-12]).toEqual([metric, true])
    }
  })

  it('gives a (1 − 2α) percentile interval containing the true delta', () => {
    // 200 datasets from a population where the candidate is right 80% of the
    // time and the benchmark 75%: the 90% interval should cover 0.05 about
    // 90% of the time.
    let covered = 0
    let withTruth = 0
    for (let s = 0; s < 200; s++) {
      const pairs = classificationPairs(600, 0.8, 0.75, 1000 + s)
      const r = pairedBootstrap('accuracy', pairs, { seed: s, resamples: 1000, alpha: 0.05 })
      expect(r.confidence).toBeCloseTo(0.9, 12)
      if (r.ciLow <= 0.05 && 0.05 <= r.ciHigh) covered++
      if (s === 0) withTruth = r.ciLow <= 0.05 && 0.05 <= r.ciHigh ? 1 : 0
    }
    expect(withTruth).toBe(1)
    expect(covered / 200).toBeGreaterThan(0.84)
    expect(covered / 200).toBeLessThan(0.96)
  })

  it('covers the true mse delta as well (index sampler)', () => {
    // Errors uniform-sum noise with scale e have variance e²/4, so the
    // population mse delta is (1² − 1.2²)/4 = −0.11.
    const truth = (1 - 1.44) / 4
    let covered = 0
    for (let s = 0; s < 100; s++) {
      const r = pairedBootstrap('mse', regressionPairs(300, 1, 1.2, 5000 + s), {
        seed: s,
        resamples: 1000
      })
      if (r.ciLow <= truth && truth <= r.ciHigh) covered++
    }
    expect(covered).toBeGreaterThan(80)
    expect(covered).toBeLessThan(97)
  })

  it('gives a small p-value for a clear improvement and a large one for none', () => {
    const clear = classificationPairs(2000, 0.85, 0.75, 21)
    expect(pairedBootstrap('f1_macro', clear).pValue).toBeLessThan(0.01)
    expect(pairedBootstrap('accuracy', clear).pValue).toBeLessThan(0.01)
    const none = classificationPairs(2000, 0.75, 0.75, 22)
    expect(pairedBootstrap('f1_macro', none).pValue).toBeGreaterThan(0.3)
    // Identical predictions: every resampled delta is 0, so p = (B + 1) / (B + 1).
    const same: PairedPredictions = { ...none, benchmark: none.candidate }
    expect(pairedBootstrap('accuracy', same).pValue).toBe(1)
  })

  it('treats a lower value as the improvement for goal: minimize', () => {
    const better = regressionPairs(2000, 1, 1.3, 31)
    const max = pairedBootstrap('mse', better, { goal: 'maximize' })
    const min = pairedBootstrap('mse', better, { goal: 'minimize' })
    expect(max.delta).toBeLessThan(0)
    expect(min.pValue).toBeLessThan(0.01)
    expect(max.pValue).toBeGreaterThan(0.99)
  })

  it('samples counts (multinomial) and indices to the same distribution', () => {
    for (const metric of ['accuracy', 'f1_macro'] as const) {
      const a = pairedBootstrap(metric, multi, { sampler: 'multinomial', resamples: 10_000 })
      const b = pairedBootstrap(metric, multi, { sampler: 'indices', resamples: 10_000 })
      const width = a.ciHigh - a.ciLow
      expect(Math.abs(a.ciLow - b.ciLow)).toBeLessThan(0.06 * width)
      expect(Math.abs(a.ciHigh - b.ciHigh)).toBeLessThan(0.06 * width)
      expect(Math.abs(a.pValue - b.pValue)).toBeLessThan(0.02)
    }
  })

  it('gives the interval and p-value of mse computed on each materialised resample', () => {
    // The reference: the index sampler's draws replayed (the same generator, one fill of n
    // indices per resample), the resampled predictions built and mse computed on them.
    const resamples = 200
    const seed = 4
    const n = reg.yTrue.length
    const mse = (yTrue: number[], yPred: number[]) => {
      let s = 0
      for (let i = 0; i < yTrue.length; i++) s += (yTrue[i] - yPred[i]) ** 2
      return s / yTrue.length
    }
    const rng = Rng.fromSeed(seed)
    const indices = new Uint32Array(n)
    const pick = (values: number[]) => Array.from(indices, i => values[i])
    const deltas: number[] = []
    for (let r = 0; r < resamples; r++) {
      rng.fillIndices(indices, n)
      const yTrue = pick(reg.yTrue)
      deltas.push(mse(yTrue, pick(reg.candidate.yPred)) - mse(yTrue, pick(reg.benchmark.yPred)))
    }
    deltas.sort((a, b) => a - b)
    // Linear interpolation between the order statistics around (B − 1)·q (NumPy's default).
    const quantile = (q: number) => {
      const h = (resamples - 1) * q
      const lo = Math.floor(h)
      return deltas[lo] + (h - lo) * (deltas[lo + 1] - deltas[lo])
    }
    const fast = pairedBootstrap('mse', reg, { resamples, seed })
    expect(Math.abs(quantile(0.05) - fast.ciLow)).toBeLessThan(1e-12)
    expect(Math.abs(quantile(0.95) - fast.ciHigh)).toBeLessThan(1e-12)
    expect(fast.pValue).toBe((deltas.filter(d => d <= 0).length + 1) / (resamples + 1))
  })

  it('leaves out resamples where roc_auc is undefined and says how many counted', () => {
    const tiny: PairedPredictions = {
      task: 'classification',
      yTrue: ['0', '0', '1'],
      candidate: { yPred: ['0', '0', '1'], yScore: [0.1, 0.2, 0.9] },
      benchmark: { yPred: ['0', '1', '1'], yScore: [0.1, 0.95, 0.9] }
    }
    const r = pairedBootstrap('roc_auc', tiny, { resamples: 500 })
    expect(r.delta).toBe(0.5)
    // A resample lacks the positive with probability (2/3)³ and the negatives with (1/3)³.
    expect(r.resamples).toBeGreaterThan(250)
    expect(r.resamples).toBeLessThan(450)
  })

  it('refuses metrics the predictions cannot give', () => {
    expect(() => pairedBootstrap('mse', multi)).toThrow(
      'mse needs regression predictions, these read as classes (all values are integers or not numbers)'
    )
    expect(() => pairedBootstrap('roc_auc', multi)).toThrow(
      'roc_auc is for binary tasks; y_true has 4 classes'
    )
    expect(() => pairedBootstrap('accuracy', multi, { alpha: 0.5 })).toThrow(
      'alpha must be in (0, 0.5)'
    )
  })

  // What makes count-based metrics fast on large data: a resample draws each kind's count (one
  // binomial draw per kind), not n indices, so its cost does not grow with n. The speed figure
  // itself (100,000 pairs × 2,000 resamples) is measured by `npm run bench decision`.
  it('resamples count-based metrics with work independent of n: one draw per kind, not n indices', () => {
    const resamples = 2000
    const classes = ['a', 'b', 'c', 'd', 'e']
    for (const metric of ['accuracy', 'f1_macro'] as const) {
      for (const n of [10_000, 100_000]) {
        const big = classificationPairs(n, 0.8, 0.79, 99, classes)
        // accuracy counts 3 kinds (both agree, only the candidate right, only the benchmark
        // right); f1_macro one per (y_true, candidate, benchmark) triple present.
        const kinds =
          metric === 'accuracy'
            ? 3
            : new Set(
                big.yTrue.map((t, i) => `${t} ${big.candidate.yPred[i]} ${big.benchmark.yPred[i]}`)
              ).size
        const { value, words } = randomWordsUsedBy(() =>
          pairedBootstrap(metric, big, { resamples, seed: 1 })
        )
        expect(value.resamples).toBe(resamples)
        // A binomial draw takes one nextDouble (2 words); drawing indices would take n words.
        expect(words).toBeGreaterThan(0)
        expect(words).toBeLessThanOrEqual(2 * kinds * resamples)
      }
    }
  })

  it('counts every random word a resample by indices draws (the check above can fail)', () => {
    const pairs = classificationPairs(2000, 0.8, 0.79, 5)
    const { words } = randomWordsUsedBy(() =>
      pairedBootstrap('f1_macro', pairs, { resamples: 10, seed: 1, sampler: 'indices' })
    )
    expect(words).toBe(2000 * 10)
  })
})

/**
 * Runs `run` and counts the 32-bit words it takes from any generator: nextUint32 (which
 * nextFloat and nextDouble call) plus one per index fillIndices writes (its loop inlines the
 * generator).
 */
function randomWordsUsedBy<T>(run: () => T): { value: T; words: number } {
  const proto = Rng.prototype
  const { nextUint32, fillIndices } = proto
  let words = 0
  proto.nextUint32 = function (this: Rng) {
    words++
    return nextUint32.call(this)
  }
  proto.fillIndices = function (this: Rng, out: Uint32Array, n: number) {
    words += out.length
    fillIndices.call(this, out, n)
  }
  try {
    return { value: run(), words }
  } finally {
    proto.nextUint32 = nextUint32
    proto.fillIndices = fillIndices
  }
}
