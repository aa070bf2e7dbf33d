import type { Diagnostic } from '../errors.js'
import type { Command } from '../settings/inputs.js'

export type Decision = 'pass' | 'fail'

/**
 * What a command hands back to its entry (action or CLI): what happened, as
 * data. Commands never touch the process or @actions/core and render no
 * text: the entries turn an outcome into outputs, annotations and an exit
 * code, and the presentation layer (present/outcome.ts) into the printed
 * text and the job summary. Each command's `result` has its own type
 * (commands/outcomes.ts lists them).
 */
export interface CommandOutcome<C extends Command = Command, R = unknown> {
  command: C
  ok: boolean
  decision?: Decision
  /** Only a refusal has one (see `Refusal`). */
  refusal?: undefined
  /** Errors and warnings, each located in a file. */
  diagnostics: Diagnostic[]
  /** The machine-readable result (`--json`, the `result` output). */
  result: R
  /** Action outputs besides `decision` and `result`. */
  outputs: Record<string, string>
  /** Absolute repository root that diagnostic paths are relative to. */
  repoRoot?: string
  /** 0 success, 1 a decision "no", 2 usage or environment error (SPEC §3). */
  exitCode: 0 | 1 | 2
}

/**
 * A command that said no before doing anything (an unknown model, a refused
 * move): the one-line reason, which the CLI prints as an error and the
 * action fails the step with. Any command can end this way.
 */
export interface Refusal {
  command: Command
  ok: false
  decision: 'fail'
  refusal: string
  diagnostics: Diagnostic[]
  result: null
  outputs: Record<string, never>
  repoRoot?: string
  exitCode: 1
}
