/**
 * `compare` (SPEC §3–4): the candidate against the benchmark copy under the
 * model's metric policy; decision `pass` or `fail` with a reason per metric.
 * Recipe: load → gather results → decide → report.
 */
import { DecisionError } from '../errors.js'
import { decideComparison, gatherComparison } from '../evaluation/comparison-inputs.js'
import { comparisonMarkdown, comparisonText } from '../present/comparison-table.js'
import { findModel } from '../registry/registry.js'
import type { CompareSettings } from '../settings/settings.js'
import type { CommandContext, CommandResult } from './command-result.js'
import { loadSoundRegistry } from './load-for-command.js'

export async function compare(
  settings: CompareSettings,
  ctx: CommandContext
): Promise<CommandResult> {
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, settings.model)
  const model = findModel(reg, settings.model)
  if (!model) throw new DecisionError(`model "${settings.model}" is not in the registry`)

  // version, candidate-results, benchmark-results and output-dir, as the settings have them.
  const inputs = await gatherComparison(reg, { ...settings, model })
  for (const w of inputs.warnings) ctx.log.warning(w)

  const comparison = decideComparison(model, inputs)
  const versus = inputs.benchmark
    ? `benchmark ${inputs.benchmark.version}${inputs.benchmark.source === 'recorded' ? ' (recorded metrics)' : ''}`
    : 'no benchmark yet'
  const headline = `${comparison.decision === 'pass' ? '✔ pass' : '✖ fail'}: ${model.name} ${inputs.candidate.version} vs ${versus}`
  const failing = comparison.metrics.filter(m => m.verdict === 'fail').map(m => `  ✖ ${m.reason}`)
  return {
    command: 'compare',
    ok: comparison.decision === 'pass',
    decision: comparison.decision,
    diagnostics: [],
    result: {
      model: model.name,
      candidate: { version: inputs.candidate.version, results: inputs.candidateFile },
      benchmark: inputs.benchmark
        ? {
            version: inputs.benchmark.version,
            source: inputs.benchmark.source,
            results: inputs.benchmark.file
          }
        : null,
      ...comparison,
      warnings: inputs.warnings
    },
    text: [
      headline,
      '',
      comparisonText(comparison),
      ...(failing.length ? ['', ...failing] : [])
    ].join('\n'),
    summary: [
      `## modelgate compare: ${headline}`,
      '',
      ...inputs.warnings.map(w => `> ⚠️ ${w}`),
      '',
      comparisonMarkdown(comparison)
    ].join('\n'),
    outputs: {},
    exitCode: comparison.decision === 'pass' ? 0 : 1
  }
}
