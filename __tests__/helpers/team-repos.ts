/**
 * The four team repositories of issue #12's table, laid out exactly as the
 * teams' own READMEs (`shared/seeds/000`, `001`, `002`, `004`) describe them,
 * before modelgate: real git repositories in temp folders, small real files,
 * every file committed on a fixed date (so `createdAt` and the versions init
 * numbers are deterministic), no manifest. Each builder returns the folder
 * and the `init` arguments that adopt it (as CLI arguments and as action
 * inputs); the caller removes the folder.
 *
 * - 000 keyword classifier: `resources/<stage>.keras` (the file name is the
 *   stage), `benchmark.keras` the copy of production (one Git LFS pointer,
 *   the same pointer in both), `resources/artifacts/` notebook artifacts.
 * - 001 training sessions: `artifacts/raw/<session-id>/…`,
 *   `artifacts/validated/<name>/…`, `artifacts/production/<name>/…`, one
 *   model, versions named freely (`versioning: ordered`), each holding its
 *   own files (one session has `epoch_20.pt`, the other not).
 * - 002 model directory: `models/staging/<model>_v<version>/…` with files that
 *   carry the version in their names, and a flat archive
 *   `models/archived/<model>/<name>_v<version><ext>`, plus `experiments/`
 *   and `metadata/` folders that are not versions.
 * - 004 versioned names: `model_registry/<stage>/<model>_v<major.minor.patch>/…`,
 *   with a benchmark copy and an archived version.
 */
import { execFileSync } from 'node:child_process'
import { gitInit, tempDir, writeFile } from './registry-fixture.js'

export interface TeamRepo {
  /** The repository (a git checkout on `main`, everything committed). */
  dir: string
  /** Where init writes the manifest, relative to `dir`. */
  manifest: string
  /** `init` and its options, as the CLI takes them (run with `dir` as the working folder). */
  initArgs: string[]
  /** The same options as action inputs (`command: init` included). */
  initInputs: Record<string, string>
  /** The model(s) init finds, for the caller's assertions. */
  models: string[]
}

/** A Git LFS pointer, as git stores an LFS-tracked file (GIT_LFS_SKIP_SMUDGE=1 checkouts hold it). */
export const KEYWORD_LFS_OID = '5e1f'.repeat(16)
export const KEYWORD_LFS_POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${KEYWORD_LFS_OID}\nsize 48213377\n`

/** Commits everything in `dir` with this author and committer date. */
export function commitAll(dir: string, date: string, message = 'models'): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Mona',
    GIT_AUTHOR_EMAIL: 'mona@example.com',
    GIT_COMMITTER_NAME: 'Mona',
    GIT_COMMITTER_EMAIL: 'mona@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_LFS_SKIP_SMUDGE: '1'
  }
  execFileSync('git', ['add', '-A'], { cwd: dir, env })
  execFileSync('git', ['commit', '-q', '--no-verify', '-m', message], { cwd: dir, env })
}

function repo(prefix: string): string {
  const dir = tempDir(`modelgate-team-${prefix}-`)
  gitInit(dir)
  return dir
}

function teamRepo(dir: string, options: Record<string, string>, models: string[]): TeamRepo {
  const manifest = options.manifest
  const initArgs = ['init', ...Object.entries(options).flatMap(([k, v]) => [`--${k}`, v])]
  return { dir, manifest, initArgs, initInputs: { command: 'init', ...options }, models }
}

/**
 * 000 keyword classifier: root `resources`, layout `{stage}{ext}`, one model
 * named with `--model`, each stage's file one version (numbered 0.1.0, 0.2.0,
 * … by init; all committed at once, so the later stage is the older version).
 */
export function keywordClassifierRepo(): TeamRepo {
  const dir = repo('000')
  writeFile(dir, 'resources/README.md', '# Resources\nThe keyword classification model.\n')
  writeFile(dir, 'resources/development.keras', 'keras weights: development build 7\n')
  writeFile(dir, 'resources/staging.keras', 'keras weights: staging build 5\n')
  writeFile(dir, 'resources/production.keras', KEYWORD_LFS_POINTER)
  // The benchmark is the copy of the production model: the same bytes (the same pointer).
  writeFile(dir, 'resources/benchmark.keras', KEYWORD_LFS_POINTER)
  writeFile(dir, 'resources/artifacts/keyword_sample.pkl', 'pickled keyword sample\n')
  writeFile(dir, 'app/serve.py', 'MODEL = "resources/production.keras"\n')
  commitAll(dir, '2025-10-01T09:00:00Z', 'keyword classifier resources')
  return teamRepo(
    dir,
    {
      manifest: 'modelgate.yaml',
      root: 'resources',
      layout: '{stage}{ext}',
      model: 'keyword-classifier',
      stages: 'development,staging,production'
    },
    ['keyword-classifier']
  )
}

/** 001 training sessions: root `artifacts`, layout `{stage}/{version}`, `versioning: ordered`. */
export function trainingSessionsRepo(): TeamRepo {
  const dir = repo('001')
  writeFile(dir, 'artifacts/README.md', '# Artifacts Directory\n')
  const session = (id: string, epochs: number[]) => {
    const at = `artifacts/raw/${id}`
    writeFile(dir, `${at}/checkpoints/manifest.json`, `{"session": "${id}"}\n`)
    writeFile(dir, `${at}/checkpoints/best.pt`, `best weights of ${id}\n`)
    writeFile(dir, `${at}/checkpoints/latest.pt`, `latest weights of ${id}\n`)
    for (const e of epochs) {
      writeFile(dir, `${at}/checkpoints/epoch_${e}.pt`, `epoch ${e} weights of ${id}\n`)
    }
    writeFile(dir, `${at}/metrics/training_metrics.json`, `{"best_val_loss": 0.38}\n`)
    writeFile(dir, `${at}/config.yaml`, `session: ${id}\nepochs: 103\n`)
    writeFile(dir, `${at}/training.log`, `training ${id}\n`)
    writeFile(dir, `${at}/README.md`, `# ${id}\n`)
  }
  // The production model, the oldest.
  const prod = 'artifacts/production/v5_5_prod_v1.0'
  writeFile(dir, `${prod}/model.pt`, 'production weights v1.0\n')
  writeFile(dir, `${prod}/config.yaml`, 'session: v5_5_20251120\n')
  writeFile(dir, `${prod}/performance/benchmarks.json`, '{"latency_ms": 12}\n')
  writeFile(dir, `${prod}/metadata.json`, '{"version": "1.0.0"}\n')
  writeFile(dir, `${prod}/CHANGELOG.md`, '# 1.0.0\n')
  writeFile(dir, `${prod}/README.md`, '# production\n')
  commitAll(dir, '2025-11-20T10:00:00Z', 'production v1.0')
  const validated = 'artifacts/validated/v5_5_epoch70_validated'
  writeFile(dir, `${validated}/model.pt`, 'validated weights epoch 70\n')
  writeFile(dir, `${validated}/config.yaml`, 'session: v5_5_20251123_103epochs\n')
  writeFile(dir, `${validated}/validation/test_results.json`, '{"passed": true}\n')
  writeFile(dir, `${validated}/metadata.json`, '{"checkpoint": "epoch_70"}\n')
  writeFile(dir, `${validated}/README.md`, '# validated\n')
  commitAll(dir, '2025-11-22T16:30:00Z', 'validated epoch 70')
  session('v5_5_20251123_103epochs', [10])
  commitAll(dir, '2025-11-23T08:00:00Z', 'session 23')
  session('v5_5_20251124_103epochs', [10, 20])
  commitAll(dir, '2025-11-24T10:00:00Z', 'session 24')
  return teamRepo(
    dir,
    {
      manifest: 'modelgate.yaml',
      root: 'artifacts',
      layout: '{stage}/{version}',
      model: 'sequence-vae',
      stages: 'raw,validated,production',
      versioning: 'ordered'
    },
    ['sequence-vae']
  )
}

/**
 * 002 model directory: root `models`, layout `{stage}/{model}_v{version}`,
 * `versioning: ordered` (folder `v1.1`, file `v1.1.0`), archive layout
 * `{stage}/{model}/{name}_v{version}{ext}` (flat).
 */
export function modelDirectoryRepo(): TeamRepo {
  const dir = repo('002')
  // The archive: what production held before, flat, the version in every file name.
  writeFile(dir, 'models/archived/overdue_prediction/metadata_v0.8.1.json', '{"algo": "tree"}\n')
  commitAll(dir, '2025-06-01T09:00:00Z', 'archive overdue 0.8.1')
  writeFile(dir, 'models/archived/overdue_prediction/metadata_v0.9.2.json', '{"algo": "lr"}\n')
  writeFile(
    dir,
    'models/archived/overdue_prediction/overdue_prediction_model_v0.9.2.pkl',
    'logistic regression 0.9.2\n'
  )
  writeFile(dir, 'models/archived/churn_prediction/metadata_v0.7.3.json', '{"algo": "nb"}\n')
  writeFile(dir, 'models/archived/recommendation_engine/metadata_v0.5.1.json', '{"algo": "cf"}\n')
  commitAll(dir, '2025-07-15T09:00:00Z', 'archive')
  writeFile(dir, 'models/production/churn_prediction_v1.0/metadata.json', '{"algo": "gb"}\n')
  writeFile(
    dir,
    'models/production/churn_prediction_v1.0/churn_prediction_model_v1.0.0.pkl',
    'gradient boosting 1.0.0\n'
  )
  commitAll(dir, '2025-08-01T09:00:00Z', 'churn 1.0 in production')
  const churn = 'models/staging/churn_prediction_v1.1'
  writeFile(dir, `${churn}/metadata.json`, '{"algo": "xgboost"}\n')
  writeFile(dir, `${churn}/churn_prediction_model_v1.1.0.pkl`, 'xgboost 1.1.0\n')
  writeFile(dir, `${churn}/validation_results.json`, '{"auc": 0.91}\n')
  writeFile(dir, `${churn}/ab_test_config.json`, '{"split": 10}\n')
  const reco = 'models/staging/recommendation_engine_v1.2'
  writeFile(dir, `${reco}/metadata.json`, '{"algo": "neural cf"}\n')
  writeFile(dir, `${reco}/recommendation_model_v1.2.0.pkl`, 'neural cf 1.2.0\n')
  writeFile(dir, `${reco}/shadow_mode_results.json`, '{"agreement": 0.97}\n')
  commitAll(dir, '2025-09-10T09:00:00Z', 'staging')
  const exp = 'models/experiments/deep_learning_recommendations'
  writeFile(dir, `${exp}/experiment_log.json`, '{"runs": 3}\n')
  writeFile(dir, `${exp}/neural_cf_model.pkl`, 'neural cf prototype\n')
  writeFile(dir, `${exp}/README.md`, '# deep learning recommendations\n')
  writeFile(dir, 'models/metadata/model_registry.json', '{"models": []}\n')
  commitAll(dir, '2025-09-20T09:00:00Z', 'experiments and metadata')
  return teamRepo(
    dir,
    {
      manifest: 'modelgate.yaml',
      root: 'models',
      layout: '{stage}/{model}_v{version}',
      'archive-layout': '{stage}/{model}/{name}_v{version}{ext}',
      stages: 'experiments,staging,production',
      versioning: 'ordered'
    },
    ['churn_prediction', 'overdue_prediction', 'recommendation_engine']
  )
}

/** 004 versioned names: root `model_registry`, layout `{stage}/{model}_v{version}`, SemVer. */
export function versionedNamesRepo(): TeamRepo {
  const dir = repo('004')
  const version = (stage: string, name: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      writeFile(dir, `model_registry/${stage}/${name}/${file}`, text)
    }
  }
  const live = { 'model.pt': 'sentiment 1.2.3\n', 'config.json': '{"layers": 4}\n' }
  version('archived', 'sentiment_classifier_v1.1.0', {
    'model.pt': 'sentiment 1.1.0\n',
    'config.json': '{"layers": 3}\n'
  })
  commitAll(dir, '2025-03-01T12:00:00Z', 'sentiment 1.1.0')
  version('production', 'sentiment_classifier_v1.2.3', live)
  version('benchmark', 'sentiment_classifier_v1.2.3', live)
  commitAll(dir, '2025-04-01T12:00:00Z', 'sentiment 1.2.3')
  version('staging', 'sentiment_classifier_v1.3.0', {
    'model.pt': 'sentiment 1.3.0\n',
    'config.json': '{"layers": 6}\n'
  })
  commitAll(dir, '2025-05-01T12:00:00Z', 'sentiment 1.3.0')
  version('development', 'sentiment_classifier_v1.4.0-rc.1', {
    'model.pt': 'sentiment 1.4.0-rc.1\n',
    'config.json': '{"layers": 8}\n'
  })
  writeFile(dir, 'model_registry/development/README.md', '# development models\n')
  commitAll(dir, '2025-05-20T12:00:00Z', 'sentiment 1.4.0-rc.1')
  return teamRepo(
    dir,
    {
      manifest: 'modelgate.yaml',
      root: 'model_registry',
      layout: '{stage}/{model}_v{version}'
    },
    ['sentiment_classifier']
  )
}
