import { describe, expect, it } from '@jest/globals'
import { sortedFloat64 } from '../../src/monitoring/drift/radix-sort.js'
import { Rng } from '../../src/policy/random.js'

describe('sortedFloat64', () => {
  it('sorts like a numeric comparison sort, over signs, magnitudes and ties', () => {
    const rng = Rng.fromSeed(7)
    const values: number[] = []
    for (let i = 0; i < 5000; i++) {
      const u = rng.nextDouble()
      values.push(
        i % 5 === 0
          ? Math.round(u * 10) - 5
          : (u - 0.5) * 10 ** Math.floor(rng.nextDouble() * 40 - 20)
      )
    }
    values.push(0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1, 1)
    const input = Float64Array.from(values)
    const sorted = sortedFloat64(input)
    expect([...sorted]).toEqual([...values].sort((a, b) => a - b))
    expect([...input]).toEqual(values) // the input is left as it was
  })

  it('handles short, constant and already sorted input', () => {
    expect([...sortedFloat64([3, 1, 2])]).toEqual([1, 2, 3])
    expect([...sortedFloat64(new Float64Array(1000).fill(2.5))]).toEqual(new Array(1000).fill(2.5))
    const ascending = Array.from({ length: 1000 }, (_, i) => i - 500)
    expect([...sortedFloat64(ascending)]).toEqual(ascending)
  })
})
