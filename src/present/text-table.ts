/** Rows as aligned terminal text: columns two spaces apart, no trailing blanks. */
export function textTable(
  rows: string[][],
  /** Columns aligned right (numbers); the rest align left. */
  rightAligned: (column: number) => boolean = () => false
): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)))
  return rows.map(r =>
    r
      .map((cell, c) => (rightAligned(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd()
  )
}
