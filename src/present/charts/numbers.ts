/** Numbers as charts show them, shared by the mermaid and the SVG charts. */

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
