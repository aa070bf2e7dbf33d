/**
 * Streaming reader of feature files in JSON lines: one flat JSON object per
 * line, its keys the columns (a key a line lacks is a missing value there;
 * nested objects and arrays are refused). Numbers are numbers; strings and
 * booleans are categories; `null` and `""` are missing (columns.ts). Blank
 * lines are skipped.
 */
import { TableBuilder, type FeatureTable } from './columns.js'
import { FeatureFileError } from './csv-reader.js'
import { forEachLine } from './lines.js'

/** Reads one JSON-lines file into a new table. */
export async function readJsonlFeatures(path: string): Promise<FeatureTable> {
  const table = new TableBuilder()
  await addJsonlFile(table, path)
  return table.finish()
}

/** Adds the rows of a JSON-lines file to `table`. */
export async function addJsonlFile(table: TableBuilder, path: string): Promise<void> {
  table.files.push(path)
  await forEachLine(path, (line, lineNumber) => {
    if (line.trim().length === 0) return
    let row: unknown
    try {
      row = JSON.parse(line)
    } catch (err) {
      throw new FeatureFileError(path, lineNumber, `not JSON: ${(err as Error).message}`)
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new FeatureFileError(path, lineNumber, 'expected one JSON object per line')
    }
    try {
      for (const [key, value] of Object.entries(row)) table.column(key).addJson(value)
    } catch (err) {
      throw new FeatureFileError(path, lineNumber, (err as Error).message)
    }
    table.rows++
  })
}
