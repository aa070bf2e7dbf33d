/**
 * plan's selection, pure: head registry loaded from text, base model entries
 * and changed paths given as git would report them.
 */
import { describe, expect, it } from '@jest/globals'
import { selectVersions, type BaseSnapshot } from '../../src/registry/changed-versions.js'
import type { Registry } from '../../src/registry/registry.js'
import type { ModelSpec } from '../../src/registry/types.js'
import { registryFromTexts } from '../helpers/registry-text.js'

const D = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`

function manifest(opts: { min?: number; digest130?: number; extraVersion?: boolean } = {}) {
  const version = (v: string, stage: string, digest: number, extra = '') =>
    `      - { version: "${v}", stage: ${stage}, files: { model.bin: "${D(digest)}" }${extra} }`
  return [
    'apiVersion: modelgate/v1',
    'models:',
    '  clf:',
    '    files: [model.bin]',
    `    metrics: { accuracy: { goal: maximize, min: ${opts.min ?? 0.8} } }`,
    '    versions:',
    version(
      '1.0.0',
      'archived',
      1,
      ', retired: { at: "2026-01-01T00:00:00Z", reason: replaced, replacedBy: "1.1.0" }'
    ),
    version('1.1.0', 'production', 2),
    version('1.2.0', 'staging', 3),
    version('1.3.0', 'development', opts.digest130 ?? 4),
    ...(opts.extraVersion ? [version('1.4.0', 'development', 5)] : []),
    '  reg:',
    '    files: [model.bin]',
    '    versions:',
    version('2.0.0', 'development', 6),
    ''
  ].join('\n')
}

async function registry(text: string): Promise<Registry> {
  return registryFromTexts({ 'models/registry.yaml': text })
}

async function baseOf(text: string, changedPaths: string[] = []): Promise<BaseSnapshot> {
  const reg = await registry(text)
  return { models: new Map<string, ModelSpec>(reg.models.map(m => [m.name, m.spec])), changedPaths }
}

const ids = (list: Array<{ model: string; version: string; reason: string }>) =>
  list.map(e => `${e.model}@${e.version}:${e.reason}`)

describe('selectVersions', () => {
  it('without a base: every version not archived, and the benchmark of models with a candidate', async () => {
    expect(ids(selectVersions(await registry(manifest())))).toEqual([
      'clf@1.1.0:all',
      'clf@1.2.0:all',
      'clf@1.3.0:all',
      'clf@benchmark:benchmark',
      // reg has no production version, so no benchmark copy
      'reg@2.0.0:all'
    ])
  })

  it('nothing changed: nothing selected', async () => {
    const text = manifest()
    expect(selectVersions(await registry(text), await baseOf(text, ['README.md']))).toEqual([])
  })

  it('a file changed under a version folder selects that version and the benchmark', async () => {
    const text = manifest()
    const base = await baseOf(text, ['models/development/clf/1.3.0/model.bin'])
    expect(ids(selectVersions(await registry(text), base))).toEqual([
      'clf@1.3.0:files',
      'clf@benchmark:benchmark'
    ])
  })

  it('a changed digest in the manifest selects the version', async () => {
    const head = await registry(manifest({ digest130: 9 }))
    expect(ids(selectVersions(head, await baseOf(manifest())))).toEqual([
      'clf@1.3.0:files',
      'clf@benchmark:benchmark'
    ])
  })

  it('a new version is selected', async () => {
    const head = await registry(manifest({ extraVersion: true }))
    expect(ids(selectVersions(head, await baseOf(manifest())))).toEqual([
      'clf@1.4.0:new',
      'clf@benchmark:benchmark'
    ])
  })

  it('a policy change selects every live version of that model only', async () => {
    const head = await registry(manifest({ min: 0.85 }))
    expect(ids(selectVersions(head, await baseOf(manifest())))).toEqual([
      'clf@1.1.0:policy',
      'clf@1.2.0:policy',
      'clf@1.3.0:policy',
      'clf@benchmark:benchmark'
    ])
  })

  describe('a file the evaluation reads changed: every live version of the models that read it', () => {
    /** manifest() with an `evaluate` for clf that reads `evaluate.py`, `lib/`, `conf/*.yaml` and test data. */
    const evaluating = manifest().replace(
      '    files: [model.bin]\n    metrics:',
      [
        '    files: [model.bin]',
        '    evaluate:',
        '      run: "python evaluate.py --model {model_dir} --out {output_dir}"',
        '      data: [data/test.csv]',
        '      inputs: [./evaluate.py, lib/, "conf/*.yaml"]',
        '    metrics:'
      ].join('\n')
    )
    const selected = async (...changedPaths: string[]) =>
      ids(selectVersions(await registry(evaluating), await baseOf(evaluating, changedPaths)))
    const all = [
      'clf@1.1.0:inputs',
      'clf@1.2.0:inputs',
      'clf@1.3.0:inputs',
      'clf@benchmark:benchmark'
    ]

    it('its code, a file below a folder it names, a glob match, its data', async () => {
      expect(evaluating).toContain('inputs: [./evaluate.py') // as git names it: evaluate.py
      expect(await selected('evaluate.py')).toEqual(all)
      expect(await selected('lib/metrics/auc.py')).toEqual(all)
      expect(await selected('conf/thresholds.yaml')).toEqual(all)
      expect(await selected('data/test.csv')).toEqual(all)
    })

    it('not a file it does not read, nor one only the glob resembles', async () => {
      expect(
        await selected('train.py', 'library/x.py', 'conf/deep/x.yaml', 'data/train.csv')
      ).toEqual([])
    })

    it('a policy change as well: reported as the policy change', async () => {
      const stricter = evaluating.replace('min: 0.8', 'min: 0.85')
      const head = await registry(stricter)
      expect(ids(selectVersions(head, await baseOf(evaluating, ['evaluate.py'])))).toEqual(
        all.map(e => e.replace(':inputs', ':policy'))
      )
    })
  })

  it('a model the base does not have is new in all its versions', async () => {
    const text = manifest()
    const base = await baseOf(text)
    const models = new Map(base.models)
    models.delete('reg')
    expect(ids(selectVersions(await registry(text), { ...base, models }))).toEqual([
      'reg@2.0.0:new'
    ])
  })

  it('only the production version changed: no benchmark entry (it would compare with itself)', async () => {
    const text = manifest()
    const base = await baseOf(text, ['models/production/clf/1.1.0/model.bin'])
    expect(ids(selectVersions(await registry(text), base))).toEqual(['clf@1.1.0:files'])
  })

  it('an archived version is never selected, even when its files changed', async () => {
    const text = manifest()
    const base = await baseOf(text, ['models/archived/clf/1.0.0/model.bin'])
    expect(selectVersions(await registry(text), base)).toEqual([])
  })

  describe('under layout templates', () => {
    // Row 000 of issue #12: the stage is the file name, so every version shares `resources/`.
    const fileLayout = (extra = '') =>
      [
        'apiVersion: modelgate/v1',
        'root: resources',
        'layout: "{stage}{ext}"',
        'archive: { folder: archived, layout: "{stage}/{version}{ext}" }',
        'models:',
        '  kw:',
        '    versions:',
        `      - { version: "0.3.0", stage: production, files: { model.keras: "${D(1)}" } }`,
        `      - { version: "0.4.0", stage: staging, files: { model.keras: "${D(2)}" } }`,
        `      - { version: "0.5.0", stage: development, files: { model.keras: "${D(3)}" } }`,
        extra,
        ''
      ].join('\n')

    it('a changed file selects the version it is, not every version of the shared folder', async () => {
      const text = fileLayout()
      const base = await baseOf(text, ['resources/staging.keras'])
      expect(ids(selectVersions(await registry(text), base))).toEqual([
        'kw@0.4.0:files',
        'kw@benchmark:benchmark'
      ])
    })

    it('a file beside them that is no version file selects nothing', async () => {
      const text = fileLayout()
      const base = await baseOf(text, ['resources/README.md', 'resources/artifacts/x.pkl'])
      expect(selectVersions(await registry(text), base)).toEqual([])
    })

    it("a folder layout: any change in the version's own folder selects it", async () => {
      const text = [
        'apiVersion: modelgate/v1',
        'root: model_registry',
        'layout: "{stage}/{model}_v{version}"',
        'models:',
        '  sentiment_classifier:',
        '    versions:',
        `      - { version: "1.3.0", stage: staging, files: { model.pt: "${D(1)}" } }`,
        `      - { version: "1.2.0", stage: development, files: { model.pt: "${D(2)}" } }`,
        ''
      ].join('\n')
      const base = await baseOf(text, [
        'model_registry/staging/sentiment_classifier_v1.3.0/config.json'
      ])
      expect(ids(selectVersions(await registry(text), base))).toEqual([
        'sentiment_classifier@1.3.0:files'
      ])
    })
  })
})
