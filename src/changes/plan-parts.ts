/**
 * The pieces the planners of every kind of change build their drafts from:
 * finding the model and version a request names (or the refusal), moving a
 * version's folder, sending a version to the archive, the history entry and
 * the benchmark copy's refresh.
 */
import { clip, quote } from '../clip.js'
import { DecisionError } from '../errors.js'
import { joinRel } from '../registry/paths.js'
import { findModel, type LoadedModel, type Registry } from '../registry/registry.js'
import { findVersion } from '../registry/semver.js'
import { benchmarkSource, isLive, versionDir } from '../registry/layout.js'
import type { KeyPath } from '../registry/source-file.js'
import type { HistoryEntry, Retired, VersionEntry } from '../registry/types.js'
import type { Edit } from './manifest-edit.js'
import type { Move, MoveReason } from './change-plan.js'

/** The model named in a request, or the refusal "unknown model". */
export function requireModel(reg: Registry, name: string): LoadedModel {
  const model = findModel(reg, name)
  if (!model) throw new DecisionError(`unknown model ${quote(name)}`)
  return model
}

/**
 * Index of `version` in the model's `versions` (`v1.3.0` finds `1.3.0`), or
 * the refusal listing the versions it has.
 */
export function versionIndex(model: LoadedModel, version: string): number {
  const entry = findVersion(model.spec.versions, version)
  const index = entry ? model.spec.versions.indexOf(entry) : -1
  if (index < 0) {
    const known = clip(model.spec.versions.map(v => v.version).join(', '))
    throw new DecisionError(
      `model ${model.name} has no version ${quote(version)} (it has ${known})`
    )
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

/** The version of the model rolling out in `stage` (traffic below 100), if any. */
export function rolloutCandidate(model: LoadedModel, stage: string): VersionEntry | undefined {
  return model.spec.versions.find(v => v.stage === stage && !isLive(v))
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
