/**
 * `resolve`: which version(s) of a model a stage holds (default: the last
 * stage) and where their files are, for serving code and scripts that must
 * never hard-code the live model's path. Reads only the manifest: it is
 * what serving systems read (SPEC §5). An empty stage is an answer
 * (`versions: []`, exit 0); a model or stage the registry does not have is
 * a usage error (exit 2), which `fail-on-decision: false` cannot turn into
 * a success, so a script never mistakes a typo for an empty stage.
 * Recipe: load → check the names → read the stage.
 */
import { quote } from '../clip.js'
import { UsageError } from '../errors.js'
import { stageNames } from '../registry/layout.js'
import { findModel, someModelNames } from '../registry/registry.js'
import { stageVersions, type StageVersion } from '../registry/stage-versions.js'
import type { ResolveSettings } from '../settings/settings.js'
import type { CommandOutcome } from './command-result.js'
import type { CommandContext } from './context.js'
import { loadSoundRegistry } from './load-for-command.js'

export interface ResolveResult {
  model: string
  stage: string
  versions: StageVersion[]
}

export type ResolveOutcome = CommandOutcome<'resolve', ResolveResult>

export async function resolve(
  settings: ResolveSettings,
  ctx: CommandContext
): Promise<ResolveOutcome> {
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, settings.model)
  const model = findModel(reg, settings.model)
  if (!model) {
    throw new UsageError(
      `model ${quote(settings.model)} is not in the registry ${reg.manifest.relPath} (models: ${someModelNames(reg)})`
    )
  }
  const stages = stageNames(reg)
  const stage = settings.stage ?? stages[stages.length - 1]
  if (!stages.includes(stage)) {
    throw new UsageError(
      `stage ${quote(stage)} is not a stage of the registry ${reg.manifest.relPath} (stages: ${stages.join(', ')})`
    )
  }
  return {
    command: 'resolve',
    ok: true,
    diagnostics: [],
    result: { model: model.name, stage, versions: stageVersions(reg, model, stage) },
    outputs: {},
    repoRoot: reg.repoRoot,
    exitCode: 0
  }
}
