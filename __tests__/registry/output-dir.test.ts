/**
 * Where the output folder may be (registry/output-dir.ts, pure): each layout
 * and each place it may not be, with the reason naming the path. The disk
 * checks (links, files in the way) are in __tests__/commands/path-safety.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { outputDirProblem } from '../../src/registry/output-dir.js'
import type { Registry } from '../../src/registry/registry.js'

/** A registry at /ws/repo (a checkout in a subfolder of the workspace /ws). */
function registry(root: string, shards: string[] = [], layout?: string): Registry {
  const file = (rel: string) => ({ absPath: `/ws/repo/${rel}`, relPath: rel })
  return {
    repoRoot: '/ws/repo',
    manifest: file('registry.yaml'),
    shards: shards.map(file),
    root,
    stages: [{ name: 'dev' }, { name: 'prod' }],
    archive: { folder: 'archived' },
    benchmark: { folder: 'benchmark', copyOf: 'prod' },
    models: [],
    data: layout ? { layout } : {}
  } as unknown as Registry
}

describe('outputDirProblem', () => {
  // [root, shards, output folder, the reason (undefined: allowed)]
  const cases: Array<[string, string[], string, RegExp | undefined]> = [
    ['.', [], '/ws/repo/.modelgate', undefined],
    ['.', [], '/ws/out', undefined],
    ['models', [], '/ws/repo/models/.results', undefined],
    ['.', [], '/ws', /^output-dir \/ws is not inside the workspace \/ws; /],
    ['.', [], '/elsewhere/out', /^output-dir \/elsewhere\/out is not inside the workspace \/ws; /],
    ['.', [], '/ws/repo', /^output-dir \/ws\/repo holds the repository \/ws\/repo$/],
    [
      '.',
      [],
      '/ws/repo/.git/out',
      /^output-dir \/ws\/repo\/\.git\/out is inside \/ws\/repo\/\.git$/
    ],
    [
      'models',
      [],
      '/ws/repo/models',
      /^output-dir \/ws\/repo\/models is or holds the registry root models$/
    ],
    ['.', ['shards/m.yaml'], '/ws/repo/shards', /holds the manifest shards\/m\.yaml$/],
    ['.', [], '/ws/repo/prod', /overlaps the registry folder prod \(a stage/],
    ['.', [], '/ws/repo/prod/m/1.0.0', /overlaps the registry folder prod /],
    ['.', [], '/ws/repo/archived', /overlaps the registry folder archived /],
    [
      'models',
      [],
      '/ws/repo/models/benchmark/m',
      /overlaps the registry folder models\/benchmark /
    ],
    ['models', [], '/ws/repo/models/dev', /overlaps the registry folder models\/dev /]
  ]
  it.each(cases)('root %s, shards %j: %s', (root, shards, out, reason) => {
    const problem = outputDirProblem(registry(root, shards), out, '/ws')
    if (reason) expect(problem).toMatch(reason)
    else expect(problem).toBeUndefined()
  })
})

describe('outputDirProblem under a layout template', () => {
  // Row 000 of issue #12: the stage is the file name, `resources/prod.keras`.
  const cases: Array<[string, RegExp | undefined]> = [
    ['/ws/repo/resources/.modelgate', undefined],
    ['/ws/repo/resources/artifacts/out', undefined],
    ['/ws/repo/resources/prod.results', /overlaps the registry folder resources\/prod\* \(a stage/],
    ['/ws/repo/resources/archived/out', /overlaps the registry folder resources\/archived\* /]
  ]
  it.each(cases)('layout {stage}{ext}: %s', (out, reason) => {
    const problem = outputDirProblem(registry('resources', [], '{stage}{ext}'), out, '/ws')
    if (reason) expect(problem).toMatch(reason)
    else expect(problem).toBeUndefined()
  })
})
