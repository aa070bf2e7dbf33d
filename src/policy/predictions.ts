/**
 * Predictions files (SPEC §4): CSV with a header naming `y_true` and `y_pred`,
 * optionally `y_score` (the score of the positive class, for roc_auc) and
 * `id` (to pair candidate and benchmark rows), in any order; other columns
 * are ignored so scripts can keep features or notes beside them.
 *
 * Task rule: when every y_true and y_pred is a number and at least one of
 * them is not an integer, the file is a regression; otherwise it is a
 * classification. So `0,1` labels and `1.0,0.0` labels are classes, and
 * string labels are classes. Integer-valued regression targets (counts) are
 * therefore read as classes unless the caller forces `task: 'regression'`.
 * Numeric class labels are normalised (`1.0` and `1` are the same class, as
 * they are once pandas reads the column as numbers).
 */
import { DecisionError } from '../errors.js'
import { CsvSyntaxError, parseCsv } from './csv.js'
import { readNumberCell } from './numbers.js'
import type { Predictions, Task } from './prediction-types.js'

export type {
  ClassificationPredictions,
  Predictions,
  RegressionPredictions,
  Task
} from './prediction-types.js'

export { pairPredictions, PairingError } from './pairing.js'
export type { PairedPredictions, PairedSide } from './pairing.js'

/** A predictions file that cannot be read; `line` is the 1-based line in the file when known. */
export class PredictionsError extends DecisionError {
  readonly fileName: string
  readonly line: number | undefined
  constructor(fileName: string, message: string, line?: number) {
    const where = line === undefined ? fileName : `${fileName}:${line}`
    super(`${where}: ${message}`, [
      { file: fileName, line: line ?? 0, col: 0, key: '', message, severity: 'error' }
    ])
    this.name = 'PredictionsError'
    this.fileName = fileName
    this.line = line
  }
}

const KNOWN_COLUMNS = ['y_true', 'y_pred', 'y_score', 'id'] as const
type Column = (typeof KNOWN_COLUMNS)[number]

export interface ParsePredictionsOptions {
  /** Overrides the task rule above, e.g. for integer-valued regression targets. */
  task?: Task
}

export function parsePredictions(
  text: string,
  fileName: string,
  options: ParsePredictionsOptions = {}
): Predictions {
  let records
  try {
    records = parseCsv(text)
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new PredictionsError(fileName, err.message, err.line)
    throw err
  }
  if (records.length === 0) {
    throw new PredictionsError(fileName, 'is empty; expected a header with y_true,y_pred')
  }
  const [header, ...rows] = records
  const columns = readHeader(header.fields, fileName, header.line)
  if (rows.length === 0) throw new PredictionsError(fileName, 'has a header but no rows')

  const yTrueText: string[] = []
  const yPredText: string[] = []
  const idColumn = columns.id
  const scoreColumn = columns.y_score
  const ids: string[] | undefined = idColumn === undefined ? undefined : []
  const yScore: number[] | undefined = scoreColumn === undefined ? undefined : []
  const idLines = new Map<string, number>()
  for (const { fields, line } of rows) {
    if (fields.length !== header.fields.length) {
      throw new PredictionsError(
        fileName,
        `expected ${header.fields.length} fields as in the header, got ${fields.length}`,
        line
      )
    }
    yTrueText.push(requireCell(fields[columns.y_true], 'y_true', fileName, line))
    yPredText.push(requireCell(fields[columns.y_pred], 'y_pred', fileName, line))
    if (ids !== undefined && idColumn !== undefined) {
      const id = requireCell(fields[idColumn], 'id', fileName, line)
      const previous = idLines.get(id)
      if (previous !== undefined) {
        throw new PredictionsError(
          fileName,
          `id ${JSON.stringify(id)} repeats line ${previous}; ids must be unique`,
          line
        )
      }
      idLines.set(id, line)
      ids.push(id)
    }
    if (yScore !== undefined && scoreColumn !== undefined) {
      const cell = readNumberCell(fields[scoreColumn])
      if (cell.kind !== 'number') {
        const what = cell.kind === 'non-finite' ? 'is NaN or infinite' : 'is not a number'
        throw new PredictionsError(fileName, `y_score ${JSON.stringify(cell.text)} ${what}`, line)
      }
      yScore.push(cell.value)
    }
  }

  const lines = rows.map(r => r.line)
  const base = { ...(ids && { ids }), ...(yScore && { yScore }) }
  const numeric = readNumbers(yTrueText, yPredText)
  const task = options.task ?? inferTask(numeric)
  if (task === 'regression') {
    if (numeric.bad !== undefined) {
      const { column, row, text: cellText } = numeric.bad
      throw new PredictionsError(
        fileName,
        `${column} ${JSON.stringify(cellText)} is not a finite number, as regression needs`,
        lines[row]
      )
    }
    return { task, yTrue: numeric.yTrue, yPred: numeric.yPred, ...base }
  }
  // Numeric class labels: one spelling per class, as once read as numbers.
  if (numeric.bad === undefined) {
    return {
      task,
      yTrue: numeric.yTrue.map(String),
      yPred: numeric.yPred.map(String),
      ...base
    }
  }
  return { task, yTrue: yTrueText, yPred: yPredText, ...base }
}

interface NumericColumns {
  yTrue: number[]
  yPred: number[]
  /** The first cell that is not a finite number, if any. */
  bad?: { column: 'y_true' | 'y_pred'; row: number; text: string }
  anyNonInteger: boolean
}

function readNumbers(yTrue: string[], yPred: string[]): NumericColumns {
  const out: NumericColumns = { yTrue: [], yPred: [], anyNonInteger: false }
  for (let i = 0; i < yTrue.length; i++) {
    for (const column of ['y_true', 'y_pred'] as const) {
      const text = column === 'y_true' ? yTrue[i] : yPred[i]
      const cell = readNumberCell(text)
      if (cell.kind !== 'number') {
        out.bad = { column, row: i, text }
        return out
      }
      if (!Number.isInteger(cell.value)) out.anyNonInteger = true
      // -0 and 0 are the same class (String(-0) is '0' too, but keep numbers clean).
      ;(column === 'y_true' ? out.yTrue : out.yPred).push(cell.value === 0 ? 0 : cell.value)
    }
  }
  return out
}

/** The task rule in the module comment, applied to already-read columns. */
function inferTask(numeric: NumericColumns): Task {
  return numeric.bad === undefined && numeric.anyNonInteger ? 'regression' : 'classification'
}

type ColumnIndex = Partial<Record<Column, number>> & { y_true: number; y_pred: number }

function readHeader(fields: string[], fileName: string, line: number): ColumnIndex {
  const found: Partial<Record<Column, number>> = {}
  fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase()
    if (!(KNOWN_COLUMNS as readonly string[]).includes(name)) return
    if (found[name as Column] !== undefined) {
      throw new PredictionsError(fileName, `the header names column ${name} twice`, line)
    }
    found[name as Column] = i
  })
  if (found.y_true === undefined || found.y_pred === undefined) {
    const names = fields.map(f => f.trim()).join(', ')
    throw new PredictionsError(
      fileName,
      `the header must name the columns y_true and y_pred (optionally y_score, id); found: ${names}`,
      line
    )
  }
  return found as ColumnIndex
}

function requireCell(value: string, column: string, fileName: string, line: number): string {
  const trimmed = value.trim()
  if (trimmed === '') throw new PredictionsError(fileName, `${column} is empty`, line)
  return trimmed
}
