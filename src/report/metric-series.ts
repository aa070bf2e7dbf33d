/** One metric across a model's versions: the points a history chart draws. */
import { chartable } from '../policy/format.js'
import { compareVersions } from '../registry/semver.js'

export interface MetricPoint {
  version: string
  value: number
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
