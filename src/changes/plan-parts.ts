/**
 * The pieces the planners of every kind of change build their drafts from:
 * finding the model and version a request names (or the refusal), moving a
 * version's files by the layout templates of the two places, sending a
 * version to the archive, the history entry and the benchmark copy's refresh.
 */
import { clip, quote } from '../clip.js'
import { DecisionError } from '../errors.js'
import { findModel, type LoadedModel, type Registry } from '../registry/registry.js'
import { findVersion } from '../registry/semver.js'
import {
  benchmarkDir,
  benchmarkFilePath,
  benchmarkSource,
  hasOwnFolder,
  isLive,
  versionFiles
} from '../registry/layout.js'
import { layoutFor } from '../registry/layouts.js'
import { planVersionMove } from '../registry/layout-template/version-move.js'
import type { KeyPath } from '../registry/source-file.js'
import type { HistoryEntry, Retired, VersionEntry } from '../registry/types.js'
import { versionComparator } from '../registry/version-order.js'
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

/**
 * The moves that take a version's files from its stage to `to` (a stage, the
 * archive or the benchmark folder), by the layout in force in each: one move
 * of its whole folder when both give it a folder of its own, else one move
 * per file whose path changes.
 */
export function stageMoves(
  reg: Registry,
  model: LoadedModel,
  entry: VersionEntry,
  to: string,
  reason: MoveReason
): Move[] {
  const name = model.name
  const place = (stage: string) => ({ template: layoutFor(reg, name, stage), stage })
  const planned = planVersionMove(
    reg.root,
    name,
    entry.version,
    versionFiles(entry),
    place(entry.stage),
    place(to)
  )
  const version = entry.version
  switch (planned.kind) {
    case 'unchanged':
      return []
    case 'folder':
      return [{ model: name, version, from: planned.from, to: planned.to, reason }]
    case 'files':
      return planned.moves.map(m => ({
        model: name,
        version,
        kind: 'file' as const,
        from: m.from,
        to: m.to,
        reason
      }))
  }
}

/**
 * How many versions of the model `stage` holds at most: its `capacity`, else
 * 1 where the stage's layout has no `{version}` (one path per model there),
 * else no limit (undefined).
 */
export function stageCapacity(reg: Registry, model: string, stage: string): number | undefined {
  const spec = reg.stages.find(s => s.name === stage)
  if (spec?.capacity !== undefined) return spec.capacity
  return layoutFor(reg, model, stage).uses.has('version') ? undefined : 1
}

/**
 * Indexes of the live versions that leave `stage` when `entering` comes in
 * (its capacity reached), the lowest versions first; `entering` itself is
 * never one of them.
 */
export function displacedBy(
  reg: Registry,
  model: LoadedModel,
  stage: string,
  entering: VersionEntry | undefined
): number[] {
  const capacity = stageCapacity(reg, model.name, stage)
  if (capacity === undefined) return []
  const order = versionComparator(reg, model)
  const live = model.spec.versions
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v.stage === stage && isLive(v) && v !== entering)
    .sort((a, b) => order(a.v, b.v))
  const excess = live.length + 1 - capacity
  return excess > 0 ? live.slice(0, excess).map(({ i }) => i) : []
}

/**
 * The moves and edits that archive the versions `entering` displaces from a
 * full `stage` (see displacedBy), each `replaced` by `replacedBy`.
 */
export function archiveDisplaced(
  reg: Registry,
  model: LoadedModel,
  stage: string,
  entering: VersionEntry | undefined,
  replacedBy: string,
  req: { at: string; actor: string }
): { moves: Move[]; edits: Edit[] } {
  const moves: Move[] = []
  const edits: Edit[] = []
  for (const i of displacedBy(reg, model, stage, entering)) {
    moves.push(...stageMoves(reg, model, model.spec.versions[i], reg.archive.folder, 'archive'))
    edits.push(
      ...archiveEdits(reg, model, i, {
        at: req.at,
        reason: 'replaced',
        replacedBy,
        actor: req.actor
      })
    )
  }
  return { moves, edits }
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
  const current = benchmarkSource(reg, model)
  return [
    ...(current ? benchmarkRemoval(reg, model, current) : []),
    ...stageMoves(reg, model, entry, reg.benchmark.folder, 'benchmark-refresh')
  ]
}

/**
 * The removal of the benchmark copy of `current`: its folder, where the
 * benchmark layout gives the copy one, else each of its files (a file
 * layout's folder holds other stages' files too).
 */
export function benchmarkRemoval(reg: Registry, model: LoadedModel, current: VersionEntry): Move[] {
  if (!reg.benchmark) return []
  const { name } = model
  const removal = (from: string): Move => ({
    model: name,
    version: current.version,
    from,
    to: null,
    reason: 'benchmark-remove'
  })
  if (hasOwnFolder(reg, name, reg.benchmark.folder)) {
    return [removal(benchmarkDir(reg, name, current.version)!)]
  }
  return versionFiles(current).map(file => ({
    ...removal(benchmarkFilePath(reg, name, current.version, file)!),
    kind: 'file' as const
  }))
}
