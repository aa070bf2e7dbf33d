/**
 * `promote` (SPEC §5): checks order and gates, then plans the move of a
 * version to the next stage. Recipe: load → refuse what the order forbids →
 * check the version's files → check the target stage's gates → plan →
 * report (dry run) or open the pull request.
 *
 * The plan is then shown (dry run) or applied as a pull request (apply-plan.ts).
 */
import { DecisionError } from '../errors.js'
import { checkStageGates } from '../evaluation/stage-gates.js'
import { comparisonMarkdown, comparisonText } from '../present/comparison-table.js'
import { planPromotion } from '../changes/promotion-plan.js'
import { metricsToRecord } from '../changes/recorded-metrics.js'
import { candidateFromEntry, renderPrBody, prTitle } from '../present/pr-body.js'
import { findModel } from '../registry/registry.js'
import type { PromoteSettings } from '../settings/settings.js'
import type { CommandContext, CommandResult } from './command-result.js'
import { loadSoundRegistry } from './load-for-command.js'
import { applyPlan } from './apply-plan.js'
import { changeStamp, requireSoundFiles } from './change-stamp.js'

export async function promote(
  settings: PromoteSettings,
  ctx: CommandContext
): Promise<CommandResult> {
  const { model: name, version, to } = settings
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, name)
  const model = findModel(reg, name)
  if (!model) throw new DecisionError(`model "${name}" is not in the registry`)

  const { at, actor, run } = changeStamp(ctx.env)
  // Refusals of order (skip, backwards, unknown names) come first: they need no files.
  planPromotion(reg, { model: name, version, to, actor, at, run })
  await requireSoundFiles(reg, `${name} ${version} cannot be promoted`)

  const stage = reg.stages.find(s => s.name === to)!
  const gates = await checkStageGates(reg, model, stage, {
    model,
    version,
    outputDir: settings.outputDir,
    candidateResults: settings.candidateResults,
    benchmarkResults: settings.benchmarkResults
  })
  for (const w of gates.warnings) ctx.log.warning(w)
  const headline = `${name} ${version} → ${to}`
  if (gates.decision === 'fail') {
    return {
      command: 'promote',
      ok: false,
      decision: 'fail',
      diagnostics: [],
      result: {
        model: name,
        version,
        to,
        gates: gates.lines,
        reasons: gates.reasons,
        comparison: gates.comparison ?? null
      },
      text: [
        `✖ refused: ${headline}: a gate of "${to}" does not hold`,
        ...gates.lines.map(l => `  ${l}`),
        ...gates.reasons.map(r => `  ✖ ${r}`),
        ...(gates.comparison ? ['', comparisonText(gates.comparison)] : [])
      ].join('\n'),
      summary: [
        `## modelgate promote: ✖ ${headline} refused`,
        '',
        ...gates.lines.map(l => `- ${l}`),
        '',
        ...(gates.comparison ? [comparisonMarkdown(gates.comparison)] : [])
      ].join('\n'),
      outputs: {},
      exitCode: 1
    }
  }

  const plan = planPromotion(reg, {
    model: name,
    version,
    to,
    actor,
    at,
    run,
    metrics: metricsToRecord(model.spec, version, gates.candidate?.metrics)
  })
  const entry = model.spec.versions.find(v => v.version === plan.version)!
  const body = renderPrBody({
    plan,
    model,
    stage,
    comparison: gates.comparison,
    gateSummary: gates.lines,
    candidate: candidateFromEntry(entry, gates.candidate?.metrics),
    runUrl: run
  })
  return applyPlan(
    {
      command: 'promote',
      reg,
      plan,
      headline,
      title: prTitle(plan),
      body,
      gates: gates.lines,
      owners: model.spec.owners ?? [],
      runUrl: run
    },
    settings,
    ctx
  )
}
