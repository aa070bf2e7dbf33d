/**
 * A small seeded pseudo-random generator so that bootstrap results are
 * reproducible: the same predictions and seed give the same confidence
 * interval and p-value on every machine and every run, which a gate that
 * decides promotions needs (Math.random cannot be seeded).
 *
 * Algorithm: xoshiro128** 1.0 (Blackman & Vigna, https://prng.di.unimi.it/),
 * 32-bit state words, period 2^128 − 1. It was chosen over mulberry32 because
 * mulberry32's period (2^32) is within reach of one large bootstrap
 * (100,000 examples × 2,000 resamples = 2·10^8 draws) and it cannot produce
 * every 32-bit value. The four state words are filled from the seed with
 * splitmix32, as the authors recommend seeding from a different generator.
 */

// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const imul = Math.imul

export class Rng {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  private constructor(state: readonly [number, number, number, number]) {
    ;[this.s0, this.s1, this.s2, this.s3] = state.map(x => x >>> 0)
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) {
      throw new RangeError('xoshiro128** state must not be all zero')
    }
  }

  /** A generator seeded from a non-negative safe integer. */
  static fromSeed(seed: number): Rng {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new RangeError(`seed must be a non-negative integer, got ${seed}`)
    }
    // Fold in the high bits so that seeds above 2^32 are not silently aliased.
    let x = (seed >>> 0) ^ imul(Math.floor(seed / 4294967296), 0x9e3779b9)
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0
      let z = x
      z = imul(z ^ (z >>> 16), 0x85ebca6b)
      z = imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    const state: [number, number, number, number] = [next(), next(), next(), next()]
    if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1
    return new Rng(state)
  }

  /** A generator with the given raw state (for checking against the reference implementation). */
  static fromState(state: readonly [number, number, number, number]): Rng {
    return new Rng(state)
  }

  /** The next 32-bit output as an unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1
    const result = imul(rotl(imul(s1, 5), 7), 9) >>> 0
    const t = s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** A float in [0, 1) with 32 random bits. */
  nextFloat(): number {
    return this.nextUint32() * TWO_TO_MINUS_32
  }

  /** A float in [0, 1) with 53 random bits (two outputs), for inversion sampling of small probabilities. */
  nextDouble(): number {
    const hi = this.nextUint32() >>> 5 // 27 bits
    const lo = this.nextUint32() >>> 6 // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992
  }

  /**
   * Fills `out` with indices drawn uniformly from [0, n). This is the hot loop
   * of the bootstrap, so the generator is inlined here with the state in
   * locals. floor(u · n / 2^32) has a bias below n / 2^32 (< 3·10^-5 for a
   * million examples), negligible next to the bootstrap's own sampling error.
   */
  fillIndices(out: Uint32Array, n: number): void {
    if (!Number.isInteger(n) || n <= 0 || n > 4294967296) {
      throw new RangeError(`n must be an integer in [1, 2^32], got ${n}`)
    }
    let s0 = this.s0
    let s1 = this.s1
    let s2 = this.s2
    let s3 = this.s3
    const len = out.length
    for (let i = 0; i < len; i++) {
      const r = imul(rotl(imul(s1, 5), 7), 9) >>> 0
      const t = s1 << 9
      s2 ^= s0
      s3 ^= s1
      s1 ^= s2
      s0 ^= s3
      s2 ^= t
      s3 = (s3 << 11) | (s3 >>> 21)
      out[i] = (r * n * TWO_TO_MINUS_32) >>> 0
    }
    this.s0 = s0
    this.s1 = s1
    this.s2 = s2
    this.s3 = s3
  }
}

const TWO_TO_MINUS_32 = 1 / 4294967296

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}
