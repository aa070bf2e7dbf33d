/**
 * How each kind of change is named, in one table: its branch, commit
 * subject, pull request title, the one-line headline the CLI and the job
 * summary print, the PR body's heading, what the body says where there is
 * no comparison, the role its version plays in the metric chart, and how
 * each move reads. Planners, the command tail and the PR body all read it,
 * so a kind's words never drift apart between files.
 */
import { changeBranch } from '../registry/git-names.js'
import { isLive } from '../registry/layout.js'
import type { LoadedModel } from '../registry/registry.js'
import type { StageSpec } from '../registry/types.js'
import type {
  ChangeDraft,
  ChangeKind,
  ChangePlan,
  Move,
  RegisterPlan,
  RetirePlan,
  RollbackPlan,
  RolloutPlan
} from './change-plan.js'

/** What the PR body's heading may draw on besides the plan. */
export interface HeadingContext {
  model: LoadedModel
  /** The target stage (its rollout steps). */
  stage: StageSpec
}

/**
 * Where a version entering a stage will be compared with the benchmark, so
 * that a body never promises a comparison the registry does not make.
 */
export interface LaterComparison {
  /** The first later stage whose gates compare with the benchmark; undefined when none does. */
  stage?: string
  /** The registry keeps no benchmark copy (`benchmark: false`). */
  benchmarkOff: boolean
}

type PlanOf<K extends ChangeKind> = Extract<ChangePlan, { kind: K }>
type DraftOf<K extends ChangeKind> = Extract<ChangeDraft, { kind: K }>

export interface KindWording<K extends ChangeKind> {
  branch(plan: DraftOf<K>): string
  /** The commit's first line. */
  subject(plan: DraftOf<K>): string
  title(plan: PlanOf<K>): string
  /** One line, e.g. `breast-cancer 1.2.0 → production`. */
  headline(plan: PlanOf<K>): string
  /** The PR body's opening lines (Markdown), before the plan hash. */
  heading(plan: PlanOf<K>, context: HeadingContext): string[]
  /** The comparison section when nothing was compared (a registration lists its metrics instead). */
  notCompared(plan: PlanOf<K>, stage: StageSpec, later?: LaterComparison): string
  /** What the chart calls the plan's version. */
  role: string
  /** The "what happens" cell of a move. */
  move(move: Move, plan: PlanOf<K>): string
}

export const WORDING: { [K in ChangeKind]: KindWording<K> } = {
  promote: {
    branch: p => changeBranch.promote(p.model, p.to),
    subject: p => `Promote ${p.model} ${p.version} from ${p.from} to ${p.to}`,
    title: p => `Promote ${p.model} ${p.version}: ${p.from} → ${p.to}`,
    headline: entering,
    heading: p => [`Promote **${p.model} ${p.version}**: ${p.from} → ${p.to}`],
    notCompared: (_p, stage) => noCompareGate(stage),
    role: 'candidate',
    move: movedOrReplaced
  },
  rollout: {
    // The same branch as the promotion: each step replaces the last one's pull request.
    branch: p => changeBranch.promote(p.model, p.to),
    // The commit and the PR say the same.
    subject: p => rolloutStep(p),
    title: p => rolloutStep(p),
    headline: entering,
    heading: (p, context) => rolloutHeading(p, context),
    notCompared: (_p, stage) => noCompareGate(stage),
    role: 'candidate',
    move: (m, p) =>
      m.reason === 'promote' && p.traffic.to < 100
        ? `enters ${p.to} at ${percent(p.traffic.to)} of traffic`
        : movedOrReplaced(m, p)
  },
  rollback: {
    branch: p => changeBranch.rollback(p.model),
    subject: p =>
      p.traffic
        ? `Roll back the rollout of ${p.model} ${p.rolledBackFrom} in ${p.to} (${percent(p.traffic.from!)}): all traffic to ${p.version}`
        : `Roll back ${p.model} from ${p.rolledBackFrom} to ${p.version}`,
    title: p =>
      p.traffic
        ? `Roll back the rollout of ${p.model} ${p.rolledBackFrom} (${percent(p.traffic.from!)}): all traffic to ${p.version}`
        : `Roll back ${p.model} to ${p.version}: ${p.rolledBackFrom} → ${p.from}`,
    headline: p => `${p.model} ${p.to}: ${p.rolledBackFrom} → ${p.version}`,
    heading: p => rollbackHeading(p),
    notCompared: p =>
      p.traffic
        ? `Not compared: stopping the rollout returns all traffic to ${p.version}, the version that serves ${p.to}.`
        : `Not compared: a rollback restores ${p.version}, a version that was in ${p.to} before.`,
    role: 'restored',
    move: (m, p) =>
      commonMove(m, p.to) ??
      (p.traffic
        ? `archived (rollout stopped; all traffic to ${p.version})`
        : `archived (rolled back to ${p.version})`)
  },
  register: {
    branch: p => changeBranch.register(p.model, p.version),
    subject: p => `Register ${p.model} ${p.version} in ${p.to}`,
    title: p => `Register ${p.model} ${p.version} in ${p.to}`,
    headline: entering,
    heading: p => registerHeading(p),
    notCompared: (p, _stage, later) =>
      `Not compared: ${p.version} enters ${p.to}; ${whenCompared(later)}`,
    role: 'new',
    move: movedOrReplaced
  },
  retire: {
    branch: p => changeBranch.retire(p.model, p.version),
    subject: p => `Retire ${p.model} ${p.version} from ${p.from}`,
    title: p => `Retire ${p.model} ${p.version}: ${p.from} → ${p.to}`,
    headline: p => `${p.model} ${p.version}: ${p.from} → ${p.to} (retired)`,
    heading: p => retireHeading(p),
    notCompared: p =>
      `Not compared: a retirement withdraws ${p.version} from ${p.from}; nothing takes its place.`,
    role: 'retired',
    move: movedOrReplaced
  }
}

/**
 * The wording of a kind as callers use it, on any plan: the table's entries
 * are typed per kind, and a plan only ever reaches its own kind's entry.
 */
export interface Wording {
  branch(plan: ChangeDraft): string
  subject(plan: ChangeDraft): string
  title(plan: ChangePlan): string
  headline(plan: ChangePlan): string
  heading(plan: ChangePlan, context: HeadingContext): string[]
  notCompared(plan: ChangePlan, stage: StageSpec, later?: LaterComparison): string
  role: string
  move(move: Move, plan: ChangePlan): string
}

export function wordingOf(kind: ChangeKind): Wording {
  return WORDING[kind] as unknown as Wording
}

/** A traffic share as titles and commit subjects show it: `10%`, `0% (shadow)`. */
export function percent(traffic: number): string {
  return traffic === 0 ? '0% (shadow)' : `${traffic}%`
}

/** The headline of a version entering a stage: `breast-cancer 1.2.0 → production`. */
function entering(p: { model: string; version: string; to: string }): string {
  return `${p.model} ${p.version} → ${p.to}`
}

/** When a registered version meets the benchmark, as this registry has it. */
function whenCompared(later: LaterComparison | undefined): string {
  if (!later) return 'the comparison with the benchmark is a gate of a later stage.'
  if (later.benchmarkOff) {
    return 'this registry keeps no benchmark copy (`benchmark: false`), so no stage compares with one.'
  }
  return later.stage
    ? `the comparison with the benchmark is a gate of ${later.stage}.`
    : 'no stage of this registry compares with the benchmark (no `compare: benchmark` gate).'
}

function noCompareGate(stage: StageSpec): string {
  return `Stage ${stage.name} has no compare gate: the candidate is not compared.`
}

/** A rollout step's commit subject and PR title. */
function rolloutStep(
  p: Pick<RolloutPlan, 'model' | 'version' | 'from' | 'to' | 'traffic'>
): string {
  return `Roll out ${p.model} ${p.version} in ${p.to}: ${before(p)} → ${percent(p.traffic.to)}`
}

/** A move as every kind but a rollback words it: the version that enters replaces the archived one. */
function movedOrReplaced(m: Move, p: { to: string; version: string }): string {
  return commonMove(m, p.to) ?? `archived (replaced by ${p.version})`
}

/** The words of the moves that read the same in every kind; undefined for `archive`. */
function commonMove(m: Move, to: string): string | undefined {
  switch (m.reason) {
    case 'promote':
      return `promoted to ${to}`
    case 'restore':
      return `restored to ${to}`
    case 'retire':
      return 'retired: will not be promoted'
    case 'benchmark-refresh':
      return 'benchmark copy refreshed'
    case 'benchmark-remove':
      return 'old benchmark copy removed'
    case 'archive':
      return undefined
  }
}

function before(p: Pick<RolloutPlan, 'from' | 'traffic'>): string {
  return p.traffic.from === undefined ? p.from : percent(p.traffic.from)
}

/** A rollout step: who serves what share of the stage's traffic after the merge. */
function rolloutHeading(p: RolloutPlan, { model, stage }: HeadingContext): string[] {
  const { to } = p.traffic
  const incumbents = model.spec.versions
    .filter(v => v.stage === p.to && v.version !== p.version && isLive(v))
    .map(v => `**${v.version}**`)
  const others = incumbents.length ? incumbents.join(', ') : 'no other version'
  const steps = stage.rollout?.steps ?? []
  const next = steps.find(s => s > to)
  return [
    `## 🚦 Rollout of ${p.model} ${p.version} in ${p.to}: ${before(p)} → ${percent(to)}`,
    '',
    to >= 100
      ? `**${p.version}** takes all of ${p.to}'s traffic; capacity, archiving and the benchmark copy apply now (see below).`
      : `**${p.version}** serves ${percent(to)} of ${p.to}'s traffic; ${others} keeps the rest.`,
    '',
    `Steps: ${steps.map(s => (s === to ? `**${s}%**` : `${s}%`)).join(' → ')}` +
      (next === undefined
        ? ''
        : `. After this merges, promote ${p.version} to ${p.to} again for ${percent(next)}.`)
  ]
}

function rollbackHeading(p: RollbackPlan): string[] {
  if (p.traffic) {
    return [
      `## ⏪ Rollback of the rollout of ${p.model} ${p.rolledBackFrom} in ${p.to}`,
      '',
      `**${p.rolledBackFrom}** (${percent(p.traffic.from!)} of traffic) goes to the archive (rolled back); ` +
        `**${p.version}** keeps all of ${p.to}'s traffic.`
    ]
  }
  return [
    `## ⏪ Rollback of ${p.model} in ${p.to}`,
    '',
    `**${p.version}** returns from ${p.from} to ${p.to}; ` +
      `**${p.rolledBackFrom}** goes to ${p.from} (rolled back).`
  ]
}

/** A retirement: what leaves, that nothing replaces it, and why, quoted line by line. */
function retireHeading(p: RetirePlan): string[] {
  const reason = p.reason.trim()
  return [
    `## 🗄️ Retirement of ${p.model} ${p.version}`,
    '',
    `**${p.version}** leaves ${p.from} for ${p.to} (retired): ` +
      'it will not be promoted, and nothing replaces it.',
    ...(reason ? ['', '**Reason**', '', ...reason.split('\n').map(l => `> ${l}`.trimEnd())] : [])
  ]
}

/** A registration: the new version, its size, and where its bytes are stored. */
function registerHeading(p: RegisterPlan): string[] {
  const own = p.additions.filter(a => !a.benchmarkCopy)
  const bytes = own.reduce((n, f) => n + f.size, 0)
  const count = own.length
  const copy =
    own.length < p.additions.length ? ` Its benchmark copy replaces the current one.` : ''
  return [
    `## 🆕 Registration of ${p.model} ${p.version}`,
    '',
    `**${p.version}** enters ${p.to}: ${count} file${count === 1 ? '' : 's'}, ${humanBytes(bytes)}.${copy}`
  ]
}

/** Bytes as people read them: `512 B`, `1.5 KiB`, `200 MiB`. */
export function humanBytes(n: number): string {
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
