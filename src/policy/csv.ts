/**
 * A minimal RFC 4180 CSV reader for the two small CSV files modelgate reads
 * whole (metric files and predictions). It keeps the line on which each
 * record starts so that errors can point at the line a user sees in an
 * editor; a quoted field may span lines, so that is not always the record's
 * index + 1.
 *
 * Why not the feature reader of `monitor` (monitoring/drift/csv-reader.ts):
 * that one streams files of millions of rows in chunks straight into typed
 * columns, with no record as a list of strings, while predictions need their
 * cells as strings (labels) and errors by line. Both decode records with
 * quotes with the same `quotedFields` (monitoring/drift/csv-fields.ts); this
 * one reads CRLF and LF line ends alike, also inside quoted fields.
 */
import { quotedFields } from '../monitoring/drift/csv-fields.js'

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

/**
 * The fields of the record with quotes that starts at `lines[first]`. It ends at the first line
 * end outside quotes, where the quotes so far are even in number (a quote that is not part of a
 * properly quoted field is an error before that matters); its lines are joined with `\n`, as
 * a line break inside a quoted field reads.
 */
function parseQuotedRecord(
  lines: string[],
  first: number
): { fields: string[]; linesUsed: number } {
  let last = first
  let quotes = countQuotes(lines[first])
  while (quotes % 2 === 1 && last + 1 < lines.length) quotes += countQuotes(lines[++last])
  const text = lines.slice(first, last + 1).join('\n')
  const fields = quotedFields(text, 0, text.length, (problem, at) => {
    if (problem === 'unclosed') throw new CsvSyntaxError('unterminated quoted field', first + 1)
    const line = first + 1 + countNewlines(text, at)
    throw new CsvSyntaxError(
      problem === 'text-after-quote'
        ? `unexpected character ${JSON.stringify(text[at])} after a closing quote`
        : 'a quote inside an unquoted field (quote the whole field and double inner quotes)',
      line
    )
  })
  return { fields, linesUsed: last - first + 1 }
}

function countQuotes(line: string): number {
  let n = 0
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++
  return n
}

function countNewlines(text: string, before: number): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < before; i = text.indexOf('\n', i + 1)) n++
  return n
}
