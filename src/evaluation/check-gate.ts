/**
 * The `modelgate/gates` decision of a pull request: the registry is valid and
 * every job of the check workflow (plan, the evaluate matrix, the compare
 * matrix) did its part. The jobs arrive as GitHub's `needs` context in JSON
 * (`toJSON(needs)`): `{ "<job>": { "result": "success|failure|cancelled|skipped",
 * "outputs": { … } } }`; plan's outputs `count` and `candidate-count` say how
 * many evaluations and comparisons there were. Pure: no I/O.
 */
import { clip, quote } from '../clip.js'
import { UsageError } from '../errors.js'
import type { TrustVerdict } from './trust.js'

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface CheckJob {
  name: string
  result: JobResult
  outputs: Record<string, string>
}

export interface GateDecision {
  state: 'success' | 'failure'
  /** One line; GitHub keeps 140 characters of a status description (see statusDescription). */
  description: string
  /** How many entries the plan held and how many candidates were compared, when a job said. */
  evaluations: number | undefined
  comparisons: number | undefined
}

/** A matrix holds at most this many jobs (GitHub's limit). */
export const MATRIX_LIMIT = 256
/** GitHub keeps this many characters of a commit status description. */
export const STATUS_DESCRIPTION_MAX = 140

const RESULTS: readonly JobResult[] = ['success', 'failure', 'cancelled', 'skipped']

/** What a failed job of the kit's check workflow means, by its job id. */
const FAILED: Record<string, string> = {
  plan: 'the registry is invalid, or plan failed (see the validate and plan job)',
  evaluate: 'an evaluation failed (see the evaluate jobs)',
  compare: 'a candidate did not pass its comparison (see the compare jobs)'
}

/** Parses the `jobs` input; anything but the shape of `toJSON(needs)` is a usage error. */
export function parseJobs(text: string): CheckJob[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `input "jobs" is not JSON (${(error as Error).message}); expected \${{ toJSON(needs) }}`
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(
      'input "jobs" must be a JSON object of jobs, each with its "result" (${{ toJSON(needs) }})'
    )
  }
  return Object.entries(value).map(([name, job]) => {
    const result = (job as { result?: unknown } | null)?.result
    if (!RESULTS.includes(result as JobResult)) {
      throw new UsageError(
        `input "jobs": job ${quote(name)} has result ${clip(String(JSON.stringify(result)))}; expected one of ${RESULTS.join(', ')}`
      )
    }
    const outputs = (job as { outputs?: unknown }).outputs
    return {
      name,
      result: result as JobResult,
      outputs:
        typeof outputs === 'object' && outputs !== null
          ? Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, String(v)]))
          : {}
    }
  })
}

export interface GateFacts {
  /** Whether this step's own validation of the registry passed. */
  valid: boolean
  jobs: CheckJob[]
  /** Where the pull request's code comes from (evaluate refuses untrusted code). */
  trust: TrustVerdict
  allowUntrusted: boolean
}

export function decideGate({ valid, jobs, trust, allowUntrusted }: GateFacts): GateDecision {
  const evaluations = countOutput(jobs, 'count')
  const comparisons = countOutput(jobs, 'candidate-count')
  const failure = (description: string): GateDecision => ({
    state: 'failure',
    description,
    evaluations,
    comparisons
  })
  if (!valid) return failure('the registry is invalid (see the validate step)')
  if (comparisons !== undefined && comparisons > MATRIX_LIMIT) {
    return failure(
      `${comparisons} candidates to compare: a matrix holds at most ${MATRIX_LIMIT} jobs; split the change into smaller pull requests`
    )
  }
  const failed = jobs.find(j => j.result === 'failure' || j.result === 'cancelled')
  if (failed) {
    return failure(
      failed.result === 'cancelled'
        ? `the ${failed.name} job was cancelled`
        : (FAILED[failed.name] ?? `the ${failed.name} job failed`)
    )
  }
  if (evaluations === 0) {
    return {
      state: 'success',
      description: 'registry valid; no model changed, nothing to evaluate',
      evaluations,
      comparisons
    }
  }
  const skipped = jobs.filter(j => j.result === 'skipped')
  if (skipped.length) {
    if (!trust.trusted && !allowUntrusted) {
      return failure(`evaluations not run: ${trust.reason}, and allow-untrusted is false`)
    }
    return failure(`the ${skipped.map(j => j.name).join(', ')} job(s) did not run`)
  }
  const parts = ['registry valid']
  if (evaluations !== undefined) parts.push(`${evaluations} evaluation(s)`)
  if (comparisons !== undefined) parts.push(`${comparisons} comparison(s) passed`)
  return {
    state: 'success',
    description: parts.length > 1 ? `${parts[0]}; ${parts.slice(1).join(', ')}` : parts[0],
    evaluations,
    comparisons
  }
}

/** The description as GitHub keeps it: at most 140 characters, a cut marked with an ellipsis. */
export function statusDescription(text: string): string {
  const chars = [...text]
  return chars.length <= STATUS_DESCRIPTION_MAX
    ? text
    : `${chars.slice(0, STATUS_DESCRIPTION_MAX - 1).join('')}…`
}

/** A job's number output (`count`, `candidate-count`); undefined when no job has it. */
function countOutput(jobs: CheckJob[], name: string): number | undefined {
  for (const job of jobs) {
    const value = job.outputs[name]
    if (value !== undefined && /^\d+$/.test(value.trim())) return Number(value)
  }
  return undefined
}
