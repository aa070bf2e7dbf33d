/**
 * Streaming reader of feature CSV files: a header row naming the columns,
 * then one record per row, RFC 4180 quoting (fields in double quotes may hold
 * commas, doubled quotes `""` and line breaks, kept as they are). Lines may
 * end in LF or CRLF; a UTF-8 byte-order mark is skipped. Records must have as
 * many fields as the header. Blank lines are skipped, except in a one-column
 * file, where a blank line is a missing value. How values become numbers,
 * categories or missing: columns.ts.
 *
 * It works on whole decoded 1 MiB chunks rather than line by line: a record
 * without quotes is parsed in place (csv-fields.ts), with no substring for
 * numbers. That is what lets two files of 10⁶ rows × 20 columns be read
 * in seconds (bench `monitor`). Records with quotes take a slower, simpler
 * path; a record cut by a chunk boundary is carried over to the next chunk.
 */
import { isAscii } from 'node:buffer'
import { createReadStream } from 'node:fs'
import {
  addUnquotedField,
  addUnquotedFieldAscii,
  quotedFields,
  type QuotingProblem
} from './csv-fields.js'
import { TableBuilder, type ColumnBuilder, type FeatureTable } from './columns.js'

export class FeatureFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string
  ) {
    super(`${file}:${line}: ${message}`)
    this.name = 'FeatureFileError'
  }
}

const CHUNK = 1 << 20
const QUOTE = 34
const COMMA = 44
const CR = 13

/** Reads one CSV file into a new table. */
export async function readCsvFeatures(path: string): Promise<FeatureTable> {
  const table = new TableBuilder()
  await addCsvFile(table, path)
  return table.finish()
}

/** Adds the rows of a CSV file to `table` (columns matched by header name). */
export async function addCsvFile(table: TableBuilder, path: string): Promise<void> {
  table.files.push(path)
  const parser = new CsvParser(table, path)
  // Chunks are cut after their last line feed (a byte that cannot be part of
  // a multi-byte UTF-8 character) and decoded whole: the parser then reads a
  // flat string, which V8 indexes several times faster than the concatenation
  // `rest + chunk` would be. The bytes after the cut go in front of the next chunk.
  let carry: Buffer = Buffer.alloc(0)
  for await (const chunk of createReadStream(path, {
    highWaterMark: CHUNK
  }) as AsyncIterable<Buffer>) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk
    const cut = buf.lastIndexOf(10) + 1
    if (cut === 0) {
      carry = buf
      continue
    }
    const text = buf.toString('utf8', 0, cut)
    // An all-ASCII chunk (the usual feature file) is also parsed from its bytes.
    const used = parser.parse(text, false, isAscii(buf.subarray(0, cut)) ? buf : undefined)
    // A quoted field with line breaks may run past the cut: keep its start too.
    carry =
      used < text.length
        ? Buffer.concat([Buffer.from(text.slice(used)), buf.subarray(cut)])
        : buf.subarray(cut)
  }
  parser.parse(carry.toString('utf8'), true)
  if (!parser.columns) throw new FeatureFileError(path, 1, 'no header row')
}

class CsvParser {
  columns: ColumnBuilder[] | undefined
  /** The line the next record starts on. */
  private line = 1
  private atStart = true

  constructor(
    private readonly table: TableBuilder,
    private readonly path: string
  ) {}

  /** The bytes `buf` was decoded from, when it is all ASCII (byte i is character i). */
  private bytes: Uint8Array | undefined

  /** Parses the complete records of `buf`; returns how many characters they took. */
  parse(buf: string, eof: boolean, bytes?: Uint8Array): number {
    this.bytes = bytes
    let p = 0
    if (this.atStart) {
      if (buf.length === 0 && !eof) return 0
      if (buf.charCodeAt(0) === 0xfeff) p = 1
      this.atStart = false
    }
    let nextQuote = buf.indexOf('"', p)
    while (p < buf.length) {
      const nl = buf.indexOf('\n', p)
      if (nextQuote !== -1 && nextQuote < p) nextQuote = buf.indexOf('"', p)
      if (nextQuote === -1 || (nl !== -1 && nl < nextQuote)) {
        // No quote before the end of the line: the fast path.
        if (nl === -1 && !eof) return p
        let end = nl === -1 ? buf.length : nl
        if (end > p && buf.charCodeAt(end - 1) === CR) end--
        this.unquotedRecord(buf, p, end)
        this.line++
        p = nl === -1 ? buf.length : nl + 1
        continue
      }
      // A quoted record: its end is the first line feed outside quotes.
      let i = p
      let inQuotes = false
      let breaks = 0
      for (; i < buf.length; i++) {
        const c = buf.charCodeAt(i)
        if (c === QUOTE) inQuotes = !inQuotes
        else if (c === 10) {
          if (!inQuotes) break
          breaks++
        }
      }
      if (i === buf.length && !eof) return p
      if (inQuotes) this.fail('a quoted field is not closed by the end of the file')
      let end = i
      if (end > p && buf.charCodeAt(end - 1) === CR) end--
      const start = p
      this.record(
        quotedFields(buf, p, end, (problem, at) => this.fail(quoting(problem, at - start)))
      )
      this.line += 1 + breaks
      p = i === buf.length ? i : i + 1
      nextQuote = buf.indexOf('"', p)
    }
    return p
  }

  private unquotedRecord(buf: string, start: number, end: number): void {
    const columns = this.columns
    if (!columns || start === end) {
      if (start === end) {
        if (columns?.length === 1) this.record([''])
        return
      }
      return this.record(buf.slice(start, end).split(','))
    }
    let i = start
    let field = 0
    const bytes = this.bytes
    for (;;) {
      if (field === columns.length) this.fieldCountError(countFields(buf, start, end))
      i = bytes
        ? addUnquotedFieldAscii(bytes, buf, i, end, columns[field++])
        : addUnquotedField(buf, i, end, columns[field++])
      if (i >= end) break
      i++ // the comma
    }
    if (field !== columns.length) this.fieldCountError(field)
    this.table.rows++
  }

  private record(fields: string[]): void {
    if (!this.columns) {
      const seen = new Set<string>()
      for (const f of fields) {
        if (seen.has(f)) this.fail(`duplicate column "${f}" in the header`)
        seen.add(f)
      }
      this.columns = fields.map(f => this.table.column(f))
      return
    }
    if (fields.length !== this.columns.length) this.fieldCountError(fields.length)
    for (let i = 0; i < fields.length; i++) this.columns[i].addText(fields[i])
    this.table.rows++
  }

  private fieldCountError(found: number): never {
    this.fail(`expected ${this.columns!.length} fields as in the header, found ${found}`)
  }

  private fail(message: string): never {
    throw new FeatureFileError(this.path, this.line, message)
  }
}

/** What the feature reader says about a badly quoted record; `offset` is 0-based in the record. */
function quoting(problem: QuotingProblem, offset: number): string {
  switch (problem) {
    case 'unclosed':
      return 'a quoted field is not closed'
    case 'text-after-quote':
      return `unexpected text after a closing quote (character ${offset + 1} of the record)`
    case 'quote-in-field':
      return `a quote inside an unquoted field (character ${offset + 1} of the record)`
  }
}

function countFields(buf: string, start: number, end: number): number {
  let n = 1
  for (let i = start; i < end; i++) if (buf.charCodeAt(i) === COMMA) n++
  return n
}
