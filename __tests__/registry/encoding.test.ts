/**
 * Manifests are UTF-8 (a byte order mark accepted, for YAML and JSON alike); any other bytes,
 * UTF-16 included, are one error naming the encoding and the line, never read with U+FFFD in
 * their place. JSON manifests with a duplicate key are an error, as YAML ones are.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync, unlinkSync } from 'node:fs'
import { load } from 'js-yaml'
import { decodeManifest, firstInvalidUtf8 } from '../../src/registry/encoding.js'
import { firstDuplicateJsonKey } from '../../src/registry/json-keys.js'
import { cli } from '../helpers/run-cli.js'
import { snapshot, validRegistry, writeFile, type Fixture } from '../helpers/registry-fixture.js'

const bytes = (...b: number[]) => Uint8Array.from(b)

describe('firstInvalidUtf8 agrees with a fatal TextDecoder', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true })
  it.each([
    ['ASCII', bytes(0x61, 0x62, 0x0a), undefined],
    ['é', bytes(0xc3, 0xa9), undefined],
    ['€', bytes(0xe2, 0x82, 0xac), undefined],
    ['🚀', bytes(0xf0, 0x9f, 0x9a, 0x80), undefined],
    ['U+10FFFF', bytes(0xf4, 0x8f, 0xbf, 0xbf), undefined],
    ['BOM', bytes(0xef, 0xbb, 0xbf, 0x61), undefined],
    ['Latin-1 é', bytes(0x61, 0xe9, 0x62), 1],
    ['lone continuation', bytes(0x80), 0],
    ['overlong /', bytes(0xc0, 0xaf), 0],
    ['overlong 3-byte', bytes(0xe0, 0x80, 0xaf), 0],
    ['surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['F5', bytes(0xf5, 0x80, 0x80, 0x80), 0],
    ['truncated at the end', bytes(0x61, 0xe2, 0x82), 1],
    ['truncated before ASCII', bytes(0xe2, 0x61, 0x62), 0],
    ['Windows-1252 quote', bytes(0x93, 0x61, 0x94), 0]
  ])('%s', (_what, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset)
    let valid = true
    try {
      fatal.decode(input)
    } catch {
      valid = false
    }
    expect(valid).toBe(offset === undefined)
  })

  it('keeps a byte order mark in the text, so an edit writes it back', () => {
    const decoded = decodeManifest(bytes(0xef, 0xbb, 0xbf, 0x61))
    expect(decoded).toEqual({ text: '\uFEFFa' })
  })
})

describe('firstDuplicateJsonKey', () => {
  it.each([
    ['{"a":1,"b":2}', undefined],
    ['{"a":{"a":1},"b":{"a":2}}', undefined],
    ['[{"a":1},{"a":2}]', undefined],
    ['{"a":"b","b":"a"}', undefined],
    ['{"x":["a","a"],"y":"x"}', undefined],
    ['{"a":1,"a":2}', { key: 'a', offset: 7 }],
    ['{"m":{"k":1,"k\\u0020":2,"k":3}}', { key: 'k', offset: 24 }],
    ['{"a\\"":1,"a\\"":2}', { key: 'a"', offset: 9 }],
    ['{"s":"}{,\\"","s":1}', { key: 's', offset: 13 }]
  ])('%s', (text, duplicate) => {
    JSON.parse(text)
    expect(firstDuplicateJsonKey(text)).toEqual(duplicate)
  })
})

const utf16le = (text: string, bom: boolean) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')])
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le')
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]]
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le])
}

interface Case {
  what: string
  /** The manifest file to write (relative), from the valid YAML manifest text. */
  file: 'models/registry.yaml' | 'models/registry.json'
  content: (yaml: string) => Buffer
  /** undefined: valid. */
  error?: { line: (yaml: string) => number; message: string }
}

const toJson = (yaml: string) => JSON.stringify(load(yaml), null, 2)
const BOM = Buffer.from([0xef, 0xbb, 0xbf])
/** The YAML with a comment holding `byte` added after the apiVersion line (line 2). */
const withComment = (yaml: string, comment: Buffer) =>
  Buffer.concat([
    Buffer.from(yaml.split('\n')[0] + '\n# owner: Jos'),
    comment,
    Buffer.from('\n' + yaml.split('\n').slice(1).join('\n'))
  ])

const cases: Case[] = [
  {
    what: 'YAML with a UTF-8 byte order mark',
    file: 'models/registry.yaml',
    content: y => Buffer.concat([BOM, Buffer.from(y)])
  },
  {
    what: 'JSON with a UTF-8 byte order mark',
    file: 'models/registry.json',
    content: y => Buffer.concat([BOM, Buffer.from(toJson(y))])
  },
  {
    what: 'YAML with UTF-8 in a comment',
    file: 'models/registry.yaml',
    content: y => withComment(y, Buffer.from('é ✓'))
  },
  {
    what: 'YAML in UTF-16 LE with a byte order mark',
    file: 'models/registry.yaml',
    content: y => utf16le(y, true),
    error: {
      line: () => 1,
      message: 'the file is UTF-16 (little-endian), not UTF-8; save it as UTF-8'
    }
  },
  {
    what: 'JSON in UTF-16 BE with a byte order mark',
    file: 'models/registry.json',
    content: y => utf16be(toJson(y)),
    error: {
      line: () => 1,
      message: 'the file is UTF-16 (big-endian), not UTF-8; save it as UTF-8'
    }
  },
  {
    what: 'YAML in UTF-16 LE without a byte order mark',
    file: 'models/registry.yaml',
    content: y => utf16le(y, false),
    error: {
      line: () => 1,
      message: 'the file is UTF-16 (little-endian, no byte order mark), not UTF-8; save it as UTF-8'
    }
  },
  {
    what: 'YAML with a Latin-1 é in a comment',
    file: 'models/registry.yaml',
    content: y => withComment(y, Buffer.from([0xe9])),
    error: {
      line: () => 2,
      message:
        'the file is not UTF-8: byte 0xE9 at line 2 is not valid UTF-8 (the file looks like ISO-8859-1 or Windows-1252); save it as UTF-8'
    }
  },
  {
    what: 'YAML with a Windows-1252 quote in a comment',
    file: 'models/registry.yaml',
    content: y => withComment(y, Buffer.from([0x93, 0x61, 0x94])),
    error: {
      line: () => 2,
      message:
        'the file is not UTF-8: byte 0x93 at line 2 is not valid UTF-8 (the file looks like Windows-1252); save it as UTF-8'
    }
  },
  {
    what: 'JSON with a duplicate key',
    file: 'models/registry.json',
    content: y =>
      Buffer.from(
        toJson(y).replace(
          '"apiVersion": "modelgate/v1",',
          '"apiVersion": "modelgate/v1",\n  "root": "models",\n  "root": "elsewhere",'
        )
      ),
    error: {
      line: () => 4,
      message: 'invalid JSON: duplicated key "root" (JSON.parse would keep only the last)'
    }
  }
]

describe('validate reads manifests as UTF-8 only', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it.each(cases)('$what', async c => {
    fx = validRegistry()
    const yaml = fx.manifest()
    if (c.file !== 'models/registry.yaml') unlinkSync(fx.manifestPath)
    writeFile(fx.dir, c.file, c.content(yaml))
    const before = snapshot(fx.dir)
    const run = await cli(['validate', '--manifest', c.file, '--json'], fx.dir)
    const out = JSON.parse(run.stdout)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(snapshot(fx.dir)).toEqual(before)
    if (!c.error) {
      expect(out.errors).toEqual([])
      expect(run.code).toBe(0)
      return
    }
    expect(run.code).toBe(1)
    expect(out.errors).toEqual([
      expect.objectContaining({ file: c.file, line: c.error.line(yaml), message: c.error.message })
    ])
    expect(out.errors[0].col).toBeGreaterThan(0)
  })

  it('names the shard that is not UTF-8', async () => {
    fx = validRegistry()
    const text = fx.manifest()
    // The model moves into its own file, which gets a Latin-1 byte.
    const start = text.indexOf('models:\n')
    const head = text.slice(0, start) + 'include: ["models/*/model.yaml"]\n'
    const body = text
      .slice(start + 'models:\n'.length)
      .split('\n')
      .map(l => l.replace(/^ {2}/, ''))
    const shardLines = ['name: clf', ...body.slice(1)]
    const historyAt = shardLines.findIndex(l => l.startsWith('history:'))
    const shard = historyAt >= 0 ? shardLines.slice(0, historyAt) : shardLines
    writeFile(fx.dir, 'models/registry.yaml', head)
    writeFile(
      fx.dir,
      'models/clf/model.yaml',
      Buffer.concat([
        Buffer.from('# caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n' + shard.join('\n'))
      ])
    )
    const run = await cli(['validate', '--json'], fx.dir)
    expect(run.code).toBe(1)
    const errors = JSON.parse(run.stdout).errors
    expect(errors[0]).toMatchObject({
      file: 'models/clf/model.yaml',
      line: 1,
      col: 6,
      message: expect.stringContaining('byte 0xE9 at line 1 is not valid UTF-8')
    })
    expect(readFileSync(`${fx.dir}/models/clf/model.yaml`)[5]).toBe(0xe9)
  })
})
