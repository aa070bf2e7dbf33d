import { describe, expect, it } from '@jest/globals'
import { holmAdjust } from '../../src/monitoring/drift/holm.js'
import {
  PSI_EPSILON,
  psiCategorical,
  psiFromCounts,
  psiNumeric,
  quantileEdges
} from '../../src/monitoring/drift/psi.js'
import { Rng } from '../../src/policy/random.js'
import { runPython } from '../policy/python.js'
import { sample } from './drift-samples.js'

/**
 * PSI written independently with NumPy, same rule: edges = unique(np.quantile
 * of the reference at 0.1 … 0.9), bins (−∞, e₀], …, (e_last, ∞) via
 * searchsorted(side='left'), empty shares → 1e-4.
 */
const NUMPY_PSI = `import json, sys
import numpy as np
def shares(x, edges):
    counts = np.bincount(np.searchsorted(edges, x, side='left'), minlength=len(edges) + 1)
    s = counts / len(x)
    return np.where(s == 0, 1e-4, s)
out = []
for c in json.load(sys.stdin):
    ref, cur = np.array(c['a'], dtype=float), np.array(c['b'], dtype=float)
    edges = np.unique(np.quantile(ref, np.arange(1, c['bins']) / c['bins']))
    r, q = shares(ref, edges), shares(cur, edges)
    out.append({'psi': float(np.sum((q - r) * np.log(q / r))), 'edges': edges.tolist()})
print(json.dumps(out))`

describe('psiNumeric', () => {
  it('matches an independent NumPy computation (deciles, ties, out-of-range values)', () => {
    // + 0: no -0, which JSON would turn into 0 on the Python side.
    const round = (x: number[], step: number) => x.map(v => Math.round(v / step) * step + 0)
    const cases = [
      { a: sample(1000, 1, 0), b: sample(1000, 2, 0), bins: 10 },
      { a: sample(5000, 3, 0), b: sample(3000, 4, 0.5), bins: 10 },
      { a: sample(10000, 5, 0), b: sample(10000, 6, 3), bins: 10 },
      // Ties: a few levels only, so deciles coincide and edges merge.
      { a: round(sample(2000, 7, 0), 1), b: round(sample(1500, 8, 0.4), 1), bins: 10 },
      // Mostly zeros (a sparse feature): 60% of the reference is one value.
      {
        a: sample(1000, 9, 0).map((v, i) => (i % 5 < 3 ? 0 : Math.abs(v))),
        b: sample(1000, 10, 0).map((v, i) => (i % 2 ? 0 : Math.abs(v))),
        bins: 10
      },
      // Fewer values than bins, and another bin count.
      { a: [3, 1, 2], b: [1, 1, 5, 7], bins: 10 },
      { a: sample(777, 11, 0), b: sample(555, 12, 0.2), bins: 4 }
    ]
    const expected = runPython<{ psi: number; edges: number[] }[]>(NUMPY_PSI, cases, ['numpy'])
    cases.forEach((c, i) => {
      const sorted = Float64Array.from(c.a).sort()
      expect(quantileEdges(sorted, c.bins)).toEqual(expected[i].edges)
      expect(psiNumeric(c.a, c.b, c.bins).psi).toBeCloseTo(expected[i].psi, 9)
    })
  })

  it('is 0 for identical samples and large for a clear shift', () => {
    const a = sample(4000, 13, 0)
    expect(psiNumeric(a, a).psi).toBe(0)
    expect(psiNumeric(a, sample(4000, 14, 2)).psi).toBeGreaterThan(1)
  })

  it('labels right-closed bins with open outer ends', () => {
    const r = psiNumeric([1, 2, 3, 4], [0, 10], 2)
    expect(r.bins).toEqual(['(-inf, 2.5]', '(2.5, inf)'])
    expect(r.reference).toEqual([0.5, 0.5])
    expect(r.current).toEqual([0.5, 0.5])
    expect(r.psi).toBe(0)
  })
})

describe('psiCategorical', () => {
  it('uses the union of categories and 1e-4 for a category one side lacks', () => {
    const ref = new Map([
      ['a', 50],
      ['b', 30],
      ['c', 20]
    ])
    const cur = new Map([
      ['a', 40],
      ['b', 40],
      ['d', 20]
    ])
    const r = psiCategorical(ref, cur)
    expect(r.bins).toEqual(['a', 'b', 'c', 'd'])
    const byHand =
      (0.4 - 0.5) * Math.log(0.4 / 0.5) +
      (0.4 - 0.3) * Math.log(0.4 / 0.3) +
      (PSI_EPSILON - 0.2) * Math.log(PSI_EPSILON / 0.2) +
      (0.2 - PSI_EPSILON) * Math.log(0.2 / PSI_EPSILON)
    expect(r.psi).toBeCloseTo(byHand, 12)
    expect(psiFromCounts([50, 30, 20, 0], [40, 40, 0, 20])).toBeCloseTo(byHand, 12)
  })
})

/** Holm written plainly in Python (no statsmodels): step-down, running max, capped at 1. */
const PYTHON_HOLM = `import json, sys
out = []
for p in json.load(sys.stdin):
    m = len(p)
    order = sorted(range(m), key=lambda i: (p[i], i))
    adj, running = [0.0] * m, 0.0
    for k, i in enumerate(order):
        running = max(running, min(1.0, (m - k) * p[i]))
        adj[i] = running
    out.append(adj)
print(json.dumps(out))`

describe('holmAdjust', () => {
  it('matches a hand-computed example', () => {
    // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max 0.06.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005])
    expect(adjusted[0]).toBeCloseTo(0.03, 15)
    expect(adjusted[1]).toBeCloseTo(0.06, 15)
    expect(adjusted[2]).toBeCloseTo(0.06, 15)
    expect(adjusted[3]).toBeCloseTo(0.02, 15)
    expect(holmAdjust([0.5, 0.6])).toEqual([1, 1])
    expect(holmAdjust([])).toEqual([])
    expect(holmAdjust([0.2])).toEqual([0.2])
  })

  it('matches Python, stays monotone in the raw p-values and within [0, 1]', () => {
    const rng = Rng.fromSeed(42)
    const cases = Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: 1 + (i % 12) }, () => rng.nextDouble() ** 3)
    )
    cases.push([0.01, 0.01, 0.02, 0.5, 0])
    const expected = runPython<number[][]>(PYTHON_HOLM, cases, ['json'])
    cases.forEach((p, i) => {
      const adjusted = holmAdjust(p)
      adjusted.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 15))
      const order = p.map((_, j) => j).sort((a, b) => p[a] - p[b])
      for (let k = 1; k < order.length; k++) {
        expect(adjusted[order[k]]).toBeGreaterThanOrEqual(adjusted[order[k - 1]])
      }
      for (const v of adjusted) expect(v >= 0 && v <= 1).toBe(true)
    })
  })

  it('refuses values that are not p-values', () => {
    expect(() => holmAdjust([0.1, NaN])).toThrow(RangeError)
    expect(() => holmAdjust([1.5])).toThrow(RangeError)
  })
})
