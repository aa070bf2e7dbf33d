/**
 * `GitHubApi` on Octokit (`getOctokit` of @actions/github) with plugin-retry (5xx and network
 * failures retried with a quadratic backoff: 1 s, 4 s, 9 s; 4xx never) and plugin-throttling
 * (rate limits waited out at most twice, with a warning). Every method is one REST call; every
 * failure reaches the caller as a UsageError that names the operation and the fix, except a
 * missing branch, which `branchHead` reports as undefined.
 *
 * The request layer (`requestLayer`, innermost of the plugins): every request carries
 * `X-GitHub-Api-Version: 2022-11-28`; every attempt has a timeout (60 s) and an attempt that
 * times out is retried like a 5xx; an answer that is not the JSON the endpoint sends (an HTML
 * page from a proxy, a body without the fields modelgate reads) is an error naming the
 * endpoint, never retried, since a write may have happened.
 */
import { Secrets } from '../secrets.js'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import {
  AnswerError,
  isRequestError,
  RequestTimeoutError,
  summarizeRequestError,
  toModelgateError,
  type GitHubOperation,
  type GitHubPermission
} from './github-errors.js'
import type {
  CommitInfo,
  GitHubApi,
  IssueInfo,
  NewPullRequest,
  PullRequestInfo
} from '../ports/github-api.js'

export interface GitHubApiOptions {
  token: string
  /** GITHUB_API_URL, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3`. */
  baseUrl: string
  owner: string
  repo: string
  /** Where retries and rate-limit waits are reported. */
  warn: (message: string) => void
}

/** plugin-retry's default, spelled out so the retry warnings can count attempts. */
const RETRIES = 3
/** The REST API version modelgate is written against, sent with every request. */
export const API_VERSION = '2022-11-28'
/** How long one attempt may wait for its whole answer. */
const REQUEST_TIMEOUT_MS = 60_000
/** Rate-limit waits accepted per request before giving up. */
const RATE_LIMIT_RETRIES = 2

/**
 * Test seams; production callers pass nothing and get the plugins' defaults.
 */
export interface GitHubApiTuning {
  /** Milliseconds per unit of plugin-retry's backoff (`retryCount²` units; default 1000). */
  retryAfterBaseValue?: number
  /**
   * plugin-throttling spaces writes 1 s apart (3 s for writes that notify, such as opening a
   * pull request), as GitHub advises against its secondary rate limits; false turns that
   * spacing off. An API on a loopback address is never spaced: it is a proxy or a stand-in on
   * this machine, not GitHub, and has no secondary rate limits.
   */
  writeSpacing?: boolean
  /**
   * Waits out a rate limit before its retry (`retry-after` seconds, in milliseconds); a timer
   * by default. Tests pass one that records the wait and returns at once.
   */
  sleep?: (ms: number) => Promise<void>
  /** Milliseconds one attempt may take, answer body included (default 60,000). */
  requestTimeout?: number
}

const sleepFor = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

type Octokit = ReturnType<typeof getOctokit>
type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>
type ThrottleOptions = NonNullable<NonNullable<Parameters<typeof getOctokit>[1]>['throttle']>
interface RouteOptions {
  method?: string
  url?: string
  [parameter: string]: unknown
}

const CONTENTS: GitHubPermission = 'contents: write'
const PULLS: GitHubPermission = 'pull-requests: write'
const STATUSES: GitHubPermission = 'statuses: write'
const ISSUES: GitHubPermission = 'issues: write'
const ACTIONS: GitHubPermission = 'actions: write'

export function createGitHubApi(
  options: GitHubApiOptions,
  tuning: GitHubApiTuning = {}
): GitHubApi {
  const { owner, repo, token, warn } = options
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const secrets = new Secrets([token])
  const say = (message: string) => warn(secrets.redact(message))

  // Innermost of all: each attempt gets its own timeout, and its answer is checked.
  const requestLayer: OctokitPlugin = octokit => {
    const timeout = tuning.requestTimeout ?? REQUEST_TIMEOUT_MS
    octokit.hook.wrap('request', async (request, options) => {
      options.headers['x-github-api-version'] = API_VERSION
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), timeout)
      const settings = (options.request ??= {}) as { signal?: AbortSignal }
      settings.signal = controller.signal
      const timedOut = () =>
        new RequestTimeoutError(timeout, octokit.request.endpoint.parse(options))
      try {
        const response = await request(options)
        // Octokit swallows an abort while it reads a JSON body and returns what it had.
        if (controller.signal.aborted) throw timedOut()
        checkAnswer(options as RouteOptions, response)
        return response
      } catch (error) {
        if (controller.signal.aborted && !(error instanceof RequestTimeoutError)) throw timedOut()
        throw error
      } finally {
        clearTimeout(timer)
        delete settings.signal
      }
    })
  }

  // Innermost of the retry plugin, so it sees every failed attempt, not only the last one.
  const reportRetries: OctokitPlugin = octokit => {
    octokit.hook.error('request', (error, route) => {
      if (isRequestError(error) && error.status >= 500) {
        const attempt = (route.request as { retryCount?: number } | undefined)?.retryCount ?? 0
        if (attempt < RETRIES) {
          const wait = ((attempt + 1) ** 2 * (tuning.retryAfterBaseValue ?? 1000)) / 1000
          const what = error.response ? 'GitHub answered ' : ''
          say(
            `GitHub API: ${describeRoute(route as RouteOptions)}: ${what}` +
              `${summarizeRequestError(error)}; retrying in ${wait} s ` +
              `(retry ${attempt + 1} of ${RETRIES}).`
          )
        }
      }
      throw error
    })
  }

  // The wait happens here, not in plugin-throttling (whose own wait is set to 0 below), so that
  // it goes through `sleep`: the same wait, then the plugin's retry.
  const sleep = tuning.sleep ?? sleepFor
  const rateLimited =
    (kind: string) =>
    async (retryAfter: number, route: object, _octokit: unknown, retryCount: number) => {
      const call = describeRoute(route as RouteOptions)
      if (retryCount < RATE_LIMIT_RETRIES) {
        say(
          `GitHub API: ${kind} hit on ${call}; waiting ${retryAfter} s before retrying ` +
            `(retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`
        )
        await sleep(retryAfter * 1000)
        return true
      }
      say(`GitHub API: ${kind} hit on ${call} again; giving up after ${RATE_LIMIT_RETRIES} waits.`)
      return false
    }

  const throttle: ThrottleOptions = {
    onRateLimit: rateLimited('rate limit'),
    onSecondaryRateLimit: rateLimited('secondary rate limit'),
    // Milliseconds the plugin waits per retry-after second: the handlers above already waited.
    retryAfterBaseValue: 0
  }
  if (!spacesWrites(baseUrl, tuning)) {
    // plugin-throttling only calls `group.key(id).schedule(options, fn, ...args)` on these.
    const immediate = {
      key: () => ({
        schedule: (_job: unknown, fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
          Promise.resolve(fn(...args))
      })
    }
    throttle.write = immediate as never
    throttle.notifications = immediate as never
  }

  const octokit: Octokit = getOctokit(
    token,
    {
      baseUrl,
      retry: {
        retries: RETRIES,
        ...(tuning.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: tuning.retryAfterBaseValue }
          : {})
      },
      throttle
    },
    requestLayer,
    reportRetries,
    retry,
    throttling
  )

  async function call<T>(operation: GitHubOperation, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      throw toModelgateError(error, operation, { baseUrl, token, repository: `${owner}/${repo}` })
    }
  }

  const repoParams = { owner, repo }

  return {
    async branchHead(branch) {
      return call(
        { action: `read the head of branch ${branch}`, permission: CONTENTS },
        async () => {
          try {
            const { data } = await octokit.rest.git.getRef({
              ...repoParams,
              ref: `heads/${branch}`
            })
            return data.object.sha
          } catch (error) {
            if (isRequestError(error) && error.status === 404 && error.response) return undefined
            throw error
          }
        }
      )
    },

    async getCommit(sha) {
      return call({ action: `read commit ${sha}`, permission: CONTENTS }, async () => {
        const { data } = await octokit.rest.git.getCommit({ ...repoParams, commit_sha: sha })
        const info: CommitInfo = {
          sha: data.sha,
          treeSha: data.tree.sha,
          message: data.message,
          parents: data.parents.map(p => p.sha)
        }
        return info
      })
    },

    async createBlob(content) {
      return call({ action: 'upload a new model file', permission: CONTENTS }, async () => {
        const { data } = await octokit.rest.git.createBlob({
          ...repoParams,
          content: content.toString('base64'),
          encoding: 'base64'
        })
        return data.sha
      })
    },

    async createTree(baseTree, entries) {
      return call(
        { action: 'create the tree of the promotion commit', permission: CONTENTS },
        async () => {
          const { data } = await octokit.rest.git.createTree({
            ...repoParams,
            base_tree: baseTree,
            tree: entries.map(e => ({
              path: e.path,
              mode: e.mode,
              type: e.type,
              ...(e.content !== undefined ? { content: e.content } : { sha: e.sha ?? null })
            }))
          })
          return data.sha
        }
      )
    },

    async createCommit(commit) {
      return call({ action: 'create the promotion commit', permission: CONTENTS }, async () => {
        const { data } = await octokit.rest.git.createCommit({
          ...repoParams,
          message: commit.message,
          tree: commit.tree,
          parents: commit.parents
        })
        return data.sha
      })
    },

    async createBranch(branch, sha) {
      return call({ action: `create branch ${branch}`, permission: CONTENTS }, async () => {
        await octokit.rest.git.createRef({ ...repoParams, ref: `refs/heads/${branch}`, sha })
      })
    },

    async moveBranch(branch, sha, force) {
      return call({ action: `move branch ${branch} to ${sha}`, permission: CONTENTS }, async () => {
        await octokit.rest.git.updateRef({ ...repoParams, ref: `heads/${branch}`, sha, force })
      })
    },

    async findOpenPull(branch) {
      return call(
        { action: `look for an open pull request from ${branch}`, permission: PULLS },
        async () => {
          const { data } = await octokit.rest.pulls.list({
            ...repoParams,
            head: `${owner}:${branch}`,
            state: 'open'
          })
          return data.length > 0 ? toPull(data[0]) : undefined
        }
      )
    },

    async listOpenPulls(headPrefix) {
      return call(
        {
          action: `list the open pull requests from ${headPrefix} branches`,
          permission: 'pull-requests: read'
        },
        async () => {
          const all = await octokit.paginate(octokit.rest.pulls.list, {
            ...repoParams,
            state: 'open',
            per_page: 100
          })
          return all
            .filter(p => p.head.ref.startsWith(headPrefix))
            .map(p => ({
              number: p.number,
              title: p.title,
              url: p.html_url,
              head: p.head.ref,
              createdAt: p.created_at,
              draft: p.draft ?? false
            }))
        }
      )
    },

    async createPull(pull: NewPullRequest) {
      return call(
        { action: `open a pull request from ${pull.head} into ${pull.base}`, permission: PULLS },
        async () => {
          const { data } = await octokit.rest.pulls.create({
            ...repoParams,
            title: pull.title,
            body: pull.body,
            head: pull.head,
            base: pull.base,
            draft: pull.draft
          })
          return toPull(data)
        }
      )
    },

    async updatePull(number, changes) {
      return call({ action: `update pull request #${number}`, permission: PULLS }, async () => {
        const { data } = await octokit.rest.pulls.update({
          ...repoParams,
          pull_number: number,
          ...(changes.title !== undefined ? { title: changes.title } : {}),
          ...(changes.body !== undefined ? { body: changes.body } : {}),
          ...(changes.base !== undefined ? { base: changes.base } : {})
        })
        return toPull(data)
      })
    },

    async addLabels(number, labels) {
      return call(
        { action: `add labels ${labels.join(', ')} to pull request #${number}`, permission: PULLS },
        async () => {
          await octokit.rest.issues.addLabels({ ...repoParams, issue_number: number, labels })
        }
      )
    },

    async requestReviewers(number, { users, teams }) {
      if (users.length === 0 && teams.length === 0) return
      const who = [...users, ...teams.map(t => `team ${t}`)].join(', ')
      return call(
        { action: `request reviews from ${who} on pull request #${number}`, permission: PULLS },
        async () => {
          await octokit.rest.pulls.requestReviewers({
            ...repoParams,
            pull_number: number,
            ...(users.length > 0 ? { reviewers: users } : {}),
            ...(teams.length > 0 ? { team_reviewers: teams } : {})
          })
        }
      )
    },

    async createStatus(sha, status) {
      return call(
        { action: `set commit status ${status.context} on ${sha}`, permission: STATUSES },
        async () => {
          await octokit.rest.repos.createCommitStatus({
            ...repoParams,
            sha,
            state: status.state,
            context: status.context,
            description: status.description,
            ...(status.targetUrl !== undefined ? { target_url: status.targetUrl } : {})
          })
        }
      )
    },

    async listOpenIssues(label) {
      return call(
        { action: `list open issues labelled ${label}`, permission: ISSUES },
        async () => {
          const { data } = await octokit.rest.issues.listForRepo({
            ...repoParams,
            labels: label,
            state: 'open',
            per_page: 100
          })
          // The issues list holds pull requests too; they carry `pull_request`.
          return data.filter(i => !i.pull_request).map(toIssue)
        }
      )
    },

    async createIssue(issue) {
      return call({ action: `open issue "${issue.title}"`, permission: ISSUES }, async () => {
        // Never repeated by plugin-retry: GitHub keeps no key that makes a second POST the same
        // issue, so a lost answer would open two. The caller re-reads by the issue's marker.
        const { data } = await octokit.rest.issues.create({
          ...repoParams,
          ...issue,
          request: { retries: 0 }
        })
        return toIssue(data)
      })
    },

    async updateIssue(number, changes) {
      return call({ action: `update issue #${number}`, permission: ISSUES }, async () => {
        const { data } = await octokit.rest.issues.update({
          ...repoParams,
          issue_number: number,
          ...changes
        })
        return toIssue(data)
      })
    },

    async dispatchWorkflow(workflow, ref, inputs) {
      return call(
        { action: `dispatch workflow ${workflow} on ${ref}`, permission: ACTIONS },
        async () => {
          // Never repeated: a dispatch whose answer was lost may have started the workflow, and
          // there is no way to read that back; one failure reported beats two retrainings.
          await octokit.rest.actions.createWorkflowDispatch({
            ...repoParams,
            workflow_id: workflow,
            ref,
            inputs,
            request: { retries: 0 }
          })
        }
      )
    }
  }
}

function toIssue(data: {
  number: number
  html_url: string
  title: string
  body?: string | null
  state: string
}): IssueInfo {
  return {
    number: data.number,
    url: data.html_url,
    title: data.title,
    body: data.body ?? null,
    state: data.state === 'closed' ? 'closed' : 'open'
  }
}

interface PullLike {
  number: number
  html_url: string
  title: string
  body: string | null
  draft?: boolean
  head: { sha: string }
  base: { ref: string }
  labels?: Array<{ name?: string }>
  requested_reviewers?: Array<{ login: string }> | null
  requested_teams?: Array<{ slug: string }> | null
}

function toPull(data: PullLike): PullRequestInfo {
  return {
    number: data.number,
    url: data.html_url,
    headSha: data.head.sha,
    base: data.base.ref,
    title: data.title,
    body: data.body,
    draft: data.draft ?? false,
    labels: (data.labels ?? []).flatMap(l => (l.name ? [l.name] : [])),
    requestedReviewers: {
      users: (data.requested_reviewers ?? []).map(u => u.login),
      teams: (data.requested_teams ?? []).map(t => t.slug)
    }
  }
}

/**
 * The fields modelgate reads from each endpoint's answer (of each item, for a list), by method
 * and path under the API's base URL (`{…}` is one parameter).
 */
const EXPECTED_ANSWERS: Array<[string, string, { list?: boolean; fields: string[] }]> = [
  ['GET', '/repos/{owner}/{repo}/git/ref/{ref}', { fields: ['object.sha'] }],
  [
    'GET',
    '/repos/{owner}/{repo}/git/commits/{commit_sha}',
    { fields: ['sha', 'tree.sha', 'message', 'parents'] }
  ],
  ['POST', '/repos/{owner}/{repo}/git/blobs', { fields: ['sha'] }],
  ['POST', '/repos/{owner}/{repo}/git/trees', { fields: ['sha'] }],
  ['POST', '/repos/{owner}/{repo}/git/commits', { fields: ['sha'] }],
  [
    'GET',
    '/repos/{owner}/{repo}/pulls',
    { list: true, fields: ['number', 'html_url', 'title', 'head.sha', 'head.ref', 'base.ref'] }
  ],
  [
    'POST',
    '/repos/{owner}/{repo}/pulls',
    { fields: ['number', 'html_url', 'title', 'head.sha', 'base.ref'] }
  ],
  [
    'PATCH',
    '/repos/{owner}/{repo}/pulls/{pull_number}',
    { fields: ['number', 'html_url', 'title', 'head.sha', 'base.ref'] }
  ],
  [
    'GET',
    '/repos/{owner}/{repo}/issues',
    { list: true, fields: ['number', 'html_url', 'title', 'state'] }
  ],
  ['POST', '/repos/{owner}/{repo}/issues', { fields: ['number', 'html_url', 'title', 'state'] }],
  [
    'PATCH',
    '/repos/{owner}/{repo}/issues/{issue_number}',
    { fields: ['number', 'html_url', 'title', 'state'] }
  ]
]

/** The table above with each path as a RegExp that a template or an expanded URL matches. */
const EXPECTED = EXPECTED_ANSWERS.map(([method, template, expected]) => ({
  method,
  // The path ends the URL (before its query); GitHub Enterprise puts `/api/v3` before it.
  pattern: new RegExp(`${template.replace(/\{\w+\}/g, '[^/?]+')}(\\?|$)`),
  expected
}))

function expectedAnswer(route: RouteOptions) {
  const method = (route.method ?? 'GET').toUpperCase()
  const url = route.url ?? ''
  return EXPECTED.find(e => e.method === method && e.pattern.test(url))?.expected
}

/**
 * Throws an AnswerError unless a successful answer is the JSON the endpoint sends: an object or
 * a list (nothing after 204), holding the fields modelgate reads.
 */
function checkAnswer(
  route: RouteOptions,
  response: { status: number; headers: Record<string, unknown>; data: unknown }
): void {
  if (response.status === 204 || response.status === 205) return
  const call = describeRoute(route)
  const { data } = response
  if (typeof data !== 'object' || data === null || data instanceof ArrayBuffer) {
    const type = response.headers['content-type']
    const text =
      typeof data === 'string'
        ? data
        : data instanceof ArrayBuffer
          ? new TextDecoder().decode(data.slice(0, 200))
          : ''
    const excerpt = text.trim().replace(/\s+/g, ' ').slice(0, 100)
    throw new AnswerError(
      `${call} answered ${response.status} with ` +
        `${typeof type === 'string' ? type : 'no content type'}, not the JSON GitHub's REST API ` +
        `sends${excerpt ? ` ("${excerpt}${text.length > 100 ? '…' : ''}")` : ''}`
    )
  }
  const expected = expectedAnswer(route)
  if (!expected) return
  if (Array.isArray(data) !== Boolean(expected.list)) {
    throw new AnswerError(
      `${call} answered ${response.status} with ${Array.isArray(data) ? 'a list' : 'an object'}, ` +
        `not the ${expected.list ? 'list' : 'object'} GitHub's REST API sends`
    )
  }
  const items: unknown[] = Array.isArray(data) ? data : [data]
  for (const [i, item] of items.entries()) {
    const missing = expected.fields.find(field => fieldOf(item, field) == null)
    if (missing !== undefined) {
      throw new AnswerError(
        `${call} answered ${response.status} without "${missing}"` +
          `${expected.list ? ` in item ${i + 1}` : ''}, which GitHub's REST API sends`
      )
    }
  }
}

function fieldOf(value: unknown, dotted: string): unknown {
  let here = value
  for (const key of dotted.split('.')) {
    if (typeof here !== 'object' || here === null) return undefined
    here = (here as Record<string, unknown>)[key]
  }
  return here
}

/** `POST /repos/acme/models/git/trees` from Octokit's route template and parameters. */
function describeRoute(route: RouteOptions): string {
  const method = (route.method ?? 'GET').toUpperCase()
  const url = (route.url ?? '?')
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = route[name]
      return typeof value === 'string' || typeof value === 'number' ? String(value) : whole
    })
  return `${method} ${url}`
}

/**
 * Whether writes are spaced as GitHub advises: always, except where the tuning turns it off
 * and toward an API on this machine (127.0.0.0/8, ::1, localhost), which is a proxy or a
 * stand-in, not GitHub, and has no secondary rate limits.
 */
export function spacesWrites(baseUrl: string, tuning: GitHubApiTuning = {}): boolean {
  return tuning.writeSpacing !== false && !isLoopback(baseUrl)
}

function isLoopback(baseUrl: string): boolean {
  let host: string
  try {
    host = new URL(baseUrl).hostname
  } catch {
    return false
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
}
