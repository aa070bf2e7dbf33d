/**
 * SPEC §7: manifest commands are code from the repository. On
 * `pull_request_target`, or a pull request from a fork, that code comes from
 * someone who may not be trusted with the workflow's secrets and token, so
 * `evaluate` refuses to run it unless `allow-untrusted: true`.
 */
import { readFileSync } from 'node:fs'

export interface TrustVerdict {
  trusted: boolean
  reason?: string
}

interface RepoRef {
  full_name?: string
}
interface EventPayload {
  pull_request?: { head?: { repo?: RepoRef | null }; base?: { repo?: RepoRef | null } }
}

export function judgeTrust(env: NodeJS.ProcessEnv): TrustVerdict {
  const event = env.GITHUB_EVENT_NAME
  if (event === 'pull_request_target') {
    return { trusted: false, reason: 'the event is pull_request_target' }
  }
  if (!env.GITHUB_EVENT_PATH) return { trusted: true }
  let payload: EventPayload
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload
  } catch {
    return { trusted: true } // no readable payload: not a pull request event we can judge
  }
  const pr = payload.pull_request
  if (!pr) return { trusted: true }
  const head = pr.head?.repo?.full_name
  const base = pr.base?.repo?.full_name
  // A deleted fork has `head.repo: null`: its origin cannot be shown, so it is not trusted.
  if (!head || (base && head !== base)) {
    return {
      trusted: false,
      reason: `the pull request comes from ${head ?? 'a deleted repository'}, not ${base ?? 'this repository'}`
    }
  }
  return { trusted: true }
}
