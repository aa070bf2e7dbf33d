/**
 * Turns what Octokit throws (a RequestError with `status`, `message`, `request.method/url` and,
 * when GitHub answered, `response.data`) into one UsageError (exit 2) that says which operation
 * failed and what the user can do about it (SPEC §5: the permissions the REST calls need).
 */
import { Secrets } from '../secrets.js'
import { ModelgateError, UsageError } from '../errors.js'

/** The job permission a call needs (SPEC §5). */
export type GitHubPermission =
  | 'contents: write'
  | 'pull-requests: write'
  | 'pull-requests: read'
  | 'statuses: write'
  | 'issues: write'
  | 'actions: write'

export interface GitHubOperation {
  /** What modelgate was doing, as a verb phrase: `create branch modelgate/promote/m-to-prod`. */
  action: string
  permission: GitHubPermission
}

export interface GitHubErrorContext {
  /** The API base URL (GITHUB_API_URL), named in network errors. */
  baseUrl: string
  /** Scrubbed from every message, whatever GitHub or the network layer echoed. */
  token: string
  /** `owner/repo`, named when GitHub answers 404. */
  repository?: string
}

/**
 * An attempt that got no whole answer within its time: shaped like Octokit's RequestError
 * without a response (status 500), so plugin-retry retries it as it retries a 5xx.
 */
export class RequestTimeoutError extends Error {
  readonly status = 500
  readonly response = undefined
  constructor(
    readonly timeoutMs: number,
    readonly request: { method?: string; url?: string; request?: object }
  ) {
    super(`timed out after ${timeoutMs / 1000} s`)
    this.name = 'RequestTimeoutError'
  }
}

/** A successful answer that is not the JSON the endpoint sends; the message names the endpoint. */
export class AnswerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AnswerError'
  }
}

/** The shape of Octokit's RequestError, checked structurally (no import of @octokit/request-error). */
export interface RequestErrorLike {
  status: number
  message: string
  request: { method?: string; url?: string }
  response?: { status?: number; headers?: Record<string, unknown>; data?: unknown }
}

export function isRequestError(error: unknown): error is RequestErrorLike {
  if (typeof error !== 'object' || error === null) return false
  const e = error as Partial<RequestErrorLike>
  return typeof e.status === 'number' && typeof e.request === 'object' && e.request !== null
}

const ACTIONS_PR_SETTING = /not permitted to create or approve pull requests/i
const RATE_LIMIT = /rate limit/i

/**
 * The UsageError for a failed call. A ModelgateError passes through unchanged; anything that is
 * not a RequestError (a bug, an abort) still becomes a UsageError naming the operation.
 */
export function toModelgateError(
  error: unknown,
  operation: GitHubOperation,
  context: GitHubErrorContext
): ModelgateError {
  if (error instanceof ModelgateError) return error
  // The token, should any layer have echoed it, in any of the forms it is written in.
  return new UsageError(new Secrets([context.token]).redact(describe(error, operation, context)))
}

/** `502 "Server Error"`, or `no answer (connect ECONNREFUSED …)` when nothing answered. */
export function summarizeRequestError(error: RequestErrorLike): string {
  if (!error.response) return `no answer (${networkReason(error)})`
  const said = githubMessage(error)
  return `${error.status}${said ? ` "${said}"` : ''}`
}

function describe(error: unknown, op: GitHubOperation, ctx: GitHubErrorContext): string {
  const base = ctx.baseUrl.replace(/\/+$/, '')
  if (error instanceof AnswerError) {
    return (
      `GitHub API: could not ${op.action}: ${error.message}. Check that the API base URL ` +
      `(GITHUB_API_URL, here ${base}) is GitHub's REST API (https://api.github.com, or ` +
      'https://HOST/api/v3 on GitHub Enterprise Server) and that no proxy answers in its place.'
    )
  }
  if (!isRequestError(error)) {
    const reason = error instanceof Error ? error.message : String(error)
    return `GitHub API: could not ${op.action}: ${reason}`
  }
  const method = (error.request.method ?? 'GET').toUpperCase()
  const call = `${method} ${routeOf(error.request.url, base)}`
  if (error instanceof RequestTimeoutError) {
    return (
      `GitHub API: could not ${op.action} (${call}): no answer from ${base} within ` +
      `${error.timeoutMs / 1000} s, also after retrying. GitHub may be having trouble ` +
      '(https://www.githubstatus.com) or unreachable from this runner (network, proxy); ' +
      're-run the job later.'
    )
  }
  // No response: the request never got an answer (refused connection, DNS, TLS, proxy).
  if (!error.response) {
    return (
      `GitHub API: could not ${op.action} (${call}): no answer from ${base}: ` +
      `${networkReason(error)}. Check that the API base URL (GITHUB_API_URL) is right and ` +
      'reachable from this runner (network, proxy, firewall).'
    )
  }
  const status = error.status
  const said = githubMessage(error)
  const answer = summarizeRequestError(error)
  if (status === 401) {
    return (
      `GitHub API: could not ${op.action} (${call}): GitHub refused the token (${answer}). ` +
      'Check the `token` input: it must be a valid, unexpired token for this repository ' +
      `(${base}); the default is the job's GITHUB_TOKEN.`
    )
  }
  if ((status === 403 || status === 429) && RATE_LIMIT.test(said)) {
    return (
      `GitHub API: could not ${op.action} (${call}): GitHub's rate limit was still exceeded ` +
      `after waiting and retrying (${answer}). Re-run the job later.`
    )
  }
  if (
    status === 403 &&
    method === 'POST' &&
    /\/pulls$/.test(call) &&
    ACTIONS_PR_SETTING.test(said)
  ) {
    return (
      `GitHub API: could not ${op.action} (${call}): GitHub Actions may not open pull requests ` +
      `in this repository (${answer}). Enable "Allow GitHub Actions to create and approve pull ` +
      'requests" in the repository settings (Settings → Actions → General → Workflow ' +
      'permissions; when it is greyed out, the organisation settings must allow it first), or ' +
      'pass a token of a GitHub App or a user as the `token` input.'
    )
  }
  if (status === 403) {
    return (
      `GitHub API: could not ${op.action} (${call}): the token lacks a permission (${answer}). ` +
      `This call needs \`${op.permission}\`: add it to the job's \`permissions:\` block ` +
      '(or grant it to the token passed as the `token` input).'
    )
  }
  if (status === 404) {
    const repository = ctx.repository ? `the repository ${ctx.repository}` : 'the repository'
    const thing = subjectOf(call)
    return (
      `GitHub API: could not ${op.action} (${call}): GitHub answered ${answer}; ${repository}` +
      `${thing ? ` or ${thing}` : ''} ` +
      'may not exist or the token cannot see it, or the token lacks a permission (GitHub ' +
      `answers 404 rather than 403 then). This call needs \`${op.permission}\`: add it to the ` +
      "job's `permissions:` block (or grant it to the token passed as the `token` input)."
    )
  }
  if (status >= 500) {
    return (
      `GitHub API: could not ${op.action} (${call}): GitHub answered ${answer}, also after ` +
      'retrying. GitHub may be having trouble (https://www.githubstatus.com); re-run the job later.'
    )
  }
  return `GitHub API: could not ${op.action} (${call}): GitHub answered ${answer}`
}

/** What a 404 on `call` may say is missing besides the repository: `the branch main`, … */
function subjectOf(call: string): string | undefined {
  const path = call.replace(/^[A-Z]+ \/repos\/[^/]+\/[^/]+/, '').replace(/\?.*$/, '')
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^\/git\/refs?\/heads\/(.+)$/, m => `the branch ${m[1]}`],
    [/^\/git\/commits\/([^/]+)$/, m => `the commit ${m[1]}`],
    [/^\/statuses\/([^/]+)$/, m => `the commit ${m[1]}`],
    [/^\/pulls\/(\d+)/, m => `the pull request #${m[1]}`],
    [/^\/issues\/(\d+)/, m => `the issue or pull request #${m[1]}`],
    [/^\/actions\/workflows\/([^/]+)/, m => `the workflow ${m[1]}`]
  ]
  for (const [pattern, name] of patterns) {
    const m = pattern.exec(path)
    if (m) return name(m)
  }
  return undefined
}

/** `/repos/o/r/pulls?head=…` from the full URL, without the base URL. */
function routeOf(url: string | undefined, base: string): string {
  if (!url) return '?'
  let rest = url.startsWith(base) ? url.slice(base.length) : url
  if (/^[a-z]+:\/\//i.test(rest)) {
    try {
      const parsed = new URL(rest)
      rest = parsed.pathname + parsed.search
    } catch {
      // keep it as it is
    }
  }
  try {
    // Octokit encodes `{ref}` whole (`heads%2Fmodelgate%2F…`); show it as GitHub reads it.
    return decodeURIComponent(rest)
  } catch {
    return rest
  }
}

/** GitHub's `message` plus the messages of its `errors` (422 details), without the docs URL. */
function githubMessage(error: RequestErrorLike): string {
  const data = error.response?.data
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const { message, errors } = data as { message?: unknown; errors?: unknown }
    const details = Array.isArray(errors)
      ? errors
          .map(e => {
            if (typeof e === 'string') return e
            if (typeof e !== 'object' || e === null) return ''
            const { message: m, field, code } = e as Record<string, unknown>
            if (typeof m === 'string') return m
            return [field, code].filter(x => typeof x === 'string').join(' ')
          })
          .filter(Boolean)
      : []
    const text = typeof message === 'string' ? message : ''
    return details.length > 0 ? `${text}: ${details.join('; ')}` : text
  }
  if (typeof data === 'string' && data.trim() !== '') return data.trim().slice(0, 500)
  // Octokit's own message ends with ` - <documentation_url>`.
  return error.message.replace(/ - https?:\/\/\S+$/, '')
}

function networkReason(error: RequestErrorLike): string {
  const cause = (error as { cause?: unknown }).cause
  const code =
    typeof cause === 'object' && cause !== null
      ? ((cause as { code?: unknown; cause?: { code?: unknown } }).code ??
        (cause as { cause?: { code?: unknown } }).cause?.code)
      : undefined
  const message = error.message || 'unknown network error'
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message
}
