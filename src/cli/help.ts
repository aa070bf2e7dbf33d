import { COMMANDS, INPUTS } from '../settings/inputs.js'

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
  if (command && USAGE[command]) {
    return `Usage: modelgate ${USAGE[command]}\n\n${optionsText()}`
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
  const lines = INPUTS.filter(i => i.name !== 'command').map(i => {
    const def = i.default && !i.default.includes('${{') ? ` (default: ${i.default})` : ''
    return `  --${i.name.padEnd(18)} ${i.description}${def}`
  })
  return [
    "Options (the action's inputs):",
    ...lines,
    '  --json               Print one JSON object instead of text.',
    '  --help               Print this help.'
  ].join('\n')
}
