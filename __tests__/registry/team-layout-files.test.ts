/**
 * validate's file checks on the four team repositories of issue #12's table,
 * each laid out as the team keeps it and described by layout templates: it
 * passes as it is; a changed byte, a missing file and stray files are each
 * one error where the fix goes; files `ignore:` names are nothing, for the
 * registry's list and (by the layout's idea of whose a path is) a model's.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { appendFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { gitInit, lineOf, sha256, tempDir, writeFile } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'
import { bytesOf, teamRepo, type TeamRepo } from '../helpers/team-layout-repos.js'
import {
  KEYWORD_CLASSIFIER,
  MODEL_DIRECTORY,
  TRAINING_SESSIONS,
  VERSIONED_NAMES,
  type TeamLayout
} from './layout-template/team-layouts.js'

let repo: TeamRepo | undefined
afterEach(() => repo?.cleanup())

/** What validate reports on stderr, without its progress lines. */
const problems = (stderr: string) => stderr.split('\n').filter(l => l && !l.startsWith('▸'))

async function validate(r: TeamRepo) {
  const run = await cli(['validate', '--manifest', 'modelgate.yaml'], r.dir)
  return { ...run, problems: problems(run.stderr) }
}

/** The manifest line of a version's file entry (its digest is unique to it). */
function digestLine(r: TeamRepo, model: string, version: string, stage: string, file: string) {
  return lineOf(r.manifest(), sha256(bytesOf({ model, version, stage }, file)))
}

interface TeamCase {
  team: TeamLayout
  /** Seed files under a stage folder that no template places (left out of the clean repository). */
  strayByDesign?: string[]
  /** A version file to change, then to delete: [model, version, stage, file]. */
  file: [string, string, string, string]
  /** Two stray files in one place, and what the one error about them says. */
  strays: { paths: string[]; line: (r: TeamRepo) => number; message: RegExp }
  /** A file the registry's `ignore:` names, in a stage folder. */
  ignored: string
}

const CASES: TeamCase[] = [
  {
    team: KEYWORD_CLASSIFIER,
    file: ['keyword-classifier', '0.4.0', 'staging', 'model.keras'],
    strays: {
      paths: ['resources/production.old', 'resources/production.bak'],
      // `{stage}{ext}` reads them as files of the version in production, which lists neither.
      line: r => lineOf(r.manifest(), '    versions:'),
      message:
        /^2 stray files under resources: production\.(old|bak), production\.(old|bak): not among the files the manifest lists for keyword-classifier 0\.3\.0$/
    },
    ignored: 'resources/archived/README.md'
  },
  {
    team: TRAINING_SESSIONS,
    file: ['vae', 'v5_5_20251124_103epochs', 'raw', 'checkpoints/best.pt'],
    strays: {
      paths: [
        'artifacts/raw/v5_5_20251123_103epochs/checkpoints/epoch_98.pt',
        'artifacts/raw/v5_5_20251123_103epochs/checkpoints/epoch_99.pt'
      ],
      line: r => lineOf(r.manifest(), '    versions:'),
      message:
        /^2 stray files under artifacts\/raw\/v5_5_20251123_103epochs\/checkpoints: epoch_9[89]\.pt, epoch_9[89]\.pt: not among the files the manifest lists for vae v5_5_20251123_103epochs$/
    },
    // A log inside a version's own folder (the seed's training.log).
    ignored: 'artifacts/raw/v5_5_20251123_103epochs/training.log'
  },
  {
    team: MODEL_DIRECTORY,
    file: ['overdue_prediction', '0.9.2', 'archived', 'metadata.json'],
    strays: {
      paths: [
        'models/staging/churn_prediction_v1.1/a.json',
        'models/staging/churn_prediction_v1.1/b.json'
      ],
      line: r => lineOf(r.manifest(), '  churn_prediction:') + 1,
      message:
        /^2 stray files under models\/staging\/churn_prediction_v1\.1: [ab]\.json, [ab]\.json: not among the files the manifest lists for churn_prediction 1\.1$/
    },
    ignored: 'models/staging/churn_prediction_v1.1/README.md'
  },
  {
    team: VERSIONED_NAMES,
    strayByDesign: ['model_registry/staging/sentiment_classifier/model.pt'],
    file: ['sentiment_classifier', '1.2.3', 'production', 'config.json'],
    strays: {
      paths: [
        'model_registry/staging/sentiment_classifier/model.pt',
        'model_registry/staging/sentiment_classifier/config.json'
      ],
      line: r => lineOf(r.manifest(), '- name: staging'),
      message:
        /^2 stray files under model_registry\/staging\/sentiment_classifier: (model\.pt|config\.json), (model\.pt|config\.json): no layout of "staging" \("\{stage\}\/\{model\}_v\{version\}"\) places them as a file of a version; list them under ignore: if they are not model files$/
    },
    ignored: 'model_registry/staging/README.md'
  }
]

describe.each(CASES.map(c => [c.team.seed, c] as const))('%s', (_seed, c) => {
  const clean = () => (repo = teamRepo(c.team, c.strayByDesign))
  const filePath = (r: TeamRepo) => r.paths.get(c.file.join(' '))!

  it('validates as it is: every file verified where the templates put it', async () => {
    const r = clean()
    const run = await validate(r)
    expect(run.problems).toEqual([])
    expect(run.code).toBe(0)
    const files = c.team.versions.reduce((n, v) => n + Object.keys(v.files).length, 0)
    expect(run.stdout).toContain(`${files} files verified`)
  })

  it('a changed byte is a digest error at the version’s file entry', async () => {
    const r = clean()
    appendFileSync(path.join(r.dir, filePath(r)), 'x')
    const run = await validate(r)
    expect(run.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^modelgate\\.yaml:${digestLine(r, ...c.file)}:\\d+: digest mismatch for ${escape(filePath(r))}: the manifest records sha256:`
        )
      )
    ])
    expect(run.code).toBe(1)
  })

  it('a missing file is one error naming its rendered path', async () => {
    const r = clean()
    rmSync(path.join(r.dir, filePath(r)))
    const run = await validate(r)
    const [model, version] = c.file
    expect(run.problems.map(splitProblem)).toEqual([
      [
        `modelgate.yaml:${digestLine(r, ...c.file)}`,
        `missing file ${filePath(r)} (recorded for ${model} ${version})`
      ]
    ])
    expect(run.code).toBe(1)
  })

  it('stray files in one place are one error', async () => {
    const r = clean()
    for (const p of c.strays.paths) writeFile(r.dir, p, 'not listed\n')
    const run = await validate(r)
    expect(run.problems).toHaveLength(1)
    const [where, message] = splitProblem(run.problems[0])
    expect(where).toBe(`modelgate.yaml:${c.strays.line(r)}`)
    expect(message).toMatch(c.strays.message)
    expect(run.code).toBe(1)
  })

  it('a file ignore: names is neither digested nor stray', async () => {
    const r = clean()
    writeFile(r.dir, c.ignored, 'notes\n')
    const run = await validate(r)
    expect(run.problems).toEqual([])
    expect(run.code).toBe(0)
  })
})

describe('benchmark copies under templates', () => {
  it('a file layout: the copy is the file the template renders, a stale one is a digest error', async () => {
    const r = (repo = teamRepo(KEYWORD_CLASSIFIER))
    writeFile(r.dir, 'resources/benchmark.keras', 'last year’s model\n')
    const run = await validate(r)
    const stage = lineOf(r.manifest(), 'stage: production')
    expect(run.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^modelgate\\.yaml:${stage}:\\d+: stale benchmark copy: resources/benchmark\\.keras differs from production keyword-classifier 0\\.3\\.0 \\(recorded sha256:`
        )
      )
    ])
    rmSync(path.join(r.dir, 'resources/benchmark.keras'))
    const again = await validate(r)
    expect(again.problems.map(p => splitProblem(p)[1])).toEqual([
      'missing benchmark copy of production keyword-classifier 0.3.0: expected resources/benchmark.keras'
    ])
  })

  it('a folder layout: a copy of another version is stale, at the production version', async () => {
    const r = (repo = teamRepo(VERSIONED_NAMES, VERSIONED_NAMES.unplaced))
    writeFile(r.dir, 'model_registry/benchmark/sentiment_classifier_v1.1.0/model.pt', 'old\n')
    const run = await validate(r)
    expect(run.problems.map(splitProblem)).toEqual([
      [
        `modelgate.yaml:${lineOf(r.manifest(), 'stage: production')}`,
        'stale benchmark copy model_registry/benchmark/sentiment_classifier_v1.1.0/: production sentiment_classifier 1.2.3 is the one to copy'
      ]
    ])
  })
})

describe('whose a stray file is, by the layout', () => {
  it('a folder of a model the registry lacks, and a version the manifest does not list', async () => {
    const r = (repo = teamRepo(VERSIONED_NAMES, VERSIONED_NAMES.unplaced))
    writeFile(r.dir, 'model_registry/staging/ghost_v1.0.0/model.pt', 'ghost\n')
    writeFile(r.dir, 'model_registry/staging/sentiment_classifier_v9.0.0/model.pt', 'new\n')
    const run = await validate(r)
    expect(run.problems.map(p => splitProblem(p)[1]).sort()).toEqual([
      'stray file model_registry/staging/ghost_v1.0.0/model.pt: no model "ghost" in the registry',
      'stray file model_registry/staging/sentiment_classifier_v9.0.0/model.pt: no version of sentiment_classifier in "staging" is listed for it'
    ])
  })

  it('files beside the stage files that no stage name begins are not looked at', async () => {
    const r = (repo = teamRepo(KEYWORD_CLASSIFIER))
    writeFile(r.dir, 'resources/artifacts/more.pkl', 'notebook data\n')
    writeFile(r.dir, 'resources/tokenizer.json', '{}\n')
    const run = await validate(r)
    expect(run.problems).toEqual([])
  })

  it("a model's own ignore: applies to the paths the layout gives that model", async () => {
    const r = (repo = teamRepo(MODEL_DIRECTORY))
    r.edit('  churn_prediction:\n', '  churn_prediction:\n    ignore: ["**/*.csv"]\n')
    writeFile(r.dir, 'models/staging/churn_prediction_v1.1/perf.csv', 'a,b\n')
    writeFile(r.dir, 'models/staging/demand_forecasting_v1.1/perf.csv', 'a,b\n')
    const run = await validate(r)
    expect(run.problems.map(p => splitProblem(p)[1])).toEqual([
      'stray file models/staging/demand_forecasting_v1.1/perf.csv: not one of the files the manifest lists for it (demand_forecasting 1.1)'
    ])
  })
})

describe("a model's ignore: under a layout without {model}", () => {
  it('applies to the paths of the one model the layout is for', async () => {
    const r = (repo = teamRepo(TRAINING_SESSIONS))
    r.edit('  vae:\n', '  vae:\n    ignore: ["**/*.tmp"]\n')
    writeFile(r.dir, 'artifacts/raw/v5_5_20251123_103epochs/checkpoints/partial.tmp', 'x\n')
    const run = await validate(r)
    expect(run.problems).toEqual([])
    expect(run.code).toBe(0)
  })
})

describe('validate --model under templates', () => {
  it('reports the stray files the layout attributes to that model, and no one else’s', async () => {
    const r = (repo = teamRepo(MODEL_DIRECTORY))
    writeFile(r.dir, 'models/staging/churn_prediction_v1.1/extra.pkl', 'x\n')
    writeFile(r.dir, 'models/staging/demand_forecasting_v1.1/extra.pkl', 'x\n')
    const run = await cli(
      ['validate', '--manifest', 'modelgate.yaml', '--model', 'churn_prediction'],
      r.dir
    )
    expect(problems(run.stderr).map(p => splitProblem(p)[1])).toEqual([
      'stray file models/staging/churn_prediction_v1.1/extra.pkl: not one of the files the manifest lists for it (churn_prediction 1.1)'
    ])
    expect(run.code).toBe(1)
  })
})

describe('a placeholder above {stage}', () => {
  it('walks every model folder, and only the stage folders in them are checked', async () => {
    const dir = tempDir()
    gitInit(dir)
    const bytes = 'clf 1.0.0 model.bin\n'
    writeFile(dir, 'models/clf/staging/1.0.0/model.bin', bytes)
    writeFile(dir, 'models/clf/notebooks/explore.ipynb', '{}\n')
    const manifest = [
      'apiVersion: modelgate/v1',
      'root: models',
      'layout: "{model}/{stage}/{version}"',
      'models:',
      '  clf:',
      '    versions:',
      `      - { version: "1.0.0", stage: staging, files: { model.bin: "${sha256(bytes)}" } }`,
      ''
    ].join('\n')
    writeFile(dir, 'modelgate.yaml', manifest)
    try {
      const clean = await cli(['validate', '--manifest', 'modelgate.yaml'], dir)
      expect(problems(clean.stderr)).toEqual([])
      expect(clean.code).toBe(0)
      writeFile(dir, 'models/clf/staging/0.9.0/model.bin', 'old\n')
      const run = await cli(['validate', '--manifest', 'modelgate.yaml'], dir)
      expect(problems(run.stderr).map(p => splitProblem(p))).toEqual([
        [
          `modelgate.yaml:${lineOf(manifest, '    versions:')}`,
          'stray file models/clf/staging/0.9.0/model.bin: no version of clf in "staging" is listed for it'
        ]
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** `file:line` and the message of one problem line (`file:line:col: message`). */
function splitProblem(line: string): [string, string] {
  const m = /^([^:]+:\d+):\d+: (.*)$/.exec(line)
  if (!m) throw new Error(`not a located problem: ${line}`)
  return [m[1], m[2]]
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
