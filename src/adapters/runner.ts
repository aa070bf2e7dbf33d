/**
 * The Actions runner's protocol, as the action speaks it: inputs from
 * `INPUT_*`, workflow commands on stdout (`::error file=…::`), and the file
 * commands `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`
 * (docs.github.com: "Workflow commands for GitHub Actions").
 *
 * Why not `@actions/core`: its entry module imports its OIDC client and
 * `@actions/exec` unconditionally, and with them the whole HTTP stack
 * (`@actions/http-client`, undici, tunnel) — a third of the action's cold
 * start for a protocol of a few lines (bench: cold start). The encoding here
 * is the one `@actions/core` writes, byte for byte, and the tests read it back
 * the way the runner does.
 */
import { appendFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { EOL } from 'node:os'

/** Where an annotation points; lines and columns are 1-based. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** An input's value, trimmed; '' when the workflow does not set it (as `core.getInput`). */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** `%`, CR and LF escaped, so a message cannot end its command early or start another. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value also may not hold the `:` and `,` that separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function command(name: string, message: string, properties: Record<string, unknown> = {}): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

function annotation(kind: 'error' | 'warning', message: string, p: AnnotationProperties): void {
  command(kind, message, { title: p.title, file: p.file, line: p.startLine, col: p.startColumn })
}

export const runner = {
  getInput,
  info: (message: string): void => void process.stdout.write(`${message}${EOL}`),
  debug: (message: string): void => command('debug', message),
  warning: (message: string, properties: AnnotationProperties = {}): void =>
    annotation('warning', message, properties),
  error: (message: string, properties: AnnotationProperties = {}): void =>
    annotation('error', message, properties),
  /** The runner blanks this value in every later line of the log. */
  setSecret: (secret: string): void => command('add-mask', secret),
  /** The step fails with this message (exit status 1 unless the caller sets another). */
  setFailed(message: string): void {
    process.exitCode = 1
    annotation('error', message, {})
  },
  /** A step output, as a `name<<delimiter` block of `GITHUB_OUTPUT`, whatever lines the value has. */
  setOutput(name: string, value: string): void {
    const file = process.env.GITHUB_OUTPUT
    if (!file) {
      // Outside a runner (a local run): visible, and harmless.
      process.stdout.write(EOL)
      command('set-output', value, { name })
      return
    }
    const delimiter = `ghadelimiter_${randomUUID()}`
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(`the value of output ${name} contains its own delimiter`)
    }
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
  },
  /** Appends markdown to the job summary; nothing when the runner gives no summary file. */
  appendSummary(markdown: string): void {
    const file = process.env.GITHUB_STEP_SUMMARY
    if (file) appendFileSync(file, `${markdown}${EOL}`, 'utf8')
  },
  /** A collapsible section of the log around `fn`, closed also when it throws. */
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    command('group', name)
    try {
      return await fn()
    } finally {
      command('endgroup', '')
    }
  }
}
