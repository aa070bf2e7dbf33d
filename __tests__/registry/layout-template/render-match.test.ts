/**
 * Rendering and matching beyond the team rows: the placeholders one by one,
 * file names that carry {model} and {version}, the kept-name rule, the
 * ambiguous `{model}_v{version}` split, and render → match round trips.
 */
import { describe, expect, it } from '@jest/globals'
import { compileLayouts, type LayoutEntry } from '../../../src/registry/layout-template/match.js'
import {
  expandFileName,
  renderFolder,
  renderPath,
  splitFileName
} from '../../../src/registry/layout-template/render.js'
import { isOrderedVersion } from '../../../src/registry/layout-template/version-rules.js'
import { isSemVer } from '../../../src/registry/semver.js'
import { template } from './team-layouts.js'

const entry = (
  source: string,
  stages: string[],
  isVersion: (v: string) => boolean = isSemVer,
  models?: string[]
): LayoutEntry => ({ template: template(source), stages, isVersion, models, tag: undefined })

describe('rendering', () => {
  const values = {
    stage: 'production',
    model: 'clf',
    version: '1.2.0',
    file: 'weights/model.tar.gz'
  }

  it.each([
    ['{stage}/{model}/{version}', 'models/production/clf/1.2.0/weights/model.tar.gz'],
    ['{stage}/{model}/{file}', 'models/production/clf/weights/model.tar.gz'],
    ['{stage}/{model}-{version}', 'models/production/clf-1.2.0/weights/model.tar.gz'],
    ['{stage}/{model}/{name}_v{version}{ext}', 'models/production/clf/weights/model.tar_v1.2.0.gz'],
    ['{stage}{ext}', 'models/production.gz'],
    ['{stage}/{model}/{name}', 'models/production/clf/weights/model.tar'],
    ['{stage}/{model}/{version}/{model}{ext}', 'models/production/clf/1.2.0/clf.gz']
  ])('%s renders %s', (source, expected) => {
    expect(renderPath(template(source), 'models', values)).toBe(expected)
  })

  it('normalises root as the folder convention does', () => {
    const t = template('{stage}/{model}/{version}')
    const v = { stage: 's', model: 'm', version: '1.0.0', file: 'f.bin' }
    expect(renderPath(t, '', v)).toBe('s/m/1.0.0/f.bin')
    expect(renderPath(t, '.', v)).toBe('s/m/1.0.0/f.bin')
    expect(renderPath(t, './models/', v)).toBe('models/s/m/1.0.0/f.bin')
    expect(renderFolder(t, './models/', v)).toBe('models/s/m/1.0.0')
  })

  it('fills {model} and {version} in a file name from files', () => {
    expect(expandFileName('{model}_v{version}.pkl', 'churn', '1.1')).toBe('churn_v1.1.pkl')
    const t = template('{stage}/{model}/{version}')
    expect(
      renderPath(t, 'models', {
        stage: 'staging',
        model: 'churn',
        version: '1.1',
        file: '{model}_model_v{version}.pkl'
      })
    ).toBe('models/staging/churn/1.1/churn_model_v1.1.pkl')
  })

  it.each([
    ['model.keras', 'model', '.keras'],
    ['model.tar.gz', 'model.tar', '.gz'],
    ['model', 'model', ''],
    ['.env', '.env', ''],
    ['saved/variables.index', 'saved/variables', '.index'],
    ['v1.2/model', 'v1.2/model', '']
  ])('splits %s into {name} %s and {ext} %s', (file, name, ext) => {
    expect(splitFileName(file)).toEqual({ name, ext })
  })

  describe('the kept-name rule of {name}<text>{version}', () => {
    const archive = template('{stage}/{model}/{name}_v{version}{ext}')
    const at = (file: string, version: string) =>
      renderPath(archive, '', { stage: 'archived', model: 'm', version, file })

    it.each([
      ['metadata.json', '0.9.2', 'archived/m/metadata_v0.9.2.json'],
      [
        'overdue_prediction_model_v0.9.2.pkl',
        '0.9.2',
        'archived/m/overdue_prediction_model_v0.9.2.pkl'
      ],
      // The whole version as written: v1.1.0 is not version 1.1.
      [
        'churn_prediction_model_v1.1.0.pkl',
        '1.1',
        'archived/m/churn_prediction_model_v1.1.0_v1.1.pkl'
      ],
      // Another version's suffix is not this one's.
      ['metadata_v0.8.1.json', '0.9.2', 'archived/m/metadata_v0.8.1_v0.9.2.json'],
      ['model', '2.0.0', 'archived/m/model_v2.0.0'],
      // Without an extension of its own, the version's last ".0" is the extension.
      ['model_v2.0.0', '2.0.0', 'archived/m/model_v2.0_v2.0.0.0'],
      ['{model}_v{version}.bin', '3.0.0', 'archived/m/m_v3.0.0.bin']
    ])('%s of version %s is at %s', (file, version, expected) => {
      expect(at(file, version)).toBe(expected)
    })

    it('needs text between {name} and {version}', () => {
      const glued = template('{stage}/{model}/{name}{version}{ext}')
      expect(
        renderPath(glued, '', { stage: 'a', model: 'm', version: '1', file: 'model1.bin' })
      ).toBe('a/m/model11.bin')
    })
  })
})

describe('matching', () => {
  it('gives the model the longest prefix that leaves a valid version', () => {
    const ordered = compileLayouts('', [
      entry('{stage}/{model}_v{version}', ['prod'], isOrderedVersion)
    ])
    // Both "a" + "1_v2" and "a_v1" + "2" are valid ordered versions: the longer model wins.
    expect(ordered.match('prod/a_v1_v2/model.pt')).toMatchObject({ model: 'a_v1', version: '2' })
    const semver = compileLayouts('', [entry('{stage}/{model}_v{version}', ['prod'])])
    expect(semver.match('prod/x_v1.0.0_v2.0.0/m.bin')).toMatchObject({
      model: 'x_v1.0.0',
      version: '2.0.0'
    })
    // "_v.x" leaves no valid version (it must start with a letter or digit): the shorter model.
    expect(ordered.match('prod/a_v1_v.x/model.pt')).toMatchObject({ model: 'a', version: '1_v.x' })
    expect(semver.match('prod/x_v1.0/m.bin')).toBeUndefined()
  })

  it('keeps to the models an entry names', () => {
    const only = compileLayouts('', [
      entry('{stage}/{model}_v{version}', ['prod'], isOrderedVersion, ['a'])
    ])
    expect(only.match('prod/a_v1_v2/model.pt')).toMatchObject({ model: 'a', version: '1_v2' })
    expect(only.match('prod/b_v1/model.pt')).toBeUndefined()
  })

  it('reads {ext} as the last extension, before an ordered version', () => {
    const m = compileLayouts('', [entry('{stage}/{version}{ext}', ['archived'], isOrderedVersion)])
    expect(m.match('archived/0.9.2.json')).toMatchObject({ version: '0.9.2' })
    expect(m.match('archived/v5_run.tar.gz')).toMatchObject({ version: 'v5_run.tar' })
  })

  it('takes the first entry that places a path', () => {
    const m = compileLayouts('models', [
      { ...entry('{stage}/{version}', ['production']), tag: 'stage layout' },
      { ...entry('{stage}/{model}/{version}', ['production', 'staging']), tag: 'registry layout' }
    ] as LayoutEntry<string>[])
    expect(m.match('models/production/1.0.0/model.bin')?.entry.tag).toBe('stage layout')
    expect(m.match('models/staging/clf/1.0.0/model.bin')?.entry.tag).toBe('registry layout')
    expect(m.match('models/production/clf/1.0.0/model.bin')?.entry.tag).toBe('registry layout')
  })

  it.each([
    ['outside root', 'other/production/clf/1.0.0/m.bin'],
    ['an unknown stage', 'models/prod/clf/1.0.0/m.bin'],
    ['no file in the version folder', 'models/production/clf/1.0.0'],
    ['a version that is not SemVer', 'models/production/clf/latest/m.bin'],
    ['an empty segment', 'models/production//1.0.0/m.bin'],
    ['a ".." in the file', 'models/production/clf/1.0.0/../m.bin']
  ])('places nothing for %s', (_why, at) => {
    const m = compileLayouts('models', [entry('{stage}/{model}/{version}', ['production'])])
    expect(m.match(at)).toBeUndefined()
  })

  it('matches a repeated placeholder only with the same text', () => {
    const m = compileLayouts('', [entry('{stage}/{model}/{version}/{model}{ext}', ['prod'])])
    expect(m.match('prod/clf/1.0.0/clf.bin')).toMatchObject({ model: 'clf', files: [] })
    expect(m.match('prod/clf/1.0.0/other.bin')).toBeUndefined()
  })

  describe('round trips: every rendering reads back as what was rendered', () => {
    const cases = [
      { source: '{stage}/{model}/{version}', versions: ['1.0.0', 'v2.0.0-rc.1+build.5'] },
      { source: '{stage}/{model}_v{version}', versions: ['1.0.0', '1.0.0-beta.2'] },
      { source: '{stage}/{model}/{name}_v{version}{ext}', versions: ['1.0.0', '0.9.2'] },
      { source: 'registry/{stage}/{model}@{version}/{file}', versions: ['3.1.4'] },
      { source: '{stage}/{model}/{version}-{name}{ext}', versions: ['1.0.0'] },
      // Text before a {version} that does not follow {name}: no kept-name rule there.
      { source: 'v{version}/{stage}/{model}/{name}{ext}', versions: ['1.0.0'] }
    ]
    const models = ['clf', 'churn_v2', 'a.b-c']
    const files = [
      'model.bin',
      'metadata.json',
      'saved_model/variables/variables.index',
      'model_v1.0.0.pkl',
      'README'
    ]
    const rows = cases.flatMap(c =>
      c.versions.flatMap(version =>
        models.flatMap(model => files.map(file => ({ ...c, version, model, file })))
      )
    )

    it.each(rows)('$source: $model $version $file', ({ source, version, model, file }) => {
      const t = template(source)
      const m = compileLayouts('models', [
        { template: t, stages: ['staging', 'production'], isVersion: isSemVer, tag: undefined }
      ])
      const at = renderPath(t, 'models', { stage: 'production', model, version, file })
      expect(m.match(at)).toMatchObject({ stage: 'production', model, version })
      expect(m.match(at)!.files).toContain(file)
    })
  })
})
