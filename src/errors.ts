/**
 * User-facing errors. Every problem a user can cause is reported as a
 * Diagnostic that names the file, the line and column, and the manifest key,
 * so the CLI can print `file:line:col: message` and the action can raise an
 * annotation. Exit codes follow SPEC §3: 1 is a decision "no" (invalid
 * manifest, failed gate, unknown name), 2 is a usage or environment error.
 */
import { clip } from './clip.js'

export type Severity = 'error' | 'warning'

export interface Diagnostic {
  /** Path relative to the repository root (what GitHub annotations expect). */
  file: string
  /** 1-based line; 0 when the problem has no position (e.g. a missing file). */
  line: number
  /** 1-based column; 0 when unknown. */
  col: number
  /** Dotted manifest key the problem is about, e.g. `models.clf.versions[0].files`. */
  key: string
  message: string
  severity: Severity
}

export type ExitCode = 1 | 2

export class ModelgateError extends Error {
  readonly exitCode: ExitCode
  readonly diagnostics: Diagnostic[]
  constructor(message: string, exitCode: ExitCode, diagnostics: Diagnostic[] = []) {
    super(message)
    this.name = 'ModelgateError'
    this.exitCode = exitCode
    this.diagnostics = diagnostics
  }
}

/** Exit 2: unknown command/option, missing input, no git, network failure. */
export class UsageError extends ModelgateError {
  constructor(message: string) {
    super(message, 2)
    this.name = 'UsageError'
  }
}

/**
 * Exit 2: the environment failed us — a service (the artifact service, git)
 * refused or broke. Adapters throw it with one line naming the service and
 * what went wrong, so nothing reaches the user as "failed unexpectedly".
 */
export class EnvironmentError extends ModelgateError {
  constructor(message: string) {
    super(message, 2)
    this.name = 'EnvironmentError'
  }
}

/** Exit 1: the registry says no (invalid manifest, unknown model, refused move). */
export class DecisionError extends ModelgateError {
  constructor(message: string, diagnostics: Diagnostic[] = []) {
    super(message, 1, diagnostics)
    this.name = 'DecisionError'
  }
}

/** Formats a diagnostic the way compilers do: `file:line:col: message`. */
export function formatDiagnostic(d: Diagnostic, file = d.file): string {
  const where = d.line > 0 ? `${file}:${d.line}:${d.col}` : file
  const prefix = d.severity === 'warning' ? 'warning: ' : ''
  return `${where}: ${prefix}${d.message}`
}

/**
 * Renders a JSON-ish key path (`['models', 'clf', 'versions', 0]`) as `models.clf.versions[0]`,
 * for people: a key longer than CLIP_CHARS is cut (clip.ts), as every message quoting it is.
 */
export function keyPath(path: ReadonlyArray<string | number>): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${clip(part)}` : clip(part)
  }
  return out
}
