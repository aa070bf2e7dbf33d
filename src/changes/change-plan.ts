/**
 * The one change plan (SPEC §5): every pull request modelgate opens —
 * a promotion, a step of a gradual rollout, a rollback, a registration, a
 * retirement — is a `ChangePlan`, discriminated by `kind`. A plan is
 * computed first (pure, here), then shown (dry run, PR body) and only then
 * applied (commands/publish-pull-request.ts), whatever its kind.
 */
import type { SourceFile } from '../registry/source-file.js'
import type { HistoryEntry } from '../registry/types.js'
import type { Edit } from './manifest-edit.js'

/**
 * Why a version's files move: `promote` up the stage path, `restore` from the
 * archive back to a stage (a rollback), `archive` out of a stage, `retire`
 * out of a stage on purpose (nothing replaces it), and the two halves of a
 * benchmark refresh.
 */
export type MoveReason =
  'promote' | 'restore' | 'archive' | 'retire' | 'benchmark-refresh' | 'benchmark-remove'

/**
 * One tree change of a plan (issue #12). A version whose folder is its own
 * in both places moves whole: one move of kind `folder` (the default, left
 * out so plans of folder layouts, their hashes and their texts stay as they
 * were), whose `from` and `to` are folders. Where a name changes on the way
 * (a stage in the file name, a flat archive), each of the version's files
 * is one move of kind `file`, whose `from` and `to` are file paths.
 */
export interface Move {
  model: string
  version: string
  /** `folder` when absent. */
  kind?: 'folder' | 'file'
  /** Repository-relative folder (or file) the files come from. */
  from: string
  /** Repository-relative folder (or file) they go to; null for a removal. */
  to: string | null
  reason: MoveReason
}

/** True for a move of one file (a name changes on the way), false for a whole folder. */
export function movesFile(move: Pick<Move, 'kind'>): boolean {
  return move.kind === 'file'
}

/** A new file a registration adds; its blob (or LFS pointer) is the only content uploaded. */
export interface Addition {
  /** Repository-relative path: where the first stage's layout (or the benchmark's) puts it. */
  path: string
  /** Absolute path of the local file the bytes come from. */
  source: string
  /** `sha256:<hex>` of the file's bytes. */
  digest: string
  size: number
  /** Routed through Git LFS by .gitattributes: the blob is a pointer to the object. */
  lfs: boolean
  /**
   * The benchmark copy's file, not the version's own: registering into the stage the copy
   * mirrors (`copyOf` naming the first stage) refreshes the copy with the new version.
   */
  benchmarkCopy?: true
}

/** A traffic share before (absent when the version enters the stage) and after a plan. */
export interface RolloutStep {
  from?: number
  to: number
}

export type ChangeKind = ChangePlan['kind']

/** What every kind of plan has. */
interface PlanCommon {
  model: string
  /** The version that enters `to`: the promoted, restored, registered or retired one. */
  version: string
  /** The stage (or, for a rollback, the archive folder) `version` leaves; '' for a registration. */
  from: string
  to: string
  moves: Move[]
  /** The manifest edits, the history entry's append last. */
  edits: Edit[]
  /** The history entry the plan appends. */
  history: HistoryEntry
  /** The manifest file the edits apply to: the model's own file. */
  file: SourceFile
  newText: string
  /** The `Modelgate-Plan` trailer: what the plan does, without when or from which run. */
  hash: string
  branch: string
  commitMessage: string
}

export interface PromotePlan extends PlanCommon {
  kind: 'promote'
  /** A promotion in one step changes no traffic share (so `plan.traffic` reads on either kind). */
  traffic?: never
}

/** A step of a gradual rollout (SPEC §5): the candidate's share of `to`'s traffic changes. */
export interface RolloutPlan extends PlanCommon {
  kind: 'rollout'
  traffic: RolloutStep
}

export interface RollbackPlan extends PlanCommon {
  kind: 'rollback'
  /** The production version that goes to the archive. */
  rolledBackFrom: string
  /** Set when the rollback stops a rollout: the candidate's share goes to 0. */
  traffic?: RolloutStep
}

export interface RegisterPlan extends PlanCommon {
  kind: 'register'
  additions: Addition[]
  /**
   * The new version's own folder, where the first stage's layout gives it one
   * (it must not exist yet); absent under a file layout, whose folder is shared.
   */
  folder?: string
}

export interface RetirePlan extends PlanCommon {
  kind: 'retire'
  /** Why the version is withdrawn, as given (`reason`). */
  reason: string
}

export type ChangePlan = PromotePlan | RolloutPlan | RollbackPlan | RegisterPlan | RetirePlan

/** What a kind's planner decides; `planChange` derives the rest (text, hash, branch, message). */
export type ChangeDraft = DistributiveOmit<
  ChangePlan,
  'edits' | 'file' | 'newText' | 'hash' | 'branch' | 'commitMessage'
> & {
  /** The edits besides the history entry's append. */
  edits: Edit[]
  file: SourceFile
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** The files a plan adds: a registration's, none for the other kinds. */
export function additionsOf(plan: ChangePlan): Addition[] {
  return plan.kind === 'register' ? plan.additions : []
}
