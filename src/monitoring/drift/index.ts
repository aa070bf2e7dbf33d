/**
 * Drift statistics for `monitor` (SPEC §4, Monitoring). Pure code apart from
 * the file readers; no @actions imports.
 *
 *   const reference = await readFeatures('data/reference.csv')
 *   const current = await readFeatures(expandedGlobPaths)   // CSV or JSON lines
 *   const report = driftReport(reference, current, { psi: 0.2, ksAlpha: 0.01 })
 *   report.drifted, report.driftedColumns, report.columns[i].{psi, ks, reasons, …}
 *
 * Building blocks, usable alone: psiNumeric / psiCategorical (psi.ts),
 * ksTwoSample (ks.ts, matches scipy.stats.ks_2samp), holmAdjust (holm.ts).
 */
export {
  asCategorical,
  columnSize,
  type CategoricalColumn,
  type FeatureColumn,
  type FeatureTable,
  type NumericColumn
} from './columns.js'
export { FeatureFileError, readCsvFeatures } from './csv-reader.js'
export { readJsonlFeatures } from './jsonl-reader.js'
export { featureFormat, readFeatures, type FeatureFormat } from './read.js'
export { holmAdjust } from './holm.js'
export { KS_EXACT_MAX_N, ksTwoSample, ksTwoSampleSorted, type KsResult } from './ks.js'
export {
  PSI_BINS,
  PSI_EPSILON,
  psiCategorical,
  psiFromCounts,
  psiNumeric,
  quantileEdges,
  type PsiResult
} from './psi.js'
export {
  DEFAULT_DRIFT_THRESHOLDS,
  driftReport,
  type ColumnDrift,
  type DriftOptions,
  type DriftReport,
  type DriftThresholds,
  type SideCounts
} from './report.js'
