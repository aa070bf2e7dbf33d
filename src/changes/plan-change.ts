/**
 * `planChange`: the one way a change plan is made. The kind's planner
 * decides (refusals, moves, manifest edits, the history entry); this module
 * derives what every kind shares the same way — the history entry's append,
 * the edited manifest text, the plan hash, the branch and the commit message.
 */
import type { Registry } from '../registry/registry.js'
import type {
  Addition,
  ChangeDraft,
  ChangePlan,
  Move,
  PromotePlan,
  RolloutPlan
} from './change-plan.js'
import { editManifest, type Edit } from './manifest-edit.js'
import { planHash } from './plan-hash.js'
import { draftPromotion, type PromotionRequest } from './promote-plan.js'
import { draftRegistration, type RegistrationRequest } from './register-plan.js'
import { draftRetirement, type RetireRequest } from './retire-plan.js'
import { draftRollback, type RollbackRequest } from './rollback-plan.js'
import { wordingOf } from './wording.js'

/** What is asked for; a `promote` into a stage with `rollout` becomes a `rollout` plan. */
export type ChangeRequest =
  | ({ kind: 'promote' } & PromotionRequest)
  | ({ kind: 'rollback' } & RollbackRequest)
  | ({ kind: 'register' } & RegistrationRequest)
  | ({ kind: 'retire' } & RetireRequest)

/** The plans a request of kind `K` can give. */
export type PlanFor<K extends ChangeRequest['kind']> = K extends 'promote'
  ? PromotePlan | RolloutPlan
  : Extract<ChangePlan, { kind: K }>

export function planChange<R extends ChangeRequest>(reg: Registry, req: R): PlanFor<R['kind']> {
  return completePlan(draftChange(reg, req)) as PlanFor<R['kind']>
}

function draftChange(reg: Registry, req: ChangeRequest): ChangeDraft {
  switch (req.kind) {
    case 'promote':
      return draftPromotion(reg, req)
    case 'rollback':
      return draftRollback(reg, req)
    case 'register':
      return draftRegistration(reg, req)
    case 'retire':
      return draftRetirement(reg, req)
  }
}

/** A draft with its history entry appended, the new manifest text, hash, branch and message. */
export function completePlan(draft: ChangeDraft): ChangePlan {
  // A shard keeps its own history; a model of the registry file logs to the top-level one.
  const edits: Edit[] = [...draft.edits, { op: 'append', path: ['history'], value: draft.history }]
  const additions = draft.kind === 'register' ? draft.additions : undefined
  // planHash leaves out timestamps and run links: the same change asked for again later, or
  // from another run, is the same plan. The kind is in it: a rollback never shares a promotion's.
  const hash = planHash({
    kind: draft.kind,
    moves: draft.moves,
    edits,
    file: draft.file.relPath,
    additions: additions?.map(({ path, digest, lfs }) => ({ path, digest, lfs }))
  })
  const wording = wordingOf(draft.kind)
  return {
    ...draft,
    edits,
    newText: editManifest(draft.file.text, edits),
    hash,
    branch: wording.branch(draft),
    commitMessage: commitMessage(wording.subject(draft), draft.moves, hash, additions)
  } as ChangePlan
}

/** Subject, a blank line, one line per file added and folder moved, a blank line, the trailer. */
function commitMessage(
  subject: string,
  moves: Move[],
  hash: string,
  additions: Addition[] = []
): string {
  const lines = [
    ...additions.map(a => `- add ${a.path}${a.lfs ? ' (Git LFS pointer)' : ''}`),
    ...moves.map(m =>
      m.to === null ? `- remove ${m.from} (${m.reason})` : `- ${m.from} -> ${m.to} (${m.reason})`
    )
  ]
  return [subject, '', ...lines, '', `Modelgate-Plan: ${hash}`].join('\n')
}
