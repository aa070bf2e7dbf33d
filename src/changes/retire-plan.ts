/**
 * Plans a retirement (SPEC §3 `retire`) without touching anything: a version
 * that will not be promoted leaves its stage for the archive with
 * `retired: { at, reason: retired, actor }`, and one history entry records
 * why. `planChange` turns the draft into the plan.
 *
 * Production is not a place to retire from: taking the serving version away
 * leaves nothing serving, so that is a rollback or the promotion of a
 * replacement. A version's `traffic` plays no part. When the benchmark
 * copies the version's stage (`copyOf`, not production) and mirrors this
 * version, the copy follows: removed, and refreshed from the highest live
 * version that stays in that stage, if any.
 */
import { clip } from '../clip.js'
import { DecisionError, UsageError } from '../errors.js'
import { benchmarkSource, isLive, knownStages, stageNames } from '../registry/layout.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import { newestFirst } from '../registry/version-order.js'
import type { VersionEntry } from '../registry/types.js'
import type { ChangeDraft, Move } from './change-plan.js'
import {
  archiveEdits,
  benchmarkMoves,
  benchmarkRemoval,
  historyEntry,
  requireModel,
  stageMoves,
  versionIndex
} from './plan-parts.js'

export interface RetireRequest {
  model: string
  version: string
  /** Why the version is withdrawn: the history entry's `reason` and the PR's. */
  reason: string
  actor: string
  /** ISO time written into `retired.at` and the history entry. */
  at: string
  /** Link to the workflow run, recorded in the history entry. */
  run?: string
}

export function draftRetirement(reg: Registry, req: RetireRequest): ChangeDraft {
  if (!req.reason.trim()) throw new UsageError('retire needs "reason"')
  const model = requireModel(reg, req.model)
  const index = versionIndex(model, req.version)
  const entry = model.spec.versions[index]
  checkRetirement(reg, model, entry)
  const archive = reg.archive.folder
  return {
    kind: 'retire',
    model: model.name,
    version: entry.version,
    from: entry.stage,
    to: archive,
    reason: req.reason,
    moves: [
      ...stageMoves(reg, model, entry, archive, 'retire'),
      ...benchmarkFollows(reg, model, entry)
    ],
    edits: archiveEdits(reg, model, index, { at: req.at, reason: 'retired', actor: req.actor }),
    history: historyEntry(model, entry, archive, req, req.reason),
    file: model.source
  }
}

/** The refusals that need only the manifest. */
function checkRetirement(reg: Registry, model: LoadedModel, entry: VersionEntry): void {
  const id = `${model.name} ${clip(entry.version)}`
  const names = stageNames(reg)
  if (entry.stage === reg.archive.folder) {
    throw new DecisionError(`${id} is already in ${reg.archive.folder}`)
  }
  const at = names.indexOf(entry.stage)
  if (at < 0) {
    // validate refuses such a manifest; say so rather than guess
    throw new DecisionError(
      `${id} is in "${entry.stage}", not one of ${knownStages(reg).join(', ')}`
    )
  }
  if (at === names.length - 1) {
    throw new DecisionError(
      `${id} is in ${entry.stage}: retire moves versions that will not be promoted; use rollback or promote a replacement`
    )
  }
}

/**
 * When the benchmark mirrors the version that leaves (a benchmark copying a
 * stage before production), the copy goes with it and the highest live
 * version staying in that stage, if any, becomes the copy.
 */
function benchmarkFollows(reg: Registry, model: LoadedModel, entry: VersionEntry): Move[] {
  if (!reg.benchmark || benchmarkSource(reg, model) !== entry) return []
  const next = newestFirst(
    reg,
    model,
    model.spec.versions.filter(v => v !== entry && v.stage === entry.stage && isLive(v))
  )[0]
  if (next) return benchmarkMoves(reg, model, next, entry.stage)
  return benchmarkRemoval(reg, model, entry)
}
