/**
 * Dispatches a command. The same path serves the action and the CLI; it
 * returns a typed result and never touches the process or @actions/core.
 *
 * A "no" reaches the entries one way: as a result with exit code 1. A
 * refusal a planner throws deep down (`DecisionError`: unknown model, a
 * skipped stage, a checkout behind its base) becomes that result here, so
 * the action and the CLI each apply `fail-on-decision` in one place. Only
 * usage and environment faults (exit 2) leave as errors.
 */
import { createGitCommandManager } from './adapters/git.js'
import type { Refusal } from './commands/command-result.js'
import type { CommandResult } from './commands/outcomes.js'
import type { CommandContext } from './commands/context.js'
import { DecisionError, UsageError } from './errors.js'
import type { Logger } from './logger.js'
import { redactingRenderers } from './commands/renderers.js'
import { renderers } from './present/renderers.js'
import { redactingLog, Secrets } from './secrets.js'
import { COMMANDS, type Command } from './settings/inputs.js'
import type { Settings, SettingsOf } from './settings/settings.js'

type Runner<C extends Command> = (
  settings: SettingsOf<C>,
  ctx: CommandContext
) => Promise<CommandResult>

// Commands are imported on demand so each pays only for what it uses.
const RUNNERS: { [C in Command]: () => Promise<Runner<C>> } = {
  validate: async () => (await import('./commands/validate.js')).validate,
  plan: async () => (await import('./commands/plan.js')).plan,
  evaluate: async () => (await import('./commands/evaluate.js')).evaluate,
  compare: async () => (await import('./commands/compare.js')).compare,
  promote: async () => (await import('./commands/promote.js')).promote,
  rollback: async () => (await import('./commands/rollback.js')).rollback,
  register: async () => (await import('./commands/register.js')).register,
  retire: async () => (await import('./commands/retire.js')).retire,
  report: async () => (await import('./commands/report.js')).report,
  monitor: async () => (await import('./commands/monitor.js')).monitor,
  init: async () => (await import('./commands/init.js')).init,
  resolve: async () => (await import('./commands/resolve.js')).resolve
}

export async function execute(settings: Settings, ctx: CommandContext): Promise<CommandResult> {
  // getSettings lets only known commands through; a caller that builds Settings by hand may not.
  if (!Object.hasOwn(RUNNERS, settings.command)) {
    throw new UsageError(
      `unknown command "${String(settings.command)}"; expected one of: ${COMMANDS.join(', ')}`
    )
  }
  // settings is the variant of settings.command, the one its runner takes.
  const run = (await RUNNERS[settings.command]()) as Runner<Command>
  try {
    return await run(settings, ctx)
  } catch (error) {
    if (error instanceof DecisionError) return refused(settings.command, error)
    throw error
  }
}

/** A refusal as a result: nothing was done, and the reason is the one line to show. */
function refused(command: Command, error: DecisionError): Refusal {
  return {
    command,
    ok: false,
    decision: 'fail',
    refusal: error.message,
    diagnostics: error.diagnostics,
    result: null,
    outputs: {},
    exitCode: 1
  }
}

/**
 * The real adapters: the git CLI, Octokit and the artifact client (both loaded when first used).
 * The log and the renderings blank out `secrets` (by default those `env` holds).
 */
export function realContext(
  env: NodeJS.ProcessEnv,
  plainLog: Logger,
  secrets: Secrets = Secrets.of(env)
): CommandContext {
  const log = redactingLog(plainLog, secrets)
  return {
    env,
    log,
    secrets,
    now: () => new Date(),
    git: repoRoot => createGitCommandManager(repoRoot, env),
    github: async target => {
      const { createGitHubApi } = await import('./adapters/octokit-github-api.js')
      return createGitHubApi({
        token: target.token,
        baseUrl: target.apiUrl,
        owner: target.owner,
        repo: target.repo,
        warn: message => log.warning(message)
      })
    },
    // Loaded when a command first runs a process or uploads, so other commands never load them.
    processes: async () => (await import('./adapters/process-runner.js')).createProcessRunner(),
    artifacts: async () => (await import('./adapters/artifact.js')).createArtifactUploader(env),
    evaluationCache: async request => {
      const folder = await import('./adapters/folder-cache-store.js')
      if (request.cacheDir) return folder.createFolderCacheStore(request.cacheDir)
      if (env.GITHUB_ACTIONS === 'true') {
        const actions = await import('./adapters/actions-cache-store.js')
        return actions.createActionsCacheStore(env, request, log)
      }
      const dir = folder.defaultCacheDir(env)
      return dir ? folder.createFolderCacheStore(dir) : undefined
    },
    render: redactingRenderers(renderers, secrets)
  }
}
