/**
 * Where a pull request goes: the repository, the base branch, the API URL
 * and the token. Inside Actions all of it comes from the runner's
 * environment; on a laptop the repository falls back to the `origin`
 * remote and the base branch to the checkout's current branch. The event
 * payload is read once, with the settings (runner-event.ts).
 */
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
    if (!m) throw new UsageError(`GITHUB_REPOSITORY is "${named}"; expected "owner/repo"`)
    return { owner: m[1], repo: m[2] }
  }
  const origin = await checkout.originUrl()
  const parsed = origin ? parseRemoteUrl(origin) : undefined
  if (!parsed) {
    throw new UsageError(
      `cannot tell which GitHub repository to open the pull request in${origin ? ` (origin is "${withoutCredentials(origin)}")` : ''}: set GITHUB_REPOSITORY=owner/repo`
    )
  }
  return parsed
}

/** `https://host/owner/repo(.git)`, `git@host:owner/repo(.git)`, `ssh://git@host/owner/repo`. */
export function parseRemoteUrl(url: string): { owner: string; repo: string } | undefined {
  const m =
    /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(
      url.trim()
    )
  return m ? { owner: m[1], repo: m[2] } : undefined
}

/** `https://user:token@host/…` → `https://***@host/…`: a remote URL may carry a token. */
function withoutCredentials(url: string): string {
  return url.replace(/^([a-z+]+:\/\/)[^@/]+@/i, '$1***@')
}
