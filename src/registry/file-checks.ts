/**
 * The file rules of SPEC §2: every version's files exist where the folder
 * convention puts them with the recorded sha256 (LFS pointers by their oid),
 * nothing unknown sits under a stage folder, and the benchmark copy mirrors
 * the production version byte for byte.
 */
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import type { Diagnostic } from '../errors.js'
import { mapLimit } from '../util/concurrency.js'
import { contentDigest, digestFile } from './digest.js'
import { listTree, type FileTree } from './file-tree.js'
import { benchmarkDir, benchmarkSource, managedFolders, versionDir } from './layout.js'
import { isInside, joinRel } from './paths.js'
import type { LoadedModel, Registry } from './registry.js'
import type { KeyPath } from './source-file.js'

export interface FileCheckStats {
  files: number
  bytes: number
  lfsPointers: number
}

export interface FileCheckResult {
  diagnostics: Diagnostic[]
  stats: FileCheckStats
}

/** Expected file → what the manifest says about it. */
interface Expectation {
  model: LoadedModel
  /** Key path of the diagnostic for a problem with this file. */
  at: KeyPath
  digest: string
  kind: 'version' | 'benchmark'
  label: string
}

const HASH_CONCURRENCY = 16
/** Files a user may keep in empty folders so git tracks them. */
const IGNORED_NAMES = new Set(['.gitkeep'])

export async function checkFiles(reg: Registry): Promise<FileCheckResult> {
  const out: Diagnostic[] = []
  const stats: FileCheckStats = { files: 0, bytes: 0, lfsPointers: 0 }
  const realRepo = await realpath(reg.repoRoot)
  const rootAbs = path.join(reg.repoRoot, reg.root)
  try {
    if (!isInside(realRepo, await realpath(rootAbs))) {
      out.push(
        reg.manifest.diagnostic(
          ['root'],
          `root "${reg.root}" is a symbolic link that leaves the repository`
        )
      )
      return { diagnostics: out, stats }
    }
  } catch {
    // A root that does not exist yet holds no files; missing files are reported below.
  }

  const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models
  const dirs = managedFolders(reg).map(f =>
    reg.onlyModel ? joinRel(reg.root, f, reg.onlyModel) : joinRel(reg.root, f)
  )
  const tree = await listTree(reg.repoRoot, realRepo, dirs)
  const expected = expectations(reg, models)

  const toHash: Array<[string, Expectation, string]> = []
  for (const [rel, exp] of expected) {
    const entry = tree.get(rel)
    if (!entry) {
      out.push(missing(reg, rel, exp))
    } else if (entry.escapes) {
      out.push(exp.model.source.diagnostic(exp.at, `${rel} is ${entry.escapes}`))
    } else {
      toHash.push([rel, exp, entry.abs])
    }
  }
  out.push(...strays(reg, models, tree, expected))

  const digests = await mapLimit(toHash, HASH_CONCURRENCY, ([, , abs]) => digestFile(abs))
  toHash.forEach(([rel, exp], i) => {
    const d = digests[i]
    stats.files++
    stats.bytes += d.size
    if (d.lfs) stats.lfsPointers++
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
  return { diagnostics: out, stats }
}

function expectations(reg: Registry, models: LoadedModel[]): Map<string, Expectation> {
  const expected = new Map<string, Expectation>()
  for (const model of models) {
    model.spec.versions.forEach((v, i) => {
      const dir = versionDir(reg, model.name, v)
      for (const [file, digest] of Object.entries(v.files)) {
        expected.set(`${dir}/${file}`, {
          model,
          at: [...model.at, 'versions', i, 'files', file],
          digest,
          kind: 'version',
          label: `${model.name} ${v.version}`
        })
      }
    })
    const prod = benchmarkSource(reg, model)
    if (prod) {
      const i = model.spec.versions.indexOf(prod)
      const dir = benchmarkDir(reg, model.name, prod.version)!
      for (const [file, digest] of Object.entries(prod.files)) {
        expected.set(`${dir}/${file}`, {
          model,
          at: [...model.at, 'versions', i, 'stage'],
          digest,
          kind: 'benchmark',
          label: `production ${model.name} ${prod.version}`
        })
      }
    }
  }
  return expected
}

function missing(reg: Registry, rel: string, exp: Expectation): Diagnostic {
  const source = exp.model.source
  if (exp.kind === 'benchmark') {
    return source.diagnostic(
      exp.at,
      `missing benchmark copy of ${exp.label}: expected ${rel}`,
      source.locate(exp.at, 'value')
    )
  }
  return source.diagnostic(exp.at, `missing file ${rel} (recorded for ${exp.label})`)
}

/**
 * Files under managed folders that no expectation names. One diagnostic per
 * unknown version folder (listing its files), one per unknown file inside a
 * known folder, at the model's `versions:` key (SPEC §2).
 */
function strays(
  reg: Registry,
  models: LoadedModel[],
  tree: FileTree,
  expected: Map<string, Expectation>
): Diagnostic[] {
  const byName = new Map(models.map(m => [m.name, m]))
  const known = new Set([...expected.keys()].map(rel => rel.slice(0, rel.lastIndexOf('/'))))
  const rootPrefix = reg.root === '.' ? '' : `${reg.root}/`
  const groups = new Map<string, string[]>()
  for (const rel of tree.keys()) {
    if (expected.has(rel) || IGNORED_NAMES.has(rel.slice(rel.lastIndexOf('/') + 1))) continue
    const [folder, model, version] = rel.slice(rootPrefix.length).split('/')
    const versionFolder =
      version !== undefined && rel.split('/').length > rootPrefix.split('/').length + 2
        ? `${rootPrefix}${folder}/${model}/${version}`
        : undefined
    // Files inside a version folder the manifest knows are reported one by one.
    const key = versionFolder && !known.has(versionFolder) ? versionFolder : rel
    groups.set(key, [...(groups.get(key) ?? []), rel])
  }

  const out: Diagnostic[] = []
  for (const [key, files] of groups) {
    const [folder, modelName, version] = key.slice(rootPrefix.length).split('/')
    const model = byName.get(modelName)
    const list =
      files.length === 1 && files[0] === key
        ? ''
        : `: ${files
            .slice(0, 5)
            .map(f => f.slice(key.length + 1))
            .join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''}`
    if (!model) {
      const at: KeyPath = reg.data.models ? ['models'] : reg.data.include ? ['include'] : []
      out.push(
        reg.manifest.diagnostic(
          at,
          `stray file${files.length > 1 ? 's' : ''} under ${key}${list}: no model "${modelName}" in the registry`
        )
      )
      continue
    }
    const at: KeyPath = [...model.at, 'versions']
    if (reg.benchmark && folder === reg.benchmark.folder && key !== files[0]) {
      const prod = benchmarkSource(reg, model)
      const why = prod
        ? `production of ${model.name} is ${prod.version}`
        : `${model.name} has no production version`
      out.push(model.source.diagnostic(at, `stale benchmark copy ${key}/: ${why}`))
    } else if (key !== files[0] || version === undefined) {
      out.push(
        model.source.diagnostic(
          at,
          `stray files under ${key}${list}: no version of ${model.name} in "${folder}" is listed for them`
        )
      )
    } else {
      out.push(
        model.source.diagnostic(
          at,
          `stray file ${key}: not one of the files the manifest lists for it`
        )
      )
    }
  }
  return out
}
