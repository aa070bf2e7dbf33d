/**
 * Dispatches a command. The same path serves the action and the CLI; it
 * returns a typed result and never touches the process or @actions/core.
 */
import { UsageError } from './errors.js'
import type { CommandContext, CommandResult } from './commands/command-result.js'
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
  monitor: async () => (await import('./commands/monitor.js')).monitor
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
  return run(settings, ctx)
}
