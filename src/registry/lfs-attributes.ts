/**
 * Git LFS warnings for `validate` (issue #5):
 *
 * - a version file over GitHub's 100 MiB limit stored as a real file that
 *   nothing routes through Git LFS: a push would be refused;
 * - `.gitattributes` that route a model's files through LFS in some managed
 *   folders (stage, archive, benchmark) but not in others: a promotion moves
 *   the pointer into a folder where git treats it as a plain file.
 *
 * `.gitattributes` are evaluated exactly as git does, by one
 * `git check-attr -z --stdin filter` over every path asked about. git runs
 * only when an attributes file that can apply to model files mentions
 * `filter=lfs` (see `lfsAttributeFiles`): a registry without LFS costs a few
 * `readFileSync` calls and no process. When git is missing or the folder is no
 * repository the attribute-based warnings are skipped (the reason is in the
 * returned note): `validate` never fails because of them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from '../errors.js'
import { GITHUB_FILE_LIMIT, type LargeFile } from './file-checks.js'
import { stagePlaces } from './layout-places.js'
import { managedFolders, stageNames, versionFilePath, versionFiles } from './layout.js'
import { joinRel } from './paths.js'
import type { LoadedModel, Registry } from './registry.js'

/** Answers `filter` for each path: `lfs`, `unspecified`, `set`, `unset`, …; rejects when git cannot. */
export type CheckAttrRunner = (
  repoRoot: string,
  paths: string[],
  env: NodeJS.ProcessEnv
) => Promise<Map<string, string>>

export interface LfsCheckOptions {
  env?: NodeJS.ProcessEnv
  /** Asks git (the adapter's `gitCheckAttr`); the registry layer runs no process itself. */
  runner: CheckAttrRunner
}

/** What the check did, for `--json` (why no attribute warnings came, how long it took). */
export interface LfsNote {
  /** Repository-relative attributes files that mention `filter=lfs`. */
  attributes: string[]
  /** Paths evaluated by `git check-attr` (0 when git did not run). */
  paths: number
  /** Why the attribute-based warnings were skipped. */
  skipped?: string
  ms: number
}

export interface LfsCheckResult {
  diagnostics: Diagnostic[]
  note: LfsNote
}

const LFS_FILTER = /(?:^|\s)filter=lfs(?:\s|$)/m

export async function checkLfs(
  reg: Registry,
  large: LargeFile[],
  options: LfsCheckOptions
): Promise<LfsCheckResult> {
  const t0 = performance.now()
  const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models
  const attributes = lfsAttributeFiles(reg)
  const note: LfsNote = { attributes, paths: 0, ms: 0 }
  const done = (diagnostics: Diagnostic[]): LfsCheckResult => {
    note.ms = Math.round((performance.now() - t0) * 10) / 10
    return { diagnostics, note }
  }
  // Nothing mentions LFS: no path is routed through it, and git need not run.
  if (!attributes.length) return done(lfsDiagnostics(reg, models, large, () => false))

  const paths = new Set(large.map(f => f.rel))
  for (const model of models) {
    for (const byFile of folderPaths(reg, model).values()) {
      for (const rel of byFile.values()) paths.add(rel)
    }
  }
  let answers: Map<string, string>
  try {
    answers = await options.runner(reg.repoRoot, [...paths], {
      ...(options.env ?? process.env)
    })
  } catch (err) {
    note.skipped = err instanceof Error ? err.message : String(err)
    return done([])
  }
  note.paths = paths.size
  return done(lfsDiagnostics(reg, models, large, rel => answers.get(rel) === 'lfs'))
}

/**
 * The attributes files that decide whether git must run: `.gitattributes` in
 * the repository root and in every folder down to the registry root, and
 * `.git/info/attributes`, kept when they mention `filter=lfs` (macros that
 * set it included, as their definition does). Files deeper down need not be
 * read: inside a managed folder a `.gitattributes` is a stray file, which
 * `validate` already reports, and no other folder holds model files.
 * Attributes outside the repository (core.attributesFile, the system file)
 * are not committed, so GitHub and other clones never see them.
 */
function lfsAttributeFiles(reg: Registry): string[] {
  const candidates = ['.git/info/attributes', '.gitattributes']
  let dir = ''
  for (const part of reg.root === '.' ? [] : reg.root.split('/')) {
    dir = dir ? `${dir}/${part}` : part
    candidates.push(`${dir}/.gitattributes`)
  }
  return candidates.filter(rel => {
    try {
      return LFS_FILTER.test(readFileSync(path.join(reg.repoRoot, rel), 'utf8'))
    } catch {
      return false // absent (or `.git` is a file: a worktree, whose info is elsewhere)
    }
  })
}

/**
 * Where the model's files would sit in each managed folder (folder → logical
 * file name → repository-relative path, rendered by the layout in force
 * there): each file the model's versions hold, at the first version that
 * holds it (attribute patterns rarely depend on the version); for a model
 * without versions, its `files`.
 */
function folderPaths(reg: Registry, model: LoadedModel): Map<string, Map<string, string>> {
  const holder = new Map<string, string>()
  for (const v of model.spec.versions) {
    for (const file of versionFiles(v)) if (!holder.has(file)) holder.set(file, v.version)
  }
  // A model without versions yet: its `files`, at a version that stands for any.
  if (!model.spec.versions.length)
    for (const file of model.spec.files ?? []) holder.set(file, '0.0.0')
  return new Map(
    managedFolders(reg).map(folder => [
      folder,
      new Map(
        [...holder].map(([file, version]) => [
          file,
          versionFilePath(reg, model.name, { stage: folder, version }, file)
        ])
      )
    ])
  )
}

/**
 * The rule, given whether git routes a path through LFS:
 * - each large file not routed → a warning at its `files` entry;
 * - each folder that would receive a model's pointer file from a folder that
 *   routes it through LFS, while not routing it itself → a warning per model
 *   and folder, at the model entry. A folder receives versions from: the
 *   stages before it and the archive (a stage), every stage (the archive),
 *   the stage it copies (the benchmark).
 * The reverse (a plain file promoted into an LFS folder) keeps working on
 * checkout and is not reported.
 */
function lfsDiagnostics(
  reg: Registry,
  models: LoadedModel[],
  large: LargeFile[],
  isLfs: (rel: string) => boolean
): Diagnostic[] {
  const out: Diagnostic[] = []
  const limitMiB = GITHUB_FILE_LIMIT / 2 ** 20
  for (const f of large) {
    if (isLfs(f.rel)) continue
    out.push(
      f.model.source.diagnostic(
        f.at,
        `${f.rel} is ${mebibytes(f.size)} MiB and not in Git LFS: GitHub refuses files over ${limitMiB} MiB in git; track it with \`git lfs track\` (.gitattributes)`,
        undefined,
        'warning'
      )
    )
  }
  const sources = movesInto(reg)
  for (const model of models) {
    const routed = new Map<string, Set<string>>()
    const rendered = folderPaths(reg, model)
    for (const [folder, byFile] of rendered) {
      routed.set(folder, new Set([...byFile].filter(([, rel]) => isLfs(rel)).map(([f]) => f)))
    }
    for (const [folder, from] of sources) {
      const here = routed.get(folder)!
      const missing = new Set<string>()
      const where: string[] = []
      for (const source of from) {
        const files = [...routed.get(source)!].filter(f => !here.has(f))
        if (!files.length) continue
        files.forEach(f => missing.add(f))
        where.push(source)
      }
      if (!missing.size) continue
      out.push(
        model.source.diagnostic(
          model.at,
          `.gitattributes routes ${model.name}'s ${[...missing].join(', ')} through Git LFS in ${where.join(', ')} but not in ${folder}: a version moved there would be a plain pointer file; add a pattern for ${patternHint(reg, folder, rendered.get(folder)!, missing)}`,
          undefined,
          'warning'
        )
      )
    }
  }
  return out
}

/**
 * What an attributes pattern must cover: the folder's files (`models/archived/**`)
 * where the folder is a folder of its own, else the rendered paths themselves
 * (`resources/production.keras` under `{stage}{ext}`).
 */
function patternHint(
  reg: Registry,
  folder: string,
  byFile: ReadonlyMap<string, string>,
  files: ReadonlySet<string>
): string {
  const place = stagePlaces(reg).find(p => p.folder === folder && p.exact && p.depth === 0)
  if (place) return `${joinRel(place.base, folder)}/**`
  return [...files].map(f => byFile.get(f)).join(', ')
}

/** Managed folder → the folders whose versions can move into it (promotion, archiving, rollback, benchmark copy). */
function movesInto(reg: Registry): Map<string, string[]> {
  const stages = stageNames(reg)
  const archive = reg.archive.folder
  const out = new Map<string, string[]>()
  stages.forEach((s, i) => out.set(s, [...stages.slice(0, i), archive]))
  out.set(archive, stages)
  if (reg.benchmark) out.set(reg.benchmark.folder, [reg.benchmark.copyOf])
  return out
}

function mebibytes(bytes: number): number {
  return Math.round(bytes / 2 ** 20)
}
