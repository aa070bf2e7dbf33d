/**
 * The comparison decision of SPEC §4: does a candidate's set of metrics pass
 * the model's metric policy, against the benchmark copy when there is one?
 *
 * Roles:
 * - primary: named in `compare.primary`; must improve on the benchmark by at
 *   least `minDelta` (absolute) and `minRelDelta` (relative to |benchmark|),
 *   both 0 by default so that a tie passes; with `compare.significance: α`
 *   the improvement must also have a one-sided p-value below α.
 * - guardrail: any other metric whose policy sets `tolerance` or
 *   `maxRegression`; may not fall behind the benchmark by more than that.
 * - threshold-only: a metric with a policy but neither, so only `min`/`max`
 *   apply (its delta is still shown). A metric without either key is not
 *   held to "no regression at all", which run-to-run noise would break;
 *   its verdict is `info`, never `pass`, since nothing judged it.
 * Thresholds (`min`, `max`) hold on the candidate for every role. Without a
 * benchmark only thresholds apply and the result says "no benchmark yet".
 * A missing, NaN or infinite value of a metric that a rule needs fails.
 */
import type { Goal, MetricPolicy } from '../registry/types.js'
import {
  formatFractionAsPercent,
  formatNumber,
  formatPValue,
  formatSigned,
  formatSignedPercent
} from './format.js'
import type { SignificanceEvidence } from './significance.js'

export type { SignificanceEvidence } from './significance.js'

export interface CompareSpec {
  primary?: string[]
  significance?: number
}

export interface CompareInput {
  /** The model's `metrics` policy. */
  policy: Record<string, MetricPolicy>
  compare?: CompareSpec
  candidate: Record<string, number>
  /** The benchmark copy's metrics; undefined when the model has no benchmark yet. */
  benchmark?: Record<string, number>
  /**
   * True when the registry keeps no benchmark copy at all (`benchmark: false`):
   * then "no benchmark yet" would promise one that never comes.
   */
  benchmarkOff?: boolean
  /** Significance evidence per primary metric, computed by the caller from paired predictions. */
  evidence?: Record<string, SignificanceEvidence>
}

export type Role = 'primary' | 'guardrail' | 'threshold-only'
export type Verdict = 'pass' | 'fail'
/**
 * A metric's verdict: `info` for one that no rule judges (a `goal` without
 * threshold, tolerance or primary role), shown for information only, so
 * that a worse value never reads as "pass".
 */
export type MetricVerdict = Verdict | 'info'

export interface Check {
  rule: 'value' | 'min' | 'max' | 'improvement' | 'significance' | 'tolerance' | 'maxRegression'
  verdict: Verdict
  reason: string
}

export interface MetricComparison {
  name: string
  /** Undefined only for a primary metric that has no policy (an invalid manifest). */
  goal?: Goal
  role: Role
  candidate?: number
  benchmark?: number
  /** candidate − benchmark, in the metric's units. */
  delta?: number
  /** delta / |benchmark| · 100; undefined when the benchmark is 0. */
  deltaPct?: number
  threshold?: { min?: number; max?: number }
  pValue?: number
  ci?: [number, number]
  verdict: MetricVerdict
  /** The failing checks' reasons when it fails, all of them when it passes. */
  reason: string
  checks: Check[]
}

export interface Comparison {
  decision: Verdict
  metrics: MetricComparison[]
  /** Short sentences: why it failed, or what it passed on. */
  reasons: string[]
  hasBenchmark: boolean
  /** Set when the registry keeps no benchmark copy (`benchmark: false`). */
  benchmarkOff?: true
}

const NO_BENCHMARK = 'no benchmark yet'
const BENCHMARK_OFF = 'no benchmark (benchmark: false)'

/** What stands where there is no benchmark: "no benchmark yet", or why there never is one. */
export function noBenchmarkWords(benchmarkOff: boolean | undefined): string {
  return benchmarkOff ? BENCHMARK_OFF : NO_BENCHMARK
}
const NEEDS_PAIRED_PREDICTIONS =
  'significance test needs predictions of candidate and benchmark on the same examples'

export function compareMetrics(input: CompareInput): Comparison {
  const primary = input.compare?.primary ?? []
  const names = [...Object.keys(input.policy), ...primary.filter(p => !(p in input.policy))]
  const metrics = names.map(name => compareOne(name, primary.includes(name), input))
  const failed = metrics.filter(m => m.verdict === 'fail')
  const hasBenchmark = input.benchmark !== undefined

  const reasons: string[] = []
  if (!hasBenchmark) {
    reasons.push(`${noBenchmarkWords(input.benchmarkOff)}: only the thresholds were checked`)
  } else if (primary.length === 0) {
    reasons.push('no primary metric (compare.primary): only thresholds and guardrails were checked')
  }
  if (failed.length > 0) {
    for (const m of failed) {
      for (const c of m.checks) if (c.verdict === 'fail') reasons.push(c.reason)
    }
  } else {
    const shown = hasBenchmark ? metrics.filter(m => m.role === 'primary') : []
    const info = metrics.filter(m => m.verdict === 'info').length
    if (shown.length > 0) reasons.push(...shown.map(m => m.reason))
    else if (info === 0) reasons.push(`all ${metrics.length} metrics pass`)
    else
      reasons.push(
        `all ${metrics.length - info} judged metrics pass (${info} for information only)`
      )
  }
  return {
    decision: failed.length > 0 ? 'fail' : 'pass',
    metrics,
    reasons,
    hasBenchmark,
    ...(input.benchmarkOff ? { benchmarkOff: true as const } : {})
  }
}

function compareOne(name: string, isPrimary: boolean, input: CompareInput): MetricComparison {
  const policy = input.policy[name] as MetricPolicy | undefined
  const role: Role = isPrimary
    ? 'primary'
    : policy?.tolerance !== undefined || policy?.maxRegression !== undefined
      ? 'guardrail'
      : 'threshold-only'
  const row: Omit<MetricComparison, 'verdict' | 'reason'> = { name, role, checks: [] }
  const checks = row.checks
  const done = (): MetricComparison => finish(row)

  if (policy === undefined) {
    checks.push(fail('value', `${name} is a primary metric but has no policy with a goal`))
    return done()
  }
  row.goal = policy.goal
  if (policy.min !== undefined || policy.max !== undefined) {
    row.threshold = {
      ...(policy.min !== undefined && { min: policy.min }),
      ...(policy.max !== undefined && { max: policy.max })
    }
  }

  const candidate = input.candidate[name]
  const candidateProblem = valueProblem(name, candidate, "the candidate's")
  if (candidateProblem) {
    checks.push(fail('value', candidateProblem))
    return done()
  }
  row.candidate = candidate
  checkThresholds(name, candidate, policy, checks)

  if (input.benchmark === undefined) {
    if (role !== 'threshold-only') {
      checks.push(pass('value', `${name}: ${noBenchmarkWords(input.benchmarkOff)}`))
    }
    return done()
  }
  const benchmark = input.benchmark[name]
  const benchmarkProblem = valueProblem(name, benchmark, "the benchmark's")
  if (benchmarkProblem) {
    // Only a rule that needs the benchmark value fails on it.
    if (role !== 'threshold-only') checks.push(fail('value', benchmarkProblem))
    return done()
  }
  row.benchmark = benchmark
  row.delta = candidate - benchmark
  if (benchmark !== 0) row.deltaPct = (row.delta / Math.abs(benchmark)) * 100

  if (role === 'primary') {
    checks.push(improvementCheck(name, policy, candidate, benchmark, row.deltaPct))
    const alpha = input.compare?.significance
    if (alpha !== undefined) {
      const evidence = input.evidence?.[name]
      if (evidence !== undefined && 'pValue' in evidence) {
        row.pValue = evidence.pValue
        if (evidence.ci) row.ci = evidence.ci
      }
      checks.push(significanceCheck(name, alpha, evidence))
    }
  } else if (role === 'guardrail') {
    checks.push(...guardrailChecks(name, policy, candidate, benchmark))
  }
  return done()
}

function finish(row: Omit<MetricComparison, 'verdict' | 'reason'>): MetricComparison {
  const failing = row.checks.filter(c => c.verdict === 'fail')
  // No rule judged it: shown for information, never as a pass.
  const verdict: MetricVerdict =
    failing.length > 0 ? 'fail' : row.checks.length > 0 ? 'pass' : 'info'
  const shown = verdict === 'fail' ? failing : row.checks
  const reason =
    shown.length > 0
      ? shown.map(c => c.reason).join('; ')
      : `${row.name} ${formatNumber(row.candidate as number)} (no threshold)`
  return { ...row, verdict, reason }
}

function valueProblem(name: string, value: number | undefined, whose: string): string | undefined {
  if (value === undefined) return `${name} is missing from ${whose} metrics`
  if (typeof value !== 'number') return `${name} in ${whose} metrics is not a number`
  if (Number.isNaN(value)) return `${name} is NaN in ${whose} metrics`
  if (!Number.isFinite(value)) return `${name} is infinite in ${whose} metrics`
  return undefined
}

function checkThresholds(name: string, value: number, policy: MetricPolicy, checks: Check[]): void {
  const v = formatNumber(value)
  if (policy.min !== undefined) {
    const min = formatNumber(policy.min)
    checks.push(
      value >= policy.min
        ? pass('min', `${name} ${v} ≥ min ${min}`)
        : fail('min', `${name} ${v} < min ${min}`)
    )
  }
  if (policy.max !== undefined) {
    const max = formatNumber(policy.max)
    checks.push(
      value <= policy.max
        ? pass('max', `${name} ${v} ≤ max ${max}`)
        : fail('max', `${name} ${v} > max ${max}`)
    )
  }
}

/**
 * Differences of two decimals carry rounding error (0.914 − 0.912 is
 * 0.0020000000000000018); without a little slack a candidate that improves
 * by exactly minDelta, or ties, could fail on the last bit.
 */
function slack(a: number, b: number): number {
  return 1e-12 * Math.max(1, Math.abs(a), Math.abs(b))
}

function improvementCheck(
  name: string,
  policy: MetricPolicy,
  candidate: number,
  benchmark: number,
  deltaPct: number | undefined
): Check {
  const delta = candidate - benchmark
  const improvement = policy.goal === 'maximize' ? delta : -delta
  const byAbsolute = policy.minDelta ?? 0
  const byRelative = (policy.minRelDelta ?? 0) * Math.abs(benchmark)
  const required = Math.max(byAbsolute, byRelative)
  const ok = improvement >= required - slack(candidate, benchmark)
  const change = `${formatSigned(delta)}${deltaPct === undefined ? '' : ` (${formatSignedPercent(deltaPct)})`}`
  const direction = policy.goal === 'maximize' ? '≥' : '≤'
  const needed =
    required === 0 ? '0' : formatSigned(policy.goal === 'maximize' ? required : -required)
  const relNote =
    policy.minRelDelta !== undefined && byRelative >= byAbsolute && required !== 0
      ? ` (${formatFractionAsPercent(policy.minRelDelta)} of the benchmark)`
      : ''
  const reason = `${name} ${change} vs benchmark ${formatNumber(benchmark)}, needs ${direction} ${needed}${relNote}`
  return ok ? pass('improvement', reason) : fail('improvement', reason)
}

function significanceCheck(
  name: string,
  alpha: number,
  evidence: SignificanceEvidence | undefined
): Check {
  if (evidence === undefined) return fail('significance', `${name}: ${NEEDS_PAIRED_PREDICTIONS}`)
  if ('unavailable' in evidence) {
    return fail('significance', `${name}: no significance test: ${evidence.unavailable}`)
  }
  const p = formatPValue(evidence.pValue)
  const a = formatNumber(alpha)
  if (!(evidence.pValue >= 0 && evidence.pValue <= 1)) {
    return fail('significance', `${name}: the significance test gave no valid p-value (${p})`)
  }
  return evidence.pValue < alpha
    ? pass('significance', `${name} improvement is significant: ${p} < ${a} (${evidence.method})`)
    : fail(
        'significance',
        `${name} improvement is not significant: ${p} ≥ ${a} (${evidence.method})`
      )
}

function guardrailChecks(
  name: string,
  policy: MetricPolicy,
  candidate: number,
  benchmark: number
): Check[] {
  const checks: Check[] = []
  const maximize = policy.goal === 'maximize'
  const within = (limit: number): boolean =>
    maximize
      ? candidate >= limit - slack(candidate, limit)
      : candidate <= limit + slack(candidate, limit)
  const c = formatNumber(candidate)
  const b = formatNumber(benchmark)
  if (policy.tolerance !== undefined) {
    const allowed = policy.tolerance * Math.abs(benchmark)
    const limit = maximize ? benchmark - allowed : benchmark + allowed
    const tol = formatFractionAsPercent(policy.tolerance)
    checks.push(
      within(limit)
        ? pass('tolerance', `${name} ${c} within tolerance ${tol} of ${b}`)
        : fail(
            'tolerance',
            `${name} ${c} is worse than ${b} by more than the tolerance ${tol} (limit ${formatNumber(limit)})`
          )
    )
  }
  if (policy.maxRegression !== undefined) {
    const limit = maximize ? benchmark - policy.maxRegression : benchmark + policy.maxRegression
    const mr = formatNumber(policy.maxRegression)
    checks.push(
      within(limit)
        ? pass('maxRegression', `${name} ${c} within maxRegression ${mr} of ${b}`)
        : fail(
            'maxRegression',
            `${name} ${c} is worse than ${b} by more than maxRegression ${mr} (limit ${formatNumber(limit)})`
          )
    )
  }
  return checks
}

function pass(rule: Check['rule'], reason: string): Check {
  return { rule, verdict: 'pass', reason }
}

function fail(rule: Check['rule'], reason: string): Check {
  return { rule, verdict: 'fail', reason }
}
