/**
 * Sorts doubles ascending by LSD radix sort on their bit patterns: six
 * passes of 11 (or 10) bits over the 64-bit keys, linear in n, with digit
 * tables small enough (2,048 buckets) to stay in cache while values scatter.
 * Drift sorts two columns of every numeric feature, millions of values each,
 * where this beats Float64Array#sort (a comparison sort) — see the bench.
 * No NaN expected (numeric columns never hold one); −0 sorts before +0,
 * which compare equal.
 *
 * The passes sort the raw bit patterns as unsigned integers, which orders
 * the non-negative values ascending, followed by the negative ones by
 * ascending magnitude; two reversals at the end put the negative block, in
 * reverse, in front. Keeping the patterns unchanged (rather than mapping them
 * to order-preserving keys) means every element is a real double, so a pass
 * moves it as one Float64 load and store instead of two 32-bit words — a
 * mapped key could be a NaN pattern, which a Float64 copy need not keep.
 * All six digit histograms are counted in one read of the input.
 */

/** [word, shift, bits] of each pass: word 0 is the low half of a double, 1 the high half. */
const PASSES: readonly (readonly [number, number, number])[] = [
  [0, 0, 11],
  [0, 11, 11],
  [0, 22, 10],
  [1, 0, 11],
  [1, 11, 11],
  [1, 22, 10]
]
const RADIX = 1 << 11
const SMALL = 512

/**
 * A sorted copy of `values` (which is left as it is). `scratch`, a buffer of
 * at least 2·n words, saves the allocation of one when many columns are sorted
 * in a row (fresh buffers cost page faults as well as time in the collector).
 */
export function sortedFloat64(values: ArrayLike<number>, scratch?: Uint32Array): Float64Array {
  const n = values.length
  const input = values instanceof Float64Array ? values : Float64Array.from(values)
  if (n < SMALL) return input === values ? input.slice().sort() : input.sort()
  const out = new Float64Array(n)
  // Little-endian layout is assumed (x86, ARM): word 2i is the low half of
  // value i, 2i+1 the high one.
  const inWords = new Uint32Array(input.buffer, input.byteOffset, 2 * n)
  const spare =
    scratch && scratch.length >= 2 * n && scratch.byteOffset % 8 === 0
      ? new Float64Array(scratch.buffer, scratch.byteOffset, n)
      : new Float64Array(n)

  const counts = new Uint32Array(PASSES.length * RADIX)
  for (let i = 0; i < 2 * n; i += 2) {
    const lo = inWords[i]
    const hi = inWords[i + 1]
    counts[lo & 0x7ff]++
    counts[RADIX + ((lo >>> 11) & 0x7ff)]++
    counts[2 * RADIX + (lo >>> 22)]++
    counts[3 * RADIX + (hi & 0x7ff)]++
    counts[4 * RADIX + ((hi >>> 11) & 0x7ff)]++
    counts[5 * RADIX + (hi >>> 22)]++
  }
  // Patterns from 0x80000000_00000000 up are the negative values (the sign
  // bit is the top bit of the last digit).
  let negatives = 0
  for (let b = RADIX / 4; b < RADIX / 2; b++) negatives += counts[5 * RADIX + b]

  // A digit that is the same for every key leaves the order as it is: skip it.
  const passes: number[] = []
  for (let p = 0; p < PASSES.length; p++) {
    const [word, shift, bits] = PASSES[p]
    const base = p * RADIX
    if (counts[base + ((inWords[word] >>> shift) & ((1 << bits) - 1))] === n) continue
    let sum = 0
    for (let b = 0; b < 1 << bits; b++) {
      const c = counts[base + b]
      counts[base + b] = sum
      sum += c
    }
    passes.push(p)
  }
  // Ping-pong between `out` and `spare` so that the last pass writes `out`.
  let src = input
  let dst = passes.length % 2 === 1 ? out : spare
  for (const p of passes) {
    const [word, shift, bits] = PASSES[p]
    const mask = (1 << bits) - 1
    const base = p * RADIX
    const srcWords = new Uint32Array(src.buffer, src.byteOffset, 2 * n)
    for (let i = 0; i < n; i++) {
      dst[counts[base + ((srcWords[2 * i + word] >>> shift) & mask)]++] = src[i]
    }
    src = dst
    dst = dst === out ? spare : out
  }
  if (passes.length === 0) out.set(input)
  if (negatives > 0) {
    // [non-negative ascending][negative by magnitude] → reversed whole:
    // [negative ascending][non-negative descending]; then the tail back.
    reverse(out, 0, n)
    reverse(out, negatives, n)
  }
  return out
}

function reverse(a: Float64Array, from: number, to: number): void {
  for (let i = from, j = to - 1; i < j; i++, j--) {
    const t = a[i]
    a[i] = a[j]
    a[j] = t
  }
}
