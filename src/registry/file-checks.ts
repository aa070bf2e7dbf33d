/**
 * The file rules of SPEC §2: every version's files exist where the folder
 * convention puts them with the recorded sha256 (LFS pointers by their oid),
 * nothing unknown sits under a stage folder, and the benchmark copy mirrors
 * the production version byte for byte. Under any layout but the default
 * (issue #12) the paths come from the templates: template-file-checks.ts.
 */
import { realpathSync } from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from '../errors.js'
import { contentDigest, digestFileSync, type FileDigest } from './digest.js'
import { ignoredBy } from './ignore.js'
import { listTree, listTreeInWorker, type FileTree } from './file-tree.js'
import { benchmarkDir, benchmarkSource, managedFolders } from './layout.js'
import { usesDefaultLayout } from './layouts.js'
import { isInside, joinRel } from './paths.js'
import { checkTemplateFiles, templateWalkRoots } from './template-file-checks.js'
import type { LoadedModel, Registry } from './registry.js'
import type { KeyPath } from './source-file.js'
import type { VersionEntry } from './types.js'
import {
  benchmarkPaths,
  checkBenchmarkCopy,
  expectations,
  IGNORED_NAMES,
  missing,
  modelsKey,
  stageEntry,
  strayFiles,
  type Expectation,
  type HashJob
} from './file-check-parts.js'

export { IGNORED_NAMES }

export interface FileCheckStats {
  files: number
  bytes: number
  lfsPointers: number
}

export interface FileCheckResult {
  diagnostics: Diagnostic[]
  stats: FileCheckStats
  /** Version files over `largeFileBytes` stored as real files (not LFS pointers). */
  large: LargeFile[]
}

/** A version file too large for plain git, where the manifest lists it. */
export interface LargeFile {
  rel: string
  size: number
  model: LoadedModel
  /** Key path of the file's entry in the version's `files`. */
  at: KeyPath
}

/** GitHub refuses files over 100 MiB in git (LFS objects are exempt). */
export const GITHUB_FILE_LIMIT = 100 * 1024 * 1024

/** From this many files on, the folder walk runs in a worker thread (it costs ~40 ms to start). */
const WORKER_THRESHOLD = 2000

export interface FileCheckOptions {
  /** From this many files on, walk the folders in a worker thread. */
  workerThreshold?: number
  /** Version files larger than this (and not LFS pointers) are reported in `large`. */
  largeFileBytes?: number
  /**
   * Digests the caller has just taken of these repository-relative paths, the way the walk
   * reads them (through a link inside the repository): used instead of reading the file again
   * (init checks the manifest it made from the files it has just hashed).
   */
  digested?: ReadonlyMap<string, FileDigest>
}

export async function checkFiles(
  reg: Registry,
  options: FileCheckOptions = {}
): Promise<FileCheckResult> {
  const out: Diagnostic[] = []
  const stats: FileCheckStats = { files: 0, bytes: 0, lfsPointers: 0 }
  const large: LargeFile[] = []
  const limit = options.largeFileBytes ?? GITHUB_FILE_LIMIT
  // Synchronous, as the digests below are: a few calls, and node:fs/promises
  // would be loaded for them alone at every start of `validate` (bench: cold start).
  const realRepo = realpathSync.native(reg.repoRoot)
  const rootAbs = path.join(reg.repoRoot, reg.root)
  try {
    if (!isInside(realRepo, realpathSync.native(rootAbs))) {
      out.push(
        reg.manifest.diagnostic(
          ['root'],
          `root "${reg.root}" is a symbolic link that leaves the repository`
        )
      )
      return { diagnostics: out, stats, large }
    }
  } catch {
    // A root that does not exist yet holds no files; missing files are reported below.
  }

  const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models
  // The default layout keeps its own fast path; any other goes by its templates.
  const templated = !usesDefaultLayout(reg)
  const dirs = templated
    ? templateWalkRoots(reg)
    : managedFolders(reg).map(f =>
        reg.onlyModel ? joinRel(reg.root, f, reg.onlyModel) : joinRel(reg.root, f)
      )
  // A stage folder that is itself a link out of the repository would make
  // every file check below read foreign files: stop at that one error.
  for (const dir of dirs) {
    const target = realTarget(path.join(reg.repoRoot, dir))
    if (target && !isInside(realRepo, target)) {
      const at: KeyPath = reg.data.root !== undefined ? ['root'] : []
      out.push(
        reg.manifest.diagnostic(
          at,
          `${dir} is a symbolic link to ${target}, outside the repository`
        )
      )
    }
  }
  if (out.length) return { diagnostics: out, stats, large }
  const expected = expectations(reg, models)
  // Large registries: walk in a worker while this thread hashes every file
  // the manifest names (without following links: the walk says where links go).
  const walking =
    expected.size >= (options.workerThreshold ?? WORKER_THRESHOLD)
      ? listTreeInWorker(reg.repoRoot, realRepo, dirs)
      : Promise.resolve(listTree(reg.repoRoot, realRepo, dirs))
  const early = new Map<string, FileDigest>()
  const copies = benchmarkPaths(reg, models)
  const digested = options.digested ?? new Map<string, FileDigest>()
  for (const rel of [...expected.keys(), ...copies]) {
    if (digested.has(rel)) continue
    const d = digestIfPlainFile(path.join(reg.repoRoot, rel))
    if (d) early.set(rel, d)
  }
  const tree = await walking

  const toHash: HashJob[] = []
  // A version folder that is a link was not walked: its files are reported
  // through the link, once, instead of one "missing file" each.
  const linkedFolders = [...tree].filter(([, e]) => e.folder).map(([rel]) => rel)
  const reportedLinks = new Set<string>()
  for (const [rel, exp] of expected) {
    const entry = tree.get(rel)
    const viaLink = entry ? undefined : linkedFolders.find(f => rel.startsWith(`${f}/`))
    if (viaLink !== undefined) {
      if (!reportedLinks.has(viaLink)) {
        reportedLinks.add(viaLink)
        out.push(exp.model.source.diagnostic(exp.at, `${viaLink} is ${tree.get(viaLink)!.problem}`))
      }
    } else if (!entry) {
      out.push(missing(rel, exp))
    } else if (entry.problem) {
      out.push(exp.model.source.diagnostic(exp.at, `${rel} is ${entry.problem}`))
    } else {
      toHash.push([rel, exp, entry.abs])
    }
  }
  if (templated) {
    const placed = checkTemplateFiles(reg, models, tree, expected, reportedLinks)
    out.push(...placed.diagnostics)
    toHash.push(...placed.toHash)
  } else {
    const benchmark = checkBenchmarks(reg, models, tree)
    out.push(...benchmark.diagnostics)
    toHash.push(...benchmark.toHash)
    out.push(...strays(reg, models, tree, expected, reportedLinks))
  }

  toHash.forEach(([rel, exp, abs]) => {
    const d = early.get(rel) ?? digested.get(rel) ?? readDigest(abs)
    if (typeof d === 'string') {
      out.push(exp.model.source.diagnostic(exp.at, `cannot read ${rel}: ${d}`))
      return
    }
    stats.files++
    stats.bytes += d.size
    if (d.lfs) stats.lfsPointers++
    else if (d.size > limit && exp.kind === 'version')
      large.push({ rel, size: d.size, model: exp.model, at: exp.at })
    const actual = contentDigest(d)
    if (actual === exp.digest) return
    const source = exp.model.source
    if (exp.kind === 'benchmark') {
      out.push(
        source.diagnostic(
          exp.at,
          `stale benchmark copy: ${rel} differs from ${exp.label} (recorded ${exp.digest}, file has ${actual})`,
          source.locate(exp.at, 'value')
        )
      )
    } else if (d.lfs) {
      out.push(
        source.diagnostic(
          exp.at,
          `Git LFS pointer ${rel} carries oid ${actual}, but the manifest records ${exp.digest}`,
          source.locate(exp.at, 'value')
        )
      )
    } else {
      out.push(
        source.diagnostic(
          exp.at,
          `digest mismatch for ${rel}: the manifest records ${exp.digest}, the file has ${actual}`,
          source.locate(exp.at, 'value')
        )
      )
    }
  })
  return { diagnostics: out, stats, large }
}

/**
 * Hashes a path the manifest names if it is a plain regular file; anything
 * else (missing, a link, a FIFO) is left to the checks that follow the walk.
 */
function digestIfPlainFile(abs: string): FileDigest | undefined {
  try {
    return digestFileSync(abs, { noFollow: true })
  } catch {
    return undefined
  }
}

/** The digest of a file the walk found, or why it cannot be read. */
function readDigest(abs: string): FileDigest | string {
  try {
    return digestFileSync(abs)
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

/**
 * The benchmark copy of each model (SPEC §2) under the default layout: the
 * copied version's files at `<root>/<benchmark>/<M>/<V>/`; the copies found
 * are the folders under `<root>/<benchmark>/<M>/`.
 */
function checkBenchmarks(
  reg: Registry,
  models: LoadedModel[],
  tree: FileTree
): { diagnostics: Diagnostic[]; toHash: HashJob[] } {
  const out = { diagnostics: [] as Diagnostic[], toHash: [] as HashJob[] }
  if (!reg.benchmark) return out
  const base = joinRel(reg.root, reg.benchmark.folder)
  const copies = new Map<string, Set<string>>()
  for (const rel of tree.keys()) {
    if (!rel.startsWith(base + '/')) continue
    const [model, version] = rel.slice(base.length + 1).split('/')
    if (version === undefined) continue
    const dirs = copies.get(model) ?? new Set<string>()
    dirs.add(`${base}/${model}/${version}`)
    copies.set(model, dirs)
  }
  for (const model of models) {
    const found = [...(copies.get(model.name) ?? [])]
    const dirOf = (copied: VersionEntry) => benchmarkDir(reg, model.name, copied.version)!
    checkBenchmarkCopy(
      reg,
      model,
      tree,
      copied => {
        const dir = copied && dirOf(copied)
        return found.filter(d => d !== dir).map(d => `${d}/`)
      },
      copied => {
        const dir = dirOf(copied)
        const files = Object.entries(copied.files)
        return {
          files: files.map(([file, digest]) => ({ file, digest, rel: `${dir}/${file}` })),
          where: `${dir}/`
        }
      },
      out
    )
  }
  return out
}

/**
 * Files under managed folders that no expectation names, one diagnostic per
 * folder (SPEC §2): a registered version's folder for files it should not
 * hold; a model's folder in a stage for versions the manifest does not list
 * (or any files of a model it does not have); a stage folder for files
 * lying loose in it. Each lists a few of its files (`… and N more`) and sits
 * where the fix goes: the model's `versions:` key, the stage's entry, or
 * `models:` for a model the registry lacks.
 */
function strays(
  reg: Registry,
  models: LoadedModel[],
  tree: FileTree,
  expected: Map<string, Expectation>,
  reported: Set<string>
): Diagnostic[] {
  const ignored = ignoredBy(reg)
  const byName = new Map(models.map(m => [m.name, m]))
  const known = new Set([...expected.keys()].map(rel => rel.slice(0, rel.lastIndexOf('/'))))
  const rootPrefix = reg.root === '.' ? '' : `${reg.root}/`
  const groups = new Map<string, string[]>()
  const benchmarkBase = reg.benchmark ? joinRel(reg.root, reg.benchmark.folder) + '/' : undefined
  for (const rel of tree.keys()) {
    if (
      benchmarkBase &&
      rel.startsWith(benchmarkBase) &&
      rel.split('/').length > benchmarkBase.split('/').length + 1
    )
      continue
    if (
      reported.has(rel) ||
      expected.has(rel) ||
      IGNORED_NAMES.has(rel.slice(rel.lastIndexOf('/') + 1)) ||
      ignored(rel)
    )
      continue
    const parts = rel.slice(rootPrefix.length).split('/')
    const [folder, model, version] = parts
    const versionFolder =
      parts.length > 3 ? `${rootPrefix}${folder}/${model}/${version}` : undefined
    const key =
      parts.length < 3
        ? `${rootPrefix}${folder}` // loose in a stage folder
        : (reg.benchmark && folder === reg.benchmark.folder) ||
            (versionFolder && known.has(versionFolder))
          ? (versionFolder ?? rel)
          : `${rootPrefix}${folder}/${model}`
    groups.set(key, [...(groups.get(key) ?? []), rel])
  }

  const out: Diagnostic[] = []
  for (const [key, files] of groups) {
    const [folder, modelName] = key.slice(rootPrefix.length).split('/')
    const stray = strayFiles(key, files)
    const model = modelName === undefined ? undefined : byName.get(modelName)
    if (modelName === undefined) {
      out.push(
        reg.manifest.diagnostic(
          stageEntry(reg, folder) ?? modelsKey(reg),
          `${stray}: ${key} holds only model folders (${key}/<model>/<version>/)`
        )
      )
    } else if (!model) {
      out.push(
        reg.manifest.diagnostic(modelsKey(reg), `${stray}: no model "${modelName}" in the registry`)
      )
    } else if (reg.benchmark && folder === reg.benchmark.folder && key !== files[0]) {
      const prod = benchmarkSource(reg, model)
      const why = prod
        ? `production of ${model.name} is ${prod.version}`
        : `${model.name} has no production version`
      out.push(
        model.source.diagnostic([...model.at, 'versions'], `stale benchmark copy ${key}/: ${why}`)
      )
    } else if (known.has(key)) {
      out.push(
        model.source.diagnostic(
          [...model.at, 'versions'],
          files.length === 1
            ? `stray file ${files[0]}: not one of the files the manifest lists for it`
            : `${stray}: not among the files the manifest lists for ${model.name} ${key.slice(key.lastIndexOf('/') + 1)}`
        )
      )
    } else {
      out.push(
        model.source.diagnostic(
          [...model.at, 'versions'],
          `${stray}: no version of ${model.name} in "${folder}" is listed for ${files.length === 1 ? 'it' : 'them'}`
        )
      )
    }
  }
  return out
}

/** Where a path really leads, links resolved; undefined when it does not exist. */
function realTarget(file: string): string | undefined {
  try {
    return realpathSync.native(file)
  } catch {
    return undefined
  }
}
