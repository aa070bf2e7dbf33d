/**
 * Plans a rollback (SPEC §5, `rollback`) without touching anything: an
 * archived version returns to production and the production version it
 * replaces goes to the archive with `reason: rolled-back`. `planChange`
 * turns the draft into the plan.
 *
 * Which version comes back:
 * - without `version`: the archived version whose `retired.replacedBy` is a
 *   current production version and whose `retired.reason` is `replaced`
 *   (the version that production had before a promotion); the most recently
 *   retired one wins, then the highest. A version archived by an earlier
 *   rollback (`rolled-back`) or withdrawn on purpose (`retired`) is never
 *   picked by default: bringing back what someone took out must be asked for;
 * - with `version`: any archived version, whatever its `retired.reason`:
 *   naming it is that explicit request, and the PR is reviewed.
 *
 * Gates are not checked (the version served in production before).
 * Production's live versions (no `traffic`, or 100) are the ones a rollback
 * considers, except during a gradual rollout: when production holds a
 * candidate below 100, `rollback` stops that rollout instead — the
 * candidate goes to the archive with `reason: rolled-back` and `replacedBy`
 * the incumbent, which keeps all traffic (it had no `traffic` key and gets
 * none); nothing else moves and the benchmark copy, still the incumbent's,
 * stays. Naming a `version` then is refused: stop the rollout first.
 */
import { DecisionError } from '../errors.js'
import { benchmarkSource, isLive } from '../registry/layout.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import { sameVersion } from '../registry/semver.js'
import { newestFirst, versionComparator } from '../registry/version-order.js'
import type { VersionEntry } from '../registry/types.js'
import type { ChangeDraft, Move } from './change-plan.js'
import type { Edit } from './manifest-edit.js'
import {
  archiveEdits,
  benchmarkMoves,
  historyEntry,
  requireModel,
  rolloutCandidate,
  stageMoves,
  versionIndex,
  versionPath
} from './plan-parts.js'
import { percent } from './wording.js'

export interface RollbackRequest {
  model: string
  /** The archived version to bring back; default: the one the production version replaced. */
  version?: string
  actor: string
  /** ISO time written into `retired.at` and the history entry. */
  at: string
  /** Link to the workflow run, recorded in the history entry. */
  run?: string
}

export function draftRollback(reg: Registry, req: RollbackRequest): ChangeDraft {
  const model = requireModel(reg, req.model)
  const production = reg.stages[reg.stages.length - 1].name
  const archive = reg.archive.folder
  const current = model.spec.versions.filter(v => v.stage === production && isLive(v))
  if (current.length === 0) {
    throw new DecisionError(`no version of ${model.name} is in ${production}; nothing to roll back`)
  }
  const rolling = rolloutCandidate(model, production)
  if (rolling) return planRolloutStop(reg, model, rolling, current, req)

  const targetIndex =
    req.version === undefined
      ? defaultTarget(reg, model, current, archive)
      : namedTarget(model, req.version, archive)
  const target = model.spec.versions[targetIndex]
  const leaving = rolledBackFrom(reg, model, target, current)
  const leavingIndex = model.spec.versions.indexOf(leaving)

  const moves: Move[] = [
    ...stageMoves(reg, model, target, production, 'restore'),
    ...stageMoves(reg, model, leaving, archive, 'archive'),
    ...benchmarkRefresh(reg, model, current, leaving, target, production)
  ]

  const edits: Edit[] = [
    { op: 'set', path: versionPath(model, targetIndex, 'stage'), value: production }
  ]
  if (target.retired) {
    edits.push({ op: 'delete', path: versionPath(model, targetIndex, 'retired') })
  }
  edits.push(
    ...archiveEdits(reg, model, leavingIndex, {
      at: req.at,
      reason: 'rolled-back',
      replacedBy: target.version,
      actor: req.actor
    })
  )
  return {
    kind: 'rollback',
    model: model.name,
    version: target.version,
    from: archive,
    to: production,
    rolledBackFrom: leaving.version,
    moves,
    edits,
    history: historyEntry(model, target, production, req, `rollback of ${leaving.version}`),
    file: model.source
  }
}

/** Rollback during a rollout: the candidate leaves for the archive, the incumbent keeps all traffic. */
function planRolloutStop(
  reg: Registry,
  model: LoadedModel,
  candidate: VersionEntry,
  current: VersionEntry[],
  req: RollbackRequest
): ChangeDraft {
  const production = candidate.stage
  const share = percent(candidate.traffic!)
  const incumbent = newestFirst(reg, model, current)[0]
  if (req.version !== undefined) {
    throw new DecisionError(
      `${model.name} ${candidate.version} is rolling out in ${production} (${share} of traffic): rollback without \`version\` stops that rollout and returns all traffic to ${incumbent.version}; roll back to another version after that`
    )
  }
  const index = model.spec.versions.indexOf(candidate)
  const moves: Move[] = stageMoves(reg, model, candidate, reg.archive.folder, 'archive')
  const edits: Edit[] = archiveEdits(reg, model, index, {
    at: req.at,
    reason: 'rolled-back',
    replacedBy: incumbent.version,
    actor: req.actor
  })
  return {
    kind: 'rollback',
    model: model.name,
    version: incumbent.version,
    from: production,
    to: production,
    rolledBackFrom: candidate.version,
    traffic: { from: candidate.traffic!, to: 0 },
    moves,
    edits,
    history: historyEntry(
      model,
      candidate,
      reg.archive.folder,
      req,
      `rollout stopped at ${share}; all traffic back to ${incumbent.version}`
    ),
    file: model.source
  }
}

/**
 * The archived version a current production version replaced: `reason:
 * replaced` only, the latest `retired.at` first, then the highest version.
 */
function defaultTarget(
  reg: Registry,
  model: LoadedModel,
  current: VersionEntry[],
  archive: string
): number {
  const order = versionComparator(reg, model)
  const candidates = model.spec.versions
    .map((v, i) => ({ v, i }))
    .filter(
      ({ v }) =>
        v.stage === archive &&
        v.retired?.reason === 'replaced' &&
        current.some(c => replaced(c, v.retired?.replacedBy))
    )
    .sort((a, b) => retiredOrder(b.v, a.v) || order(b.v, a.v))
  if (candidates.length === 0) {
    const names = newestFirst(reg, model, current)
      .reverse()
      .map(v => v.version)
      .join(' or ')
    throw new DecisionError(
      `no archived version of ${model.name} was replaced by ${names}; name the version to bring back with \`version\``
    )
  }
  return candidates[0].i
}

function namedTarget(model: LoadedModel, version: string, archive: string): number {
  const index = versionIndex(model, version)
  const entry = model.spec.versions[index]
  if (entry.stage !== archive) {
    throw new DecisionError(
      `${model.name} ${entry.version} is in ${entry.stage}, not in ${archive}; rollback brings back an archived version`
    )
  }
  return index
}

/**
 * The production version that leaves: the one the target's `replacedBy`
 * names when it is in production, else the highest production version.
 */
function rolledBackFrom(
  reg: Registry,
  model: LoadedModel,
  target: VersionEntry,
  current: VersionEntry[]
): VersionEntry {
  const named = current.find(c => replaced(c, target.retired?.replacedBy))
  return named ?? newestFirst(reg, model, current)[0]
}

/**
 * The benchmark copy mirrors the highest live production version: after the
 * rollback that is the highest of the versions that stay and the restored
 * one. It is refreshed (the old copy removed, the new one copied from the
 * version's folder as it is before the moves) only when that changes, which
 * with one production version is always. Nothing when the benchmark copies
 * another stage, or there is none.
 */
function benchmarkRefresh(
  reg: Registry,
  model: LoadedModel,
  current: VersionEntry[],
  leaving: VersionEntry,
  target: VersionEntry,
  production: string
): Move[] {
  const after = newestFirst(reg, model, [...current.filter(v => v !== leaving), target])[0]
  if (benchmarkSource(reg, model)?.version === after.version) return []
  return benchmarkMoves(reg, model, after, production)
}

/** True when `replacedBy` (a `retired.replacedBy`) names the version `c`. */
function replaced(c: VersionEntry, replacedBy: string | undefined): boolean {
  return replacedBy !== undefined && sameVersion(c.version, replacedBy)
}

/** Orders by `retired.at` as a time; an unreadable time sorts first. */
function retiredOrder(a: VersionEntry, b: VersionEntry): number {
  const ta = time(a.retired?.at)
  const tb = time(b.retired?.at)
  return ta === tb ? 0 : ta < tb ? -1 : 1
}

function time(at: unknown): number {
  const t = typeof at === 'string' ? Date.parse(at) : at instanceof Date ? at.getTime() : NaN
  return Number.isNaN(t) ? -Infinity : t
}
