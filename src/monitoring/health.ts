/**
 * A production model's health as `monitor` judges it (SPEC §3): the
 * re-evaluation on fresh data and the drift check, with one line per failed
 * check. The issue that tracks it carries a marker in its body, not its
 * title, so people may retitle it.
 */
import type { MetricHealth } from './metric-health.js'

export const MONITOR_LABEL = 'modelgate:monitor'

/** One column of the drift check, as the issue shows it. */
export interface DriftRow {
  column: string
  kind: 'numeric' | 'categorical'
  psi: number
  /** Kolmogorov–Smirnov (numeric columns): statistic, p-value, Holm-adjusted p-value. */
  ks?: { d: number; p: number; pAdjusted: number }
  drifted: boolean
  /** Why it counts as drifted (empty when it does not). */
  why: string
}

export interface ModelHealth {
  model: string
  version: string
  stage: string
  /** The re-evaluation on fresh data; undefined when the model declares no `monitor.evaluate`. */
  evaluation?: { error?: string; metrics: MetricHealth[] }
  /** Undefined when the model declares no reference/current data. */
  drift?: { rows: DriftRow[]; reference: string; current: string[]; psi: number; ksAlpha: number }
  healthy: boolean
  /** One line per failed check. */
  problems: string[]
}

export function monitorMarker(model: string): string {
  return `<!-- modelgate:monitor model=${model} -->`
}
