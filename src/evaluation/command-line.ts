/**
 * Manifest command lines (SPEC §7): `train.run` / `evaluate.run` are split
 * into argv the way a POSIX shell splits words, but nothing is expanded, so a
 * command means the same thing on every runner and a value substituted into
 * it can never turn into shell syntax. Pure: no I/O.
 */
import { quote } from '../clip.js'

export interface LinePosition {
  /** 0-based offset into the command line. */
  offset: number
  /** 1-based line and column (a YAML block scalar can span lines). */
  line: number
  column: number
}

/**
 * The placeholders a manifest command line may use, each substituted per
 * argument (see substitutePlaceholders): the docs and the schema's `command`
 * description list exactly these, and a test holds them to it.
 */
export const PLACEHOLDERS = [
  'model',
  'version',
  'stage',
  'model_dir',
  'model_file',
  'output_dir',
  'workspace'
] as const

export type Placeholder = (typeof PLACEHOLDERS)[number]

/** A command line, placeholder or duration the manifest got wrong. */
export class CommandLineError extends Error {
  /** Where in the command line the problem is, when it has a place. */
  readonly position?: LinePosition
  constructor(message: string, position?: LinePosition) {
    super(message)
    this.name = 'CommandLineError'
    this.position = position
  }
}

function positionOf(text: string, offset: number): LinePosition {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { offset, line: before.split('\n').length, column: offset - lineStart + 1 }
}

function describePosition(p: LinePosition): string {
  return p.line > 1 ? `line ${p.line}, column ${p.column}` : `column ${p.column}`
}

function syntaxError(text: string, offset: number, what: (where: string) => string): never {
  const position = positionOf(text, offset)
  throw new CommandLineError(what(describePosition(position)), position)
}

/** The blanks a shell separates words at; other whitespace belongs to the word, as in bash. */
const BLANKS = new Set([' ', '\t', '\n'])
/** Inside double quotes a backslash only escapes these; before anything else it is literal. */
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n'])

/**
 * Splits a command line into words exactly as a POSIX shell does — single
 * quotes are literal, double quotes honour backslash before `$ \` " \` and
 * newline, a backslash outside quotes escapes the next character (and
 * backslash-newline joins lines), adjacent quoted and unquoted parts make one
 * word, and `''` or `""` is an empty word — but performs no expansion and
 * knows no operators: `$VAR`, `$(…)`, globs, `~`, `{a,b}`, `#`, `;`, `|`,
 * `&&`, `<` and `>` are ordinary characters of the word they are in. A newline
 * outside quotes separates words (there are no separate commands). An empty
 * or blank line gives `[]`.
 *
 * @throws CommandLineError for an unterminated quote or a trailing backslash.
 */
export function splitWords(line: string): string[] {
  const words: string[] = []
  let word = ''
  // A word exists once any part of it was seen, so `''` yields an empty word.
  let inWord = false
  let i = 0
  while (i < line.length) {
    const c = line[i]
    if (BLANKS.has(c)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
      i++
    } else if (c === '\\') {
      if (i + 1 >= line.length) {
        syntaxError(
          line,
          i,
          at => `trailing backslash at ${at}: there is nothing after it to escape`
        )
      }
      // Backslash-newline is a line continuation: both characters vanish.
      if (line[i + 1] !== '\n') {
        word += line[i + 1]
        inWord = true
      }
      i += 2
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0)
        syntaxError(line, i, at => `unterminated single quote: the ' at ${at} is never closed`)
      word += line.slice(i + 1, end)
      inWord = true
      i = end + 1
    } else if (c === '"') {
      let j = i + 1
      for (;;) {
        if (j >= line.length) {
          syntaxError(line, i, at => `unterminated double quote: the " at ${at} is never closed`)
        }
        const d = line[j]
        if (d === '"') break
        if (d === '\\' && j + 1 < line.length && DOUBLE_QUOTE_ESCAPES.has(line[j + 1])) {
          if (line[j + 1] !== '\n') word += line[j + 1]
          j += 2
        } else {
          word += d
          j++
        }
      }
      inWord = true
      i = j + 1
    } else {
      word += c
      inWord = true
      i++
    }
  }
  if (inWord) words.push(word)
  return words
}

type Piece = { text: string } | { name: string }

function knownList(values: Record<string, string>): string {
  const names = Object.keys(values).sort()
  return names.length ? names.map(n => `{${n}}`).join(', ') : 'none'
}

/**
 * Parses `{name}` placeholders the way Python's str.format does: `{{` and
 * `}}` are literal braces and any other brace must belong to a placeholder,
 * so a typo like `{output_dir` is an error rather than a silently literal
 * word. `where` describes the text for messages.
 */
function parsePlaceholders(text: string, values: Record<string, string>, where: string): Piece[] {
  const pieces: Piece[] = []
  let literal = ''
  const hint = 'write {{ and }} for literal braces'
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      literal += c
      i += 2
    } else if (c === '}') {
      throw new CommandLineError(`single '}' at column ${i + 1} of ${where}; ${hint}`)
    } else if (c === '{') {
      const match = /^\{([^{}]*)\}/.exec(text.slice(i))
      if (!match)
        throw new CommandLineError(`unmatched '{' at column ${i + 1} of ${where}; ${hint}`)
      const name = match[1]
      if (!Object.hasOwn(values, name)) {
        throw new CommandLineError(
          `unknown placeholder {${name}} in ${where}; known placeholders: ${knownList(values)} (${hint})`
        )
      }
      if (literal) pieces.push({ text: literal })
      literal = ''
      pieces.push({ name })
      i += match[0].length
    } else {
      literal += c
      i++
    }
  }
  if (literal) pieces.push({ text: literal })
  return pieces
}

/**
 * Replaces `{name}` inside each argument with `values[name]`. It runs after
 * splitting, so a value with spaces or quotes stays part of its one argument
 * and is never re-parsed. `{{` and `}}` are literal braces; an unknown name
 * or a stray brace is an error naming the argument and the known names.
 */
export function substitutePlaceholders(argv: string[], values: Record<string, string>): string[] {
  return argv.map((arg, index) =>
    parsePlaceholders(arg, values, `argument ${index + 1} (${JSON.stringify(arg)})`)
      .map(piece => ('name' in piece ? values[piece.name] : piece.text))
      .join('')
  )
}

/** Quotes `word` for a POSIX shell: inside single quotes nothing is special but `'` itself. */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`
}

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const

/** `90s`, `10m`, `1.5h` → milliseconds (the schema's `duration`); anything else is an error. */
export function parseDuration(text: string): number {
  const match = typeof text === 'string' ? /^([0-9]+(?:\.[0-9]+)?)([smh])$/.exec(text) : null
  if (!match) {
    throw new CommandLineError(
      `invalid duration ${JSON.stringify(text)}: expected a number followed by s, m or h (90s, 10m, 1.5h)`
    )
  }
  const ms = Math.round(Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS])
  // A zero limit would kill the command before it starts; that is never what was meant.
  if (ms <= 0)
    throw new CommandLineError(`invalid duration ${quote(text)}: must be longer than zero`)
  return ms
}

type ShellFrame =
  { kind: 'plain' | 'single' | 'double' | 'ansi' | 'comment' } | { kind: 'subst'; depth: number }

/** Characters after which `#` starts a comment, because a new word begins there. */
const WORD_BREAKS = new Set(['', ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>'])

/**
 * Tracks just enough bash quoting to know, at each placeholder, whether it
 * sits unquoted, in '…', in "…", in $'…', in a comment or in $(…), so the
 * value can be inserted as exactly one literal string in that context.
 * Backticks and here-documents are not tracked (use $(…) and files).
 */
class ShellContext {
  private readonly stack: ShellFrame[] = [{ kind: 'plain' }]
  private escaped = false
  private prev = ''

  get top(): ShellFrame {
    return this.stack[this.stack.length - 1]
  }

  /** Feeds one character of the (already placeholder-free) line. */
  feed(c: string): void {
    const top = this.top
    if (this.escaped) {
      this.escaped = false
      this.prev = 'x'
      return
    }
    switch (top.kind) {
      case 'plain':
      case 'subst':
        if (c === '\\') this.escaped = true
        else if (c === "'") this.stack.push({ kind: this.prev === '$' ? 'ansi' : 'single' })
        else if (c === '"') this.stack.push({ kind: 'double' })
        else if (c === '#' && WORD_BREAKS.has(this.prev)) this.stack.push({ kind: 'comment' })
        else if (c === '(' && this.prev === '$') this.stack.push({ kind: 'subst', depth: 0 })
        else if (top.kind === 'subst' && c === '(') top.depth++
        else if (top.kind === 'subst' && c === ')') {
          if (top.depth === 0) this.stack.pop()
          else top.depth--
        }
        break
      case 'single':
        if (c === "'") this.stack.pop()
        break
      case 'ansi':
        if (c === '\\') this.escaped = true
        else if (c === "'") this.stack.pop()
        break
      case 'double':
        if (c === '\\') this.escaped = true
        else if (c === '"') this.stack.pop()
        else if (c === '(' && this.prev === '$') this.stack.push({ kind: 'subst', depth: 0 })
        break
      case 'comment':
        if (c === '\n') this.stack.pop()
        break
    }
    this.prev = c
  }

  /** The text that makes `value` one literal string at the current position. */
  quote(value: string, name: string): string {
    const kind = this.top.kind
    if (this.escaped && kind !== 'comment') {
      throw new CommandLineError(
        `a backslash right before {${name}} would escape the quoting added around its value; remove the backslash`
      )
    }
    this.prev = 'x'
    switch (kind) {
      case 'single': // close the quote, add the value's own quotes escaped, reopen
        return value.replaceAll("'", `'\\''`)
      case 'double': // close "…", add the single-quoted value, reopen: still one word
        return `"${shellQuote(value)}"`
      case 'ansi':
        return `'${shellQuote(value)}$'`
      default:
        return shellQuote(value)
    }
  }
}

/**
 * argv for a `shell: bash` command: `['bash', '-c', line]`, with each
 * `{name}` in the line replaced by its value quoted for the shell. Unquoted,
 * a value becomes `'value'` (every `'` in it written `'\''`); inside '…', "…"
 * or $'…' the surrounding quote is closed, the single-quoted value added and
 * the quote reopened — so a value is always exactly one literal string to
 * bash and can never run code. Placeholders are recognised everywhere in the
 * line, including inside quotes: write `{{`/`}}` for braces bash should see
 * (e.g. `${{HOME}}`, `awk '{{print $1}}'`).
 */
export function bashArgv(line: string, values: Record<string, string>): string[] {
  const context = new ShellContext()
  let script = ''
  for (const piece of parsePlaceholders(line, values, 'the command line')) {
    if ('name' in piece) {
      script += context.quote(values[piece.name], piece.name)
    } else {
      for (const c of piece.text) context.feed(c)
      script += piece.text
    }
  }
  return ['bash', '-c', script]
}
