/**
 * The checks across a registry's layouts: the four team layouts pass; two
 * files at one path, a version inside another's folder, several versions in
 * a stage without {version}, an archive without {version} and reserved
 * version names are each one problem with a message that says what to do.
 */
import { describe, expect, it } from '@jest/globals'
import {
  checkLayouts,
  type LayoutCheckInput,
  type ModelLayouts
} from '../../../src/registry/layout-template/checks.js'
import type { LayoutTemplate } from '../../../src/registry/layout-template/template.js'
import { TEAMS, modelLayoutsOf, template } from './team-layouts.js'

const STAGES = ['development', 'staging', 'production']

/** One model with `layout` everywhere (and `archive` in the archive folder). */
function registry(
  layout: LayoutTemplate,
  versions: ModelLayouts['versions'],
  options: { archive?: LayoutTemplate; extra?: Partial<LayoutCheckInput>; model?: string } = {}
): LayoutCheckInput {
  const layouts: Record<string, LayoutTemplate> = { archived: options.archive ?? layout }
  for (const s of STAGES) layouts[s] = layout
  return {
    root: 'models',
    stages: STAGES.map(name => ({ name })),
    archiveFolder: 'archived',
    models: [{ name: options.model ?? 'clf', layouts, versions }],
    ...options.extra
  }
}

describe('checks across layouts', () => {
  it.each(TEAMS.map(t => [t.seed, t] as const))(
    'find nothing wrong in the %s layout',
    (_s, team) => {
      const problems = checkLayouts({
        root: team.root,
        stages: team.stages,
        archiveFolder: team.archiveFolder,
        benchmarkFolder: team.benchmarkFolder,
        models: modelLayoutsOf(team)
      })
      expect(problems).toEqual([])
    }
  )

  it('find two files of a version that render to one path', () => {
    const flat = template('{stage}/{model}{ext}')
    const input = registry(
      flat,
      [
        { version: '1.0.0', stage: 'staging', files: ['model.bin'] },
        { version: '1.1.0', stage: 'development', files: ['model.bin', 'weights.bin'] }
      ],
      { archive: template('{stage}/{model}/{version}') }
    )
    expect(checkLayouts(input)).toEqual([
      {
        kind: 'collision',
        template: flat,
        stage: 'development',
        model: 'clf',
        version: '1.1.0',
        message:
          'models/development/clf.bin is where both clf 1.1.0\'s model.bin (development) and clf 1.1.0\'s weights.bin (development) would live; the layout "{stage}/{model}{ext}" must tell them apart (with {model}, {version} or {file})'
      }
    ])
  })

  it('find two models at one path where the layout has no {model}', () => {
    const noModel = template('{stage}/{version}')
    const layouts: Record<string, LayoutTemplate> = { archived: noModel }
    for (const s of STAGES) layouts[s] = noModel
    const problems = checkLayouts({
      root: 'models',
      stages: STAGES.map(name => ({ name })),
      archiveFolder: 'archived',
      models: [
        {
          name: 'a',
          layouts,
          versions: [{ version: '1.0.0', stage: 'staging', files: ['m.bin'] }]
        },
        { name: 'b', layouts, versions: [{ version: '1.0.0', stage: 'staging', files: ['m.bin'] }] }
      ]
    })
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'collision',
        model: 'b',
        message:
          'models/staging/1.0.0 is where the files of both a 1.0.0 (staging) and b 1.0.0 (staging) would live; the layout "{stage}/{version}" must tell them apart (with {model}, {version} or {file})'
      })
    ])
  })

  it('find one file rendering alike under the kept-name rule', () => {
    const archive = template('{stage}/{model}/{name}_v{version}{ext}')
    const input = registry(
      template('{stage}/{model}/{version}'),
      [{ version: '1.0.0', stage: 'archived', files: ['meta.json', 'meta_v1.0.0.json'] }],
      { archive }
    )
    expect(checkLayouts(input)).toEqual([
      expect.objectContaining({
        kind: 'collision',
        template: archive,
        message: expect.stringMatching(
          /^models\/archived\/clf\/meta_v1\.0\.0\.json is where both clf 1\.0\.0's meta\.json \(archived\) and clf 1\.0\.0's meta_v1\.0\.0\.json \(archived\)/
        )
      })
    ])
  })

  it("find a version's folder inside another's", () => {
    const byModel = template('{stage}/{model}')
    const byVersion = template('{stage}/{model}/{version}')
    const mk = (name: string, layout: LayoutTemplate, version: string): ModelLayouts => ({
      name,
      layouts: { development: layout, staging: layout, production: layout, archived: byVersion },
      versions: [{ version, stage: 'production', files: ['model.bin'] }]
    })
    const problems = checkLayouts({
      root: 'models',
      stages: STAGES.map(name => ({ name })),
      archiveFolder: 'archived',
      // Model "clf" keeps its production version in models/production/clf/; a model
      // "clf" cannot be two, so the inner one is a second model whose layout nests.
      models: [
        mk('clf', byModel, '1.0.0'),
        { ...mk('other', template('{stage}/clf/{model}'), '2.0.0') }
      ]
    })
    expect(problems).toEqual([
      {
        kind: 'nested',
        template: expect.objectContaining({ source: '{stage}/clf/{model}' }),
        stage: 'production',
        model: 'other',
        version: '2.0.0',
        message:
          "other 2.0.0's model.bin (production) at models/production/clf/other/model.bin lies inside clf 1.0.0's folder models/production/clf (production); a version's folder holds that version's files only, so the layouts must keep them apart"
      }
    ])
  })

  it("find a version's folder inside another's before any file is listed", () => {
    const outer = template('{stage}/{model}')
    const innerLayout = template('{stage}/clf/{model}/{version}')
    const problems = checkLayouts({
      root: '',
      stages: [{ name: 'production' }],
      archiveFolder: 'archived',
      models: [
        {
          name: 'clf',
          layouts: { production: outer, archived: innerLayout },
          versions: [{ version: '1.0.0', stage: 'production', files: [] }]
        },
        {
          name: 'other',
          layouts: { production: innerLayout, archived: innerLayout },
          versions: [{ version: '2.0.0', stage: 'production', files: [] }]
        }
      ]
    })
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'nested',
        model: 'other',
        message:
          "other 2.0.0 (production)'s folder at production/clf/other/2.0.0 lies inside clf 1.0.0's folder production/clf (production); a version's folder holds that version's files only, so the layouts must keep them apart"
      })
    ])
  })

  it('refuse capacity above 1 and a rollout in a stage without {version}', () => {
    const noVersion = template('{stage}/{model}')
    const input = registry(noVersion, [], {
      archive: template('{stage}/{model}/{version}'),
      extra: {
        stages: [
          { name: 'development', capacity: 3 },
          { name: 'staging', capacity: 1 },
          { name: 'production', rollout: true }
        ]
      }
    })
    expect(checkLayouts(input)).toEqual([
      {
        kind: 'one-version-stage',
        template: noVersion,
        stage: 'development',
        key: 'capacity',
        message:
          'stage "development" has capacity 3, but its layout "{stage}/{model}" has no {version}, so it holds one version of a model; remove capacity or add {version} to the layout'
      },
      {
        kind: 'one-version-stage',
        template: noVersion,
        stage: 'production',
        key: 'rollout',
        message:
          'stage "production" has a rollout, which keeps two versions side by side, but its layout "{stage}/{model}" has no {version}, so it holds one version of a model; remove rollout or add {version} to the layout'
      }
    ])
  })

  it('report a shared template once, however many models it serves', () => {
    const noVersion = template('{stage}/{model}')
    const archive = template('{stage}/{model}/{version}')
    const layouts = {
      development: noVersion,
      staging: noVersion,
      production: noVersion,
      archived: archive
    }
    const problems = checkLayouts({
      root: 'models',
      stages: [{ name: 'development', capacity: 2 }, { name: 'staging' }, { name: 'production' }],
      archiveFolder: 'archived',
      models: ['a', 'b', 'c'].map(name => ({ name, layouts, versions: [] }))
    })
    expect(problems.map(p => p.kind)).toEqual(['one-version-stage'])
  })

  it('find two versions of a model in a stage without {version}', () => {
    const noVersion = template('{stage}/{model}')
    const input = registry(
      noVersion,
      [
        { version: '1.0.0', stage: 'production', files: ['model.bin'] },
        { version: '1.1.0', stage: 'production', files: ['model.bin'] }
      ],
      { archive: template('{stage}/{model}/{version}') }
    )
    expect(checkLayouts(input)).toEqual([
      {
        kind: 'versions-in-one-version-stage',
        template: noVersion,
        stage: 'production',
        model: 'clf',
        version: '1.1.0',
        message:
          'stage "production" holds 2 versions of clf (1.0.0, 1.1.0), but its layout "{stage}/{model}" has no {version}, so it holds one version of a model'
      }
    ])
  })

  it('require {version} in the archive', () => {
    const archive = template('{stage}/{model}')
    const input = registry(template('{stage}/{model}/{version}'), [], { archive })
    expect(checkLayouts(input)).toEqual([
      {
        kind: 'archive-without-version',
        template: archive,
        stage: 'archived',
        message:
          'the archive layout "{stage}/{model}" has no {version}: the archive keeps every retired version, so its paths must tell versions apart, e.g. "{stage}/{model}/{version}" or "{stage}/{model}/{name}_v{version}{ext}"'
      }
    ])
  })

  it.each([
    ['benchmark', '"benchmark" means the benchmark copy (version: benchmark in evaluate)'],
    ['archived', '"archived" is the archive folder\'s name']
  ])('refuse a version called %s', (version, why) => {
    const input = registry(template('{stage}/{version}'), [
      { version, stage: 'development', files: ['m.bin'] }
    ])
    expect(checkLayouts(input)).toEqual([
      {
        kind: 'reserved-version',
        model: 'clf',
        version,
        stage: 'development',
        message: `version "${version}" of clf has a reserved name: ${why}; choose another`
      }
    ])
  })

  it('see the benchmark copy as one more place', () => {
    // A benchmark layout without {stage} distinctness is impossible ({stage} is required), but
    // a stage layout can still land on the copy's files.
    const main = template('{stage}/{model}/{version}')
    const clash = template('benchmark/{model}/{version}/{stage}')
    const input: LayoutCheckInput = {
      root: '',
      stages: [{ name: 'staging' }, { name: 'production' }],
      archiveFolder: 'archived',
      benchmarkFolder: 'benchmark',
      models: [
        {
          name: 'clf',
          layouts: { staging: clash, production: main, benchmark: main, archived: main },
          versions: [
            { version: '1.0.0', stage: 'production', files: ['model.bin'] },
            { version: '1.0.0', stage: 'staging', files: ['x'] }
          ],
          benchmark: { version: '1.0.0', files: ['model.bin'] }
        }
      ]
    }
    expect(checkLayouts(input)).toEqual([
      expect.objectContaining({
        kind: 'nested',
        model: 'clf',
        stage: 'staging',
        message: expect.stringContaining(
          "lies inside clf 1.0.0's folder benchmark/clf/1.0.0 (benchmark)"
        )
      })
    ])
  })
})
