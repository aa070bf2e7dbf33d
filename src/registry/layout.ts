/**
 * Where a version's files live, by the layout templates in force (issue #12;
 * the default `{stage}/{model}/{version}` is SPEC §2's folder convention
 * `<root>/<stage>/<model>/<version>/<file>`), and the resolved stage
 * configuration.
 */
import path from 'node:path'
import { renderFolder, renderPath } from './layout-template/render.js'
import { layoutFor } from './layouts.js'
import { joinRel } from './paths.js'
import type { LoadedModel, Registry } from './registry.js'
import { newestFirst } from './version-order.js'
import type { VersionEntry } from './types.js'

export function stageNames(reg: Registry): string[] {
  return reg.stages.map(s => s.name)
}

/** Stages a version may be in: the stage names and the archive folder. */
export function knownStages(reg: Registry): string[] {
  return [...stageNames(reg), reg.archive.folder]
}

/** Every top-level folder under the root that holds version folders. */
export function managedFolders(reg: Registry): string[] {
  const folders = knownStages(reg)
  if (reg.benchmark) folders.push(reg.benchmark.folder)
  return folders
}

/** The logical names of the files a version holds (its `files` map). */
export function versionFiles(v: Pick<VersionEntry, 'files'>): string[] {
  return Object.keys(v.files)
}

/**
 * The folder that holds the version's files, relative to the repository root
 * (`{model_dir}`): the version's own folder under a folder layout, else the
 * folder its files share with others (`resources` for `{stage}{ext}`).
 */
export function versionDir(reg: Registry, model: string, v: VersionEntry): string {
  return folderOf(reg, model, v.stage, v.version, versionFiles(v))
}

/** Where the file `file` (a name in the version's `files`) lives, relative to the repository root. */
export function versionFilePath(
  reg: Registry,
  model: string,
  v: Pick<VersionEntry, 'stage' | 'version'>,
  file: string
): string {
  return renderPath(layoutFor(reg, model, v.stage), reg.root, {
    stage: v.stage,
    model,
    version: v.version,
    file
  })
}

/**
 * Every file of the version with its path (what versionFilePath gives for
 * each), the folder rendered once where the layout gives the version a
 * folder of its own: the walks over every file of a registry call this for
 * each of its versions.
 */
export function versionFilePaths(
  reg: Registry,
  model: string,
  v: Pick<VersionEntry, 'stage' | 'version' | 'files'>
): Array<[file: string, path: string]> {
  const folder = renderFolder(layoutFor(reg, model, v.stage), reg.root, {
    stage: v.stage,
    model,
    version: v.version
  })
  return versionFiles(v).map(file => [
    file,
    folder !== undefined ? `${folder}/${file}` : versionFilePath(reg, model, v, file)
  ])
}

/** The folder of the benchmark copy of `version` (see versionDir); undefined with `benchmark: false`. */
export function benchmarkDir(
  reg: Registry,
  model: string,
  version: string,
  files: readonly string[] = []
): string | undefined {
  return reg.benchmark ? folderOf(reg, model, reg.benchmark.folder, version, files) : undefined
}

/** Where the benchmark copy's file `file` lives; undefined with `benchmark: false`. */
export function benchmarkFilePath(
  reg: Registry,
  model: string,
  version: string,
  file: string
): string | undefined {
  if (!reg.benchmark) return undefined
  return versionFilePath(reg, model, { stage: reg.benchmark.folder, version }, file)
}

/** True when the version's folder is its own (moves whole), per the layout of `stage`. */
export function hasOwnFolder(reg: Registry, model: string, stage: string): boolean {
  return layoutFor(reg, model, stage).folder
}

function folderOf(
  reg: Registry,
  model: string,
  stage: string,
  version: string,
  files: readonly string[]
): string {
  const template = layoutFor(reg, model, stage)
  const own = renderFolder(template, reg.root, { stage, model, version })
  if (own !== undefined) return own
  // A file layout: the deepest folder every file of the version sits in.
  const names = files.length ? files : ['file']
  const dirs = names.map(file =>
    path.posix.dirname(renderPath(template, reg.root, { stage, model, version, file }))
  )
  return dirs.reduce(commonFolder)
}

function commonFolder(a: string, b: string): string {
  const x = a.split('/')
  const y = b.split('/')
  let i = 0
  while (i < x.length && i < y.length && x[i] === y[i]) i++
  return i === 0 ? '.' : joinRel(...x.slice(0, i))
}

/** True for a version that carries full traffic in its stage (not a rollout candidate). */
export function isLive(v: VersionEntry): boolean {
  return v.traffic === undefined || v.traffic >= 100
}

/**
 * The production version the benchmark copy mirrors: the live version in the
 * `copyOf` stage (the newest one, should a stage without capacity hold several).
 */
export function benchmarkSource(reg: Registry, model: LoadedModel): VersionEntry | undefined {
  if (!reg.benchmark) return undefined
  const copyOf = reg.benchmark.copyOf
  const live = model.spec.versions.filter(v => v.stage === copyOf && isLive(v))
  return newestFirst(reg, model, live)[0]
}
