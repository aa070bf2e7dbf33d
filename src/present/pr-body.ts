/**
 * The promotion pull request's title and body (SPEC §5 step 5): what moves
 * where, the comparison with the benchmark, the target stage's checklist,
 * the candidate's lineage and a chart of the primary metric's history.
 * Pure: the caller opens or updates the PR with what this returns.
 *
 * A rollback plan (kind `rollback`) gets the same body with its own title,
 * headline and move wording; its "candidate" is the version it restores.
 * A retirement (kind `retire`) gets its own title and headline with the
 * reason as a quote; its "candidate" is the version it withdraws.
 * A step of a gradual rollout (`plan.traffic`) gets a "Roll out" title and
 * headline with the traffic before and after; a rollback that stops a
 * rollout says which version leaves and that the incumbent keeps all traffic.
 *
 * GitHub rejects bodies over 65,536 characters, so the body is kept under
 * `maxBytes` by dropping the least useful parts first, with a note pointing
 * to the job summary; the footer marker always survives because a later run
 * finds its own PR by it.
 */
import { mermaidLineChart } from './charts/mermaid-xychart.js'
import { metricSeries } from './charts/metric-series.js'
import { plainNumber } from './charts/numbers.js'
import { table } from './markdown.js'
import type { Comparison } from '../policy/compare.js'
import { comparisonMarkdown } from './comparison-table.js'
import type { LoadedModel } from '../registry/registry.js'
import type { StageSpec, VersionEntry } from '../registry/types.js'
import { percent, type Move, type PromotionPlan } from '../changes/promotion-plan.js'

export const DEFAULT_MAX_BYTES = 60_000
/** Moves shown once the body is too large: the first ones are the promotion and archive. */
export const MOVES_KEPT_WHEN_TRUNCATED = 50

export interface PrBodyCandidate {
  version: string
  source?: { commit?: string; run?: string }
  createdAt?: string
  notes?: string
  /** Fresh metrics of the candidate; the chart prefers them to the manifest's (older) values. */
  metrics?: Record<string, number>
}

/** The PR's candidate as its manifest entry describes it; `metrics` overrides the recorded ones. */
export function candidateFromEntry(
  entry: VersionEntry,
  metrics: Record<string, number> | undefined = entry.metrics
): PrBodyCandidate {
  return {
    version: entry.version,
    source: entry.source,
    createdAt: entry.createdAt,
    notes: entry.notes,
    metrics
  }
}

export interface PrBodyInput {
  plan: PromotionPlan
  /** The model as loaded: description, owners, and its versions' metrics for the chart. */
  model: LoadedModel
  /** The target stage: its checklist and required approvals. */
  stage: StageSpec
  /** Undefined when the target stage has no compare gate. */
  comparison?: Comparison
  /** One line per gate checked, e.g. "thresholds: pass". */
  gateSummary: string[]
  candidate: PrBodyCandidate
  runUrl?: string
  summaryUrl?: string
  /** UTF-8 bytes; default 60,000 (under GitHub's 65,536-character limit). */
  maxBytes?: number
}

export function prTitle(plan: PromotionPlan): string {
  if (plan.traffic) {
    const { from, to } = plan.traffic
    if (plan.kind === 'rollback') {
      return `Roll back the rollout of ${plan.model} ${leaving(plan)} (${percent(from!)}): all traffic to ${plan.version}`
    }
    const before = from === undefined ? plan.from : percent(from)
    return `Roll out ${plan.model} ${plan.version} in ${plan.to}: ${before} → ${percent(to)}`
  }
  if (plan.kind === 'rollback') {
    return `Roll back ${plan.model} to ${plan.version}: ${leaving(plan)} → ${plan.from}`
  }
  if (plan.kind === 'retire') {
    return `Retire ${plan.model} ${plan.version}: ${plan.from} → ${plan.to}`
  }
  if (plan.kind === 'register') return `Register ${plan.model} ${plan.version} in ${plan.to}`
  return `Promote ${plan.model} ${plan.version}: ${plan.from} → ${plan.to}`
}

/** The production version a rollback sends to the archive. */
function leaving(plan: PromotionPlan): string {
  return plan.rolledBackFrom ?? plan.moves.find(m => m.reason === 'archive')?.version ?? '?'
}

/** The marker a later run looks for to recognise the PR it opened for a plan. */
export function planMarker(hash: string): string {
  return `<!-- modelgate:promotion plan=${hash} -->`
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
    let lo = 0
    let hi = rows - 1
    if (fits({ ...last, comparisonRows: 0 })) {
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2)
        if (fits({ ...last, comparisonRows: mid })) lo = mid
        else hi = mid - 1
      }
      return assemble(input, { ...last, comparisonRows: lo })
    }
  }
  // Still too large (a huge checklist or gate summary): cut the text itself, keeping the end.
  return hardCut(input, { ...last, comparisonRows: 0 }, maxBytes)
}

function assemble(input: PrBodyInput, b: Budget): string {
  return [...sections(input, b), ...(b.truncated ? [truncationNote(input)] : []), footer(input)]
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
    ...(plan.traffic
      ? rolloutHeadline(plan, model, stage)
      : plan.kind === 'rollback'
        ? [
            `## ⏪ Rollback of ${plan.model} in ${plan.to}`,
            '',
            `**${plan.version}** returns from ${plan.from} to ${plan.to}; ` +
              `**${leaving(plan)}** goes to ${plan.from} (rolled back).`
          ]
        : plan.kind === 'retire'
          ? retireHeadline(plan)
          : plan.kind === 'register'
            ? registerHeadline(plan)
            : [`Promote **${plan.model} ${plan.version}**: ${plan.from} → ${plan.to}`]),
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

/** A rollout step or a stopped rollout: who serves what share of the stage's traffic after the merge. */
function rolloutHeadline(plan: PromotionPlan, model: LoadedModel, stage: StageSpec): string[] {
  const { from, to } = plan.traffic!
  if (plan.kind === 'rollback') {
    return [
      `## ⏪ Rollback of the rollout of ${plan.model} ${leaving(plan)} in ${plan.to}`,
      '',
      `**${leaving(plan)}** (${percent(from!)} of traffic) goes to the archive (rolled back); ` +
        `**${plan.version}** keeps all of ${plan.to}'s traffic.`
    ]
  }
  const incumbents = model.spec.versions
    .filter(v => v.stage === plan.to && v.version !== plan.version)
    .filter(v => v.traffic === undefined || v.traffic >= 100)
    .map(v => `**${v.version}**`)
  const others = incumbents.length ? incumbents.join(', ') : 'no other version'
  const steps = stage.rollout?.steps ?? []
  const next = steps.find(s => s > to)
  const before = from === undefined ? plan.from : percent(from)
  return [
    `## 🚦 Rollout of ${plan.model} ${plan.version} in ${plan.to}: ${before} → ${percent(to)}`,
    '',
    to >= 100
      ? `**${plan.version}** takes all of ${plan.to}'s traffic; capacity, archiving and the benchmark copy apply now (see below).`
      : `**${plan.version}** serves ${percent(to)} of ${plan.to}'s traffic; ${others} keeps the rest.`,
    '',
    `Steps: ${steps.map(s => (s === to ? `**${s}%**` : `${s}%`)).join(' → ')}` +
      (next === undefined
        ? ''
        : `. After this merges, promote ${plan.version} to ${plan.to} again for ${percent(next)}.`)
  ]
}

/** A retirement: what leaves, that nothing replaces it, and why, quoted line by line. */
function retireHeadline(plan: PromotionPlan): string[] {
  const reason = (plan.reason ?? '').trim()
  return [
    `## 🗄️ Retirement of ${plan.model} ${plan.version}`,
    '',
    `**${plan.version}** leaves ${plan.from} for ${plan.to} (retired): ` +
      'it will not be promoted, and nothing replaces it.',
    ...(reason ? ['', '**Reason**', '', ...reason.split('\n').map(l => `> ${l}`.trimEnd())] : [])
  ]
}

/** A registration: the new version, its size, and where its bytes are stored. */
function registerHeadline(plan: PromotionPlan): string[] {
  const files = plan.additions ?? []
  const bytes = files.reduce((n, f) => n + f.size, 0)
  return [
    `## 🆕 Registration of ${plan.model} ${plan.version}`,
    '',
    `**${plan.version}** enters ${plan.to}: ${files.length} file${files.length === 1 ? '' : 's'}, ${humanBytes(bytes)}.`
  ]
}

/** The new files of a registration: what is uploaded as a blob, what is an LFS pointer. */
function additionsSection(plan: PromotionPlan): string {
  const rows = (plan.additions ?? []).map(a => [
    `\`${a.path}\``,
    humanBytes(a.size),
    `\`${a.digest.slice(0, 19)}…\``,
    a.lfs ? 'Git LFS pointer (push the object to LFS)' : 'git blob'
  ])
  return ['### What is added', '', table(['file', 'size', 'sha256', 'stored as'], rows)].join('\n')
}

function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let v = n / 1024
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`
}

function movesSection(plan: PromotionPlan, max: number): string {
  if (plan.kind === 'register') return additionsSection(plan)
  if (plan.moves.length === 0) {
    const share = plan.traffic ? `: \`traffic: ${plan.traffic.to}\`` : ''
    return `### What moves\n\nNo folder moves: only ${plan.version}'s entry in the manifest changes${share}.`
  }
  const shown = plan.moves.slice(0, max)
  const rows = shown.map(m => [
    m.version,
    `\`${m.from}\``,
    m.to === null ? '—' : `\`${m.to}\``,
    moveWords(m, plan)
  ])
  const lines = ['### What moves', '', table(['version', 'from', 'to', 'what happens'], rows)]
  const rest = plan.moves.length - shown.length
  if (rest > 0) lines.push('', `… and ${rest} more moves`)
  return lines.join('\n')
}

function moveWords(m: Move, plan: PromotionPlan): string {
  switch (m.reason) {
    case 'promote':
      return plan.traffic && plan.traffic.to < 100
        ? `enters ${plan.to} at ${percent(plan.traffic.to)} of traffic`
        : `promoted to ${plan.to}`
    case 'restore':
      return `restored to ${plan.to}`
    case 'archive':
      if (plan.kind === 'rollback' && plan.traffic) {
        return `archived (rollout stopped; all traffic to ${plan.version})`
      }
      return plan.kind === 'rollback'
        ? `archived (rolled back to ${plan.version})`
        : `archived (replaced by ${plan.version})`
    case 'retire':
      return 'retired: will not be promoted'
    case 'benchmark-refresh':
      return 'benchmark copy refreshed'
    case 'benchmark-remove':
      return 'old benchmark copy removed'
  }
}

function comparisonSection(input: PrBodyInput, maxRows: number): string {
  const lines = ['### Comparison with the benchmark', '']
  const c = input.comparison
  if (c) {
    const shown = c.metrics.slice(0, maxRows)
    lines.push(comparisonMarkdown({ ...c, metrics: shown }))
    const rest = c.metrics.length - shown.length
    if (rest > 0) lines.push('', `… and ${rest} more metrics in the job summary`)
  } else if (input.plan.kind === 'rollback' && input.plan.traffic) {
    lines.push(
      `Not compared: stopping the rollout returns all traffic to ${input.plan.version}, the version that serves ${input.plan.to}.`
    )
  } else if (input.plan.kind === 'rollback') {
    lines.push(
      `Not compared: a rollback restores ${input.plan.version}, a version that was in ${input.plan.to} before.`
    )
  } else if (input.plan.kind === 'register') {
    lines.push(registeredMetrics(input))
  } else if (input.plan.kind === 'retire') {
    lines.push(
      `Not compared: a retirement withdraws ${input.plan.version} from ${input.plan.from}; nothing takes its place.`
    )
  } else {
    lines.push(`Stage ${input.stage.name} has no compare gate: the candidate is not compared.`)
  }
  if (input.gateSummary.length) {
    lines.push('', '**Gates**', '', ...input.gateSummary.map(gateLine))
  }
  return lines.join('\n')
}

/** A registration is not compared yet: its metrics against the policy's thresholds. */
function registeredMetrics({ plan, model, candidate }: PrBodyInput): string {
  const metrics = Object.entries(candidate.metrics ?? {})
  const note = `Not compared: ${plan.version} enters ${plan.to}; the comparison with the benchmark is a gate of a later stage.`
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
  const versions: Array<{ version: string; metrics?: Record<string, number> }> = known
    ? input.model.spec.versions
    : [...input.model.spec.versions, { version: candidate.version }]
  const points = metricSeries(
    versions.map(v =>
      v.version === candidate.version && fresh !== undefined
        ? { version: v.version, metrics: { [metric]: fresh } }
        : v
    ),
    metric
  )
  if (points.length < 2) return undefined
  const mine = points.find(p => p.version === candidate.version)
  const role =
    input.plan.kind === 'rollback'
      ? 'restored'
      : input.plan.kind === 'retire'
        ? 'retired'
        : input.plan.kind === 'register'
          ? 'new'
          : 'candidate'
  const title = mine
    ? `${metric} by version (${role} ${candidate.version}: ${plainNumber(mine.value)})`
    : `${metric} by version`
  return mermaidLineChart({ title, yLabel: metric, points })
}

function truncationNote({ summaryUrl }: PrBodyInput): string {
  const where = summaryUrl ? `[job summary](${summaryUrl})` : 'job summary'
  return `> ✂ Truncated to fit GitHub's limit; the full report is in the ${where}.`
}

function footer({ plan, runUrl }: PrBodyInput): string {
  const by = runUrl ? `Opened by modelgate in [this run](${runUrl}).` : 'Opened by modelgate.'
  return ['---', '', `<sub>${by}</sub>`, '', planMarker(plan.hash)].join('\n')
}

/** Last resort: the sections cut at a line boundary so the note and the footer fit. */
function hardCut(input: PrBodyInput, b: Budget, maxBytes: number): string {
  const tail = `\n\n${truncationNote(input)}\n\n${footer(input)}\n`
  const room = maxBytes - utf8Length(tail)
  const head = sections(input, b)
    .filter(s => s !== '')
    .join('\n\n')
  const lines = head.split('\n')
  let kept = 0
  let size = 0
  for (const line of lines) {
    const next = size + utf8Length(line) + (kept > 0 ? 1 : 0)
    if (next > room) break
    size = next
    kept++
  }
  const text = lines.slice(0, kept).join('\n')
  // With no room at all the note and the marker still go out: they matter more than the limit.
  return text ? text + tail : tail.replace(/^\n+/, '')
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** UTF-8 length without Buffer, so the module stays runtime-neutral. */
export function utf8Length(text: string): number {
  let n = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}
