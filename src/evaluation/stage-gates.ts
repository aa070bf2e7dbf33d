/**
 * The gates of a target stage (SPEC §2, §5 step 1): `metrics` — the
 * candidate's absolute thresholds hold on its checked result.json;
 * `compare: benchmark` — the candidate beats the benchmark copy under the
 * model's policy, exactly as `compare` decides. `approvals` is not checked
 * here: reviewers are requested on the pull request, which records them.
 */
import { compareMetrics, type Comparison } from '../policy/compare.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import type { StageSpec } from '../registry/types.js'
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
    const versus = inputs.benchmark ? `benchmark ${inputs.benchmark.version}` : 'no benchmark yet'
    out.lines.push(`compare with ${versus}: ${out.comparison.decision}`)
  } else {
    const { candidate } = await readCandidate({ ...req, model })
    out.candidate = candidate
    // Thresholds alone: no benchmark given, so only min/max are judged. It is
    // not a comparison, so none is reported (a table would read "no benchmark").
    const thresholds = compareMetrics({ policy, candidate: candidate.metrics! })
    const held = thresholds.metrics.flatMap(m =>
      m.checks.filter(c => c.rule === 'min' || c.rule === 'max' || c.verdict === 'fail')
    )
    out.lines.push(
      `thresholds: ${thresholds.decision}${held.length ? ` (${held.map(c => c.reason).join('; ')})` : ''}`
    )
    out.reasons = thresholds.metrics.filter(m => m.verdict === 'fail').map(m => m.reason)
    out.decision = thresholds.decision
    return out
  }
  const failed = out.comparison.metrics.filter(m => m.verdict === 'fail')
  out.reasons = failed.map(m => m.reason)
  out.decision = failed.length ? 'fail' : 'pass'
  return out
}
