/**
 * The one logging interface: adapters, evaluation and commands all write
 * through it, so it lives below all of them.
 */
/** Where commands write progress: the Actions log in the action, stderr in the CLI. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** Raw output of a child process, streamed as it arrives. */
  write(chunk: string): void
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}
