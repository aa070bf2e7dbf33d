/**
 * GitHub refuses a pull request or issue body over 65,536 characters; modelgate keeps its bodies
 * under 60,000 UTF-8 bytes (a byte count bounds the character count whatever the text holds).
 * Pure and runtime-neutral (no Buffer).
 */

/** What a pull request or issue body may weigh, in UTF-8 bytes. */
export const BODY_MAX_BYTES = 60_000

/** UTF-8 length without Buffer, so the module stays runtime-neutral. */
export function utf8Length(text: string): number {
  let n = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

/** The longest run of whole lines from the start of `text` within `maxBytes` ('' when none fits). */
export function leadingLinesWithin(text: string, maxBytes: number): string {
  const lines = text.split('\n')
  let kept = 0
  let size = 0
  for (const line of lines) {
    const next = size + utf8Length(line) + (kept > 0 ? 1 : 0)
    if (next > maxBytes) break
    size = next
    kept++
  }
  return lines.slice(0, kept).join('\n')
}

/** The largest n in [0, max] for which `fits(n)` holds, given that it holds for 0 and is monotone. */
export function largestFitting(max: number, fits: (n: number) => boolean): number {
  let lo = 0
  let hi = max
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (fits(mid)) lo = mid
    else hi = mid - 1
  }
  return lo
}
