import type { Diagnostic } from '../errors.js'
import type { Command } from '../settings/inputs.js'

export type Decision = 'pass' | 'fail'

/**
 * What a command hands back to its entry (action or CLI). Commands never
 * touch the process or @actions/core: they return this, and the entries turn
 * it into outputs, a job summary, annotations, printed text and an exit code.
 */
export interface CommandResult {
  command: Command
  ok: boolean
  decision?: Decision
  /**
   * Set when the command said no before doing anything (an unknown model, a refused move): the
   * one-line reason, which the CLI prints as an error and the action fails the step with.
   */
  refusal?: string
  /** Errors and warnings, each located in a file. */
  diagnostics: Diagnostic[]
  /** The machine-readable result (`--json`, the `result` output). */
  result: unknown
  /** A short human summary (CLI stdout). */
  text: string
  /** Markdown for the job summary. */
  summary: string
  /** Action outputs besides `decision` and `result`. */
  outputs: Record<string, string>
  /** Absolute repository root that diagnostic paths are relative to. */
  repoRoot?: string
  /** 0 success, 1 a decision "no", 2 usage or environment error (SPEC §3). */
  exitCode: 0 | 1 | 2
}
