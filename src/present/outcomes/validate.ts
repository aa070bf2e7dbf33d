/** `validate` as people read it: one line, then the stage table and the problems; a gate (`jobs`, `commit-status`) first. */
import type { GateReport } from '../../commands/gate-status.js'
import type { ValidateOutcome } from '../../commands/validate.js'
import { formatDiagnostic } from '../../errors.js'
import { capped, table } from '../markdown.js'
import { plural } from '../plural.js'
import type { View } from './view.js'

/** Models in the summary's stage table; --json holds every one. */
const SUMMARY_ROWS = 500

export function validateView({ result, diagnostics }: ValidateOutcome): View {
  const errors = diagnostics.filter(d => d.severity === 'error')
  const { files } = result
  const valid = errors.length === 0
  const validated = valid
    ? `✔ ${result.manifest} is valid: ${plural(result.models, 'model')}, ${plural(result.versions, 'version')}, ${plural(files?.files ?? 0, 'file')} verified${files?.lfsPointers ? ` (${files.lfsPointers} by Git LFS pointer)` : ''}`
    : `✖ ${result.manifest}: ${plural(errors.length, 'error')}`
  const text = result.gate ? [validated, ...gateLines(result.gate)].join('\n') : validated
  const parts = [
    ...(result.gate ? gateSummary(result.gate) : []),
    `## modelgate validate`,
    '',
    validated,
    ''
  ]
  if (result.stageNames) {
    const columns = result.stageNames
    const names = Object.keys(result.stages)
    const { shown, note } = capped(names, SUMMARY_ROWS)
    parts.push(
      table(
        ['model', ...columns],
        shown.map(name => [name, ...columns.map(c => (result.stages[name][c] ?? []).join(', '))])
      ),
      ''
    )
    if (note) parts.push(note, '')
  }
  if (diagnostics.length) {
    const { shown, note } = capped(diagnostics, 200)
    parts.push('### Problems', '', ...shown.map(d => `- \`${formatDiagnostic(d)}\``))
    if (note) parts.push('', note)
  }
  return { text, summary: parts.join('\n') }
}

/** The gate's decision, then where its status went. */
function gateLines(gate: GateReport): string[] {
  const lines = [
    `${gate.state === 'success' ? '✔' : '✖'} modelgate/gates: ${gate.state}: ${gate.description}`
  ]
  if (gate.status?.posted) lines.push(`  posted on ${gate.status.sha}`)
  else if (gate.status) lines.push(`  ${gate.status.reason}`)
  return lines
}

/** The summary's head: the decision and the job that each result came from. */
function gateSummary(gate: GateReport): string[] {
  const count = (name: string): string =>
    name === 'plan' && gate.evaluations !== undefined
      ? ` (${plural(gate.evaluations, 'entry', 'entries')} planned)`
      : name === 'compare' && gate.comparisons !== undefined
        ? ` (${plural(gate.comparisons, 'candidate')})`
        : ''
  const parts = [`## modelgate/gates: ${gate.state}`, '', gate.description, '']
  if (gate.jobs.length) {
    parts.push(
      table(
        ['job', 'result'],
        gate.jobs.map(j => [j.name, `${j.result}${count(j.name)}`])
      ),
      ''
    )
  }
  if (gate.status && !gate.status.posted) parts.push(`> ${gate.status.reason}`, '')
  return parts
}
