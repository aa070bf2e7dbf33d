/**
 * `promote` (SPEC §5): checks order and gates, then plans the move of a
 * version to the next stage. Recipe: load → refuse what the order forbids →
 * check the version's files → check the target stage's gates → plan →
 * report (dry run) or open the pull request.
 *
 * Opening the pull request (Git Database API commit, PR, labels, reviewers,
 * status) is not built yet: without `dry-run` the command says so (exit 2).
 */
import os from 'node:os'
import { DecisionError, formatDiagnostic, UsageError } from '../errors.js'
import { checkStageGates } from '../evaluation/stage-gates.js'
import { comparisonMarkdown, comparisonText } from '../policy/comparison-table.js'
import { planPromotion, type PromotionPlan } from '../promotion/plan.js'
import { renderPrBody, prTitle } from '../promotion/pr-body.js'
import { checkFiles } from '../registry/file-checks.js'
import { findModel } from '../registry/registry.js'
import type { Settings } from '../settings/settings.js'
import { workflowRunUrl } from '../settings/workflow-run.js'
import type { CommandContext, CommandResult } from './command-result.js'
import { loadSoundRegistry } from './load-for-command.js'

export async function promote(settings: Settings, ctx: CommandContext): Promise<CommandResult> {
  const { model: name, version, to } = settings
  if (!name || !version || !to) throw new UsageError('promote needs "model", "version" and "to"')
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, name)
  const model = findModel(reg, name)
  if (!model) throw new DecisionError(`model "${name}" is not in the registry`)

  const at = new Date().toISOString()
  const actor = ctx.env.GITHUB_ACTOR || os.userInfo().username
  const run = workflowRunUrl(ctx.env)
  // Refusals of order (skip, backwards, unknown names) come first: they need no files.
  planPromotion(reg, { model: name, version, to, actor, at, run })

  const files = await checkFiles(reg)
  const fileErrors = files.diagnostics.filter(d => d.severity === 'error')
  if (fileErrors.length) {
    throw new DecisionError(
      `${name} ${version} cannot be promoted: ${formatDiagnostic(fileErrors[0])}`,
      fileErrors
    )
  }

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
    metrics: gates.candidate?.metrics
  })
  const entry = model.spec.versions.find(v => v.version === plan.version)!
  const body = renderPrBody({
    plan,
    model,
    stage,
    comparison: gates.comparison,
    gateSummary: gates.lines,
    candidate: {
      version: plan.version,
      source: entry.source,
      createdAt: entry.createdAt,
      notes: entry.notes,
      metrics: gates.candidate?.metrics
    },
    runUrl: run
  })
  if (!settings.dryRun) {
    throw new UsageError(
      'opening the promotion pull request is not available in this version of modelgate yet; run with dry-run: true to see the plan and the pull request body'
    )
  }
  return {
    command: 'promote',
    ok: true,
    decision: 'pass',
    diagnostics: [],
    result: { dryRun: true, ...planSummary(plan), title: prTitle(plan), body, gates: gates.lines },
    text: dryRunText(plan, headline, gates.lines, body),
    summary: [`## modelgate promote (dry run): ${headline}`, '', body].join('\n'),
    outputs: {},
    exitCode: 0
  }
}

function planSummary(plan: PromotionPlan) {
  return {
    model: plan.model,
    version: plan.version,
    from: plan.from,
    to: plan.to,
    branch: plan.branch,
    hash: plan.hash,
    moves: plan.moves,
    manifest: plan.file.relPath,
    commitMessage: plan.commitMessage
  }
}

function dryRunText(plan: PromotionPlan, headline: string, gates: string[], body: string): string {
  return [
    `✔ dry run: ${headline} (no request made, nothing written)`,
    ...gates.map(l => `  gate: ${l}`),
    `  branch: ${plan.branch}`,
    '  moves:',
    ...plan.moves.map(m => `    ${m.from} → ${m.to ?? '(removed: derived data)'}  [${m.reason}]`),
    `  manifest: ${plan.file.relPath} (only the moved versions' keys and one history entry change)`,
    `  plan: ${plan.hash}`,
    '',
    '--- pull request body ---',
    body
  ].join('\n')
}
