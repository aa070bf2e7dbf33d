/**
 * Sorts doubles ascending by LSD radix sort on their bit patterns: six
 * passes of 11 (or 10) bits over the 64-bit keys, linear in n, with digit
 * tables small enough (2,048 buckets) to stay in cache while values scatter.
 * Drift sorts two columns of every numeric feature, millions of values each,
 * where this beats Float64Array#sort (a comparison sort) — see the bench.
 * No NaN expected (numeric columns never hold one); −0 sorts before +0,
 * which compare equal.
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
const SMALL = 512

/**
 * A sorted copy of `values` (which is left as it is). `scratch`, a buffer of
 * at least 2·n words, saves the allocation of one when many columns are sorted
 * in a row (fresh buffers cost page faults as well as time in the collector).
 */
export function sortedFloat64(values: ArrayLike<number>, scratch?: Uint32Array): Float64Array {
  const n = values.length
  // slice() copies a Float64Array as a block; from() would go value by value.
  const out = values instanceof Float64Array ? values.slice() : Float64Array.from(values)
  if (n < SMALL) return out.sort()
  const words = new Uint32Array(out.buffer, out.byteOffset, 2 * n)
  // Map each double to an unsigned key with the same order: negative numbers
  // have every bit flipped, positive ones only the sign bit. Little-endian
  // layout is assumed (x86, ARM): word 2i is the low half, 2i+1 the high one.
  for (let i = 0; i < 2 * n; i += 2) {
    if (words[i + 1] & 0x80000000) {
      words[i] = ~words[i]
      words[i + 1] = ~words[i + 1]
    } else {
      words[i + 1] |= 0x80000000
    }
  }
  let src: Uint32Array = words
  let dst: Uint32Array = scratch && scratch.length >= 2 * n ? scratch : new Uint32Array(2 * n)
  const counts = new Uint32Array(1 << 11)
  for (const [word, shift, bits] of PASSES) {
    const mask = (1 << bits) - 1
    counts.fill(0)
    for (let i = word; i < 2 * n; i += 2) counts[(src[i] >>> shift) & mask]++
    // A digit that is the same for every key leaves the order as it is.
    if (counts[(src[word] >>> shift) & mask] === n) continue
    let sum = 0
    for (let b = 0; b <= mask; b++) {
      const c = counts[b]
      counts[b] = sum
      sum += c
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const at = 2 * counts[(src[i + word] >>> shift) & mask]++
      dst[at] = src[i]
      dst[at + 1] = src[i + 1]
    }
    ;[src, dst] = [dst, src]
  }
  for (let i = 0; i < 2 * n; i += 2) {
    if (src[i + 1] & 0x80000000) {
      src[i + 1] &= 0x7fffffff
    } else {
      src[i] = ~src[i]
      src[i + 1] = ~src[i + 1]
    }
  }
  if (src !== words) words.set(src.subarray(0, 2 * n))
  return out
}
