/**
 * Drift between the reference features (what production was trained on)
 * and current ones, per column (SPEC §4, Monitoring; `monitor.drift`):
 * the Population Stability Index for every column and the two-sample
 * Kolmogorov–Smirnov test for numeric ones, its p-values Holm-corrected
 * across the numeric columns. A column has drifted when its PSI exceeds
 * `psi` or its adjusted KS p-value is below `ksAlpha`.
 *
 * A column is compared as numeric when it is numeric on both sides, else as
 * categorical (numbers then count by their spelling, see columns.ts), so a
 * stray text value in `current` does not hide the column. A column with no
 * values on one side, or present on one side only, is not compared: it is
 * reported (`note`, `onlyInReference`, `onlyInCurrent`) for the caller to
 * decide, not counted as drift. Missing values are left out of both
 * statistics and reported per side.
 */
import { asCategorical, columnSize, type FeatureColumn, type FeatureTable } from './columns.js'
import { holmAdjust } from './holm.js'
import { ksTwoSampleSorted, type KsResult } from './ks.js'
import { sortedFloat64 } from './radix-sort.js'
import { PSI_BINS, psiCategorical, psiNumericSorted, type PsiResult } from './psi.js'

export interface DriftThresholds {
  /** PSI above which a column has drifted. */
  psi: number
  /** Level of the KS test, after Holm's correction across the numeric columns. */
  ksAlpha: number
}

/** Used for thresholds `monitor.drift` leaves out: the SPEC's example values (PSI > 0.2 is the usual "significant shift"). */
export const DEFAULT_DRIFT_THRESHOLDS: Readonly<DriftThresholds> = { psi: 0.2, ksAlpha: 0.01 }

export interface DriftOptions extends Partial<DriftThresholds> {
  /** Bins of numeric PSI (reference quantiles); default 10, the deciles. */
  bins?: number
}

export interface SideCounts {
  /** Values present. */
  n: number
  missing: number
}

export interface ColumnDrift {
  column: string
  type: 'numeric' | 'categorical'
  reference: SideCounts
  current: SideCounts
  /** null when not compared (no values on a side). */
  psi: number | null
  /** The PSI bins: labels and the shares of each side. */
  psiBins: Omit<PsiResult, 'psi'> | null
  /** Numeric columns only. */
  ks: (KsResult & { adjustedPValue: number }) | null
  drifted: boolean
  /** Why it drifted: e.g. `PSI 0.31 > 0.2`, `KS p = 2.1e-9 (Holm-adjusted) < 0.01`. */
  reasons: string[]
  /** Why it was not compared. */
  note?: string
}

export interface DriftReport {
  thresholds: DriftThresholds
  rows: { reference: number; current: number }
  /** The columns both sides have, in the reference's order. */
  columns: ColumnDrift[]
  onlyInReference: string[]
  onlyInCurrent: string[]
  driftedColumns: string[]
  drifted: boolean
}

/**
 * Compares every column the two tables share. Pure; reads the tables without
 * changing them (numeric values are sorted in copies, one column at a time).
 */
export function driftReport(
  reference: FeatureTable,
  current: FeatureTable,
  options: DriftOptions = {}
): DriftReport {
  const thresholds: DriftThresholds = {
    psi: options.psi ?? DEFAULT_DRIFT_THRESHOLDS.psi,
    ksAlpha: options.ksAlpha ?? DEFAULT_DRIFT_THRESHOLDS.ksAlpha
  }
  if (!(thresholds.psi > 0)) throw new RangeError(`psi must be > 0, got ${thresholds.psi}`)
  if (!(thresholds.ksAlpha > 0 && thresholds.ksAlpha < 1)) {
    throw new RangeError(`ksAlpha must be in (0, 1), got ${thresholds.ksAlpha}`)
  }
  const bins = options.bins ?? PSI_BINS

  const columns: ColumnDrift[] = []
  const scratch = new Uint32Array(2 * Math.max(reference.rows, current.rows))
  for (const [name, ref] of reference.columns) {
    const cur = current.columns.get(name)
    if (cur) columns.push(compareColumn(name, ref, cur, bins, scratch))
  }

  const tested = columns.filter(c => c.ks !== null)
  const adjusted = holmAdjust(tested.map(c => c.ks!.pValue))
  tested.forEach((c, i) => (c.ks!.adjustedPValue = adjusted[i]))

  for (const c of columns) {
    if (c.psi !== null && c.psi > thresholds.psi) {
      c.reasons.push(`PSI ${fmt(c.psi)} > ${thresholds.psi}`)
    }
    if (c.ks && c.ks.adjustedPValue < thresholds.ksAlpha) {
      c.reasons.push(
        `KS D = ${fmt(c.ks.statistic)}, p = ${fmt(c.ks.adjustedPValue)} (Holm-adjusted) < ${thresholds.ksAlpha}`
      )
    }
    c.drifted = c.reasons.length > 0
  }
  const driftedColumns = columns.filter(c => c.drifted).map(c => c.column)
  return {
    thresholds,
    rows: { reference: reference.rows, current: current.rows },
    columns,
    onlyInReference: [...reference.columns.keys()].filter(k => !current.columns.has(k)),
    onlyInCurrent: [...current.columns.keys()].filter(k => !reference.columns.has(k)),
    driftedColumns,
    drifted: driftedColumns.length > 0
  }
}

function compareColumn(
  name: string,
  ref: FeatureColumn,
  cur: FeatureColumn,
  bins: number,
  scratch: Uint32Array
): ColumnDrift {
  const type = ref.kind === 'numeric' && cur.kind === 'numeric' ? 'numeric' : 'categorical'
  const result: ColumnDrift = {
    column: name,
    type,
    reference: { n: columnSize(ref), missing: ref.missing },
    current: { n: columnSize(cur), missing: cur.missing },
    psi: null,
    psiBins: null,
    ks: null,
    drifted: false,
    reasons: []
  }
  const empty = [
    result.reference.n === 0 ? 'reference' : undefined,
    result.current.n === 0 ? 'current' : undefined
  ].filter(Boolean)
  if (empty.length) {
    result.note = `not compared: no values in ${empty.join(' and ')}`
    return result
  }
  let psi: PsiResult
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    const a = sortedFloat64(ref.values, scratch)
    const b = sortedFloat64(cur.values, scratch)
    psi = psiNumericSorted(a, b, bins)
    result.ks = { ...ksTwoSampleSorted(a, b), adjustedPValue: NaN }
  } else {
    psi = psiCategorical(asCategorical(ref).counts, asCategorical(cur).counts)
  }
  const { psi: value, ...detail } = psi
  result.psi = value
  result.psiBins = detail
  return result
}

function fmt(x: number): string {
  return x === 0 ? '0' : Math.abs(x) >= 1e-3 ? x.toPrecision(3) : x.toExponential(2)
}
