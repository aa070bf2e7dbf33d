/**
 * The first stage's gates, checked by `register` as `promote` checks every
 * other stage's (SPEC §5 step 1): `metrics` — the thresholds hold on the
 * candidate's results; `compare: benchmark` — it beats the benchmark copy,
 * which needs the result.json of its evaluation. Without candidate results
 * a gated first stage cannot be entered: nothing would show it holds.
 */
import { DecisionError } from '../errors.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import type { RegistrationResults } from './registration-results.js'
import { checkStageGates, thresholdGate, type GateOutcome } from './stage-gates.js'

export async function checkRegistrationGates(
  reg: Registry,
  model: LoadedModel,
  version: string,
  results: RegistrationResults | undefined,
  where: { outputDir: string; workspace: string; benchmarkResults?: string }
): Promise<GateOutcome> {
  const stage = reg.stages[0]
  const gates = stage.gates ?? {}
  const none: GateOutcome = { decision: 'pass', lines: [], reasons: [], warnings: [] }
  if (!gates.metrics && gates.compare !== 'benchmark') return none
  const id = `${model.name} ${version}`
  const named = [gates.metrics ? 'metrics' : '', gates.compare ? 'compare: benchmark' : '']
    .filter(Boolean)
    .join(', ')
  if (!results) {
    throw new DecisionError(
      `${id} cannot be registered: ${stage.name} has gates (${named}) and nothing shows they hold; give candidate-results (the result.json of its evaluation, or its metrics file)`
    )
  }
  if (gates.compare !== 'benchmark') {
    return { ...none, ...thresholdGate(model.spec.metrics ?? {}, results.metrics) }
  }
  if (!results.resultFile) {
    throw new DecisionError(
      `${id} cannot be registered: ${stage.name} compares with the benchmark (compare: benchmark), which needs the result.json of an evaluation of ${id} as candidate-results, not a metrics file`
    )
  }
  return checkStageGates(reg, model, stage, {
    model,
    version,
    candidateResults: results.resultFile,
    ...where
  })
}
