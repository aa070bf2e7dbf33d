import { alwaysRequired, COMMAND_INPUTS, COMMON_INPUTS } from '../settings/command-inputs.js'
import { COMMANDS, INPUTS, type Command, type InputName } from '../settings/inputs.js'

const USAGE: Record<string, string> = {
  validate:
    'validate [--manifest PATH] [--model M] [--json]\n  Checks the manifest: schema, names, stages, capacity, files and their sha256 digests, stray files and the benchmark copy.',
  plan: 'plan [--base REV] [--head REV]\n  Lists the versions that need evaluation as a job matrix.',
  register:
    'register --model M --version V --source DIR [--candidate-results R]\n  Adds a trained model to the first stage by pull request.',
  retire:
    'retire --model M --version V --reason TEXT [--dry-run]\n  Moves a version that will not be promoted to the archive by pull request.',
  evaluate:
    "evaluate --model M --version V|benchmark [--train]\n  Runs the model's train/evaluate commands and writes result.json.",
  compare:
    "compare --model M --version V\n  Compares a candidate with the benchmark copy under the model's policy.",
  promote:
    'promote --model M --version V --to STAGE [--dry-run]\n  Checks order and gates, then opens the promotion pull request.',
  rollback:
    'rollback --model M [--version V] [--dry-run]\n  Returns production to the previous archived version by pull request.',
  report: 'report\n  Registry status as Markdown and a self-contained HTML page.',
  monitor: 'monitor [--model M]\n  Re-checks production on fresh data and measures drift.'
}

export function helpText(command?: string): string {
  if (command && (COMMANDS as readonly string[]).includes(command)) {
    return `Usage: modelgate ${USAGE[command]}\n\n${commandOptionsText(command as Command)}`
  }
  return [
    'modelgate: a model registry in your git repository.',
    '',
    'Usage: modelgate <command> [--option value] [--json]',
    '',
    'Commands:',
    ...COMMANDS.map(c => `  ${USAGE[c].split('\n')[0]}`),
    '',
    optionsText(),
    '',
    'Exit status: 0 pass, 1 a decision "no" (invalid manifest, failed gate), 2 usage or environment error.'
  ].join('\n')
}

function optionsText(): string {
  return [
    "Options (the action's inputs):",
    ...INPUTS.filter(i => i.name !== 'command').map(i => optionLine(i.name)),
    ...CLI_OPTIONS
  ].join('\n')
}

/** One command's inputs (COMMAND_INPUTS), the required ones marked, then what every command takes. */
function commandOptionsText(command: Command): string {
  const required = new Set(alwaysRequired(command))
  // Requirements with a choice (one input or another) are said in words.
  const choices = COMMAND_INPUTS[command].requires.filter(r => r.any || r.unless)
  return [
    `Options of ${command} (* required):`,
    ...COMMAND_INPUTS[command].inputs.map(name => optionLine(name, required.has(name))),
    ...choices.map(
      r => `  Also: ${typeof r.message === 'string' ? r.message : r.message(() => '…')}.`
    ),
    '',
    'Options of every command:',
    ...COMMON_INPUTS.map(name => optionLine(name)),
    ...CLI_OPTIONS
  ].join('\n')
}

const CLI_OPTIONS = [
  '  --json               Print one JSON object instead of text.',
  '  --help, -h           Print this help; with a command (or `modelgate help <command>`), its options.'
]

function optionLine(name: InputName, required = false): string {
  const i = INPUTS.find(input => input.name === name)!
  const def = i.default && !i.default.includes('${{') ? ` (default: ${i.default})` : ''
  return `  --${`${name}${required ? ' *' : ''}`.padEnd(18)} ${i.description}${def}`
}
