/**
 * Exact two-sided p-value of the two-sample Kolmogorov–Smirnov statistic,
 * ported from SciPy 1.10 (`scipy/stats/_stats_py.py`: `_compute_prob_outside_square`;
 * `scipy/stats/_stats_pythran.py`: `_compute_outer_prob_inside_method`), which
 * count lattice paths after Hodges (1958), with Viehmann's (2021) recursion
 * for 1 − p. Both work with ratios ≤ 1, so plain doubles do not overflow.
 */

/**
 * P(D_{n,n} ≥ h/n) for two samples of size n.
 * Alternating sum 2·Σ (−1)^(k+1) C(2n, n−kh) / C(2n, n), evaluated Horner-like
 * (P = 2·A0·(1 − A1·(1 − A2·…))) to avoid the cancellation of the plain sum.
 */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1)
    p = p1 * (1 - p)
  }
  return 2 * p
}

/**
 * P(D_{m,n} ≥ h/lcm(m, n)): the share of lattice paths from (0, 0) to (m, n)
 * that leave the band |x/m − y/n| < h/lcm. `g` = gcd(m, n). One column of the
 * path-count matrix is kept, as a sliding window, and every entry is already
 * divided by its binomial coefficient, so that values stay in [0, 1].
 */
export function probOutsideBand(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m]
  const mg = m / g
  const ng = n / g
  let minj = 0
  let maxj = Math.min(Math.ceil(h / mg), n + 1)
  let curlen = maxj - minj
  const lenA = Math.min(2 * maxj + 2, n + 1)
  const a = new Float64Array(lenA).fill(1)
  a.fill(0, minj, maxj)
  for (let i = 1; i <= m; i++) {
    const lastminj = minj
    const lastlen = curlen
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n)
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1)
    if (maxj <= minj) return 1
    let val = minj === 0 ? 0 : 1
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj
      val = (a[jj + minj - lastminj] * i + val * j) / (i + j)
      a[jj] = val
    }
    curlen = maxj - minj
    // Entries carried over from the longer previous window count as "outside" (1).
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen))
  }
  return a[maxj - minj - 1]
}
