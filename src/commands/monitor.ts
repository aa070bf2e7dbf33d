/**
 * `monitor` (SPEC §3, §4 Monitoring): re-checks every production model that
 * declares `monitor` — re-evaluation on fresh data judged against the
 * version's recorded metrics, and feature drift between `reference` and
 * `current` — then keeps one issue per model (label `modelgate:monitor`):
 * opened or updated while a check fails, closed by the first healthy run.
 * When the issue is opened, the retraining workflow (`monitor.retrain`) is
 * dispatched. Recipe: load → check each model → report → issues.
 *
 * Exit 1 (a decision "no") when a model fails; `dry-run` checks and reports
 * but touches no issue.
 */
import { clip, quote } from '../clip.js'
import path from 'node:path'
import type { GitHubApi, IssueInfo } from '../ports/github-api.js'
import { DecisionError, ModelgateError } from '../errors.js'
import { RESULT_FILE } from '../evaluation/result-file.js'
import { runEvaluation } from '../evaluation/run-evaluation.js'
import { filePaths, type EvaluationTarget } from '../evaluation/target.js'
import {
  DEFAULT_DRIFT_THRESHOLDS,
  driftReport,
  readFeatures,
  type DriftReport
} from '../monitoring/drift/index.js'
import { judgeMetrics } from '../monitoring/metric-health.js'
import {
  MONITOR_LABEL,
  monitorMarker,
  type DriftRow,
  type ModelHealth
} from '../monitoring/health.js'
import { inspectFile } from '../registry/file-kind.js'
import { expandGlob, hasGlob } from '../registry/glob.js'
import { isLive, versionDir } from '../registry/layout.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import { newestFirst } from '../registry/version-order.js'
import type { MonitorSpec, VersionEntry } from '../registry/types.js'
import type { MonitorSettings } from '../settings/settings.js'
import { changeStamp } from './change-stamp.js'
import { openGitHubSession } from './github-session.js'
import type { CommandOutcome } from './command-result.js'
import type { CommandContext } from './context.js'
import { loadSoundRegistry } from './load-for-command.js'
import { checkOutputDir } from './output-dir.js'

/** What happened to a model's issue on this run. */
export interface IssueOutcome {
  model: string
  action: 'opened' | 'updated' | 'closed' | 'none'
  number?: number
  url?: string
  dispatched?: string
}

export interface MonitorResult {
  models: ModelHealth[]
  issues: IssueOutcome[]
  dryRun: boolean
  /** When the checks ran, and the run that made them. */
  checkedAt: string
  run?: string
}

export type MonitorOutcome = CommandOutcome<'monitor', MonitorResult>

export async function monitor(
  settings: MonitorSettings,
  ctx: CommandContext
): Promise<MonitorOutcome> {
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, settings.model)
  const production = reg.stages[reg.stages.length - 1].name
  const watched = reg.models.filter(m => m.spec.monitor && liveVersion(reg, m, production))
  if (settings.model && !watched.some(m => m.name === settings.model)) {
    throw new DecisionError(
      `model ${quote(settings.model)} has no ${production} version with a \`monitor\` section to check`
    )
  }
  const checked = watched.filter(m => !settings.model || m.name === settings.model)
  const evaluated = checked.filter(m => m.spec.monitor?.evaluate)
  if (evaluated.length) {
    await checkOutputDir(
      reg,
      settings.workspace,
      settings.outputDir,
      evaluated.map(m => monitorOutputDir(settings, m)),
      [RESULT_FILE]
    )
  }
  const stamp = changeStamp(ctx)
  const healths: ModelHealth[] = []
  for (const model of checked) {
    healths.push(
      await ctx.log.group(`Check ${model.name} in ${production}`, () =>
        checkModel(reg, model, liveVersion(reg, model, production)!, settings, ctx)
      )
    )
  }
  const issues = settings.dryRun ? [] : await keepIssues(healths, reg, settings, ctx, stamp)
  const failing = healths.filter(h => !h.healthy)
  return {
    command: 'monitor',
    ok: failing.length === 0,
    decision: failing.length ? 'fail' : 'pass',
    diagnostics: [],
    result: {
      models: healths,
      issues,
      dryRun: settings.dryRun,
      checkedAt: stamp.at,
      run: stamp.run
    },
    outputs: {},
    exitCode: failing.length ? 1 : 0
  }
}

/** Where the monitor's evaluation of a model writes: `<output-dir>/<model>/monitor/`. */
function monitorOutputDir(settings: MonitorSettings, model: LoadedModel): string {
  return path.join(settings.outputDir, model.name, 'monitor')
}

function liveVersion(reg: Registry, model: LoadedModel, stage: string): VersionEntry | undefined {
  return newestFirst(
    reg,
    model,
    model.spec.versions.filter(v => v.stage === stage && isLive(v))
  )[0]
}

async function checkModel(
  reg: Registry,
  model: LoadedModel,
  entry: VersionEntry,
  settings: MonitorSettings,
  ctx: CommandContext
): Promise<ModelHealth> {
  const spec = model.spec.monitor as MonitorSpec
  const health: ModelHealth = {
    model: model.name,
    version: entry.version,
    stage: entry.stage,
    healthy: true,
    problems: []
  }
  if (spec.evaluate) {
    // The production version's files, evaluated by the monitor's own command on fresh data.
    const target: EvaluationTarget = {
      model: { ...model, spec: { ...model.spec, evaluate: spec.evaluate } },
      version: entry.version,
      target: 'version',
      stage: entry.stage,
      modelDir: path.join(reg.repoRoot, versionDir(reg, model.name, entry)),
      files: filePaths(reg, model.name, entry),
      outputDir: monitorOutputDir(settings, model),
      train: false
    }
    const result = await runEvaluation(reg, target, {
      runner: await ctx.processes(),
      git: ctx.git(reg.repoRoot),
      log: ctx.log,
      env: ctx.env,
      secrets: ctx.secrets,
      now: ctx.now
    })
    if (result.status !== 'ok') {
      health.evaluation = { error: result.error ?? 'no reason given', metrics: [] }
      health.problems.push(`the evaluation on fresh data failed: ${result.error ?? 'no reason'}`)
    } else {
      const metrics = judgeMetrics(
        model.spec.metrics ?? {},
        entry.metrics ?? {},
        result.metrics ?? {}
      )
      health.evaluation = { metrics }
      for (const m of metrics.filter(x => !x.healthy))
        health.problems.push(`${m.metric}: ${m.reason}`)
    }
  }
  if (spec.reference && spec.current) {
    const reference = spec.reference
    const current = hasGlob(spec.current) ? expandGlob(reg.repoRoot, spec.current) : [spec.current]
    if (!current.length) {
      throw new DecisionError(
        `models.${model.name}.monitor.current "${spec.current}" matches no file`
      )
    }
    const thresholds = { ...DEFAULT_DRIFT_THRESHOLDS, ...spec.drift }
    const report = await readAndCompare(reg.repoRoot, reference, current, thresholds, model.name)
    health.drift = {
      rows: driftRows(report),
      reference,
      current,
      psi: thresholds.psi,
      ksAlpha: thresholds.ksAlpha
    }
    if (report.drifted) {
      health.problems.push(`feature drift in ${report.driftedColumns.join(', ')}`)
    }
  }
  health.healthy = health.problems.length === 0
  ctx.log.info(
    health.healthy
      ? `${model.name} ${entry.version}: healthy`
      : `${model.name} ${entry.version}: ${health.problems.join('; ')}`
  )
  return health
}

async function readAndCompare(
  root: string,
  reference: string,
  current: string[],
  thresholds: { psi: number; ksAlpha: number },
  model: string
): Promise<DriftReport> {
  // Looked at before they are opened: a FIFO would hang the read, a link may not leave the repository.
  for (const rel of [reference, ...current]) {
    const state = inspectFile(path.join(root, rel), {
      linksWithin: [root],
      within: 'the repository'
    })
    if (state.kind === 'bad')
      throw new DecisionError(`models.${model}.monitor: ${clip(rel)} ${state.reason}`)
  }
  try {
    const ref = await readFeatures(path.join(root, reference))
    const cur = await readFeatures(current.map(c => path.join(root, c)))
    return driftReport(ref, cur, thresholds)
  } catch (error) {
    if (error instanceof ModelgateError) throw error
    // A missing or malformed feature file is the manifest's or the data's problem: say which.
    throw new DecisionError(
      `models.${model}.monitor: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

function driftRows(report: DriftReport): DriftRow[] {
  return report.columns
    .filter(c => c.psi !== null)
    .map(c => ({
      column: c.column,
      kind: c.type,
      psi: c.psi!,
      ...(c.ks
        ? { ks: { d: c.ks.statistic, p: c.ks.pValue, pAdjusted: c.ks.adjustedPValue } }
        : {}),
      drifted: c.drifted,
      why: c.reasons.join('; ')
    }))
}

/** One issue per model: opened or updated while it fails, closed when healthy again. */
async function keepIssues(
  healths: ModelHealth[],
  reg: Registry,
  settings: MonitorSettings,
  ctx: CommandContext,
  stamp: { at: string; run?: string }
): Promise<IssueOutcome[]> {
  if (!healths.length) return []
  const { api, target } = await openGitHubSession(reg, settings, ctx)
  return ctx.log.group('Keep the monitor issues', async () => {
    const open = await api.listOpenIssues(MONITOR_LABEL)
    const outcomes: IssueOutcome[] = []
    for (const h of healths) {
      const mine = open.find(i => i.body?.includes(monitorMarker(h.model)))
      const { title, body } = await ctx.render.monitorIssue(h, stamp.at, stamp.run)
      if (h.healthy) {
        if (!mine) {
          outcomes.push({ model: h.model, action: 'none' })
          continue
        }
        await api.updateIssue(mine.number, { body, state: 'closed' })
        ctx.log.info(`closed #${mine.number}: ${h.model} is healthy again`)
        outcomes.push({ model: h.model, action: 'closed', number: mine.number, url: mine.url })
        continue
      }
      if (mine) {
        await api.updateIssue(mine.number, { body })
        ctx.log.info(`updated #${mine.number} (${h.model})`)
        outcomes.push({ model: h.model, action: 'updated', number: mine.number, url: mine.url })
        continue
      }
      const issue = await openIssueOnce(api, h.model, { title, body, labels: [MONITOR_LABEL] })
      ctx.log.info(`opened #${issue.number} (${h.model}): ${issue.url}`)
      const outcome: IssueOutcome = {
        model: h.model,
        action: 'opened',
        number: issue.number,
        url: issue.url
      }
      // Retraining is asked for once, when the problem is first seen, not on every failing run.
      const retrain = reg.models.find(m => m.name === h.model)?.spec.monitor?.retrain
      if (retrain) {
        const ref = retrain.ref ?? target.base
        await api.dispatchWorkflow(retrain.workflow, ref, { model: h.model })
        ctx.log.info(`dispatched ${retrain.workflow} on ${ref} to retrain ${h.model}`)
        outcome.dispatched = `${retrain.workflow}@${ref}`
      }
      outcomes.push(outcome)
    }
    return outcomes
  })
}

/**
 * Opens a model's issue, once: when the answer is lost (the connection dropped after GitHub
 * may have acted), the open issues are read again and the one carrying the model's marker is
 * the issue, so a rerun or a retry never opens a second one.
 */
async function openIssueOnce(
  api: GitHubApi,
  model: string,
  issue: { title: string; body: string; labels: string[] }
): Promise<IssueInfo> {
  try {
    return await api.createIssue(issue)
  } catch (error) {
    const opened = (await api.listOpenIssues(MONITOR_LABEL)).find(i =>
      i.body?.includes(monitorMarker(model))
    )
    if (opened) return opened
    throw error
  }
}
