/**
 * CLI arguments: `modelgate <command> [--input value | --input=value | --flag]`.
 * Option names are the action's input names; boolean inputs may be given
 * without a value. `--json` and `--help` are the CLI's own.
 */
import { UsageError } from '../errors.js'
import { INPUTS } from '../settings/inputs.js'

export interface ParsedArgs {
  command?: string
  values: Map<string, string>
  json: boolean
  help: boolean
}

export function parseArgv(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { values: new Map(), json: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--help' || arg === '-h') {
      parsed.help = true
      continue
    }
    if (arg === '--json') {
      parsed.json = true
      continue
    }
    if (!arg.startsWith('--')) {
      if (parsed.command !== undefined) {
        throw new UsageError(`unexpected argument "${arg}" (options are written --name value)`)
      }
      parsed.command = arg
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2)
    const spec = INPUTS.find(s => s.name === name && s.name !== 'command')
    if (!spec) {
      throw new UsageError(`unknown option "--${name}"; run modelgate --help for the options`)
    }
    let value: string
    if (eq >= 0) value = arg.slice(eq + 1)
    else if (
      spec.kind === 'boolean' &&
      (argv[i + 1] === undefined || !/^(true|false|yes|no|on|off)$/i.test(argv[i + 1]))
    )
      value = 'true'
    else if (argv[i + 1] === undefined) throw new UsageError(`option "--${name}" needs a value`)
    else value = argv[++i]
    parsed.values.set(name, value)
  }
  return parsed
}
