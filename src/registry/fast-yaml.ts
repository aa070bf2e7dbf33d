/**
 * A fast reader for the plain shape manifests are written in: block
 * mappings and sequences, one-line flow collections, one-line plain and
 * quoted scalars, comments. It returns exactly what js-yaml's `load` (core
 * schema) returns for such a text, several times faster (sharded registries
 * parse 10,000 files), and `undefined` for anything else: anchors, tags,
 * block or multi-line scalars, escapes, tabs, duplicate keys, keys that are
 * not plain strings, any doubt. The caller then parses with js-yaml, which
 * also gives every error its message, so behaviour never depends on which
 * reader ran. Plain scalars are resolved by js-yaml's own core schema.
 */
import { CORE_SCHEMA } from 'js-yaml'

/** Not the shape this reader knows: the caller parses with js-yaml. */
class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure()
}

/** One line with content (blank and comment-only lines are left out). */
interface Line {
  /** Column of the content: the number of leading spaces, or more for a "- " item's content. */
  indent: number
  /** Offset in the text where the line's content starts and where the line ends. */
  start: number
  end: number
}

// Characters a manifest has no business holding; js-yaml rejects some, treats others specially.
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NON_PRINTABLE = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/
// A plain key this reader accepts (resolved afterwards: one that is not a string is refused).
const PLAIN_KEY = /^[A-Za-z0-9_][\w.\-/+@ ]*$/
const SPACE = 32

/** js-yaml's `load(text)` for the plain shape, or undefined when the text is anything else. */
export function fastYamlLoad(text: string): unknown {
  if (NON_PRINTABLE.test(text)) return undefined
  try {
    const lines = splitLines(text)
    if (lines.length === 0 || lines[0].indent !== 0) return undefined
    const reader = new Reader(text, lines)
    const value = reader.block(0, 0)
    return reader.next === lines.length ? value : undefined
  } catch (error) {
    if (error instanceof Unsure) return undefined
    throw error
  }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let pos = 0
  while (pos < text.length) {
    let end = text.indexOf('\n', pos)
    if (end < 0) end = text.length
    let i = pos
    while (i < end && text.charCodeAt(i) === SPACE) i++
    if (i < end && text[i] !== '#') {
      // Document markers and directives are left to js-yaml.
      if (i === pos && (text.startsWith('---', i) || text.startsWith('...', i) || text[i] === '%'))
        unsure()
      lines.push({ indent: i - pos, start: i, end })
    }
    pos = end + 1
  }
  return lines
}

class Reader {
  /** Index of the next line to read. */
  next = 0

  constructor(
    private readonly text: string,
    private readonly lines: Line[]
  ) {}

  /** The block node starting at line `i`, whose content is at column `indent`. */
  block(i: number, indent: number): unknown {
    const line = this.lines[i]
    return this.isItem(line) ? this.sequence(i, indent) : this.mapping(i, indent)
  }

  private isItem(line: Line): boolean {
    const c = this.text.charCodeAt(line.start)
    if (c !== 45) return false // '-'
    const after = line.start + 1
    return after === line.end || this.text.charCodeAt(after) === SPACE
  }

  private mapping(i: number, indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {}
    const lines = this.lines
    while (i < lines.length && lines[i].indent === indent) {
      const line = lines[i]
      if (this.isItem(line)) unsure()
      const colon = this.keyEnd(line.start, line.end)
      if (colon < 0) unsure()
      const key = this.key(line.start, colon)
      if (Object.prototype.hasOwnProperty.call(map, key)) unsure() // js-yaml says which
      const rest = this.skipSpaces(colon + 1, line.end)
      let value: unknown
      if (rest === line.end || this.text.charCodeAt(rest) === 35 /* # */) {
        const nextLine = lines[i + 1]
        if (nextLine && nextLine.indent > indent) {
          value = this.block(i + 1, nextLine.indent)
          i = this.next
        } else if (nextLine && nextLine.indent === indent && this.isItem(nextLine)) {
          value = this.sequence(i + 1, indent)
          i = this.next
        } else {
          value = CORE_SCHEMA.resolveImplicitScalarTag('').value
          i++
        }
      } else {
        value = this.inlineValue(rest, line.end)
        i++
        if (i < lines.length && lines[i].indent > indent) unsure() // a continuation line
      }
      map[key] = value
    }
    if (i < lines.length && lines[i].indent > indent) unsure()
    this.next = i
    return map
  }

  private sequence(i: number, indent: number): unknown[] {
    const items: unknown[] = []
    const lines = this.lines
    while (i < lines.length && lines[i].indent === indent && this.isItem(lines[i])) {
      const line = lines[i]
      const rest = this.skipSpaces(line.start + 1, line.end)
      if (rest === line.end || this.text.charCodeAt(rest) === 35 /* # */) {
        const nextLine = lines[i + 1]
        if (nextLine && nextLine.indent > indent) {
          items.push(this.block(i + 1, nextLine.indent))
          i = this.next
        } else {
          items.push(CORE_SCHEMA.resolveImplicitScalarTag('').value)
          i++
        }
      } else if (this.keyEnd(rest, line.end) >= 0) {
        // "- key: value": a mapping whose keys sit at the column of the first one.
        const column = indent + (rest - line.start)
        lines[i] = { indent: column, start: rest, end: line.end }
        items.push(this.mapping(i, column))
        i = this.next
      } else {
        if (this.text.charCodeAt(rest) === 45 && this.isItem({ ...line, start: rest })) unsure()
        items.push(this.inlineValue(rest, line.end))
        i++
        if (i < lines.length && lines[i].indent > indent) unsure()
      }
    }
    if (i < lines.length && lines[i].indent > indent) unsure()
    this.next = i
    return items
  }

  /**
   * The offset of the ':' ending a block mapping key that starts at `start`
   * (followed by a space or the end of the line), or -1 when the line is no key.
   */
  private keyEnd(start: number, end: number): number {
    const text = this.text
    const c = text.charCodeAt(start)
    if (c === 34 /* " */) {
      const close = indexWithin(text, '"', start + 1, end)
      if (close < 0) return -1
      return text.charCodeAt(close + 1) === 58 && this.spaceOrEnd(close + 2, end) ? close + 1 : -1
    }
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i)
      if (ch === 58 /* : */ && this.spaceOrEnd(i + 1, end)) return i
      if (ch === 35 /* # */ && text.charCodeAt(i - 1) === SPACE) return -1
    }
    return -1
  }

  private spaceOrEnd(i: number, end: number): boolean {
    return i === end || this.text.charCodeAt(i) === SPACE
  }

  /** A mapping key ending before `end`: a plain string, or double-quoted without escapes. */
  private key(start: number, end: number): string {
    const text = this.text
    let key: string
    if (text.charCodeAt(start) === 34 /* " */) {
      key = text.slice(start + 1, end - 1)
      if (key.includes('\\')) unsure()
    } else {
      key = text.slice(start, end).trimEnd()
      if (!PLAIN_KEY.test(key) || CORE_SCHEMA.resolveImplicitScalarTag(key).value !== key) unsure()
    }
    if (key === '__proto__') unsure()
    return key
  }

  /** A value on the rest of a line: a flow collection or a scalar, then nothing but a comment. */
  private inlineValue(start: number, end: number): unknown {
    const c = this.text.charCodeAt(start)
    if (c === 91 /* [ */ || c === 123 /* { */) {
      const flow = new FlowReader(this.text, start, end)
      const value = flow.node()
      this.expectEnd(flow.pos, end)
      return value
    }
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const [value, after] = quoted(this.text, start, end)
      this.expectEnd(after, end)
      return value
    }
    let stop = start
    while (
      stop < end &&
      !(this.text.charCodeAt(stop) === 35 && this.text.charCodeAt(stop - 1) === SPACE)
    )
      stop++
    const source = this.text.slice(start, stop).trimEnd()
    if (source.includes(': ') || source.endsWith(':')) unsure()
    return plainScalar(source)
  }

  /** Only spaces and a comment may follow a value on its line. */
  private expectEnd(pos: number, end: number): void {
    const i = this.skipSpaces(pos, end)
    if (i === end) return
    if (this.text.charCodeAt(i) !== 35 || i === pos) unsure()
  }

  private skipSpaces(i: number, end: number): number {
    while (i < end && this.text.charCodeAt(i) === SPACE) i++
    return i
  }
}

/** A one-line flow collection: `[a, b]`, `{ k: v, k2: [1, 2] }`. */
class FlowReader {
  constructor(
    private readonly text: string,
    public pos: number,
    private readonly end: number
  ) {}

  node(): unknown {
    this.spaces()
    const c = this.text.charCodeAt(this.pos)
    if (c === 91 /* [ */) return this.sequence()
    if (c === 123 /* { */) return this.mapping()
    if (c === 34 || c === 39) {
      const [value, after] = quoted(this.text, this.pos, this.end)
      this.pos = after
      return value
    }
    return plainScalar(this.plain())
  }

  private sequence(): unknown[] {
    this.pos++
    const items: unknown[] = []
    this.spaces()
    if (this.take(93 /* ] */)) return items
    for (;;) {
      items.push(this.node())
      this.spaces()
      if (this.take(93)) return items
      if (!this.take(44 /* , */)) unsure()
      this.spaces()
      if (this.text.charCodeAt(this.pos) === 93) unsure() // a trailing comma
    }
  }

  private mapping(): Record<string, unknown> {
    this.pos++
    const map: Record<string, unknown> = {}
    this.spaces()
    if (this.take(125 /* } */)) return map
    for (;;) {
      this.spaces()
      let key: string
      if (this.text.charCodeAt(this.pos) === 34) {
        const [value, after] = quoted(this.text, this.pos, this.end)
        key = value
        this.pos = after
      } else {
        key = this.plain()
        if (!PLAIN_KEY.test(key) || CORE_SCHEMA.resolveImplicitScalarTag(key).value !== key)
          unsure()
      }
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) unsure()
      if (!this.take(58 /* : */) || this.text.charCodeAt(this.pos) !== SPACE) unsure()
      this.spaces()
      const c = this.text.charCodeAt(this.pos)
      if (c === 44 || c === 125 || this.pos >= this.end) unsure() // an empty value
      map[key] = this.node()
      this.spaces()
      if (this.take(125)) return map
      if (!this.take(44)) unsure()
      this.spaces()
      if (this.text.charCodeAt(this.pos) === 125) unsure() // a trailing comma
    }
  }

  /** A plain scalar in a flow: up to `,`, `]`, `}` or `: `; anything unusual is refused. */
  private plain(): string {
    const text = this.text
    const start = this.pos
    let i = start
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i)
      if (c === 44 || c === 93 || c === 125) break
      if (c === 58 /* : */) {
        const n = text.charCodeAt(i + 1)
        if (n === SPACE) break
        if (i + 1 >= this.end || n === 44 || n === 93 || n === 125) unsure()
      }
      if (c === 91 || c === 123 || c === 35 /* # */) unsure()
    }
    if (i >= this.end) unsure() // the flow does not close on this line
    this.pos = i
    return text.slice(start, i).trimEnd()
  }

  private take(c: number): boolean {
    if (this.text.charCodeAt(this.pos) !== c) return false
    this.pos++
    return true
  }

  private spaces(): void {
    while (this.pos < this.end && this.text.charCodeAt(this.pos) === SPACE) this.pos++
  }
}

/** A one-line quoted scalar at `start`: its value and the offset after the closing quote. */
function quoted(text: string, start: number, end: number): [string, number] {
  const q = text[start]
  if (q === '"') {
    const close = indexWithin(text, '"', start + 1, end)
    if (close < 0) unsure()
    const value = text.slice(start + 1, close)
    if (value.includes('\\')) unsure()
    return [value, close + 1]
  }
  let value = ''
  let i = start + 1
  for (;;) {
    const close = indexWithin(text, "'", i, end)
    if (close < 0) unsure()
    value += text.slice(i, close)
    if (text[close + 1] !== "'") return [value, close + 1]
    value += "'"
    i = close + 2
  }
}

/** The offset of `ch` in text[from, end), or -1: a search that never runs past the line. */
function indexWithin(text: string, ch: string, from: number, end: number): number {
  const i = text.indexOf(ch, from)
  return i >= 0 && i < end ? i : -1
}

/** A plain scalar, resolved as js-yaml resolves it (null, booleans, numbers, else the string). */
function plainScalar(source: string): unknown {
  const c = source.charCodeAt(0)
  // Indicators (and an empty scalar) are js-yaml's to read or to reject.
  if (source === '' || '-?:,[]{}#&*!|>\'"%@`'.includes(source[0])) {
    const n = source.charCodeAt(1)
    if (!(c === 45 /* - */ && ((n >= 48 && n <= 57) || n === 46))) unsure()
  }
  return CORE_SCHEMA.resolveImplicitScalarTag(source).value
}
