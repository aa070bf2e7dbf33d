/**
 * Holm's step-down correction of p-values for multiple tests (Holm 1979),
 * as `statsmodels.stats.multitest.multipletests(p, method='holm')` reports
 * adjusted p-values: sort ascending, multiply the k-th smallest (k = 1…m) by
 * m − k + 1, carry the running maximum so that the adjusted values keep the
 * order of the raw ones, cap at 1. Rejecting where adjusted p < α controls
 * the family-wise error rate at α across the columns, under any dependence
 * between them — features are rarely independent.
 */

/** Adjusted p-values, in the order of `pValues`. */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1], got ${p}`)
  }
  // Stable order: equal p-values keep their positions, so results are deterministic.
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b)
  const adjusted = new Array<number>(m)
  let running = 0
  order.forEach((index, k) => {
    running = Math.max(running, Math.min(1, (m - k) * pValues[index]))
    adjusted[index] = running
  })
  return adjusted
}
