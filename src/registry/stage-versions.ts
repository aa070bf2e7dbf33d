/**
 * Which versions of a model a stage holds and where their files are, as
 * serving code and scripts ask it (`resolve`): each with its share of the
 * stage's traffic. Outside a rollout every version there serves all of it
 * (100); during one (SPEC §5, `traffic` on the candidate's entry) the
 * candidate has its step and each live version the rest. Paths come from the
 * layout, so they follow wherever it puts a version's files.
 */
import { newestFirst } from './version-order.js'
import { isLive, versionFilePaths } from './layout.js'
import type { LoadedModel, Registry } from './registry.js'

export interface StageVersion {
  version: string
  /** Percentage of the stage's traffic this version serves. */
  traffic: number
  /** Logical file name (from `files`) → path relative to the repository root. */
  files: Record<string, string>
}

/** The live versions first (the highest first), then the rollout candidate, if any. */
export function stageVersions(reg: Registry, model: LoadedModel, stage: string): StageVersion[] {
  const here = model.spec.versions.filter(v => v.stage === stage)
  const live = newestFirst(reg, model, here.filter(isLive))
  const candidate = here.find(v => !isLive(v))
  const rest = 100 - (candidate?.traffic ?? 0)
  const files = (v: (typeof here)[number]) =>
    Object.fromEntries(versionFilePaths(reg, model.name, v))
  return [
    ...live.map(v => ({ version: v.version, traffic: rest, files: files(v) })),
    ...(candidate
      ? [{ version: candidate.version, traffic: candidate.traffic!, files: files(candidate) }]
      : [])
  ]
}
