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

/** Where commands write progress: the Actions log in the action, stderr in the CLI. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** Raw output of a child process, streamed as it arrives. */
  write(chunk: string): void
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export interface CommandContext {
  env: NodeJS.ProcessEnv
  log: Logger
}
