/**
 * The default layout `{stage}/{model}/{version}` means exactly today's
 * folder convention: on real registries (the test fixture, with its root
 * written three ways, and the three bundled examples) every version's
 * folder and files render where `versionDir` and `benchmarkDir` put them,
 * and every model file on disk reads back as its version.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { joinRel } from '../../../src/registry/paths.js'
import { loadRegistry } from '../../../src/registry/load.js'
import { benchmarkDir, benchmarkSource, versionDir } from '../../../src/registry/layout.js'
import type { Registry } from '../../../src/registry/registry.js'
import { compileLayouts } from '../../../src/registry/layout-template/match.js'
import { renderFolder, renderPath } from '../../../src/registry/layout-template/render.js'
import { DEFAULT_LAYOUT } from '../../../src/registry/layout-template/template.js'
import { isSemVer } from '../../../src/registry/semver.js'
import { exampleRepo } from '../../helpers/examples.js'
import { snapshot, validRegistry, type Fixture } from '../../helpers/registry-fixture.js'
import { template } from './team-layouts.js'

const fixtures: Fixture[] = []
afterAll(() => fixtures.forEach(f => f.cleanup()))

async function load(fx: Fixture): Promise<Registry> {
  fixtures.push(fx)
  const result = await loadRegistry({ manifestPath: fx.manifestPath })
  expect(result.diagnostics).toEqual([])
  return result.registry!
}

const registries: Array<[string, () => Promise<Registry>]> = [
  ['the test fixture', () => load(validRegistry())],
  [
    'the test fixture with root: models',
    () => {
      const fx = validRegistry()
      fx.edit('apiVersion: modelgate/v1', 'apiVersion: modelgate/v1\nroot: models')
      return load(fx)
    }
  ],
  [
    'the test fixture with root: ./models/',
    () => {
      const fx = validRegistry()
      fx.edit('apiVersion: modelgate/v1', 'apiVersion: modelgate/v1\nroot: ./models/')
      return load(fx)
    }
  ],
  ['examples/sklearn-classifier', () => load(exampleRepo('sklearn-classifier'))],
  ['examples/raw-validated', () => load(exampleRepo('raw-validated'))],
  ['examples/sharded', () => load(exampleRepo('sharded'))]
]

describe.each(registries)('the default layout on %s', (_name, loadIt) => {
  const layout = template(DEFAULT_LAYOUT)

  it('renders every version and benchmark copy where the folder convention puts them', async () => {
    const reg = await loadIt()
    let files = 0
    for (const model of reg.models) {
      for (const v of model.spec.versions) {
        const values = { stage: v.stage, model: model.name, version: v.version }
        expect(renderFolder(layout, reg.root, values)).toBe(versionDir(reg, model.name, v))
        for (const file of Object.keys(v.files)) {
          expect(renderPath(layout, reg.root, { ...values, file })).toBe(
            `${versionDir(reg, model.name, v)}/${file}`
          )
          files++
        }
      }
      const prod = benchmarkSource(reg, model)
      if (prod && reg.benchmark) {
        const values = { stage: reg.benchmark.folder, model: model.name, version: prod.version }
        expect(renderFolder(layout, reg.root, values)).toBe(
          benchmarkDir(reg, model.name, prod.version)
        )
      }
    }
    expect(files).toBeGreaterThan(0)
  })

  it('reads every model file on disk back as its version', async () => {
    const reg = await loadIt()
    const folders = [...reg.stages.map(s => s.name), reg.archive.folder]
    if (reg.benchmark) folders.push(reg.benchmark.folder)
    const matcher = compileLayouts(reg.root, [
      { template: layout, stages: folders, isVersion: isSemVer, tag: undefined }
    ])
    const onDisk = Object.keys(snapshot(reg.repoRoot))
    let placed = 0
    for (const model of reg.models) {
      for (const v of model.spec.versions) {
        for (const file of Object.keys(v.files)) {
          const at = `${versionDir(reg, model.name, v)}/${file}`
          expect(onDisk).toContain(at)
          expect(matcher.match(at)).toMatchObject({
            stage: v.stage,
            model: model.name,
            version: v.version,
            files: [file]
          })
          placed++
        }
      }
    }
    expect(placed).toBeGreaterThan(0)
    // A valid registry has no stray files: whatever sits under a stage folder is placed.
    const underFolders = onDisk.filter(at =>
      folders.some(f => at.startsWith(joinRel(reg.root, f) + '/'))
    )
    expect(underFolders.filter(at => !matcher.match(at))).toEqual([])
    // The manifest is not a model file.
    expect(matcher.match(reg.manifest.relPath)).toBeUndefined()
  })
})
