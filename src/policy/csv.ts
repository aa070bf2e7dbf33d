/**
 * A minimal RFC 4180 CSV reader for the two CSV files modelgate reads (metric
 * files and predictions). It keeps the line on which each record starts so
 * that errors can point at the line a user sees in an editor; a quoted field
 * may span lines, so that is not always the record's index + 1.
 */

export interface CsvRecord {
  fields: string[]
  /** 1-based line on which the record starts. */
  line: number
}

/** Thrown for malformed quoting; callers turn it into their own error naming the file. */
export class CsvSyntaxError extends Error {
  readonly line: number
  constructor(message: string, line: number) {
    super(message)
    this.name = 'CsvSyntaxError'
    this.line = line
  }
}

/**
 * Splits `text` into records. Blank lines are skipped (editors and scripts
 * often leave a trailing one); a UTF-8 byte order mark is dropped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const records: CsvRecord[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    const start = i + 1
    i++
    if (line.trim() === '') continue
    // Fast path: most prediction files have no quotes at all, and split() is
    // an order of magnitude quicker than scanning characters.
    if (!line.includes('"')) {
      records.push({ fields: line.split(','), line: start })
      continue
    }
    const { fields, linesUsed } = parseQuotedRecord(lines, i - 1)
    i += linesUsed - 1
    records.push({ fields, line: start })
  }
  return records
}

/** Parses one record that contains quotes, possibly spanning several physical lines. */
function parseQuotedRecord(
  lines: string[],
  first: number
): { fields: string[]; linesUsed: number } {
  const fields: string[] = []
  let field = ''
  let lineIndex = first
  let text = lines[lineIndex]
  let pos = 0
  for (;;) {
    if (text[pos] === '"') {
      // Quoted field: read to the closing quote; "" is an escaped quote.
      pos++
      for (;;) {
        if (pos >= text.length) {
          lineIndex++
          if (lineIndex >= lines.length) {
            throw new CsvSyntaxError('unterminated quoted field', first + 1)
          }
          field += '\n'
          text = lines[lineIndex]
          pos = 0
          continue
        }
        const ch = text[pos]
        if (ch === '"') {
          if (text[pos + 1] === '"') {
            field += '"'
            pos += 2
            continue
          }
          pos++
          break
        }
        field += ch
        pos++
      }
      if (pos < text.length && text[pos] !== ',') {
        throw new CsvSyntaxError(
          `unexpected character ${JSON.stringify(text[pos])} after a closing quote`,
          lineIndex + 1
        )
      }
    } else {
      const comma = text.indexOf(',', pos)
      const end = comma === -1 ? text.length : comma
      const raw = text.slice(pos, end)
      if (raw.includes('"')) {
        throw new CsvSyntaxError(
          'a quote inside an unquoted field (quote the whole field and double inner quotes)',
          lineIndex + 1
        )
      }
      field = raw
      pos = end
    }
    fields.push(field)
    field = ''
    if (pos >= text.length) break
    pos++ // skip the comma
    if (pos === text.length) {
      // A trailing comma means one more, empty, field.
      fields.push('')
      break
    }
  }
  return { fields, linesUsed: lineIndex - first + 1 }
}
