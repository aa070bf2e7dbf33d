/**
 * How a version moves between two places, for the promotion planner: its
 * folder whole where both layouts give it one (one tree entry), file by file
 * where names change (a stage in the file name, a flat archive).
 */
import { describe, expect, it } from '@jest/globals'
import { planVersionMove } from '../../../src/registry/layout-template/version-move.js'
import { DEFAULT_LAYOUT } from '../../../src/registry/layout-template/template.js'
import {
  KEYWORD_CLASSIFIER,
  MODEL_DIRECTORY,
  TRAINING_SESSIONS,
  VERSIONED_NAMES,
  layoutsOf,
  template,
  type TeamLayout
} from './team-layouts.js'

function move(team: TeamLayout, model: string, version: string, from: string, to: string) {
  const entry = team.versions.find(
    v => v.model === model && v.version === version && v.stage === from
  )
  if (!entry) throw new Error(`${model} ${version} is not in ${from}`)
  const layouts = layoutsOf(team)
  return planVersionMove(
    team.root,
    model,
    version,
    Object.keys(entry.files),
    { template: layouts[from], stage: from },
    { template: layouts[to], stage: to }
  )
}

describe('a version moving', () => {
  it.each([
    [
      '001 raw → validated',
      move(TRAINING_SESSIONS, 'vae', 'v5_5_20251123_103epochs', 'raw', 'validated'),
      'artifacts/raw/v5_5_20251123_103epochs',
      'artifacts/validated/v5_5_20251123_103epochs'
    ],
    [
      '001 production → archived',
      move(TRAINING_SESSIONS, 'vae', 'v5_5_prod_v1.0', 'production', 'archived'),
      'artifacts/production/v5_5_prod_v1.0',
      'artifacts/archived/v5_5_prod_v1.0'
    ],
    [
      '002 staging → production',
      move(MODEL_DIRECTORY, 'churn_prediction', '1.1', 'staging', 'production'),
      'models/staging/churn_prediction_v1.1',
      'models/production/churn_prediction_v1.1'
    ],
    [
      '004 staging → production',
      move(VERSIONED_NAMES, 'sentiment_classifier', '1.3.0', 'staging', 'production'),
      'model_registry/staging/sentiment_classifier_v1.3.0',
      'model_registry/production/sentiment_classifier_v1.3.0'
    ],
    [
      '004 production → archived',
      move(VERSIONED_NAMES, 'sentiment_classifier', '1.2.3', 'production', 'archived'),
      'model_registry/production/sentiment_classifier_v1.2.3',
      'model_registry/archived/sentiment_classifier_v1.2.3'
    ]
  ])('%s moves its folder whole', (_what, planned, from, to) => {
    expect(planned).toEqual({ kind: 'folder', from, to })
  })

  it('000 staging → production moves the file: the stage is its name', () => {
    expect(
      move(KEYWORD_CLASSIFIER, 'keyword-classifier', '0.4.0', 'staging', 'production')
    ).toEqual({
      kind: 'files',
      moves: [
        { file: 'model.keras', from: 'resources/staging.keras', to: 'resources/production.keras' }
      ]
    })
  })

  it('000 production → archived gives the file its version', () => {
    expect(
      move(KEYWORD_CLASSIFIER, 'keyword-classifier', '0.3.0', 'production', 'archived')
    ).toEqual({
      kind: 'files',
      moves: [
        {
          file: 'model.keras',
          from: 'resources/production.keras',
          to: 'resources/archived/0.3.0.keras'
        }
      ]
    })
  })

  it('002 production → archived flattens the folder, file by file, under the kept-name rule', () => {
    expect(move(MODEL_DIRECTORY, 'churn_prediction', '1.0', 'production', 'archived')).toEqual({
      kind: 'files',
      moves: [
        {
          file: 'metadata.json',
          from: 'models/production/churn_prediction_v1.0/metadata.json',
          to: 'models/archived/churn_prediction/metadata_v1.0.json'
        },
        {
          // Its name ends in _v1.0.0, not in _v1.0 (the version as written): it gains the version.
          file: 'churn_prediction_model_v1.0.0.pkl',
          from: 'models/production/churn_prediction_v1.0/churn_prediction_model_v1.0.0.pkl',
          to: 'models/archived/churn_prediction/churn_prediction_model_v1.0.0_v1.0.pkl'
        }
      ]
    })
  })

  it('002 archived → production (a rollback) gathers the files into a folder again', () => {
    expect(move(MODEL_DIRECTORY, 'overdue_prediction', '0.9.2', 'archived', 'production')).toEqual({
      kind: 'files',
      moves: [
        {
          file: 'overdue_prediction_model_v0.9.2.pkl',
          from: 'models/archived/overdue_prediction/overdue_prediction_model_v0.9.2.pkl',
          to: 'models/production/overdue_prediction_v0.9.2/overdue_prediction_model_v0.9.2.pkl'
        },
        {
          file: 'metadata.json',
          from: 'models/archived/overdue_prediction/metadata_v0.9.2.json',
          to: 'models/production/overdue_prediction_v0.9.2/metadata.json'
        }
      ]
    })
  })

  it('moves only the files whose path changes', () => {
    const own = template('{stage}/{model}/{version}')
    const byName = template('{stage}/{model}/{version}/{name}{ext}')
    // Same paths, but the target is a file template: nothing to move.
    expect(
      planVersionMove(
        'models',
        'clf',
        '1.0.0',
        ['a.bin'],
        { template: own, stage: 'staging' },
        { template: byName, stage: 'staging' }
      )
    ).toEqual({ kind: 'unchanged' })
    expect(
      planVersionMove(
        'models',
        'clf',
        '1.0.0',
        ['a.bin'],
        { template: own, stage: 'staging' },
        { template: own, stage: 'staging' }
      )
    ).toEqual({ kind: 'unchanged' })
  })

  it('moves the default layout as today: the version folder, whatever its files', () => {
    const t = template(DEFAULT_LAYOUT)
    const files = Array.from({ length: 50 }, (_, i) => `shard-${i}.bin`)
    expect(
      planVersionMove(
        'models',
        'clf',
        '1.2.0',
        files,
        { template: t, stage: 'staging' },
        { template: t, stage: 'production' }
      )
    ).toEqual({
      kind: 'folder',
      from: 'models/staging/clf/1.2.0',
      to: 'models/production/clf/1.2.0'
    })
  })
})
