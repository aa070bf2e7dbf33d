/**
 * `promote` (SPEC §5): checks order and gates, then plans the move of a
 * version to the next stage. Recipe: load → refuse what the order forbids →
 * check the version's files → check the target stage's gates → plan once →
 * show (dry run) or open the pull request (show-or-apply.ts).
 */
import { checkPromotion } from '../changes/promote-plan.js'
import { planChange } from '../changes/plan-change.js'
import { metricsToRecord } from '../changes/recorded-metrics.js'
import { checkStageGates } from '../evaluation/stage-gates.js'
import { candidateFromEntry } from '../changes/pull-request-content.js'
import type { PromoteSettings } from '../settings/settings.js'
import { changeStamp, requireSoundFiles } from './change-stamp.js'
import type { CommandOutcome } from './command-result.js'
import type { Comparison } from '../policy/compare.js'
import type { CommandContext } from './context.js'
import { downloadResults } from './download-results.js'
import { loadSoundRegistry } from './load-for-command.js'
import { showOrApply, type ChangeOutcome } from './show-or-apply.js'

export async function promote(
  settings: PromoteSettings,
  ctx: CommandContext
): Promise<PromoteOutcome> {
  const { model: name, version, to } = settings
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, name)
  // Refusals of order (skip, backwards, unknown names) come first: they need no files.
  const { model, target: stage } = checkPromotion(reg, { model: name, version, to })
  await requireSoundFiles(reg, `${name} ${version} cannot be promoted`)
  if (settings.downloadArtifact) await downloadResults(reg, model, version, settings, ctx)

  const gates = await checkStageGates(reg, model, stage, {
    model,
    version,
    outputDir: settings.outputDir,
    workspace: settings.workspace,
    candidateResults: settings.candidateResults,
    benchmarkResults: settings.benchmarkResults
  })
  for (const w of gates.warnings) ctx.log.warning(w)
  if (gates.decision === 'fail') return refusedByGates(settings, gates)

  const stamp = changeStamp(ctx)
  const plan = planChange(reg, {
    kind: 'promote',
    model: name,
    version,
    to,
    ...stamp,
    metrics: metricsToRecord(model.spec, version, gates.candidate?.metrics)
  })
  const entry = model.spec.versions.find(v => v.version === plan.version)!
  return showOrApply(
    {
      reg,
      plan,
      candidate: candidateFromEntry(entry, gates.candidate?.metrics),
      gates: gates.lines,
      comparison: gates.comparison,
      runUrl: stamp.run
    },
    settings,
    ctx
  )
}

/** A gate of the target stage does not hold: the decision "no", with the gates and the comparison. */
export interface GatesRefused {
  model: string
  version: string
  to: string
  /** One line per gate checked. */
  gates: string[]
  /** Why each failing gate fails. */
  reasons: string[]
  comparison: Comparison | null
}

/** Opened (or shown) the pull request, or a gate of the target stage said no. */
export type PromoteOutcome = ChangeOutcome | CommandOutcome<'promote', GatesRefused>

function refusedByGates(
  settings: PromoteSettings,
  gates: Awaited<ReturnType<typeof checkStageGates>>
): CommandOutcome<'promote', GatesRefused> {
  return {
    command: 'promote',
    ok: false,
    decision: 'fail',
    diagnostics: [],
    result: {
      model: settings.model!,
      version: settings.version!,
      to: settings.to!,
      gates: gates.lines,
      reasons: gates.reasons,
      comparison: gates.comparison ?? null
    },
    outputs: {},
    exitCode: 1
  }
}
