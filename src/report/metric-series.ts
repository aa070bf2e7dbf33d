/** One metric across a model's versions: the points a history chart draws. */
import { chartable } from '../policy/format.js'
import { bySemVer, type Ordered, type VersionComparator } from '../registry/version-order.js'

export interface MetricPoint {
  version: string
  value: number
}

/** The versions that record `metric` (a finite value), oldest first (SemVer precedence, or `order`). */
export function metricSeries(
  versions: ReadonlyArray<Ordered & { metrics?: Record<string, number> }>,
  metric: string,
  order: VersionComparator = bySemVer
): MetricPoint[] {
  return versions
    .filter(v => chartable(v.metrics?.[metric]))
    .sort(order)
    .map(v => ({ version: v.version, value: v.metrics![metric] }))
}
