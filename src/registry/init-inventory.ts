/**
 * What `init` finds in a repository, as data: every model and version the
 * placement function puts somewhere, their files and digests, and every
 * reason the manifest it would write could not validate today (a file no
 * version holds, a name the manifest refuses, versions whose files differ,
 * a stale benchmark copy). Pure: scanned files in, inventory out.
 */
import { quote } from '../clip.js'
import type { PlaceFile, Placement } from './folder-placement.js'
import { unsafeFileNameReason } from './paths.js'
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
  /** A path relative to `root` as messages show it (default: as it is). */
  shown?: (rel: string) => string
}

export interface FoundVersion {
  version: string
  stage: string
  /** The version's folder, relative to `root`. */
  dir: string
  /** File name → digest. */
  files: Record<string, string>
}

export interface FoundModel {
  name: string
  /** The files every version holds (the model's `files`). */
  files: string[]
  /** Highest version first. */
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
  problems: InventoryProblem[]
}

export function takeInventory(files: ScannedFile[], options: InventoryOptions): Inventory {
  const problems: InventoryProblem[] = []
  const shown = options.shown ?? ((rel: string) => rel)
  const reserved = new Set([...options.stages, options.archive])
  if (options.benchmark) reserved.add(options.benchmark)
  const versions = new Map<string, FoundVersion>() // `<folder>/<model>/<version>` → version
  const copies = new Map<string, FoundVersion>()
  const badNames = new Set<string>()
  const ignored: string[] = []
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
    const dir = `${at.folder}/${at.model}/${at.version}`
    // A badly named folder is reported once, not once per file in it.
    if (badNames.has(dir)) continue
    const nameProblem = nameProblemOf(at, reserved)
    if (nameProblem) {
      problems.push({ path: `${dir}/`, message: nameProblem })
      badNames.add(dir)
      continue
    }
    const fileProblem = unsafeFileNameReason(at.file)
    if (fileProblem) {
      problems.push({ path: file.rel, message: fileProblem })
      continue
    }
    const into = at.folder === options.benchmark ? copies : versions
    const found = into.get(dir) ?? {
      version: at.version,
      stage: at.folder,
      dir,
      files: {}
    }
    found.files[at.file] = file.digest
    into.set(dir, found)
  }

  const models = groupByModel([...versions.values()], problems, shown)
  const benchmarkCopies = options.benchmark
    ? checkCopies([...copies.values()], models, options, problems, shown)
    : []
  return { models, ignored, benchmarkCopies, problems }
}

/** Why a model or version folder's name cannot be written in the manifest. */
function nameProblemOf(at: Placement, reserved: Set<string>): string | undefined {
  if (!MODEL_NAME.test(at.model) || at.model.includes('..')) {
    return `${quote(at.model)} is not a model name (lower-case letters, digits, ".", "_", "-", at most 63 characters): rename the folder`
  }
  if (reserved.has(at.model)) {
    return `${quote(at.model)} is also a stage or folder name: rename the model's folder`
  }
  if (!isSemVer(at.version)) {
    const hint = semverSuggestion(at.version)
    const rename = hint ? `rename it ${hint}` : 'rename it to a SemVer version (e.g. 1.0.0)'
    return `version ${quote(at.version)} is not SemVer: ${rename}; \`--versioning ordered\` (any version name, ordered by date) is planned but not supported yet`
  }
  return undefined
}

function groupByModel(
  found: FoundVersion[],
  problems: InventoryProblem[],
  shown: (rel: string) => string
): FoundModel[] {
  const byModel = new Map<string, FoundVersion[]>()
  for (const v of found) {
    const model = v.dir.split('/')[1]
    byModel.set(model, [...(byModel.get(model) ?? []), v])
  }
  const models: FoundModel[] = []
  for (const [name, list] of [...byModel].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => compareVersions(b.version, a.version) || (a.stage < b.stage ? -1 : 1))
    // `v1.2.0` and `1.2.0` are one version: it lives in one folder.
    list.forEach((v, i) => {
      const twin = list.slice(0, i).find(w => sameVersion(w.version, v.version))
      if (twin) {
        problems.push({
          path: `${v.dir}/`,
          message: `${name} ${v.version} is also at ${shown(twin.dir)}/; a version lives in one stage: keep one of them`
        })
      }
    })
    const names = list.map(v => new Set(Object.keys(v.files)))
    const common = [...names[0]].filter(f => names.every(s => s.has(f))).sort()
    list.forEach((v, i) => {
      const extra = [...names[i]].filter(f => !common.includes(f)).sort()
      if (extra.length) {
        problems.push({
          path: `${v.dir}/`,
          message: `holds ${extra.join(', ')}, which not every version of ${name} has: today every version of a model holds the same files${common.length ? ` (here: ${common.join(', ')})` : ''}; per-version files are planned`
        })
      }
    })
    models.push({ name, files: common, versions: list })
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
    const own = copies.filter(c => c.dir.split('/')[1] === model.name)
    if (!live) {
      for (const c of own) {
        problems.push({
          path: `${c.dir}/`,
          message: `is a benchmark copy, but ${model.name} has no version in ${last}: remove the copy, or run init with --benchmark false`
        })
      }
      continue
    }
    const match = own.find(c => c.version === live.version)
    for (const c of own) {
      if (c === match) continue
      problems.push({
        path: `${c.dir}/`,
        message: `is a stale benchmark copy: ${model.name} has ${live.version} in ${last}; copy ${shown(live.dir)}/ to ${shown(`${options.benchmark}/${model.name}/${live.version}`)}/ instead`
      })
    }
    if (!match) {
      if (!own.length) {
        problems.push({
          path: `${live.dir}/`,
          message: `${model.name} ${live.version} in ${last} has no benchmark copy: copy this folder to ${shown(`${options.benchmark}/${model.name}/${live.version}`)}/, or run init with --benchmark false`
        })
      }
      continue
    }
    const differs = [...new Set([...Object.keys(match.files), ...Object.keys(live.files)])]
      .filter(f => match.files[f] !== live.files[f])
      .sort()
    if (differs.length) {
      problems.push({
        path: `${match.dir}/`,
        message: `is not a copy of ${shown(live.dir)}/: ${differs.join(', ')} ${differs.length === 1 ? 'differs' : 'differ'}; copy the version again`
      })
    } else ok.push(model.name)
  }
  const known = new Set(models.map(m => m.name))
  for (const c of copies) {
    const model = c.dir.split('/')[1]
    if (!known.has(model)) {
      problems.push({
        path: `${c.dir}/`,
        message: `is a benchmark copy of ${model}, which has no version in any stage: remove it`
      })
    }
  }
  return ok
}
