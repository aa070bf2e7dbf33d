/**
 * Reads the metrics file an evaluation script writes (SPEC §4): JSON or YAML
 * with nested objects flattened with `.` the way `dvc metrics show` does, or
 * CSV with `name,value` rows. Every value must be a finite number: a quoted
 * "0.91" or a NaN usually means a bug in the script, and accepting it quietly
 * would let a gate pass or fail for the wrong reason.
 */
import { clip, quote } from '../clip.js'
import { parse as parseYaml } from 'yaml'
import { DecisionError } from '../errors.js'
import { CsvSyntaxError, parseCsv } from './csv.js'
import { isNonFiniteSpelling, readNumberCell } from './numbers.js'

/** A metrics file that cannot be read; `metric` is the offending (flattened) name, if any. */
export class MetricFileError extends DecisionError {
  readonly metric: string | undefined
  readonly fileName: string
  constructor(fileName: string, message: string, metric?: string) {
    super(`${fileName}: ${message}`, [
      { file: fileName, line: 0, col: 0, key: metric ?? '', message, severity: 'error' }
    ])
    this.name = 'MetricFileError'
    this.metric = metric
    this.fileName = fileName
  }
}

type Format = 'json' | 'yaml' | 'csv'

/** Parses a metrics file into flat `name → value`; throws MetricFileError on anything else. */
export function parseMetricFile(text: string, fileName: string): Record<string, number> {
  const format = formatOf(text, fileName)
  if (format === 'csv') return parseCsvMetrics(text, fileName)
  const data = format === 'json' ? parseJson(text, fileName) : parseYamlText(text, fileName)
  if (data === null || data === undefined) {
    throw new MetricFileError(fileName, 'is empty; expected an object of metric names to numbers')
  }
  if (!isPlainObject(data)) {
    throw new MetricFileError(
      fileName,
      `expected an object of metric names to numbers, got ${describe(data)}`
    )
  }
  // A Map, then fromEntries: assigning `out['__proto__'] = 1` would not create a key.
  const out = new Map<string, number>()
  flatten(data, '', out, fileName)
  return Object.fromEntries(out)
}

function formatOf(text: string, fileName: string): Format {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase()
  if (ext === 'json') return 'json'
  if (ext === 'yaml' || ext === 'yml') return 'yaml'
  if (ext === 'csv') return 'csv'
  // Unknown extension (e.g. `metrics.txt`): a JSON document starts with a
  // brace; a CSV line has a comma but, unlike YAML, no `key:`.
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'json'
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? ''
  if (firstLine.includes(',') && !firstLine.includes(':')) return 'csv'
  return 'yaml'
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    // Python's json.dump writes NaN and Infinity as bare words, which is not
    // JSON. Give those the same clear error as a NaN in YAML, not a syntax error.
    const patched = markNonFiniteTokens(text)
    if (patched !== undefined) {
      try {
        return JSON.parse(patched)
      } catch {
        // fall through to the original error
      }
    }
    throw new MetricFileError(fileName, `is not valid JSON: ${(err as Error).message}`)
  }
}

function parseYamlText(text: string, fileName: string): unknown {
  try {
    return parseYaml(text)
  } catch (err) {
    throw new MetricFileError(fileName, `is not valid YAML: ${(err as Error).message}`)
  }
}

// A string no real metric value contains; flatten() reports it as NaN/infinite.
const NON_FINITE_MARK = '\u0000non-finite:'

/** Replaces bare NaN/Infinity/-Infinity outside strings with marked strings, or undefined if none. */
function markNonFiniteTokens(text: string): string | undefined {
  let out = ''
  let found = false
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if (ch === '"') {
      // Copy a string literal verbatim, honouring backslash escapes.
      let j = i + 1
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      out += text.slice(i, j + 1)
      i = j + 1
      continue
    }
    const token = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1]
    if (token !== undefined) {
      out += JSON.stringify(NON_FINITE_MARK + token)
      i += token.length
      found = true
      continue
    }
    out += ch
    i++
  }
  return found ? out : undefined
}

function flatten(
  obj: Record<string, unknown>,
  prefix: string,
  out: Map<string, number>,
  fileName: string
): void {
  for (const [key, value] of Object.entries(obj)) {
    const name = prefix + key
    if (isPlainObject(value)) {
      flatten(value, `${name}.`, out, fileName)
      continue
    }
    if (Array.isArray(value)) {
      throw new MetricFileError(
        fileName,
        `metric ${quote(name)} is a list; expected a number (or an object of numbers)`,
        name
      )
    }
    const number = checkValue(value, name, fileName)
    if (out.has(name)) {
      // `{"a.b": 1, "a": {"b": 2}}` flattens both to `a.b`.
      throw new MetricFileError(fileName, `metric ${quote(name)} is given twice`, name)
    }
    out.set(name, number)
  }
}

function checkValue(value: unknown, name: string, fileName: string): number {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw nonFinite(fileName, name, 'NaN')
    if (!Number.isFinite(value)) throw nonFinite(fileName, name, 'infinite')
    return value
  }
  if (typeof value === 'string') {
    if (value.startsWith(NON_FINITE_MARK)) {
      throw nonFinite(fileName, name, value.endsWith('NaN') ? 'NaN' : 'infinite')
    }
    if (isNonFiniteSpelling(value)) {
      throw nonFinite(fileName, name, /nan/i.test(value) ? 'NaN' : 'infinite')
    }
    const hint = readNumberCell(value).kind === 'number' ? ' (write the number without quotes)' : ''
    throw new MetricFileError(
      fileName,
      `metric ${quote(name)} must be a finite number, got the string ${JSON.stringify(clip(value))}${hint}`,
      name
    )
  }
  throw new MetricFileError(
    fileName,
    `metric ${quote(name)} must be a finite number, got ${describe(value)}`,
    name
  )
}

function nonFinite(fileName: string, name: string, what: 'NaN' | 'infinite'): MetricFileError {
  return new MetricFileError(
    fileName,
    `metric ${quote(name)} is ${what}; a metric must be a finite number`,
    name
  )
}

const CSV_HEADER_NAMES = new Set(['name', 'metric'])

function parseCsvMetrics(text: string, fileName: string): Record<string, number> {
  let records
  try {
    records = parseCsv(text)
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      throw new MetricFileError(fileName, `line ${err.line}: ${err.message}`)
    }
    throw err
  }
  // The header is optional; only `name,value` (or `metric,value`) counts as
  // one, so a misspelt first metric is still an error rather than skipped.
  const first = records[0]?.fields.map(f => f.trim().toLowerCase())
  if (first && first.length === 2 && CSV_HEADER_NAMES.has(first[0]) && first[1] === 'value') {
    records = records.slice(1)
  }
  const out = new Map<string, number>()
  for (const { fields, line } of records) {
    if (fields.length !== 2) {
      throw new MetricFileError(
        fileName,
        `line ${line}: expected 2 fields (name,value), got ${fields.length}`
      )
    }
    const name = fields[0].trim()
    if (name === '') throw new MetricFileError(fileName, `line ${line}: the metric name is empty`)
    const cell = readNumberCell(fields[1])
    if (cell.kind === 'non-finite') {
      throw nonFinite(fileName, name, /nan/i.test(cell.text) ? 'NaN' : 'infinite')
    }
    if (cell.kind === 'invalid') {
      throw new MetricFileError(
        fileName,
        `line ${line}: metric ${quote(name)} must be a finite number, got ${JSON.stringify(clip(cell.text))}`,
        name
      )
    }
    if (out.has(name)) {
      throw new MetricFileError(
        fileName,
        `line ${line}: metric ${quote(name)} is given twice`,
        name
      )
    }
    out.set(name, cell.value)
  }
  return Object.fromEntries(out)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'boolean') return `${value} (a boolean)`
  if (typeof value === 'string') return `the string ${JSON.stringify(clip(value))}`
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return `the date ${value.toISOString()}`
  return `a ${typeof value}`
}
