/**
 * The key of an evaluation in the cache (SPEC §4, "Evaluation cache"): a
 * digest of everything that can change its result, and of nothing that
 * differs between machines, stages or versions holding the same bytes. Pure:
 * the digests are gathered by cache-material.ts.
 *
 * What goes in: the digests of the evaluated model files (none with `train`:
 * the model is what `train` writes); each command that runs (`train` with
 * `train: true`, then `evaluate`) as the manifest writes it, with the names of
 * the files it reports and of the variables its `env` passes; the digests of
 * its `inputs` (the evaluation's code) and of `evaluate.data`; the metric
 * names modelgate computes from predictions; the result and cache formats.
 *
 * A command line goes in as written, placeholders and all: `{model_dir}`,
 * `{output_dir}`, `{workspace}`, `{version}` and `{stage}` are folders and
 * names that differ per machine, stage and version while the bytes they lead
 * to are keyed by their digests, so the benchmark copy and the production
 * version it copies, or a version before and after a promotion, share a key.
 */
import { createHash } from 'node:crypto'
import { canonicalJson } from '../changes/plan-hash.js'
import { COMPUTED_METRIC_NAMES } from '../policy/computed-metrics.js'
import { RESULT_SCHEMA } from './result-file.js'

/** Bumped whenever what an entry holds, or how a key is made, changes. */
export const CACHE_FORMAT = 'modelgate/evaluation-cache/v1'

/** Every key starts so: the Actions cache lists entries by key, and these read as modelgate's. */
export const CACHE_KEY_PREFIX = 'modelgate-evaluation-'

/** One command as the key sees it. */
export interface CommandMaterial {
  run: string
  shell?: string
  metrics?: string
  predictions?: string
  /** Names of the withheld variables its `env` passes (their values may be secrets: not keyed). */
  env: string[]
  /** Repository-relative path → digest of each file its `inputs` name (globs expanded). */
  inputs: Record<string, string>
}

export interface CacheKeyMaterial {
  /** Model file name → content digest; null with `train` (the model is what `train` writes). */
  files: Record<string, string> | null
  /** The model's `files` names: with `train`, the files the result records. */
  fileNames: string[]
  train?: CommandMaterial
  evaluate: CommandMaterial
  /** Repository-relative path → digest of each `evaluate.data` file. */
  data: Record<string, string>
}

/** `modelgate-evaluation-<sha256 hex>` of the material and modelgate's own formats. */
export function evaluationCacheKey(material: CacheKeyMaterial): string {
  const keyed = {
    format: CACHE_FORMAT,
    result: RESULT_SCHEMA,
    computedMetrics: [...COMPUTED_METRIC_NAMES],
    ...material
  }
  const hex = createHash('sha256').update(canonicalJson(keyed)).digest('hex')
  return `${CACHE_KEY_PREFIX}${hex}`
}

/** The short form shown in the log: the prefix and 12 hex digits. */
export function shortKey(key: string): string {
  return key.slice(0, CACHE_KEY_PREFIX.length + 12)
}
