/**
 * What `init` finds (takeInventory) and the YAML it writes (initManifestYaml),
 * without a file system: the folder convention's placement, every problem
 * that would make the manifest invalid, and text that reads back as written.
 */
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { takeInventory, type ScannedFile } from '../../src/registry/init-inventory.js'
import { initLayouts, layoutPlacement } from '../../src/registry/init-layouts.js'
import { initManifestYaml, SCHEMA_URL } from '../../src/registry/init-manifest.js'

const STAGES = ['dev', 'prod']

/** Where init places a file under the default layout (the folder convention of SPEC §2). */
function folderConvention(stages: readonly string[], archive = 'archived', benchmark?: string) {
  const layouts = initLayouts()
  if (!layouts.ok) throw new Error(layouts.errors.join('; '))
  return layoutPlacement({
    layouts: layouts.value,
    stages,
    archive,
    benchmark,
    versioning: 'semver'
  })
}
const d = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`

function inventory(files: Array<[string, number] | ScannedFile>, benchmark?: string) {
  const scanned = files.map(f => (Array.isArray(f) ? { rel: f[0], digest: d(f[1]) } : f))
  return takeInventory(scanned, {
    stages: STAGES,
    archive: 'archived',
    benchmark,
    place: folderConvention(STAGES, 'archived', benchmark),
    shown: rel => `models/${rel}`
  })
}

describe('the folder convention', () => {
  it('places <folder>/<model>/<version>/<file>, nested files included, and nothing shallower', () => {
    const place = folderConvention(['dev'])
    expect(place('dev/clf/1.0.0/weights/part-1.bin')).toEqual({
      folder: 'dev',
      model: 'clf',
      version: '1.0.0',
      file: 'weights/part-1.bin'
    })
    expect(place('dev/clf/1.0.0')).toBeUndefined()
    expect(place('dev/README.md')).toBeUndefined()
    expect(place('other/clf/1.0.0/m.bin')).toBeUndefined()
  })
})

describe('takeInventory', () => {
  it('groups versions by model, highest first, with the files every version holds', () => {
    const inv = inventory([
      ['dev/clf/1.10.0/m.bin', 1],
      ['dev/clf/1.10.0/card.json', 2],
      ['prod/clf/1.9.0/m.bin', 3],
      ['prod/clf/1.9.0/card.json', 4],
      ['archived/clf/v1.2.0/m.bin', 5],
      ['archived/clf/v1.2.0/card.json', 6]
    ])
    expect(inv.problems).toEqual([])
    expect(inv.models).toHaveLength(1)
    expect(inv.models[0].files).toEqual(['card.json', 'm.bin'])
    expect(inv.models[0].versions.map(v => [v.version, v.stage])).toEqual([
      ['1.10.0', 'dev'],
      ['1.9.0', 'prod'],
      ['v1.2.0', 'archived']
    ])
  })

  it('names each problem once, at its path', () => {
    const inv = inventory([
      ['dev/notes.txt', 1],
      ['dev/Clf/1.0.0/m.bin', 1],
      ['dev/Clf/1.0.0/n.bin', 1],
      ['dev/clf/1.0/m.bin', 1],
      ['dev/clf/1.1.0/m.bin', 1],
      ['prod/clf/v1.1.0/m.bin', 1],
      { rel: 'prod/clf/2.0.0/m.bin', problem: 'a symbolic link: git would commit the link' }
    ])
    expect(inv.problems).toEqual([
      { path: 'dev/Clf/1.0.0/', message: expect.stringContaining('"Clf" is not a model name') },
      {
        path: 'dev/clf/1.0/',
        message: expect.stringContaining('version "1.0" is not SemVer: rename it 1.0.0')
      },
      { path: 'prod/clf/2.0.0/m.bin', message: 'a symbolic link: git would commit the link' },
      {
        path: 'prod/clf/v1.1.0/',
        message:
          'clf v1.1.0 is also at models/dev/clf/1.1.0/; a version lives in one stage: keep one of them'
      }
    ])
    // A file no version holds is not a problem: the manifest's ignore: names it.
    expect(inv.ignored).toEqual(['dev/notes.txt'])
  })

  it('accepts a benchmark copy of the highest version in the last stage, byte for byte', () => {
    const files: Array<[string, number]> = [
      ['prod/clf/1.1.0/m.bin', 1],
      ['prod/clf/1.0.0/m.bin', 2],
      ['benchmark/clf/1.1.0/m.bin', 1]
    ]
    expect(inventory(files, 'benchmark')).toMatchObject({ benchmarkCopies: ['clf'], problems: [] })
    const stale = inventory([...files.slice(0, 2), ['benchmark/clf/1.0.0/m.bin', 2]], 'benchmark')
    expect(stale.problems.map(p => [p.path, p.message])).toEqual([
      [
        'benchmark/clf/1.0.0/',
        'is a stale benchmark copy: clf has 1.1.0 in prod; copy models/prod/clf/1.1.0/ to models/benchmark/clf/1.1.0/ instead'
      ]
    ])
    const other = inventory([...files.slice(0, 2), ['benchmark/clf/1.1.0/m.bin', 9]], 'benchmark')
    expect(other.problems[0].message).toBe(
      'is not a copy of models/prod/clf/1.1.0/: m.bin differs; copy the version again'
    )
    const none = inventory(files.slice(0, 2), 'benchmark')
    expect(none.problems[0]).toEqual({
      path: 'prod/clf/1.1.0/',
      message:
        'clf 1.1.0 in prod has no benchmark copy: copy this folder to models/benchmark/clf/1.1.0/, or run init with --benchmark false'
    })
  })
})

describe('initManifestYaml', () => {
  it('reads back as written: names YAML would turn into other values stay strings', () => {
    const text = initManifestYaml({
      schemaUrl: SCHEMA_URL,
      root: 'ml/models',
      rootLabel: 'ml/models',
      ignore: ['prod/READ ME [draft].md'],
      stages: ['null', 'on', 'prod'],
      lastStageCapacity: false,
      benchmark: false,
      benchmarkNote: 'No benchmark folder.',
      archive: 'archived',
      models: [
        {
          name: '1.5',
          files: ['no', 'a b.bin'],
          versions: [
            {
              version: '1.10.0',
              stage: 'null',
              files: { no: d(1), 'a b.bin': d(2) },
              createdAt: '2026-01-10T06:00:00Z'
            },
            {
              version: '1.2.0',
              stage: 'archived',
              files: { no: d(3), 'a b.bin': d(4) },
              retired: { at: '2026-01-01T00:00:00Z', reason: 'retired' }
            }
          ]
        }
      ]
    })
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`)
    expect(text).toContain('# No capacity on prod')
    expect(text).toContain('# No benchmark folder.\nbenchmark: false')
    expect(parse(text)).toEqual({
      apiVersion: 'modelgate/v1',
      root: 'ml/models',
      stages: [{ name: 'null' }, { name: 'on' }, { name: 'prod' }],
      benchmark: false,
      archive: { folder: 'archived' },
      ignore: ['prod/READ ME [draft].md'],
      models: {
        '1.5': {
          files: ['no', 'a b.bin'],
          versions: [
            {
              version: '1.10.0',
              stage: 'null',
              files: { no: d(1), 'a b.bin': d(2) },
              createdAt: '2026-01-10T06:00:00Z'
            },
            {
              version: '1.2.0',
              stage: 'archived',
              files: { no: d(3), 'a b.bin': d(4) },
              retired: { at: '2026-01-01T00:00:00Z', reason: 'retired' }
            }
          ]
        }
      }
    })
  })

  it('names the schema the examples name', async () => {
    const { readFileSync } = await import('node:fs')
    const example = readFileSync('examples/sklearn-classifier/models/registry.yaml', 'utf8')
    expect(example.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`)
  })
})
