/**
 * The file rules of SPEC §2 under layout templates (issue #12), where a
 * version's files are not `<root>/<stage>/<model>/<version>/<file>`: each
 * file is expected where its template renders it, the places the templates
 * give the stage, benchmark and archive folders are walked, and a file
 * there is stray unless a template places it as a file of a version the
 * manifest lists (or `ignore:` names it). The layout matcher says whose a
 * path is, so stray files are reported at that model's `versions:`, and a
 * model's own `ignore:` applies to the paths it attributes to the model.
 *
 * The default layout keeps the fast path of file-checks.ts, whose messages
 * these follow.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from '../errors.js'
import {
  benchmarkPaths,
  checkBenchmarkCopy,
  IGNORED_NAMES,
  modelsKey,
  stageEntry,
  strayFiles,
  type Expectation,
  type HashJob
} from './file-check-parts.js'
import type { FileTree } from './file-tree.js'
import { ignoreRules } from './ignore.js'
import { placeOf, registryMatcher, stagePlaces } from './layout-places.js'
import { renderFolder } from './layout-template/render.js'
import { benchmarkDir, benchmarkFilePath, benchmarkSource, versionFiles } from './layout.js'
import { layoutFor } from './layouts.js'
import { joinRel } from './paths.js'
import type { LoadedModel, Registry } from './registry.js'
import type { KeyPath } from './source-file.js'
import { versionIdentity } from './version-order.js'

/**
 * The repository-relative paths to walk: a stage folder itself where the
 * `{stage}` segment is the folder name; else the entries of the folder above
 * it whose name begins with the folder name (`resources/production.keras`);
 * else (a placeholder above `{stage}`) the whole folder above it.
 */
export function templateWalkRoots(reg: Registry): string[] {
  const out = new Set<string>()
  const listed = new Map<string, string[]>()
  const namesIn = (base: string): string[] => {
    let names = listed.get(base)
    if (!names) {
      try {
        names = readdirSync(path.join(reg.repoRoot, base))
      } catch {
        names = [] // a folder that does not exist holds nothing
      }
      listed.set(base, names)
    }
    return names
  }
  for (const p of stagePlaces(reg)) {
    if (p.depth > 0) {
      // Any folder may hold a stage folder below: all of them but git's own.
      for (const name of namesIn(p.base)) if (name !== '.git') out.add(joinRel(p.base, name))
    } else if (p.exact) out.add(joinRel(p.base, p.folder))
    else {
      for (const name of namesIn(p.base)) {
        if (p.anchored ? name.startsWith(p.start) : name.includes(p.start))
          out.add(joinRel(p.base, name))
      }
    }
  }
  // A path inside another is walked once, with the outer one.
  const roots = [...out].sort()
  return roots.filter((r, i) => !roots.slice(0, i).some(o => r.startsWith(`${o}/`)))
}

/** A group of stray files, reported once. */
interface StrayGroup {
  kind: 'unplaced' | 'unknown-model' | 'listed' | 'unlisted'
  stage: string
  model?: string
  /** The version the files are next to, for `listed`. */
  label?: string
  files: string[]
}

export interface TemplateFileResult {
  diagnostics: Diagnostic[]
  toHash: HashJob[]
}

/**
 * The benchmark copies and the stray files. `expected` holds every version
 * file (reported missing or hashed by the caller), `reported` the paths the
 * caller already reported (through a linked folder).
 */
export function checkTemplateFiles(
  reg: Registry,
  models: LoadedModel[],
  tree: FileTree,
  expected: ReadonlyMap<string, Expectation>,
  reported: ReadonlySet<string>
): TemplateFileResult {
  const diagnostics: Diagnostic[] = []
  const toHash: HashJob[] = []
  const places = stagePlaces(reg)
  const matcher = registryMatcher(reg)
  const ignore = ignoreRules(reg)
  const byName = new Map(reg.models.map(m => [m.name, m]))
  const bench = reg.benchmark || undefined
  const copyPaths = new Set(benchmarkPaths(reg, models))
  /** Model → copy (its folder, or the file of a file layout) → its files: copies of no production version. */
  const staleCopies = new Map<string, Map<string, string[]>>()
  const groups = new Map<string, StrayGroup>()
  const add = (key: string, group: Omit<StrayGroup, 'files'>, rel: string) => {
    const g = groups.get(key)
    if (g) g.files.push(rel)
    else groups.set(key, { ...group, files: [rel] })
  }

  for (const rel of tree.keys()) {
    if (reported.has(rel) || expected.has(rel) || copyPaths.has(rel)) continue
    if (IGNORED_NAMES.has(rel.slice(rel.lastIndexOf('/') + 1))) continue
    const place = placeOf(places, rel)
    if (!place || ignore.anywhere(rel)) continue
    const placed = matcher.place(rel)
    const name = placed?.model
    if (name !== undefined && ignore.forModel(name, rel)) continue
    if (reg.onlyModel && name !== reg.onlyModel) continue
    if (!placed || name === undefined) {
      add(`u\0${place.folder}`, { kind: 'unplaced', stage: place.folder }, rel)
      continue
    }
    const model = byName.get(name)
    if (!model) {
      add(`x\0${name}`, { kind: 'unknown-model', stage: placed.match.stage, model: name }, rel)
      continue
    }
    const { stage, version } = placed.match
    const identity = versionIdentity(reg, model)
    const same = (a: string, b: string) => identity(a) === identity(b)
    if (bench && stage === bench.folder) {
      const prod = benchmarkSource(reg, model)
      if (!prod || (version !== undefined && !same(version, prod.version))) {
        const copies = staleCopies.get(name) ?? new Map<string, string[]>()
        const key = copyKey(reg, name, stage, version, rel)
        copies.set(key, [...(copies.get(key) ?? []), rel])
        staleCopies.set(name, copies)
      } else {
        const label = `the benchmark copy of ${name} ${prod.version}`
        add(`b\0${name}`, { kind: 'listed', stage, model: name, label }, rel)
      }
      continue
    }
    const i = model.spec.versions.findIndex(
      v => v.stage === stage && (version === undefined || same(v.version, version))
    )
    if (i >= 0) {
      const label = `${name} ${model.spec.versions[i].version}`
      add(`v\0${name}\0${i}`, { kind: 'listed', stage, model: name, label }, rel)
    } else {
      add(`n\0${name}\0${stage}`, { kind: 'unlisted', stage, model: name }, rel)
    }
  }

  if (bench) {
    for (const model of models)
      benchmarkCopy(reg, model, tree, staleCopies, { diagnostics, toHash })
  }
  for (const g of groups.values()) diagnostics.push(strayDiagnostic(reg, byName, g))
  return { diagnostics, toHash }
}

/** A stale copy's name in messages: its folder (`…/`) under a folder layout, else the file. */
function copyKey(
  reg: Registry,
  model: string,
  folder: string,
  version: string | undefined,
  rel: string
): string {
  const t = layoutFor(reg, model, folder)
  if (!t.folder || (version === undefined && t.uses.has('version'))) return rel
  return `${renderFolder(t, reg.root, { stage: folder, model, version: version ?? '' })}/`
}

/** The model's benchmark copy where the benchmark folder's layout puts it (see checkBenchmarkCopy). */
function benchmarkCopy(
  reg: Registry,
  model: LoadedModel,
  tree: FileTree,
  staleCopies: ReadonlyMap<string, ReadonlyMap<string, string[]>>,
  out: { diagnostics: Diagnostic[]; toHash: HashJob[] }
): void {
  const bench = reg.benchmark
  if (!bench) return
  const stale = [...(staleCopies.get(model.name)?.keys() ?? [])]
  checkBenchmarkCopy(
    reg,
    model,
    tree,
    () => stale,
    copied => {
      const files = Object.entries(copied.files).map(([file, digest]) => ({
        file,
        digest,
        rel: benchmarkFilePath(reg, model.name, copied.version, file)!
      }))
      const ownFolder = layoutFor(reg, model.name, bench.folder).folder
      const where = ownFolder
        ? `${benchmarkDir(reg, model.name, copied.version, versionFiles(copied))}/`
        : files.map(f => f.rel).join(', ')
      return { files, where }
    },
    out
  )
}

function strayDiagnostic(
  reg: Registry,
  byName: ReadonlyMap<string, LoadedModel>,
  g: StrayGroup
): Diagnostic {
  const stray = strayList(g.files)
  const model = g.model === undefined ? undefined : byName.get(g.model)
  if (g.kind === 'unplaced' || !model) {
    if (g.kind === 'unknown-model')
      return reg.manifest.diagnostic(
        modelsKey(reg),
        `${stray}: no model "${g.model}" in the registry`
      )
    return reg.manifest.diagnostic(
      folderEntry(reg, g.stage),
      `${stray}: no layout of "${g.stage}" (${layoutsOf(reg, g.stage)}) places ${g.files.length === 1 ? 'it' : 'them'} as a file of a version; list ${g.files.length === 1 ? 'it' : 'them'} under ignore: if ${g.files.length === 1 ? 'it is not a model file' : 'they are not model files'}`
    )
  }
  const at: KeyPath = [...model.at, 'versions']
  if (g.kind === 'listed') {
    return model.source.diagnostic(
      at,
      g.files.length === 1
        ? `stray file ${g.files[0]}: not one of the files the manifest lists for it (${g.label})`
        : `${stray}: not among the files the manifest lists for ${g.label}`
    )
  }
  return model.source.diagnostic(
    at,
    `${stray}: no version of ${model.name} in "${g.stage}" is listed for ${g.files.length === 1 ? 'it' : 'them'}`
  )
}

/** `stray file a/b`, or the files under the deepest folder that holds them all. */
function strayList(files: string[]): string {
  if (files.length === 1) return `stray file ${files[0]}`
  const folder = commonFolder(files)
  if (folder === '')
    return `${files.length} stray files: ${files.slice(0, 5).join(', ')}${files.length > 5 ? `, … and ${files.length - 5} more` : ''}`
  return strayFiles(folder, files)
}

function commonFolder(files: readonly string[]): string {
  let parts = files[0].split('/').slice(0, -1)
  for (const f of files) {
    const other = f.split('/')
    let i = 0
    while (i < parts.length && i < other.length - 1 && parts[i] === other[i]) i++
    parts = parts.slice(0, i)
  }
  return parts.join('/')
}

/** The distinct templates in force in a folder, as written. */
function layoutsOf(reg: Registry, folder: string): string {
  const names = [...new Set(reg.models.map(m => `"${layoutFor(reg, m.name, folder).source}"`))]
  return names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '')
}

/** Where a folder's stray files are reported: its stage entry, `archive:` or `benchmark:` when written. */
function folderEntry(reg: Registry, folder: string): KeyPath {
  const stage = stageEntry(reg, folder)
  if (stage) return stage
  if (folder === reg.archive.folder && reg.data.archive !== undefined) return ['archive']
  if (reg.benchmark && folder === reg.benchmark.folder && reg.data.benchmark !== undefined)
    return ['benchmark']
  return modelsKey(reg)
}
