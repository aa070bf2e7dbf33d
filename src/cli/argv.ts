/**
 * CLI arguments: `modelgate <command> [--input value | --input=value | --flag]`,
 * read by `node:util` parseArgs (strict; `--` ends the options). Option names
 * are the action's input names (inputs.ts); a boolean input may be given
 * bare (`--dry-run`), with a value (`--dry-run false`, `--dry-run=false`) or negated (`--no-cache`).
 * `--json` and `--help`/`-h` are the CLI's own; `modelgate help [command]`
 * is `--help`.
 */
import { clip, quote } from '../clip.js'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../errors.js'
import { INPUTS } from '../settings/inputs.js'

export interface ParsedArgs {
  command?: string
  values: Map<string, string>
  json: boolean
  help: boolean
}

type Options = NonNullable<ParseArgsConfig['options']>

const INPUT_OPTIONS = INPUTS.filter(i => i.name !== 'command')

/**
 * Every input is a string option to parseArgs: a boolean one reaches it as
 * `--name=value` (see withBooleanValues), which keeps `--dry-run false`
 * working and lets getSettings check the value like an action input's.
 */
const OPTIONS: Options = {
  ...Object.fromEntries(INPUT_OPTIONS.map(i => [i.name, { type: 'string' as const }])),
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
}

const BOOLEAN_INPUTS = new Set<string>(
  INPUT_OPTIONS.filter(i => i.kind === 'boolean').map(i => i.name)
)
const BOOLEAN_WORD = /^(true|false|yes|no|on|off)$/i

export function parseArgv(argv: string[]): ParsedArgs {
  const parsed = strictParse(withBooleanValues(argv))
  const { json, help, ...inputs } = parsed.values
  const values = new Map(
    Object.entries(inputs).filter((e): e is [string, string] => typeof e[1] === 'string')
  )
  const [first, ...rest] = parsed.positionals
  // `modelgate help [command]` is `modelgate [command] --help`.
  const [command, extra] = first === 'help' ? [rest[0], rest[1]] : [first, rest[0]]
  if (extra !== undefined) {
    throw new UsageError(`unexpected argument ${quote(extra)} (options are written --name value)`)
  }
  return { command, values, json: json === true, help: help === true || first === 'help' }
}

function strictParse({ args, written }: Normalised) {
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true })
  } catch (error) {
    throw explain(args, written, error as Error)
  }
}

interface Normalised {
  args: string[]
  /** What the user wrote for each of `args`. */
  written: string[]
}

/** `--flag` → `--flag=true`, `--flag false` and `--no-flag` → `--flag=false`, up to a `--`. */
function withBooleanValues(argv: string[]): Normalised {
  const args: string[] = []
  const written: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      args.push(...argv.slice(i))
      written.push(...argv.slice(i))
      break
    }
    if (arg.startsWith('--no-') && BOOLEAN_INPUTS.has(arg.slice(5))) {
      // `--no-cache` is `--cache=false`.
      args.push(`--${arg.slice(5)}=false`)
      written.push(arg)
    } else if (!arg.startsWith('--') || !BOOLEAN_INPUTS.has(arg.slice(2))) {
      args.push(arg)
      written.push(arg)
    } else if (BOOLEAN_WORD.test(argv[i + 1] ?? '')) {
      args.push(`${arg}=${argv[i + 1]}`)
      written.push(`${arg} ${argv[++i]}`)
    } else {
      args.push(`${arg}=true`)
      written.push(arg)
    }
  }
  return { args, written }
}

/**
 * parseArgs refused `args`: name the option and the value it got. The first
 * token that breaks the strict rules is the one it refused.
 */
function explain(args: string[], written: string[], error: Error): UsageError {
  const { tokens } = parseArgs({
    args,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const shown = token.rawName
    const type = OPTIONS[token.name]?.type
    if (!type) {
      return new UsageError(`unknown option ${quote(shown)}; run modelgate --help for the options`)
    }
    if (type === 'boolean' && token.value !== undefined) {
      return new UsageError(`option ${quote(shown)} takes no value, got ${quote(token.value)}`)
    }
    if (type === 'string' && token.value === undefined) {
      return new UsageError(`option ${quote(shown)} needs a value`)
    }
    if (type === 'string' && !token.inlineValue && /^-./.test(token.value ?? '')) {
      const next = written[token.index + 1]
      return new UsageError(
        `option ${quote(shown)} needs a value, got the option ${quote(next)} (write ${clip(shown)}=${clip(next)} if it is the value)`
      )
    }
  }
  return new UsageError(`cannot read the arguments: ${clip(error.message)}`)
}
