/**
 * The issue `monitor` keeps per production model (SPEC §3): opened when a
 * check fails, its body replaced on each failing run, closed by the first
 * healthy one. A marker in the body, not the title, finds it again, so
 * people may retitle the issue. Pure: the command does the API calls.
 */
import { table } from './markdown.js'
import { monitorMarker, type ModelHealth } from '../monitoring/health.js'

export function issueTitle(h: ModelHealth): string {
  return `modelgate monitor: ${h.model} ${h.version} in ${h.stage} needs attention`
}

export function issueBody(h: ModelHealth, at: string, runUrl?: string): string {
  const lines = [
    `## ${h.model} ${h.version} in ${h.stage}: ${h.healthy ? 'healthy again' : 'needs attention'}`,
    '',
    `Checked ${at}${runUrl ? ` in [this run](${runUrl})` : ''}.`,
    ''
  ]
  if (h.problems.length) lines.push(...h.problems.map(p => `- ❌ ${p}`), '')
  lines.push(...metricsSection(h), ...driftSection(h))
  lines.push(
    h.healthy
      ? 'Closed by modelgate: every check passes again.'
      : 'modelgate updates this issue on every failing run and closes it on the first healthy one.',
    '',
    monitorMarker(h.model)
  )
  return lines.join('\n') + '\n'
}

function metricsSection(h: ModelHealth): string[] {
  if (!h.evaluation) return []
  const out = ['### Metrics on fresh data', '']
  if (h.evaluation.error) return [...out, `The evaluation failed: ${h.evaluation.error}`, '']
  const rows = h.evaluation.metrics.map(m => [
    m.metric,
    m.recorded === undefined ? '—' : num(m.recorded),
    num(m.fresh),
    m.delta === undefined ? '—' : signed(m.delta),
    `${m.healthy ? '✅' : '❌'} ${m.reason}`
  ])
  return [...out, table(['metric', 'recorded', 'now', 'Δ', 'verdict'], rows), '']
}

function driftSection(h: ModelHealth): string[] {
  if (!h.drift) return []
  const d = h.drift
  const rows = [...d.rows]
    .sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.psi - a.psi)
    .map(r => [
      r.column,
      r.kind,
      num(r.psi),
      r.ks ? num(r.ks.d) : '—',
      r.ks ? `${pValue(r.ks.p)} / ${pValue(r.ks.pAdjusted)}` : '—',
      r.drifted ? `❌ ${r.why}` : '✅'
    ])
  return [
    '### Feature drift',
    '',
    `\`${d.reference}\` (reference) vs ${d.current.map(c => `\`${c}\``).join(', ')} (current); a column drifts when PSI > ${d.psi} or its Holm-adjusted KS p-value < ${d.ksAlpha}.`,
    '',
    table(['column', 'type', 'PSI', 'KS D', 'p / Holm p', 'drifted'], rows),
    ''
  ]
}

function num(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(4)
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${num(x)}`
}

function pValue(p: number): string {
  return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2)
}
