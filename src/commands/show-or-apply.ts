/**
 * The one tail of every command that changes the registry (promote,
 * rollback, register, retire): the plan's pull request body is rendered,
 * then shown (dry run) or applied as a pull request. Wires the adapters for
 * `publishPullRequest` — the checkout's git, the repository and base
 * branch, and the GitHub API from the command's context.
 */
import type { ChangePlan } from '../changes/change-plan.js'
import { wordingOf } from '../changes/wording.js'
import type { Comparison } from '../policy/compare.js'
import { candidateFromEntry, renderPrBody, type PrBodyCandidate } from '../present/pr-body.js'
import { findModel, type LoadedModel, type Registry } from '../registry/registry.js'
import type { StageSpec } from '../registry/types.js'
import type { Settings } from '../settings/settings.js'
import type { CommandResult } from './command-result.js'
import type { CommandContext } from './context.js'
import { openGitHubSession } from './github-session.js'
import { publishPullRequest, type Published } from './publish-pull-request.js'

export interface PlannedChange {
  reg: Registry
  plan: ChangePlan
  /** The stage whose checklist and approvals the body lists; default: the one the plan enters. */
  stage?: StageSpec
  /** The version the plan is about, as the body's lineage and chart show it; default: its entry. */
  candidate?: PrBodyCandidate
  /** One line per gate checked; empty when the change has no gates. */
  gates: string[]
  /** Undefined when the target stage has no compare gate. */
  comparison?: Comparison
  runUrl?: string
}

export async function showOrApply(
  change: PlannedChange,
  settings: Settings,
  ctx: CommandContext
): Promise<CommandResult> {
  const { plan, gates, reg } = change
  const model = findModel(reg, plan.model)!
  const wording = wordingOf(plan.kind)
  const headline = wording.headline(plan)
  const title = wording.title(plan)
  const body = renderPrBody({
    plan,
    model,
    stage: change.stage ?? reg.stages.find(s => s.name === plan.to)!,
    comparison: change.comparison,
    gateSummary: gates,
    candidate:
      change.candidate ??
      candidateFromEntry(model.spec.versions.find(v => v.version === plan.version)!),
    runUrl: change.runUrl
  })
  const command = settings.command
  const common = { command, ok: true, decision: 'pass', exitCode: 0 } as const
  if (settings.dryRun) {
    return {
      ...common,
      diagnostics: [],
      result: { dryRun: true, ...planSummary(plan), title, body, gates },
      text: dryRunText(plan, headline, gates, body),
      summary: [`## modelgate ${command} (dry run): ${headline}`, '', body].join('\n'),
      outputs: {}
    }
  }
  const pr = await openPullRequest(change, model, title, body, settings, ctx)
  return {
    ...common,
    diagnostics: [],
    result: { dryRun: false, ...planSummary(plan), title, gates, pullRequest: pr },
    text: publishedText(pr, headline, gates),
    summary: [`## modelgate ${command}: ${headline}`, '', publishedLine(pr), '', body].join('\n'),
    outputs: {
      'pull-request-number': String(pr.number),
      'pull-request-url': pr.url,
      'pull-request-operation': pr.operation
    }
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

function planSummary(plan: ChangePlan) {
  return {
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
          additions: plan.additions.map(({ path, digest, size, lfs }) => ({
            path,
            digest,
            size,
            lfs
          }))
        }
      : {}),
    manifest: plan.file.relPath,
    commitMessage: plan.commitMessage
  }
}

function publishedLine(pr: Published): string {
  const what = {
    created: 'opened',
    updated: 'updated',
    unchanged: 'unchanged (already up to date)'
  }
  return `Pull request #${pr.number} ${what[pr.operation]}: ${pr.url}`
}

function publishedText(pr: Published, headline: string, gates: string[]): string {
  return [
    `✔ ${headline}: ${publishedLine(pr)}`,
    ...gates.map(l => `  gate: ${l}`),
    `  branch: ${pr.branch} at ${pr.headSha.slice(0, 7)}`
  ].join('\n')
}

function dryRunText(plan: ChangePlan, headline: string, gates: string[], body: string): string {
  return [
    `✔ dry run: ${headline} (no request made, nothing written)`,
    ...gates.map(l => `  gate: ${l}`),
    `  branch: ${plan.branch}`,
    ...(plan.kind === 'register'
      ? [
          '  adds:',
          ...plan.additions.map(a => `    ${a.path}  [${a.lfs ? 'Git LFS pointer' : 'new blob'}]`),
          `  manifest: ${plan.file.relPath} (one new version entry and one history entry)`
        ]
      : [
          plan.moves.length
            ? '  moves:'
            : '  moves: none (a rollout step changes the manifest only)',
          ...plan.moves.map(
            m => `    ${m.from} → ${m.to ?? '(removed: derived data)'}  [${m.reason}]`
          ),
          `  manifest: ${plan.file.relPath} (only the moved versions' keys and one history entry change)`
        ]),
    `  plan: ${plan.hash}`,
    '',
    '--- pull request body ---',
    body
  ].join('\n')
}
