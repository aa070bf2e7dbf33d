/**
 * The fields of CSV records. The hot loop of the feature reader
 * (csv-reader.ts) parses one field of a record straight from
 * the decoded chunk, by character codes. Numbers are read from the digits
 * without a substring: a number with at most 15 significant digits and a power
 * of ten within ±22 is exact as m·10^e or m/10^e (both factors are exact
 * doubles, so the one rounding is the correct one — Clinger's fast path);
 * longer ones, already checked to be decimals, go to `Number()`. Anything
 * else (text, blanks, an empty field) goes to `addText` as a substring, which decides between number, category and missing
 * (columns.ts).
 *
 * Records with quotes are rare and take `quotedFields`, the one RFC 4180
 * decoder of modelgate: the feature reader and the reader of metric and
 * prediction files (policy/csv.ts) both use it, each wording its problems.
 */
import type { ColumnBuilder } from './columns.js'

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i)
const MAX_FAST_DIGITS = 15
const COMMA = 44
const QUOTE = 34

/**
 * Adds the unquoted field starting at `start` (ending at a comma or at
 * `end`) to `column`; returns the index just past it (at the comma or `end`).
 */
export function addUnquotedField(
  text: string,
  start: number,
  end: number,
  column: ColumnBuilder
): number {
  let i = start
  let c = i < end ? text.charCodeAt(i) : COMMA
  let negative = false
  if (c === 45 || c === 43) {
    negative = c === 45
    c = ++i < end ? text.charCodeAt(i) : COMMA
  }
  let mantissa = 0
  let digits = 0
  let significant = 0
  let scale = 0
  while (c >= 48 && c <= 57) {
    if (significant > 0 || c !== 48) {
      mantissa = mantissa * 10 + (c - 48)
      significant++
    }
    digits++
    c = ++i < end ? text.charCodeAt(i) : COMMA
  }
  if (c === 46) {
    c = ++i < end ? text.charCodeAt(i) : COMMA
    while (c >= 48 && c <= 57) {
      if (significant > 0 || c !== 48) {
        mantissa = mantissa * 10 + (c - 48)
        significant++
      }
      digits++
      scale--
      c = ++i < end ? text.charCodeAt(i) : COMMA
    }
  }
  let ok = digits > 0
  if (ok && (c === 101 || c === 69)) {
    c = ++i < end ? text.charCodeAt(i) : COMMA
    let expNegative = false
    if (c === 45 || c === 43) {
      expNegative = c === 45
      c = ++i < end ? text.charCodeAt(i) : COMMA
    }
    let exp = 0
    let expDigits = 0
    while (c >= 48 && c <= 57) {
      exp = exp < 1e6 ? exp * 10 + (c - 48) : exp
      expDigits++
      c = ++i < end ? text.charCodeAt(i) : COMMA
    }
    ok = expDigits > 0
    scale += expNegative ? -exp : exp
  }
  if (ok && c === COMMA) {
    // A whole decimal number (the field ends here: a comma, or `end`).
    let x: number
    if (significant <= MAX_FAST_DIGITS && scale >= -22 && scale <= 22) {
      x = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale]
      if (negative) x = -x
    } else {
      x = +text.slice(start, i)
    }
    if (x === Infinity || x === -Infinity) column.addText(text.slice(start, i))
    else column.addNumber(x)
    return i
  }
  let stop = text.indexOf(',', i)
  if (stop === -1 || stop > end) stop = end
  column.addText(text.slice(start, stop))
  return stop
}

/**
 * The same as addUnquotedField, reading the characters from the chunk's
 * bytes, for a chunk that is all ASCII (so byte i is character i of `text`,
 * which the fallbacks still slice). Indexing a Uint8Array is a plain load,
 * where charCodeAt must check the string's representation on every call:
 * this loop is most of the time spent reading a numeric CSV. Kept as a copy
 * of the loop above rather than one loop over an accessor, which V8 would
 * not inline as well.
 */
export function addUnquotedFieldAscii(
  bytes: Uint8Array,
  text: string,
  start: number,
  end: number,
  column: ColumnBuilder
): number {
  let i = start
  let c = i < end ? bytes[i] : COMMA
  let negative = false
  if (c === 45 || c === 43) {
    negative = c === 45
    c = ++i < end ? bytes[i] : COMMA
  }
  let mantissa = 0
  let digits = 0
  let significant = 0
  let scale = 0
  while (c >= 48 && c <= 57) {
    if (significant > 0 || c !== 48) {
      mantissa = mantissa * 10 + (c - 48)
      significant++
    }
    digits++
    c = ++i < end ? bytes[i] : COMMA
  }
  if (c === 46) {
    c = ++i < end ? bytes[i] : COMMA
    while (c >= 48 && c <= 57) {
      if (significant > 0 || c !== 48) {
        mantissa = mantissa * 10 + (c - 48)
        significant++
      }
      digits++
      scale--
      c = ++i < end ? bytes[i] : COMMA
    }
  }
  let ok = digits > 0
  if (ok && (c === 101 || c === 69)) {
    c = ++i < end ? bytes[i] : COMMA
    let expNegative = false
    if (c === 45 || c === 43) {
      expNegative = c === 45
      c = ++i < end ? bytes[i] : COMMA
    }
    let exp = 0
    let expDigits = 0
    while (c >= 48 && c <= 57) {
      exp = exp < 1e6 ? exp * 10 + (c - 48) : exp
      expDigits++
      c = ++i < end ? bytes[i] : COMMA
    }
    ok = expDigits > 0
    scale += expNegative ? -exp : exp
  }
  if (ok && c === COMMA) {
    // A whole decimal number (the field ends here: a comma, or `end`).
    let x: number
    if (significant <= MAX_FAST_DIGITS && scale >= -22 && scale <= 22) {
      x = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale]
      if (negative) x = -x
    } else {
      x = +text.slice(start, i)
    }
    if (x === Infinity || x === -Infinity) column.addText(text.slice(start, i))
    else column.addNumber(x)
    return i
  }
  let stop = text.indexOf(',', i)
  if (stop === -1 || stop > end) stop = end
  column.addText(text.slice(start, stop))
  return stop
}

/** What is wrong with a record's quoting. */
export type QuotingProblem = 'unclosed' | 'text-after-quote' | 'quote-in-field'

/**
 * The fields of the record `text[start, end)`, which contains quotes, decoded
 * (RFC 4180): a field in double quotes may hold commas, doubled quotes `""`
 * and line breaks, kept as they are. A problem goes to `fail` with the index
 * in `text` of the character at fault (for `unclosed`, the opening quote).
 */
export function quotedFields(
  text: string,
  start: number,
  end: number,
  fail: (problem: QuotingProblem, at: number) => never
): string[] {
  const fields: string[] = []
  let i = start
  for (;;) {
    if (i < end && text.charCodeAt(i) === QUOTE) {
      let value = ''
      let j = i + 1
      for (;;) {
        const q = text.indexOf('"', j)
        if (q === -1 || q >= end) fail('unclosed', i)
        value += text.slice(j, q)
        if (q + 1 < end && text.charCodeAt(q + 1) === QUOTE) {
          value += '"'
          j = q + 2
        } else {
          i = q + 1
          break
        }
      }
      if (i < end && text.charCodeAt(i) !== COMMA) fail('text-after-quote', i)
      fields.push(value)
    } else {
      let stop = i
      while (stop < end && text.charCodeAt(stop) !== COMMA) {
        if (text.charCodeAt(stop) === QUOTE) fail('quote-in-field', stop)
        stop++
      }
      fields.push(text.slice(i, stop))
      i = stop
    }
    if (i >= end) return fields
    i++ // the comma
    if (i === end) {
      fields.push('')
      return fields
    }
  }
}
