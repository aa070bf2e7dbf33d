/** One metric across a model's versions: the points a history chart draws. */
import { compareVersions } from '../registry/semver.js'

export interface MetricPoint {
  version: string
  value: number
}

/** A value a chart can place: finite, and printable without an exponent. */
export function chartable(x: number | undefined): x is number {
  // Beyond 1e21 JavaScript prints exponents only, which mermaid does not read.
  return typeof x === 'number' && Number.isFinite(x) && Math.abs(x) < 1e21
}

/** The versions that record `metric` (a finite value), in SemVer order. */
export function metricSeries(
  versions: ReadonlyArray<{ version: string; metrics?: Record<string, number> }>,
  metric: string
): MetricPoint[] {
  return versions
    .map(v => ({ version: v.version, value: v.metrics?.[metric] }))
    .filter((p): p is MetricPoint => chartable(p.value))
    .sort((a, b) => compareVersions(a.version, b.version))
}
