/**
 * Manifests are UTF-8 (SPEC §2). A UTF-8 byte order mark is accepted and kept, so that an edit
 * writes back every byte it did not mean to change; any other encoding (UTF-16 and UTF-32 with
 * or without their byte order mark, Latin-1, Windows-1252, …) is refused with its name and the
 * line of the first byte that is not UTF-8, instead of being read with U+FFFD in its place and
 * rewritten that way by the next promotion. Pure: bytes in, text or the problem out.
 */

export interface EncodingProblem {
  /** What is wrong, naming the encoding: `the file is UTF-16 (little-endian) …`. */
  message: string
  line: number
  col: number
}

export type Decoded = { text: string } | { problem: EncodingProblem; lossyText: string }

const ADVICE = 'save it as UTF-8'

// One decoder for every file: a decode without `stream` starts afresh, and constructing one per
// file was a measurable part of reading 10,000 shards. ignoreBOM keeps a byte order mark in the
// text: it is written back as it was read.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The text of a manifest's bytes, or why they are not UTF-8. */
export function decodeManifest(bytes: Uint8Array): Decoded {
  const lossy = () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const wide = wideEncoding(bytes)
  if (wide) {
    return {
      problem: { message: `the file is ${wide}, not UTF-8; ${ADVICE}`, line: 1, col: 1 },
      lossyText: ''
    }
  }
  try {
    return { text: strictUtf8.decode(bytes) }
  } catch {
    // not UTF-8: find where, below
  }
  const bad = firstInvalidUtf8(bytes) ?? 0
  let line = 1
  let lineStart = 0
  for (let i = 0; i < bad; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1
  const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0')
  const guess = singleByteGuess(bytes)
  return {
    problem: {
      message: `the file is not UTF-8: byte 0x${byte} at line ${line} is not valid UTF-8${guess}; ${ADVICE}`,
      line,
      col
    },
    lossyText: lossy()
  }
}

/** UTF-16 or UTF-32, by byte order mark or by the NUL bytes ASCII text has in them. */
function wideEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32 (little-endian)'
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 (big-endian)'
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 (little-endian)'
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 (big-endian)'
  // Without a byte order mark: ASCII characters in UTF-16 have a NUL byte beside them.
  if (b.length >= 2 && b.indexOf(0) >= 0) {
    if (b.length >= 4 && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'UTF-32 (little-endian)'
    if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0) return 'UTF-32 (big-endian)'
    if (b[0] !== 0 && b[1] === 0) return 'UTF-16 (little-endian, no byte order mark)'
    if (b[0] === 0 && b[1] !== 0) return 'UTF-16 (big-endian, no byte order mark)'
  }
  return undefined
}

/** A hint at the single-byte encoding the file probably is in. */
function singleByteGuess(b: Uint8Array): string {
  for (const byte of b) {
    if (byte >= 0x80 && byte <= 0x9f) return ' (the file looks like Windows-1252)'
  }
  return ' (the file looks like ISO-8859-1 or Windows-1252)'
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number | undefined {
  let i = 0
  while (i < b.length) {
    const c = b[i]
    if (c < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    let max = 0xbf
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1
      min = 0x80
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2
      // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
      min = c === 0xe0 ? 0xa0 : 0x80
      max = c === 0xed ? 0x9f : 0xbf
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3
      // No overlong forms (F0 80..8F) and nothing past U+10FFFF (F4 90..).
      min = c === 0xf0 ? 0x90 : 0x80
      max = c === 0xf4 ? 0x8f : 0xbf
    } else {
      return i
    }
    if (b[i + 1] === undefined || b[i + 1] < min || b[i + 1] > max) return i
    for (let k = 2; k <= need; k++) {
      const next = b[i + k]
      if (next === undefined || next < 0x80 || next > 0xbf) return i
    }
    i += need + 1
  }
  return undefined
}
