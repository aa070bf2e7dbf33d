/**
 * ROC AUC as the Mann–Whitney U statistic: the probability that a random
 * positive example scores above a random negative one, ties counting one
 * half. With average ranks for ties this equals the area under the ROC curve
 * that scikit-learn's roc_auc_score integrates, ties included.
 *
 * The examples are sorted by score once; each evaluation is then one linear
 * pass, optionally with per-example weights (how often a bootstrap resample
 * drew the example), which keeps the bootstrap of roc_auc O(n) per resample
 * instead of a sort per resample.
 */

export interface SortedScores {
  /** Example indices in ascending score order. */
  order: Uint32Array
  /** groupEnd[k] = end (exclusive) in `order` of the tie group that starts at k. */
  groupEnd: Uint32Array
}

export function sortScores(scores: ArrayLike<number>): SortedScores {
  const n = scores.length
  const order = new Uint32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  order.sort((a, b) => scores[a] - scores[b])
  const groupEnd = new Uint32Array(n)
  let start = 0
  while (start < n) {
    let end = start + 1
    while (end < n && scores[order[end]] === scores[order[start]]) end++
    groupEnd[start] = end
    start = end
  }
  return { order, groupEnd }
}

/**
 * AUC of the positive class; NaN when the (weighted) sample has no positive
 * or no negative example, where sklearn raises instead.
 */
export function weightedAuc(
  sorted: SortedScores,
  isPositive: Uint8Array,
  weights?: Int32Array
): number {
  const { order, groupEnd } = sorted
  const n = order.length
  const weighted = weights !== undefined
  let u = 0
  let negativesBelow = 0
  let positives = 0
  let negatives = 0
  let k = 0
  while (k < n) {
    const end = groupEnd[k]
    let pos = 0
    let neg = 0
    for (; k < end; k++) {
      const i = order[k]
      const w = weighted ? weights[i] : 1
      if (isPositive[i] === 1) pos += w
      else neg += w
    }
    // Positives in this group beat every negative below and tie with the
    // negatives in the group (each tie counts 1/2).
    u += pos * (negativesBelow + 0.5 * neg)
    negativesBelow += neg
    positives += pos
    negatives += neg
  }
  return positives > 0 && negatives > 0 ? u / (positives * negatives) : NaN
}
