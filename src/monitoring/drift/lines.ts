/**
 * Streams a text file line by line without holding it, for the JSON-lines
 * reader (CSV has its own chunked parser: its quotes may span lines). 1 MiB
 * chunks, split at '\n', a trailing '\r' dropped (CRLF files), a UTF-8
 * byte-order mark dropped. Lighter than node:readline, whose per-line events
 * cost more than the parsing on files of millions of short lines.
 */
import { createReadStream } from 'node:fs'

const CHUNK = 1 << 20

/** Calls `onLine(line, lineNumber)` (1-based) for each line of the file. */
export async function forEachLine(
  path: string,
  onLine: (line: string, lineNumber: number) => void
): Promise<void> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK })
  let rest = ''
  let lineNumber = 0
  const emit = (line: string) => {
    lineNumber++
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1)
    if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1)
    onLine(line, lineNumber)
  }
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = rest + chunk
    let start = 0
    let nl: number
    while ((nl = text.indexOf('\n', start)) !== -1) {
      emit(text.slice(start, nl))
      start = nl + 1
    }
    rest = text.slice(start)
  }
  if (rest.length > 0) emit(rest)
}
