/**
 * The `promote` group's GitHub: the REST stand-in of the tests
 * (__tests__/helpers/github-stand-in.ts), compiled with ncc into
 * bench/.build/promote-stand-in/ and imported by bench/promote.mjs, which
 * serves it on 127.0.0.1 in its own event loop while the bundled action runs.
 *
 * The stand-in records each request (method, path, parsed body, body size,
 * status) but not when it came; this adds two timestamps to every record,
 * without changing the stand-in: `arrivedMs` when the stand-in records it
 * (its body read) and `answeredMs` when it sets the status, just before
 * sending the reply (both `performance.now()` of this process).
 */
import { performance } from 'node:perf_hooks'
import {
  startGitHubStandIn,
  type GitHubStandIn,
  type GitHubStandInOptions,
  type RecordedRequest
} from '../__tests__/helpers/github-stand-in.js'

export interface TimedRequest extends RecordedRequest {
  arrivedMs: number
  answeredMs?: number
}

export async function startTimedStandIn(options: GitHubStandInOptions): Promise<GitHubStandIn> {
  const gh = await startGitHubStandIn(options)
  const requests = gh.requests as TimedRequest[]
  // The server pushes each record onto this same array, then assigns its status right before
  // it writes the reply: an own `push` and a `status` setter see both moments.
  Object.defineProperty(requests, 'push', {
    value(...records: TimedRequest[]) {
      for (const record of records) {
        record.arrivedMs = performance.now()
        let status = record.status
        Object.defineProperty(record, 'status', {
          enumerable: true,
          get: () => status,
          set(value: number) {
            status = value
            record.answeredMs = performance.now()
          }
        })
      }
      return Array.prototype.push.apply(requests, records)
    }
  })
  return gh
}

/** How the action's outputs are read back (the GITHUB_OUTPUT file), as in the tests. */
export { parseOutputFile } from '../__tests__/helpers/action-runner.js'
