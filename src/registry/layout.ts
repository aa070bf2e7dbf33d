/**
 * The folder convention of SPEC §2 and the resolved stage configuration:
 * version V of model M in stage S lives at `<root>/<S>/<M>/<V>/<file>`.
 */
import { joinRel } from './paths.js'
import { compareVersions } from './semver.js'
import type { LoadedModel, Registry } from './registry.js'
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

export function versionDir(reg: Registry, model: string, v: VersionEntry): string {
  return joinRel(reg.root, v.stage, model, v.version)
}

/** Where the file `file` (a name in the version's `files`) lives, relative to the repository root. */
export function versionFilePath(
  reg: Registry,
  model: string,
  v: VersionEntry,
  file: string
): string {
  return joinRel(versionDir(reg, model, v), file)
}

export function benchmarkDir(reg: Registry, model: string, version: string): string | undefined {
  return reg.benchmark ? joinRel(reg.root, reg.benchmark.folder, model, version) : undefined
}

/** True for a version that carries full traffic in its stage (not a rollout candidate). */
export function isLive(v: VersionEntry): boolean {
  return v.traffic === undefined || v.traffic >= 100
}

/**
 * The production version the benchmark copy mirrors: the live version in the
 * `copyOf` stage (the highest one, should a stage without capacity hold several).
 */
export function benchmarkSource(reg: Registry, model: LoadedModel): VersionEntry | undefined {
  if (!reg.benchmark) return undefined
  const copyOf = reg.benchmark.copyOf
  const live = model.spec.versions.filter(v => v.stage === copyOf && isLive(v))
  return live.sort((a, b) => compareVersions(b.version, a.version))[0]
}
