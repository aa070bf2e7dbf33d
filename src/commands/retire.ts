/**
 * `retire --model M --version V --reason TEXT` (SPEC §3): a pull request on
 * `modelgate/retire/<M>-<V>` that moves a version that will not be promoted
 * to the archive with `retired: { reason: retired }` and records the reason
 * in the history. Recipe: load → plan (refusals) → check the files → show
 * (dry run) or open the pull request. No gates: nothing enters a stage.
 */
import { planChange } from '../changes/plan-change.js'
import type { RetireSettings } from '../settings/settings.js'
import { changeStamp, requireSoundFiles } from './change-stamp.js'
import type { CommandContext } from './context.js'
import { loadSoundRegistry } from './load-for-command.js'
import { showOrApply, type ChangeOutcome } from './show-or-apply.js'

export async function retire(
  settings: RetireSettings,
  ctx: CommandContext
): Promise<ChangeOutcome> {
  const { model: name, version, reason } = settings
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, name)
  const stamp = changeStamp(ctx)
  const plan = planChange(reg, { kind: 'retire', model: name, version, reason, ...stamp })
  await requireSoundFiles(reg, `${name} ${version} cannot be retired`)
  // The stage it leaves, without its checklist: the checklist is for entering it.
  const stage = { name: plan.from }
  return showOrApply({ reg, plan, stage, gates: [], runUrl: stamp.run }, settings, ctx)
}
