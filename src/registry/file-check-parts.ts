/**
 * What the file checks of file-checks.ts share between the default layout's
 * fast path and the templates' (template-file-checks.ts): what the manifest
 * expects of a path, how stray files are listed and where they are
 * reported, and how a model's benchmark copy is judged.
 */
import type { Diagnostic } from '../errors.js'
import type { FileTree } from './file-tree.js'
import { benchmarkSource, versionFilePaths } from './layout.js'
import type { LoadedModel, Registry } from './registry.js'
import type { KeyPath } from './source-file.js'
import type { VersionEntry } from './types.js'

/** A file to hash: its path, what the manifest expects, where it is on disk. */
export type HashJob = [rel: string, expectation: Expectation, abs: string]

/** Expected file → what the manifest says about it. */
export interface Expectation {
  model: LoadedModel
  /** Key path of the diagnostic for a problem with this file. */
  at: KeyPath
  digest: string
  kind: 'version' | 'benchmark'
  label: string
}

/** Every version's files where their layout puts them, with what the manifest records. */
export function expectations(reg: Registry, models: LoadedModel[]): Map<string, Expectation> {
  const expected = new Map<string, Expectation>()
  for (const model of models) {
    model.spec.versions.forEach((v, i) => {
      for (const [file, rel] of versionFilePaths(reg, model.name, v)) {
        expected.set(rel, {
          model,
          at: [...model.at, 'versions', i, 'files', file],
          digest: v.files[file],
          kind: 'version',
          label: `${model.name} ${v.version}`
        })
      }
    })
  }
  return expected
}

/** Where each model's benchmark copy must be: its production version's files in the benchmark folder. */
export function benchmarkPaths(reg: Registry, models: LoadedModel[]): string[] {
  const out: string[] = []
  if (!reg.benchmark) return out
  for (const model of models) {
    const prod = benchmarkSource(reg, model)
    if (!prod) continue
    const copy = { ...prod, stage: reg.benchmark.folder }
    for (const [, rel] of versionFilePaths(reg, model.name, copy)) out.push(rel)
  }
  return out
}

/** Files a user may keep in empty folders so git tracks them. */
export const IGNORED_NAMES = new Set(['.gitkeep'])

/**
 * `3 stray files under models/staging/clf: 0.9.0/ (2 files), notes.txt`: the
 * folder (the deepest one that holds them all) and its first entries, a
 * sub-folder as one, then `… and N more`.
 */
export function strayFiles(key: string, files: string[]): string {
  const what = files.length === 1 ? 'stray file' : `${files.length} stray files`
  if (files.length === 1 && files[0] === key) return `${what} ${key}`
  let folder = key
  for (;;) {
    const next = files[0].slice(folder.length + 1).split('/')[0]
    const sub = `${folder}/${next}`
    if (!files.every(f => f.startsWith(`${sub}/`))) break
    folder = sub
  }
  const counts = new Map<string, number>()
  for (const f of files) {
    const below = f.slice(folder.length + 1)
    const slash = below.indexOf('/')
    const entry = slash < 0 ? below : `${below.slice(0, slash)}/`
    counts.set(entry, (counts.get(entry) ?? 0) + 1)
  }
  const entries = [...counts].map(([e, n]) =>
    e.endsWith('/') ? `${e} (${n} file${n === 1 ? '' : 's'})` : e
  )
  const shown = entries.slice(0, STRAYS_LISTED)
  const more = entries.length - shown.length
  return `${what} under ${folder}: ${shown.join(', ')}${more > 0 ? `, … and ${more} more` : ''}`
}

/** How many entries of a folder a stray-file message names. */
const STRAYS_LISTED = 5

/** The key path of a stage's entry in `stages:`, when the manifest declares it. */
export function stageEntry(reg: Registry, name: string): KeyPath | undefined {
  const stages = (reg.data as { stages?: unknown }).stages
  if (!Array.isArray(stages)) return undefined
  const i = stages.findIndex(s => (s as { name?: unknown } | null)?.name === name)
  return i < 0 ? undefined : ['stages', i]
}

/** Where a model the registry lacks would be added: `models:`, else `include:`. */
export function modelsKey(reg: Registry): KeyPath {
  return reg.data.models ? ['models'] : reg.data.include ? ['include'] : []
}

export function missing(rel: string, exp: Expectation): Diagnostic {
  return exp.model.source.diagnostic(exp.at, `missing file ${rel} (recorded for ${exp.label})`)
}

/** Where a model's benchmark copy must be, as its layout gives it. */
export interface ExpectedCopy {
  /** The copied version's files: name, recorded digest, repository-relative path. */
  files: Array<{ file: string; digest: string; rel: string }>
  /** The copy as messages name it: its folder (`…/`), else its files. */
  where: string
}

/**
 * The model's benchmark copy (SPEC §2), whatever the layout: every problem is
 * reported at the copied version's `stage:` line, once per copy (missing,
 * incomplete, stale: a copy of another version), and the files present are
 * handed back for hashing (other bytes are found then). `staleOf` names the
 * copies found that are not of the copied version (undefined: the model has
 * none to copy), which the caller reads from the layout.
 */
export function checkBenchmarkCopy(
  reg: Registry,
  model: LoadedModel,
  tree: FileTree,
  staleOf: (copied: VersionEntry | undefined) => readonly string[],
  expected: (copied: VersionEntry) => ExpectedCopy,
  out: { diagnostics: Diagnostic[]; toHash: HashJob[] }
): void {
  const bench = reg.benchmark
  if (!bench) return
  const prod = benchmarkSource(reg, model)
  const stale = staleOf(prod)
  if (!prod) {
    for (const copy of stale) {
      out.diagnostics.push(
        model.source.diagnostic(
          [...model.at, 'versions'],
          `stale benchmark copy ${copy}: ${model.name} has no ${bench.copyOf} version`
        )
      )
    }
    return
  }
  const i = model.spec.versions.indexOf(prod)
  const at: KeyPath = [...model.at, 'versions', i, 'stage']
  // Positions are built only when there is something to report.
  const report = (message: string) =>
    out.diagnostics.push(model.source.diagnostic(at, message, model.source.locate(at, 'value')))
  const { files, where } = expected(prod)
  const label = `${bench.copyOf} ${model.name} ${prod.version}`
  const absent = files.filter(f => !tree.has(f.rel)).map(f => f.file)
  if (absent.length === files.length) {
    report(
      stale.length
        ? `stale benchmark copy ${stale.join(', ')}: ${label} is expected at ${where}`
        : `missing benchmark copy of ${label}: expected ${where}`
    )
    return
  }
  if (absent.length)
    report(`benchmark copy ${where} of ${label} is incomplete: missing ${absent.join(', ')}`)
  for (const other of stale) report(`stale benchmark copy ${other}: ${label} is the one to copy`)
  for (const { rel, digest } of files) {
    const entry = tree.get(rel)
    if (!entry) continue
    if (entry.problem) report(`${rel} is ${entry.problem}`)
    else out.toHash.push([rel, { model, at, digest, kind: 'benchmark', label }, entry.abs])
  }
}
