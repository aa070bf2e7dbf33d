/** Which fresh metrics a version entry records (promote, register). */
import { describe, expect, it } from '@jest/globals'
import { metricsToRecord } from '../../src/changes/recorded-metrics.js'
import type { ModelSpec } from '../../src/registry/types.js'

const FRESH = { accuracy: 0.95, latency_ms: 12, f1_macro: 0.94, micro_avg_recall: 0.93 }

function spec(over: Partial<ModelSpec> = {}): ModelSpec {
  return {
    files: ['model.bin'],
    versions: [
      { version: '1.0.0', stage: 'development', files: { 'model.bin': 'sha256:00' } },
      {
        version: '1.1.0',
        stage: 'development',
        files: { 'model.bin': 'sha256:11' },
        metrics: { f1_macro: 0.9 }
      }
    ],
    ...over
  } as ModelSpec
}

describe('metricsToRecord', () => {
  it('keeps the metrics the policy names and those the entry already records', () => {
    const s = spec({ metrics: { accuracy: { goal: 'maximize', min: 0.9 } } })
    expect(metricsToRecord(s, '1.1.0', FRESH)).toEqual({ accuracy: 0.95, f1_macro: 0.94 })
    // a version without recorded metrics: the policy's only
    expect(metricsToRecord(s, '1.0.0', FRESH)).toEqual({ accuracy: 0.95 })
    // a new version (register): the policy's only
    expect(metricsToRecord(s, '2.0.0', FRESH)).toEqual({ accuracy: 0.95 })
  })

  it('keeps only what the entry records when the model has no policy', () => {
    expect(metricsToRecord(spec(), '1.1.0', FRESH)).toEqual({ f1_macro: 0.94 })
  })

  it('keeps every metric with neither a policy nor recorded metrics', () => {
    expect(metricsToRecord(spec(), '1.0.0', FRESH)).toEqual(FRESH)
    expect(metricsToRecord(spec({ metrics: {} }), '9.9.9', FRESH)).toEqual(FRESH)
  })

  it('leaves out a policy metric that was not measured', () => {
    const s = spec({ metrics: { roc_auc: { goal: 'maximize' } } })
    expect(metricsToRecord(s, '1.0.0', FRESH)).toEqual({})
  })

  it('returns undefined without fresh metrics', () => {
    expect(metricsToRecord(spec(), '1.1.0', undefined)).toBeUndefined()
    const s = spec({ metrics: { accuracy: { goal: 'maximize' } } })
    expect(metricsToRecord(s, '1.0.0', undefined)).toBeUndefined()
  })
})
