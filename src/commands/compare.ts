/**
 * `compare` (SPEC §3–4): the candidate against the benchmark copy under the
 * model's metric policy; decision `pass` or `fail` with a reason per metric.
 * Recipe: load → gather results → decide → report.
 */
import { quote } from '../clip.js'
import { DecisionError, UsageError } from '../errors.js'
import { decideComparison, gatherComparison } from '../evaluation/comparison-inputs.js'
import { findModel } from '../registry/registry.js'
import type { CompareSettings } from '../settings/settings.js'
import type { CommandOutcome } from './command-result.js'
import type { Comparison } from '../policy/compare.js'
import type { CommandContext } from './context.js'
import { downloadResults } from './download-results.js'
import { loadSoundRegistry } from './load-for-command.js'

export interface CompareResult extends Comparison {
  model: string
  candidate: { version: string; results: string }
  benchmark: { version: string; source: 'results' | 'recorded'; results?: string } | null
  warnings: string[]
}

export type CompareOutcome = CommandOutcome<'compare', CompareResult>

export async function compare(
  settings: CompareSettings,
  ctx: CommandContext
): Promise<CompareOutcome> {
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, settings.model)
  const model = findModel(reg, settings.model)
  if (!model) throw new DecisionError(`model ${quote(settings.model)} is not in the registry`)
  if (settings.downloadArtifact) {
    if (settings.version === undefined) {
      throw new UsageError(
        'download-artifact needs "version": the candidate whose results to download'
      )
    }
    await downloadResults(reg, model, settings.version, settings, ctx)
  }

  // version, candidate-results, benchmark-results and output-dir, as the settings have them.
  const inputs = await gatherComparison(reg, { ...settings, model })
  for (const w of inputs.warnings) ctx.log.warning(w)

  const comparison = decideComparison(model, inputs)
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
    outputs: {},
    exitCode: comparison.decision === 'pass' ? 0 : 1
  }
}
