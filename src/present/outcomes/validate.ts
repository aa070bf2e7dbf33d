/** `validate` as people read it: one line, then the stage table and the problems. */
import type { ValidateOutcome } from '../../commands/validate.js'
import { formatDiagnostic } from '../../errors.js'
import { capped, table } from '../markdown.js'
import { plural } from '../plural.js'
import type { View } from './view.js'

/** Models in the summary's stage table; --json holds every one. */
const SUMMARY_ROWS = 500

export function validateView({ ok, result, diagnostics }: ValidateOutcome): View {
  const errors = diagnostics.filter(d => d.severity === 'error')
  const { files } = result
  const text = ok
    ? `✔ ${result.manifest} is valid: ${plural(result.models, 'model')}, ${plural(result.versions, 'version')}, ${plural(files?.files ?? 0, 'file')} verified${files?.lfsPointers ? ` (${files.lfsPointers} by Git LFS pointer)` : ''}`
    : `✖ ${result.manifest}: ${plural(errors.length, 'error')}`
  const parts = [`## modelgate validate`, '', text, '']
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
