/**
 * Values a message quotes or `result.json` stores are cut at `CLIP_CHARS`
 * characters with a note of their whole length: a 100,000-character model
 * name, argument or line of a command's output must not make every message
 * that names it 100,000 characters long. Part of the kernel: any layer may
 * use it. `secrets.ts` blanks what is left of a secret that a cut split
 * (it knows the note by `CUT_NOTE`), so cutting never weakens the masking.
 */

/** The most characters of a value a message quotes. */
export const CLIP_CHARS = 200

/** The note after a cut value, e.g. `… (12,345 characters, cut)`; `secrets.ts` finds it by this. */
export const CUT_NOTE = /… \([\d,]+ characters, cut\)/g

/**
 * `value` unchanged when it has at most `max` characters; else its first `max`
 * characters and `… (N characters, cut)`, N its whole length. A character is a
 * code point: a cut never splits a surrogate pair.
 */
export function clip(value: string, max = CLIP_CHARS): string {
  // Code units ≥ code points: a value this short has at most `max` characters.
  if (value.length <= max) return value
  const chars = [...value]
  if (chars.length <= max) return value
  return `${chars.slice(0, max).join('')}… (${chars.length.toLocaleString('en-US')} characters, cut)`
}

/** `"value"`, clipped: how a message quotes what the user wrote. */
export function quote(value: string, max = CLIP_CHARS): string {
  return `"${clip(value, max)}"`
}

/**
 * A long list as people read it: its first `max` items, and how many are left out. With
 * `andMore`, a list of 100,000 problems prints as 50 lines and `… and 99,950 more`.
 */
export function firstOf<T>(
  items: readonly T[],
  max: number
): { shown: readonly T[]; more: number } {
  return items.length <= max
    ? { shown: items, more: 0 }
    : { shown: items.slice(0, max), more: items.length - max }
}

/** `… and 99,950 more` (then `rest`, e.g. where to find them all). */
export function andMore(more: number, rest = ''): string {
  return `… and ${more.toLocaleString('en-US')} more${rest}`
}
