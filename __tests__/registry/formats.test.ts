/** JSON manifests, Git LFS pointers, nested file names, .gitkeep. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { unlinkSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'
import { cli } from '../helpers/run-cli.js'
import {
  fixture,
  modelBytes,
  sha256,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

describe('manifest formats and file kinds', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('accepts a JSON manifest of the same shape', async () => {
    fx = validRegistry()
    const json = JSON.stringify(load(fx.manifest()), null, 2)
    writeFile(fx.dir, 'models/registry.json', json)
    unlinkSync(fx.manifestPath)
    const run = await cli(['validate', '--manifest', 'models/registry.json'], fx.dir)
    expect(run.stdout).toBe(
      '✔ models/registry.json is valid: 1 model, 4 versions, 10 files verified\n'
    )
  })

  it('locates errors in a JSON manifest', async () => {
    fx = validRegistry()
    const data = load(fx.manifest()) as { models: { clf: { versions: Array<{ stage: string }> } } }
    data.models.clf.versions[2].stage = 'stagin'
    const json = JSON.stringify(data, null, 2)
    writeFile(fx.dir, 'models/registry.json', json)
    unlinkSync(fx.manifestPath)
    const run = await cli(['validate', '--manifest', 'models/registry.json', '--json'], fx.dir)
    const line = json.split('\n').findIndex(l => l.includes('"stagin"')) + 1
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({
        file: 'models/registry.json',
        line,
        message: expect.stringContaining('unknown stage "stagin"')
      })
    ])
  })

  it('reports invalid JSON at its line', async () => {
    fx = validRegistry()
    writeFile(
      fx.dir,
      'models/registry.json',
      '{\n  "apiVersion": "modelgate/v1",\n  "models": {,\n}\n'
    )
    const run = await cli(['validate', '--manifest', 'models/registry.json', '--json'], fx.dir)
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({
        file: 'models/registry.json',
        line: 3,
        message: expect.stringMatching(/^invalid JSON: /)
      })
    ])
  })

  it('checks a Git LFS pointer by the oid it carries, without its content', async () => {
    fx = validRegistry()
    const real = modelBytes('clf', '1.3.0', 'model.bin')
    const pointer = `version https://git-lfs.github.com/spec/v1\noid ${sha256(real).replace('sha256:', 'sha256:')}\nsize ${Buffer.byteLength(real)}\n`
    writeFile(fx.dir, 'models/development/clf/1.3.0/model.bin', pointer)
    const run = await cli(['validate'], fx.dir)
    expect(run.stdout).toBe(
      '✔ models/registry.yaml is valid: 1 model, 4 versions, 10 files verified (1 by Git LFS pointer)\n'
    )
    expect(run.code).toBe(0)
  })

  it('accepts nested file names and .gitkeep files', async () => {
    fx = validRegistry()
    fx.edit(
      '    files: [model.bin, labels.json]',
      '    files: [model.bin, labels.json, saved/variables.data]'
    )
    let text = fx.manifest()
    for (const [v, stage] of [
      ['1.0.0', 'archived'],
      ['1.1.0', 'production'],
      ['1.2.0', 'staging'],
      ['1.3.0', 'development']
    ]) {
      const bytes = `${v} variables`
      writeFile(fx.dir, `models/${stage}/clf/${v}/saved/variables.data`, bytes)
      if (stage === 'production')
        writeFile(fx.dir, `models/benchmark/clf/${v}/saved/variables.data`, bytes)
      text = text.replace(
        `version: "${v}"\n        stage: ${stage}\n        files:\n`,
        `version: "${v}"\n        stage: ${stage}\n        files:\n          saved/variables.data: "${sha256(bytes)}"\n`
      )
    }
    fx.setManifest(text)
    writeFile(fx.dir, 'models/experimental/.gitkeep', '')
    const run = await cli(['validate'], fx.dir)
    expect(run.stderr).toBe('▸ Verifying model files\n')
    expect(run.stdout).toBe(
      '✔ models/registry.yaml is valid: 1 model, 4 versions, 15 files verified\n'
    )
  })

  it('resolves root against the repository root, not the manifest folder', async () => {
    fx = validRegistry()
    const moved = fixture(fx.dir, path.join(fx.dir, 'config/registry.yaml'))
    writeFile(
      fx.dir,
      'config/registry.yaml',
      fx.manifest().replace('apiVersion: modelgate/v1', 'apiVersion: modelgate/v1\nroot: models')
    )
    unlinkSync(fx.manifestPath)
    const run = await cli(['validate', '--manifest', 'config/registry.yaml'], fx.dir)
    expect(run.stdout).toBe(
      '✔ config/registry.yaml is valid: 1 model, 4 versions, 10 files verified\n'
    )
    expect(moved.manifest()).toContain('root: models')
  })
})
