/**
 * What `init` finds in a repository, as data: every model and version the
 * placement function puts somewhere, their files and digests (each
 * version's own; the model's `files` where all hold the same names), the
 * files it does not place (for `ignore:`), the versions it numbers itself
 * (a layout without `{version}`), and every reason the manifest it would
 * write could not validate (a name the manifest refuses, a version in two
 * stages, a stale benchmark copy). Pure: scanned files in, inventory out.
 */
import { quote } from '../clip.js'
import type { PlaceFile, Placement } from './folder-placement.js'
import { unsafeFileNameReason } from './paths.js'
import { isOrderedVersion, type Versioning } from './layout-template/version-rules.js'
import { compareVersions, isSemVer, semverSuggestion } from './semver.js'

const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/

export interface ScannedFile {
  /** Path relative to `root`, `/`-separated. */
  rel: string
  /** `sha256:<hex>` of the content (an LFS pointer's oid); absent with a problem. */
  digest?: string
  /** Why the file cannot be read as a model file (a symbolic link, a FIFO). */
  problem?: string
}

export interface InventoryOptions {
  /** Stage names, in promotion order. */
  stages: readonly string[]
  archive: string
  /** The benchmark folder, when copies are recognised. */
  benchmark?: string
  place: PlaceFile
  /** How versions are named (default `semver`). */
  versioning?: Versioning
  /**
   * The date of the last commit that touched a file (a path relative to
   * `root`), where git knows one: it numbers the files of a layout without
   * `{version}`, each one version (0.1.0, 0.2.0, … or v1, v2, … under
   * `ordered`), the oldest first.
   */
  dateOf?: (rel: string) => string | undefined
  /** A path relative to `root` as messages show it (default: as it is). */
  shown?: (rel: string) => string
  /** The benchmark copy's folder for a version, relative to `root` (default: the folder convention's). */
  benchmarkDirOf?: (model: string, version: string) => string
}

export interface FoundVersion {
  model: string
  version: string
  stage: string
  /** The folder that holds the version's files, relative to `root` (its own, under a folder layout). */
  dir: string
  /** Where its files are, relative to `root`. */
  paths: string[]
  /** File name → digest. */
  files: Record<string, string>
}

export interface FoundModel {
  name: string
  /** The files every version holds, where every version holds the same names (the model's `files`). */
  files?: string[]
  /** Highest version first (under `ordered`, as found: init orders them by date). */
  versions: FoundVersion[]
}

export interface InventoryProblem {
  /** The file or folder, relative to `root` (a folder ends in `/`). */
  path: string
  /** What is wrong with it and what to do, to be read after the path. */
  message: string
}

export interface Inventory {
  models: FoundModel[]
  /**
   * Files no version holds (a README loose in a stage folder, a notebook beside the version
   * folders), relative to `root`: the manifest's `ignore:` names them, and they stay put.
   */
  ignored: string[]
  /** Models whose benchmark copy was found (and matches the version it copies). */
  benchmarkCopies: string[]
  /** Versions init named itself (a layout without `{version}`): `model version` → the file. */
  numbered: Array<{ model: string; version: string; stage: string; path: string }>
  problems: InventoryProblem[]
}

/** A file placed in a stage with no `{version}` in its layout: one version, to be numbered. */
interface Unnumbered {
  folder: string
  model: string
  file: string
  rel: string
  digest: string
}

export function takeInventory(files: ScannedFile[], options: InventoryOptions): Inventory {
  const problems: InventoryProblem[] = []
  const shown = options.shown ?? ((rel: string) => rel)
  const versioning = options.versioning ?? 'semver'
  const reserved = new Set([...options.stages, options.archive])
  if (options.benchmark) reserved.add(options.benchmark)
  const versions = new Map<string, FoundVersion>() // `<folder>\0<model>\0<version>` → version
  const copies = new Map<string, FoundVersion>()
  const badNames = new Set<string>()
  const ignored: string[] = []
  const unnumbered: Unnumbered[] = []
  const add = (at: Placement & { version: string }, rel: string, digest: string) => {
    const key = `${at.folder}\0${at.model}\0${at.version}`
    const into = at.folder === options.benchmark ? copies : versions
    const found = into.get(key) ?? {
      model: at.model,
      version: at.version,
      stage: at.folder,
      dir: folderOf(rel, at.file),
      paths: [],
      files: {}
    }
    found.files[at.file] = digest
    found.paths.push(rel)
    into.set(key, found)
  }
  for (const file of [...files].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    if (file.problem !== undefined || file.digest === undefined) {
      problems.push({ path: file.rel, message: file.problem ?? 'unreadable' })
      continue
    }
    const at = options.place(file.rel)
    if (!at) {
      ignored.push(file.rel)
      continue
    }
    const dir = at.version === undefined ? file.rel : `${folderOf(file.rel, at.file)}/`
    // A badly named folder is reported once, not once per file in it.
    if (badNames.has(dir)) continue
    const nameProblem = nameProblemOf(at, reserved, versioning)
    if (nameProblem) {
      problems.push({ path: dir, message: nameProblem })
      badNames.add(dir)
      continue
    }
    const fileProblem = unsafeFileNameReason(at.file)
    if (fileProblem) {
      problems.push({ path: file.rel, message: fileProblem })
      continue
    }
    if (at.version === undefined) {
      unnumbered.push({
        folder: at.folder,
        model: at.model,
        file: at.file,
        rel: file.rel,
        digest: file.digest
      })
    } else add({ ...at, version: at.version }, file.rel, file.digest)
  }

  const numbered = numberVersions(unnumbered, versions, options, versioning, problems, shown)
  for (const n of numbered.placed) add(n.at, n.rel, n.digest)
  const models = groupByModel([...versions.values()], problems, shown, versioning)
  const benchmarkCopies = options.benchmark
    ? checkCopies([...copies.values()], models, options, problems, shown)
    : []
  return { models, ignored, benchmarkCopies, numbered: numbered.named, problems }
}

/** The version's folder: the path without its logical file name, else the file's folder. */
function folderOf(rel: string, file: string): string {
  if (rel.endsWith(`/${file}`)) return rel.slice(0, -file.length - 1)
  const cut = rel.lastIndexOf('/')
  return cut < 0 ? '.' : rel.slice(0, cut)
}

/**
 * Each file of a layout without `{version}` is one version: numbered per
 * model by the date of the last commit that touched it, the oldest first
 * (a file git does not know is the newest); ties go by stage order, the
 * later stage older (it got there first). Names another version of the
 * model already has are skipped. A benchmark file is the copy of the last
 * stage's version: it takes that version's name, and checkCopies compares
 * the bytes.
 */
function numberVersions(
  files: Unnumbered[],
  versions: Map<string, FoundVersion>,
  options: InventoryOptions,
  versioning: Versioning,
  problems: InventoryProblem[],
  shown: (rel: string) => string
): {
  placed: Array<{ at: Placement & { version: string }; rel: string; digest: string }>
  named: Inventory['numbered']
} {
  const placed: Array<{ at: Placement & { version: string }; rel: string; digest: string }> = []
  const named: Inventory['numbered'] = []
  const last = options.stages[options.stages.length - 1]
  const stageIndex = (s: string) => options.stages.indexOf(s)
  const models = [...new Set(files.map(f => f.model))].sort()
  for (const model of models) {
    const own = files.filter(f => f.model === model)
    const inStages = own.filter(f => f.folder !== options.benchmark)
    // A stage whose layout has no {version} holds one version of a model.
    const byStage = new Map<string, Unnumbered[]>()
    for (const f of inStages) byStage.set(f.folder, [...(byStage.get(f.folder) ?? []), f])
    for (const [stage, list] of byStage) {
      if (list.length > 1) {
        problems.push({
          path: list[0].rel,
          message: `and ${list
            .slice(1)
            .map(f => shown(f.rel))
            .join(
              ', '
            )} are all ${model} in ${stage}, whose layout has no {version} and so holds one version: remove or rename all but one`
        })
      }
    }
    if ([...byStage.values()].some(l => l.length > 1)) continue
    const taken = new Set([...versions.values()].filter(v => v.model === model).map(v => v.version))
    const dated = inStages.map(f => ({ f, date: options.dateOf?.(f.rel) }))
    dated.sort((a, b) => {
      const ta = a.date === undefined ? Infinity : Date.parse(a.date)
      const tb = b.date === undefined ? Infinity : Date.parse(b.date)
      return ta - tb || stageIndex(b.f.folder) - stageIndex(a.f.folder)
    })
    let n = 0
    const next = () => {
      let name: string
      do {
        n++
        name = versioning === 'ordered' ? `v${n}` : `0.${n}.0`
      } while (taken.has(name) || (versioning === 'semver' && taken.has(`v${name}`)))
      return name
    }
    let live: string | undefined
    for (const { f } of dated) {
      const version = next()
      if (f.folder === last) live = version
      placed.push({
        at: { folder: f.folder, model, version, file: f.file },
        rel: f.rel,
        digest: f.digest
      })
      named.push({ model, version, stage: f.folder, path: f.rel })
    }
    for (const copy of own.filter(f => f.folder === options.benchmark)) {
      if (live === undefined) {
        problems.push({
          path: copy.rel,
          message: `is a benchmark copy, but ${model} has no version in ${last}: remove the copy, or run init with --benchmark false`
        })
        continue
      }
      placed.push({
        at: { folder: copy.folder, model, version: live, file: copy.file },
        rel: copy.rel,
        digest: copy.digest
      })
    }
  }
  return { placed, named }
}

/** Why a model or version folder's name cannot be written in the manifest. */
function nameProblemOf(
  at: Placement,
  reserved: Set<string>,
  versioning: Versioning
): string | undefined {
  if (!MODEL_NAME.test(at.model) || at.model.includes('..')) {
    return `${quote(at.model)} is not a model name (lower-case letters, digits, ".", "_", "-", at most 63 characters): rename the folder`
  }
  if (reserved.has(at.model)) {
    return `${quote(at.model)} is also a stage or folder name: rename the model's folder`
  }
  if (at.version === undefined) return undefined
  if (reserved.has(at.version)) {
    return `version ${quote(at.version)} is also a stage or folder name, which no version may have: rename it`
  }
  if (versioning === 'ordered') {
    if (isOrderedVersion(at.version)) return undefined
    return `version ${quote(at.version)} is not a version name: under versioning ordered a version is letters, digits, ".", "_", "+", "-", starting with a letter or digit, at most 128 characters`
  }
  if (!isSemVer(at.version)) {
    const hint = semverSuggestion(at.version)
    const rename = hint ? `rename it ${hint}` : 'rename it to a SemVer version (e.g. 1.0.0)'
    return `version ${quote(at.version)} is not SemVer: ${rename}, or run init with \`--versioning ordered\` (any version name, ordered by date)`
  }
  return undefined
}

function groupByModel(
  found: FoundVersion[],
  problems: InventoryProblem[],
  shown: (rel: string) => string,
  versioning: Versioning
): FoundModel[] {
  const byModel = new Map<string, FoundVersion[]>()
  for (const v of found) byModel.set(v.model, [...(byModel.get(v.model) ?? []), v])
  const models: FoundModel[] = []
  for (const [name, list] of [...byModel].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (versioning === 'semver') {
      list.sort((a, b) => compareVersions(b.version, a.version) || (a.stage < b.stage ? -1 : 1))
    }
    // `v1.2.0` and `1.2.0` are one version under SemVer: it lives in one place.
    const same = versioning === 'semver' ? sameVersion : (a: string, b: string) => a === b
    list.forEach((v, i) => {
      const twin = list.slice(0, i).find(w => same(w.version, v.version))
      if (twin) {
        problems.push({
          path: `${v.dir}/`,
          message: `${name} ${v.version} is also at ${shown(twin.dir)}/; a version lives in one stage: keep one of them`
        })
      }
    })
    // Where every version holds the same names they are the model's `files`;
    // else each version lists its own (issue #12: per-version files).
    const names = list.map(v => Object.keys(v.files).sort().join('\0'))
    const files = names.every(n => n === names[0]) ? Object.keys(list[0].files).sort() : undefined
    models.push({ name, ...(files ? { files } : {}), versions: list })
  }
  return models
}

function sameVersion(a: string, b: string): boolean {
  return a.replace(/^v/, '') === b.replace(/^v/, '')
}

/**
 * Each benchmark copy must be the files of the version it copies, the highest
 * one in the last stage, byte for byte: validate reports anything else.
 */
function checkCopies(
  copies: FoundVersion[],
  models: FoundModel[],
  options: InventoryOptions,
  problems: InventoryProblem[],
  shown: (rel: string) => string
): string[] {
  const last = options.stages[options.stages.length - 1]
  const ok: string[] = []
  for (const model of models) {
    const live = model.versions.find(v => v.stage === last)
    const own = copies.filter(c => c.model === model.name)
    if (!live) {
      for (const c of own) {
        problems.push({
          path: at(c),
          message: `is a benchmark copy, but ${model.name} has no version in ${last}: remove the copy, or run init with --benchmark false`
        })
      }
      continue
    }
    const match = own.find(c => c.version === live.version)
    for (const c of own) {
      if (c === match) continue
      problems.push({
        path: at(c),
        message: `is a stale benchmark copy: ${model.name} has ${live.version} in ${last}; copy ${shown(at(live))} to ${shown(copyDir(options, model.name, live.version))}/ instead`
      })
    }
    if (!match) {
      if (!own.length) {
        problems.push({
          path: at(live),
          message: `${model.name} ${live.version} in ${last} has no benchmark copy: copy this folder to ${shown(copyDir(options, model.name, live.version))}/, or run init with --benchmark false`
        })
      }
      continue
    }
    const differs = [...new Set([...Object.keys(match.files), ...Object.keys(live.files)])]
      .filter(f => match.files[f] !== live.files[f])
      .sort()
    if (differs.length) {
      problems.push({
        path: at(match),
        message: `is not a copy of ${shown(at(live))}: ${differs.join(', ')} ${differs.length === 1 ? 'differs' : 'differ'}; copy the version again`
      })
    } else ok.push(model.name)
  }
  const known = new Set(models.map(m => m.name))
  for (const c of copies) {
    const model = c.model
    if (!known.has(model)) {
      problems.push({
        path: at(c),
        message: `is a benchmark copy of ${model}, which has no version in any stage: remove it`
      })
    }
  }
  return ok
}

/** Where the benchmark copy of a version belongs, relative to `root`. */
function copyDir(options: InventoryOptions, model: string, version: string): string {
  return options.benchmarkDirOf?.(model, version) ?? `${options.benchmark}/${model}/${version}`
}

/**
 * Where a version is, as a message names it: its own folder (`…/1.2.0/`),
 * or, where it shares a folder with others (a file layout), its files.
 */
function at(v: FoundVersion): string {
  const names = Object.keys(v.files)
  const own = v.paths.every(p => names.some(f => p === `${v.dir}/${f}`))
  return own ? `${v.dir}/` : v.paths.join(', ')
}
