/**
 * The fast reader of plain manifests (src/registry/fast-yaml.ts) returns
 * exactly js-yaml's result, or declines and leaves the text to js-yaml.
 */
import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fastYamlLoad } from '../../src/registry/fast-yaml.js'
import { SourceFile } from '../../src/registry/source-file.js'

/** What js-yaml makes of the text, or the error it throws. */
function reference(text: string): { value?: unknown; error?: string } {
  try {
    return { value: load(text) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

const shard = [
  '# One model.',
  'name: model-00001',
  'description: Benchmark model model-00001 (the [first] one, see #3)',
  'files: [model.bin]',
  'metrics:',
  '  accuracy: { goal: maximize, min: 0.75, minDelta: 0.0 }',
  '  latency_ms: { goal: minimize, max: 60, tolerance: 0.10 }',
  'compare: { primary: [accuracy] }',
  'versions:',
  '  - version: "1.4.0"',
  '    stage: development',
  '    files: { model.bin: "sha256:b9fca53e1718d07472b02d5fefc79941503d9e2eb0e799d0cabcefcd735bdf4c" }',
  '    metrics: { accuracy: 0.9185, latency_ms: 5.1 }',
  '',
  '  - version: 1.0',
  "    stage: 'it''s archived'   # a comment",
  '    createdAt: 2024-01-02T03:04:05Z',
  '    tags:',
  '    - a',
  '    -  b: ~',
  '       c: null',
  '    -',
  '    - -12',
  '    note:',
  ''
].join('\n')

const accepted: Record<string, string> = {
  'a realistic shard': shard,
  'a registry file': [
    '# yaml-language-server: $schema=https://example.com/registry.schema.json',
    'apiVersion: modelgate/v1',
    'stages:',
    '  - name: development            # where register puts a version',
    '  - name: production',
    '    capacity: 1',
    '    gates: { metrics: true, compare: benchmark, approvals: 2 }   # two reviews',
    '    checklist:',
    '      - Serving API smoke-tested (request/response schema unchanged)',
    'benchmark: { folder: benchmark, copyOf: production }',
    'include: ["models/*/model.yaml"]',
    'models:',
    '  one:',
    '    owners: ["@acme/ml"]',
    '    train: { run: "python3 train.py --out {output_dir}", timeout: 10m, inputs: [train.py] }',
    '    evaluate:',
    '      run: "python3 evaluate.py --model {model_dir} --out {output_dir}"',
    '      data: [data/test.csv]          # its digest goes into result.json',
    ''
  ].join('\n'),
  'scalars of every core type': [
    'n1: ~',
    'n2: null',
    'n3: NULL',
    'b1: true',
    'b2: False',
    'b3: yes',
    'i1: 0x1F',
    'i2: 0o17',
    'i3: -0',
    'i4: +12',
    'i5: 1_000',
    'i6: 123456789012345678901234567890',
    'f1: .inf',
    'f2: -.Inf',
    'f3: .nan',
    'f4: 1e3',
    'f5: 1.',
    'f6: 0.10',
    'f7: -.5',
    's1: 1.2.3',
    's2: http://example.com/a?b=c#d',
    's3: a "quoted" word',
    's4: "with # and : inside"',
    "s5: ''",
    's6: ""',
    's7: üñï©ødé ✓',
    'k-with.dots/and_more: 1',
    '"a quoted: key": 2',
    'key with spaces: 3',
    ''
  ].join('\n'),
  'nested flow collections': 'a: { b: [1, [2, 3], { c: d }], e: [], f: {}, "g": h }\n',
  'a sequence at the same column as its key': 'list:\n- 1\n- two\nnext: 3\n',
  'nested block sequences': 'a:\n  -\n    - 1\n    - 2\n  - x: 1\n    y:\n      - z\n'
}

const declined: Record<string, string> = {
  anchors: 'a: &x 1\nb: *x\n',
  tags: 'a: !!str 1\n',
  'a folded scalar of an example': readFileSync(
    path.join('examples', 'sklearn-classifier', 'models', 'registry.yaml'),
    'utf8'
  ),
  'a literal block scalar': 'a: |\n  text\n',
  'a folded block scalar': 'a: >\n  text\n',
  'a multi-line plain scalar': 'a: one\n  two\n',
  'a multi-line quoted scalar': 'a: "one\n  two"\n',
  'an escape': 'a: "tab\\there"\n',
  'a tab': 'a:\t1\n',
  'CRLF line ends': 'a: 1\r\nb: 2\r\n',
  'a duplicate key': 'a: 1\na: 2\n',
  'a duplicate key in a flow mapping': 'a: { b: 1, b: 2 }\n',
  'a mapping value on the same line': 'a: b: c\n',
  'a flow collection over two lines': 'a: [1,\n  2]\n',
  'a trailing comma': 'a: [1, 2,]\n',
  'an empty flow value': 'a: { b: , c: 1 }\n',
  'a key that is not a string': 'true: 1\n',
  'a number key': '1.0: x\n',
  'a __proto__ key': '__proto__: 1\n',
  'a document marker': '---\na: 1\n',
  'a directive': '%YAML 1.2\n---\na: 1\n',
  'bad indentation': 'a:\n    b: 1\n  c: 2\n',
  'a top-level scalar': 'just text\n',
  'a top-level sequence indented': '  - 1\n',
  'a compact nested sequence': 'a:\n  - - 1\n',
  'an indicator starting a scalar': 'a: @x\n',
  'a complex key': '? a\n: b\n',
  'text after a quoted scalar': 'a: "b" c\n',
  'a byte order mark': '\uFEFFa: 1\n',
  'only comments': '# nothing\n'
}

describe('fastYamlLoad', () => {
  it.each(Object.entries(accepted))('reads %s as js-yaml does', (_name, text) => {
    const expected = reference(text)
    expect(expected.error).toBeUndefined()
    const got = fastYamlLoad(text)
    expect(got).not.toBeUndefined()
    expect(got).toStrictEqual(expected.value)
  })

  it.each(Object.entries(declined))('leaves %s to js-yaml', (_name, text) => {
    expect(fastYamlLoad(text)).toBeUndefined()
  })

  it('agrees with js-yaml on thousands of generated documents, or declines them', () => {
    const scalars = [
      'plain',
      'two words',
      '1',
      '-1',
      '1.5',
      '1.0',
      '0x1F',
      '~',
      'null',
      'true',
      'No',
      '.inf',
      '"q"',
      "'s'",
      "'it''s'",
      '"a: b"',
      'a#b',
      'a #b',
      'a: b',
      '- x',
      '[x]',
      '{}',
      '[]',
      '&a',
      '*a',
      '!t',
      '|',
      '>',
      '@',
      '%',
      'é',
      'x:y',
      'x:',
      '"',
      "'",
      '',
      ' ',
      'a,b',
      'a]b',
      '[a, b]',
      '{ k: v }',
      '{k: v}',
      '[a,]',
      '? x',
      ': x',
      '#c',
      '"esc\\n"',
      '2001-12-14'
    ]
    const keys = ['a', 'b', 'a b', '"q"', 'true', '1', 'x.y', '__proto__', '-k', 'a:b', "'s'"]
    let seed = 42
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const pick = <T>(list: T[]) => list[rand(list.length)]
    const node = (indent: number, depth: number): string[] => {
      const pad = ' '.repeat(indent)
      const lines: string[] = []
      const kind = depth > 2 ? 0 : rand(3)
      if (kind === 2) {
        for (let i = 0, n = 1 + rand(3); i < n; i++) {
          if (rand(3) === 0) lines.push(`${pad}- ${pick(keys)}: ${pick(scalars)}`)
          else if (rand(4) === 0) lines.push(`${pad}-`, ...node(indent + 2, depth + 1))
          else lines.push(`${pad}- ${pick(scalars)}`)
        }
        return lines
      }
      for (let i = 0, n = 1 + rand(3); i < n; i++) {
        const key = pick(keys)
        if (kind === 1 && rand(2) === 0) lines.push(`${pad}${key}:`, ...node(indent + 2, depth + 1))
        else lines.push(`${pad}${key}: ${pick(scalars)}${rand(5) === 0 ? ' # note' : ''}`)
        if (rand(6) === 0) lines.push(rand(2) ? '' : `${pad}# comment`)
      }
      return lines
    }
    let read = 0
    for (let i = 0; i < 5000; i++) {
      const text = node(0, rand(2)).join('\n') + '\n'
      const got = fastYamlLoad(text)
      if (got === undefined) continue
      read++
      const expected = reference(text)
      expect({ text, error: expected.error }).toEqual({ text, error: undefined })
      expect({ text, got }).toStrictEqual({ text, got: expected.value })
    }
    // Most generated documents hold something unusual; still, plenty must be read fast.
    expect(read).toBeGreaterThan(300)
  })

  it('leaves the error of a declined text to js-yaml, with its line', () => {
    const file = new SourceFile('/repo/models/m.yaml', 'models/m.yaml', 'name: m\nname: n\n')
    expect(() => file.parse()).toThrow(/duplicated mapping key/)
  })
})
