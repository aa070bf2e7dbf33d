/**
 * Just enough Markdown for the docs tests: sections by heading, the rows of
 * their tables, links, and the anchors GitHub gives headings. Fenced code is
 * skipped, so a `# comment` in a shell example is not a heading.
 */

export interface Section {
  /** The heading's text as written (`` `validate` ``, `Registry file (top level)`). */
  heading: string
  level: number
  /** The lines under the heading, up to the next heading of any level. */
  lines: string[]
  /** The table rows under the heading, each as its cells (trimmed); header and rule rows excluded. */
  rows: string[][]
}

/** A document's sections, in order; text before the first heading is a section with heading ''. */
export function sections(markdown: string): Section[] {
  const out: Section[] = [{ heading: '', level: 0, lines: [], rows: [] }]
  let fence: string | undefined
  let tableLine = 0
  for (const line of markdown.split('\n')) {
    const current = out[out.length - 1]
    const fenceMark = /^\s*(```|~~~)/.exec(line)?.[1]
    if (fenceMark && (fence === undefined || fence === fenceMark)) {
      fence = fence === undefined ? fenceMark : undefined
      current.lines.push(line)
      continue
    }
    const heading = fence === undefined ? /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line) : null
    if (heading) {
      out.push({ heading: heading[2], level: heading[1].length, lines: [], rows: [] })
      tableLine = 0
      continue
    }
    current.lines.push(line)
    if (fence === undefined && line.trimStart().startsWith('|')) {
      tableLine++
      // The first line of a table is its header, the second its rule.
      if (tableLine > 2) current.rows.push(cells(line))
    } else {
      tableLine = 0
    }
  }
  return out
}

/** The cells of a table row; `\|` inside a cell is not a separator. */
export function cells(row: string): string[] {
  const parts = row.trim().split(/(?<!\\)\|/)
  return parts.slice(1, parts.at(-1)?.trim() === '' ? -1 : undefined).map(c => c.trim())
}

export interface KeyCell {
  key: string
  bold: boolean
}

/**
 * The key a row documents when its first cell is one code span, optionally
 * bold or a link: `` `root` ``, `` **`apiVersion`** ``, `` [`validate`](#validate) ``.
 */
export function keyCell(cell: string): KeyCell | undefined {
  const unlinked = cell.replace(/^\[(.*)\]\([^)]*\)$/, '$1')
  const bold = /^\*\*(.*)\*\*$/.exec(unlinked)
  const match = /^`([^`]+)`$/.exec(bold ? bold[1] : unlinked)
  return match ? { key: match[1], bold: bold !== null } : undefined
}

/** The heading's text without Markdown: code spans and links reduced to their text. */
export function plainHeading(heading: string): string {
  return heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '')
}

/** The anchors GitHub gives a document's headings (`What \`validate\` checks` → `what-validate-checks`). */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const s of sections(markdown).slice(1)) {
    const slug = plainHeading(s.heading)
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-')
    const n = seen.get(slug) ?? 0
    seen.set(slug, n + 1)
    out.add(n === 0 ? slug : `${slug}-${n}`)
  }
  return out
}

/** The targets of inline links and images outside code, e.g. `docs/manifest.md#names`. */
export function linkTargets(markdown: string): string[] {
  const out: string[] = []
  let fence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence
    if (fence) continue
    const text = line.replace(/`[^`]*`/g, '')
    for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) out.push(m[1])
  }
  return out
}
