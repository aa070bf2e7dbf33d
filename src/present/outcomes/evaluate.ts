/**
 * `evaluate` as people read it: one line per evaluation, a metric table each
 * in the summary. A failed command's output was streamed live just before,
 * so the line names the failure without repeating it; the summary, which
 * has no live output, keeps it.
 */
import type { EvaluateOutcome } from '../../commands/evaluate.js'
import { withoutOutputTail } from '../../evaluation/result-file.js'
import { formatNumber } from '../../policy/format.js'
import { table } from '../markdown.js'
import type { View } from './view.js'

export function evaluateView({ result }: EvaluateOutcome): View {
  const { results, artifacts } = result
  const text = results
    .map(
      r =>
        `${r.status === 'ok' ? '✔' : '✖'} ${r.model} ${r.target === 'benchmark' ? `benchmark (${r.version})` : r.version}${r.cache?.hit ? ' (cached)' : ''}: ${r.status === 'ok' ? metricsLine(r.metrics!) : withoutOutputTail(r.error ?? '')}`
    )
    .join('\n')
  const parts = ['## modelgate evaluate', '']
  for (const r of results) {
    const what = r.target === 'benchmark' ? `benchmark copy of ${r.version}` : r.version
    const cached = r.cache?.hit ? ' (cached)' : ''
    parts.push(`### ${r.model} ${what}: ${r.status === 'ok' ? '✔ ok' : '✖ error'}${cached}`, '')
    if (r.status !== 'ok') {
      parts.push('```', r.error ?? '', '```', '')
      continue
    }
    parts.push(
      table(
        ['metric', 'value', 'source'],
        Object.entries(r.metrics!).map(([k, v]) => [
          k,
          formatNumber(v),
          r.reportedMetrics && k in r.reportedMetrics ? 'reported' : 'computed'
        ])
      ),
      ''
    )
  }
  if (artifacts.length) parts.push(`Artifacts: ${artifacts.map(a => `\`${a.name}\``).join(', ')}`)
  return { text, summary: parts.join('\n') }
}

function metricsLine(metrics: Record<string, number>): string {
  return Object.entries(metrics)
    .map(([k, v]) => `${k}=${formatNumber(v)}`)
    .join(' ')
}
