/** `monitor` as people read it: one line per model, and each failing model's issue text. */
import type { IssueOutcome, MonitorOutcome, MonitorResult } from '../../commands/monitor.js'
import type { ModelHealth } from '../../monitoring/health.js'
import { table } from '../markdown.js'
import { issueBody } from '../monitor-issue.js'
import type { View } from './view.js'

export function monitorView({ result }: MonitorOutcome): View {
  return { text: monitorText(result.models, result.issues), summary: monitorSummary(result) }
}

function monitorText(healths: ModelHealth[], issues: IssueOutcome[]): string {
  if (!healths.length) return '✔ no production model declares `monitor`: nothing to check'
  return healths
    .map(h => {
      const issue = issues.find(i => i.model === h.model && i.action !== 'none')
      const head = `${h.healthy ? '✔' : '✖'} ${h.model} ${h.version} (${h.stage}): ${h.healthy ? 'healthy' : 'needs attention'}`
      return [
        head,
        ...h.problems.map(p => `  ✖ ${p}`),
        ...(issue
          ? [
              `  issue #${issue.number} ${issue.action}${issue.dispatched ? `; dispatched ${issue.dispatched}` : ''}`
            ]
          : [])
      ].join('\n')
    })
    .join('\n')
}

function monitorSummary({ models: healths, issues, checkedAt: at, run }: MonitorResult): string {
  if (!healths.length) return '## modelgate monitor\n\nNo production model declares `monitor`.'
  const rows = healths.map(h => {
    const issue = issues.find(i => i.model === h.model && i.number)
    return [
      `${h.model} ${h.version}`,
      h.healthy ? '✅ healthy' : `❌ ${h.problems.join('; ')}`,
      issue ? `[#${issue.number}](${issue.url}) ${issue.action}` : '—'
    ]
  })
  // The whole body: the issue points here when its own copy had to be cut.
  const details = healths.filter(h => !h.healthy).map(h => issueBody(h, at, run, Infinity))
  return [
    '## modelgate monitor',
    '',
    table(['model', 'status', 'issue'], rows),
    '',
    ...details
  ].join('\n')
}
