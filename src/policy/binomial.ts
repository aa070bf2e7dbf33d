/**
 * Binomial probabilities that stay accurate for large n. The naive
 * C(n, k) / 2^n overflows past n ≈ 1000, and lgamma differences lose about
 * n·1e-16 in absolute log terms (≈ 2e-11 relative at n = 200,000). This uses
 * Catherine Loader's saddle-point expansion ("Fast and Accurate Computation
 * of Binomial Probabilities", 2000), the algorithm behind R's dbinom, whose
 * terms are all small so relative accuracy stays near machine precision.
 */

// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const { abs, exp, log, log1p, min } = Math

const LN_2PI = log(2 * Math.PI)

/** ln(n!) − [(n + 1/2) ln n − n + ln √(2π)], the error of Stirling's formula. */
function stirlingError(n: number): number {
  if (n <= 15) {
    // Exact factorials fit in a double up to 15! (1.3e12); the subtraction
    // of numbers near 40 leaves ~1e-14 absolute error, fine in an exponent.
    if (n === 0) return 0 // not used by dbinom for n = 0; defined for completeness
    let factorial = 1
    for (let i = 2; i <= n; i++) factorial *= i
    return log(factorial) - (n + 0.5) * log(n) + n - 0.5 * LN_2PI
  }
  // Asymptotic Stirling series 1/(12n) − 1/(360n³) + 1/(1260n⁵) − …, truncated
  // where the next term is below double precision (cut-offs as in R).
  const S0 = 1 / 12
  const S1 = 1 / 360
  const S2 = 1 / 1260
  const S3 = 1 / 1680
  const S4 = 1 / 1188
  const nn = n * n
  if (n > 500) return (S0 - S1 / nn) / n
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n
}

/** x·ln(x/np) + np − x, computed without cancellation when x ≈ np (Loader's bd0). */
function deviance(x: number, np: number): number {
  if (abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np)
    let s = (x - np) * v
    let ej = 2 * x * v
    v *= v
    for (let j = 1; j < 1000; j++) {
      ej *= v
      const next = s + ej / (2 * j + 1)
      if (next === s) return next
      s = next
    }
  }
  return x * log(x / np) + np - x
}

/** P(X = k) for X ~ Binomial(n, p), 0 < p < 1, integers 0 ≤ k ≤ n. */
export function binomialPmf(k: number, n: number, p: number): number {
  const q = 1 - p
  if (k === 0) return n === 0 ? 1 : exp(n * log(q))
  if (k === n) return exp(n * log(p))
  const lc =
    stirlingError(n) -
    stirlingError(k) -
    stirlingError(n - k) -
    deviance(k, n * p) -
    deviance(n - k, n * q)
  const lf = LN_2PI + log(k) + log1p(-k / n)
  return exp(lc - 0.5 * lf)
}

/**
 * P(X ≥ k) for X ~ Binomial(n, 1/2). Summed from the tail inwards only over
 * decreasing terms (k > n/2), with symmetry for the other side, so there is
 * no overflow and at most a few thousand terms even for n = 200,000: the
 * terms fall below 1e-17 of the sum within ~9 standard deviations (√n / 2).
 */
export function binomialHalfUpperTail(k: number, n: number): number {
  return binomialHalfUpperTailSum(k, n).p
}

/**
 * binomialHalfUpperTail's value and its work: how many pmf terms it summed
 * (what its cost grows with; the tests bound it).
 */
export function binomialHalfUpperTailSum(k: number, n: number): { p: number; terms: number } {
  if (k <= 0) return { p: 1, terms: 0 }
  if (k > n) return { p: 0, terms: 0 }
  if (2 * k <= n) {
    // P(X ≥ k) = 1 − P(X ≤ k − 1) = 1 − P(X ≥ n − k + 1) by symmetry at p = 1/2.
    const upper = binomialHalfUpperTailSum(n - k + 1, n)
    return { p: 1 - upper.p, terms: upper.terms }
  }
  let term = binomialPmf(k, n, 0.5)
  let sum = term
  let terms = 1
  for (let j = k; j < n && term > sum * 1e-17; j++) {
    term *= (n - j) / (j + 1)
    sum += term
    terms++
  }
  return { p: min(1, sum), terms }
}
