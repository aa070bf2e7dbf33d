/**
 * `retire --model M --version V --reason TEXT` (SPEC §3): a pull request on
 * `modelgate/retire/<M>-<V>` that moves a version that will not be promoted
 * to the archive with `retired: { reason: retired }` and records the reason
 * in the history. Recipe: load → plan (refusals) → check the files → show
 * (dry run) or open the pull request. No gates: nothing enters a stage.
 */
import { candidateFromEntry, renderPrBody, prTitle } from '../present/pr-body.js'
import { planRetirement } from '../changes/retire-plan.js'
import { findModel } from '../registry/registry.js'
import type { RetireSettings } from '../settings/settings.js'
import { applyPlan } from './apply-plan.js'
import { changeStamp, requireSoundFiles } from './change-stamp.js'
import type { CommandContext, CommandResult } from './command-result.js'
import { loadSoundRegistry } from './load-for-command.js'

export async function retire(
  settings: RetireSettings,
  ctx: CommandContext
): Promise<CommandResult> {
  const { model: name, version, reason } = settings
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, name)
  const stamp = changeStamp(ctx.env)
  const plan = planRetirement(reg, { model: name, version, reason, ...stamp })
  await requireSoundFiles(reg, `${name} ${version} cannot be retired`)

  const model = findModel(reg, name)!
  const entry = model.spec.versions.find(v => v.version === plan.version)!
  const body = renderPrBody({
    plan,
    model,
    // The stage it leaves, without its checklist: the checklist is for entering it.
    stage: { name: plan.from },
    gateSummary: [],
    candidate: candidateFromEntry(entry),
    runUrl: stamp.run
  })
  return applyPlan(
    {
      command: 'retire',
      reg,
      plan,
      headline: `${name} ${plan.version}: ${plan.from} → ${plan.to} (retired)`,
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
