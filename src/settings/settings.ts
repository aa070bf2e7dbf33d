import type { Command } from './inputs.js'
import type { RunnerEvent } from './runner-event.js'

/**
 * Typed, validated settings: what every command works from, whether run by
 * the action or the CLI. One variant per command (keyed by `command`); the
 * inputs a command requires (command-inputs.ts) are checked once, by
 * getSettings, and typed as present in its variant.
 */
export type Settings =
  | ValidateSettings
  | PlanSettings
  | RegisterSettings
  | RetireSettings
  | EvaluateSettings
  | CompareSettings
  | PromoteSettings
  | RollbackSettings
  | ReportSettings
  | MonitorSettings
  | InitSettings
  | ResolveSettings

export type ValidateSettings = For<'validate'>
export type PlanSettings = For<'plan'>
export type RegisterSettings = For<'register', 'model' | 'version' | 'source'>
export type RetireSettings = For<'retire', 'model' | 'version' | 'reason'>
/** The `entries` of a plan, or one model and version (`benchmark` for the benchmark copy). */
export type EvaluateSettings = For<'evaluate'> &
  ({ entries: string } | { entries?: undefined; model: string; version: string })
/** The candidate is the result evaluate wrote for `version`, or the `candidate-results` named. */
export type CompareSettings = For<'compare', 'model'> &
  (
    | { version: string; candidateResults?: string }
    | { version?: undefined; candidateResults: string }
  )
export type PromoteSettings = For<'promote', 'model' | 'version' | 'to'>
export type RollbackSettings = For<'rollback', 'model'>
export type ReportSettings = For<'report'>
export type MonitorSettings = For<'monitor'>
export type InitSettings = For<'init'>
export type ResolveSettings = For<'resolve', 'model'>

/** The variant of one command. */
export type SettingsOf<C extends Command> = Extract<Settings, { command: C }>

/** A command's variant: every input, the required ones present. */
type For<C extends Command, Required extends keyof CommonSettings = never> = CommonSettings & {
  command: C
} & { [K in Required]-?: NonNullable<CommonSettings[K]> }

/** Every input, typed (SPEC §3); optional strings are undefined when not set. */
export interface CommonSettings {
  /** Absolute path of the registry manifest. */
  manifest: string
  model?: string
  version?: string
  to?: string
  /** resolve: the stage asked about (default: the last stage). */
  stage?: string
  /** retire: why the version is withdrawn. */
  reason?: string
  entries?: string
  /** Absolute path of register's source folder. */
  source?: string
  /** Absolute path of the output folder. */
  outputDir: string
  candidateResults?: string
  benchmarkResults?: string
  train: boolean
  base?: string
  head?: string
  dryRun: boolean
  labels: string[]
  reviewers: string[]
  draft: boolean
  token?: string
  uploadArtifact: boolean
  /** compare, promote: fetch this run's evaluation artifacts into `outputDir` first. */
  downloadArtifact: boolean
  /** validate: the job results of the check workflow, as the JSON of `toJSON(needs)`. */
  jobs?: string
  /** validate: post the decision as the `modelgate/gates` commit status. */
  commitStatus: boolean
  allowUntrusted: boolean
  failOnDecision: boolean
  allowOlder: boolean
  /** evaluate, plan: use the evaluation cache (SPEC §4). */
  cache: boolean
  /** Absolute folder of the evaluation cache, when `cache-dir` names one. */
  cacheDir?: string
  /** init: absolute folder of the stage folders, when `root` names one. */
  root?: string
  /** init: the stage folders in order; empty for the default stages found. */
  stages: string[]
  /** init: the benchmark folder, or `false`; unset for the default. */
  benchmark?: string
  /** init: the archive folder; unset for the default. */
  archive?: string
  /** init: the layout template (`layout`), unset for the default. */
  layout?: string
  /** init: the archive's layout template (`archive-layout`). */
  archiveLayout?: string
  /** init: `semver`, `ordered` or what the user asked for (init refuses anything else). */
  versioning: string
  /** The folder relative paths are resolved against (GITHUB_WORKSPACE or the current directory). */
  workspace: string
  /** The event that started the workflow run, read once (empty outside Actions). */
  event: RunnerEvent
}
