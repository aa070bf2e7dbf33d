/**
 * Reads the feature files of `monitor.reference` / `monitor.current`
 * (SPEC §4): CSV or JSON lines, told apart by extension. Several files (a
 * glob the caller expanded) make one table, columns matched by name; a
 * column a file lacks counts as missing in that file's rows.
 */
import { TableBuilder, type FeatureTable } from './columns.js'
import { addCsvFile } from './csv-reader.js'
import { addJsonlFile } from './jsonl-reader.js'

export type FeatureFormat = 'csv' | 'jsonl'

/** The format of a feature file by its extension: .csv, or .jsonl / .ndjson / .json. */
export function featureFormat(path: string): FeatureFormat {
  const lower = path.toLowerCase()
  if (lower.endsWith('.csv')) return 'csv'
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) {
    return 'jsonl'
  }
  throw new Error(`${path}: feature data must be CSV (.csv) or JSON lines (.jsonl, .ndjson, .json)`)
}

/** Reads feature files, in the order given, into one table. */
export async function readFeatures(paths: string | readonly string[]): Promise<FeatureTable> {
  const list = typeof paths === 'string' ? [paths] : paths
  if (list.length === 0) throw new Error('no feature files to read')
  const table = new TableBuilder()
  for (const path of list) {
    if (featureFormat(path) === 'csv') await addCsvFile(table, path)
    else await addJsonlFile(table, path)
  }
  return table.finish()
}
