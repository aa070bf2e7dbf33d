/** Aligned columns for the terminal: the text tables of `report`, `plan` and `compare`. */

/**
 * One line per row (the header is the first row), each column as wide as its widest cell,
 * two spaces apart, trailing spaces dropped. Columns listed in `rightAligned` (numbers) are
 * padded on the left.
 */
export function textTable(rows: string[][], rightAligned: readonly number[] = []): string[] {
  if (rows.length === 0) return []
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)))
  return rows.map(r =>
    r
      .map((cell, c) =>
        rightAligned.includes(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])
      )
      .join('  ')
      .trimEnd()
  )
}
