/** Numbers as charts show them, shared by the mermaid and the SVG charts. */

/** A number mermaid parses: no exponent, no float noise (0.1 + 0.2 → 0.3). */
export function plainNumber(x: number): string {
  const s = String(Number(x.toPrecision(6)))
  if (!/e/i.test(s)) return s
  return x.toFixed(20).replace(/\.?0+$/, '')
}
