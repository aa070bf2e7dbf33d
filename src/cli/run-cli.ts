/**
 * The CLI: argv → the same Settings → execute(). Human text on stdout,
 * diagnostics on stderr as `file:line:col: message`; with --json one object
 * on stdout whatever the exit status (SPEC §3).
 */
import path from 'node:path'
import { andMore, firstOf } from '../clip.js'
import type { CommandResult } from '../commands/outcomes.js'
import { viewOf } from '../present/outcome.js'
import type { Logger } from '../logger.js'
import { formatDiagnostic, ModelgateError, type Diagnostic } from '../errors.js'
import { execute, realContext } from '../execute.js'
import { Secrets } from '../secrets.js'
import { getSettings } from '../settings/input-helper.js'
import { parseArgv } from './argv.js'
import { helpText } from './help.js'

/** Problems printed as text before `… and N more`; the --json envelope lists every one. */
const TEXT_DIAGNOSTICS = 50

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
}

export async function runCli(argv: string[], plainIo: CliIO): Promise<number> {
  // Whatever the CLI prints has the run's secrets blanked: those in the environment, and the
  // --token value once it is known.
  let secrets = Secrets.of(plainIo.env)
  const io: CliIO = {
    ...plainIo,
    stdout: text => plainIo.stdout(secrets.redact(text)),
    stderr: text => plainIo.stderr(secrets.redact(text))
  }
  let json = argv.includes('--json')
  let command = 'unknown'
  try {
    const args = parseArgv(argv)
    json = args.json
    command = args.command ?? command
    if (args.help || !args.command) {
      io.stdout(helpText(args.command) + '\n')
      return args.help ? 0 : 2
    }
    const settings = getSettings(
      name => (name === 'command' ? args.command : args.values.get(name)),
      io.cwd,
      io.env
    )
    secrets = Secrets.of(io.env, settings.token)
    const log = json ? quietLog(io) : stderrLog(io)
    const result = await execute(settings, realContext(io.env, log, secrets))
    await print(result, io, json, settings.workspace)
    // The one place fail-on-decision applies in the CLI.
    return result.exitCode === 1 && !settings.failOnDecision ? 0 : result.exitCode
  } catch (error) {
    if (!(error instanceof ModelgateError)) {
      // A bug, not bad input: one line, the stack only when asked for.
      const err = error as Error
      io.stderr(`modelgate failed unexpectedly: ${err.message}\n`)
      if (io.env.MODELGATE_DEBUG) io.stderr(`${err.stack}\n`)
      return 2
    }
    if (json) {
      io.stdout(
        JSON.stringify({ command, ok: false, errors: errorsOf(error), result: null }) + '\n'
      )
    } else {
      const { shown, more } = firstOf(error.diagnostics, TEXT_DIAGNOSTICS)
      for (const d of shown) io.stderr(formatDiagnostic(d) + '\n')
      if (more) io.stderr(andMore(more, ' problems (--json lists every one)') + '\n')
      io.stderr(`modelgate: ${error.message}\n`)
    }
    return error.exitCode
  }
}

async function print(
  result: CommandResult,
  io: CliIO,
  json: boolean,
  workspace: string
): Promise<void> {
  if (json) {
    const errors = result.diagnostics.filter(d => d.severity === 'error').map(toJsonError)
    if (result.refusal !== undefined) errors.push(toJsonError(messageAsError(result.refusal)))
    const warnings = result.diagnostics.filter(d => d.severity === 'warning').map(toJsonError)
    io.stdout(
      JSON.stringify({
        command: result.command,
        ok: result.ok,
        decision: result.decision,
        errors,
        warnings,
        result: result.result
      }) + '\n'
    )
    return
  }
  // A manifest with 100,000 bad entries prints its first problems and a count; --json has all.
  const { shown, more } = firstOf(result.diagnostics, TEXT_DIAGNOSTICS)
  const root = result.repoRoot ?? workspace
  for (const d of shown) {
    // Paths relative to the current directory are clickable in terminals and editors.
    const file = d.file ? path.relative(io.cwd, path.resolve(root, d.file)) || d.file : d.file
    io.stderr(formatDiagnostic(d, file) + '\n')
  }
  if (more) io.stderr(andMore(more, ' problems (--json lists every one)') + '\n')
  // A refusal is one error line, like a compiler's, not a report.
  if (result.refusal !== undefined) io.stderr(`modelgate: ${result.refusal}\n`)
  else io.stdout((await viewOf(result)).text + '\n')
}

function errorsOf(error: ModelgateError) {
  return [...error.diagnostics, messageAsError(error.message)].map(toJsonError)
}

/** A message with no place in a file, as JSON output lists it among the errors. */
function messageAsError(message: string): Diagnostic {
  return { file: '', line: 0, col: 0, key: '', message, severity: 'error' }
}

function toJsonError(d: Diagnostic) {
  return {
    file: d.file,
    line: d.line,
    col: d.col,
    key: d.key,
    message: d.message,
    ...(d.severity === 'warning' ? { severity: 'warning' } : {})
  }
}

function stderrLog(io: CliIO): Logger {
  return {
    info: m => io.stderr(m + '\n'),
    warning: m => io.stderr(`warning: ${m}\n`),
    write: chunk => io.stderr(chunk),
    group: async (name, fn) => {
      io.stderr(`▸ ${name}\n`)
      return fn()
    }
  }
}

function quietLog(io: CliIO): Logger {
  return {
    info: () => {},
    warning: m => io.stderr(`warning: ${m}\n`),
    write: () => {},
    group: (_n, fn) => fn()
  }
}
