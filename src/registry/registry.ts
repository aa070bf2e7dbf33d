/** The loaded registry: the manifest with its defaults resolved, and where each model came from. */
import type { KeyPath, SourceFile } from './source-file.js'
import type { ArchiveSpec, BenchmarkSpec, ModelSpec, RegistryFile, StageSpec } from './types.js'

export interface LoadedModel {
  name: string
  spec: ModelSpec
  /** The file that holds the model: the registry file or its shard. */
  source: SourceFile
  /** Key path of the model entry within `source` (`['models', name]`, or `[]` in a shard). */
  at: KeyPath
}

export interface Registry {
  /** Absolute path of the repository root. */
  repoRoot: string
  manifest: SourceFile
  data: RegistryFile
  /** Repository-relative folder holding the stage folders. */
  root: string
  stages: StageSpec[]
  benchmark: BenchmarkSpec | false
  archive: ArchiveSpec
  models: LoadedModel[]
  /** Shard files read (sharded registries). */
  shards: SourceFile[]
  /** Set when only one model was loaded (`--model` on a sharded registry). */
  onlyModel?: string
}

export function findModel(reg: Registry, name: string): LoadedModel | undefined {
  return reg.models.find(m => m.name === name)
}

/** The first `max` model names, for a message about a model that is not there; 'none' when empty. */
export function someModelNames(reg: Registry, max = 20): string {
  return (
    reg.models
      .map(m => m.name)
      .slice(0, max)
      .join(', ') || 'none'
  )
}
