/**
 * `validate` (SPEC §2, §3): schema, rules and files, every error located.
 * Recipe: (start git's diff with a base) → load → rules → files → report.
 */
import { quote } from '../clip.js'
import { DecisionError, type Diagnostic } from '../errors.js'
import { checkFiles, type FileCheckStats } from '../registry/file-checks.js'
import { knownStages } from '../registry/layout.js'
import { checkLfs, type LfsNote } from '../registry/lfs-attributes.js'
import { loadRegistry } from '../registry/load.js'
import { someModelNames, type Registry } from '../registry/registry.js'
import { checkRules } from '../registry/rules.js'
import { checkHistorySince } from '../registry/history-rules.js'
import { diffStartedEarly, gitWithCommit, readBase } from './revision-registry.js'
import type { ValidateSettings } from '../settings/settings.js'
import type { CommandOutcome } from './command-result.js'
import type { CommandContext } from './context.js'
import { checkGate, gateJobs, type GateReport } from './gate-status.js'

export interface ValidateResult {
  manifest: string
  models: number
  versions: number
  files: FileCheckStats | null
  /** The Git LFS warnings' check: attributes files seen, paths asked of git, why skipped. */
  lfs: LfsNote | null
  stages: Record<string, Record<string, string[]>>
  /** The registry's stages and archive, the columns of `stages`; null when it did not load. */
  stageNames: string[] | null
  timings: { loadMs: number; rulesMs: number; filesMs: number }
  /** With `jobs` or `commit-status`: the modelgate/gates decision and where it was posted. */
  gate: GateReport | null
}

export type ValidateOutcome = CommandOutcome<'validate', ValidateResult>

export async function validate(
  settings: ValidateSettings,
  ctx: CommandContext
): Promise<ValidateOutcome> {
  const jobs = gateJobs(settings)
  // git's diff runs while the registry loads and its rules run. The history check needs no
  // untracked file (see BaseReading), and finding them would walk every folder of the checkout.
  const changed = settings.base
    ? diffStartedEarly(ctx, settings.manifest, settings.base, { untracked: false })
    : undefined
  const t0 = performance.now()
  const loaded = await loadRegistry({
    manifestPath: settings.manifest,
    onlyModel: settings.model,
    env: ctx.env
  })
  const t1 = performance.now()
  const diagnostics: Diagnostic[] = [...loaded.diagnostics]
  const reg = loaded.registry
  let files: FileCheckStats | null = null
  let lfs: LfsNote | null = null
  let t2 = t1
  if (reg && !diagnostics.some(d => d.severity === 'error')) {
    if (settings.model && !reg.models.some(m => m.name === settings.model)) {
      throw new DecisionError(
        `model ${quote(settings.model)} is not in the registry ${reg.manifest.relPath} (models: ${someModelNames(reg)})`
      )
    }
    diagnostics.push(...checkRules(reg))
    // Given a base, the history must have only grown since and cover every stage change.
    if (settings.base)
      diagnostics.push(...(await historySince(reg, settings.base, ctx, await changed)))
    t2 = performance.now()
    if (!diagnostics.some(d => d.severity === 'error')) {
      const checked = await ctx.log.group('Verifying model files', () => checkFiles(reg))
      diagnostics.push(...checked.diagnostics)
      files = checked.stats
      // Warnings only: a push GitHub would refuse, promotions that would break LFS.
      const lfsCheck = await checkLfs(reg, checked.large, {
        runner: (root, paths) => ctx.git(root).checkAttr(paths, 'filter')
      })
      diagnostics.push(...lfsCheck.diagnostics)
      lfs = lfsCheck.note
    }
  }
  const t3 = performance.now()
  sortDiagnostics(diagnostics)

  const errors = diagnostics.filter(d => d.severity === 'error')
  const valid = errors.length === 0
  const gate = await checkGate(settings, jobs, valid, loaded.repoRoot, ctx)
  const ok = gate ? gate.state === 'success' : valid
  const manifest = loaded.manifest.relPath
  const models = reg
    ? settings.model
      ? reg.models.filter(m => m.name === settings.model)
      : reg.models
    : []
  const result: ValidateResult = {
    manifest,
    models: models.length,
    versions: models.reduce((n, m) => n + m.spec.versions.length, 0),
    files,
    lfs,
    stages: reg ? stageTable(reg, settings.model) : {},
    stageNames: reg ? knownStages(reg) : null,
    timings: { loadMs: round(t1 - t0), rulesMs: round(t2 - t1), filesMs: round(t3 - t2) },
    gate
  }
  return {
    command: 'validate',
    ok,
    decision: ok ? 'pass' : 'fail',
    diagnostics,
    result,
    outputs: {},
    repoRoot: loaded.repoRoot,
    exitCode: ok ? 0 : 1
  }
}

async function historySince(
  reg: Registry,
  base: string,
  ctx: CommandContext,
  changedPaths: string[] | undefined
): Promise<Diagnostic[]> {
  const git = await gitWithCommit(ctx.git(reg.repoRoot), base, 'base')
  const atBase = await readBase(git, reg, base, { known: changedPaths, untracked: false })
  return checkHistorySince(reg, { ...atBase, rev: base })
}

function stageTable(reg: Registry, only?: string): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {}
  for (const m of reg.models) {
    if (only && m.name !== only) continue
    const row: Record<string, string[]> = {}
    for (const v of m.spec.versions) {
      const label =
        v.traffic !== undefined && v.traffic < 100 ? `${v.version} (${v.traffic}%)` : v.version
      ;(row[v.stage] ??= []).push(label)
    }
    out[m.name] = row
  }
  return out
}

function sortDiagnostics(list: Diagnostic[]): void {
  // Most problems share a file: equal names need no localeCompare (100,000 problems: ~1.7 million comparisons).
  list.sort(
    (a, b) =>
      (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.col - b.col
  )
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
