/**
 * How `init` reads paths with layout templates (issue #12, item 4), without a
 * file system: the archive layout derived from `--layout`, the folders to
 * scan, the placement of each path (longest-prefix `{model}_v{version}`,
 * the kept-name rule read as renamed, `model<ext>` where the template does
 * not name the file), and the numbering of the versions of a layout without
 * `{version}` by date and stage order.
 */
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { initLayouts, layoutPlacement, scanFolder } from '../../src/registry/init-layouts.js'
import { takeInventory } from '../../src/registry/init-inventory.js'
import { initManifestYaml, SCHEMA_URL } from '../../src/registry/init-manifest.js'

const d = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`

function layouts(layout?: string, archiveLayout?: string) {
  const result = initLayouts(layout, archiveLayout)
  if (!result.ok) throw new Error(result.errors.join('; '))
  return result.value
}

describe('initLayouts', () => {
  it('gives the archive the layout, or the layout with /{version} after {stage} where it has none', () => {
    const folder = layouts('{stage}/{model}_v{version}')
    expect(folder.archive.source).toBe('{stage}/{model}_v{version}')
    expect([folder.layoutKey, folder.archiveLayoutKey]).toEqual([
      '{stage}/{model}_v{version}',
      undefined
    ])
    const file = layouts('{stage}{ext}')
    expect(file.archive.source).toBe('{stage}/{version}{ext}')
    expect(file.archiveLayoutKey).toBe('{stage}/{version}{ext}')
    const given = layouts('{stage}/{model}_v{version}', '{stage}/{model}/{name}_v{version}{ext}')
    expect(given.archiveLayoutKey).toBe('{stage}/{model}/{name}_v{version}{ext}')
    // The default is not written.
    expect(layouts().layoutKey).toBeUndefined()
    expect(layouts('{stage}/{model}/{version}').layoutKey).toBeUndefined()
  })

  it('names what is wrong with a template, and which option it is', () => {
    expect(initLayouts('{model}/{version}')).toEqual({
      ok: false,
      errors: [expect.stringContaining('--layout "{model}/{version}" has no {stage}')]
    })
    expect(initLayouts(undefined, '{stage}/{modle}')).toEqual({
      ok: false,
      errors: [expect.stringContaining('--archive-layout "{stage}/{modle}"')]
    })
  })
})

describe('scanFolder', () => {
  it("is the stage's own folder where {stage} is a whole folder, else the folder its files share", () => {
    const t = layouts('{stage}{ext}')
    expect(scanFolder(t.stages, 'staging')).toEqual({ dir: '.', own: false })
    expect(scanFolder(t.archive, 'archived')).toEqual({ dir: 'archived', own: true })
    const n = layouts('{stage}/{model}/{name}_v{version}{ext}')
    expect(scanFolder(n.stages, 'archived')).toEqual({ dir: 'archived', own: true })
    const nested = layouts('envs/{stage}-models/{model}/{version}')
    expect(scanFolder(nested.stages, 'prod')).toEqual({ dir: 'envs/prod-models', own: true })
  })
})

describe('layoutPlacement', () => {
  it('splits {model}_v{version} at the longest model name that leaves a version', () => {
    const place = layoutPlacement({
      layouts: layouts('{stage}/{model}_v{version}'),
      stages: ['staging', 'production'],
      archive: 'archived',
      versioning: 'semver'
    })
    expect(place('staging/sentiment_v2_v1.2.3/model.pt')).toEqual({
      folder: 'staging',
      model: 'sentiment_v2',
      version: '1.2.3',
      file: 'model.pt'
    })
    // Not a version: placed all the same, so that init names it instead of ignoring it.
    expect(place('staging/churn_v1.1/model.pkl')).toMatchObject({ model: 'churn', version: '1.1' })
    expect(place('staging/README.md')).toBeUndefined()
    expect(place('experiments/a_v1.0.0/m.pkl')).toBeUndefined()
  })

  it('reads a flat archive under the kept-name rule as renamed files', () => {
    const place = layoutPlacement({
      layouts: layouts('{stage}/{model}_v{version}', '{stage}/{model}/{name}_v{version}{ext}'),
      stages: ['staging'],
      archive: 'archived',
      versioning: 'ordered'
    })
    expect(place('archived/overdue/metadata_v0.9.2.json')).toEqual({
      folder: 'archived',
      model: 'overdue',
      version: '0.9.2',
      file: 'metadata.json'
    })
    expect(place('archived/overdue/overdue_model_v0.9.2.pkl')).toMatchObject({
      file: 'overdue_model.pkl'
    })
  })

  it('names the file model<ext> and the model by --model where the template says neither', () => {
    const place = layoutPlacement({
      layouts: layouts('{stage}{ext}'),
      stages: ['staging', 'production'],
      archive: 'archived',
      benchmark: 'benchmark',
      versioning: 'semver',
      model: 'kw'
    })
    expect(place('staging.keras')).toEqual({ folder: 'staging', model: 'kw', file: 'model.keras' })
    expect(place('benchmark.keras')).toEqual({
      folder: 'benchmark',
      model: 'kw',
      file: 'model.keras'
    })
    expect(place('archived/0.1.0.keras')).toEqual({
      folder: 'archived',
      model: 'kw',
      version: '0.1.0',
      file: 'model.keras'
    })
    expect(place('artifacts/sample.pkl')).toBeUndefined()
  })
})

describe('takeInventory with a layout without {version}', () => {
  const place = (versioning: 'semver' | 'ordered') =>
    layoutPlacement({
      layouts: layouts('{stage}{ext}'),
      stages: ['dev', 'staging', 'prod'],
      archive: 'archived',
      benchmark: 'benchmark',
      versioning,
      model: 'kw'
    })
  const dates: Record<string, string> = {
    'dev.keras': '2026-03-01T00:00:00Z',
    'staging.keras': '2026-01-01T00:00:00Z',
    'prod.keras': '2026-01-01T00:00:00Z'
  }

  it('numbers each file a version by its date, oldest first, the later stage older on a tie', () => {
    const inv = takeInventory(
      [
        { rel: 'dev.keras', digest: d(1) },
        { rel: 'staging.keras', digest: d(2) },
        { rel: 'prod.keras', digest: d(3) },
        { rel: 'benchmark.keras', digest: d(3) },
        { rel: 'archived/0.1.0.keras', digest: d(4) }
      ],
      {
        stages: ['dev', 'staging', 'prod'],
        archive: 'archived',
        benchmark: 'benchmark',
        place: place('semver'),
        dateOf: rel => dates[rel]
      }
    )
    expect(inv.problems).toEqual([])
    // 0.1.0 is taken by the archived version: numbering skips it.
    expect(inv.models[0].versions.map(v => [v.version, v.stage])).toEqual([
      ['0.4.0', 'dev'],
      ['0.3.0', 'staging'],
      ['0.2.0', 'prod'],
      ['0.1.0', 'archived']
    ])
    expect(inv.models[0].files).toEqual(['model.keras'])
    // benchmark.keras holds prod's bytes: the copy of 0.2.0.
    expect(inv.benchmarkCopies).toEqual(['kw'])
  })

  it('names them v1, v2, … under ordered, and refuses two files of one model in one stage', () => {
    const inv = takeInventory(
      [
        { rel: 'dev.keras', digest: d(1) },
        { rel: 'prod.keras', digest: d(3) }
      ],
      {
        stages: ['dev', 'staging', 'prod'],
        archive: 'archived',
        versioning: 'ordered',
        place: place('ordered'),
        dateOf: rel => dates[rel]
      }
    )
    expect(inv.numbered.map(n => [n.version, n.path])).toEqual([
      ['v1', 'prod.keras'],
      ['v2', 'dev.keras']
    ])
    const two = takeInventory(
      [
        { rel: 'dev.keras', digest: d(1) },
        { rel: 'dev.h5', digest: d(2) }
      ],
      { stages: ['dev'], archive: 'archived', place: place('semver') }
    )
    expect(two.problems).toEqual([
      {
        path: 'dev.h5',
        message:
          'and dev.keras are all kw in dev, whose layout has no {version} and so holds one version: remove or rename all but one'
      }
    ])
  })
})

describe('takeInventory under versioning ordered', () => {
  it('takes any version name, and refuses one that is a stage or folder name', () => {
    const inv = takeInventory(
      [
        { rel: 'raw/v5_5_20251124_103epochs/checkpoints/best.pt', digest: d(1) },
        { rel: 'raw/benchmark/model.pt', digest: d(2) },
        { rel: 'raw/README.md', digest: d(3) }
      ],
      {
        stages: ['raw', 'prod'],
        archive: 'archived',
        benchmark: 'benchmark',
        versioning: 'ordered',
        place: layoutPlacement({
          layouts: layouts('{stage}/{version}'),
          stages: ['raw', 'prod'],
          archive: 'archived',
          benchmark: 'benchmark',
          versioning: 'ordered',
          model: 'vae'
        })
      }
    )
    expect(inv.models[0].versions.map(v => [v.version, Object.keys(v.files)])).toEqual([
      ['v5_5_20251124_103epochs', ['checkpoints/best.pt']]
    ])
    expect(inv.ignored).toEqual(['raw/README.md'])
    expect(inv.problems).toEqual([
      {
        path: 'raw/benchmark/',
        message:
          'version "benchmark" is also a stage or folder name, which no version may have: rename it'
      }
    ])
  })
})

describe('initManifestYaml with templates', () => {
  it('writes layout, versioning, the archive layout, and per-version files without model files', () => {
    const text = initManifestYaml({
      schemaUrl: SCHEMA_URL,
      root: 'artifacts',
      rootLabel: 'artifacts',
      stages: ['raw', 'prod'],
      lastStageCapacity: true,
      benchmark: false,
      archive: 'archived',
      layout: '{stage}/{version}',
      archiveLayout: '{stage}/old/{version}',
      versioning: 'ordered',
      ignore: [],
      models: [
        {
          name: 'vae',
          versions: [
            {
              version: 's2',
              stage: 'raw',
              files: { 'e20.pt': d(1) },
              createdAt: '2026-01-02T00:00:00Z'
            },
            {
              version: 's1',
              stage: 'prod',
              files: { 'e10.pt': d(2) },
              createdAt: '2026-01-01T00:00:00Z'
            }
          ]
        }
      ]
    })
    const m = parse(text)
    expect(m).toMatchObject({
      layout: '{stage}/{version}',
      versioning: 'ordered',
      archive: { folder: 'archived', layout: '{stage}/old/{version}' }
    })
    expect(m.models.vae.files).toBeUndefined()
    expect(m.models.vae.versions[0].files).toEqual({ 'e20.pt': d(1) })
    expect(text).toContain('#   artifacts/{stage}/{version}   a version in a stage')
  })
})
