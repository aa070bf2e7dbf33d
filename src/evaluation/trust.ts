/**
 * SPEC §7: manifest commands are code from the repository. On
 * `pull_request_target`, a pull request from a fork, or a `workflow_run`
 * whose head repository is another (a fork's run), that code comes from
 * someone who may not be trusted with the workflow's secrets and token, so
 * `evaluate` refuses to run it unless `allow-untrusted: true`. A pull request
 * or workflow run event whose payload says nothing of where the code comes
 * from is not trusted either.
 */
import type { RunnerEvent } from '../settings/runner-event.js'

export interface TrustVerdict {
  trusted: boolean
  reason?: string
}

/** Events about a pull request: their payload must say where its head comes from. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment'
])

export function judgeTrust(event: RunnerEvent): TrustVerdict {
  if (event.name === 'pull_request_target') {
    return { trusted: false, reason: 'the event is pull_request_target' }
  }
  if (event.name === 'workflow_run' || event.workflowRun) {
    const run = event.workflowRun
    // A run whose head repository is gone, or unknown, cannot be shown to come from here.
    if (!run?.head || !run.repository || run.head !== run.repository) {
      return {
        trusted: false,
        reason: `the workflow run comes from ${run?.head ?? 'an unknown or deleted repository'}, not ${run?.repository ?? 'this repository'}`
      }
    }
  }
  const pr = event.pullRequest
  if (!pr) {
    return event.name && PULL_REQUEST_EVENTS.has(event.name)
      ? {
          trusted: false,
          reason: `the ${event.name} event's payload does not say where the pull request comes from`
        }
      : { trusted: true }
  }
  const { head, base } = pr
  // A deleted fork has `head.repo: null`: its origin cannot be shown, so it is not trusted.
  if (!head || (base && head !== base)) {
    return {
      trusted: false,
      reason: `the pull request comes from ${head ?? 'a deleted repository'}, not ${base ?? 'this repository'}`
    }
  }
  return { trusted: true }
}
