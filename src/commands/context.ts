/**
 * What a command is handed: the environment, the log, the clock and a
 * factory for each adapter it may talk to. The action and the CLI build the
 * real ones (execute.ts, `realContext`); tests pass in-memory fakes
 * (`__fixtures__/context.ts`). Commands never construct an adapter
 * themselves, so every I/O they do can be replaced.
 */
import type { ArtifactClient } from '../adapters/artifact.js'
import type { GitCommandManager } from '../adapters/git.js'
import type { EvaluationCacheRequest, EvaluationCacheStore } from '../ports/evaluation-cache.js'
import type { GitHubApi } from '../ports/github-api.js'
import type { ProcessRunner } from '../adapters/process-runner.js'
import type { Logger } from '../logger.js'
import type { Secrets } from '../secrets.js'
import type { Renderers } from './renderers.js'

/** Where the REST API of one repository is, and the token to use. */
export interface GitHubApiTarget {
  token: string
  apiUrl: string
  owner: string
  repo: string
}

export interface CommandContext {
  env: NodeJS.ProcessEnv
  log: Logger
  /** The run's secrets: what leaves a command (result.json, bodies, child output) has them blanked. */
  secrets: Secrets
  /** The time changes are stamped with and ages are measured from. */
  now(): Date
  /** The git CLI on the checkout at `repoRoot`. */
  git(repoRoot: string): GitCommandManager
  /** The GitHub REST API for one repository; the real one loads Octokit only when called. */
  github(target: GitHubApiTarget): Promise<GitHubApi>
  /** Runs the manifest's train/evaluate commands. */
  processes(): Promise<ProcessRunner>
  /** The artifact service of the workflow run inside Actions; undefined where there is none (a laptop). */
  artifacts(): Promise<ArtifactClient | undefined>
  /**
   * The evaluation cache (SPEC §4): a folder store at `cacheDir` when asked,
   * else the Actions cache inside Actions and the user's cache folder
   * elsewhere; undefined where there is none (Actions without the cache
   * service, no home folder). Its library is loaded only when called.
   */
  evaluationCache(request: EvaluationCacheRequest): Promise<EvaluationCacheStore | undefined>
  /** The bodies and pages a command writes, from the presentation layer above it. */
  render: Renderers
}
