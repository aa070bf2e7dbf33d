/**
 * Reading numbers from text cells. `Number()` is too lenient for metric and
 * prediction files: it turns '' into 0, accepts hex and surrounding spaces,
 * so a broken file would silently produce plausible metrics. These helpers
 * accept decimal notation only and tell NaN/infinity apart from garbage, so
 * errors can say what went wrong.
 */

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
// Python/R print nan, inf, Infinity; YAML spells them .nan and .inf.
const NON_FINITE = /^[+-]?\.?(?:nan|inf|infinity)$/i

export type NumberCell =
  | { kind: 'number'; value: number }
  | { kind: 'non-finite'; text: string }
  | { kind: 'invalid'; text: string }

/** Classifies a text cell (surrounding whitespace ignored). */
export function readNumberCell(text: string): NumberCell {
  const t = text.trim()
  if (DECIMAL.test(t)) {
    const value = Number(t)
    // 1e999 matches the pattern but overflows to Infinity.
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'non-finite', text: t }
  }
  if (NON_FINITE.test(t)) return { kind: 'non-finite', text: t }
  return { kind: 'invalid', text: t }
}

/** True for the spellings of NaN and infinity that Python, R and YAML writers produce. */
export function isNonFiniteSpelling(text: string): boolean {
  return NON_FINITE.test(text.trim())
}
