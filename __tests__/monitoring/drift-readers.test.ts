import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FeatureColumn, FeatureTable } from '../../src/monitoring/drift/columns.js'
import { parseDecimal } from '../../src/monitoring/drift/columns.js'
import { readCsvFeatures } from '../../src/monitoring/drift/csv-reader.js'
import { readJsonlFeatures } from '../../src/monitoring/drift/jsonl-reader.js'
import { featureFormat, readFeatures } from '../../src/monitoring/drift/read.js'

const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-features-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let fileNo = 0
function file(text: string, ext = 'csv'): string {
  const p = path.join(dir, `f${fileNo++}.${ext}`)
  writeFileSync(p, text)
  return p
}

/** A column in a comparable form: numbers as an array, counts as an object. */
function plain(c: FeatureColumn | undefined) {
  if (!c) return undefined
  return c.kind === 'numeric'
    ? { kind: c.kind, values: [...c.values], missing: c.missing }
    : { kind: c.kind, counts: Object.fromEntries(c.counts), missing: c.missing }
}

function col(t: FeatureTable, name: string) {
  return plain(t.columns.get(name))
}

describe('readCsvFeatures', () => {
  it('reads numbers, categories and missing values per column', async () => {
    const t = await readCsvFeatures(file('x,color,y\n1,red,0.5\n2.5,blue,\n-3e2,red, 7 \n,,1\n'))
    expect(t.rows).toBe(4)
    expect([...t.columns.keys()]).toEqual(['x', 'color', 'y'])
    expect(col(t, 'x')).toEqual({ kind: 'numeric', values: [1, 2.5, -300], missing: 1 })
    expect(col(t, 'color')).toEqual({
      kind: 'categorical',
      counts: { red: 2, blue: 1 },
      missing: 1
    })
    expect(col(t, 'y')).toEqual({ kind: 'numeric', values: [0.5, 7, 1], missing: 1 })
  })

  it('follows RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', async () => {
    const t = await readCsvFeatures(
      file(
        '"name","note",v\r\n' +
          '"Smith, J","said ""hi""",1\r\n' +
          '"two\r\nlines","",2\r\n' +
          'plain,"a,b,""c""",3\r\n' +
          '"x",,"4"\r\n'
      )
    )
    expect(t.rows).toBe(4)
    expect(col(t, 'name')).toEqual({
      kind: 'categorical',
      counts: { 'Smith, J': 1, 'two\r\nlines': 1, plain: 1, x: 1 },
      missing: 0
    })
    expect(col(t, 'note')).toEqual({
      kind: 'categorical',
      counts: { 'said "hi"': 1, 'a,b,"c"': 1 },
      missing: 2
    })
    // A quoted number is a number.
    expect(col(t, 'v')).toEqual({ kind: 'numeric', values: [1, 2, 3, 4], missing: 0 })
  })

  it('drops a byte-order mark, skips blank lines, keeps a trailing empty field', async () => {
    const t = await readCsvFeatures(file('\uFEFFa,b\n\n1,\n\n2,3'))
    expect([...t.columns.keys()]).toEqual(['a', 'b'])
    expect(col(t, 'a')).toEqual({ kind: 'numeric', values: [1, 2], missing: 0 })
    expect(col(t, 'b')).toEqual({ kind: 'numeric', values: [3], missing: 1 })
  })

  it('counts a blank line of a one-column file as a missing value', async () => {
    const t = await readCsvFeatures(file('a\n1\n\n2\n'))
    expect(col(t, 'a')).toEqual({ kind: 'numeric', values: [1, 2], missing: 1 })
  })

  it('makes a column categorical on the first non-number, numbers spelled canonically', async () => {
    const t = await readCsvFeatures(file('m,h,i\n1.0,0x10,1\n2,5,Infinity\nx,6,2\n1,7,3\n'))
    expect(col(t, 'm')).toEqual({
      kind: 'categorical',
      counts: { '1': 2, '2': 1, x: 1 },
      missing: 0
    })
    expect(col(t, 'h')).toEqual({
      kind: 'categorical',
      counts: { '0x10': 1, '5': 1, '6': 1, '7': 1 },
      missing: 0
    })
    expect(col(t, 'i')?.kind).toBe('categorical')
  })

  it('reads quoted fields across chunk boundaries of a large file', async () => {
    // ~3 MB: several 1 MiB chunks, with multi-line quoted fields throughout.
    const rows = 60000
    let text = 'id,note,v\n'
    for (let i = 0; i < rows; i++) {
      text +=
        i % 7 === 0
          ? `${i},"line one\nline, two ""${i % 3}""",${i / 2}\n`
          : `${i},n${i % 5},${i / 2}\n`
    }
    const t = await readCsvFeatures(file(text))
    expect(t.rows).toBe(rows)
    const v = t.columns.get('v')
    expect(v?.kind).toBe('numeric')
    if (v?.kind === 'numeric') {
      expect(v.values.length).toBe(rows)
      expect(v.values[rows - 1]).toBe((rows - 1) / 2)
    }
    const note = col(t, 'note') as { counts: Record<string, number> }
    expect(note.counts['line one\nline, two "0"']).toBe(Math.ceil(rows / 21))
    expect(Object.values(note.counts).reduce((a, b) => a + b, 0)).toBe(rows)
  })

  it('says where a file is malformed', async () => {
    const f1 = file('a,b\n1,2\n3\n')
    await expect(readCsvFeatures(f1)).rejects.toThrow(
      `${f1}:3: expected 2 fields as in the header, found 1`
    )
    const f2 = file('a,b\n1,"open\n2,3\n')
    await expect(readCsvFeatures(f2)).rejects.toThrow(`${f2}:2: a quoted field is not closed`)
    await expect(readCsvFeatures(file('a,a\n1,2\n'))).rejects.toThrow('duplicate column "a"')
    await expect(readCsvFeatures(file('a,b\n"x"y,2\n'))).rejects.toThrow('after a closing quote')
    await expect(readCsvFeatures(file(''))).rejects.toThrow('no header row')
  })
})

describe('readJsonlFeatures', () => {
  it('reads flat objects: numbers, categories, null and absent keys as missing', async () => {
    const t = await readJsonlFeatures(
      file(
        '{"x": 1, "c": "a", "b": true}\n' +
          '\n' +
          '{"x": null, "c": "b"}\r\n' +
          '{"x": 2.5, "c": "", "b": false, "late": 3}\n',
        'jsonl'
      )
    )
    expect(t.rows).toBe(3)
    expect(col(t, 'x')).toEqual({ kind: 'numeric', values: [1, 2.5], missing: 1 })
    expect(col(t, 'c')).toEqual({ kind: 'categorical', counts: { a: 1, b: 1 }, missing: 1 })
    expect(col(t, 'b')).toEqual({
      kind: 'categorical',
      counts: { true: 1, false: 1 },
      missing: 1
    })
    expect(col(t, 'late')).toEqual({ kind: 'numeric', values: [3], missing: 2 })
  })

  it('treats a string as a category even when it spells a number', async () => {
    const t = await readJsonlFeatures(file('{"v": 1}\n{"v": "2"}\n', 'jsonl'))
    expect(col(t, 'v')).toEqual({ kind: 'categorical', counts: { '1': 1, '2': 1 }, missing: 0 })
  })

  it('says where a line is not a flat object', async () => {
    const f = file('{"a": 1}\n{"a": [1]}\n', 'jsonl')
    await expect(readJsonlFeatures(f)).rejects.toThrow(`${f}:2: expected a flat object`)
    const g = file('{"a": 1}\n{oops\n', 'jsonl')
    await expect(readJsonlFeatures(g)).rejects.toThrow(`${g}:2: not JSON`)
    await expect(readJsonlFeatures(file('[1, 2]\n', 'jsonl'))).rejects.toThrow(
      'one JSON object per line'
    )
  })
})

describe('readFeatures', () => {
  it('reads several files of both formats into one table, matching columns by name', async () => {
    const t = await readFeatures([
      file('a,b\n1,x\n2,y\n'),
      file('{"a": 3, "c": 1}\n', 'ndjson'),
      file('b,a\nz,4\n')
    ])
    expect(t.rows).toBe(4)
    expect(t.files).toHaveLength(3)
    expect(col(t, 'a')).toEqual({ kind: 'numeric', values: [1, 2, 3, 4], missing: 0 })
    expect(col(t, 'b')).toEqual({ kind: 'categorical', counts: { x: 1, y: 1, z: 1 }, missing: 1 })
    expect(col(t, 'c')).toEqual({ kind: 'numeric', values: [1], missing: 3 })
  })

  it('tells formats apart by extension', () => {
    expect(featureFormat('d/x.CSV')).toBe('csv')
    expect(featureFormat('x.jsonl')).toBe('jsonl')
    expect(featureFormat('x.json')).toBe('jsonl')
    expect(() => featureFormat('x.parquet')).toThrow('CSV (.csv) or JSON lines')
  })
})

describe('parseDecimal', () => {
  it('accepts finite decimals only', () => {
    expect(parseDecimal('1e-3')).toBe(0.001)
    expect(parseDecimal(' -2.5 ')).toBe(-2.5)
    expect(parseDecimal('.5')).toBe(0.5)
    for (const s of ['0x1f', '0b1', 'Infinity', '-Infinity', 'NaN', '1e400', '1,5', 'abc', '1_0']) {
      expect(parseDecimal(s)).toBeNaN()
    }
  })
})
