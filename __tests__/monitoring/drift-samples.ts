/**
 * Seeded normal samples for the monitoring tests: reproducible without
 * Python, and passed to Python as JSON (which carries doubles exactly) so
 * that both sides see the same numbers.
 */
import { Rng } from '../../src/policy/random.js'

/** n draws from Normal(shift, 1). */
export function sample(n: number, seed: number, shift: number): number[] {
  const rng = Rng.fromSeed(seed)
  return Array.from({ length: n }, () => normal(rng) + shift)
}

/** One standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng.nextDouble()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble())
}

/** The columns of featureCsv: 17 numeric, 3 categorical. */
export const NUMERIC_COLUMNS = Array.from({ length: 17 }, (_, i) => `f${i}`)
export const CATEGORICAL_COLUMNS = ['c0', 'c1', 'c2']
const CATEGORIES = ['red', 'green', 'blue', 'other, "quoted"']
const WEIGHTS = [0.4, 0.3, 0.2, 0.1]

/**
 * A feature CSV of `rows` rows × 20 columns from a fixed distribution:
 * f_i ~ Normal(i, 1 + i/4) — f3 and f7 rounded to integers (ties), f11
 * log-normal, f13 missing in ~5% of rows — and three categorical columns.
 * `shift` moves one column's mean by `by` standard deviations.
 */
export function featureCsv(
  rows: number,
  seed: number,
  shift?: { column: string; by: number }
): string {
  const rng = Rng.fromSeed(seed)
  const lines = [[...NUMERIC_COLUMNS, ...CATEGORICAL_COLUMNS].join(',')]
  for (let r = 0; r < rows; r++) {
    const fields: string[] = []
    NUMERIC_COLUMNS.forEach((name, i) => {
      const sd = 1 + i / 4
      let z = normal(rng)
      if (shift?.column === name) z += shift.by
      let v = i + sd * z
      if (i === 3 || i === 7) v = Math.round(v)
      if (i === 11) v = Math.exp(z / 2)
      fields.push(i === 13 && rng.nextDouble() < 0.05 ? '' : String(v))
    })
    for (const name of CATEGORICAL_COLUMNS) {
      let u = rng.nextDouble()
      if (shift?.column === name) u = u * u
      let k = 0
      while (k < WEIGHTS.length - 1 && u >= WEIGHTS[k]) u -= WEIGHTS[k++]
      const c = CATEGORIES[k]
      fields.push(c.includes(',') ? `"${c.replace(/"/g, '""')}"` : c)
    }
    lines.push(fields.join(','))
  }
  return lines.join('\n') + '\n'
}
