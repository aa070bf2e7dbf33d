/**
 * The last step of promote and rollback: a dry run shows the plan and the
 * PR body; otherwise the plan becomes a pull request. Wires the adapters for
 * `publishPullRequest` — the git CLI on the registry's checkout, the
 * repository and base branch, and Octokit, imported only here so dry runs
 * and other commands never load it.
 */
import type { PromotionPlan } from '../changes/promotion-plan.js'
import type { Registry } from '../registry/registry.js'
import type { Settings } from '../settings/settings.js'
import type { CommandContext, CommandResult } from './command-result.js'
import { openGitHubSession } from './github-session.js'
import { publishPullRequest, type Published } from './publish-pull-request.js'

export interface PlannedChange {
  command: 'promote' | 'rollback' | 'retire' | 'register'
  reg: Registry
  plan: PromotionPlan
  /** e.g. `breast-cancer 1.2.0 → production` */
  headline: string
  title: string
  body: string
  /** One line per gate checked; empty when the change has no gates. */
  gates: string[]
  /** The model's owners, asked to review besides the `reviewers` input. */
  owners: string[]
  runUrl?: string
}

export async function applyPlan(
  change: PlannedChange,
  settings: Settings,
  ctx: CommandContext
): Promise<CommandResult> {
  const { command, plan, headline, title, body, gates } = change
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
  const pr = await openPullRequest(change, settings, ctx)
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
  settings: Settings,
  ctx: CommandContext
): Promise<Published> {
  const { api, git, target } = await openGitHubSession(change.reg, settings, ctx)
  const gateText = change.gates.length ? change.gates.join('; ') : 'no gates'
  return publishPullRequest(
    {
      plan: change.plan,
      base: target.base,
      title: change.title,
      body: change.body,
      labels: [...new Set(['modelgate', `stage:${change.plan.to}`, ...settings.labels])],
      reviewers: [...settings.reviewers, ...change.owners],
      draft: settings.draft,
      gateDescription: `${change.command} to ${change.plan.to}: ${gateText}`,
      runUrl: change.runUrl
    },
    { api, git, log: ctx.log }
  )
}

function planSummary(plan: PromotionPlan) {
  return {
    model: plan.model,
    version: plan.version,
    from: plan.from,
    to: plan.to,
    ...(plan.traffic ? { traffic: plan.traffic } : {}),
    branch: plan.branch,
    hash: plan.hash,
    moves: plan.moves,
    ...(plan.additions
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

function dryRunText(plan: PromotionPlan, headline: string, gates: string[], body: string): string {
  return [
    `✔ dry run: ${headline} (no request made, nothing written)`,
    ...gates.map(l => `  gate: ${l}`),
    `  branch: ${plan.branch}`,
    ...(plan.additions?.length
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
