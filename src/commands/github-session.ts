/**
 * The GitHub side of a command that writes (promote, rollback, register,
 * retire, monitor) or reads (report): the checkout's git, where to go on
 * GitHub, and the API on Octokit — imported only here, and only when a
 * command really talks to GitHub, so dry runs and `validate` never load it.
 */
import type { GitHubApi } from '../adapters/github-api.js'
import { createGitCommandManager, type GitCommandManager } from '../adapters/git.js'
import type { Registry } from '../registry/registry.js'
import { resolveGitHubTarget, type GitHubTarget } from '../settings/github-target.js'
import type { Settings } from '../settings/settings.js'
import type { CommandContext } from './command-result.js'
import type { Logger } from '../logger.js'

export interface GitHubSession {
  api: GitHubApi
  git: GitCommandManager
  target: GitHubTarget
}

export async function openGitHubSession(
  reg: Registry,
  settings: Settings,
  ctx: CommandContext
): Promise<GitHubSession> {
  const git = createGitCommandManager(reg.repoRoot, ctx.env)
  const target = await resolveGitHubTarget(settings, ctx.env, checkoutFacts(git))
  return { api: await githubApi(target, ctx.log), git, target }
}

/** What the checkout tells when the environment does not: the origin remote, the branch. */
export function checkoutFacts(git: GitCommandManager) {
  return { originUrl: () => git.remoteUrl('origin'), currentBranch: () => git.currentBranch() }
}

export async function githubApi(
  where: { token: string; apiUrl: string; owner: string; repo: string },
  log: Logger
): Promise<GitHubApi> {
  const { createGitHubApi } = await import('../adapters/octokit-github-api.js')
  return createGitHubApi({
    token: where.token,
    baseUrl: where.apiUrl,
    owner: where.owner,
    repo: where.repo,
    warn: message => log.warning(message)
  })
}
