/**
 * The four team layouts of issue #12's table, as data: the seeds'
 * repositories (`/work/shared/seeds/000…004`), each version with the paths
 * its files have in that team's repository today. The tests render and
 * match these, run the checks on them and plan their moves.
 */
import type { LayoutEntry } from '../../../src/registry/layout-template/match.js'
import type { ModelLayouts, StageLimits } from '../../../src/registry/layout-template/checks.js'
import { parseLayout, type LayoutTemplate } from '../../../src/registry/layout-template/template.js'
import {
  versionRule,
  type Versioning
} from '../../../src/registry/layout-template/version-rules.js'

export interface TeamVersion {
  model: string
  version: string
  /** A stage name, the archive folder, or the benchmark folder for the benchmark copy. */
  stage: string
  /** Logical file name → its path in the team's repository. */
  files: Record<string, string>
}

export interface TeamLayout {
  seed: string
  root: string
  stages: StageLimits[]
  benchmarkFolder?: string
  archiveFolder: string
  layout: string
  /** The archive's own layout, where it differs from `layout`. */
  archiveLayout?: string
  versioning: Versioning
  versions: TeamVersion[]
  /** Paths under the stage folders that no template places. */
  unplaced: string[]
}

const DEFAULT_STAGES: StageLimits[] = [
  { name: 'development' },
  { name: 'experimental' },
  { name: 'staging' },
  { name: 'production', capacity: 1 }
]

export const KEYWORD_CLASSIFIER: TeamLayout = {
  seed: '000 keyword classifier',
  root: 'resources',
  stages: DEFAULT_STAGES,
  benchmarkFolder: 'benchmark',
  archiveFolder: 'archived',
  layout: '{stage}{ext}',
  archiveLayout: '{stage}/{version}{ext}',
  versioning: 'semver',
  versions: [
    {
      model: 'keyword-classifier',
      version: '0.6.0',
      stage: 'development',
      files: { 'model.keras': 'resources/development.keras' }
    },
    {
      model: 'keyword-classifier',
      version: '0.5.0',
      stage: 'experimental',
      files: { 'model.keras': 'resources/experimental.keras' }
    },
    {
      model: 'keyword-classifier',
      version: '0.4.0',
      stage: 'staging',
      files: { 'model.keras': 'resources/staging.keras' }
    },
    {
      model: 'keyword-classifier',
      version: '0.3.0',
      stage: 'production',
      files: { 'model.keras': 'resources/production.keras' }
    },
    {
      model: 'keyword-classifier',
      version: '0.3.0',
      stage: 'benchmark',
      files: { 'model.keras': 'resources/benchmark.keras' }
    },
    {
      model: 'keyword-classifier',
      version: '0.2.0',
      stage: 'archived',
      files: { 'model.keras': 'resources/archived/0.2.0.keras' }
    },
    {
      model: 'keyword-classifier',
      version: '0.1.0',
      stage: 'archived',
      files: { 'model.keras': 'resources/archived/0.1.0.keras' }
    }
  ],
  unplaced: [
    'resources/artifacts/keyword_sampke.pkl',
    'resources/README.md',
    'resources/archived/notes.md'
  ]
}

export const TRAINING_SESSIONS: TeamLayout = {
  seed: '001 training sessions',
  root: 'artifacts',
  stages: [{ name: 'raw' }, { name: 'validated' }, { name: 'production', capacity: 1 }],
  archiveFolder: 'archived',
  layout: '{stage}/{version}',
  versioning: 'ordered',
  versions: [
    {
      model: 'vae',
      version: 'v5_5_20251123_103epochs',
      stage: 'raw',
      files: {
        'checkpoints/best.pt': 'artifacts/raw/v5_5_20251123_103epochs/checkpoints/best.pt',
        'checkpoints/epoch_10.pt': 'artifacts/raw/v5_5_20251123_103epochs/checkpoints/epoch_10.pt',
        'metrics/training_metrics.json':
          'artifacts/raw/v5_5_20251123_103epochs/metrics/training_metrics.json',
        'config.yaml': 'artifacts/raw/v5_5_20251123_103epochs/config.yaml'
      }
    },
    {
      model: 'vae',
      version: 'v5_5_20251124_103epochs',
      stage: 'raw',
      files: {
        'checkpoints/best.pt': 'artifacts/raw/v5_5_20251124_103epochs/checkpoints/best.pt',
        'checkpoints/epoch_20.pt': 'artifacts/raw/v5_5_20251124_103epochs/checkpoints/epoch_20.pt'
      }
    },
    {
      model: 'vae',
      version: 'v5_5_epoch70_validated',
      stage: 'validated',
      files: {
        'model.pt': 'artifacts/validated/v5_5_epoch70_validated/model.pt',
        'validation/test_results.json':
          'artifacts/validated/v5_5_epoch70_validated/validation/test_results.json'
      }
    },
    {
      model: 'vae',
      version: 'v5_5_prod_v1.0',
      stage: 'production',
      files: {
        'model.pt': 'artifacts/production/v5_5_prod_v1.0/model.pt',
        'config.yaml': 'artifacts/production/v5_5_prod_v1.0/config.yaml'
      }
    },
    {
      model: 'vae',
      version: 'v5_4_prod_v0.9',
      stage: 'archived',
      files: { 'model.pt': 'artifacts/archived/v5_4_prod_v0.9/model.pt' }
    }
  ],
  unplaced: ['artifacts/README.md', 'artifacts/raw/notes.txt', 'artifacts/sandbox/v1/model.pt']
}

export const MODEL_DIRECTORY: TeamLayout = {
  seed: '002 model directory',
  root: 'models',
  stages: [{ name: 'experiments' }, { name: 'staging' }, { name: 'production', capacity: 1 }],
  archiveFolder: 'archived',
  layout: '{stage}/{model}_v{version}',
  archiveLayout: '{stage}/{model}/{name}_v{version}{ext}',
  versioning: 'ordered',
  versions: [
    {
      model: 'churn_prediction',
      version: '1.1',
      stage: 'staging',
      files: {
        'metadata.json': 'models/staging/churn_prediction_v1.1/metadata.json',
        'churn_prediction_model_v1.1.0.pkl':
          'models/staging/churn_prediction_v1.1/churn_prediction_model_v1.1.0.pkl',
        'validation_results.json': 'models/staging/churn_prediction_v1.1/validation_results.json',
        'ab_test_config.json': 'models/staging/churn_prediction_v1.1/ab_test_config.json'
      }
    },
    {
      model: 'recommendation_engine',
      version: '1.2',
      stage: 'staging',
      files: {
        'metadata.json': 'models/staging/recommendation_engine_v1.2/metadata.json',
        'recommendation_model_v1.2.0.pkl':
          'models/staging/recommendation_engine_v1.2/recommendation_model_v1.2.0.pkl',
        'shadow_mode_results.json':
          'models/staging/recommendation_engine_v1.2/shadow_mode_results.json'
      }
    },
    {
      model: 'demand_forecasting',
      version: '1.1',
      stage: 'staging',
      files: {
        'metadata.json': 'models/staging/demand_forecasting_v1.1/metadata.json',
        'demand_model_v1.1.0.pkl': 'models/staging/demand_forecasting_v1.1/demand_model_v1.1.0.pkl'
      }
    },
    {
      model: 'churn_prediction',
      version: '1.0',
      stage: 'production',
      files: {
        'metadata.json': 'models/production/churn_prediction_v1.0/metadata.json',
        'churn_prediction_model_v1.0.0.pkl':
          'models/production/churn_prediction_v1.0/churn_prediction_model_v1.0.0.pkl'
      }
    },
    {
      model: 'overdue_prediction',
      version: '0.9.2',
      stage: 'archived',
      files: {
        'overdue_prediction_model_v0.9.2.pkl':
          'models/archived/overdue_prediction/overdue_prediction_model_v0.9.2.pkl',
        'metadata.json': 'models/archived/overdue_prediction/metadata_v0.9.2.json'
      }
    },
    {
      model: 'overdue_prediction',
      version: '0.8.1',
      stage: 'archived',
      files: { 'metadata.json': 'models/archived/overdue_prediction/metadata_v0.8.1.json' }
    },
    {
      model: 'churn_prediction',
      version: '0.7.3',
      stage: 'archived',
      files: { 'metadata.json': 'models/archived/churn_prediction/metadata_v0.7.3.json' }
    },
    {
      model: 'recommendation_engine',
      version: '0.5.1',
      stage: 'archived',
      files: { 'metadata.json': 'models/archived/recommendation_engine/metadata_v0.5.1.json' }
    }
  ],
  unplaced: [
    'models/experiments/deep_learning_recommendations/README.md',
    'models/metadata/model_registry.json',
    'models/archived/README.md'
  ]
}

export const VERSIONED_NAMES: TeamLayout = {
  seed: '004 versioned names',
  root: 'model_registry',
  stages: DEFAULT_STAGES,
  benchmarkFolder: 'benchmark',
  archiveFolder: 'archived',
  layout: '{stage}/{model}_v{version}',
  versioning: 'semver',
  versions: [
    {
      model: 'sentiment_classifier',
      version: '1.3.0',
      stage: 'staging',
      files: {
        'model.pt': 'model_registry/staging/sentiment_classifier_v1.3.0/model.pt',
        'config.json': 'model_registry/staging/sentiment_classifier_v1.3.0/config.json'
      }
    },
    {
      model: 'sentiment_classifier',
      version: '1.2.3',
      stage: 'production',
      files: {
        'model.pt': 'model_registry/production/sentiment_classifier_v1.2.3/model.pt',
        'config.json': 'model_registry/production/sentiment_classifier_v1.2.3/config.json'
      }
    },
    {
      model: 'sentiment_classifier',
      version: '1.2.3',
      stage: 'benchmark',
      files: {
        'model.pt': 'model_registry/benchmark/sentiment_classifier_v1.2.3/model.pt',
        'config.json': 'model_registry/benchmark/sentiment_classifier_v1.2.3/config.json'
      }
    },
    {
      model: 'sentiment_classifier',
      version: '1.1.0',
      stage: 'archived',
      files: { 'model.pt': 'model_registry/archived/sentiment_classifier_v1.1.0/model.pt' }
    },
    {
      // A model whose own name holds "_v": the longest prefix that leaves a version wins.
      model: 'churn_v2_model',
      version: '0.1.0',
      stage: 'development',
      files: { 'model.pkl': 'model_registry/development/churn_v2_model_v0.1.0/model.pkl' }
    },
    {
      model: 'price_v1',
      version: 'v2.0.0',
      stage: 'experimental',
      files: { 'model.pkl': 'model_registry/experimental/price_v1_vv2.0.0/model.pkl' }
    }
  ],
  unplaced: [
    'model_registry/staging/README.md',
    'model_registry/staging/sentiment_classifier/model.pt'
  ]
}

export const TEAMS = [KEYWORD_CLASSIFIER, TRAINING_SESSIONS, MODEL_DIRECTORY, VERSIONED_NAMES]

export function template(source: string): LayoutTemplate {
  const parsed = parseLayout(source)
  if (!parsed.ok) throw new Error(parsed.errors.map(e => e.message).join('\n'))
  return parsed.value
}

export function modelsOf(team: TeamLayout): string[] {
  return [...new Set(team.versions.map(v => v.model))]
}

const parsed = new WeakMap<TeamLayout, Record<string, LayoutTemplate>>()

/** The team's templates, parsed once, by folder (stages, benchmark, archive). */
export function layoutsOf(team: TeamLayout): Record<string, LayoutTemplate> {
  const known = parsed.get(team)
  if (known) return known
  const main = template(team.layout)
  const archive = team.archiveLayout ? template(team.archiveLayout) : main
  const out: Record<string, LayoutTemplate> = { [team.archiveFolder]: archive }
  for (const s of team.stages) out[s.name] = main
  if (team.benchmarkFolder) out[team.benchmarkFolder] = main
  parsed.set(team, out)
  return out
}

/** What the matcher is given for the team: one entry per distinct template. */
export function entriesOf(team: TeamLayout): LayoutEntry<string>[] {
  const byTemplate = new Map<LayoutTemplate, string[]>()
  for (const [folder, t] of Object.entries(layoutsOf(team))) {
    byTemplate.set(t, [...(byTemplate.get(t) ?? []), folder])
  }
  return [...byTemplate].map(([t, stages]) => ({
    template: t,
    stages,
    // A template without {model} is one model's: the entry says whose.
    models: t.uses.has('model') ? undefined : modelsOf(team),
    isVersion: versionRule(team.versioning),
    tag: t.source
  }))
}

/** The check input's models: versions in stages and the archive, and each benchmark copy. */
export function modelLayoutsOf(team: TeamLayout): ModelLayouts[] {
  const layouts = layoutsOf(team)
  return modelsOf(team).map(name => {
    const mine = team.versions.filter(v => v.model === name)
    const copy = mine.find(v => v.stage === team.benchmarkFolder)
    return {
      name,
      layouts,
      versions: mine
        .filter(v => v !== copy)
        .map(v => ({ version: v.version, stage: v.stage, files: Object.keys(v.files) })),
      benchmark: copy && { version: copy.version, files: Object.keys(copy.files) }
    }
  })
}
