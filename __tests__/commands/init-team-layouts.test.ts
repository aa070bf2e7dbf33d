/**
 * `init` on the four team repositories of issue #12's table (built by
 * helpers/team-repos.ts exactly as the teams' READMEs describe them): the
 * manifest init makes of each (its layout, versioning, archive layout,
 * versions, per-version files, ignore list, dates from git), with no file
 * moved or changed. Row 001 (training sessions) also runs end to end: init
 * writes the manifest and `validate` passes on it.
 *
 * Rows 000, 002 and 004 are asserted on what init makes (draftInit, the
 * same code `init` runs before its validate-like check): that check runs the
 * file checks, which follow templates once the template-aware file checks
 * land (src/registry/file-checks.ts, another branch).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { draftInit } from '../../src/commands/init.js'
import { realContext } from '../../src/execute.js'
import { getSettings } from '../../src/settings/input-helper.js'
import type { InitSettings } from '../../src/settings/settings.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { sha256, snapshot } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'
import {
  KEYWORD_LFS_OID,
  keywordClassifierRepo,
  modelDirectoryRepo,
  trainingSessionsRepo,
  versionedNamesRepo,
  type TeamRepo
} from '../helpers/team-repos.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const quiet = {
  info() {},
  warning() {},
  write() {},
  group: <T>(_: string, fn: () => Promise<T>) => fn()
}

interface Manifest {
  root?: string
  layout?: string
  versioning?: string
  stages: Array<{ name: string; capacity?: number }>
  benchmark: unknown
  archive: { folder: string; layout?: string }
  ignore?: string[]
  models: Record<
    string,
    {
      files?: string[]
      versions: Array<{
        version: string
        stage: string
        files: Record<string, string>
        createdAt?: string
        retired?: unknown
      }>
    }
  >
}

/** What init makes of the team's repository, with its own arguments, and proof nothing changed. */
async function initDraft(make: () => TeamRepo) {
  const team = make()
  dirs.push(team.dir)
  const before = snapshot(team.dir)
  const env = { PATH: process.env.PATH }
  const settings = getSettings(name => team.initInputs[name], team.dir, env) as InitSettings
  const draft = await draftInit(settings, realContext(env, quiet))
  expect(snapshot(team.dir)).toEqual(before)
  return { team, draft, manifest: parse(draft.text) as Manifest }
}

const brief = (m: Manifest, model: string) =>
  m.models[model].versions.map(v => [v.version, v.stage, v.createdAt])

describe('init on the team repositories of issue #12', () => {
  it('000 keyword classifier: one file per stage, each a version numbered by date, the benchmark copy recognised', async () => {
    const { manifest, draft } = await initDraft(keywordClassifierRepo)
    expect(manifest).toMatchObject({
      root: 'resources',
      layout: '{stage}{ext}',
      stages: [{ name: 'development' }, { name: 'staging' }, { name: 'production', capacity: 1 }],
      benchmark: { folder: 'benchmark', copyOf: 'production' },
      // Without --archive-layout: the layout with /{version} after {stage}.
      archive: { folder: 'archived', layout: '{stage}/{version}{ext}' }
    })
    // The seed's README.md and notebook artifacts lie under no stage: validate never looks
    // at them, so init neither places nor ignores them; it says it left them alone.
    expect(manifest.ignore).toBeUndefined()
    expect(draft.result.notes).toContain(
      'left alone, under no stage: resources/README.md, resources/artifacts/keyword_sample.pkl'
    )
    expect(manifest.versioning).toBeUndefined()
    const model = manifest.models['keyword-classifier']
    expect(model.files).toEqual(['model.keras'])
    // The commented evaluate example names the one file, the only argument a file layout has.
    expect(draft.text).toContain(
      '#   run: "python3 evaluate.py --model {model_file} --out {output_dir}"'
    )
    // All committed at once: the later stage is the older version.
    expect(brief(manifest, 'keyword-classifier')).toEqual([
      ['0.3.0', 'development', '2025-10-01T09:00:00Z'],
      ['0.2.0', 'staging', '2025-10-01T09:00:00Z'],
      ['0.1.0', 'production', '2025-10-01T09:00:00Z']
    ])
    // The production file is a Git LFS pointer: recorded by its oid.
    expect(model.versions[2].files).toEqual({ 'model.keras': `sha256:${KEYWORD_LFS_OID}` })
    expect(model.versions[1].files).toEqual({
      'model.keras': sha256('keras weights: staging build 5\n')
    })
    expect(draft.result.notes).toContain(
      'the layout has no {version}: each file is one version, numbered by the last commit that touched it, oldest first: resources/production.keras is keyword-classifier 0.1.0, resources/staging.keras is keyword-classifier 0.2.0, resources/development.keras is keyword-classifier 0.3.0'
    )
  })

  it('000 with --versioning ordered names the versions v1, v2, … by the same order', async () => {
    const { manifest } = await initDraft(() => {
      const team = keywordClassifierRepo()
      team.initInputs.versioning = 'ordered'
      return team
    })
    expect(manifest.versioning).toBe('ordered')
    expect(brief(manifest, 'keyword-classifier').map(v => v.slice(0, 2))).toEqual([
      ['v3', 'development'],
      ['v2', 'staging'],
      ['v1', 'production']
    ])
  })

  it('000 without --stages finds the stages by their files; without benchmark.keras writes benchmark: false', async () => {
    const { manifest, draft } = await initDraft(() => {
      const team = keywordClassifierRepo()
      delete team.initInputs.stages
      rmSync(path.join(team.dir, 'resources/benchmark.keras'))
      return team
    })
    expect(manifest.stages).toEqual([
      { name: 'development' },
      { name: 'staging' },
      { name: 'production', capacity: 1 }
    ])
    expect(manifest.benchmark).toBe(false)
    expect(draft.result.notes).toContain(
      'no benchmark copy resources/benchmark{ext}: wrote benchmark: false (see the comment in the manifest)'
    )
  })

  it('001 training sessions: session ids as ordered versions, each with its own files; init writes it and validate passes', async () => {
    const team = trainingSessionsRepo()
    dirs.push(team.dir)
    const before = snapshot(team.dir)
    const run = await cli(team.initArgs, team.dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const after = snapshot(team.dir)
    delete after['modelgate.yaml']
    delete after['.gitignore']
    expect(after).toEqual(before)
    const validate = await cli(['validate', '--manifest', 'modelgate.yaml'], team.dir)
    expect(validate.stdout).toContain('modelgate.yaml is valid: 1 model, 4 versions')
    expect(validate.code).toBe(0)

    const manifest = parse(readFileSync(path.join(team.dir, 'modelgate.yaml'), 'utf8')) as Manifest
    expect(manifest).toMatchObject({
      root: 'artifacts',
      layout: '{stage}/{version}',
      versioning: 'ordered',
      stages: [{ name: 'raw' }, { name: 'validated' }, { name: 'production', capacity: 1 }],
      benchmark: false,
      archive: { folder: 'archived' }
    })
    const model = manifest.models['sequence-vae']
    expect(model.files).toBeUndefined()
    // Newest first, by the last commit that touched each session's folder.
    expect(brief(manifest, 'sequence-vae')).toEqual([
      ['v5_5_20251124_103epochs', 'raw', '2025-11-24T10:00:00Z'],
      ['v5_5_20251123_103epochs', 'raw', '2025-11-23T08:00:00Z'],
      ['v5_5_epoch70_validated', 'validated', '2025-11-22T16:30:00Z'],
      ['v5_5_prod_v1.0', 'production', '2025-11-20T10:00:00Z']
    ])
    const files = model.versions.map(v => Object.keys(v.files))
    expect(files[0]).toContain('checkpoints/epoch_20.pt')
    expect(files[1]).not.toContain('checkpoints/epoch_20.pt')
    expect(files[3].sort()).toEqual([
      'CHANGELOG.md',
      'README.md',
      'config.yaml',
      'metadata.json',
      'model.pt',
      'performance/benchmarks.json'
    ])
  })

  it('001 as an action step: the template, --model and versioning as inputs', async () => {
    const team = trainingSessionsRepo()
    dirs.push(team.dir)
    const run = await runActionInProcess({ inputs: team.initInputs, workspace: team.dir })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.result)).toMatchObject({
      manifest: 'modelgate.yaml',
      written: true,
      versions: 4,
      stages: ['raw', 'validated', 'production'],
      models: [{ name: 'sequence-vae', versions: 4 }]
    })
    const manifest = parse(readFileSync(path.join(team.dir, 'modelgate.yaml'), 'utf8'))
    expect([manifest.layout, manifest.versioning]).toEqual(['{stage}/{version}', 'ordered'])
  })

  it("002 model directory: {model}_v{version} folders, each version's own file names, a flat archive read back under the kept-name rule", async () => {
    const { manifest, draft } = await initDraft(modelDirectoryRepo)
    expect(manifest).toMatchObject({
      root: 'models',
      layout: '{stage}/{model}_v{version}',
      versioning: 'ordered',
      stages: [{ name: 'experiments' }, { name: 'staging' }, { name: 'production', capacity: 1 }],
      benchmark: false,
      archive: { folder: 'archived', layout: '{stage}/{model}/{name}_v{version}{ext}' },
      // Experiments are not named <model>_v<version>: ignored, where they are.
      ignore: [
        'experiments/deep_learning_recommendations/README.md',
        'experiments/deep_learning_recommendations/experiment_log.json',
        'experiments/deep_learning_recommendations/neural_cf_model.pkl'
      ]
    })
    expect(Object.keys(manifest.models)).toEqual([
      'churn_prediction',
      'overdue_prediction',
      'recommendation_engine'
    ])
    const churn = manifest.models.churn_prediction
    expect(churn.files).toBeUndefined()
    expect(brief(manifest, 'churn_prediction')).toEqual([
      ['1.1', 'staging', '2025-09-10T09:00:00Z'],
      ['1.0', 'production', '2025-08-01T09:00:00Z'],
      ['0.7.3', 'archived', '2025-07-15T09:00:00Z']
    ])
    expect(Object.keys(churn.versions[0].files).sort()).toEqual([
      'ab_test_config.json',
      'churn_prediction_model_v1.1.0.pkl',
      'metadata.json',
      'validation_results.json'
    ])
    expect(churn.versions[2].files).toEqual({ 'metadata.json': sha256('{"algo": "nb"}\n') })
    // metadata_v0.9.2.json is read as the renamed metadata.json.
    const overdue = manifest.models.overdue_prediction.versions
    expect(overdue.map(v => [v.version, v.files])).toEqual([
      [
        '0.9.2',
        {
          'metadata.json': sha256('{"algo": "lr"}\n'),
          'overdue_prediction_model.pkl': sha256('logistic regression 0.9.2\n')
        }
      ],
      ['0.8.1', { 'metadata.json': sha256('{"algo": "tree"}\n') }]
    ])
    expect(overdue[0].retired).toEqual({ at: '2025-07-15T09:00:00Z', reason: 'retired' })
    expect(draft.result.notes).toContain(
      'left alone, not a stage: models/metadata/ (name the stages in order with --stages to include it)'
    )
  })

  it('004 versioned names: <model>_v<SemVer> folders, the benchmark copy and the archive found', async () => {
    const { manifest } = await initDraft(versionedNamesRepo)
    expect(manifest).toMatchObject({
      root: 'model_registry',
      layout: '{stage}/{model}_v{version}',
      stages: [{ name: 'development' }, { name: 'staging' }, { name: 'production', capacity: 1 }],
      benchmark: { folder: 'benchmark', copyOf: 'production' },
      archive: { folder: 'archived' },
      ignore: ['development/README.md']
    })
    expect(manifest.versioning).toBeUndefined()
    expect(manifest.archive.layout).toBeUndefined()
    expect(manifest.models.sentiment_classifier.files).toEqual(['config.json', 'model.pt'])
    expect(brief(manifest, 'sentiment_classifier')).toEqual([
      ['1.4.0-rc.1', 'development', '2025-05-20T12:00:00Z'],
      ['1.3.0', 'staging', '2025-05-01T12:00:00Z'],
      ['1.2.3', 'production', '2025-04-01T12:00:00Z'],
      ['1.1.0', 'archived', '2025-03-01T12:00:00Z']
    ])
  })

  it('refuses a benchmark file that is not the production file (exit 1, nothing written)', async () => {
    const team = keywordClassifierRepo()
    dirs.push(team.dir)
    writeFileSync(path.join(team.dir, 'resources/benchmark.keras'), 'an older model\n')
    const run = await cli(team.initArgs, team.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'resources/benchmark.keras: is not a copy of resources/production.keras: model.keras differs'
    )
  })
})
