/**
 * The report as Markdown for the job summary: the stage table, the pull
 * requests waiting for review, a mermaid chart of each model's primary
 * metric and the recent history events. Long lists are capped with a note;
 * the action cuts the whole at GitHub's 1 MiB summary limit.
 */
import { mermaidLineChart } from '../charts/mermaid-xychart.js'
import { plainNumber } from '../../policy/format.js'
import { capped, escapeCell, rawTable } from '../markdown.js'
import type { ModelStatus, RegistryStatus, StageEntry } from '../../report/status.js'
import { age } from './age.js'

/** Rows of the stage table; more go to the HTML report. */
const MARKDOWN_MODELS = 500
/** Charts in the summary: each is a mermaid block GitHub renders client-side. */
const MARKDOWN_CHARTS = 50

export function reportMarkdown(status: RegistryStatus, htmlName?: string): string {
  return [
    '## modelgate report',
    '',
    `\`${status.manifest}\` · ${countOf(status.models.length, 'model')} · ${status.generatedAt}` +
      (htmlName ? ` · the full page is \`${htmlName}\`` : ''),
    '',
    stagesSection(status),
    pullsSection(status),
    chartsSection(status),
    eventsSection(status)
  ].join('\n')
}

function stagesSection(status: RegistryStatus): string {
  const lines = ['### Stages', '']
  if (!status.models.length) return [...lines, 'The registry has no models yet.', ''].join('\n')
  const { shown, note } = capped(status.models, MARKDOWN_MODELS)
  const header = ['model', ...status.stages, status.archive]
  const rows = shown.map(m => [
    `**${text(m.name)}**`,
    ...status.stages.map(s =>
      (m.stages[s] ?? []).map(e => cell(e, status.generatedAt)).join('<br>')
    ),
    m.archived ? String(m.archived) : ''
  ])
  // The cells carry their own escaping (`<br>` between versions must survive): no second pass.
  lines.push(rawTable(header.map(text), rows))
  if (note) lines.push('', note)
  return [...lines, ''].join('\n')
}

function cell(e: StageEntry, now: string): string {
  const parts = [`\`${e.version}\`${e.traffic !== undefined ? ` (${e.traffic}%)` : ''}`]
  const since = age(e.since, now)
  if (since) parts.push(since)
  parts.push(...e.metrics.map(m => `${text(m.name)} ${plainNumber(m.value)}`))
  return parts.join(' · ')
}

function pullsSection(status: RegistryStatus): string {
  const lines = ['### Waiting for review', '']
  const p = status.pulls
  if (p.state === 'unavailable') {
    lines.push(`> ⚠️ Open promotion pull requests are not listed: ${text(p.reason)}`)
  } else if (!p.pulls.length) {
    lines.push('No open promotion pull requests.')
  } else {
    const { shown, note } = capped(p.pulls, MARKDOWN_MODELS)
    for (const pr of shown) {
      const title = text(pr.title).replace(/[[\]]/g, '\\$&')
      const when = age(pr.createdAt, status.generatedAt)
      lines.push(
        `- [#${pr.number} ${title}](${pr.url})${pr.draft ? ' (draft)' : ''}${when ? ` · opened ${when === 'just now' ? when : `${when} ago`}` : ''}`
      )
    }
    if (note) lines.push('', note)
  }
  return [...lines, ''].join('\n')
}

function chartsSection(status: RegistryStatus): string {
  const charted = status.models.filter(m => m.chart)
  const lines = ['### Metric history', '']
  const { shown, note } = capped(charted, MARKDOWN_CHARTS)
  for (const m of shown) lines.push(`#### ${text(m.name)}`, '', chart(m), '')
  if (note) lines.push(note, '')
  const flat = status.models.filter(m => !m.chart)
  if (flat.length) {
    const names = capped(flat, 50)
    lines.push(
      `Not charted (fewer than two versions record their primary metric): ${names.shown
        .map(m => text(m.name))
        .join(', ')}${names.note ? ` ${names.note}` : ''}`,
      ''
    )
  }
  return lines.join('\n')
}

function chart(m: ModelStatus): string {
  const { metric, points } = m.chart!
  return mermaidLineChart({ title: `${m.name}: ${metric} by version`, yLabel: metric, points })
}

function eventsSection(status: RegistryStatus): string {
  const lines = ['### Recent events', '']
  if (!status.events.length) return [...lines, 'No history yet.', ''].join('\n')
  const rows = status.events.map(h => [
    h.at,
    text(h.model),
    `\`${h.version}\``,
    `${h.from ? text(h.from) : '—'} → ${text(h.to)}`,
    h.actor ? text(h.actor) : '',
    h.reason ? text(h.reason) : ''
  ])
  lines.push(rawTable(['when', 'model', 'version', 'move', 'actor', 'reason'].map(text), rows))
  const rest = status.eventCount - status.events.length
  if (rest > 0) lines.push('', `… and ${rest} earlier events in the manifest's history`)
  return [...lines, ''].join('\n')
}

/** Manifest text in Markdown: no HTML (a description may hold `<script>`), one line, no `|`. */
function text(s: string): string {
  return escapeCell(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim()
}

function countOf(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
