/**
 * The tree entries of the promotion commit (SPEC §5 step 3): each folder moves as one `040000`
 * entry with its existing tree SHA plus one `sha: null` deletion of its old path; the manifest
 * is the only content sent.
 */
import { describe, expect, it } from '@jest/globals'
import { sourcePaths, treeEntries, type SourceObject } from '../../src/changes/tree-changes.js'
import type { Move } from '../../src/changes/change-plan.js'

const SHA = (n: number) => String(n).repeat(40).slice(0, 40)
const manifest = { path: 'models/registry.yaml', mode: '100644' as const, text: 'models: {}\n' }

const move = (
  version: string,
  from: string,
  to: string | null,
  reason: Move['reason'] = 'promote'
): Move => ({ model: 'clf', version, from, to, reason })

// 1.2.0 staging → production: 1.1.0 archived, the benchmark copy refreshed.
const promotion: Move[] = [
  move('1.2.0', 'models/staging/clf/1.2.0', 'models/production/clf/1.2.0'),
  move('1.1.0', 'models/production/clf/1.1.0', 'models/archived/clf/1.1.0', 'archive'),
  move('1.2.0', 'models/staging/clf/1.2.0', 'models/benchmark/clf/1.2.0', 'benchmark-refresh'),
  move('1.1.0', 'models/benchmark/clf/1.1.0', null, 'benchmark-remove')
]
const tree = (sha: string) => ({ sha, mode: '040000' as const })
const shas = new Map([
  ['models/staging/clf/1.2.0', tree(SHA(1))],
  ['models/production/clf/1.1.0', tree(SHA(2))]
])

describe('sourcePaths', () => {
  it('lists each folder that something is copied or moved from, once, and not removals', () => {
    expect(sourcePaths(promotion)).toEqual([
      'models/staging/clf/1.2.0',
      'models/production/clf/1.1.0'
    ])
  })

  it('is empty for no moves', () => {
    expect(sourcePaths([])).toEqual([])
  })
})

describe('treeEntries', () => {
  it('deletes the old paths first, then adds each folder with its tree SHA, then the manifest', () => {
    expect(treeEntries({ moves: promotion, sources: shas, manifest })).toEqual([
      { path: 'models/staging/clf/1.2.0', mode: '040000', type: 'tree', sha: null },
      { path: 'models/production/clf/1.1.0', mode: '040000', type: 'tree', sha: null },
      { path: 'models/benchmark/clf/1.1.0', mode: '040000', type: 'tree', sha: null },
      { path: 'models/production/clf/1.2.0', mode: '040000', type: 'tree', sha: SHA(1) },
      { path: 'models/archived/clf/1.1.0', mode: '040000', type: 'tree', sha: SHA(2) },
      { path: 'models/benchmark/clf/1.2.0', mode: '040000', type: 'tree', sha: SHA(1) },
      { path: 'models/registry.yaml', mode: '100644', type: 'blob', content: 'models: {}\n' }
    ])
  })

  it('does not delete the source of a benchmark refresh on its own', () => {
    const entries = treeEntries({ moves: [promotion[2]], sources: shas, manifest })
    expect(entries.filter(e => e.sha === null)).toEqual([])
    expect(entries[0]).toEqual({
      path: 'models/benchmark/clf/1.2.0',
      mode: '040000',
      type: 'tree',
      sha: SHA(1)
    })
  })

  it('collapses duplicate deletions of one path', () => {
    const twice = [
      move('1.2.0', 'models/staging/clf/1.2.0', 'models/production/clf/1.2.0'),
      move('1.2.0', 'models/staging/clf/1.2.0', 'models/archived/clf/1.2.0', 'archive')
    ]
    const deletions = treeEntries({ moves: twice, sources: shas, manifest }).filter(
      e => e.sha === null
    )
    expect(deletions).toEqual([
      { path: 'models/staging/clf/1.2.0', mode: '040000', type: 'tree', sha: null }
    ])
  })

  it('sends the manifest as its only content, with its mode', () => {
    const executable = { ...manifest, mode: '100755' as const, text: 'näive: ✓\n' }
    const entries = treeEntries({ moves: promotion, sources: shas, manifest: executable })
    expect(entries.filter(e => e.content !== undefined)).toEqual([
      { path: 'models/registry.yaml', mode: '100755', type: 'blob', content: 'näive: ✓\n' }
    ])
    expect(entries.filter(e => e.type === 'blob')).toHaveLength(1)
  })

  it('only the manifest when nothing moves', () => {
    expect(treeEntries({ moves: [], sources: new Map(), manifest })).toEqual([
      { path: 'models/registry.yaml', mode: '100644', type: 'blob', content: 'models: {}\n' }
    ])
  })

  it('throws when a moved folder has no tree SHA', () => {
    const missing = new Map([['models/staging/clf/1.2.0', tree(SHA(1))]])
    expect(() => treeEntries({ moves: promotion, sources: missing, manifest })).toThrow(
      'no tree SHA for models/production/clf/1.1.0'
    )
  })

  it('needs no SHA for a removal', () => {
    expect(
      treeEntries({ moves: [promotion[3]], sources: new Map(), manifest }).slice(0, 1)
    ).toEqual([{ path: 'models/benchmark/clf/1.1.0', mode: '040000', type: 'tree', sha: null }])
  })
})

describe('treeEntries for files that move one by one (issue #12)', () => {
  const file = (from: string, to: string | null, reason: Move['reason']): Move => ({
    model: 'kw',
    version: '1.1.0',
    kind: 'file',
    from,
    to,
    reason
  })
  const blob = (sha: string, mode: '100644' | '100755' = '100644') => ({ sha, mode })

  it('writes each file with its blob SHA and mode, and deletes the old path as a blob', () => {
    const entries = treeEntries({
      moves: [file('res/staging.keras', 'res/archived/1.1.0.keras', 'retire')],
      sources: new Map([['res/staging.keras', blob(SHA(7), '100755')]]),
      manifest
    })
    expect(entries.slice(0, 2)).toEqual([
      { path: 'res/staging.keras', mode: '100644', type: 'blob', sha: null },
      { path: 'res/archived/1.1.0.keras', mode: '100755', type: 'blob', sha: SHA(7) }
    ])
  })

  it('does not delete a path that an addition writes, nor one a folder written whole holds', () => {
    const moves: Move[] = [
      file('res/staging.keras', 'res/production.keras', 'promote'),
      file('res/production.keras', 'res/archived/1.0.0.keras', 'archive'),
      file('res/benchmark.keras', null, 'benchmark-remove'),
      file('res/staging.keras', 'res/benchmark.keras', 'benchmark-refresh'),
      move('2.0.0', 'models/staging/m', 'models/production/m'),
      file('models/production/m/model.bin', 'models/archived/m/model_v1.bin', 'archive')
    ]
    const sources = new Map<string, SourceObject>([
      ['res/staging.keras', blob(SHA(1))],
      ['res/production.keras', blob(SHA(2))],
      ['models/staging/m', tree(SHA(3))],
      ['models/production/m/model.bin', blob(SHA(4))]
    ])
    expect(treeEntries({ moves, sources, manifest }).filter(e => e.sha === null)).toEqual([
      { path: 'res/staging.keras', mode: '100644', type: 'blob', sha: null },
      { path: 'models/staging/m', mode: '040000', type: 'tree', sha: null }
    ])
  })

  it('does not delete a path inside a folder it deletes already (GitHub refuses that)', () => {
    const moves: Move[] = [
      move('1.0.0', 'models/archived/m', null, 'benchmark-remove'),
      file('models/archived/m/model.bin', null, 'benchmark-remove')
    ]
    expect(treeEntries({ moves, sources: new Map(), manifest }).slice(0, -1)).toEqual([
      { path: 'models/archived/m', mode: '040000', type: 'tree', sha: null }
    ])
  })

  it('names a file whose blob is unknown', () => {
    expect(() =>
      treeEntries({
        moves: [file('res/staging.keras', 'res/production.keras', 'promote')],
        sources: new Map(),
        manifest
      })
    ).toThrow('no blob SHA for res/staging.keras')
  })
})
