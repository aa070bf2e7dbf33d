/**
 * SPEC §7: manifest commands are code from the repository. On
 * `pull_request_target`, or a pull request from a fork, that code comes from
 * someone who may not be trusted with the workflow's secrets and token, so
 * `evaluate` refuses to run it unless `allow-untrusted: true`.
 */
import type { RunnerEvent } from '../settings/runner-event.js'

export interface TrustVerdict {
  trusted: boolean
  reason?: string
}

export function judgeTrust(event: RunnerEvent): TrustVerdict {
  if (event.name === 'pull_request_target') {
    return { trusted: false, reason: 'the event is pull_request_target' }
  }
  const pr = event.pullRequest
  if (!pr) return { trusted: true }
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
