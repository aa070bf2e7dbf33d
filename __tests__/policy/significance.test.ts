import { describe, expect, it } from '@jest/globals'
import { compareMetrics } from '../../src/policy/compare.js'
import { pairPredictions, parsePredictions } from '../../src/policy/predictions.js'
import { testImprovement } from '../../src/policy/significance.js'
import { mcnemarExact } from '../../src/policy/statistics.js'

/** 200 examples: the candidate is right on 180, the benchmark on 160, 30 vs 10 discordant. */
function pairs() {
  const rows = (right: (i: number) => boolean) =>
    'id,y_true,y_pred\n' +
    Array.from({ length: 200 }, (_, i) => `e${i},${i % 3},${right(i) ? i % 3 : (i + 1) % 3}`).join(
      '\n'
    )
  const candidate = parsePredictions(
    rows(i => i < 150 || (i >= 160 && i < 190)),
    'c.csv'
  )
  const benchmark = parsePredictions(
    rows(i => i < 160),
    'b.csv'
  )
  return pairPredictions(candidate, benchmark)
}

describe('testImprovement', () => {
  it("uses McNemar's exact test for accuracy", () => {
    const evidence = testImprovement('accuracy', 'maximize', pairs(), { alpha: 0.05 })
    expect(evidence).toEqual({
      pValue: mcnemarExact(30, 10),
      method: "McNemar's exact test, 30 vs 10 discordant examples"
    })
  })

  it('uses the seeded paired bootstrap for other metrics', () => {
    const evidence = testImprovement('f1_macro', 'maximize', pairs(), { alpha: 0.05, seed: 3 })
    expect(evidence).toMatchObject({
      method: 'paired bootstrap, 2000 resamples, seed 3, 90% interval'
    })
    if (!('pValue' in evidence)) throw new Error('expected a test')
    expect(evidence.pValue).toBeLessThan(0.01)
    expect(evidence.ci![0]).toBeGreaterThan(0)
    expect(testImprovement('f1_macro', 'maximize', pairs(), { alpha: 0.05, seed: 3 })).toEqual(
      evidence
    )
  })

  it('says why a metric cannot be tested', () => {
    expect(testImprovement('bleu', 'maximize', pairs(), { alpha: 0.05 })).toEqual({
      unavailable:
        'bleu is not one of the metrics modelgate computes from predictions (accuracy, ' +
        'precision_macro, recall_macro, f1_macro, precision_micro, recall_micro, f1_micro, ' +
        'roc_auc, mse, rmse, mae, r2), so its improvement cannot be tested'
    })
    expect(testImprovement('roc_auc', 'maximize', pairs(), { alpha: 0.05 })).toEqual({
      unavailable: 'roc_auc needs a y_score column in both predictions files'
    })
  })

  it('feeds compareMetrics', () => {
    const p = pairs()
    const result = compareMetrics({
      policy: { accuracy: { goal: 'maximize', minDelta: 0.05 } },
      compare: { primary: ['accuracy'], significance: 0.01 },
      candidate: { accuracy: 0.9 },
      benchmark: { accuracy: 0.8 },
      evidence: { accuracy: testImprovement('accuracy', 'maximize', p, { alpha: 0.01 }) }
    })
    expect(result.decision).toBe('pass')
    expect(result.reasons).toEqual([
      'accuracy +0.1 (+12.5%) vs benchmark 0.8, needs ≥ +0.05; accuracy improvement is ' +
        "significant: p = 0.0011 < 0.01 (McNemar's exact test, 30 vs 10 discordant examples)"
    ])
  })
})
