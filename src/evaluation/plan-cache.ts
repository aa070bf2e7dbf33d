/**
 * Which entries of a plan already have their result in the evaluation cache
 * (SPEC §4): `plan` marks them `cached: true` and keeps them in the matrix,
 * where `evaluate` restores them instead of running. Keys are made from the
 * file digests the manifest records (nothing is read but the data and the
 * `inputs`); a store is asked whether it has a key, nothing is downloaded.
 * Past the matrix's 256 jobs entries are grouped and no job can be marked, so
 * nothing is looked up.
 */
import type { EvaluationCacheStore } from '../ports/evaluation-cache.js'
import type { Registry } from '../registry/registry.js'
import { cacheKeyOf } from './cache-material.js'
import { MAX_JOBS, type MatrixEntry } from './plan-matrix.js'
import { resolveTarget } from './target.js'

/** The indexes of `entries` whose evaluation is in `store`. */
export async function cachedEntries(
  reg: Registry,
  entries: readonly MatrixEntry[],
  store: EvaluationCacheStore,
  outputDir: string
): Promise<Set<number>> {
  const cached = new Set<number>()
  if (entries.length > MAX_JOBS) return cached
  const memo = new Map<string, string>()
  for (const [i, e] of entries.entries()) {
    let key: string | undefined
    try {
      const t = resolveTarget(reg, e.model, e.version, outputDir, false)
      const recordedFiles = t.model.spec.versions.find(v => v.version === t.version)?.files
      if (!recordedFiles) continue
      const keyed = cacheKeyOf(reg, t, { recordedFiles, memo })
      if ('key' in keyed) key = keyed.key
    } catch {
      // A model plan cannot key (no evaluate command, unsafe inputs): evaluate says why.
      continue
    }
    if (key && (await store.has(key))) cached.add(i)
  }
  return cached
}
