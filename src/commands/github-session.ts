/**
 * The GitHub side of a command that writes (promote, rollback, register,
 * retire, monitor) or reads (report): the checkout's git, where to go on
 * GitHub, and the API — all from the command's context, whose real GitHub
 * client loads Octokit only when a command really talks to GitHub, so dry
 * runs and `validate` never load it.
 */
import type { GitHubApi } from '../ports/github-api.js'
import type { GitCommandManager } from '../adapters/git.js'
import type { Registry } from '../registry/registry.js'
import { resolveGitHubTarget, type GitHubTarget } from '../settings/github-target.js'
import type { Settings } from '../settings/settings.js'
import type { CommandContext } from './context.js'

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
  const git = ctx.git(reg.repoRoot)
  const target = await resolveGitHubTarget(settings, ctx.env, checkoutFacts(git))
  return { api: await ctx.github(target), git, target }
}

/** What the checkout tells when the environment does not: the origin remote, the branch. */
export function checkoutFacts(git: GitCommandManager) {
  return { originUrl: () => git.remoteUrl('origin'), currentBranch: () => git.currentBranch() }
}
