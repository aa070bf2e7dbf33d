/**
 * Numbers written as text: every formatting of a number modelgate shows
 * (reading numbers from text cells is numbers.ts).
 *
 * For people — comparison reasons, tables, summaries: metrics range from
 * 0.9213 (accuracy) to 31 (latency in ms) to 1.2e-5 (a loss), so values are
 * shown with a fixed number of significant digits rather than decimals, and
 * without trailing zeros ("33", not "33.00").
 *
 * For charts — mermaid and SVG (present/charts/): `plainNumber` never writes
 * an exponent, which mermaid cannot read, so `chartable` keeps out what it
 * cannot write in full.
 */

/** `x` with `digits` significant digits: 0.92134 → "0.9213", 33 → "33", 123456.7 → "123457". */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity'
  if (x === 0) return '0'
  const abs = Math.abs(x)
  if (abs >= 1e-4 && abs < 1e15) {
    // Integer digits are never dropped: 123456.7 keeps all six.
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)))
    return trimZeros(x.toFixed(Math.min(decimals, 100)))
  }
  const [mantissa, exponent] = x.toExponential(digits - 1).split('e')
  return `${trimZeros(mantissa)}e${exponent}`
}

/** A signed change: "+0.009", "-2", "±0" for no change. */
export function formatSigned(x: number, digits = 4): string {
  if (x === 0) return '±0'
  const text = formatNumber(x, digits)
  return x > 0 ? `+${text}` : text
}

/** A change already in percent (1.0 = 1 %): "+1.0%", "-0.25%", "±0%". */
export function formatSignedPercent(pct: number): string {
  if (pct === 0) return '±0%'
  // One decimal reads well for most changes; tiny ones keep two significant digits.
  const text = Math.abs(pct) >= 1 ? pct.toFixed(1) : formatNumber(pct, 2)
  return `${pct > 0 ? '+' : ''}${text}%`
}

/** A fraction as a percentage: 0.1 → "10%", 0.025 → "2.5%". */
export function formatFractionAsPercent(fraction: number): string {
  return `${formatNumber(fraction * 100, 3)}%`
}

/** "p = 0.031", "p = 0.0012", "p < 0.0001". */
export function formatPValue(p: number): string {
  if (Number.isNaN(p)) return 'p = NaN'
  if (p < 1e-4) return 'p < 0.0001'
  return `p = ${formatNumber(p, 2)}`
}

/** A value a chart can place: finite, and printable without an exponent. */
export function chartable(x: number | undefined): x is number {
  // Beyond 1e21 JavaScript prints exponents only, which mermaid does not read.
  return typeof x === 'number' && Number.isFinite(x) && Math.abs(x) < 1e21
}

/** A number mermaid parses: no exponent, no float noise (0.1 + 0.2 → 0.3). */
export function plainNumber(x: number): string {
  const s = String(Number(x.toPrecision(6)))
  if (!/e/i.test(s)) return s
  return x.toFixed(20).replace(/\.?0+$/, '')
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}
