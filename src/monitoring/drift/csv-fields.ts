/**
 * The hot loop of the CSV reader: parses one field of a record straight from
 * the decoded chunk, by character codes. Numbers are read from the digits
 * without a substring: a number with at most 15 significant digits and a power
 * of ten within ±22 is exact as m·10^e or m/10^e (both factors are exact
 * doubles, so the one rounding is the correct one — Clinger's fast path);
 * longer ones, already checked to be decimals, go to `Number()`. Anything
 * else (text, blanks, an empty field) goes to `addText` as a substring, which decides between number, category and missing
 * (columns.ts).
 */
import type { ColumnBuilder } from './columns.js'

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i)
const MAX_FAST_DIGITS = 15
const COMMA = 44

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
