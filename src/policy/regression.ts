/**
 * Regression scores from sums, shared by the computed metrics and the
 * bootstrap. r2 follows scikit-learn's r2_score with its default
 * `force_finite=True`: a constant y_true (total sum of squares 0) gives 1.0
 * for a perfect prediction and 0.0 otherwise, instead of NaN or -inf.
 */

// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const { abs, sqrt } = Math

export const REGRESSION_SCORE_NAMES = ['mse', 'rmse', 'mae', 'r2'] as const
export type RegressionScoreName = (typeof REGRESSION_SCORE_NAMES)[number]
export type RegressionScores = Record<RegressionScoreName, number>

/**
 * @param sse sum of squared errors
 * @param sae sum of absolute errors
 * @param sst total sum of squares of y_true around its mean
 * @param n number of examples
 */
export function scoresFromSums(sse: number, sae: number, sst: number, n: number): RegressionScores {
  const mse = sse / n
  return { mse, rmse: sqrt(mse), mae: sae / n, r2: r2FromSums(sse, sst) }
}

export function r2FromSums(sse: number, sst: number): number {
  if (sse === 0) return 1
  if (sst === 0) return 0
  return 1 - sse / sst
}

/**
 * Neumaier's compensated sum. The reconciliation check compares our value
 * with the user's (usually NumPy's pairwise sum) to 1e-9; compensating keeps
 * our own rounding error far below that whatever the number of rows.
 */
export class CompensatedSum {
  private sum = 0
  private compensation = 0
  add(x: number): void {
    const t = this.sum + x
    if (abs(this.sum) >= abs(x)) this.compensation += this.sum - t + x
    else this.compensation += x - t + this.sum
    this.sum = t
  }
  get value(): number {
    return this.sum + this.compensation
  }
}
