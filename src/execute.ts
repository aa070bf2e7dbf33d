/**
 * Dispatches a command. The same path serves the action and the CLI; it
 * returns a typed result and never touches the process or @actions/core.
 */
import { UsageError } from './errors.js'
import type { CommandContext, CommandResult } from './commands/command-result.js'
import type { Settings } from './settings/settings.js'

type Runner = (settings: Settings, ctx: CommandContext) => Promise<CommandResult>

// Commands are imported on demand so each pays only for what it uses.
const RUNNERS: Partial<Record<Settings['command'], () => Promise<Runner>>> = {
  validate: async () => (await import('./commands/validate.js')).validate,
  plan: async () => (await import('./commands/plan.js')).plan,
  evaluate: async () => (await import('./commands/evaluate.js')).evaluate,
  compare: async () => (await import('./commands/compare.js')).compare,
  promote: async () => (await import('./commands/promote.js')).promote,
  rollback: async () => (await import('./commands/rollback.js')).rollback,
  register: async () => (await import('./commands/register.js')).register,
  retire: async () => (await import('./commands/retire.js')).retire,
  report: async () => (await import('./commands/report.js')).report,
  monitor: async () => (await import('./commands/monitor.js')).monitor
}

export async function execute(settings: Settings, ctx: CommandContext): Promise<CommandResult> {
  const load = RUNNERS[settings.command]
  if (!load) {
    throw new UsageError(
      `command "${settings.command}" is not available in this version of modelgate yet`
    )
  }
  return (await load())(settings, ctx)
}
