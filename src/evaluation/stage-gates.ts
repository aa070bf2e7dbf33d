/**
 * The gates of a target stage (SPEC §2, §5 step 1): `metrics` — the
 * candidate's absolute thresholds hold on its checked result.json;
 * `compare: benchmark` — the candidate beats the benchmark copy under the
 * model's policy, exactly as `compare` decides. `approvals` is not checked
 * here: reviewers are requested on the pull request, which records them.
 */
import { compareMetrics, noBenchmarkWords, type Comparison } from '../policy/compare.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import type { MetricPolicy, StageSpec } from '../registry/types.js'
import {
  decideComparison,
  gatherComparison,
  readCandidate,
  type ComparisonRequest
} from './comparison-inputs.js'
import type { EvaluationResult } from './result-file.js'

export interface GateOutcome {
  decision: 'pass' | 'fail'
  /** One line per gate: `thresholds: pass`, `compare with benchmark 1.1.0: fail`. */
  lines: string[]
  /** Why it failed, one sentence per failing metric. */
  reasons: string[]
  comparison?: Comparison
  candidate?: EvaluationResult
  warnings: string[]
}

/**
 * The `metrics` gate on its own: the candidate's min/max thresholds. No
 * benchmark is given, so only they are judged; it is not a comparison, so
 * none is reported (a table would read "no benchmark").
 */
export function thresholdGate(
  policy: Record<string, MetricPolicy>,
  metrics: Record<string, number>
): Pick<GateOutcome, 'decision' | 'lines' | 'reasons'> {
  const thresholds = compareMetrics({ policy, candidate: metrics })
  const held = thresholds.metrics.flatMap(m =>
    m.checks.filter(c => c.rule === 'min' || c.rule === 'max' || c.verdict === 'fail')
  )
  return {
    decision: thresholds.decision,
    lines: [
      `thresholds: ${thresholds.decision}${held.length ? ` (${held.map(c => c.reason).join('; ')})` : ''}`
    ],
    reasons: thresholds.metrics.filter(m => m.verdict === 'fail').map(m => m.reason)
  }
}

export async function checkStageGates(
  reg: Registry,
  model: LoadedModel,
  stage: StageSpec,
  req: ComparisonRequest
): Promise<GateOutcome> {
  const gates = stage.gates ?? {}
  const out: GateOutcome = { decision: 'pass', lines: [], reasons: [], warnings: [] }
  if (!gates.metrics && gates.compare !== 'benchmark') {
    out.lines.push(`stage "${stage.name}" has no metric or compare gate`)
    return out
  }
  const policy = model.spec.metrics ?? {}
  if (gates.compare === 'benchmark') {
    const inputs = await gatherComparison(reg, { ...req, model })
    out.candidate = inputs.candidate
    out.warnings.push(...inputs.warnings)
    out.comparison = decideComparison(model, inputs)
    const versus = inputs.benchmark
      ? `benchmark ${inputs.benchmark.version}`
      : noBenchmarkWords(inputs.benchmarkOff)
    out.lines.push(`compare with ${versus}: ${out.comparison.decision}`)
  } else {
    const { candidate } = await readCandidate({ ...req, model })
    return { ...out, ...thresholdGate(policy, candidate.metrics!), candidate }
  }
  const failed = out.comparison.metrics.filter(m => m.verdict === 'fail')
  out.reasons = failed.map(m => m.reason)
  out.decision = failed.length ? 'fail' : 'pass'
  return out
}
