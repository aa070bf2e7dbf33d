/**
 * Which versions need evaluation (SPEC §3 `plan`). Pure: the caller reads
 * the head registry, the base revision's model entries and the paths git
 * says changed; this module only decides.
 *
 * - Without a base every version that is not archived is selected.
 * - With one, a version is selected when it is new, when its `files`
 *   digests changed, when a file under its folder changed (under a layout
 *   that gives each version a folder; else when one of its files, at the
 *   path its layout renders, changed), or when its
 *   model's policy (`metrics`, `compare`, `evaluate`, `train`) changed — a
 *   policy change selects every version of the model that is not archived —
 *   or a file its evaluation reads (`evaluate.data`, `evaluate.inputs`: the
 *   evaluation cache keys the same files, so the result would differ too).
 * - The benchmark copy joins a model's entries when a selected version may
 *   be compared with it: one outside the stage the copy mirrors (the
 *   production version's own copy would be compared with itself).
 */
import path from 'node:path'
import { isGlobPattern, matchGlob } from './glob.js'
import {
  benchmarkSource,
  hasOwnFolder,
  versionDir,
  versionFilePath,
  versionFiles
} from './layout.js'
import type { LoadedModel, Registry } from './registry.js'
import { findVersion } from './semver.js'
import type { ModelSpec, VersionEntry } from './types.js'

/** The `version` of the benchmark copy's entry, as `evaluate` reads it. */
const BENCHMARK_VERSION = 'benchmark'

export type SelectionReason = 'all' | 'new' | 'files' | 'policy' | 'inputs' | 'benchmark'

export interface SelectedEntry {
  model: string
  /** The version, or `benchmark` for the benchmark copy. */
  version: string
  /** The version's stage; the benchmark folder for the copy. */
  stage: string
  reason: SelectionReason
}

export interface BaseSnapshot {
  /** The model entries as the base revision has them, by name; a model the base lacks is new. */
  models: ReadonlyMap<string, ModelSpec>
  /** Repository-relative paths that differ between base and head. */
  changedPaths: Iterable<string>
}

/** The keys whose change means every live version of the model must be evaluated again. */
const POLICY_KEYS = ['metrics', 'compare', 'evaluate', 'train'] as const

export function selectVersions(reg: Registry, base?: BaseSnapshot): SelectedEntry[] {
  const changed = base
    ? changesOf(base.changedPaths)
    : { paths: new Set<string>(), folders: new Set<string>() }
  const readsChanged = evaluationReadsIn(changed)
  const out: SelectedEntry[] = []
  for (const model of reg.models) {
    const live = model.spec.versions.filter(v => v.stage !== reg.archive.folder)
    const baseSpec = base?.models.get(model.name)
    const modelChanged = baseSpec && modelChangeOf(baseSpec, model.spec, readsChanged)
    const picked: SelectedEntry[] = []
    for (const v of live) {
      const reason = base ? why(reg, model, v, baseSpec, modelChanged, changed) : 'all'
      if (reason) picked.push({ model: model.name, version: v.version, stage: v.stage, reason })
    }
    out.push(...picked)
    const copy = benchmarkEntry(reg, model, picked)
    if (copy) out.push(copy)
  }
  return out
}

function why(
  reg: Registry,
  model: LoadedModel,
  v: VersionEntry,
  baseSpec: ModelSpec | undefined,
  modelChanged: ModelChange | undefined,
  changed: Changes
): SelectionReason | undefined {
  const before = baseSpec && findVersion(baseSpec.versions, v.version)
  if (!before) return 'new'
  // The same entry (a shard the diff leaves out is the head's own) has the same files.
  if (before !== v && canonical(before.files) !== canonical(v.files)) return 'files'
  if (touched(reg, model, v, changed)) return 'files'
  return modelChanged
}

/** What changed for every live version of a model at once. */
type ModelChange = 'policy' | 'inputs'

/** The change that selects every live version of a model the base also has, if any. */
function modelChangeOf(
  before: ModelSpec,
  now: ModelSpec,
  readsChanged: (spec: ModelSpec) => boolean
): ModelChange | undefined {
  if (policyDiffers(before, now)) return 'policy'
  return readsChanged(now) ? 'inputs' : undefined
}

/**
 * Whether a changed path is a file the model's evaluation reads: one of `evaluate.data`, or
 * one `evaluate.inputs` names. Each entry is matched once per plan, however many models share
 * it (a `common.py` of every model).
 */
function evaluationReadsIn(changed: Changes): (spec: ModelSpec) => boolean {
  const memo = new Map<string, boolean>()
  const hit = (entry: string): boolean => {
    if (!memo.has(entry)) memo.set(entry, entryChanged(entry, changed))
    return memo.get(entry)!
  }
  return spec => [...(spec.evaluate?.data ?? []), ...(spec.evaluate?.inputs ?? [])].some(hit)
}

/** Whether an `inputs` or `data` entry names a changed path: a glob's match, a file below a folder, the file. */
function entryChanged(entry: string, changed: Changes): boolean {
  // As git names paths: `./evaluate.py` is `evaluate.py`, `lib/` is the folder `lib`.
  const rel = path.posix.normalize(entry).replace(/\/+$/, '')
  if (rel === '.') return changed.paths.size > 0
  if (isGlobPattern(rel)) return matchGlob(rel, changed.paths).length > 0
  return changed.paths.has(rel) || changed.folders.has(rel)
}

function benchmarkEntry(
  reg: Registry,
  model: LoadedModel,
  picked: SelectedEntry[]
): SelectedEntry | undefined {
  if (!reg.benchmark) return undefined
  const copyOf = reg.benchmark.copyOf
  if (!picked.some(e => e.stage !== copyOf)) return undefined
  if (!benchmarkSource(reg, model)) return undefined
  return {
    model: model.name,
    version: BENCHMARK_VERSION,
    stage: reg.benchmark.folder,
    reason: 'benchmark'
  }
}

function policyDiffers(a: ModelSpec, b: ModelSpec): boolean {
  return a !== b && POLICY_KEYS.some(k => canonical(a[k]) !== canonical(b[k]))
}

interface Changes {
  paths: ReadonlySet<string>
  /** Every folder that holds a changed path, at any depth: one set lookup per version. */
  folders: ReadonlySet<string>
}

function changesOf(changedPaths: Iterable<string>): Changes {
  const paths = new Set(changedPaths)
  const folders = new Set<string>()
  for (const p of paths) {
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) folders.add(p.slice(0, i))
  }
  return { paths, folders }
}

/**
 * Whether a changed path is the version's: anything in its own folder (a
 * README there travels with it), or, where versions share a folder
 * (`resources/staging.keras`), one of its files.
 */
function touched(reg: Registry, model: LoadedModel, v: VersionEntry, changed: Changes): boolean {
  if (hasOwnFolder(reg, model.name, v.stage))
    return changed.folders.has(versionDir(reg, model.name, v))
  return versionFiles(v).some(f => changed.paths.has(versionFilePath(reg, model.name, v, f)))
}

/** JSON with sorted keys: a reordered mapping in the manifest is not a change. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v
    ) ?? 'undefined'
  )
}
