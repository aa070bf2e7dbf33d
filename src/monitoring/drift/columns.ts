/**
 * Feature columns as the drift statistics need them, and the builders the
 * streaming readers fill. Per column only this is kept: the numbers of a
 * numeric column (a Float64Array that grows by doubling — 8 bytes a value,
 * so 10⁶ rows × 20 columns is 160 MB a side), or the count per category of a
 * categorical one, plus the number of missing values.
 *
 * A column is numeric when every non-missing value is a finite number: a
 * decimal in CSV text (`12`, `-0.5`, `1e-3`, surrounding blanks allowed;
 * not `0x1f`, `Infinity` or `NaN`), a number in JSON. The first value that is
 * not turns the column categorical, and from then on, and for the numbers
 * seen before, a number is the category of its shortest spelling
 * (`String(x)`: CSV `1.0` and `1` are the same category `1`), so that the
 * result does not depend on where in the file the first text appeared.
 * Missing: an empty (or blank) CSV field, JSON `null` or `""`, or a key a
 * JSON line lacks.
 */

export interface NumericColumn {
  kind: 'numeric'
  name: string
  /** The values, in file order. */
  values: Float64Array
  missing: number
}

export interface CategoricalColumn {
  kind: 'categorical'
  name: string
  /** Count per category. */
  counts: Map<string, number>
  missing: number
}

export type FeatureColumn = NumericColumn | CategoricalColumn

export interface FeatureTable {
  /** Rows read, over all files. */
  rows: number
  /** Columns by name, in the order they were first seen. */
  columns: Map<string, FeatureColumn>
  /** The files read, in order. */
  files: string[]
}

/** Values (not missing) in a column. */
export function columnSize(column: FeatureColumn): number {
  if (column.kind === 'numeric') return column.values.length
  let n = 0
  for (const c of column.counts.values()) n += c
  return n
}

/** The column as categories: numbers become the category of their shortest spelling. */
export function asCategorical(column: FeatureColumn): CategoricalColumn {
  if (column.kind === 'categorical') return column
  const counts = new Map<string, number>()
  for (const v of column.values) {
    const k = String(v)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return { kind: 'categorical', name: column.name, counts, missing: column.missing }
}

/**
 * The number a CSV field spells, or NaN when it is not a finite decimal.
 * `+s` alone would also accept hexadecimal, binary and octal literals, so
 * the characters are checked too (after the cheap conversion, which rejects
 * most text at once).
 */
export function parseDecimal(s: string): number {
  // A category (`web`, `m7`) is rejected by its first character, before the
  // conversion: on a categorical column that is nearly every field.
  if (s.length > 0 && !maybeDecimal(s.charCodeAt(0))) return NaN
  const x = +s
  if (x !== x || x === Infinity || x === -Infinity) return NaN
  for (let i = 0; i < s.length; i++) {
    if (!maybeDecimal(s.charCodeAt(i))) return NaN
  }
  return x
}

/** 0-9 . e E + - space tab: the characters a decimal may hold. */
function maybeDecimal(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    c === 46 ||
    c === 101 ||
    c === 69 ||
    c === 43 ||
    c === 45 ||
    c === 32 ||
    c === 9
  )
}

const INITIAL_CAPACITY = 1024

/** Accumulates one column's values as a reader meets them. */
export class ColumnBuilder {
  private values: Float64Array | undefined = new Float64Array(INITIAL_CAPACITY)
  private size = 0
  private counts: Map<string, number> | undefined
  private missing = 0
  /** Rows that had this column (a value or a missing one): the rest of the rows lacked it. */
  seen = 0

  constructor(readonly name: string) {}

  /** A CSV field. */
  addText(s: string): void {
    this.seen++
    if (s.length === 0 || (isBlank(s.charCodeAt(0)) && s.trim().length === 0)) {
      this.missing++
      return
    }
    const x = parseDecimal(s)
    if (this.counts === undefined) {
      if (x === x) return this.push(x)
      this.toCategorical()
    }
    this.count(x === x ? String(x) : s)
  }

  /** A number already parsed (the CSV reader's fast path). */
  addNumber(x: number): void {
    this.seen++
    if (this.counts === undefined) this.push(x)
    else this.count(String(x))
  }

  /** A JSON value of a flat object. */
  addJson(v: unknown): void {
    this.seen++
    if (v === null || v === '') {
      this.missing++
    } else if (typeof v === 'number') {
      this.seen--
      this.addNumber(v)
    } else if (typeof v === 'string' || typeof v === 'boolean') {
      if (this.counts === undefined) this.toCategorical()
      this.count(String(v))
    } else {
      throw new TypeError(
        `expected a flat object, but "${this.name}" holds an ${Array.isArray(v) ? 'array' : 'object'}`
      )
    }
  }

  finish(rows: number): FeatureColumn {
    const missing = this.missing + (rows - this.seen)
    if (this.counts) return { kind: 'categorical', name: this.name, counts: this.counts, missing }
    // Drop the unused capacity (up to half the buffer) rather than keep it
    // alive, by a copy; unless it is small (10⁶ values fill 95% of their
    // 2²⁰), when the copy would cost more time and peak memory than it saves.
    const all = this.values as Float64Array
    const values =
      all.length - this.size <= all.length / 8
        ? all.subarray(0, this.size)
        : all.slice(0, this.size)
    this.values = undefined
    return { kind: 'numeric', name: this.name, values, missing }
  }

  private push(x: number): void {
    let values = this.values as Float64Array
    if (this.size === values.length) {
      const grown = new Float64Array(values.length * 2)
      grown.set(values)
      this.values = values = grown
    }
    values[this.size++] = x
  }

  private count(key: string): void {
    const counts = this.counts as Map<string, number>
    const c = counts.get(key)
    // A key sliced from a read chunk would keep the whole chunk (1 MiB) alive: copy new keys.
    if (c === undefined) counts.set(Buffer.from(key).toString(), 1)
    else counts.set(key, c + 1)
  }

  private toCategorical(): void {
    this.counts = new Map()
    const values = this.values as Float64Array
    for (let i = 0; i < this.size; i++) this.count(String(values[i]))
    this.values = undefined
    this.size = 0
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}

/** The columns of one table, filled file after file. */
export class TableBuilder {
  private readonly builders = new Map<string, ColumnBuilder>()
  rows = 0
  readonly files: string[] = []

  column(name: string): ColumnBuilder {
    let b = this.builders.get(name)
    if (!b) {
      b = new ColumnBuilder(name)
      this.builders.set(name, b)
    }
    return b
  }

  finish(): FeatureTable {
    const columns = new Map<string, FeatureColumn>()
    for (const [name, b] of this.builders) columns.set(name, b.finish(this.rows))
    return { rows: this.rows, columns, files: [...this.files] }
  }
}
