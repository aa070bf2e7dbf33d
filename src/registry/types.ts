/**
 * The registry manifest as it is written (SPEC §2). These types mirror
 * schema/registry.schema.json; the schema is the source of truth for what is
 * accepted, these types are what the code reads after validation.
 */

export type Goal = 'maximize' | 'minimize'

export interface MetricPolicy {
  goal: Goal
  min?: number
  max?: number
  minDelta?: number
  minRelDelta?: number
  tolerance?: number
  maxRegression?: number
}

export interface CommandSpec {
  run: string
  timeout?: string
  shell?: 'bash'
  metrics?: string
  predictions?: string
  data?: string[]
  /** Files the command's result depends on (its code, requirements), as paths or globs: keyed by the evaluation cache. */
  inputs?: string[]
  /** Withheld variables (INPUT_*, GITHUB_TOKEN, …) the command is given nonetheless. */
  env?: string[]
}

export interface StageGates {
  metrics?: boolean
  compare?: 'benchmark'
  approvals?: number
}

/** How versions are named and ordered (issue #12): SemVer precedence, or `createdAt`. */
export type Versioning = 'semver' | 'ordered'

export interface StageSpec {
  name: string
  /** Layout template of this stage's folder (docs/layouts.md). */
  layout?: string
  capacity?: number
  gates?: StageGates
  checklist?: string[]
  rollout?: { steps: number[] }
}

export interface BenchmarkSpec {
  folder: string
  copyOf: string
  layout?: string
}

export interface ArchiveSpec {
  folder: string
  layout?: string
}

export type RetireReason = 'replaced' | 'rolled-back' | 'retired'

export interface Retired {
  at: string
  actor?: string
  reason: RetireReason
  replacedBy?: string
}

export interface VersionEntry {
  version: string
  stage: string
  /** file name → `sha256:<hex>` */
  files: Record<string, string>
  metrics?: Record<string, number>
  createdAt?: string
  source?: { commit?: string; run?: string }
  notes?: string
  retired?: Retired
  /** Percentage of traffic during a gradual rollout (SPEC §5). */
  traffic?: number
}

export interface HistoryEntry {
  at: string
  model: string
  version: string
  from?: string | null
  to: string
  actor?: string
  run?: string
  pr?: number
  reason?: string
  /** Gradual rollout: the version's traffic after the change (SPEC §5). */
  traffic?: number
}

export interface MonitorSpec {
  evaluate?: CommandSpec
  reference?: string
  current?: string
  drift?: { psi?: number; ksAlpha?: number }
  retrain?: { workflow: string; ref?: string }
}

export interface ModelSpec {
  description?: string
  owners?: string[]
  layout?: string
  versioning?: Versioning
  /** The files every version must hold; absent: each version's `files` alone say. */
  files?: string[]
  metrics?: Record<string, MetricPolicy>
  compare?: { primary?: string[]; significance?: number }
  train?: CommandSpec
  evaluate?: CommandSpec
  monitor?: MonitorSpec
  /** Globs (relative to `root`) of files in this model's folders that are not model files. */
  ignore?: string[]
  versions: VersionEntry[]
  history?: HistoryEntry[]
}

/** A per-model file of a sharded registry: `name` plus the keys of a model entry. */
export interface ModelFile extends ModelSpec {
  $schema?: string
  name: string
}

export interface RegistryFile {
  $schema?: string
  apiVersion: 'modelgate/v1'
  root?: string
  layout?: string
  versioning?: Versioning
  stages?: StageSpec[]
  benchmark?: BenchmarkSpec | false
  archive?: ArchiveSpec
  include?: string[]
  /** Globs (relative to `root`) of files in the stage folders that are not model files. */
  ignore?: string[]
  models?: Record<string, ModelSpec>
  history?: HistoryEntry[]
}

/** SPEC §2 defaults, applied when the manifest leaves the key out. */
export const DEFAULT_STAGES: readonly StageSpec[] = Object.freeze([
  { name: 'development' },
  { name: 'experimental', gates: { metrics: true } },
  { name: 'staging', gates: { metrics: true, compare: 'benchmark' } },
  { name: 'production', capacity: 1, gates: { metrics: true } }
])
export const DEFAULT_BENCHMARK: BenchmarkSpec = Object.freeze({
  folder: 'benchmark',
  copyOf: 'production'
})
export const DEFAULT_ARCHIVE: ArchiveSpec = Object.freeze({ folder: 'archived' })
