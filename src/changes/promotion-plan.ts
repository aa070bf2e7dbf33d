/**
 * Plans a promotion (SPEC §5, step 2) without touching anything: which
 * version folders move where, which manifest keys change, the edited
 * manifest text and the plan hash. `promote` checks gates before and writes
 * the commit after; this module only decides. The builders it exports are
 * shared with the rollback planner (rollback-plan.ts), which returns the
 * same kind of plan.
 */
import { DecisionError } from '../errors.js'
import { joinRel } from '../registry/paths.js'
import { findModel, type LoadedModel, type Registry } from '../registry/registry.js'
import { benchmarkSource, isLive, knownStages, stageNames, versionDir } from '../registry/layout.js'
import { compareVersions } from '../registry/semver.js'
import type { KeyPath, SourceFile } from '../registry/source-file.js'
import type { HistoryEntry, Retired, StageSpec, VersionEntry } from '../registry/types.js'
import { editManifest, type Edit } from './manifest-edit.js'
import { planHash } from './plan-hash.js'

export interface PromotionRequest {
  model: string
  version: string
  to: string
  actor: string
  /** ISO time written into `retired.at` and the history entry. */
  at: string
  /** Link to the workflow run, recorded in the history entry. */
  run?: string
  /** The candidate's metrics, written into its version entry. */
  metrics?: Record<string, number>
}

/**
 * Why a folder moves: `promote` up the stage path, `restore` from the
 * archive back to a stage (a rollback), `archive` out of a stage, `retire`
 * out of a stage on purpose (nothing replaces it), and the two halves of a
 * benchmark refresh.
 */
export type MoveReason =
  'promote' | 'restore' | 'archive' | 'retire' | 'benchmark-refresh' | 'benchmark-remove'

export interface Move {
  model: string
  version: string
  /** Repository-relative folder the files come from. */
  from: string
  /** Repository-relative folder they go to; null for a removal. */
  to: string | null
  reason: MoveReason
}

export type PlanKind = 'promote' | 'rollback' | 'retire' | 'register'

/** A new file a registration adds; its blob (or LFS pointer) is the only content uploaded. */
export interface Addition {
  /** Repository-relative path of the file in its new version folder. */
  path: string
  /** Absolute path of the local file the bytes come from. */
  source: string
  /** `sha256:<hex>` of the file's bytes. */
  digest: string
  size: number
  /** Routed through Git LFS by .gitattributes: the blob is a pointer to the object. */
  lfs: boolean
}

export interface PromotionPlan {
  /** What the plan does; part of the plan hash, so a rollback and a promotion never share one. */
  kind: PlanKind
  model: string
  /** The version that enters `to`: the promoted one, or the one a rollback restores. */
  version: string
  /** The stage (or, for a rollback, the archive folder) `version` leaves. */
  from: string
  to: string
  /** Rollback only: the production version that goes to the archive. */
  rolledBackFrom?: string
  /** Retire only: why the version is withdrawn, as given (`reason`). */
  reason?: string
  /**
   * A step of a gradual rollout (SPEC §5): the candidate's share of `to`'s traffic before
   * (absent when it enters the stage) and after the plan. A rollback that stops a rollout
   * has `to: 0`: the candidate leaves and the incumbent gets all traffic back.
   */
  traffic?: RolloutStep
  moves: Move[]
  /** Register only: the new files. */
  additions?: Addition[]
  edits: Edit[]
  /** The manifest file the edits apply to: the model's own file. */
  file: SourceFile
  newText: string
  hash: string
  branch: string
  commitMessage: string
}

export interface RolloutStep {
  from?: number
  to: number
}

/**
 * A stage with `rollout` is entered in steps (SPEC §5): the first `promote`
 * moves the folder in with `traffic: steps[0]`; each further `promote` of
 * the same version to the same stage changes only its `traffic` to the next
 * step (no folder moves). Capacity, archiving and the benchmark refresh
 * apply at the step that reaches 100, which also removes `traffic`: a
 * version without it serves the stage fully.
 */
export function planPromotion(reg: Registry, req: PromotionRequest): PromotionPlan {
  const model = requireModel(reg, req.model)
  const index = versionIndex(model, req.version)
  const entry = model.spec.versions[index]
  const target = checkMove(reg, model, entry, req.to)
  const traffic = rolloutStep(entry, target)
  const entering = entry.stage !== target.name
  const complete = !traffic || traffic.to >= 100

  const moves: Move[] = entering ? [stageMove(reg, model, entry, target.name, 'promote')] : []
  const edits: Edit[] = entering
    ? [{ op: 'set', path: versionPath(model, index, 'stage'), value: target.name }]
    : []
  if (entry.retired) edits.push({ op: 'delete', path: versionPath(model, index, 'retired') })
  if (!complete) {
    edits.push({ op: 'set', path: versionPath(model, index, 'traffic'), value: traffic.to })
  } else if (entry.traffic !== undefined) {
    edits.push({ op: 'delete', path: versionPath(model, index, 'traffic') })
  }
  if (req.metrics && Object.keys(req.metrics).length) {
    const metrics = { ...entry.metrics, ...req.metrics }
    edits.push({ op: 'set', path: versionPath(model, index, 'metrics'), value: metrics })
  }

  for (const i of complete ? displaced(model, target, entry) : []) {
    const old = model.spec.versions[i]
    moves.push(stageMove(reg, model, old, reg.archive.folder, 'archive'))
    edits.push(
      ...archiveEdits(reg, model, i, {
        at: req.at,
        reason: 'replaced',
        replacedBy: entry.version,
        actor: req.actor
      })
    )
  }

  if (complete) moves.push(...benchmarkMoves(reg, model, entry, target.name))
  edits.push(historyEdit(historyEntry(model, entry, target.name, req, undefined, traffic?.to)))

  const hash = planHash({ kind: 'promote', moves, edits, file: model.source.relPath })
  const subject = traffic
    ? `Roll out ${model.name} ${entry.version} in ${target.name}: ${traffic.from === undefined ? entry.stage : percent(traffic.from)} → ${percent(traffic.to)}`
    : `Promote ${model.name} ${entry.version} from ${entry.stage} to ${target.name}`
  return {
    kind: 'promote',
    model: model.name,
    version: entry.version,
    from: entry.stage,
    to: target.name,
    ...(traffic ? { traffic } : {}),
    moves,
    edits,
    file: model.source,
    newText: editManifest(model.source.text, edits),
    hash,
    branch: `modelgate/promote/${model.name}-to-${target.name}`,
    commitMessage: commitMessage(subject, moves, hash)
  }
}

/** A traffic share as the PR title and commit subject show it: `10%`, `0% (shadow)`. */
export function percent(traffic: number): string {
  return traffic === 0 ? '0% (shadow)' : `${traffic}%`
}

/**
 * The rollout step a promotion to `target` makes, or undefined for a move in
 * one step (no `rollout`, or its only step is 100). Entering: the first
 * step; in the stage already (checkMove allows that only below 100): the
 * first step above the current traffic, so steps advance one at a time.
 */
function rolloutStep(entry: VersionEntry, target: StageSpec): RolloutStep | undefined {
  const steps = target.rollout?.steps ?? []
  if (entry.stage !== target.name)
    return steps.length && steps[0] < 100 ? { to: steps[0] } : undefined
  const from = entry.traffic ?? 100
  return { from, to: steps.find(s => s > from) ?? 100 }
}

/** The version of the model rolling out in `stage` (traffic below 100), if any. */
export function rolloutCandidate(model: LoadedModel, stage: string): VersionEntry | undefined {
  return model.spec.versions.find(v => v.stage === stage && !isLive(v))
}

/** The model named in a request, or the refusal "unknown model". */
export function requireModel(reg: Registry, name: string): LoadedModel {
  const model = findModel(reg, name)
  if (!model) throw new DecisionError(`unknown model "${name}"`)
  return model
}

/** Index of `version` in the model's `versions`, or the refusal listing the versions it has. */
export function versionIndex(model: LoadedModel, version: string): number {
  const index = model.spec.versions.findIndex(v => v.version === version)
  if (index < 0) {
    const known = model.spec.versions.map(v => v.version).join(', ')
    throw new DecisionError(`model ${model.name} has no version "${version}" (it has ${known})`)
  }
  return index
}

/** Key path of a key of the model's `index`-th version entry, in the model's own file. */
export function versionPath(model: LoadedModel, index: number, key: string): KeyPath {
  return [...model.at, 'versions', index, key]
}

/** The move of a version's whole folder from its stage to `to` (a stage or the archive). */
export function stageMove(
  reg: Registry,
  model: LoadedModel,
  entry: VersionEntry,
  to: string,
  reason: MoveReason
): Move {
  return {
    model: model.name,
    version: entry.version,
    from: versionDir(reg, model.name, entry),
    to: versionDir(reg, model.name, { ...entry, stage: to }),
    reason
  }
}

/** The edits that send the model's `index`-th version to the archive with `retired`. */
export function archiveEdits(
  reg: Registry,
  model: LoadedModel,
  index: number,
  retired: Retired
): Edit[] {
  return [
    { op: 'set', path: versionPath(model, index, 'stage'), value: reg.archive.folder },
    { op: 'set', path: versionPath(model, index, 'retired'), value: retired },
    // `traffic` belongs to a rollout stage: an archived version serves nothing
    ...(model.spec.versions[index].traffic !== undefined
      ? [{ op: 'delete' as const, path: versionPath(model, index, 'traffic') }]
      : [])
  ]
}

/** The history entry of a version leaving its current stage for `to`. */
export function historyEntry(
  model: LoadedModel,
  entry: VersionEntry,
  to: string,
  req: { at: string; actor: string; run?: string },
  reason?: string,
  traffic?: number
): HistoryEntry {
  return {
    at: req.at,
    model: model.name,
    version: entry.version,
    from: entry.stage,
    to,
    actor: req.actor,
    ...(req.run ? { run: req.run } : {}),
    ...(reason ? { reason } : {}),
    ...(traffic !== undefined ? { traffic } : {})
  }
}

/** Appends a history entry to the history of the file the model lives in. */
export function historyEdit(entry: HistoryEntry): Edit {
  // A shard keeps its own history; a model of the registry file logs to the top-level one.
  return { op: 'append', path: ['history'], value: entry }
}

/** Every refusal of SPEC §5 step 1 that needs only the manifest; returns the target stage. */
function checkMove(reg: Registry, model: LoadedModel, entry: VersionEntry, to: string): StageSpec {
  const id = `${model.name} ${entry.version}`
  if (reg.benchmark && to === reg.benchmark.folder) {
    throw new DecisionError(
      `cannot promote to "${to}": it is the benchmark folder, refreshed from ${reg.benchmark.copyOf} automatically`
    )
  }
  if (to === reg.archive.folder) {
    throw new DecisionError(`cannot promote to "${to}": it is the archive; use retire`)
  }
  const names = stageNames(reg)
  const targetIndex = names.indexOf(to)
  if (targetIndex < 0) {
    throw new DecisionError(`unknown stage "${to}" (stages: ${names.join(', ')})`)
  }
  if (entry.stage === reg.archive.folder) {
    throw new DecisionError(
      `${id} is archived and cannot be promoted; use rollback to bring it back, or register it again`
    )
  }
  const fromIndex = names.indexOf(entry.stage)
  if (fromIndex < 0) {
    // validate refuses such a manifest; say so rather than guess an order
    throw new DecisionError(
      `${id} is in "${entry.stage}", not one of ${knownStages(reg).join(', ')}`
    )
  }
  const target = reg.stages[targetIndex]
  if (fromIndex === targetIndex) {
    // the next step of a rollout in progress; a version with all traffic is simply there
    if (target.rollout && !isLive(entry)) return target
    throw new DecisionError(`${id} is already in ${to}`)
  }
  if (targetIndex < fromIndex) {
    throw new DecisionError(
      `${id} cannot move backwards from ${entry.stage} to ${to}; use rollback`
    )
  }
  if (targetIndex > fromIndex + 1) {
    throw new DecisionError(
      `${id} cannot skip a stage: from ${entry.stage} the next stage is ${names[fromIndex + 1]}, not ${to}`
    )
  }
  if (!isLive(entry)) {
    throw new DecisionError(
      `${id} is rolling out in ${entry.stage} (${percent(entry.traffic!)} of traffic): finish the rollout (promote it to ${entry.stage} again) before it moves on`
    )
  }
  const rolling = target.rollout ? rolloutCandidate(model, to) : undefined
  if (rolling) {
    const last = targetIndex === names.length - 1
    throw new DecisionError(
      `${model.name} ${rolling.version} is rolling out in ${to} (${percent(rolling.traffic!)} of traffic): one rollout at a time; finish it (promote ${rolling.version} to ${to} again) or ${last ? 'stop it with rollback' : `retire ${rolling.version}`} first`
    )
  }
  return target
}

/** Indexes of the live incumbents that leave a full stage: the lowest versions first. */
function displaced(model: LoadedModel, target: StageSpec, entry: VersionEntry): number[] {
  if (target.capacity === undefined) return []
  const live = model.spec.versions
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v.stage === target.name && isLive(v) && v !== entry)
    .sort((a, b) => compareVersions(a.v.version, b.v.version))
  const excess = live.length + 1 - target.capacity
  return excess > 0 ? live.slice(0, excess).map(({ i }) => i) : []
}

/**
 * Entering the benchmark's `copyOf` stage refreshes the copy: the old copy
 * is derived data and the one deletion SPEC §7 allows; the new copy holds
 * `entry`'s files, so it is the same tree as its folder (where `entry` is
 * now, before the plan's moves). No moves unless `to` is the `copyOf` stage.
 */
export function benchmarkMoves(
  reg: Registry,
  model: LoadedModel,
  entry: VersionEntry,
  to: string
): Move[] {
  if (!reg.benchmark || reg.benchmark.copyOf !== to) return []
  const folder = reg.benchmark.folder
  const moves: Move[] = []
  const current = benchmarkSource(reg, model)
  if (current) {
    moves.push({
      model: model.name,
      version: current.version,
      from: joinRel(reg.root, folder, model.name, current.version),
      to: null,
      reason: 'benchmark-remove'
    })
  }
  moves.push({
    model: model.name,
    version: entry.version,
    from: versionDir(reg, model.name, entry),
    to: joinRel(reg.root, folder, model.name, entry.version),
    reason: 'benchmark-refresh'
  })
  return moves
}

/** Subject, a blank line, one line per move, a blank line and the `Modelgate-Plan` trailer. */
export function commitMessage(
  subject: string,
  moves: Move[],
  hash: string,
  additions: Addition[] = []
): string {
  const lines = [
    ...additions.map(a => `- add ${a.path}${a.lfs ? ' (Git LFS pointer)' : ''}`),
    ...moves.map(m =>
      m.to === null ? `- remove ${m.from} (${m.reason})` : `- ${m.from} -> ${m.to} (${m.reason})`
    )
  ]
  return [subject, '', ...lines, '', `Modelgate-Plan: ${hash}`].join('\n')
}
