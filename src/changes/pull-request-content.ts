/**
 * What a change's pull request says besides the plan: the model, the stage
 * it enters (its checklist), the gates checked, the comparison with the
 * benchmark and the version it is about. Commands gather it; the
 * presentation layer turns it into the body.
 */
import type { Comparison } from '../policy/compare.js'
import type { LoadedModel } from '../registry/registry.js'
import type { StageSpec, VersionEntry } from '../registry/types.js'
import type { ChangePlan } from './change-plan.js'
import type { LaterComparison } from './wording.js'
import type { VersionComparator } from '../registry/version-order.js'

export interface Candidate {
  version: string
  source?: { commit?: string; run?: string }
  createdAt?: string
  notes?: string
  /** Fresh metrics of the candidate; the chart prefers them to the manifest's (older) values. */
  metrics?: Record<string, number>
}

/** The PR's candidate as its manifest entry describes it; `metrics` overrides the recorded ones. */
export function candidateFromEntry(
  entry: VersionEntry,
  metrics: Record<string, number> | undefined = entry.metrics
): Candidate {
  return {
    version: entry.version,
    source: entry.source,
    createdAt: entry.createdAt,
    notes: entry.notes,
    metrics
  }
}

export interface PullRequestContent {
  plan: ChangePlan
  /** The model as loaded: description, owners, and its versions' metrics for the chart. */
  model: LoadedModel
  /** How the model's versions are ordered (for the chart); default: SemVer precedence. */
  versionOrder?: VersionComparator
  /** The target stage: its checklist and required approvals. */
  stage: StageSpec
  /** Undefined when the target stage has no compare gate. */
  comparison?: Comparison
  /** One line per gate checked, e.g. "thresholds: pass". */
  gateSummary: string[]
  /** Where the version will meet the benchmark, for the words where nothing was compared. */
  laterComparison?: LaterComparison
  candidate: Candidate
  runUrl?: string
}
