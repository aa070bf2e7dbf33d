/**
 * The promotion pull request's title and body (SPEC §5 step 5): what moves
 * where, the comparison with the benchmark, the target stage's checklist,
 * the candidate's lineage and a chart of the primary metric's history.
 * Pure: the caller opens or updates the PR with what this returns.
 *
 * Every kind of change gets the same body; what differs per kind (title,
 * heading, move wording, what stands where nothing was compared) comes from
 * the one wording table, changes/wording.ts. The "candidate" is the version
 * the plan is about: promoted, restored, registered or retired.
 *
 * GitHub rejects bodies over 65,536 characters, so the body is kept under
 * `maxBytes` by dropping the least useful parts first, with a note pointing
 * to the job summary; the footer always survives.
 */
import { mermaidLineChart } from './charts/mermaid-xychart.js'
import { metricSeries } from '../report/metric-series.js'
import { plainNumber } from '../policy/format.js'
import { table } from './markdown.js'
import { comparisonMarkdown } from './comparison-table.js'
import type { LoadedModel } from '../registry/registry.js'
import type { StageSpec } from '../registry/types.js'
import type { Ordered } from '../registry/version-order.js'
import { movesFile, type ChangePlan, type RegisterPlan } from '../changes/change-plan.js'
import type { PullRequestContent } from '../changes/pull-request-content.js'
import { humanBytes, wordingOf } from '../changes/wording.js'
import { BODY_MAX_BYTES, largestFitting, leadingLinesWithin, utf8Length } from './byte-limit.js'

export { utf8Length }
export const DEFAULT_MAX_BYTES = BODY_MAX_BYTES
/** Moves shown once the body is too large: the first ones are the promotion and archive. */
export const MOVES_KEPT_WHEN_TRUNCATED = 50

/** The pull request's content and how large its body may be. */
export interface PrBodyInput extends PullRequestContent {
  /** UTF-8 bytes; default 60,000 (under GitHub's 65,536-character limit). */
  maxBytes?: number
}

export function prTitle(plan: ChangePlan): string {
  return wordingOf(plan.kind).title(plan)
}

/** How much of each shrinkable part is shown; each step of `renderPrBody` tightens one. */
interface Budget {
  chart: boolean
  notes: boolean
  moves: number
  /** Comparison rows shown; Infinity for all. */
  comparisonRows: number
  truncated: boolean
}

export function renderPrBody(input: PrBodyInput): string {
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES
  const fits = (b: Budget) => utf8Length(assemble(input, b)) <= maxBytes
  const full: Budget = {
    chart: true,
    notes: true,
    moves: Infinity,
    comparisonRows: Infinity,
    truncated: false
  }
  if (fits(full)) return assemble(input, full)

  // Least important first: the chart, then the notes, then the long tail of moves.
  const steps: Budget[] = [
    { ...full, chart: false, truncated: true },
    { ...full, chart: false, notes: false, truncated: true },
    { ...full, chart: false, notes: false, moves: MOVES_KEPT_WHEN_TRUNCATED, truncated: true }
  ]
  for (const b of steps) if (fits(b)) return assemble(input, b)

  const last = steps[steps.length - 1]
  const rows = input.comparison?.metrics.length ?? 0
  if (input.comparison && rows > 0) {
    // The most comparison rows that fit: the size grows with the row count, so bisect it.
    if (fits({ ...last, comparisonRows: 0 })) {
      const lo = largestFitting(rows - 1, n => fits({ ...last, comparisonRows: n }))
      return assemble(input, { ...last, comparisonRows: lo })
    }
  }
  // Still too large (a huge checklist or gate summary): cut the text itself, keeping the end.
  return hardCut(input, { ...last, comparisonRows: 0 }, maxBytes)
}

function assemble(input: PrBodyInput, b: Budget): string {
  return [...sections(input, b), ...(b.truncated ? [truncationNote()] : []), footer(input)]
    .filter(s => s !== '')
    .join('\n\n')
    .concat('\n')
}

function sections(input: PrBodyInput, b: Budget): string[] {
  return [
    headline(input),
    movesSection(input.plan, b.moves),
    comparisonSection(input, b.comparisonRows),
    checklistSection(input.stage),
    lineageSection(input, b.notes),
    b.chart ? historySection(input) : ''
  ]
}

function headline({ plan, model, stage }: PrBodyInput): string {
  const lines = [
    ...wordingOf(plan.kind).heading(plan, { model, stage }),
    '',
    `<sub>Plan: \`${plan.hash.slice(0, 12)}\`</sub>`
  ]
  if (model.spec.description) lines.push('', `> ${oneLine(model.spec.description)}`)
  if (model.spec.owners?.length) {
    // In code spans: the owners are requested as reviewers already, a mention would ping twice.
    lines.push('', `Owners: ${model.spec.owners.map(o => `\`${o}\``).join(', ')}`)
  }
  return lines.join('\n')
}

/** The new files of a registration: what is uploaded as a blob, what is an LFS pointer. */
function additionsSection(plan: RegisterPlan): string {
  const rows = plan.additions.map(a => [
    `\`${a.path}\``,
    humanBytes(a.size),
    `\`${a.digest.slice(0, 19)}…\``,
    a.lfs ? 'Git LFS pointer (push the object to LFS)' : 'git blob'
  ])
  return ['### What is added', '', table(['file', 'size', 'sha256', 'stored as'], rows)].join('\n')
}

function movesSection(plan: ChangePlan, max: number): string {
  if (plan.kind === 'register') {
    // A first stage that holds one version per model archives its occupant as the new one enters.
    const added = additionsSection(plan)
    return plan.moves.length ? [added, movesTable(plan, max)].join('\n\n') : added
  }
  if (plan.moves.length === 0) {
    const share = plan.kind === 'rollout' ? `: \`traffic: ${plan.traffic.to}\`` : ''
    return `### What moves\n\nNo folder moves: only ${plan.version}'s entry in the manifest changes${share}.`
  }
  return movesTable(plan, max)
}

function movesTable(plan: ChangePlan, max: number): string {
  const shown = plan.moves.slice(0, max)
  const rows = shown.map(m => [
    m.version,
    `\`${m.from}\``,
    m.to === null ? '—' : `\`${m.to}\``,
    wordingOf(plan.kind).move(m, plan) + (movesFile(m) ? ` ${FILE_MARK}` : '')
  ])
  const lines = ['### What moves', '', table(['version', 'from', 'to', 'what happens'], rows)]
  const rest = plan.moves.length - shown.length
  if (rest > 0) lines.push('', `… and ${rest} more moves`)
  if (plan.moves.some(movesFile)) lines.push('', FILE_MOVES_NOTE)
  return lines.join('\n')
}

/** Marks a row that moves one file rather than a version's folder (issue #12). */
const FILE_MARK = '(one file)'

/** Under the table when files move one by one, so a reader knows why. */
const FILE_MOVES_NOTE = `_${FILE_MARK}: a layout puts the stage or the version in the file's name or path, so the version's files move one by one; other rows move a version's whole folder. Either way the same blobs land at the new paths, and no model byte is uploaded._`

function comparisonSection(input: PrBodyInput, maxRows: number): string {
  const lines = ['### Comparison with the benchmark', '']
  const c = input.comparison
  if (c) {
    const shown = c.metrics.slice(0, maxRows)
    lines.push(comparisonMarkdown({ ...c, metrics: shown }))
    const rest = c.metrics.length - shown.length
    if (rest > 0) lines.push('', `… and ${rest} more metrics in the job summary`)
  } else if (input.plan.kind === 'register') {
    lines.push(registeredMetrics(input))
  } else {
    lines.push(
      wordingOf(input.plan.kind).notCompared(input.plan, input.stage, input.laterComparison)
    )
  }
  if (input.gateSummary.length) {
    lines.push('', '**Gates**', '', ...input.gateSummary.map(gateLine))
  }
  return lines.join('\n')
}

/** A registration is not compared yet: its metrics against the policy's thresholds. */
function registeredMetrics(input: PrBodyInput): string {
  const { plan, model, candidate } = input
  const metrics = Object.entries(candidate.metrics ?? {})
  const note = wordingOf(plan.kind).notCompared(plan, input.stage, input.laterComparison)
  if (!metrics.length) return `${note} No metrics were recorded (candidate-results).`
  const policy = model.spec.metrics ?? {}
  const rows = metrics.map(([name, value]) => {
    const p = policy[name]
    const bounds = [
      p?.min !== undefined ? `≥ ${p.min}` : '',
      p?.max !== undefined ? `≤ ${p.max}` : ''
    ].filter(Boolean)
    const ok = (p?.min === undefined || value >= p.min) && (p?.max === undefined || value <= p.max)
    return [
      name,
      plainNumber(value),
      bounds.join(', ') || '—',
      bounds.length ? (ok ? '✅' : '❌') : ''
    ]
  })
  return [note, '', table(['metric', 'value', 'threshold', ''], rows)].join('\n')
}

/**
 * A gate line as a result: ✅ unless its wording says it failed. Lines the
 * caller already marked are kept as they are.
 */
function gateLine(line: string): string {
  const text = oneLine(line)
  if (/^[✅❌]/u.test(text)) return `- ${text}`
  return `- ${/\bfail(s|ed|ure)?\b/i.test(text) ? '❌' : '✅'} ${text}`
}

function checklistSection(stage: StageSpec): string {
  const items = (stage.checklist ?? []).map(item => `- [ ] ${oneLine(item)}`)
  const approvals = stage.gates?.approvals
  if (approvals) {
    items.push(`- Requires ${approvals} approving review${approvals === 1 ? '' : 's'}`)
  }
  if (items.length === 0) return ''
  return ['### Checklist', '', ...items].join('\n')
}

function lineageSection({ candidate, model }: PrBodyInput, withNotes: boolean): string {
  // The caller's candidate wins; the manifest entry fills what it leaves out.
  const entry = model.spec.versions.find(v => v.version === candidate.version)
  const source = { ...entry?.source, ...candidate.source }
  const createdAt = candidate.createdAt ?? entry?.createdAt
  const notes = candidate.notes ?? entry?.notes
  const lines: string[] = []
  // Not in a code span: GitHub links a bare SHA to its commit.
  if (source.commit) lines.push(`- Source commit: ${source.commit.slice(0, 7)}`)
  if (source.run) lines.push(`- Training run: [${oneLine(source.run)}](${source.run})`)
  if (createdAt) lines.push(`- Created: ${createdAt}`)
  if (withNotes && notes) {
    lines.push(
      '- Notes:',
      '',
      ...notes
        .trim()
        .split('\n')
        .map(l => `  > ${l}`)
    )
  }
  if (lines.length === 0) return ''
  return ['### Lineage', '', ...lines].join('\n')
}

/** The primary metric: `compare.primary[0]`, else the first metric of the policy. */
export function primaryMetric(model: LoadedModel): string | undefined {
  return model.spec.compare?.primary?.[0] ?? Object.keys(model.spec.metrics ?? {})[0]
}

function historySection(input: PrBodyInput): string {
  const chart = metricChart(input)
  return chart ? ['### Metric history', '', chart].join('\n') : ''
}

/**
 * A mermaid `xychart-beta` line of the primary metric over the versions
 * that record it, in SemVer order; undefined under two points, where a
 * chart says nothing.
 */
export function metricChart(input: PrBodyInput): string | undefined {
  const metric = primaryMetric(input.model)
  if (!metric) return undefined
  const { candidate } = input
  const fresh =
    candidate.metrics?.[metric] ?? input.comparison?.metrics.find(m => m.name === metric)?.candidate
  // A registration's version is not in the manifest yet: it joins the chart as a new point.
  const known = input.model.spec.versions.some(v => v.version === candidate.version)
  const versions: Array<Ordered & { metrics?: Record<string, number> }> = known
    ? input.model.spec.versions
    : [
        ...input.model.spec.versions,
        { version: candidate.version, createdAt: input.plan.history.at }
      ]
  const points = metricSeries(
    versions.map(v =>
      v.version === candidate.version && fresh !== undefined
        ? // createdAt kept: under versioning: ordered it places the point
          { version: v.version, createdAt: v.createdAt, metrics: { [metric]: fresh } }
        : v
    ),
    metric,
    input.versionOrder
  )
  if (points.length < 2) return undefined
  const mine = points.find(p => p.version === candidate.version)
  const role = wordingOf(input.plan.kind).role
  const title = mine
    ? `${metric} by version (${role} ${candidate.version}: ${plainNumber(mine.value)})`
    : `${metric} by version`
  return mermaidLineChart({ title, yLabel: metric, points })
}

function truncationNote(): string {
  return "> ✂ Truncated to fit GitHub's limit; the full report is in the job summary."
}

function footer({ runUrl }: PrBodyInput): string {
  const by = runUrl ? `Opened by modelgate in [this run](${runUrl}).` : 'Opened by modelgate.'
  return ['---', '', `<sub>${by}</sub>`].join('\n')
}

/** Last resort: the sections cut at a line boundary so the note and the footer fit. */
function hardCut(input: PrBodyInput, b: Budget, maxBytes: number): string {
  const tail = `\n\n${truncationNote()}\n\n${footer(input)}\n`
  const room = maxBytes - utf8Length(tail)
  const head = sections(input, b)
    .filter(s => s !== '')
    .join('\n\n')
  const text = leadingLinesWithin(head, room)
  // With no room at all the note and the footer still go out: they matter more than the limit.
  return text ? text + tail : tail.replace(/^\n+/, '')
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}
