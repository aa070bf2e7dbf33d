import { describe, expect, it } from '@jest/globals'
import { kolmogorovSf } from '../../src/monitoring/drift/kolmogorov.js'
import { ksTwoSample } from '../../src/monitoring/drift/ks.js'
import { runPython } from '../policy/python.js'
import { sample } from './drift-samples.js'

interface Case {
  name: string
  a: number[]
  b: number[]
}

/**
 * SciPy's answers for every case of this file, from one Python process (each start imports
 * SciPy, about a second): scipy.stats.ks_2samp(a, b) with its defaults (two-sided,
 * method='auto') for each case, scipy.stats.kstwo.sf(x, n) for each grid point.
 */
let scipy: { ks: Map<string, { d: number; p: number }>; sf: number[] } | undefined

function reference() {
  if (!scipy) {
    const cases = [...EXACT, ...TIES, ...ASYMPTOTIC]
    const out = runPython<{ ks: { d: number; p: number }[]; sf: number[] }>(
      `import json, sys
from scipy.stats import ks_2samp, kstwo
given = json.load(sys.stdin)
ks = []
for c in given['cases']:
    r = ks_2samp(c['a'], c['b'])
    ks.append({'d': float(r.statistic), 'p': float(r.pvalue)})
sf = [float(kstwo.sf(x, n)) for n, x in given['grid']]
print(json.dumps({'ks': ks, 'sf': sf}))`,
      { cases, grid: GRID },
      ['scipy']
    )
    scipy = { ks: new Map(cases.map((c, i) => [c.name, out.ks[i]])), sf: out.sf }
  }
  return scipy
}

function expectLikeScipy(cases: Case[]) {
  const { ks } = reference()
  for (const c of cases) {
    const expected = ks.get(c.name)!
    const got = ksTwoSample(c.a, c.b)
    expect({ name: c.name, d: got.statistic, p: got.pValue }).toEqual({
      name: c.name,
      d: expect.closeTo(expected.d, 9),
      p: expect.closeTo(expected.p, 6)
    })
    expect(Math.abs(got.pValue - expected.p)).toBeLessThan(1e-6)
  }
}

/** Samples small enough for the exact path, equal and unequal sizes. */
const EXACT: Case[] = (() => {
  const cases: Case[] = []
  for (const [n1, n2, shift] of [
    [5, 5, 0],
    [8, 13, 0.5],
    [20, 20, 1],
    [37, 50, 0.2],
    [100, 100, 0.3],
    [100, 250, 0.3],
    [1000, 999, 0.1],
    [3000, 2000, 0],
    [10000, 10000, 0.05],
    [10000, 7000, 0.04]
  ]) {
    cases.push({
      name: `exact ${n1}/${n2} shift ${shift}`,
      a: sample(n1, 11 + n1, 0),
      b: sample(n2, 7 + n2, shift)
    })
  }
  return cases
})()

/** Rounded values, a few distinct levels. */
const TIES: Case[] = (() => {
  const round = (x: number[], step: number) => x.map(v => Math.round(v / step) * step)
  return [
    { name: 'ties small', a: round(sample(40, 1, 0), 0.5), b: round(sample(30, 2, 0.3), 0.5) },
    { name: 'ties 3 levels', a: round(sample(500, 3, 0), 2), b: round(sample(600, 4, 0.2), 2) },
    {
      name: 'ties large',
      a: round(sample(20000, 5, 0), 0.1),
      b: round(sample(15000, 6, 0.02), 0.1)
    },
    { name: 'identical', a: [1, 2, 2, 3], b: [3, 2, 2, 1] },
    { name: 'constant vs constant', a: [1, 1, 1], b: [2, 2] }
  ]
})()

/** Samples for the asymptotic path, across the methods of kstwo.sf. */
const ASYMPTOTIC: Case[] = (() => {
  const cases: Case[] = []
  // n = round(n1·n2/(n1+n2)) from ~100 (small-n methods) to 10⁵+ (Pelz–Good), shifts
  // from none (p near 1) to clear (p tiny).
  for (const [n1, n2, shift] of [
    [20000, 100, 0],
    [20000, 100, 0.3],
    [20000, 130, 0.6],
    [12000, 60, 1.2],
    [10001, 10001, 0],
    [10001, 10001, 0.02],
    [10001, 10001, 0.05],
    [50000, 30000, 0.01],
    [50000, 30000, 0.03],
    [200000, 150000, 0],
    [200000, 150000, 0.01],
    [300000, 250000, 0.005]
  ]) {
    cases.push({
      name: `asymptotic ${n1}/${n2} shift ${shift}`,
      a: sample(n1, 3 + n1, 0),
      b: sample(n2, 5 + n2, shift)
    })
  }
  return cases
})()

/** (n, x) points over each method of kolmogorovSf. */
const GRID: [number, number][] = (() => {
  const grid: [number, number][] = []
  // Each method's range: n ≤ 140 (Durbin, Pomeranz), above (Smirnov's tail, Durbin up to
  // n = 10⁵, Pelz–Good past it); beyond 10⁵ + 1 nothing new is chosen, and SciPy takes
  // seconds per point there.
  for (const n of [1, 2, 5, 30, 100, 140, 141, 1000, 50000, 100000, 100001]) {
    for (const z of [0.2, 0.5, 0.8, 0.87, 1, 1.2, 1.5, 2, 3, 5, 10, 19]) {
      const x = z / Math.sqrt(n)
      if (x < 1.2) grid.push([n, Math.min(x, 0.999)])
    }
    grid.push([n, 0.6 / n], [n, 0.9 / n], [n, 0.7])
  }
  return grid
})()

describe('ksTwoSample matches scipy.stats.ks_2samp (two-sided, auto)', () => {
  it('on small samples (exact path), equal and unequal sizes', () => {
    expectLikeScipy(EXACT)
    expect(ksTwoSample(EXACT[0].a, EXACT[0].b).method).toBe('exact')
  })

  it('with ties (rounded values, a few distinct levels)', () => {
    expectLikeScipy(TIES)
  })

  it('on large samples (asymptotic path), across the methods of kstwo.sf', () => {
    expectLikeScipy(ASYMPTOTIC)
    expect(ksTwoSample(ASYMPTOTIC[0].a, ASYMPTOTIC[0].b).method).toBe('asymptotic')
  })

  it('handles one empty side with an error', () => {
    expect(() => ksTwoSample([], [1])).toThrow(RangeError)
  })
})

describe('kolmogorovSf matches scipy.stats.kstwo.sf on every method', () => {
  it('over a grid of n and x', () => {
    const expected = reference().sf
    GRID.forEach(([n, x], i) => {
      expect({ n, x, p: kolmogorovSf(n, x) }).toEqual({ n, x, p: expect.closeTo(expected[i], 9) })
    })
  })
})
