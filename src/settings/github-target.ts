/**
 * Where a pull request goes: the repository, the base branch, the API URL
 * and the token. Inside Actions all of it comes from the runner's
 * environment; on a laptop the repository falls back to the `origin`
 * remote and the base branch to the checkout's current branch. The event
 * payload is read once, with the settings (runner-event.ts).
 */
import { quote } from '../clip.js'
import { UsageError } from '../errors.js'
import type { CommonSettings } from './settings.js'

export interface GitHubTarget {
  owner: string
  repo: string
  /** The branch the pull request targets. */
  base: string
  apiUrl: string
  token: string
}

/** What the checkout can tell when the environment does not (see `GitCommandManager`). */
export interface CheckoutFacts {
  originUrl(): Promise<string | undefined>
  currentBranch(): Promise<string | undefined>
}

export async function resolveGitHubTarget(
  settings: Pick<CommonSettings, 'token' | 'base' | 'event'>,
  env: NodeJS.ProcessEnv,
  checkout: CheckoutFacts
): Promise<GitHubTarget> {
  const token = settings.token || env.GITHUB_TOKEN?.trim()
  if (!token) {
    throw new UsageError(
      'a token is needed to open the pull request: set the `token` input (the default is github.token) or GITHUB_TOKEN; or use dry-run'
    )
  }
  const { owner, repo } = await repository(env, checkout)
  const base =
    settings.base ||
    settings.event.defaultBranch ||
    env.GITHUB_REF_NAME ||
    (await checkout.currentBranch())
  if (!base) {
    throw new UsageError(
      'cannot tell which branch the pull request targets: set the `base` input (e.g. main)'
    )
  }
  return { owner, repo, base, apiUrl: apiBaseUrl(env), token }
}

/** GITHUB_API_URL (GitHub Enterprise sets it), else github.com's. */
export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
}

/** The repository: GITHUB_REPOSITORY, else the `origin` remote (also used by `report`). */
export async function repository(
  env: NodeJS.ProcessEnv,
  checkout: CheckoutFacts
): Promise<{ owner: string; repo: string }> {
  const named = env.GITHUB_REPOSITORY?.trim()
  if (named) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(named)
    if (!m) throw new UsageError(`GITHUB_REPOSITORY is ${quote(named)}; expected "owner/repo"`)
    return { owner: m[1], repo: m[2] }
  }
  const origin = await checkout.originUrl()
  const parsed = origin ? parseRemoteUrl(origin) : undefined
  if (!parsed) {
    throw new UsageError(
      `cannot tell which GitHub repository to open the pull request in${origin ? ` (${describeRemote(origin)})` : ''}: set GITHUB_REPOSITORY=owner/repo`
    )
  }
  return parsed
}

/** An owner (user or organisation) as GitHub allows it. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
/** A repository name as GitHub allows it (`.` and `..` aside). */
const REPO = /^[A-Za-z0-9._-]{1,100}$/
/** `scheme://…`: parsed as a URL, whose user and password are dropped. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i
/** `[user@]host:path`, git's scp-like form. */
const SCP = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.*)$/

/**
 * `https://host/owner/repo(.git)`, `git@host:owner/repo(.git)`, `ssh://git@host/owner/repo`;
 * credentials in it are dropped. Only an owner and a repository name GitHub allows come out,
 * so nothing else in a malformed URL (a password, a query, `@`, `:`) can reach a request path
 * or a pull request's URL.
 */
export function parseRemoteUrl(url: string): { owner: string; repo: string } | undefined {
  const text = url.trim()
  let pathname: string | undefined
  if (SCHEME.test(text)) {
    try {
      pathname = new URL(text).pathname
    } catch {
      return undefined
    }
  } else {
    pathname = SCP.exec(text)?.[2]
  }
  const m = pathname ? /^\/*([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(pathname) : null
  if (!m) return undefined
  const [, owner, repo] = m
  if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') return undefined
  return { owner, repo }
}

/**
 * The remote for a message, never its credentials: a URL without user, password, query and
 * fragment, `host:path`, or a plain path; anything that does not read as one of those may
 * hold a secret anywhere, and is not shown.
 */
export function describeRemote(url: string): string {
  const text = url.trim()
  let shown: string | undefined
  if (SCHEME.test(text)) {
    try {
      const u = new URL(text)
      shown = `${u.protocol}//${u.host}${u.pathname}`
    } catch {
      shown = undefined
    }
  } else {
    const scp = SCP.exec(text)
    shown = scp ? `${scp[1]}:${scp[2]}` : text
  }
  const plain =
    /^(?:[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9.-]+(?::\d+)?|[A-Za-z0-9.-]+:)?[A-Za-z0-9._~/-]*$/i
  return shown && plain.test(shown)
    ? `origin is "${shown}"`
    : 'origin is not shown: it is no plain URL and may hold credentials'
}
