import { describe, expect, it } from '@jest/globals'
import {
  compareMetrics,
  type CompareInput,
  type MetricComparison
} from '../../src/policy/compare.js'

const policy: CompareInput['policy'] = {
  accuracy: { goal: 'maximize', min: 0.85, minDelta: 0.002 },
  f1_macro: { goal: 'maximize', min: 0.8, maxRegression: 0.01 },
  latency_p95_ms: { goal: 'minimize', max: 40, tolerance: 0.1 }
}
const benchmark = { accuracy: 0.912, f1_macro: 0.87, latency_p95_ms: 31 }

function row(result: ReturnType<typeof compareMetrics>, name: string): MetricComparison {
  const found = result.metrics.find(m => m.name === name)
  if (!found) throw new Error(`no row for ${name}`)
  return found
}

describe('compareMetrics: the SPEC example', () => {
  it('passes a candidate that improves accuracy and holds the guardrails', () => {
    const result = compareMetrics({
      policy,
      compare: { primary: ['accuracy'] },
      candidate: { accuracy: 0.921, f1_macro: 0.865, latency_p95_ms: 33 },
      benchmark
    })
    expect(result.decision).toBe('pass')
    expect(result.hasBenchmark).toBe(true)
    expect(result.reasons).toEqual([
      'accuracy 0.921 ≥ min 0.85; accuracy +0.009 (+0.99%) vs benchmark 0.912, needs ≥ +0.002'
    ])
    expect(row(result, 'accuracy')).toMatchObject({
      goal: 'maximize',
      role: 'primary',
      candidate: 0.921,
      benchmark: 0.912,
      threshold: { min: 0.85 },
      verdict: 'pass'
    })
    expect(row(result, 'accuracy').delta).toBeCloseTo(0.009, 12)
    expect(row(result, 'accuracy').deltaPct).toBeCloseTo(0.986842, 5)
    expect(row(result, 'latency_p95_ms')).toMatchObject({
      role: 'guardrail',
      verdict: 'pass',
      delta: 2,
      reason: 'latency_p95_ms 33 ≤ max 40; latency_p95_ms 33 within tolerance 10% of 31'
    })
    expect(row(result, 'f1_macro').reason).toBe(
      'f1_macro 0.865 ≥ min 0.8; f1_macro 0.865 within maxRegression 0.01 of 0.87'
    )
  })
})

interface Case {
  name: string
  input: CompareInput
  decision: 'pass' | 'fail'
  /** Reasons (exact) in the result. */
  reasons: string[]
}

const maximize = { goal: 'maximize' as const }
const minimize = { goal: 'minimize' as const }

const cases: Case[] = [
  {
    name: 'a tie passes a primary metric without minDelta',
    input: {
      policy: { acc: maximize },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.9 },
      benchmark: { acc: 0.9 }
    },
    decision: 'pass',
    reasons: ['acc ±0 (±0%) vs benchmark 0.9, needs ≥ 0']
  },
  {
    name: 'a regression fails a primary metric',
    input: {
      policy: { acc: maximize },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.89 },
      benchmark: { acc: 0.9 }
    },
    decision: 'fail',
    reasons: ['acc -0.01 (-1.1%) vs benchmark 0.9, needs ≥ 0']
  },
  {
    name: 'minDelta: an improvement below it fails',
    input: {
      policy: { acc: { ...maximize, minDelta: 0.002 } },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.913 },
      benchmark: { acc: 0.912 }
    },
    decision: 'fail',
    reasons: ['acc +0.001 (+0.11%) vs benchmark 0.912, needs ≥ +0.002']
  },
  {
    name: 'minDelta: exactly minDelta passes despite rounding in the subtraction',
    input: {
      policy: { acc: { ...maximize, minDelta: 0.002 } },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.913 },
      benchmark: { acc: 0.911 }
    },
    decision: 'pass',
    reasons: ['acc +0.002 (+0.22%) vs benchmark 0.911, needs ≥ +0.002']
  },
  {
    name: 'minRelDelta: relative to |benchmark|',
    input: {
      policy: { acc: { ...maximize, minRelDelta: 0.02 } },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.91 },
      benchmark: { acc: 0.9 }
    },
    decision: 'fail',
    reasons: ['acc +0.01 (+1.1%) vs benchmark 0.9, needs ≥ +0.018 (2% of the benchmark)']
  },
  {
    name: 'minRelDelta and minDelta: the larger one applies',
    input: {
      policy: { acc: { ...maximize, minDelta: 0.05, minRelDelta: 0.02 } },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.94 },
      benchmark: { acc: 0.9 }
    },
    decision: 'fail',
    reasons: ['acc +0.04 (+4.4%) vs benchmark 0.9, needs ≥ +0.05']
  },
  {
    name: 'minimize primary: a lower value is the improvement',
    input: {
      policy: { rmse: { ...minimize, minDelta: 0.1 } },
      compare: { primary: ['rmse'] },
      candidate: { rmse: 2.3 },
      benchmark: { rmse: 2.5 }
    },
    decision: 'pass',
    reasons: ['rmse -0.2 (-8.0%) vs benchmark 2.5, needs ≤ -0.1']
  },
  {
    name: 'minimize primary: a higher value fails',
    input: {
      policy: { rmse: minimize },
      compare: { primary: ['rmse'] },
      candidate: { rmse: 2.6 },
      benchmark: { rmse: 2.5 }
    },
    decision: 'fail',
    reasons: ['rmse +0.1 (+4.0%) vs benchmark 2.5, needs ≤ 0']
  },
  {
    name: 'tolerance on a maximize guardrail',
    input: {
      policy: { f1: { ...maximize, tolerance: 0.05 } },
      candidate: { f1: 0.75 },
      benchmark: { f1: 0.8 }
    },
    decision: 'fail',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'f1 0.75 is worse than 0.8 by more than the tolerance 5% (limit 0.76)'
    ]
  },
  {
    name: 'tolerance on a minimize guardrail (mirrored)',
    input: {
      policy: { latency: { ...minimize, tolerance: 0.1 } },
      candidate: { latency: 35 },
      benchmark: { latency: 31 }
    },
    decision: 'fail',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'latency 35 is worse than 31 by more than the tolerance 10% (limit 34.1)'
    ]
  },
  {
    name: 'tolerance holds at its limit',
    input: {
      policy: { latency: { ...minimize, tolerance: 0.1 } },
      candidate: { latency: 34.1 },
      benchmark: { latency: 31 }
    },
    decision: 'pass',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'all 1 metrics pass'
    ]
  },
  {
    name: 'maxRegression on a maximize guardrail',
    input: {
      policy: { f1: { ...maximize, maxRegression: 0.01 } },
      candidate: { f1: 0.85 },
      benchmark: { f1: 0.87 }
    },
    decision: 'fail',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'f1 0.85 is worse than 0.87 by more than maxRegression 0.01 (limit 0.86)'
    ]
  },
  {
    name: 'maxRegression on a minimize guardrail',
    input: {
      policy: { loss: { ...minimize, maxRegression: 0.5 } },
      candidate: { loss: 3.4 },
      benchmark: { loss: 3 }
    },
    decision: 'pass',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'all 1 metrics pass'
    ]
  },
  {
    name: 'tolerance and maxRegression both hold only when both are met',
    input: {
      policy: { f1: { ...maximize, tolerance: 0.1, maxRegression: 0.01 } },
      candidate: { f1: 0.85 },
      benchmark: { f1: 0.87 }
    },
    decision: 'fail',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'f1 0.85 is worse than 0.87 by more than maxRegression 0.01 (limit 0.86)'
    ]
  },
  {
    name: 'a metric with neither tolerance nor maxRegression is threshold-only: a regression passes',
    input: {
      policy: { acc: maximize, f1: { ...maximize, min: 0.8 } },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.95, f1: 0.81 },
      benchmark: { acc: 0.9, f1: 0.9 }
    },
    decision: 'pass',
    reasons: ['acc +0.05 (+5.6%) vs benchmark 0.9, needs ≥ 0']
  },
  {
    name: 'a metric with only a goal is information: 38.7 % worse is not a pass',
    input: {
      policy: { acc: { ...maximize, min: 0.8 }, f1: maximize },
      candidate: { acc: 0.9, f1: 0.49 },
      benchmark: { acc: 0.9, f1: 0.8 }
    },
    decision: 'pass',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'all 1 judged metrics pass (1 for information only)'
    ]
  },
  {
    name: 'benchmark: false: no benchmark by configuration, never "yet"',
    input: {
      policy: { acc: { ...maximize, min: 0.8 } },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.9 },
      benchmarkOff: true
    },
    decision: 'pass',
    reasons: [
      'no benchmark (benchmark: false): only the thresholds were checked',
      'all 1 metrics pass'
    ]
  },
  {
    name: 'a min threshold fails',
    input: {
      policy: { acc: { ...maximize, min: 0.85 } },
      candidate: { acc: 0.84 },
      benchmark: { acc: 0.8 }
    },
    decision: 'fail',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'acc 0.84 < min 0.85'
    ]
  },
  {
    name: 'a max threshold fails',
    input: { policy: { latency: { ...minimize, max: 40 } }, candidate: { latency: 41.5 } },
    decision: 'fail',
    reasons: ['no benchmark yet: only the thresholds were checked', 'latency 41.5 > max 40']
  },
  {
    name: 'a missing candidate metric fails',
    input: {
      policy: { acc: maximize, f1: maximize },
      candidate: { acc: 0.9 },
      benchmark: { acc: 0.9, f1: 0.8 }
    },
    decision: 'fail',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      "f1 is missing from the candidate's metrics"
    ]
  },
  {
    name: 'a metric missing from the benchmark fails a primary',
    input: {
      policy: { acc: maximize },
      compare: { primary: ['acc'] },
      candidate: { acc: 0.9 },
      benchmark: {}
    },
    decision: 'fail',
    reasons: ["acc is missing from the benchmark's metrics"]
  },
  {
    name: 'NaN fails',
    input: {
      policy: { acc: maximize },
      compare: { primary: ['acc'] },
      candidate: { acc: NaN },
      benchmark: { acc: 0.9 }
    },
    decision: 'fail',
    reasons: ["acc is NaN in the candidate's metrics"]
  },
  {
    name: 'infinity fails, in the benchmark too',
    input: {
      policy: { loss: { ...minimize, tolerance: 0.1 } },
      candidate: { loss: 1 },
      benchmark: { loss: Infinity }
    },
    decision: 'fail',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      "loss is infinite in the benchmark's metrics"
    ]
  },
  {
    name: 'a primary metric without a policy fails',
    input: {
      policy: {},
      compare: { primary: ['acc'] },
      candidate: { acc: 0.9 },
      benchmark: { acc: 0.8 }
    },
    decision: 'fail',
    reasons: ['acc is a primary metric but has no policy with a goal']
  },
  {
    name: 'no benchmark yet: thresholds only, primary and guardrails pass',
    input: {
      policy,
      compare: { primary: ['accuracy'], significance: 0.05 },
      candidate: { accuracy: 0.9, f1_macro: 0.85, latency_p95_ms: 38 }
    },
    decision: 'pass',
    reasons: ['no benchmark yet: only the thresholds were checked', 'all 3 metrics pass']
  },
  {
    name: 'no benchmark yet: a threshold still fails',
    input: {
      policy,
      compare: { primary: ['accuracy'] },
      candidate: { accuracy: 0.8, f1_macro: 0.85, latency_p95_ms: 38 }
    },
    decision: 'fail',
    reasons: ['no benchmark yet: only the thresholds were checked', 'accuracy 0.8 < min 0.85']
  },
  {
    name: 'significance: p below α passes',
    input: {
      policy: { acc: maximize },
      compare: { primary: ['acc'], significance: 0.05 },
      candidate: { acc: 0.92 },
      benchmark: { acc: 0.9 },
      evidence: {
        acc: { pValue: 0.003, method: "McNemar's exact test, 40 vs 12 discordant examples" }
      }
    },
    decision: 'pass',
    reasons: [
      "acc +0.02 (+2.2%) vs benchmark 0.9, needs ≥ 0; acc improvement is significant: p = 0.003 < 0.05 (McNemar's exact test, 40 vs 12 discordant examples)"
    ]
  },
  {
    name: 'significance: p at or above α fails',
    input: {
      policy: { f1: maximize },
      compare: { primary: ['f1'], significance: 0.05 },
      candidate: { f1: 0.82 },
      benchmark: { f1: 0.8 },
      evidence: { f1: { pValue: 0.21, ci: [-0.01, 0.05], method: 'paired bootstrap' } }
    },
    decision: 'fail',
    reasons: ['f1 improvement is not significant: p = 0.21 ≥ 0.05 (paired bootstrap)']
  },
  {
    name: 'significance: missing evidence fails and says why',
    input: {
      policy: { acc: maximize },
      compare: { primary: ['acc'], significance: 0.05 },
      candidate: { acc: 0.95 },
      benchmark: { acc: 0.9 }
    },
    decision: 'fail',
    reasons: [
      'acc: significance test needs predictions of candidate and benchmark on the same examples'
    ]
  },
  {
    name: 'significance: evidence that could not be computed fails with its reason',
    input: {
      policy: { bleu: maximize },
      compare: { primary: ['bleu'], significance: 0.05 },
      candidate: { bleu: 30 },
      benchmark: { bleu: 28 },
      evidence: { bleu: { unavailable: 'bleu is not computed from predictions' } }
    },
    decision: 'fail',
    reasons: ['bleu: no significance test: bleu is not computed from predictions']
  },
  {
    name: 'a zero benchmark has no percentage',
    input: {
      policy: { errors: { ...minimize, maxRegression: 2 } },
      compare: { primary: [] },
      candidate: { errors: 1 },
      benchmark: { errors: 0 }
    },
    decision: 'pass',
    reasons: [
      'no primary metric (compare.primary): only thresholds and guardrails were checked',
      'all 1 metrics pass'
    ]
  }
]

describe('compareMetrics rules', () => {
  it.each(cases.map(c => [c.name, c] as const))('%s', (_, c) => {
    const result = compareMetrics(c.input)
    expect(result.reasons).toEqual(c.reasons)
    expect(result.decision).toBe(c.decision)
  })

  it('keeps the p-value and interval of the evidence on the row', () => {
    const result = compareMetrics(cases.find(c => c.name.startsWith('significance: p at'))!.input)
    expect(row(result, 'f1')).toMatchObject({ pValue: 0.21, ci: [-0.01, 0.05], verdict: 'fail' })
  })

  it('leaves deltaPct out when the benchmark is 0', () => {
    const result = compareMetrics(cases.find(c => c.name.startsWith('a zero benchmark'))!.input)
    expect(row(result, 'errors')).toMatchObject({ delta: 1, benchmark: 0, verdict: 'pass' })
    expect(row(result, 'errors').deltaPct).toBeUndefined()
  })

  it('shows a threshold-only metric without thresholds for information', () => {
    const result = compareMetrics({
      policy: { n: maximize },
      candidate: { n: 1200 },
      benchmark: { n: 1000 }
    })
    expect(row(result, 'n')).toMatchObject({
      role: 'threshold-only',
      verdict: 'info',
      delta: 200,
      deltaPct: 20,
      reason: 'n 1200 (no threshold)'
    })
  })
})
