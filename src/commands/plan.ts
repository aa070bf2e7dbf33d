/**
 * `plan` (SPEC §3): which versions need evaluation, as a job matrix. Without
 * `base`, every version that is not archived; with it, those whose files or
 * model policy changed between `base` and `head`, plus each such model's
 * benchmark copy. Outputs `matrix` (JSON) and `count` (entries, not jobs:
 * a caller skips the matrix job at 0), and `candidates` / `candidate-count`:
 * the entries to compare with the benchmark copy (every one but the copies),
 * one matrix job each, for the check workflow's compare matrix.
 * Recipe: start git's diff → load head → read base → select → look up the cache → matrix →
 * report.
 */
import path from 'node:path'
import { cachedEntries } from '../evaluation/plan-cache.js'
import { buildMatrix, formatEntry, type Matrix } from '../evaluation/plan-matrix.js'
import { BENCHMARK } from '../evaluation/target.js'
import { selectVersions, type SelectedEntry } from '../registry/changed-versions.js'
import type { Registry } from '../registry/registry.js'
import { findRepoRoot } from '../registry/repo-root.js'
import type { PlanSettings } from '../settings/settings.js'
import type { CommandOutcome } from './command-result.js'
import type { CommandContext } from './context.js'
import { loadSoundRegistry, requireSound } from './load-for-command.js'
import {
  diffStartedEarly,
  gitWithCommit,
  readBase,
  readRegistryAt,
  type RevisionShards
} from './revision-registry.js'

export interface PlanResult {
  /** The base commit compared with; null without `base` (every live version). */
  base: string | null
  /** The base as given (a branch, a tag, a commit); null without `base`. */
  baseRef: string | null
  /** The head revision as given; null for the checkout's working tree. */
  head: string | null
  count: number
  /** Entries whose result is in the evaluation cache (marked `cached: true`). */
  cached: number
  /**
   * The benchmark copies of the plan whose evaluation is not cached, as `evaluate --entries`
   * reads them (`m@benchmark,…`): what modelgate-report evaluates on push to warm the cache.
   */
  benchmarksToEvaluate: string
  jobs: number
  matrix: Matrix
  /** Every entry but the benchmark copies, one compare job each (`{"include":[{model,version}]}`). */
  candidates: Matrix
  entries: Array<SelectedEntry & { cached?: boolean }>
}

export type PlanOutcome = CommandOutcome<'plan', PlanResult>

export async function plan(settings: PlanSettings, ctx: CommandContext): Promise<PlanOutcome> {
  const changed = settings.base
    ? diffStartedEarly(ctx, settings.manifest, settings.base, { head: settings.head })
    : undefined
  const { reg, shards } = await loadHead(settings, ctx)
  let base: Awaited<ReturnType<typeof readBase>> | undefined
  if (settings.base) {
    const git = await gitWithCommit(ctx.git(reg.repoRoot), settings.base, 'base')
    base = await readBase(git, reg, settings.base, {
      head: settings.head,
      known: await changed,
      headShards: shards
    })
  }
  const entries = await markCached(settings, ctx, reg, selectVersions(reg, base))
  const matrix = buildMatrix(entries)
  // Never grouped: compare takes one candidate. Past 256 the check workflow's gate says so.
  const candidates: Matrix = {
    include: entries
      .filter(e => e.version !== BENCHMARK)
      .map(e => ({ model: e.model, version: e.version }))
  }
  const result: PlanResult = {
    base: base?.commit ?? null,
    baseRef: settings.base ?? null,
    head: settings.head ?? null,
    count: entries.length,
    cached: entries.filter(e => e.cached).length,
    benchmarksToEvaluate: entries
      .filter(e => e.version === BENCHMARK && !e.cached)
      .map(formatEntry)
      .join(','),
    jobs: matrix.include.length,
    matrix,
    candidates,
    entries
  }
  return {
    command: 'plan',
    ok: true,
    diagnostics: [],
    result,
    outputs: {
      matrix: JSON.stringify(matrix),
      count: String(entries.length),
      candidates: JSON.stringify(candidates),
      'candidate-count': String(candidates.include.length)
    },
    repoRoot: reg.repoRoot,
    exitCode: 0
  }
}

/** The entries, those whose result the evaluation cache holds marked `cached: true`. */
async function markCached(
  settings: PlanSettings,
  ctx: CommandContext,
  reg: Registry,
  entries: SelectedEntry[]
): Promise<PlanResult['entries']> {
  if (!settings.cache || entries.length === 0) return entries
  const store = await ctx.evaluationCache({
    workspace: settings.workspace,
    outputDir: settings.outputDir,
    cacheDir: settings.cacheDir
  })
  if (!store) return entries
  const cached = await cachedEntries(reg, entries, store, settings.outputDir)
  return entries.map((e, i) => (cached.has(i) ? { ...e, cached: true } : e))
}

/**
 * The registry under review: the checkout's working tree, or `head` read from git (with the
 * shard files it was read from, which spare listing the base).
 */
async function loadHead(
  settings: PlanSettings,
  ctx: CommandContext
): Promise<{ reg: Registry; shards?: RevisionShards }> {
  const env = ctx.env
  if (!settings.head) return { reg: await loadSoundRegistry(settings.manifest, env) }
  const repoRoot = findRepoRoot(path.dirname(settings.manifest), env)
  const git = await gitWithCommit(ctx.git(repoRoot), settings.head, 'head')
  const manifestRel = path.relative(repoRoot, settings.manifest).split(path.sep).join('/')
  const { loaded, shards } = await readRegistryAt(git, repoRoot, manifestRel, settings.head)
  return { reg: requireSound(loaded), shards }
}
