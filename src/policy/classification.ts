/**
 * Classification scores from per-class counts, shared by the computed
 * metrics and the bootstrap so that both use one definition.
 *
 * Conventions follow scikit-learn (precision_score, recall_score, f1_score):
 * - zero division gives 0.0 (sklearn's default `zero_division="warn"`);
 * - macro averages run over the labels present in y_true or y_pred, i.e. the
 *   labels with tp + fp + fn > 0 (sklearn's `unique_labels(y_true, y_pred)`);
 * - F1 is 2·tp / (2·tp + fp + fn), which equals 2PR / (P + R) with the
 *   zero-division rule, in one division.
 * For single-label data the micro averages all equal accuracy; they are
 * still computed from their own definitions.
 */

export const CLASSIFICATION_SCORE_NAMES = [
  'accuracy',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'precision_micro',
  'recall_micro',
  'f1_micro'
] as const
export type ClassificationScoreName = (typeof CLASSIFICATION_SCORE_NAMES)[number]
export type ClassificationScores = Record<ClassificationScoreName, number>

/**
 * @param tp per class: predicted the class and it was right
 * @param fp per class: predicted the class and it was wrong
 * @param fn per class: the true class, predicted as something else
 * @param n number of examples (weighted)
 */
export function scoresFromCounts(
  tp: ArrayLike<number>,
  fp: ArrayLike<number>,
  fn: ArrayLike<number>,
  n: number
): ClassificationScores {
  let present = 0
  let precisionSum = 0
  let recallSum = 0
  let f1Sum = 0
  let tpAll = 0
  let fpAll = 0
  let fnAll = 0
  for (let k = 0; k < tp.length; k++) {
    const t = tp[k]
    const p = fp[k]
    const f = fn[k]
    if (t + p + f === 0) continue // label absent from y_true and y_pred
    present++
    precisionSum += t + p > 0 ? t / (t + p) : 0
    recallSum += t + f > 0 ? t / (t + f) : 0
    f1Sum += (2 * t) / (2 * t + p + f)
    tpAll += t
    fpAll += p
    fnAll += f
  }
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0)
  return {
    accuracy: ratio(tpAll, n),
    precision_macro: ratio(precisionSum, present),
    recall_macro: ratio(recallSum, present),
    f1_macro: ratio(f1Sum, present),
    precision_micro: ratio(tpAll, tpAll + fpAll),
    recall_micro: ratio(tpAll, tpAll + fnAll),
    f1_micro: ratio(2 * tpAll, 2 * tpAll + fpAll + fnAll)
  }
}

/** Adds one example with true class `t` and predicted class `p` (weight `w`) to the counts. */
export function countExample(
  tp: Float64Array,
  fp: Float64Array,
  fn: Float64Array,
  t: number,
  p: number,
  w: number
): void {
  if (t === p) {
    tp[t] += w
  } else {
    fp[p] += w
    fn[t] += w
  }
}
