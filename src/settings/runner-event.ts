/**
 * The event that started the workflow run: its name (GITHUB_EVENT_NAME) and
 * the webhook payload the runner writes at GITHUB_EVENT_PATH, read once per
 * run (getSettings) and kept as the few facts modelgate uses: the trust
 * check of `evaluate` (evaluation/trust.ts) and the default branch a pull
 * request targets (github-target.ts). Outside Actions both variables are
 * unset and the event says nothing.
 */
import { readFileSync } from 'node:fs'
import { UsageError } from '../errors.js'

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME, e.g. `pull_request`, `push`, `workflow_dispatch`. */
  name?: string
  /** GITHUB_EVENT_PATH: the payload file the facts below were read from. */
  file?: string
  /** `repository.default_branch` of the payload. */
  defaultBranch?: string
  /** Set when the payload is about a pull request (`pull_request` in it). */
  pullRequest?: {
    /** `pull_request.head.repo.full_name`; undefined when the head repository is gone (a deleted fork). */
    head?: string
    /** `pull_request.base.repo.full_name`. */
    base?: string
    /** `pull_request.head.sha`: the commit the pull request's checks are shown on. */
    headSha?: string
  }
  /** Set when the payload is about a workflow run (`workflow_run` in it). */
  workflowRun?: {
    /** `workflow_run.head_repository.full_name`: where the run's code comes from; undefined when gone. */
    head?: string
    /** The repository the job runs in: `repository.full_name`, else `workflow_run.repository.full_name`. */
    repository?: string
  }
}

export function readRunnerEvent(env: NodeJS.ProcessEnv): RunnerEvent {
  const name = env.GITHUB_EVENT_NAME || undefined
  const file = env.GITHUB_EVENT_PATH || undefined
  if (!file) return { name }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new UsageError(
      `cannot read the event payload "${file}" (GITHUB_EVENT_PATH): ${reason}; expected the JSON file the runner writes there`
    )
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `the event payload "${file}" (GITHUB_EVENT_PATH) is not valid JSON: ${(error as Error).message}`
    )
  }
  if (!isObject(payload)) {
    throw new UsageError(
      `the event payload "${file}" (GITHUB_EVENT_PATH) holds ${JSON.stringify(payload)?.slice(0, 40)}; expected a JSON object`
    )
  }
  const branch = field(payload.repository, 'default_branch')
  const pr = payload.pull_request
  const run = payload.workflow_run
  return {
    name,
    file,
    defaultBranch: typeof branch === 'string' && branch ? branch : undefined,
    pullRequest:
      pr === undefined || pr === null
        ? undefined
        : {
            head: repoName(field(pr, 'head')),
            base: repoName(field(pr, 'base')),
            headSha: nonEmpty(field(field(pr, 'head'), 'sha'))
          },
    workflowRun:
      run === undefined || run === null
        ? undefined
        : {
            head: fullName(field(run, 'head_repository')),
            repository: fullName(payload.repository) ?? fullName(field(run, 'repository'))
          }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined
}

/** `{ repo: { full_name } }` → the full name, when it is one. */
function repoName(ref: unknown): string | undefined {
  return fullName(field(ref, 'repo'))
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined
}

/** `{ full_name }` → the full name, when it is one. */
function fullName(repository: unknown): string | undefined {
  const name = field(repository, 'full_name')
  return typeof name === 'string' && name ? name : undefined
}
