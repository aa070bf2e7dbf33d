/**
 * The issue `monitor` keeps per production model (SPEC §3): opened when a
 * check fails, its body replaced on each failing run, closed by the first
 * healthy one. A marker in the body, not the title, finds it again, so
 * people may retitle the issue. Pure: the command does the API calls.
 *
 * GitHub refuses an issue body over 65,536 characters, and a data set with
 * thousands of columns makes a drift table that long: the body is kept under
 * `maxBytes` (60,000 UTF-8 bytes) by showing the first drift rows (the
 * drifted ones come first) with a pointer to the job summary, which holds
 * the whole table. The closing line and the marker always survive.
 */
import { BODY_MAX_BYTES, largestFitting, leadingLinesWithin, utf8Length } from './byte-limit.js'
import { table } from './markdown.js'
import { monitorMarker, type ModelHealth } from '../monitoring/health.js'

export function issueTitle(h: ModelHealth): string {
  return `modelgate monitor: ${h.model} ${h.version} in ${h.stage} needs attention`
}

/**
 * The issue's body; `maxBytes` (default 60,000) bounds its UTF-8 size, `Infinity` renders it
 * whole (the job summary).
 */
export function issueBody(
  h: ModelHealth,
  at: string,
  runUrl?: string,
  maxBytes: number = BODY_MAX_BYTES
): string {
  const rows = h.drift?.rows.length ?? 0
  const whole = assemble(h, at, runUrl, rows)
  if (utf8Length(whole) <= maxBytes) return whole
  const fits = (n: number) => utf8Length(assemble(h, at, runUrl, n)) <= maxBytes
  if (fits(0)) return assemble(h, at, runUrl, largestFitting(rows, fits))
  // Still too large (a very long problem list or evaluation error): cut the text at a line,
  // keeping the note, the closing line and the marker.
  const tail = closing(h, true)
  const head = leadingLinesWithin(
    opening(h, at, runUrl, 0).join('\n'),
    maxBytes - utf8Length(tail) - 1
  )
  return `${head}\n${tail}`
}

/** The body with the first `driftRows` rows of the drift table. */
function assemble(h: ModelHealth, at: string, runUrl: string | undefined, driftRows: number) {
  const cut = driftRows < (h.drift?.rows.length ?? 0)
  return [...opening(h, at, runUrl, driftRows), closing(h, cut)].join('\n')
}

function opening(
  h: ModelHealth,
  at: string,
  runUrl: string | undefined,
  driftRows: number
): string[] {
  const lines = [
    `## ${h.model} ${h.version} in ${h.stage}: ${h.healthy ? 'healthy again' : 'needs attention'}`,
    '',
    `Checked ${at}${runUrl ? ` in [this run](${runUrl})` : ''}.`,
    ''
  ]
  if (h.problems.length) lines.push(...h.problems.map(p => `- ❌ ${p}`), '')
  lines.push(...metricsSection(h), ...driftSection(h, driftRows))
  return lines
}

/** The closing line and the marker, after the truncation note when the body was cut. */
function closing(h: ModelHealth, truncated: boolean): string {
  const lines = truncated
    ? ["> ✂ Truncated to fit GitHub's limit; the full report is in the job summary.", '']
    : []
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
    `${!m.healthy ? '❌' : m.judged ? '✅' : 'ℹ️'} ${m.reason}`
  ])
  return [...out, table(['metric', 'recorded', 'now', 'Δ', 'verdict'], rows), '']
}

function driftSection(h: ModelHealth, shown: number): string[] {
  if (!h.drift) return []
  const d = h.drift
  const rows = [...d.rows]
    .sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.psi - a.psi)
    .slice(0, shown)
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
    ...(d.rows.length > shown
      ? ['', `… and ${d.rows.length - shown} more columns in the job summary`]
      : []),
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
