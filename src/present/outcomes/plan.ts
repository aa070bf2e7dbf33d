/** `plan` as people read it: what is evaluated and why, and how the matrix is grouped. */
import type { PlanOutcome, PlanResult } from '../../commands/plan.js'
import { formatEntry, MAX_JOBS } from '../../evaluation/plan-matrix.js'
import type { SelectedEntry } from '../../registry/changed-versions.js'
import { capped, table } from '../markdown.js'
import { plural } from '../plural.js'
import { textTable } from '../text-table.js'
import type { View } from './view.js'

const TEXT_ROWS = 50
const SUMMARY_ROWS = 500

const WHY: Record<SelectedEntry['reason'], string> = {
  all: 'not archived',
  new: 'new version',
  files: 'files changed',
  policy: 'model policy changed',
  inputs: 'evaluation code or data changed',
  benchmark: 'benchmark copy (for the comparison)'
}

const COLUMNS = ['model', 'version', 'stage', 'why']

export function planView({ result }: PlanOutcome): View {
  const { entries, matrix } = result
  const head = headline(result)
  const parts = ['## modelgate plan', '', head, '']
  if (entries.length) {
    const { shown, note } = capped(entries, SUMMARY_ROWS)
    parts.push(table(COLUMNS, shown.map(row)), '')
    if (note) parts.push(note, '')
  }
  if (matrix.include.some(job => 'entries' in job)) {
    parts.push(
      `More than ${MAX_JOBS} entries: grouped into ${matrix.include.length} jobs, each evaluating a list such as \`${formatEntry(entries[0])},…\` with \`evaluate --entries\`.`
    )
  }
  return { text: [head, ...textLines(entries)].join('\n'), summary: parts.join('\n') }
}

function headline({ base, baseRef, head, entries, matrix, cached }: PlanResult): string {
  const scope = base
    ? `changed between ${baseRef} (${base.slice(0, 12)}) and ${head ?? 'the checkout'}`
    : 'every version not archived (no base)'
  return entries.length === 0
    ? `plan: nothing to evaluate (${scope})`
    : `plan: ${plural(entries.length, 'entry', 'entries')} in ${plural(matrix.include.length, 'job')}${cached ? `, ${cached} cached` : ''} (${scope})`
}

function textLines(entries: SelectedEntry[]): string[] {
  if (!entries.length) return []
  const { shown, note } = capped(entries, TEXT_ROWS)
  const lines = textTable([COLUMNS, ...shown.map(row)])
  return note ? [...lines, note] : lines
}

function row(e: SelectedEntry & { cached?: boolean }): string[] {
  return [e.model, e.version, e.stage, `${WHY[e.reason]}${e.cached ? '; cached' : ''}`]
}
