/**
 * Drafts a promotion (SPEC §5, step 2) without touching anything: which
 * version folders move where and which manifest keys change. `promote`
 * checks gates before and writes the commit after; this module only
 * decides, and `planChange` turns the draft into the plan.
 */
import { clip, quote } from '../clip.js'
import { DecisionError } from '../errors.js'
import type { Registry, LoadedModel } from '../registry/registry.js'
import { isLive, knownStages, stageNames } from '../registry/layout.js'
import type { StageSpec, VersionEntry } from '../registry/types.js'
import type { ChangeDraft, Move, RolloutStep } from './change-plan.js'
import type { Edit } from './manifest-edit.js'
import {
  archiveDisplaced,
  benchmarkMoves,
  historyEntry,
  requireModel,
  rolloutCandidate,
  stageMoves,
  versionIndex,
  versionPath
} from './plan-parts.js'
import { percent } from './wording.js'

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
 * A stage with `rollout` is entered in steps (SPEC §5): the first `promote`
 * moves the folder in with `traffic: steps[0]`; each further `promote` of
 * the same version to the same stage changes only its `traffic` to the next
 * step (no folder moves). Capacity, archiving and the benchmark refresh
 * apply at the step that reaches 100, which also removes `traffic`: a
 * version without it serves the stage fully.
 */
/**
 * The refusals of SPEC §5 step 1 that need only the manifest (unknown names,
 * order, rollouts in progress), so `promote` can refuse before it checks files
 * and gates; `draftPromotion` applies them too.
 */
export function checkPromotion(
  reg: Registry,
  req: Pick<PromotionRequest, 'model' | 'version' | 'to'>
): { model: LoadedModel; index: number; target: StageSpec } {
  const model = requireModel(reg, req.model)
  const index = versionIndex(model, req.version)
  return { model, index, target: checkMove(reg, model, model.spec.versions[index], req.to) }
}

export function draftPromotion(reg: Registry, req: PromotionRequest): ChangeDraft {
  const { model, index, target } = checkPromotion(reg, req)
  const entry = model.spec.versions[index]
  const traffic = rolloutStep(entry, target)
  const entering = entry.stage !== target.name
  const complete = !traffic || traffic.to >= 100

  const moves: Move[] = entering ? stageMoves(reg, model, entry, target.name, 'promote') : []
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

  // A full stage (by `capacity`, or a layout without `{version}`) sends its lowest versions away.
  if (complete) {
    const displaced = archiveDisplaced(reg, model, target.name, entry, entry.version, req)
    moves.push(...displaced.moves)
    edits.push(...displaced.edits)
  }

  if (complete) moves.push(...benchmarkMoves(reg, model, entry, target.name))
  const common = {
    model: model.name,
    version: entry.version,
    from: entry.stage,
    to: target.name,
    moves,
    edits,
    history: historyEntry(model, entry, target.name, req, undefined, traffic?.to),
    file: model.source
  }
  return traffic ? { kind: 'rollout', ...common, traffic } : { kind: 'promote', ...common }
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

/** Every refusal of SPEC §5 step 1 that needs only the manifest; returns the target stage. */
function checkMove(reg: Registry, model: LoadedModel, entry: VersionEntry, to: string): StageSpec {
  const id = `${model.name} ${clip(entry.version)}`
  if (reg.benchmark && to === reg.benchmark.folder) {
    throw new DecisionError(
      `cannot promote to "${to}": it is the benchmark folder, refreshed from ${reg.benchmark.copyOf} automatically`
    )
  }
  if (to === reg.archive.folder) {
    throw new DecisionError(`cannot promote to ${quote(to)}: it is the archive; use retire`)
  }
  const names = stageNames(reg)
  const targetIndex = names.indexOf(to)
  if (targetIndex < 0) {
    throw new DecisionError(`unknown stage ${quote(to)} (stages: ${names.join(', ')})`)
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
