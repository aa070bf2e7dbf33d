/**
 * `rollback --model M [--version V]` (SPEC §5): a pull request on
 * `modelgate/rollback/<M>` that brings back the archived version the current
 * production version replaced (or V) and archives the current one with
 * `reason: rolled-back`. Recipe: load → plan (refusals) → check the files →
 * show (dry run) or open the pull request. No gates: the version served in
 * production before, and a rollback is what you reach for when it is urgent.
 */
import { planChange } from '../changes/plan-change.js'
import type { RollbackSettings } from '../settings/settings.js'
import { changeStamp, requireSoundFiles } from './change-stamp.js'
import type { CommandContext } from './context.js'
import { loadSoundRegistry } from './load-for-command.js'
import { showOrApply, type ChangeOutcome } from './show-or-apply.js'

export async function rollback(
  settings: RollbackSettings,
  ctx: CommandContext
): Promise<ChangeOutcome> {
  const { model: name, version } = settings
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, name)
  const stamp = changeStamp(ctx)
  const plan = planChange(reg, { kind: 'rollback', model: name, version, ...stamp })
  await requireSoundFiles(reg, `${name} cannot be rolled back to ${plan.version}`)
  return showOrApply({ reg, plan, gates: [], runUrl: stamp.run }, settings, ctx)
}
