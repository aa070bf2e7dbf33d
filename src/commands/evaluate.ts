/**
 * `evaluate` (SPEC §3): runs a model's train/evaluate commands for a version,
 * the benchmark copy, or the `entries` of a plan, writes result.json for
 * each and uploads the results as an artifact inside Actions.
 * Recipe: check trust → load → resolve targets → look up the cache → run
 * (or restore) → save → upload → report.
 */
import path from 'node:path'
import { artifactName, type UploadedArtifact } from '../adapters/artifact.js'
import { DecisionError, UsageError } from '../errors.js'
import { RESULT_FILE, type EvaluationResult } from '../evaluation/result-file.js'
import { runCachedEvaluation, type EvaluationCache } from '../evaluation/run-cached.js'
import { parseEntries, resolveTarget, type EvaluationTarget } from '../evaluation/target.js'
import { judgeTrust } from '../evaluation/trust.js'
import type { EvaluateSettings } from '../settings/settings.js'
import { outputDirProblem } from '../registry/output-dir.js'
import { isInside } from '../registry/paths.js'
import type { Registry } from '../registry/registry.js'
import type { CommandOutcome } from './command-result.js'
import type { CommandContext } from './context.js'
import { loadSoundRegistry } from './load-for-command.js'
import { checkOutputDir } from './output-dir.js'

export interface EvaluateResult {
  /** Each evaluation's result.json, with the folder it was written to. */
  results: Array<EvaluationResult & { outputDir: string }>
  artifacts: UploadedArtifact[]
}

export type EvaluateOutcome = CommandOutcome<'evaluate', EvaluateResult>

export async function evaluate(
  settings: EvaluateSettings,
  ctx: CommandContext
): Promise<EvaluateOutcome> {
  const wanted = requestedTargets(settings)
  const trust = judgeTrust(settings.event)
  if (!trust.trusted && !settings.allowUntrusted) {
    throw new DecisionError(
      `refusing to run manifest commands: ${trust.reason}. The train/evaluate commands come from the pull request and would run with this workflow's token; set allow-untrusted: true only if you accept that (SPEC §7)`
    )
  }
  const models = new Set(wanted.map(w => w.model))
  const reg = await loadSoundRegistry(
    settings.manifest,
    ctx.env,
    models.size === 1 ? [...models][0] : undefined
  )
  const targets: EvaluationTarget[] = wanted.map(w =>
    resolveTarget(reg, w.model, w.version, settings.outputDir, settings.train)
  )
  await checkOutputDir(
    reg,
    settings.workspace,
    settings.outputDir,
    targets.map(t => t.outputDir),
    [RESULT_FILE]
  )

  const deps = { ...ctx, runner: await ctx.processes(), git: ctx.git(reg.repoRoot) }
  const cache = await evaluationCache(settings, ctx, reg, trust.trusted)
  const results: EvaluationResult[] = []
  for (const t of targets) results.push(await runCachedEvaluation(reg, t, deps, cache))

  const uploaded = await upload(settings, ctx, targets)
  const failed = results.filter(r => r.status !== 'ok')
  const ok = failed.length === 0
  return {
    command: 'evaluate',
    ok,
    decision: ok ? 'pass' : 'fail',
    diagnostics: [],
    result: {
      results: results.map((r, i) => ({ ...r, outputDir: targets[i].outputDir })),
      artifacts: uploaded
    },
    outputs: {},
    exitCode: ok ? 0 : 1
  }
}

/** The cache to read (and, for a trusted run, write), unless `cache: false` or there is none here. */
async function evaluationCache(
  settings: EvaluateSettings,
  ctx: CommandContext,
  reg: Registry,
  trusted: boolean
): Promise<EvaluationCache | undefined> {
  if (!settings.cache) return undefined
  const problem = settings.cacheDir && cacheDirProblem(reg, settings.cacheDir)
  if (problem) throw new UsageError(problem)
  const store = await ctx.evaluationCache({
    workspace: settings.workspace,
    outputDir: settings.outputDir,
    cacheDir: settings.cacheDir
  })
  if (!store) {
    ctx.log.info(
      ctx.env.GITHUB_ACTIONS === 'true'
        ? 'evaluation cache off: no Actions cache service here'
        : 'evaluation cache off: no user cache folder (set cache-dir, XDG_CACHE_HOME or HOME)'
    )
    return undefined
  }
  return { store, save: trusted }
}

function requestedTargets(settings: EvaluateSettings): Array<{ model: string; version: string }> {
  if (settings.entries !== undefined) return parseEntries(settings.entries)
  return [{ model: settings.model, version: settings.version }]
}

async function upload(
  settings: EvaluateSettings,
  ctx: CommandContext,
  targets: EvaluationTarget[]
) {
  if (!settings.uploadArtifact) return []
  const uploader = await ctx.artifacts()
  if (!uploader) {
    if (ctx.env.GITHUB_ACTIONS === 'true') {
      ctx.log.warning(
        'results not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN is not set); they stay in the output folder'
      )
    }
    return []
  }
  const out = []
  for (const t of targets) {
    const name = artifactName(
      t.model.name,
      t.target === 'benchmark' ? 'benchmark' : t.version,
      ctx.env.GITHUB_RUN_ATTEMPT
    )
    const artifact = await uploader.upload(name, t.outputDir)
    ctx.log.info(`uploaded ${t.outputDir} as artifact ${artifact.name} (${artifact.size} bytes)`)
    out.push(artifact)
  }
  return out
}

/**
 * A cache folder is written like the output folder: inside the repository it
 * must keep clear of what the registry keeps (registry/output-dir.ts), and it
 * never holds the repository. Anywhere else (the user's cache folder) it may be.
 */
function cacheDirProblem(reg: Registry, cacheDir: string): string | undefined {
  const dir = path.resolve(cacheDir)
  if (isInside(dir, reg.repoRoot)) return `cache-dir ${dir} holds the repository ${reg.repoRoot}`
  if (!isInside(reg.repoRoot, dir)) return undefined
  return outputDirProblem(reg, dir, reg.repoRoot)?.replace(/^output-dir/, 'cache-dir')
}
