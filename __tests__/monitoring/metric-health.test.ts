/** Production re-evaluated on fresh data, judged against what its manifest entry records. */
import { describe, expect, it } from '@jest/globals'
import { judgeMetrics } from '../../src/monitoring/metric-health.js'
import { monitorMarker } from '../../src/monitoring/health.js'
import { issueBody, issueTitle } from '../../src/present/monitor-issue.js'

const policy = {
  accuracy: { goal: 'maximize' as const, min: 0.9, minDelta: 0 },
  roc_auc: { goal: 'maximize' as const, tolerance: 0.01 },
  latency_ms: { goal: 'minimize' as const, max: 40, maxRegression: 5 }
}
const recorded = { accuracy: 0.95, roc_auc: 0.99, latency_ms: 30 }

describe('judgeMetrics', () => {
  it('passes metrics that moved within the policy, whatever their direction', () => {
    const rows = judgeMetrics(policy, recorded, { accuracy: 0.93, roc_auc: 0.985, latency_ms: 34 })
    expect(rows.map(r => [r.metric, r.healthy])).toEqual([
      ['accuracy', true],
      ['roc_auc', true],
      ['latency_ms', true]
    ])
    expect(rows[0]).toMatchObject({ recorded: 0.95, fresh: 0.93 })
    expect(rows[0].delta).toBeCloseTo(-0.02, 12)
    expect(rows[1].reason).toBe('ok (regression ≤ 0.0099)')
  })

  it('fails a crossed threshold and a regression beyond tolerance or maxRegression', () => {
    const rows = judgeMetrics(policy, recorded, { accuracy: 0.89, roc_auc: 0.97, latency_ms: 36 })
    expect(rows.map(r => [r.metric, r.healthy, r.reason])).toEqual([
      ['accuracy', false, '0.89 < min 0.9'],
      ['roc_auc', false, '0.97 regressed 0.02 from 0.99 (allowed 0.0099)'],
      ['latency_ms', false, '36 regressed 6 from 30 (allowed 5)']
    ])
  })

  it('judges only thresholds when nothing is recorded, and skips metrics not measured', () => {
    const rows = judgeMetrics(policy, {}, { roc_auc: 0.5, latency_ms: 41 })
    expect(rows.map(r => [r.metric, r.healthy, r.judged, r.reason])).toEqual([
      ['roc_auc', true, false, 'info (no threshold)'],
      ['latency_ms', false, true, '41 > max 40']
    ])
  })

  it('shows a metric no rule judges as info in the issue, never as passing', () => {
    const f1 = { goal: 'maximize' as const }
    const metrics = judgeMetrics(
      { ...policy, f1 },
      { ...recorded, f1: 0.8 },
      { accuracy: 0.89, f1: 0.49 }
    )
    const body = issueBody(
      {
        model: 'clf',
        version: '1.1.0',
        stage: 'production',
        evaluation: { metrics },
        healthy: false,
        problems: ['accuracy: 0.89 < min 0.9']
      },
      '2026-11-23T10:00:00Z'
    )
    expect(body).toContain('| f1 | 0.8000 | 0.4900 | -0.3100 | ℹ️ info (no threshold) |')
    expect(body).toContain('| accuracy | 0.9500 | 0.8900 | -0.06000 | ❌ 0.89 < min 0.9 |')
  })
})

describe('the monitor issue', () => {
  const health = {
    model: 'clf',
    version: '1.1.0',
    stage: 'production',
    evaluation: { metrics: judgeMetrics(policy, recorded, { accuracy: 0.89 }) },
    drift: {
      rows: [
        {
          column: 'age',
          kind: 'numeric' as const,
          psi: 0.02,
          ks: { d: 0.01, p: 0.8, pAdjusted: 1 },
          drifted: false,
          why: ''
        },
        {
          column: 'income',
          kind: 'numeric' as const,
          psi: 0.31,
          ks: { d: 0.19, p: 1e-9, pAdjusted: 2e-8 },
          drifted: true,
          why: 'PSI 0.31 > 0.2'
        }
      ],
      reference: 'data/reference.csv',
      current: ['data/current.csv'],
      psi: 0.2,
      ksAlpha: 0.05
    },
    healthy: false,
    problems: ['accuracy: 0.89 < min 0.9', 'feature drift in income']
  }

  it('names the model, lists the problems, the metrics and the drifted columns first, and carries the marker', () => {
    expect(issueTitle(health)).toBe('modelgate monitor: clf 1.1.0 in production needs attention')
    const body = issueBody(
      health,
      '2026-11-23T10:00:00Z',
      'https://github.com/acme/models/actions/runs/9'
    )
    expect(body).toContain('## clf 1.1.0 in production: needs attention')
    expect(body).toContain('- ❌ accuracy: 0.89 < min 0.9')
    expect(body).toContain('| accuracy | 0.9500 | 0.8900 | -0.06000 | ❌ 0.89 < min 0.9 |')
    const drift = body.slice(body.indexOf('### Feature drift'))
    expect(drift.indexOf('| income |')).toBeLessThan(drift.indexOf('| age |'))
    expect(drift).toContain(
      '| income | numeric | 0.3100 | 0.1900 | 1.0e-9 / 2.0e-8 | ❌ PSI 0.31 > 0.2 |'
    )
    expect(body.trimEnd().endsWith(monitorMarker('clf'))).toBe(true)
  })

  it('says it was closed when the model is healthy again', () => {
    const body = issueBody({ ...health, healthy: true, problems: [] }, '2026-11-24T10:00:00Z')
    expect(body).toContain('healthy again')
    expect(body).toContain('Closed by modelgate: every check passes again.')
  })
})
