/**
 * Issue #12's table, row by row: each team's files render exactly where
 * they are today, and each path reads back into the same stage, model,
 * version and file; the files no template places read back as nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { compileLayouts } from '../../../src/registry/layout-template/match.js'
import { renderFolder, renderPath } from '../../../src/registry/layout-template/render.js'
import { TEAMS, entriesOf, layoutsOf } from './team-layouts.js'

describe.each(TEAMS.map(t => [t.seed, t] as const))('the %s layout', (_seed, team) => {
  const layouts = layoutsOf(team)
  const matcher = compileLayouts(team.root, entriesOf(team))
  const rows = team.versions.flatMap(v =>
    Object.entries(v.files).map(([file, at]) => ({ ...v, file, at }))
  )

  it.each(rows)('renders $model $version ($stage) $file at $at', row => {
    const t = layouts[row.stage]
    expect(renderPath(t, team.root, row)).toBe(row.at)
  })

  it.each(rows)('reads $at back as $model $version ($stage)', row => {
    const t = layouts[row.stage]
    const found = matcher.match(row.at)
    expect(found).toBeDefined()
    expect(found!.entry.template).toBe(t)
    expect(found!.stage).toBe(row.stage)
    // A template without {model} or {version} leaves them to the entry and the manifest.
    expect(found!.model).toBe(t.uses.has('model') ? row.model : undefined)
    expect(found!.version).toBe(t.uses.has('version') ? row.version : undefined)
    if (t.uses.has('file') || t.uses.has('name')) expect(found!.files).toContain(row.file)
    else expect(found!.files).toEqual([])
  })

  it.each(team.unplaced)('places no file at %s', at => {
    expect(matcher.match(at)).toBeUndefined()
  })
})

describe('the rows in detail', () => {
  it('000: the file name is the stage, the archive adds the version', () => {
    const team = TEAMS[0]
    const layouts = layoutsOf(team)
    const matcher = compileLayouts(team.root, entriesOf(team))
    expect(layouts.production.folder).toBe(false)
    expect(
      renderFolder(layouts.production, team.root, {
        stage: 'production',
        model: 'k',
        version: '1.0.0'
      })
    ).toBeUndefined()
    expect(matcher.match('resources/production.keras')).toMatchObject({
      stage: 'production',
      files: [],
      fileParts: { ext: '.keras' }
    })
    expect(matcher.match('resources/archived/0.1.0.keras')).toMatchObject({
      stage: 'archived',
      version: '0.1.0',
      files: []
    })
    // The one model the template has no {model} for is the entry's.
    expect(matcher.match('resources/staging.keras')!.entry.models).toEqual(['keyword-classifier'])
  })

  it('001: a session id is a version, nested files keep their folders', () => {
    const team = TEAMS[1]
    const matcher = compileLayouts(team.root, entriesOf(team))
    expect(
      matcher.match('artifacts/raw/v5_5_20251123_103epochs/checkpoints/best.pt')
    ).toMatchObject({
      stage: 'raw',
      version: 'v5_5_20251123_103epochs',
      files: ['checkpoints/best.pt']
    })
    // A file the version does not list is still placed in the version's folder: the
    // manifest's files (or ignore) decide whether it is stray.
    expect(matcher.match('artifacts/raw/v5_5_20251123_103epochs/training.log')).toMatchObject({
      version: 'v5_5_20251123_103epochs',
      files: ['training.log']
    })
  })

  it('002: the kept-name rule reads a flat archive name both ways', () => {
    const team = TEAMS[2]
    const matcher = compileLayouts(team.root, entriesOf(team))
    expect(matcher.match('models/archived/overdue_prediction/metadata_v0.9.2.json')).toMatchObject({
      stage: 'archived',
      model: 'overdue_prediction',
      version: '0.9.2',
      files: ['metadata.json', 'metadata_v0.9.2.json']
    })
    expect(
      matcher.match('models/archived/overdue_prediction/overdue_prediction_model_v0.9.2.pkl')
    ).toMatchObject({
      model: 'overdue_prediction',
      version: '0.9.2',
      files: ['overdue_prediction_model.pkl', 'overdue_prediction_model_v0.9.2.pkl']
    })
    expect(
      matcher.match('models/staging/churn_prediction_v1.1/churn_prediction_model_v1.1.0.pkl')
    ).toMatchObject({
      stage: 'staging',
      model: 'churn_prediction',
      version: '1.1',
      files: ['churn_prediction_model_v1.1.0.pkl']
    })
  })

  it('004: a model whose name holds _v splits at the last _v that leaves a version', () => {
    const team = TEAMS[3]
    const matcher = compileLayouts(team.root, entriesOf(team))
    expect(
      matcher.match('model_registry/development/churn_v2_model_v0.1.0/model.pkl')
    ).toMatchObject({
      model: 'churn_v2_model',
      version: '0.1.0'
    })
    // Not a valid SemVer version after any "_v": no version at all.
    expect(
      matcher.match('model_registry/development/churn_v2_model_v0.1/model.pkl')
    ).toBeUndefined()
  })
})
