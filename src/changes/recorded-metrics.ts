/**
 * Which fresh metrics go into a version entry (promote, register): those the
 * entry already records and those the model's policy names. Evaluation also
 * reports derived metrics (micro averages and the like); recording them all
 * would bury the review in noise. With neither, all of them.
 */
import { findVersion } from '../registry/semver.js'
import type { ModelSpec } from '../registry/types.js'

export function metricsToRecord(
  spec: ModelSpec,
  version: string,
  fresh: Record<string, number> | undefined
): Record<string, number> | undefined {
  if (!fresh) return undefined
  const recorded = findVersion(spec.versions, version)?.metrics ?? {}
  const wanted = new Set([...Object.keys(recorded), ...Object.keys(spec.metrics ?? {})])
  if (!wanted.size) return fresh
  return Object.fromEntries(Object.entries(fresh).filter(([name]) => wanted.has(name)))
}
