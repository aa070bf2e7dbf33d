/**
 * Is production still as good as when it was promoted? (`monitor`, SPEC §3)
 * The fresh metrics of the production version, evaluated on new data, are
 * judged against the metrics its manifest entry records, under the model's
 * policy: a threshold (`min`/`max`) crossed, or a regression beyond the
 * metric's `tolerance` (relative) / `maxRegression` (absolute), is a
 * failure. A metric with neither may move freely within its thresholds:
 * monitoring asks "has it degraded past what we accept", not "has it
 * improved", so `minDelta` plays no part here.
 */
import type { MetricPolicy } from '../registry/types.js'

export interface MetricHealth {
  metric: string
  recorded?: number
  fresh: number
  /** fresh − recorded, when both exist. */
  delta?: number
  healthy: boolean
  /**
   * False for a metric with only a `goal`: no rule judges it, so it is shown
   * for information (`info`), never as passing.
   */
  judged: boolean
  /** Why it failed, or what it was checked against. */
  reason: string
}

export function judgeMetrics(
  policy: Record<string, MetricPolicy>,
  recorded: Record<string, number>,
  fresh: Record<string, number>
): MetricHealth[] {
  const rows: MetricHealth[] = []
  for (const [metric, p] of Object.entries(policy)) {
    const value = fresh[metric]
    if (value === undefined) continue
    const before = recorded[metric]
    const delta = before === undefined ? undefined : value - before
    const problems: string[] = []
    if (p.min !== undefined && value < p.min) problems.push(`${fmt(value)} < min ${p.min}`)
    if (p.max !== undefined && value > p.max) problems.push(`${fmt(value)} > max ${p.max}`)
    const allowed = allowedRegression(p, before)
    // A regression is a move against the goal.
    const regression = delta === undefined ? 0 : p.goal === 'maximize' ? -delta : delta
    if (allowed !== undefined && regression > allowed + 1e-12) {
      problems.push(
        `${fmt(value)} regressed ${fmt(regression)} from ${fmt(before!)} (allowed ${fmt(allowed)})`
      )
    }
    rows.push({
      metric,
      ...(before !== undefined ? { recorded: before } : {}),
      fresh: value,
      ...(delta !== undefined ? { delta } : {}),
      healthy: problems.length === 0,
      judged: p.min !== undefined || p.max !== undefined || allowed !== undefined,
      reason: problems.length ? problems.join('; ') : checkedAgainst(p, allowed)
    })
  }
  return rows
}

/** The largest regression the policy accepts, or undefined when it sets none. */
function allowedRegression(p: MetricPolicy, recorded: number | undefined): number | undefined {
  if (recorded === undefined) return undefined
  const limits: number[] = []
  if (p.tolerance !== undefined) limits.push(p.tolerance * Math.abs(recorded))
  if (p.maxRegression !== undefined) limits.push(p.maxRegression)
  return limits.length ? Math.min(...limits) : undefined
}

function checkedAgainst(p: MetricPolicy, allowed: number | undefined): string {
  const parts = [
    p.min !== undefined ? `≥ ${p.min}` : '',
    p.max !== undefined ? `≤ ${p.max}` : '',
    allowed !== undefined ? `regression ≤ ${fmt(allowed)}` : ''
  ].filter(Boolean)
  return parts.length ? `ok (${parts.join(', ')})` : 'info (no threshold)'
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(4).replace(/\.?0+$/, '')
}
