/** In-place manifest edits (SPEC §5 step 2): only the edited lines change. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { editManifest, render, type Edit } from '../../src/changes/manifest-edit.js'
import { validRegistry, type Fixture } from '../helpers/registry-fixture.js'
import { changedLines } from './line-diff.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

function fixtureText(): string {
  const f = validRegistry()
  fixtures.push(f)
  return f.manifest()
}

const exampleText = () =>
  readFileSync(path.resolve('examples/sklearn-classifier/models/registry.yaml'), 'utf8')

const V = (i: number) => ['models', 'clf', 'versions', i]
const E = (i: number) => ['models', 'breast-cancer', 'versions', i]

describe('editManifest on the test fixture', () => {
  it('sets a stage, adds retired in flow style and appends history; nothing else changes', () => {
    const before = fixtureText()
    const after = editManifest(before, [
      { op: 'set', path: [...V(2), 'stage'], value: 'production' },
      { op: 'set', path: [...V(1), 'stage'], value: 'archived' },
      {
        op: 'set',
        path: [...V(1), 'retired'],
        value: {
          at: '2026-11-20T10:00:00Z',
          reason: 'replaced',
          replacedBy: '1.2.0',
          actor: 'octocat'
        }
      },
      {
        op: 'append',
        path: ['history'],
        value: {
          at: '2026-11-20T10:00:00Z',
          model: 'clf',
          version: '1.2.0',
          from: 'staging',
          to: 'production',
          actor: 'octocat'
        }
      }
    ])
    expect(changedLines(before, after)).toEqual({
      removed: ['        stage: production', '        stage: staging'],
      added: [
        '        stage: archived',
        '        retired: { at: "2026-11-20T10:00:00Z", reason: replaced, replacedBy: "1.2.0", actor: octocat }',
        '        stage: production',
        '  - { at: "2026-11-20T10:00:00Z", model: clf, version: "1.2.0", from: staging, to: production, actor: octocat }'
      ]
    })
    const data = parse(after)
    expect(data.models.clf.versions[1].retired).toEqual({
      at: '2026-11-20T10:00:00Z',
      reason: 'replaced',
      replacedBy: '1.2.0',
      actor: 'octocat'
    })
    expect(data.history).toHaveLength(2)
    expect(after.startsWith('# yaml-language-server:')).toBe(true)
  })

  it('replaces a flow metrics map on its line and keeps versions quoted', () => {
    const before = fixtureText()
    const after = editManifest(before, [
      { op: 'set', path: [...V(3), 'metrics'], value: { accuracy: 0.95, latency_ms: 12 } }
    ])
    expect(changedLines(before, after)).toEqual({
      removed: ['        metrics: { accuracy: 0.9130 }'],
      added: ['        metrics: { accuracy: 0.95, latency_ms: 12 }']
    })
    expect(after).toContain('- version: "1.3.0"')
  })

  it('deletes retired (a version brought back) by removing its line only', () => {
    const before = fixtureText()
    const after = editManifest(before, [{ op: 'delete', path: [...V(0), 'retired'] }])
    expect(changedLines(before, after)).toEqual({
      removed: [
        '        retired: { at: "2026-10-01T12:00:00Z", reason: replaced, replacedBy: "1.1.0", actor: octocat }'
      ],
      added: []
    })
    expect(parse(after).models.clf.versions[0].retired).toBeUndefined()
    expect(editManifest(after, [{ op: 'delete', path: [...V(0), 'retired'] }])).toBe(after)
  })

  it('creates history when the manifest has none', () => {
    const before = fixtureText().replace(/history:\n.*\n/, '')
    const after = editManifest(before, [
      { op: 'append', path: ['history'], value: { model: 'clf', to: 'production' } }
    ])
    expect(changedLines(before, after).removed).toEqual([])
    expect(after.endsWith('history:\n  - { model: clf, to: production }\n')).toBe(true)
    expect(parse(after).history).toEqual([{ model: 'clf', to: 'production' }])
  })

  it('appends to an empty flow list and to a key with no value', () => {
    const flow = editManifest('a: 1\nhistory: []\n', [
      { op: 'append', path: ['history'], value: { to: 'x' } }
    ])
    expect(flow).toBe('a: 1\nhistory: [{ to: x }]\n')
    const bare = editManifest('history:\na: 1\n', [
      { op: 'append', path: ['history'], value: { to: 'x' } }
    ])
    expect(parse(bare)).toEqual({ history: [{ to: 'x' }], a: 1 })
  })

  it('edits inside flow maps and leaves an unchanged value as written', () => {
    const text = 'v: { stage: dev, n: "1.0.0" }   # note\n'
    expect(editManifest(text, [{ op: 'set', path: ['v', 'stage'], value: 'prod' }])).toBe(
      'v: { stage: prod, n: "1.0.0" }   # note\n'
    )
    expect(editManifest(text, [{ op: 'set', path: ['v', 'n'], value: '1.0.0' }])).toBe(text)
    expect(editManifest(text, [{ op: 'set', path: ['v', 'x'], value: 1 }])).toBe(
      'v: { stage: dev, n: "1.0.0", x: 1 }   # note\n'
    )
    expect(editManifest(text, [{ op: 'delete', path: ['v', 'stage'] }])).toBe(
      'v: { n: "1.0.0" }   # note\n'
    )
    expect(editManifest(text, [{ op: 'delete', path: ['v', 'n'] }])).toBe(
      'v: { stage: dev }   # note\n'
    )
  })

  it("writes a flow value over a block collection on the key's line", () => {
    const text = 'a:   # list\n  - 1\n  - 2\nb: 1\n'
    expect(editManifest(text, [{ op: 'set', path: ['a'], value: [3] }])).toBe('a: [3]\nb: 1\n')
    expect(editManifest('a:\nb: 1\n', [{ op: 'set', path: ['a'], value: 'x' }])).toBe(
      'a: x\nb: 1\n'
    )
  })

  it('refuses paths that do not lead to a map key', () => {
    expect(() => editManifest('a: [1]\n', [{ op: 'set', path: ['a', 0], value: 2 }])).toThrow(
      /not a key of a map/
    )
    expect(() => editManifest('a: 1\n', [{ op: 'append', path: ['a'], value: 2 }])).toThrow(
      /not a list/
    )
  })
})

describe('editManifest on the sklearn example (comments, folded strings)', () => {
  it('promotes 1.2.0 and archives 1.1.0 changing only those lines', () => {
    const before = exampleText()
    const edits: Edit[] = [
      { op: 'set', path: [...E(1), 'stage'], value: 'production' },
      {
        op: 'set',
        path: [...E(1), 'metrics'],
        value: { accuracy: 0.96, f1_macro: 0.9564362921716344 }
      },
      { op: 'set', path: [...E(2), 'stage'], value: 'archived' },
      {
        op: 'set',
        path: [...E(2), 'retired'],
        value: {
          at: '2026-11-20T10:00:00Z',
          reason: 'replaced',
          replacedBy: '1.2.0',
          actor: 'octocat'
        }
      },
      {
        op: 'append',
        path: ['history'],
        value: {
          at: 'T',
          model: 'breast-cancer',
          version: '1.2.0',
          from: 'staging',
          to: 'production'
        }
      }
    ]
    const after = editManifest(before, edits)
    const { removed, added } = changedLines(before, after)
    expect(removed).toEqual([
      '        stage: staging',
      '          accuracy: 0.9590643274853801',
      '          precision_macro: 0.9550798258345428',
      '          recall_macro: 0.9578709112149533',
      '          roc_auc: 0.9956191588785047',
      '        stage: production'
    ])
    expect(added).toEqual([
      '        stage: production',
      '          accuracy: 0.96',
      '        stage: archived',
      '        retired: { at: "2026-11-20T10:00:00Z", reason: replaced, replacedBy: "1.2.0", actor: octocat }',
      '  - { at: T, model: breast-cancer, version: "1.2.0", from: staging, to: production }'
    ])
    // the retired entry follows the folded-free notes line of 1.1.0, after its last key
    const lines = after.split('\n')
    const notes = lines.indexOf('        notes: "The 10 mean_* features, C tuned from 0.3 to 1.0."')
    expect(lines[notes + 1]).toMatch(/^ {8}retired: /)
    expect(parse(after).models['breast-cancer'].versions[1].notes).toBe(
      parse(before).models['breast-cancer'].versions[1].notes
    )
  })

  it('adds a key after a folded string without breaking it', () => {
    const before = exampleText()
    const after = editManifest(before, [
      { op: 'set', path: [...E(1), 'retired'], value: { at: 'x', reason: 'retired' } }
    ])
    expect(changedLines(before, after)).toEqual({
      removed: [],
      added: ['        retired: { at: x, reason: retired }']
    })
    const v = parse(after).models['breast-cancer'].versions[1]
    expect(v.notes).toMatch(/McNemar p = 0.02\)\.$/)
    expect(v.retired).toEqual({ at: 'x', reason: 'retired' })
  })
})

describe('editManifest inserting a version (register)', () => {
  const entry = {
    version: '1.4.0',
    stage: 'development',
    files: { 'model.joblib': `sha256:${'a'.repeat(64)}`, 'model.json': `sha256:${'b'.repeat(64)}` },
    metrics: { accuracy: 0.96 },
    createdAt: '2026-11-23T10:00:00Z',
    source: { commit: 'c'.repeat(40), run: 'https://github.com/acme/models/actions/runs/7' }
  }

  it('adds a block map as the first item, in the items’ style, with the blank line they use', () => {
    const before = exampleText()
    const after = editManifest(before, [
      { op: 'insert', path: ['models', 'breast-cancer', 'versions'], value: entry, at: 'first' }
    ])
    const { removed, added } = changedLines(before, after)
    expect(removed).toEqual([])
    expect(added).toEqual([
      '      - version: "1.4.0"',
      '        stage: development',
      '        files:',
      `          model.joblib: "sha256:${'a'.repeat(64)}"`,
      `          model.json: "sha256:${'b'.repeat(64)}"`,
      '        metrics:',
      '          accuracy: 0.96',
      '        createdAt: "2026-11-23T10:00:00Z"',
      '        source:',
      `          commit: ${'c'.repeat(40)}`,
      '          run: "https://github.com/acme/models/actions/runs/7"',
      ''
    ])
    const versions = (parse(after) as { models: Record<string, { versions: unknown[] }> }).models[
      'breast-cancer'
    ].versions
    expect(versions[0]).toEqual(entry)
    expect(versions).toHaveLength(5)
    // The item that was first follows after one blank line, as the others do.
    expect(after).toContain(`runs/7"\n\n      - version: "1.3.0"`)
  })

  it('adds it as the last item of a list of flow maps in flow style', () => {
    const before = fixtureText()
    const after = editManifest(before, [
      { op: 'insert', path: ['models', 'clf', 'versions'], value: entry, at: 'last' }
    ])
    const versions = (parse(after) as { models: Record<string, { versions: unknown[] }> }).models
      .clf.versions
    expect(versions.at(-1)).toEqual(entry)
    expect(changedLines(before, after).removed).toEqual([])
  })

  it('inserts into the parsed list of a JSON manifest', () => {
    const before = JSON.stringify({ models: { m: { versions: [{ version: '1.0.0' }] } } })
    const after = editManifest(before, [
      { op: 'insert', path: ['models', 'm', 'versions'], value: { version: '0.9.0' }, at: 'first' }
    ])
    expect(JSON.parse(after).models.m.versions).toEqual([
      { version: '0.9.0' },
      { version: '1.0.0' }
    ])
  })
})

describe('editManifest on JSON manifests', () => {
  it('edits the parsed object and re-serializes with two-space indentation', () => {
    const text = JSON.stringify({
      models: { m: { versions: [{ version: '1.0.0', stage: 'a', retired: {} }] } }
    })
    const after = editManifest(text, [
      { op: 'set', path: ['models', 'm', 'versions', 0, 'stage'], value: 'b' },
      { op: 'delete', path: ['models', 'm', 'versions', 0, 'retired'] },
      { op: 'append', path: ['history'], value: { to: 'b' } },
      { op: 'append', path: ['history'], value: { to: 'c' } }
    ])
    expect(JSON.parse(after)).toEqual({
      models: { m: { versions: [{ version: '1.0.0', stage: 'b' }] } },
      history: [{ to: 'b' }, { to: 'c' }]
    })
    expect(after).toContain('\n  "models": {\n')
    expect(() => editManifest('{"a": 1}', [{ op: 'append', path: ['a'], value: 1 }])).toThrow(
      /not a list/
    )
  })
})

describe('render', () => {
  it('quotes what a YAML reader would not read back as the same string', () => {
    expect(render('octocat')).toBe('octocat')
    expect(render('1.2.0')).toBe('"1.2.0"')
    expect(render('2026-11-20T10:00:00Z')).toBe('"2026-11-20T10:00:00Z"')
    expect(render('@acme/ml')).toBe('"@acme/ml"')
    expect(render('yes')).toBe('"yes"')
    expect(render('github-actions[bot]')).toBe('"github-actions[bot]"')
    expect(render(null)).toBe('null')
    expect(render({ a: [1, true], b: undefined })).toBe('{ a: [1, true] }')
    for (const s of ['1.2.0', 'a: b', '#x', 'null', 'true', '0x10', 'x y']) {
      expect(parse(`k: ${render(s)}`).k).toBe(s)
    }
  })
})

describe('editManifest keeps the bytes it does not mean to change', () => {
  const yaml =
    '\uFEFF# Propriétaire : équipe ML ✓\nmodels:\n  m:\n    versions:\n      - version: "1.0.0"\n        stage: a # étape\n'
  it.each([
    {
      what: 'YAML with a byte order mark and non-ASCII comments',
      text: yaml,
      expected: yaml.replace('stage: a #', 'stage: b #')
    },
    {
      what: 'JSON with a byte order mark',
      text: '\uFEFF{"models":{"m":{"versions":[{"version":"1.0.0","stage":"a"}]}}}',
      expected:
        '\uFEFF' +
        JSON.stringify(
          { models: { m: { versions: [{ version: '1.0.0', stage: 'b' }] } } },
          null,
          2
        ) +
        '\n'
    }
  ])('$what', ({ text, expected }) => {
    const after = editManifest(text, [
      { op: 'set', path: ['models', 'm', 'versions', 0, 'stage'], value: 'b' }
    ])
    expect(after).toBe(expected)
    expect(Buffer.from(after, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })
})
