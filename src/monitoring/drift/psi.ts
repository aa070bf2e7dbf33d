/**
 * Population Stability Index, PSI = Σ (cᵢ − rᵢ) · ln(cᵢ / rᵢ) over bins,
 * with rᵢ, cᵢ the shares of the reference and current values in bin i
 * (SPEC §4, Monitoring). Common reading: < 0.1 stable, 0.1–0.2 a moderate
 * shift, > 0.2 a significant one.
 *
 * Numeric columns: the bins are cut at the reference's deciles (PSI_BINS = 10
 * bins), each computed like NumPy's default `np.quantile` (linear
 * interpolation, "type 7"). Bins are right-closed and the outer ones open:
 * (−∞, q₁], (q₁, q₂], …, (q₉, ∞), so current values beyond the reference's
 * range still land in a bin. Tied values can make deciles coincide; duplicate
 * edges are merged, which leaves fewer, wider bins instead of empty ones
 * (a column that is 60% zeros gets one bin (−∞, 0] holding those 60%).
 *
 * Categorical columns: one bin per category of either side.
 *
 * A bin empty on one side would make ln(c/r) infinite; its share is taken as
 * PSI_EPSILON = 1e-4 instead (the usual practice), without renormalising.
 * Missing values are not part of either share: they are reported apart.
 */
import { sortedFloat64 } from './radix-sort.js'

export const PSI_BINS = 10
export const PSI_EPSILON = 1e-4

export interface PsiResult {
  psi: number
  /** One label per bin: `(-inf, 0.25]`, …, or the category. */
  bins: string[]
  /** Shares of the reference per bin (before PSI_EPSILON). */
  reference: number[]
  /** Shares of the current data per bin (before PSI_EPSILON). */
  current: number[]
}

/** PSI from the counts per bin of both sides (same bins, same order). */
export function psiFromCounts(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  if (reference.length !== current.length) throw new RangeError('bin counts differ in length')
  const nr = sum(reference)
  const nc = sum(current)
  if (nr === 0 || nc === 0) throw new RangeError('PSI needs values on both sides')
  let psi = 0
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i] / nr || PSI_EPSILON
    const c = current[i] / nc || PSI_EPSILON
    psi += (c - r) * Math.log(c / r)
  }
  return psi
}

/**
 * The inner bin edges of a numeric column: the reference's quantiles at
 * 1/bins, 2/bins, …, (bins−1)/bins, as `np.quantile` computes them,
 * duplicates removed. `sortedReference` must be sorted ascending.
 */
export function quantileEdges(sortedReference: ArrayLike<number>, bins = PSI_BINS): number[] {
  const n = sortedReference.length
  if (n === 0) throw new RangeError('quantiles of an empty sample')
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be ≥ 1, got ${bins}`)
  const edges: number[] = []
  for (let i = 1; i < bins; i++) {
    const q = (n - 1) * (i / bins)
    const lo = Math.floor(q)
    const t = q - lo
    const a = sortedReference[lo]
    const b = sortedReference[Math.min(lo + 1, n - 1)]
    // NumPy's _lerp: from the nearer end, so that t = 1 gives b exactly.
    const v = t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t
    if (edges.length === 0 || v !== edges[edges.length - 1]) edges.push(v)
  }
  return edges
}

/** Counts of sorted values per bin (−∞, e₀], (e₀, e₁], …, (e_last, ∞). */
function binCountsSorted(sorted: ArrayLike<number>, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0)
  let start = 0
  for (let b = 0; b < edges.length; b++) {
    const end = upperBound(sorted, edges[b], start)
    counts[b] = end - start
    start = end
  }
  counts[edges.length] = sorted.length - start
  return counts
}

/** PSI of a numeric column; both samples sorted ascending (not checked). */
export function psiNumericSorted(
  sortedReference: ArrayLike<number>,
  sortedCurrent: ArrayLike<number>,
  bins = PSI_BINS
): PsiResult {
  const edges = quantileEdges(sortedReference, bins)
  const r = binCountsSorted(sortedReference, edges)
  const c = binCountsSorted(sortedCurrent, edges)
  const labels = r.map(
    (_, i) => `(${i === 0 ? '-inf' : edges[i - 1]}, ${i === edges.length ? 'inf)' : `${edges[i]}]`}`
  )
  return { psi: psiFromCounts(r, c), bins: labels, ...shares(r, c) }
}

/** PSI of a numeric column in any order (copies and sorts). */
export function psiNumeric(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  bins = PSI_BINS
): PsiResult {
  return psiNumericSorted(sortedFloat64(reference), sortedFloat64(current), bins)
}

/** PSI of a categorical column from the counts per category; bins sorted by category. */
export function psiCategorical(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>
): PsiResult {
  const categories = [...new Set([...reference.keys(), ...current.keys()])].sort()
  const r = categories.map(k => reference.get(k) ?? 0)
  const c = categories.map(k => current.get(k) ?? 0)
  return { psi: psiFromCounts(r, c), bins: categories, ...shares(r, c) }
}

function shares(r: number[], c: number[]): Pick<PsiResult, 'reference' | 'current'> {
  const nr = sum(r)
  const nc = sum(c)
  return { reference: r.map(x => x / nr), current: c.map(x => x / nc) }
}

function sum(x: ArrayLike<number>): number {
  let s = 0
  for (let i = 0; i < x.length; i++) s += x[i]
  return s
}

/** First index ≥ `from` whose value is > v (the array sorted ascending). */
function upperBound(sorted: ArrayLike<number>, v: number, from: number): number {
  let lo = from
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] <= v) lo = mid + 1
    else hi = mid
  }
  return lo
}
