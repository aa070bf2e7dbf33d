/**
 * Significance tests for "the candidate beats the benchmark" (SPEC §4):
 * McNemar's exact test for accuracy, here; the paired bootstrap for other
 * metrics is bootstrap.ts. Both are one-sided: only an improvement counts as
 * evidence.
 */
import { binomialHalfUpperTail } from './binomial.js'
import type { PairedPredictions } from './pairing.js'

/**
 * One-sided exact McNemar test that the candidate is more accurate.
 * @param b examples only the candidate got right
 * @param c examples only the benchmark got right
 * @returns P(X ≥ b) for X ~ Binomial(b + c, 1/2); 1 when there are no discordant pairs
 */
export function mcnemarExact(b: number, c: number): number {
  for (const [name, v] of [
    ['b', b],
    ['c', c]
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new RangeError(`${name} must be a count (a non-negative integer), got ${v}`)
    }
  }
  if (b + c === 0) return 1
  return binomialHalfUpperTail(b, b + c)
}

export interface DiscordantCounts {
  /** Examples only the candidate classified correctly. */
  b: number
  /** Examples only the benchmark classified correctly. */
  c: number
}

/** The discordant pairs McNemar's test needs, from paired classification predictions. */
export function discordantCounts(pairs: PairedPredictions): DiscordantCounts {
  if (pairs.task !== 'classification') {
    throw new RangeError("McNemar's test needs classification predictions")
  }
  let b = 0
  let c = 0
  const { yTrue, candidate, benchmark } = pairs
  for (let i = 0; i < yTrue.length; i++) {
    const candidateRight = candidate.yPred[i] === yTrue[i]
    const benchmarkRight = benchmark.yPred[i] === yTrue[i]
    if (candidateRight && !benchmarkRight) b++
    else if (benchmarkRight && !candidateRight) c++
  }
  return { b, c }
}
