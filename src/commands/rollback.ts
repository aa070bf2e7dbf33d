/**
 * `rollback --model M [--version V]` (SPEC §5): a pull request on
 * `modelgate/rollback/<M>` that brings back the archived version the current
 * production version replaced (or V) and archives the current one with
 * `reason: rolled-back`. Recipe: load → plan (refusals) → check the files →
 * show (dry run) or open the pull request. No gates: the version served in
 * production before, and a rollback is what you reach for when it is urgent.
 */
import { candidateFromEntry, renderPrBody, prTitle } from '../present/pr-body.js'
import { planRollback } from '../changes/rollback-plan.js'
import { findModel } from '../registry/registry.js'
import type { RollbackSettings } from '../settings/settings.js'
import { applyPlan } from './apply-plan.js'
import { changeStamp, requireSoundFiles } from './change-stamp.js'
import type { CommandContext, CommandResult } from './command-result.js'
import { loadSoundRegistry } from './load-for-command.js'

export async function rollback(
  settings: RollbackSettings,
  ctx: CommandContext
): Promise<CommandResult> {
  const { model: name, version } = settings
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, name)
  const stamp = changeStamp(ctx.env)
  const plan = planRollback(reg, { model: name, version, ...stamp })
  await requireSoundFiles(reg, `${name} cannot be rolled back to ${plan.version}`)

  const model = findModel(reg, name)!
  const entry = model.spec.versions.find(v => v.version === plan.version)!
  const stage = reg.stages.find(s => s.name === plan.to)!
  const body = renderPrBody({
    plan,
    model,
    stage,
    gateSummary: [],
    candidate: candidateFromEntry(entry),
    runUrl: stamp.run
  })
  const replaced = plan.moves.find(m => m.reason === 'archive')?.version
  return applyPlan(
    {
      command: 'rollback',
      reg,
      plan,
      headline: `${name} ${plan.to}: ${replaced ?? '?'} → ${plan.version}`,
      title: prTitle(plan),
      body,
      gates: [],
      owners: model.spec.owners ?? [],
      runUrl: stamp.run
    },
    settings,
    ctx
  )
}
