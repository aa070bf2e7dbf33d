/**
 * The CSV reader parses most numbers itself (Clinger's fast path, from the
 * bytes of an ASCII chunk or the characters of any other): it must give
 * exactly the double `Number(text)` gives, for every spelling, on both paths.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readCsvFeatures } from '../../src/monitoring/drift/csv-reader.js'

const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-csv-numbers-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const EDGES = [
  '0',
  '-0',
  '+0',
  '0.0',
  '-0.0',
  '.5',
  '5.',
  '-.5',
  '+5.',
  '007',
  '0.000',
  '1e0',
  '1E+2',
  '1e-2',
  '123456789012345',
  '1234567890123456',
  '12345678901234567',
  '9007199254740991',
  '9007199254740993',
  '0.1',
  '0.3',
  '2.675',
  '1e22',
  '1e23',
  '1e-22',
  '1e-23',
  '4.35',
  '8.41e21',
  '1.7976931348623157e308',
  '2.2250738585072014e-308',
  '5e-324',
  '4.9e-324',
  '1e-400',
  '0e999',
  '000000000000000000001.5',
  '1.50000000000000000000',
  '-12.345678',
  '11.042596150177252',
  '0.000001',
  '999999999999999.9',
  '99999999999999.99',
  '1e-7',
  '3.14159265358979'
]

function randomDecimal(random: () => number): string {
  const digits = (max: number) => {
    let s = ''
    const n = Math.floor(random() * (max + 1))
    for (let i = 0; i < n; i++) s += String(Math.floor(random() * 10))
    return s
  }
  const sign = ['', '', '-', '+'][Math.floor(random() * 4)]
  const zeros = random() < 0.2 ? '000'.slice(Math.floor(random() * 3)) : ''
  let int = zeros + digits(18)
  let frac = random() < 0.8 ? '.' + digits(18) : ''
  if (int === '' && frac.length < 2) int = '7'
  if (frac === '.' && random() < 0.5) frac = ''
  const exp =
    random() < 0.3
      ? `${random() < 0.5 ? 'e' : 'E'}${['', '-', '+'][Math.floor(random() * 3)]}${digits(3) || '0'}`
      : ''
  return sign + int + frac + exp
}

function spellings(seed: number, count: number): string[] {
  const random = seeded(seed)
  const list = [...EDGES]
  for (let i = 0; i < count; i++) list.push(randomDecimal(random))
  // Also the shortest and the longest spellings of random doubles.
  for (let i = 0; i < count / 4; i++) {
    const x = (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20)
    list.push(String(x), x.toFixed(6), x.toPrecision(17))
  }
  return list.filter(s => Number.isFinite(Number(s)))
}

async function readColumn(lines: string[], name: string): Promise<Float64Array> {
  const file = path.join(dir, `${name}.csv`)
  writeFileSync(file, lines.join('\n') + '\n')
  const column = (await readCsvFeatures(file)).columns.get('x')
  if (column?.kind !== 'numeric') throw new Error(`column x is ${column?.kind}`)
  return column.values
}

function expectSameDoubles(values: Float64Array, texts: string[]): void {
  expect(values.length).toBe(texts.length)
  const mismatches = texts.filter((s, i) => !Object.is(values[i], Number(s)))
  expect(mismatches).toEqual([])
}

describe('CSV number parsing', () => {
  const texts = spellings(20240611, 40_000)

  it('gives the double Number() gives, from the bytes of an ASCII file', async () => {
    expectSameDoubles(await readColumn(['x', ...texts], 'ascii'), texts)
  })

  it('gives the double Number() gives, from the characters of a non-ASCII file', async () => {
    const lines = ['x,c', ...texts.map(s => `${s},é`)]
    expectSameDoubles(await readColumn(lines, 'utf8'), texts)
  })

  it('makes a column categorical on what is not a finite decimal', async () => {
    for (const other of [
      '0x1f',
      '1e400',
      '-1e400',
      'Infinity',
      'NaN',
      '1e',
      '.',
      '-',
      '+',
      '1.2.3',
      '1e+',
      '5-',
      'e5',
      '1_0',
      ' 1'
    ]) {
      const file = path.join(dir, 'other.csv')
      writeFileSync(file, `x\n1.5\n${other}\n-0\n`)
      const column = (await readCsvFeatures(file)).columns.get('x')
      const parsed = Number(other)
      if (other === ' 1') {
        // Surrounding blanks are allowed (addText): still a number.
        expect(column?.kind).toBe('numeric')
        continue
      }
      expect(column?.kind).toBe('categorical')
      if (column?.kind !== 'categorical') continue
      expect(Object.fromEntries(column.counts)).toEqual({ '1.5': 1, '0': 1, [other]: 1 })
      expect(parsed === parsed && Number.isFinite(parsed) && /^[-+.\deE ]+$/.test(other)).toBe(
        false
      )
    }
  })
})
