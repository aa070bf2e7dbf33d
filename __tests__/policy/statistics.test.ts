import { describe, expect, it } from '@jest/globals'
import { binomialHalfUpperTailSum, binomialPmf } from '../../src/policy/binomial.js'
import { parsePredictions, pairPredictions } from '../../src/policy/predictions.js'
import { Rng } from '../../src/policy/random.js'
import { sampleBinomial, sampleMultinomial } from '../../src/policy/sampling.js'
import { discordantCounts, mcnemarExact } from '../../src/policy/statistics.js'
import { runPython } from './python.js'

function relativeGap(a: number, b: number): number {
  if (a === b) return 0
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300)
}

describe('mcnemarExact', () => {
  const pairs: Array<[number, number]> = [
    [0, 0],
    [1, 0],
    [0, 1],
    [3, 7],
    [7, 3],
    [10, 10],
    [60, 40],
    [40, 60],
    [1000, 950],
    [520, 480],
    [50_500, 49_500],
    [100_400, 99_600],
    [99_000, 101_000],
    [100_900, 99_100],
    [120_000, 80_000],
    [150, 0]
  ]
  const scipy = runPython<number[]>(
    `
import json, sys
from scipy.stats import binomtest
out = []
for b, c in json.load(sys.stdin):
    out.append(1.0 if b + c == 0 else binomtest(b, b + c, 0.5, alternative='greater').pvalue)
print(json.dumps(out))
`,
    pairs,
    ['scipy']
  )

  it.each(pairs.map((p, i) => [...p, i]))('b=%i c=%i matches scipy binomtest', (b, c, i) => {
    const ours = mcnemarExact(b, c)
    expect(relativeGap(ours, scipy[i])).toBeLessThan(1e-9)
  })

  it('is 1 without discordant pairs and small for a one-sided win', () => {
    expect(mcnemarExact(0, 0)).toBe(1)
    expect(mcnemarExact(10, 0)).toBe(2 ** -10)
    expect(mcnemarExact(0, 10)).toBe(1)
  })

  // What keeps it fast for large counts: the tail is summed only while its terms still count,
  // within ~9 standard deviations (√n / 2), not over the up to n/2 terms of the whole tail. The
  // time of these 200 tests is measured by `npm run bench decision`.
  it('sums under 9 standard deviations of terms for 200,000 discordant pairs, b near c', () => {
    const n = 200_000
    const sd = Math.sqrt(n) / 2
    let most = 0
    for (let b = 99_000; b < 101_000; b += 10) {
      const { p, terms } = binomialHalfUpperTailSum(b, n)
      expect(mcnemarExact(b, n - b)).toBe(p)
      most = Math.max(most, terms)
    }
    expect(most).toBeGreaterThan(sd)
    expect(most).toBeLessThan(9 * sd)
  })

  it('rejects counts that are not non-negative integers', () => {
    expect(() => mcnemarExact(-1, 2)).toThrow('b must be a count (a non-negative integer), got -1')
    expect(() => mcnemarExact(1, 2.5)).toThrow(
      'c must be a count (a non-negative integer), got 2.5'
    )
  })

  it('counts discordant examples from paired predictions', () => {
    const c = parsePredictions('y_true,y_pred\na,a\na,a\nb,b\nb,a\na,b\n', 'c.csv')
    const b = parsePredictions('y_true,y_pred\na,a\na,b\nb,a\nb,a\na,a\n', 'b.csv')
    // rows 2, 3: only the candidate right; row 5: only the benchmark right
    expect(discordantCounts(pairPredictions(c, b))).toEqual({ b: 2, c: 1 })
  })
})

describe('binomialPmf', () => {
  const points: Array<[number, number, number]> = [
    [0, 10, 0.5],
    [3, 10, 0.3],
    [10, 10, 0.5],
    [500, 1000, 0.5],
    [100_000, 200_000, 0.5],
    [101_000, 200_000, 0.5],
    [3, 100_000, 1e-4],
    [9_000, 100_000, 0.1]
  ]
  const scipy = runPython<number[]>(
    `
import json, sys
from scipy.stats import binom
print(json.dumps([float(binom.pmf(k, n, p)) for k, n, p in json.load(sys.stdin)]))
`,
    points,
    ['scipy']
  )
  it.each(points.map((p, i) => [...p, i]))('pmf(%i; n=%i, p=%f) matches scipy', (k, n, p, i) => {
    expect(relativeGap(binomialPmf(k, n, p), scipy[i])).toBeLessThan(1e-11)
  })
})

describe('Rng (xoshiro128**)', () => {
  it('matches the reference implementation for state {1, 2, 3, 4}', () => {
    const rng = Rng.fromState([1, 2, 3, 4])
    // First outputs of the authors' xoshiro128starstar.c from this state.
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([11520, 0, 5927040])
  })

  it('is reproducible from a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = Rng.fromSeed(seed)
      return Array.from({ length: 5 }, () => rng.nextUint32())
    }
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
    expect(draw(2 ** 40)).not.toEqual(draw(0))
  })

  it('draws indices uniformly', () => {
    const rng = Rng.fromSeed(9)
    const n = 10
    const out = new Uint32Array(100_000)
    rng.fillIndices(out, n)
    const counts = new Array<number>(n).fill(0)
    for (const i of out) counts[i]++
    // Each count is Binomial(100000, 0.1): sd ≈ 95; allow 5 sd.
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(475)
  })
})

describe('binomial and multinomial sampling', () => {
  it('samples Binomial(40, 0.3) with the exact probabilities', () => {
    const rng = Rng.fromSeed(5)
    const draws = 200_000
    const counts = new Array<number>(41).fill(0)
    for (let i = 0; i < draws; i++) counts[sampleBinomial(40, 0.3, rng)]++
    for (let k = 0; k <= 40; k++) {
      const expected = draws * binomialPmf(k, 40, 0.3)
      // 5 standard deviations of a binomial count, plus 1 for the rare cells.
      expect(Math.abs(counts[k] - expected)).toBeLessThan(5 * Math.sqrt(expected) + 1)
    }
  })

  it('has the right mean and variance for large n and small p', () => {
    for (const [n, p] of [
      [100_000, 0.05],
      [100_000, 0.9],
      [1_000_000, 2e-6]
    ]) {
      const rng = Rng.fromSeed(11)
      const m = 20_000
      let sum = 0
      let sumSq = 0
      for (let i = 0; i < m; i++) {
        const x = sampleBinomial(n, p, rng)
        sum += x
        sumSq += x * x
      }
      const mean = sum / m
      const variance = sumSq / m - mean * mean
      const sd = Math.sqrt(n * p * (1 - p))
      expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(m))
      expect(Math.abs(variance / (sd * sd) - 1)).toBeLessThan(0.05)
    }
  })

  it('splits all trials over the categories', () => {
    const rng = Rng.fromSeed(3)
    const out = new Int32Array(4)
    const freq = [50, 0, 30, 20]
    const totals = [0, 0, 0, 0]
    for (let i = 0; i < 2000; i++) {
      sampleMultinomial(100, freq, [0, 2, 3, 1], rng, out)
      expect(out.reduce((a, b) => a + b, 0)).toBe(100)
      out.forEach((x, j) => (totals[j] += x))
    }
    expect(totals[1]).toBe(0)
    expect(Math.abs(totals[0] / 200_000 - 0.5)).toBeLessThan(0.01)
    expect(Math.abs(totals[2] / 200_000 - 0.3)).toBeLessThan(0.01)
  })
})
