/**
 * The one tail of every command that changes the registry (promote,
 * rollback, register, retire): the plan's pull request body is rendered,
 * then shown (dry run) or applied as a pull request. Wires the adapters for
 * `publishPullRequest` — the checkout's git, the repository and base
 * branch, and the GitHub API from the command's context.
 */
import type { Addition, ChangePlan, Move, RolloutStep } from '../changes/change-plan.js'
import { wordingOf, type LaterComparison } from '../changes/wording.js'
import type { Comparison } from '../policy/compare.js'
import { candidateFromEntry, type Candidate } from '../changes/pull-request-content.js'
import { findModel, type LoadedModel, type Registry } from '../registry/registry.js'
import { versionComparator } from '../registry/version-order.js'
import type { StageSpec } from '../registry/types.js'
import type { Settings } from '../settings/settings.js'
import type { CommandOutcome } from './command-result.js'
import type { CommandContext } from './context.js'
import { openGitHubSession } from './github-session.js'
import { publishPullRequest, type Published } from './publish-pull-request.js'

export interface PlannedChange {
  reg: Registry
  plan: ChangePlan
  /** The stage whose checklist and approvals the body lists; default: the one the plan enters. */
  stage?: StageSpec
  /** The version the plan is about, as the body's lineage and chart show it; default: its entry. */
  candidate?: Candidate
  /** One line per gate checked; empty when the change has no gates. */
  gates: string[]
  /** Undefined when the target stage has no compare gate. */
  comparison?: Comparison
  runUrl?: string
}

export type ChangeCommand = 'promote' | 'rollback' | 'register' | 'retire'

/** What a change command shows: the plan, its headline and PR title and body, the gates. */
export type ChangeResult = PlanSummary & {
  /** e.g. `breast-cancer 1.2.0 → production` */
  headline: string
  title: string
  body: string
  gates: string[]
} & ({ dryRun: true } | { dryRun: false; pullRequest: Published })

export type ChangeOutcome = CommandOutcome<ChangeCommand, ChangeResult>

export async function showOrApply(
  change: PlannedChange,
  settings: Settings,
  ctx: CommandContext
): Promise<ChangeOutcome> {
  const { plan, gates, reg } = change
  const model = findModel(reg, plan.model)!
  const wording = wordingOf(plan.kind)
  const headline = wording.headline(plan)
  const title = wording.title(plan)
  const body = await ctx.render.pullRequestBody({
    plan,
    model,
    stage: change.stage ?? reg.stages.find(s => s.name === plan.to)!,
    comparison: change.comparison,
    gateSummary: gates,
    versionOrder: versionComparator(reg, model),
    laterComparison: laterComparison(reg, plan.to),
    candidate:
      change.candidate ??
      candidateFromEntry(model.spec.versions.find(v => v.version === plan.version)!),
    runUrl: change.runUrl
  })
  const shown = { ...planSummary(plan), headline, title, body, gates }
  const command = settings.command as ChangeCommand
  const common = { command, ok: true, decision: 'pass', exitCode: 0 } as const
  if (settings.dryRun) {
    return { ...common, diagnostics: [], result: { dryRun: true, ...shown }, outputs: {} }
  }
  const pr = await openPullRequest(change, model, title, body, settings, ctx)
  return {
    ...common,
    diagnostics: [],
    result: { dryRun: false, ...shown, pullRequest: pr },
    outputs: {
      'pull-request-number': String(pr.number),
      'pull-request-url': pr.url,
      'pull-request-operation': pr.operation
    }
  }
}

/** The first stage after `to` that compares with the benchmark, and whether there is a benchmark at all. */
function laterComparison(reg: Registry, to: string): LaterComparison {
  const after = reg.stages.slice(reg.stages.findIndex(s => s.name === to) + 1)
  return {
    stage: after.find(s => s.gates?.compare === 'benchmark')?.name,
    benchmarkOff: reg.benchmark === false
  }
}

async function openPullRequest(
  change: PlannedChange,
  model: LoadedModel,
  title: string,
  body: string,
  settings: Settings,
  ctx: CommandContext
): Promise<Published> {
  const { api, git, target } = await openGitHubSession(change.reg, settings, ctx)
  const gateText = change.gates.length ? change.gates.join('; ') : 'no gates'
  return publishPullRequest(
    {
      plan: change.plan,
      base: target.base,
      title,
      body,
      labels: [...new Set(['modelgate', `stage:${change.plan.to}`, ...settings.labels])],
      reviewers: [...settings.reviewers, ...(model.spec.owners ?? [])],
      draft: settings.draft,
      gateDescription: `${settings.command} to ${change.plan.to}: ${gateText}`,
      runUrl: change.runUrl
    },
    { api, git, log: ctx.log }
  )
}

/** The plan as `--json` and the `result` output give it. */
export interface PlanSummary {
  kind: ChangePlan['kind']
  model: string
  version: string
  from: string
  to: string
  traffic?: RolloutStep
  branch: string
  hash: string
  moves: Move[]
  additions?: Array<Omit<Addition, 'source'>>
  /** The manifest file the plan edits. */
  manifest: string
  commitMessage: string
}

function planSummary(plan: ChangePlan): PlanSummary {
  return {
    kind: plan.kind,
    model: plan.model,
    version: plan.version,
    from: plan.from,
    to: plan.to,
    ...('traffic' in plan && plan.traffic ? { traffic: plan.traffic } : {}),
    branch: plan.branch,
    hash: plan.hash,
    moves: plan.moves,
    ...(plan.kind === 'register'
      ? {
          additions: plan.additions.map(({ path, digest, size, lfs, benchmarkCopy }) => ({
            path,
            digest,
            size,
            lfs,
            ...(benchmarkCopy ? { benchmarkCopy } : {})
          }))
        }
      : {}),
    manifest: plan.file.relPath,
    commitMessage: plan.commitMessage
  }
}
