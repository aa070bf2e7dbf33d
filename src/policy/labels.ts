/**
 * Class labels as scikit-learn sees them. sklearn orders labels with
 * np.unique: numerically when they are numbers, by code point when they are
 * strings. The confusion matrix and the positive class of roc_auc follow that
 * order, so ours must too for the numbers to match what users get in Python.
 */
import { readNumberCell } from './numbers.js'

/** Orders strings by Unicode code point, as NumPy does (JS `<` compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number
    const y = b.codePointAt(i) as number
    if (x !== y) return x - y
    if (x > 0xffff) i++ // skip the low surrogate of an astral character
  }
  return a.length - b.length
}

/** True when every label reads as a decimal number. */
function allNumeric(labels: Iterable<string>): boolean {
  for (const label of labels) if (readNumberCell(label).kind !== 'number') return false
  return true
}

/** sklearn's label order: numeric if every label is a number, else by code point. */
export function sortLabels(labels: Iterable<string>): string[] {
  const unique = [...new Set(labels)]
  if (allNumeric(unique)) return unique.sort((a, b) => Number(a) - Number(b))
  return unique.sort(compareCodePoints)
}

/**
 * Maps every label to its index in sklearn's order and encodes the columns
 * as Int32Arrays, which the metric and bootstrap loops index directly.
 */
export function encodeLabels(columns: ReadonlyArray<readonly string[]>): {
  labels: string[]
  codes: Int32Array[]
} {
  const seen = new Set<string>()
  for (const column of columns) for (const label of column) seen.add(label)
  const labels = sortLabels(seen)
  const index = new Map(labels.map((label, i) => [label, i]))
  const codes = columns.map(column => {
    const out = new Int32Array(column.length)
    for (let i = 0; i < column.length; i++) out[i] = index.get(column[i]) as number
    return out
  })
  return { labels, codes }
}
