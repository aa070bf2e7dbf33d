/**
 * Plans a registration (SPEC §3 `register`) without touching anything: a
 * trained model's files enter the first stage as a new version, at the paths
 * the stage's layout gives them, with their digests, metrics, lineage and one
 * history entry. A first stage that holds one version per model (by
 * `capacity`, or a layout without `{version}`) sends its occupant to the
 * archive, as a promotion into a full stage does. The caller reads the files
 * and the .gitattributes; this module only decides, and `planChange` turns
 * the draft into the plan, whose `additions` are the new files.
 */
import { clip, quote } from '../clip.js'
import { DecisionError } from '../errors.js'
import { benchmarkFilePath, benchmarkSource, versionFilePath } from '../registry/layout.js'
import { layoutFor } from '../registry/layouts.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import { compareVersions, isSemVer, semverSuggestion } from '../registry/semver.js'
import type { VersionEntry } from '../registry/types.js'
import { isOrderedVersion } from '../registry/layout-template/version-rules.js'
import { expandFileName, renderFolder } from '../registry/layout-template/render.js'
import { newestFirst, versionComparator, versioningOf } from '../registry/version-order.js'
import type { Addition, ChangeDraft, Move } from './change-plan.js'
import { archiveDisplaced, benchmarkRemoval, requireModel } from './plan-parts.js'

/** GitHub refuses files over 100 MiB in git; larger ones must go through Git LFS. */
export const GIT_FILE_LIMIT = 100 * 1024 * 1024

export interface RegisteredFile {
  /** The logical file name: as the model's `files` lists it, or its path in the source folder. */
  name: string
  /** Absolute path of the file in the source folder. */
  source: string
  digest: string
  size: number
  /** Whether .gitattributes routes the file's new path through Git LFS. */
  lfs: boolean
  /**
   * The same for the file's path in the benchmark copy, where registering refreshes the copy
   * (see benchmarkRefresh); `lfs` when not given.
   */
  benchmarkCopyLfs?: boolean
}

export interface RegistrationRequest {
  model: string
  version: string
  files: RegisteredFile[]
  metrics?: Record<string, number>
  /** Lineage: the commit the model was trained from and the run that trained it. */
  source: { commit?: string; run?: string }
  actor: string
  /** ISO time of `createdAt` and the history entry. */
  at: string
  /** Link to this run, recorded in the history entry. */
  run?: string
  /** Accept a version lower than existing ones (`allow-older`). */
  allowOlder: boolean
}

/** The refusals that need no files: unknown model, a bad, existing or older version. */
export function checkRegistration(
  reg: Registry,
  req: Pick<RegistrationRequest, 'model' | 'version' | 'allowOlder' | 'at'>
): LoadedModel {
  const model = requireModel(reg, req.model)
  const id = `${model.name} ${clip(req.version)}`
  const ordered = versioningOf(reg, model) === 'ordered'
  if (ordered && !isOrderedVersion(req.version)) {
    throw new DecisionError(
      `${quote(req.version)} is not a version name (model ${model.name} has versioning: ordered: letters, digits, ".", "_", "+", "-", starting with a letter or digit, at most 128 characters)`
    )
  }
  if (!ordered && !isSemVer(req.version)) {
    const meant = semverSuggestion(req.version)
    throw new DecisionError(
      `${quote(req.version)} is not a SemVer version (e.g. 1.4.0, 2.0.0-rc.1)${meant ? `: write "${meant}"` : ''}${meant ? '' : '; names such as training session ids need versioning: ordered'}`
    )
  }
  const versions = model.spec.versions
  const same = versions.find(v =>
    ordered ? v.version === req.version : compareVersions(v.version, req.version) === 0
  )
  if (same) {
    throw new DecisionError(
      `${id} already exists (as ${same.version}, in ${same.stage}); register a new version`
    )
  }
  const order = versionComparator(reg, model)
  const highest = newestFirst(reg, model, versions)[0]
  const incoming: VersionEntry = { version: req.version, stage: '', files: {}, createdAt: req.at }
  if (highest && order(incoming, highest) < 0 && !req.allowOlder) {
    throw new DecisionError(
      ordered
        ? `${id} would be older than ${model.name} ${highest.version}, created ${highest.createdAt}: under versioning: ordered a new version must be newer than every existing one (set allow-older to register it anyway)`
        : `${id} is lower than ${model.name} ${highest.version}, which the registry already has; a new version must be greater than every existing one (set allow-older to register it anyway)`
    )
  }
  return model
}

export function draftRegistration(reg: Registry, req: RegistrationRequest): ChangeDraft {
  const model = checkRegistration(reg, req)
  const versions = model.spec.versions
  const tooLarge = req.files.find(f => !f.lfs && f.size > GIT_FILE_LIMIT)
  if (tooLarge) {
    throw new DecisionError(
      `${tooLarge.name} is ${megabytes(tooLarge.size)}: GitHub refuses files over 100 MB in git; route it through Git LFS (\`git lfs track "*.${extension(tooLarge.name)}"\`, commit .gitattributes) and register again`
    )
  }

  const stage = reg.stages[0].name
  const place = { stage, version: req.version }
  const additions: Addition[] = req.files.map(f => ({
    path: versionFilePath(reg, model.name, place, f.name),
    source: f.source,
    digest: f.digest,
    size: f.size,
    lfs: f.lfs
  }))
  const entry: VersionEntry = {
    version: req.version,
    stage,
    files: entryFiles(model, req),
    ...(req.metrics && Object.keys(req.metrics).length ? { metrics: req.metrics } : {}),
    createdAt: req.at,
    ...(req.source.commit || req.source.run ? { source: definedOnly(req.source) } : {})
  }
  // Newest first when the list is kept that way, else at the end.
  const order = versionComparator(reg, model)
  const descending = versions.length > 1 && order(versions[0], versions[versions.length - 1]) > 0
  // The occupants a full first stage sends away. Their edits come before the insert, which
  // shifts every index when the new entry goes first.
  const { moves, edits } = archiveDisplaced(reg, model, stage, undefined, req.version, req)
  const refresh = benchmarkRefresh(reg, model, entry, req.files)
  moves.push(...refresh.moves)
  additions.push(...refresh.additions)
  edits.push({
    op: 'insert',
    path: [...model.at, 'versions'],
    value: entry as unknown as Record<string, unknown>,
    at: descending && order(entry, versions[0]) > 0 ? 'first' : 'last'
  })
  const folder = renderFolder(layoutFor(reg, model.name, stage), reg.root, {
    stage,
    model: model.name,
    version: req.version
  })
  return {
    kind: 'register',
    model: model.name,
    version: req.version,
    from: '',
    to: stage,
    moves,
    additions,
    ...(folder !== undefined ? { folder } : {}),
    edits,
    history: {
      at: req.at,
      model: model.name,
      version: req.version,
      from: null,
      to: stage,
      actor: req.actor,
      ...(req.run ? { run: req.run } : {})
    },
    file: model.source
  }
}

/**
 * Where a registered file is also added when registering refreshes the benchmark copy (the
 * registry's `copyOf` names the first stage; see benchmarkRefresh); undefined elsewhere. The
 * command asks .gitattributes about this path as about the file's own.
 */
export function benchmarkCopyPath(
  reg: Registry,
  model: string,
  version: string,
  file: string
): string | undefined {
  return copiesFirstStage(reg) ? benchmarkFilePath(reg, model, version, file) : undefined
}

/** Whether the benchmark copies the first stage, the one a registration enters. */
function copiesFirstStage(reg: Registry): boolean {
  return reg.benchmark !== false && reg.benchmark.copyOf === reg.stages[0].name
}

/**
 * Registering into the stage the benchmark copies (`copyOf` naming the first stage): the new
 * version is the one the copy mirrors from now on, unless it is older than the version the
 * copy mirrors now (`allow-older`). Then the old copy goes, and the new version's files are
 * added at the copy's paths as well, as a promotion into `copyOf` refreshes the copy.
 */
function benchmarkRefresh(
  reg: Registry,
  model: LoadedModel,
  entry: VersionEntry,
  files: readonly RegisteredFile[]
): { moves: Move[]; additions: Addition[] } {
  if (!copiesFirstStage(reg)) return { moves: [], additions: [] }
  const current = benchmarkSource(reg, model)
  if (current && versionComparator(reg, model)(entry, current) < 0) {
    return { moves: [], additions: [] }
  }
  return {
    moves: current ? benchmarkRemoval(reg, model, current) : [],
    additions: files.map(f => ({
      path: benchmarkCopyPath(reg, model.name, entry.version, f.name)!,
      source: f.source,
      digest: f.digest,
      size: f.size,
      lfs: f.benchmarkCopyLfs ?? f.lfs,
      benchmarkCopy: true as const
    }))
  }
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`
}

/**
 * The new entry's `files`: the model's `files` first, in their order (each
 * must be in the request), then any other file the source folder held, by name.
 */
function entryFiles(model: LoadedModel, req: RegistrationRequest): Record<string, string> {
  const byName = new Map(req.files.map(f => [f.name, f.digest]))
  const required = (model.spec.files ?? []).map(n => expandFileName(n, model.name, req.version))
  const missing = required.find(n => !byName.has(n))
  if (missing) throw new DecisionError(`the source folder has no ${missing}`)
  const rest = [...byName.keys()].filter(n => !required.includes(n)).sort()
  return Object.fromEntries([...required, ...rest].map(n => [n, byName.get(n)!]))
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1) : name
}
