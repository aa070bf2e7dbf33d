/**
 * Exact binomial and multinomial sampling for the bootstrap of metrics that
 * depend only on how many examples of each kind a resample holds (accuracy:
 * how many only the candidate got right and how many only the benchmark got
 * right; macro F1: how many of each (y_true, candidate, benchmark) label
 * triple). Drawing n indices with replacement and counting the kinds gives
 * counts distributed Multinomial(n, observed shares) — so sampling those
 * counts directly is the same bootstrap, at a cost that grows with the number
 * of kinds instead of the number of examples.
 */
import { binomialPmf } from './binomial.js'
import type { Rng } from './random.js'

// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const { floor, min } = Math

/**
 * A Binomial(n, p) variate by inversion, searching outward from the mode
 * (mode, mode+1, mode−1, mode+2, …). Exact up to floating-point rounding of
 * the probabilities; expected cost about 1.6 standard deviations (√(npq))
 * steps plus one pmf evaluation.
 */
export function sampleBinomial(n: number, p: number, rng: Rng): number {
  if (n === 0 || p <= 0) return 0
  if (p >= 1) return n
  const ratio = p / (1 - p)
  const mode = min(n, floor((n + 1) * p))
  const atMode = binomialPmf(mode, n, p)
  let u = rng.nextDouble() - atMode
  if (u < 0) return mode
  let up = mode
  let down = mode
  let pUp = atMode
  let pDown = atMode
  for (;;) {
    if (up < n) {
      pUp *= ((n - up) / (up + 1)) * ratio
      up++
      u -= pUp
      if (u < 0) return up
    }
    if (down > 0) {
      pDown *= down / ((n - down + 1) * ratio)
      down--
      u -= pDown
      if (u < 0) return down
    }
    // Rounding can leave the computed total mass a hair below 1 (or the
    // tails underflow to 0): the remaining u then has no outcome; the mode
    // is as good an answer as any for a ~1e-15 event.
    if ((up >= n || pUp === 0) && (down <= 0 || pDown === 0)) return mode
  }
}

/**
 * Fills `out` with a Multinomial(n, frequencies / Σfrequencies) draw by
 * successive conditional binomials, taking the categories in `order`
 * (largest first is fastest: fewer trials are left for the small ones).
 */
export function sampleMultinomial(
  n: number,
  frequencies: ArrayLike<number>,
  order: ArrayLike<number>,
  rng: Rng,
  out: Int32Array
): void {
  let trials = n
  let mass = 0
  for (let q = 0; q < frequencies.length; q++) mass += frequencies[q]
  for (let j = 0; j < order.length; j++) {
    const q = order[j]
    const f = frequencies[q]
    // Integer frequencies keep `mass` exact, so the last category gets p = 1.
    const x = trials === 0 ? 0 : sampleBinomial(trials, f / mass, rng)
    out[q] = x
    trials -= x
    mass -= f
  }
}
