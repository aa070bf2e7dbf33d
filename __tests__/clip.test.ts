/**
 * clip.ts: a quoted value is cut at 200 characters with a note of its length; long lists
 * print their first items and "… and N more". And the one risk of cutting: a cut that
 * splits a secret leaves its start, which `Secrets.redact` must still blank.
 */
import { describe, expect, it } from '@jest/globals'
import { andMore, clip, CLIP_CHARS, firstOf, quote } from '../src/clip.js'
import { Secrets } from '../src/secrets.js'

describe('clip', () => {
  it.each<[string, string, string]>([
    ['empty', '', ''],
    ['short', 'clf', 'clf'],
    ['exactly the limit', 'a'.repeat(200), 'a'.repeat(200)],
    ['one over', 'a'.repeat(201), `${'a'.repeat(200)}… (201 characters, cut)`],
    ['long', 'b'.repeat(123_456), `${'b'.repeat(200)}… (123,456 characters, cut)`],
    // 200 emoji are 400 code units but 200 characters: not cut.
    ['astral characters, at the limit', '🙂'.repeat(200), '🙂'.repeat(200)],
    // A cut never splits a surrogate pair.
    ['astral characters, over', '🙂'.repeat(300), `${'🙂'.repeat(200)}… (300 characters, cut)`]
  ])('%s', (_name, value, expected) => {
    expect(clip(value)).toBe(expected)
  })

  it('quotes with the cut inside the quotes', () => {
    expect(quote('x'.repeat(CLIP_CHARS + 5))).toBe(`"${'x'.repeat(200)}… (205 characters, cut)"`)
    expect(quote('clf')).toBe('"clf"')
  })
})

describe('firstOf and andMore', () => {
  it.each<[number, number, number]>([
    [0, 50, 0],
    [50, 50, 0],
    [51, 50, 1],
    [100_000, 50, 99_950]
  ])('%i items, %i shown: %i more', (count, max, more) => {
    const items = Array.from({ length: count }, (_, i) => i)
    const capped = firstOf(items, max)
    expect(capped.more).toBe(more)
    expect(capped.shown).toEqual(items.slice(0, Math.min(count, max)))
  })

  it('words the count', () => {
    expect(andMore(99_950, ' problems')).toBe('… and 99,950 more problems')
  })
})

describe('a secret split by a cut is still blanked', () => {
  const TOKEN = 'ghp_0123456789abcdefTOKEN'
  const secrets = new Secrets([TOKEN])
  const base64 = Buffer.from(TOKEN).toString('base64')

  it.each<[string, string]>([
    ['the token cut after 10 characters', 'a'.repeat(190) + TOKEN],
    ['the token cut after 4 characters', 'a'.repeat(196) + TOKEN],
    ['the token cut after all but one character', 'a'.repeat(200 - TOKEN.length + 1) + TOKEN],
    ['its base64 form cut', 'a'.repeat(185) + base64]
  ])('%s', (_name, value) => {
    const out = secrets.redact(`value: ${clip(value + 'z'.repeat(100))}; end`)
    expect(out).toMatch(/^value: a+\*\*\*… \(\d+ characters, cut\); end$/)
    expect(out).not.toContain(TOKEN.slice(0, 4))
    expect(out).not.toContain(base64.slice(0, 4))
  })

  it.each<[string, string, string]>([
    // Fewer than 4 characters of a secret are not one (as for whole secrets): left as they are.
    ['3 characters of the token', 'a'.repeat(197) + TOKEN, `${'a'.repeat(197)}ghp`],
    ['no secret at the cut', 'a'.repeat(300), 'a'.repeat(200)]
  ])('%s: left as cut', (_name, value, kept) => {
    expect(secrets.redact(clip(value))).toBe(clip(value))
    expect(clip(value).startsWith(kept)).toBe(true)
  })

  it('a whole secret before a cut note is blanked as everywhere', () => {
    const text = `${TOKEN} and ${clip('a'.repeat(150) + TOKEN + 'z'.repeat(100))}`
    expect(secrets.redact(text)).toBe(
      `*** and ${'a'.repeat(150)}***${'z'.repeat(200 - 150 - TOKEN.length)}… (${150 + TOKEN.length + 100} characters, cut)`
    )
  })
})
