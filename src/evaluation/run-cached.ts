/**
 * One evaluation through the cache (SPEC §4, "Evaluation cache"): the key is
 * looked up before anything runs; a hit restores the result and the files
 * beside it into the output folder and runs nothing, a miss runs the
 * evaluation and, when it succeeded and the run may write the cache, saves it.
 * A failed or timed-out evaluation is never saved; neither is anything an
 * untrusted run (a fork's pull request, `pull_request_target`) made.
 */
import type { EvaluationCacheStore } from '../ports/evaluation-cache.js'
import type { Registry } from '../registry/registry.js'
import { blankSecretsIn } from './blank-outputs.js'
import { shortKey } from './cache-key.js'
import { cacheKeyOf } from './cache-material.js'
import { restoreCachedResult, saveCachedResult } from './cached-result.js'
import { writeResult, type EvaluationResult } from './result-file.js'
import type { EvaluationDeps } from './run-evaluation.js'
import type { EvaluationTarget } from './target.js'

export interface EvaluationCache {
  store: EvaluationCacheStore
  /** False for an untrusted run: it reads the cache but never writes it. */
  save: boolean
}

/**
 * The evaluation itself, loaded only when something runs: with it come the
 * metric-file reader (the `yaml` package), the predictions parser and the
 * process runner, most of what a cache hit would otherwise load for nothing.
 */
async function runEvaluation(
  ...args: Parameters<typeof import('./run-evaluation.js').runEvaluation>
): Promise<EvaluationResult> {
  return (await import('./run-evaluation.js')).runEvaluation(...args)
}

export async function runCachedEvaluation(
  reg: Registry,
  t: EvaluationTarget,
  deps: EvaluationDeps,
  cache: EvaluationCache | undefined
): Promise<EvaluationResult> {
  if (!cache) return runEvaluation(reg, t, deps)
  const subject = `${t.model.name} ${t.target === 'benchmark' ? 'benchmark' : t.version}`
  const keyed = cacheKeyOf(reg, t)
  if ('uncached' in keyed) {
    deps.log.info(`${subject}: not looked up in the evaluation cache: ${keyed.uncached}`)
    return runEvaluation(reg, t, deps)
  }
  const { key } = keyed
  const restored = await restoreCachedResult(cache.store, key, t, deps.log)
  if (restored) {
    await blankSecretsIn(t.outputDir, deps.secrets, deps.log)
    const written = deps.secrets.redactValue(restored)
    await writeResult(t.outputDir, written)
    const from = restored.cache?.from
    const origin = from?.run
      ? `run ${from.run}`
      : from?.runId
        ? `run #${from.runId}`
        : `a run outside Actions at ${from?.evaluatedAt}`
    deps.log.info(`${subject}: cached (key ${shortKey(key)}, from ${origin}); nothing was run`)
    return written
  }
  const result = await runEvaluation(reg, t, deps, { key, hit: false })
  if (result.status !== 'ok') return result
  if (!cache.save) {
    deps.log.info(`${subject}: not saved to the evaluation cache: this run is not trusted`)
    return result
  }
  if (await saveCachedResult(cache.store, key, t, deps.now(), deps.log))
    deps.log.info(`${subject}: saved to ${cache.store.where} (key ${shortKey(key)})`)
  return result
}
