/**
 * The comparison as people read it: one row per metric with the benchmark,
 * the candidate, the change in the metric's units and in percent, the
 * significance evidence and the verdict (SPEC §4). Markdown for job
 * summaries and pull requests; aligned text for the terminal.
 */
import type { Comparison, MetricComparison } from '../policy/compare.js'
import { formatNumber, formatPValue, formatSigned, formatSignedPercent } from '../policy/format.js'
import { table } from './markdown.js'
import { textTable } from './text-table.js'

const COMPARISON_HEADER = [
  'metric',
  'goal',
  'benchmark',
  'candidate',
  'Δ',
  'Δ%',
  'CI / p-value',
  'verdict'
]
/** benchmark, candidate, Δ and Δ%: aligned right. */
const NUMBER_COLUMNS = [2, 3, 4, 5]

export function comparisonRows(c: Comparison): string[][] {
  return c.metrics.map(row)
}

function row(m: MetricComparison): string[] {
  const role = m.role === 'primary' ? ' (primary)' : m.role === 'guardrail' ? ' (guardrail)' : ''
  return [
    `${m.name}${role}`,
    m.goal ?? '—',
    m.benchmark === undefined ? '—' : formatNumber(m.benchmark),
    m.candidate === undefined ? '—' : formatNumber(m.candidate),
    m.delta === undefined ? '—' : formatSigned(m.delta),
    m.deltaPct === undefined ? '—' : formatSignedPercent(m.deltaPct),
    evidence(m),
    VERDICT_CELL[m.verdict]
  ]
}

/** `info`: a metric no rule judges (a goal alone) is shown, never passed. */
const VERDICT_CELL: Record<MetricComparison['verdict'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  info: 'ℹ️ info'
}

function evidence(m: MetricComparison): string {
  const parts: string[] = []
  if (m.ci) parts.push(`[${formatSigned(m.ci[0])}, ${formatSigned(m.ci[1])}]`)
  if (m.pValue !== undefined) parts.push(formatPValue(m.pValue))
  return parts.join(' ') || '—'
}

export function comparisonMarkdown(c: Comparison): string {
  const reasons = c.metrics.filter(m => m.verdict === 'fail').map(m => `- ❌ ${m.reason}`)
  return [
    table(COMPARISON_HEADER, comparisonRows(c), NUMBER_COLUMNS),
    '',
    ...(reasons.length ? reasons : c.reasons.map(r => `- ${r}`))
  ].join('\n')
}

export function comparisonText(c: Comparison): string {
  const rows = [
    COMPARISON_HEADER,
    ...comparisonRows(c).map(r => [...r.slice(0, 7), r[7].replace(/^(✅|❌|ℹ️) /u, '')])
  ]
  return textTable(rows, NUMBER_COLUMNS).join('\n')
}
