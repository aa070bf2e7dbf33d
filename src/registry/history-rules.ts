/**
 * `validate --base` (SPEC §2): the history only grew since the base, and
 * every stage change since then has its history entry, so a promotion made
 * by hand (a folder moved, a `stage:` edited) cannot slip through review.
 * Pure: the caller reads the base's model entries and history lists.
 *
 * History is compared per model (the entries naming it, in order, across
 * the files that hold them): moving a model from the registry file into its
 * own shard, history included, is not a change of its history.
 *
 * What modelgate itself writes, and therefore what is accepted:
 * - register: a new version with `{ from: null, to: <first stage> }`;
 * - promote, rollback, retire: `{ from: <old stage>, to: <new stage> }`;
 * - a version displaced by a promotion or a rollback gets no entry of its
 *   own: it goes to the archive with `retired.reason: replaced` (or
 *   `rolled-back`) and `retired.replacedBy: W`, where W's new entry took it
 *   into the stage the displaced version left.
 * A version may move several times between base and head (several merged
 * promotions): its new entries must chain from its base stage to its head
 * stage. A version displaced and later brought back by a rollback has no
 * record of the displacement left (rollback removes `retired`), so an
 * entry `from: <archive>` may follow the stage it was displaced from.
 */
import type { Diagnostic } from '../errors.js'
import { canonical } from './changed-versions.js'
import type { LoadedModel, Registry } from './registry.js'
import { findVersion, sameVersion } from './semver.js'
import type { KeyPath, SourceFile } from './source-file.js'
import type { HistoryEntry, ModelSpec, VersionEntry } from './types.js'

export interface HistoryBase {
  /** How the base was named, for messages (`main`, a SHA). */
  rev: string
  /** Model entries at the base, by name. */
  models: ReadonlyMap<string, ModelSpec>
  /** Every history list at the base (the registry file's and each model's own). */
  histories: ReadonlyArray<ReadonlyArray<HistoryEntry>>
}

/** A history entry of the head and where it is written. */
interface Located {
  entry: HistoryEntry
  source: SourceFile
  path: KeyPath
}

export function checkHistorySince(reg: Registry, base: HistoryBase): Diagnostic[] {
  const out: Diagnostic[] = []
  const headLists = headHistories(reg)
  const head = byModel(headLists.flatMap(l => l.entries))
  const before = byModel(base.histories.flat().map(entry => ({ entry })))

  const grown = new Set<string>()
  for (const [name, old] of before) {
    // `validate --model M` loaded only M: the others are not under review.
    if (reg.onlyModel && name !== reg.onlyModel) continue
    const now = head.get(name) ?? []
    const problem = prefixProblem(old, now, base.rev)
    if (!problem) {
      grown.add(name)
      continue
    }
    const at = problem.at ?? lastPlace(reg, name, headLists)
    out.push(at.source.diagnostic(at.path, problem.message))
  }

  for (const model of reg.models) {
    const all = head.get(model.name) ?? []
    // A model whose history was rewritten already has its one error; its new entries are unknown.
    if (before.has(model.name) && !grown.has(model.name)) continue
    const appended = all.slice(before.get(model.name)?.length ?? 0)
    out.push(...checkStageChanges(reg, model, base, appended))
  }
  return out
}

function headHistories(
  reg: Registry
): Array<{ entries: Located[]; source: SourceFile; at: KeyPath }> {
  const list = (source: SourceFile, at: KeyPath, history: HistoryEntry[] | undefined) => ({
    source,
    at,
    entries: (history ?? []).map((entry, i) => ({ entry, source, path: [...at, i] }))
  })
  return [
    list(reg.manifest, ['history'], reg.data.history),
    ...reg.models.map(m => list(m.source, [...m.at, 'history'], m.spec.history))
  ]
}

function byModel<T extends { entry: HistoryEntry }>(items: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const list = out.get(item.entry.model) ?? []
    list.push(item)
    out.set(item.entry.model, list)
  }
  return out
}

/** The first way `now` is not `old` plus appended entries, if any. */
function prefixProblem(
  old: Array<{ entry: HistoryEntry }>,
  now: Located[],
  rev: string
): { message: string; at?: Located } | undefined {
  for (let i = 0; i < old.length; i++) {
    const was = old[i].entry
    if (i >= now.length) {
      const lost = old.length - now.length
      return {
        message: `history of model ${was.model} lost ${lost} entr${lost === 1 ? 'y' : 'ies'} since ${rev} (first: ${describe(was)}); history is append-only`
      }
    }
    if (canonical(was) !== canonical(now[i].entry)) {
      return {
        message: `history entry ${describe(now[i].entry)} differs from the one at ${rev} (${describe(was)}): history is append-only, entries are never edited, removed or reordered`,
        at: now[i]
      }
    }
  }
  return undefined
}

/** Where to report lost entries: the model's last remaining entry, else a history key. */
function lastPlace(
  reg: Registry,
  name: string,
  lists: Array<{ entries: Located[]; source: SourceFile; at: KeyPath }>
): { source: SourceFile; path: KeyPath } {
  const remaining = lists.flatMap(l => l.entries).filter(e => e.entry.model === name)
  if (remaining.length) return remaining[remaining.length - 1]
  const model = reg.models.find(m => m.name === name)
  if (model) return { source: model.source, path: [...model.at, 'versions'] }
  return { source: reg.manifest, path: ['history'] }
}

function checkStageChanges(
  reg: Registry,
  model: LoadedModel,
  base: HistoryBase,
  appended: Located[]
): Diagnostic[] {
  const out: Diagnostic[] = []
  const archive = reg.archive.folder
  const baseSpec = base.models.get(model.name)
  const versions = model.spec.versions
  const claimed = new Set<Located>()

  versions.forEach((v, index) => {
    const mine = appended.filter(e => sameVersion(e.entry.version, v.version))
    mine.forEach(e => claimed.add(e))
    const start = baseSpec ? (findVersion(baseSpec.versions, v.version)?.stage ?? null) : null
    let current: string | null = start
    for (const e of mine) {
      const from = e.entry.from ?? null
      const displacedThenRestored = from === archive && current !== null && current !== archive
      if (from !== current && !displacedThenRestored) {
        out.push(
          e.source.diagnostic(
            e.path,
            `history entry ${describe(e.entry)} does not follow from where ${model.name} ${v.version} was: ${current === null ? `not in the registry at ${base.rev}` : `in ${current}`}${current === start ? ` at ${base.rev}` : ' after the entries before it'}`
          )
        )
        return
      }
      current = e.entry.to
    }
    if (current === v.stage || displacedBy(v, current, archive, appended)) return
    const stagePath = [...model.at, 'versions', index, 'stage']
    out.push(
      model.source.diagnostic(
        current === null && start === null ? [...model.at, 'versions', index] : stagePath,
        current === null
          ? `${model.name} ${v.version} is new since ${base.rev} but has no history entry { from: null, to: ${v.stage} }: add versions with register`
          : `${model.name} ${v.version} moved from ${current} to ${v.stage} since ${base.rev} without a history entry { from: ${current}, to: ${v.stage} }: move versions with promote, rollback or retire, not by hand`
      )
    )
  })

  for (const e of appended) {
    if (claimed.has(e)) continue
    out.push(
      e.source.diagnostic(
        e.path,
        `history entry ${describe(e.entry)} names version ${e.entry.version}, which model ${model.name} does not have`
      )
    )
  }

  if (baseSpec) {
    for (const old of baseSpec.versions) {
      if (findVersion(versions, old.version)) continue
      out.push(
        model.source.diagnostic(
          [...model.at, 'versions'],
          `${model.name} ${old.version} (${old.stage} at ${base.rev}) was removed: versions are never deleted, they move to the archive (retire)`
        )
      )
    }
  }
  return out
}

/**
 * A version a promotion or rollback displaced: archived with `replaced` or
 * `rolled-back`, by a version whose new entry took it into the stage this
 * one left.
 */
function displacedBy(
  v: VersionEntry,
  left: string | null,
  archive: string,
  appended: Located[]
): boolean {
  const r = v.retired
  if (v.stage !== archive || left === null || left === archive || !r?.replacedBy) return false
  if (r.reason !== 'replaced' && r.reason !== 'rolled-back') return false
  return appended.some(e => sameVersion(e.entry.version, r.replacedBy!) && e.entry.to === left)
}

function describe(h: HistoryEntry): string {
  return `${h.model} ${h.version} ${h.from ?? 'null'} → ${h.to} (${h.at})`
}
