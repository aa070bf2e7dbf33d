import type { Command } from './inputs.js'

/** Typed, validated settings: what every command works from, whether run by the action or the CLI. */
export interface Settings {
  command: Command
  /** Absolute path of the registry manifest. */
  manifest: string
  model?: string
  version?: string
  to?: string
  /** retire: why the version is withdrawn. */
  reason?: string
  entries?: string
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
  allowUntrusted: boolean
  failOnDecision: boolean
  allowOlder: boolean
  /** The folder relative paths are resolved against (GITHUB_WORKSPACE or the current directory). */
  workspace: string
}
