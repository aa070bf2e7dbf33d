/**
 * `validate` with `jobs` and `commit-status` (the gates job of the check
 * workflow): decides the `modelgate/gates` gate from the registry's
 * validation and the check workflow's jobs, and posts it as the commit status
 * of the pull request head through the GitHub API adapter. A fork pull
 * request's token cannot write statuses, so there nothing is posted and the
 * step's own result (which fails with the gate) stands in for the status.
 */
import { UsageError } from '../errors.js'
import {
  decideGate,
  parseJobs,
  statusDescription,
  type CheckJob,
  type GateDecision
} from '../evaluation/check-gate.js'
import { judgeTrust } from '../evaluation/trust.js'
import { apiBaseUrl, repository } from '../settings/github-target.js'
import type { ValidateSettings } from '../settings/settings.js'
import { workflowRunUrl } from '../settings/workflow-run.js'
import type { CommandContext } from './context.js'
import { checkoutFacts } from './github-session.js'

export const GATES_CONTEXT = 'modelgate/gates'

export interface GateReport extends GateDecision {
  jobs: Array<Pick<CheckJob, 'name' | 'result'>>
  /** Where the status went, or why it was not posted; null without `commit-status`. */
  status:
    | { posted: true; context: string; sha: string; description: string; targetUrl?: string }
    | { posted: false; reason: string }
    | null
}

/** The `jobs` input, read before validating so a malformed one is refused at once. */
export function gateJobs(settings: ValidateSettings): CheckJob[] | undefined {
  if (settings.jobs === undefined && !settings.commitStatus) return undefined
  return settings.jobs === undefined ? [] : parseJobs(settings.jobs)
}

/** The gate, when the step was asked for one (`jobs` given: see gateJobs); else null. */
export async function checkGate(
  settings: ValidateSettings,
  jobs: CheckJob[] | undefined,
  valid: boolean,
  repoRoot: string | undefined,
  ctx: CommandContext
): Promise<GateReport | null> {
  if (jobs === undefined) return null
  const decision = decideGate({
    valid,
    jobs,
    trust: judgeTrust(settings.event),
    allowUntrusted: settings.allowUntrusted
  })
  const status = settings.commitStatus
    ? await postStatus(settings, decision, repoRoot ?? settings.workspace, ctx)
    : null
  return { ...decision, jobs: jobs.map(j => ({ name: j.name, result: j.result })), status }
}

async function postStatus(
  settings: ValidateSettings,
  decision: GateDecision,
  repoRoot: string,
  ctx: CommandContext
): Promise<NonNullable<GateReport['status']>> {
  const pr = settings.event.pullRequest
  if (pr && (!pr.head || pr.head !== pr.base)) {
    return {
      posted: false,
      reason: `${GATES_CONTEXT} not posted: the token of a pull request from ${pr.head ?? 'a deleted fork'} cannot write commit statuses; this step's result stands in`
    }
  }
  const sha = pr?.headSha ?? ctx.env.GITHUB_SHA?.trim()
  if (!sha) {
    throw new UsageError(
      'commit-status: no commit to post the status on (neither the event payload nor GITHUB_SHA names one)'
    )
  }
  const token = settings.token || ctx.env.GITHUB_TOKEN?.trim()
  if (!token) {
    throw new UsageError(
      'commit-status needs a token with statuses: write: set the `token` input (the default is github.token) or GITHUB_TOKEN'
    )
  }
  const { owner, repo } = await repository(ctx.env, checkoutFacts(ctx.git(repoRoot)))
  const api = await ctx.github({ token, apiUrl: apiBaseUrl(ctx.env), owner, repo })
  const description = statusDescription(decision.description)
  const targetUrl = workflowRunUrl(ctx.env)
  await api.createStatus(sha, {
    state: decision.state,
    context: GATES_CONTEXT,
    description,
    ...(targetUrl ? { targetUrl } : {})
  })
  ctx.log.info(`${GATES_CONTEXT}: ${decision.state} on ${sha}`)
  return {
    posted: true,
    context: GATES_CONTEXT,
    sha,
    description,
    ...(targetUrl ? { targetUrl } : {})
  }
}
