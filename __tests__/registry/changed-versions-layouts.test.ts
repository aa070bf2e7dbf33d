/**
 * plan's selection under layout templates (issue #12): a version is
 * re-evaluated when git changed one of its files, wherever the layout puts
 * them — not every version whose files share a folder with the changed one
 * (`{stage}{ext}` puts every stage's file in `root`).
 */
import { describe, expect, it } from '@jest/globals'
import { selectVersions, type BaseSnapshot } from '../../src/registry/changed-versions.js'
import type { ModelSpec } from '../../src/registry/types.js'
import { registryFromTexts } from '../helpers/registry-text.js'

const D = (n: number) => `sha256:${String(n).repeat(64)}`

const FILE_LAYOUT = [
  'apiVersion: modelgate/v1',
  'root: resources',
  'layout: "{stage}{ext}"',
  'archive: { folder: archived, layout: "{stage}/{version}{ext}" }',
  'models:',
  '  kc:',
  '    files: [model.keras]',
  '    versions:',
  '      - { version: 0.1.0, stage: archived, files: { model.keras: "' + D(1) + '" } }',
  '      - { version: 0.2.0, stage: production, files: { model.keras: "' + D(2) + '" } }',
  '      - { version: 0.3.0, stage: staging, files: { model.keras: "' + D(3) + '" } }',
  '      - { version: 0.4.0, stage: development, files: { model.keras: "' + D(4) + '" } }',
  ''
].join('\n')

const FOLDER_LAYOUT = [
  'apiVersion: modelgate/v1',
  'root: model_registry',
  'layout: "{stage}/{model}_v{version}"',
  'models:',
  '  sc:',
  '    versions:',
  '      - { version: 1.2.0, stage: production, files: { model.pt: "' + D(5) + '" } }',
  '      - { version: 1.3.0, stage: staging, files: { model.pt: "' + D(6) + '" } }',
  ''
].join('\n')

async function select(text: string, changedPaths: string[]) {
  const reg = await registryFromTexts({ 'modelgate.yaml': text }, 'modelgate.yaml')
  const base: BaseSnapshot = {
    models: new Map<string, ModelSpec>(reg.models.map(m => [m.name, m.spec])),
    changedPaths
  }
  return selectVersions(reg, base).map(e => `${e.model}@${e.version}:${e.reason}`)
}

describe('selectVersions under layout templates', () => {
  it('a file layout: only the version whose file changed (and the benchmark copy it is compared with)', async () => {
    expect(await select(FILE_LAYOUT, ['resources/staging.keras'])).toEqual([
      'kc@0.3.0:files',
      'kc@benchmark:benchmark'
    ])
  })

  it('a file layout: a changed file beside the models selects nothing', async () => {
    expect(await select(FILE_LAYOUT, ['resources/README.md', 'resources/notes/a.md'])).toEqual([])
  })

  it('a folder layout: anything changed under the version’s folder selects it', async () => {
    expect(
      await select(FOLDER_LAYOUT, ['model_registry/staging/sc_v1.3.0/extra/notes.txt'])
    ).toEqual(['sc@1.3.0:files', 'sc@benchmark:benchmark'])
    expect(await select(FOLDER_LAYOUT, ['model_registry/staging/README.md'])).toEqual([])
  })
})
