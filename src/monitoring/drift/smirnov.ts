/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic,
 * smirnov(n, x) = P(D⁺_n ≥ x), as SciPy's `scipy.special.smirnov` (xsf/cephes
 * `kolmogorov.h`, `_smirnov`) computes it on the paths the two-sided
 * distribution uses: the Birnbaum–Tingey sum
 *   x · Σ_{j=0}^{⌊n(1−x)⌋} C(n, j) (1 − x − j/n)^(n−j) (x + j/n)^(j−1)
 * with the same special cases and early stop. SciPy sums in double-double;
 * here each term is formed in log space and summed in doubles (all terms are
 * positive, so nothing cancels), which agrees far below the 1e-6 we need.
 */

// Bound once: under a vm context (jest) every `Math.` lookup in a hot loop goes
// through an interceptor and blocks optimisation (as in src/policy/random.ts).
const { exp, log, log1p, expm1, pow, floor, LN2 } = Math

/** Below this log, e^x underflows a double (cephes MINLOG). */
const MIN_LOG = -708.3964185322641
/** Above this n, SciPy switches to an approximation (SMIRNOV_MAX_COMPUTE_N). */
const MAX_COMPUTE_N = 1_000_000

export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN
  if (n === 1) return 1 - x
  if (x === 0) return 1
  if (x === 1) return 0
  const nx = n * x
  let nxfl = floor(nx)
  let alpha = nx - nxfl
  if (alpha === 1) {
    nxfl += 1
    alpha = 0
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1)
  // When n·x is an integer, the last term of the sum is excluded.
  if (alpha === 0) n1mxfl -= 1

  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    // x ≤ 1/n: closed form.
    return clip(1 - x * pow(1 + x, n - 1))
  }
  if (-2 * n * x * x < MIN_LOG) return 0
  if (nxfl >= n - 1) return clip(pow(1 - x, n))
  if (n > MAX_COMPUTE_N) {
    // SciPy's approximation p ≈ exp(−(6nx + 1)² / 18n).
    const logp = -pow(6 * n * x + 1, 2) / 18 / n
    return clip(logp < -LN2 ? exp(logp) : 1 + expm1(logp))
  }

  const nTerms = n1mxfl + 1
  const vmid = floor(n / 2)
  // Term 0 is (1 − x)^n / x; logC tracks log C(n, j).
  let sum = exp(n * log1p(-x)) / x
  let logC = log(n)
  for (let j = 1; j < nTerms; j++) {
    const a = (n - j) / n - x
    const b = j / n + x
    const term = exp(logC + (n - j) * log(a) + (j - 1) * log(b))
    if (term !== 0) {
      sum += term
      if (4 * (nTerms - j) * term < Number.EPSILON * sum && j !== nTerms - 1) break
    } else if (j > vmid) {
      break
    }
    logC += log((n - j) / (j + 1))
  }
  return clip(x * sum)
}

function clip(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p
}
