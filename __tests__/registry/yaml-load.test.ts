// loadYaml is js-yaml's `load` through its two public steps: the same data and the same errors
// (message and place) for every kind of YAML a manifest may hold, so that a js-yaml upgrade
// that changes what `load` does around those steps fails here instead of changing manifests.
import { describe, expect, it } from '@jest/globals'
// The build the product reads with (src/registry/js-yaml.cjs says why), so that errors compare.
import { load, YAMLException } from '../../src/registry/js-yaml.cjs'
import { loadYaml } from '../../src/registry/yaml-load.js'

const documents: Record<string, string> = {
  'a shard': [
    'name: churn',
    'files: [model.bin]',
    'metrics:',
    '  accuracy: { goal: maximize, min: 0.75 }',
    'versions:',
    '  - version: "1.4.0"',
    '    stage: development',
    '    metrics: { accuracy: 0.9185, latency_ms: 5.1 }',
    ''
  ].join('\n'),
  'anchors, aliases and merge keys': [
    'defaults: &d { goal: maximize, min: 0.5 }',
    'metrics:',
    '  auc: *d',
    '  f1: { <<: *d, min: 0.7 }',
    ''
  ].join('\n'),
  'block scalars, quoting and escapes': [
    'description: |',
    '  two lines',
    '  kept',
    'folded: >-',
    '  one',
    '  line',
    'quoted: "tab\\there \\u00e9"',
    "single: 'it''s'",
    ''
  ].join('\n'),
  'tags, timestamps, numbers and nulls': [
    'when: 2026-12-06T09:00:00Z',
    'day: 2026-12-06',
    'text: !!str 1.0',
    'octal: 0o17',
    'hex: 0x1F',
    'inf: .inf',
    'nothing: ~',
    'yes_is_a_string: yes',
    ''
  ].join('\n'),
  'explicit markers and a directive': '%YAML 1.2\n---\nname: a\n...\n',
  'a byte order mark': '\uFEFFname: a\n',
  'a top-level list': '- 1\n- two\n',
  'a scalar document': 'just text\n',
  'a null document': '---\n',
  'CRLF line ends': 'name: a\r\nfiles: [x]\r\n'
}

const broken: Record<string, string> = {
  'comments only': '# nothing here\n',
  'the empty text': '',
  'two documents': 'a: 1\n---\nb: 2\n',
  'a duplicated key': 'name: a\nname: b\n',
  'a bad indentation': 'a:\n  b: 1\n c: 2\n',
  'an unclosed flow mapping': 'metrics: { accuracy: 0.9\n',
  'an unknown alias': 'a: *nowhere\n',
  'a tab as indentation': 'a:\n\tb: 1\n',
  'a NUL byte': 'a: 1\u0000\n'
}

function thrown(fn: () => unknown): {
  reason: string
  message: string
  line?: number
  column?: number
} {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(YAMLException)
    const e = error as YAMLException
    return { reason: e.reason, message: e.message, line: e.mark?.line, column: e.mark?.column }
  }
  throw new Error('expected an error')
}

describe('loadYaml', () => {
  it.each(Object.entries(documents))('reads %s as js-yaml load does', (_, text) => {
    const data = loadYaml(text, 'models/churn/model.yaml')
    expect(data).toEqual(load(text, { filename: 'models/churn/model.yaml' }))
    expect(data).not.toBeUndefined()
  })

  it.each(Object.entries(broken))('refuses %s with js-yaml load’s message and place', (_, text) => {
    const ours = thrown(() => loadYaml(text, 'models/registry.yaml'))
    expect(ours).toEqual(thrown(() => load(text, { filename: 'models/registry.yaml' })))
    expect(ours.reason).not.toBe('')
  })

  it('names the file in the message of an error at a place', () => {
    const { message, line } = thrown(() => loadYaml('a:\n  b: 1\n c: 2\n', 'models/x/model.yaml'))
    expect(message).toContain('models/x/model.yaml')
    expect(line).toBe(2)
  })
})
