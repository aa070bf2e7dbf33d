import { describe, expect, it } from '@jest/globals'
import { buildMatrix, MAX_JOBS } from '../../src/evaluation/plan-matrix.js'
import { parseEntries } from '../../src/evaluation/target.js'

const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ model: `m${Math.floor(i / 3)}`, version: `1.${i % 3}.0` }))

describe('buildMatrix', () => {
  it('gives one job per entry up to 256, and an empty include for none', () => {
    expect(buildMatrix([])).toEqual({ include: [] })
    const m = buildMatrix(entries(256))
    expect(m.include).toHaveLength(256)
    expect(m.include[0]).toEqual({ model: 'm0', version: '1.0.0' })
  })

  it('groups 257 and more entries into at most 256 balanced jobs covering each entry once', () => {
    for (const n of [257, 300, 1000, 50_000]) {
      const m = buildMatrix(entries(n))
      expect(m.include.length).toBe(MAX_JOBS)
      const sizes = m.include.map(j => ('entries' in j ? j.entries.split(',').length : 0))
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      // What evaluate --entries reads back is exactly the planned list, in order.
      const back = m.include.flatMap(j => ('entries' in j ? parseEntries(j.entries) : []))
      expect(back).toEqual(entries(n))
    }
  })
})
