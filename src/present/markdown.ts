/** Small Markdown builders shared by the summaries, bodies and reports. */

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

/** A Markdown table; columns listed in `rightAligned` (numbers) are aligned right. */
export function table(
  header: string[],
  rows: string[][],
  rightAligned: readonly number[] = []
): string {
  const escaped = (cells: string[]) => cells.map(escapeCell)
  return rawTable(escaped(header), rows.map(escaped), rightAligned)
}

/** `table` for cells that were escaped as they were built. */
export function rawTable(
  header: string[],
  rows: string[][],
  rightAligned: readonly number[] = []
): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const rule = header.map((_, c) => (rightAligned.includes(c) ? '---:' : '---'))
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n')
}

/**
 * Caps a list for a summary, with a note saying how many were left out:
 * long outputs are cut, never dropped silently (SPEC §5).
 */
export function capped<T>(items: T[], max: number): { shown: T[]; note?: string } {
  if (items.length <= max) return { shown: items }
  return {
    shown: items.slice(0, max),
    note: `… and ${items.length - max} more (see the log or --json)`
  }
}
