/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, as `scipy.stats.ks_2samp(a, b)`
 * computes it with its default `method='auto'` (SciPy 1.10): the exact
 * p-value when both samples have at most 10,000 values, else the asymptotic
 * one, P(D_n ≥ d) of the one-sample Kolmogorov distribution with
 * n = round(n₁n₂/(n₁+n₂)). When the exact computation fails numerically
 * (a probability outside [0, 1]) SciPy falls back to the asymptotic one, and
 * so does this.
 */
import { kolmogorovSf } from './kolmogorov.js'
import { probOutsideBand, probOutsideSquare } from './ks-exact.js'
import { sortedFloat64 } from './radix-sort.js'
import { clipProbability, gcd, roundHalfEven } from './rounding.js'

/** SciPy's MAX_AUTO_N: `auto` is exact when both sizes are at most this. */
export const KS_EXACT_MAX_N = 10_000

export interface KsResult {
  /** D = sup |F_a − F_b| (in the exact method, rounded to a multiple of 1/lcm(n_a, n_b) as SciPy does). */
  statistic: number
  /** Two-sided p-value. */
  pValue: number
  method: 'exact' | 'asymptotic'
}

/** KS test of two samples in any order (copied and sorted; NaN is not allowed). */
export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>): KsResult {
  return ksTwoSampleSorted(sortedCopy(a), sortedCopy(b))
}

/** KS test of two samples already sorted ascending (not checked). */
export function ksTwoSampleSorted(a: ArrayLike<number>, b: ArrayLike<number>): KsResult {
  const n1 = a.length
  const n2 = b.length
  if (n1 === 0 || n2 === 0) throw new RangeError('the KS test needs values on both sides')
  const d = ksStatisticSorted(a, b)
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const exact = exactPValue(n1, n2, d)
    if (exact) return { ...exact, method: 'exact' }
  }
  // Smirnov's asymptotic distribution via the one-sample one with the effective n.
  const en = (n1 * n2) / (n1 + n2)
  return {
    statistic: d,
    pValue: clipProbability(kolmogorovSf(roundHalfEven(en), d)),
    method: 'asymptotic'
  }
}

/**
 * D = max over the pooled values v of |F_a(v) − F_b(v)|, the ECDFs taken
 * right-continuous (SciPy's `searchsorted(side='right')`): tied values are
 * passed together before the difference is read, so ties never inflate D.
 */
function ksStatisticSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length
  const n2 = b.length
  let i = 0
  let j = 0
  let d = 0
  while (i < n1 && j < n2) {
    const x = a[i]
    const y = b[j]
    // Along a run of values of one side only, i/n1 − j/n2 moves one way, so
    // its largest |·| is at an end of the run: the start was read after the
    // step before, so reading the end alone gives the same D with fewer divisions.
    if (x < y) {
      i++
      while (i < n1 && a[i] < y) i++
    } else if (y < x) {
      j++
      while (j < n2 && b[j] < x) j++
    } else {
      i++
      j++
      while (i < n1 && a[i] === x) i++
      while (j < n2 && b[j] === x) j++
    }
    const diff = Math.abs(i / n1 - j / n2)
    if (diff > d) d = diff
  }
  // Once one side is exhausted its ECDF is 1 and the other's only grows towards 1.
  return d
}

function exactPValue(n1: number, n2: number, d: number): Omit<KsResult, 'method'> | undefined {
  const g = gcd(n1, n2)
  const lcm = (n1 / g) * n2
  const h = roundHalfEven(d * lcm)
  const statistic = h / lcm
  if (h === 0) return { statistic, pValue: 1 }
  const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h)
  if (!(p >= 0 && p <= 1)) return undefined
  return { statistic, pValue: p }
}

function sortedCopy(x: ArrayLike<number>): Float64Array {
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) throw new RangeError('the KS test got NaN')
  }
  return sortedFloat64(x)
}
