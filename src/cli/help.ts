/**
 * `--help`: `modelgate --help` lists the commands; `modelgate <command> --help`
 * (or `modelgate help <command>`) lists only that command's options, from the
 * command/input table (command-inputs.ts), and one example.
 */
import { alwaysRequired, COMMAND_INPUTS, COMMON_INPUTS } from '../settings/command-inputs.js'
import { COMMANDS, INPUTS, type Command, type InputName } from '../settings/inputs.js'

export interface CommandHelp {
  /** The command line's shape: required options first, `[…]` around optional ones. */
  synopsis: string
  /** What the command does, in one line. */
  summary: string
  /** One command line that runs as written (a test parses it and checks its requirements). */
  example: string
  /** What an input means for this command, where the input's own description covers several. */
  meaning?: Partial<Record<InputName, string>>
}

const PULL_REQUEST_BASE =
  "The branch the pull request targets (default: the repository's default branch)."

export const COMMAND_HELP: Readonly<Record<Command, CommandHelp>> = {
  validate: {
    synopsis: 'validate [--manifest PATH] [--model M] [--base REV]',
    summary:
      'Checks the manifest: schema, names, stages, capacity, files and their sha256 digests, stray files and the benchmark copy.',
    example: 'modelgate validate --manifest models/registry.yaml',
    meaning: {
      model: 'Check only this model (reads only its file when the registry is sharded).',
      base: 'A git revision: history only grew since it and every stage change has its entry.'
    }
  },
  plan: {
    synopsis: 'plan [--base REV] [--head REV]',
    summary: 'Lists the versions that need evaluation as a job matrix.',
    example: 'modelgate plan --base origin/main',
    meaning: {
      base: 'A git revision: only versions whose files or model policy changed since it.'
    }
  },
  register: {
    synopsis: 'register --model M --version V --source DIR [--candidate-results R] [--dry-run]',
    summary: 'Adds a trained model to the first stage by pull request.',
    example:
      'modelgate register --model keyword-classifier --version 1.5.0 --source .modelgate/keyword-classifier/1.5.0 --dry-run',
    meaning: { base: PULL_REQUEST_BASE }
  },
  retire: {
    synopsis: 'retire --model M --version V --reason TEXT [--dry-run]',
    summary: 'Moves a version that will not be promoted to the archive by pull request.',
    example:
      'modelgate retire --model keyword-classifier --version 1.3.0 --reason "superseded by 1.4.0" --dry-run',
    meaning: { base: PULL_REQUEST_BASE }
  },
  evaluate: {
    synopsis: 'evaluate --model M --version V|benchmark [--train]',
    summary: "Runs the model's train/evaluate commands and writes result.json.",
    example: 'modelgate evaluate --model keyword-classifier --version 1.4.0'
  },
  compare: {
    synopsis: 'compare --model M --version V',
    summary: "Compares a candidate with the benchmark copy under the model's policy.",
    example: 'modelgate compare --model keyword-classifier --version 1.4.0'
  },
  promote: {
    synopsis: 'promote --model M --version V --to STAGE [--dry-run]',
    summary: 'Checks order and gates, then opens the promotion pull request.',
    example:
      'modelgate promote --model keyword-classifier --version 1.4.0 --to production --dry-run',
    meaning: { base: PULL_REQUEST_BASE }
  },
  rollback: {
    synopsis: 'rollback --model M [--version V] [--dry-run]',
    summary: 'Returns production to the previous archived version by pull request.',
    example: 'modelgate rollback --model keyword-classifier --dry-run',
    meaning: {
      version: 'The archived version to bring back (default: the one production replaced).',
      base: PULL_REQUEST_BASE
    }
  },
  report: {
    synopsis: 'report [--output-dir DIR]',
    summary: 'Registry status as Markdown and a self-contained HTML page.',
    example: 'modelgate report --output-dir .modelgate'
  },
  monitor: {
    synopsis: 'monitor [--model M] [--dry-run]',
    summary: 'Re-checks production on fresh data and measures drift.',
    example: 'modelgate monitor --model keyword-classifier --dry-run',
    meaning: {
      model: 'Check only this model (default: every production model with a monitor section).',
      'dry-run': 'Check and print; open, update or close no issue and dispatch no workflow.',
      base: "The branch a retraining workflow runs on when monitor.retrain.ref is not set (default: the repository's default branch)."
    }
  },
  init: {
    synopsis:
      'init [--manifest PATH] [--root DIR] [--layout TEMPLATE] [--archive-layout TEMPLATE] [--model NAME] [--stages a,b,c] [--benchmark FOLDER|false] [--archive FOLDER] [--versioning semver|ordered] [--dry-run]',
    summary: 'Writes a manifest for the model files a repository already has (moves no file).',
    example:
      'modelgate init --manifest modelgate.yaml --root resources --layout "{stage}{ext}" --model keyword-classifier --stages development,staging,production --dry-run',
    meaning: {
      model:
        'The model every file is a version of, where the layout has no {model} (required there, refused elsewhere).',
      versioning:
        'semver (default) or ordered: any version name, ordered by createdAt; a version git cannot date (never committed) is then dated by this run.',
      'dry-run': 'Print the manifest instead of writing it; change no file.'
    }
  },
  resolve: {
    synopsis: 'resolve --model M [--stage S]',
    summary:
      'Says which version(s) a stage holds, their share of traffic and where their files are.',
    example: 'modelgate resolve --model keyword-classifier --stage production --json'
  }
}

const EXIT_STATUS =
  'Exit status: 0 pass, 1 a decision "no" (invalid manifest, failed gate), 2 usage or environment error.'

export function helpText(command?: string): string {
  if (command && (COMMANDS as readonly string[]).includes(command)) {
    return commandHelpText(command as Command)
  }
  const width = Math.max(...COMMANDS.map(c => c.length))
  return [
    'modelgate: a model registry in your git repository.',
    '',
    'Usage: modelgate <command> [--option value] [--json]',
    '',
    'Commands:',
    ...COMMANDS.map(c => `  ${c.padEnd(width)}  ${COMMAND_HELP[c].summary}`),
    '',
    'Options of every command:',
    ...optionLines(COMMON_INPUTS),
    ...CLI_OPTIONS,
    '',
    "Run `modelgate <command> --help` (or `modelgate help <command>`) for a command's options and an example.",
    EXIT_STATUS
  ].join('\n')
}

/** One command's inputs (COMMAND_INPUTS), the required ones marked, then what every command takes. */
function commandHelpText(command: Command): string {
  const help = COMMAND_HELP[command]
  const required = new Set(alwaysRequired(command))
  // Requirements with a choice (one input or another) are said in words.
  const choices = COMMAND_INPUTS[command].requires.filter(r => r.any || r.unless)
  return [
    `Usage: modelgate ${help.synopsis} [--json]`,
    `  ${help.summary}`,
    '',
    `Options of ${command} (* required):`,
    ...optionLines(COMMAND_INPUTS[command].inputs, required, help.meaning),
    ...choices.map(
      r => `  Also: ${typeof r.message === 'string' ? r.message : r.message(() => '…')}.`
    ),
    '',
    'Options of every command:',
    ...optionLines(COMMON_INPUTS),
    ...CLI_OPTIONS,
    '',
    'Example:',
    `  ${help.example}`,
    '',
    EXIT_STATUS
  ].join('\n')
}

const OPTION_WIDTH = 20

const CLI_OPTIONS = [
  `  ${'--json'.padEnd(OPTION_WIDTH)} Print one JSON object instead of text.`,
  `  ${'--help, -h'.padEnd(OPTION_WIDTH)} Print the commands; with a command (or \`modelgate help <command>\`), its options.`
]

function optionLines(
  names: readonly InputName[],
  required = new Set<InputName>(),
  meaning: CommandHelp['meaning'] = {}
): string[] {
  return names.map(name => {
    const i = INPUTS.find(input => input.name === name)!
    const def = i.default && !i.default.includes('${{') ? ` (default: ${i.default})` : ''
    const option = `--${name}${required.has(name) ? ' *' : ''}`
    return `  ${option.padEnd(OPTION_WIDTH)} ${meaning[name] ?? i.description}${def}`
  })
}
