/**
 * Promotion, rollback, register and retire follow the layout templates
 * (issue #12): planned per layout of the seeds' teams, down to the tree
 * entries the commit is made of. A version whose folder is its own in both
 * places moves as one `040000` entry; where a name changes on the way, each
 * file is one blob entry carrying the blob SHA and mode it has at HEAD; a
 * path written by an addition is not also deleted.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { loadRegistry } from '../../src/registry/load.js'
import type { Registry } from '../../src/registry/registry.js'
import { planChange } from '../../src/changes/plan-change.js'
import type { ChangePlan } from '../../src/changes/change-plan.js'
import { sourcePaths, treeEntries, type SourceObject } from '../../src/changes/tree-changes.js'
import { candidateFromEntry } from '../../src/changes/pull-request-content.js'
import { renderPrBody } from '../../src/present/pr-body.js'
import { findModel, type LoadedModel } from '../../src/registry/registry.js'
import {
  fixture,
  gitInit,
  sha256,
  tempDir,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

const AT = '2026-11-20T10:00:00Z'
const who = { actor: 'octocat', at: AT }
const D = (text: string) => sha256(text)
/** The blob a registration uploads. */
const SHA_NEW = 'e'.repeat(40)

async function load(manifest: string): Promise<Registry> {
  const dir = tempDir('modelgate-layout-moves-')
  gitInit(dir)
  const f = fixture(dir, writeFile(dir, 'modelgate.yaml', manifest))
  fixtures.push(f)
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  expect(result.diagnostics).toEqual([])
  if (!result.registry) throw new Error('no registry')
  return result.registry
}

/** A made-up object for each path a plan reads from: `<n>` repeated, blobs executable when asked. */
function objects(plan: ChangePlan, executable: string[] = []): Map<string, SourceObject> {
  const kinds = new Map(plan.moves.map(m => [m.from, m.kind]))
  return new Map(
    sourcePaths(plan.moves).map((p, i) => [
      p,
      {
        sha: String(i + 1).repeat(40),
        mode: kinds.get(p) === 'file' ? (executable.includes(p) ? '100755' : '100644') : '040000'
      }
    ])
  )
}

function entries(
  plan: ChangePlan,
  sources: Map<string, SourceObject>,
  blobs: Array<{ path: string; sha: string }> = []
) {
  return treeEntries({
    moves: plan.moves,
    blobs,
    sources,
    manifest: { path: plan.file.relPath, mode: '100644', text: plan.newText }
  }).slice(0, -1) // the manifest is always last
}

const moves = (plan: ChangePlan) =>
  plan.moves.map(m => [m.kind ?? 'folder', m.from, m.to, m.reason])

// Seed 000: the file name is the stage; one model, one file; the archive keeps versions apart.
const KEYWORD = [
  'apiVersion: modelgate/v1',
  'root: resources',
  'layout: "{stage}{ext}"',
  'stages:',
  '  - name: development',
  '  - name: staging',
  '  - name: production',
  'benchmark: { folder: benchmark, copyOf: production }',
  'archive: { folder: archived, layout: "{stage}/{version}{ext}" }',
  'models:',
  '  keyword:',
  '    files: [model.keras]',
  '    versions:',
  `      - { version: "0.9.0", stage: archived, files: { model.keras: "${D('0.9')}" }, retired: { at: "2026-10-01T12:00:00Z", reason: replaced, replacedBy: "1.0.0", actor: octocat } }`,
  `      - { version: "1.0.0", stage: production, files: { model.keras: "${D('1.0')}" } }`,
  `      - { version: "1.1.0", stage: staging, files: { model.keras: "${D('1.1')}" } }`,
  `      - { version: "1.2.0", stage: development, files: { model.keras: "${D('1.2')}" } }`,
  ''
].join('\n')

describe('a file layout: {stage}{ext} under resources, archive {stage}/{version}{ext} (seed 000)', () => {
  it('promote moves the file into production, archives the occupant and refreshes the benchmark in place', async () => {
    const plan = planChange(await load(KEYWORD), {
      kind: 'promote',
      model: 'keyword',
      version: '1.1.0',
      to: 'production',
      ...who
    })
    expect(moves(plan)).toEqual([
      ['file', 'resources/staging.keras', 'resources/production.keras', 'promote'],
      ['file', 'resources/production.keras', 'resources/archived/1.0.0.keras', 'archive'],
      ['file', 'resources/benchmark.keras', null, 'benchmark-remove'],
      ['file', 'resources/staging.keras', 'resources/benchmark.keras', 'benchmark-refresh']
    ])
    const sources = objects(plan, ['resources/production.keras'])
    const staged = sources.get('resources/staging.keras')!.sha
    const live = sources.get('resources/production.keras')!.sha
    // production.keras and benchmark.keras are written anew: they are not deleted as well
    expect(entries(plan, sources)).toEqual([
      { path: 'resources/staging.keras', mode: '100644', type: 'blob', sha: null },
      { path: 'resources/production.keras', mode: '100644', type: 'blob', sha: staged },
      { path: 'resources/archived/1.0.0.keras', mode: '100755', type: 'blob', sha: live },
      { path: 'resources/benchmark.keras', mode: '100644', type: 'blob', sha: staged }
    ])
    expect(plan.newText).toMatch(/version: "1.0.0", stage: archived,.*retired:/)
    expect(plan.commitMessage).toContain(
      '- resources/production.keras -> resources/archived/1.0.0.keras (archive)'
    )
  })

  it('the pull request lists each file that moves, marked as one file', async () => {
    const reg = await load(KEYWORD)
    const plan = planChange(reg, {
      kind: 'promote',
      model: 'keyword',
      version: '1.1.0',
      to: 'production',
      ...who
    })
    const model = findModel(reg, 'keyword') as LoadedModel
    const body = renderPrBody({
      plan,
      model,
      stage: reg.stages[2],
      gateSummary: [],
      candidate: candidateFromEntry(model.spec.versions[2])
    })
    expect(body).toContain(
      '| 1.0.0 | `resources/production.keras` | `resources/archived/1.0.0.keras` | archived (replaced by 1.1.0) (one file) |'
    )
    expect(body).toContain(
      '| 1.1.0 | `resources/staging.keras` | `resources/benchmark.keras` | benchmark copy refreshed (one file) |'
    )
    expect(body).toMatch(/_\(one file\): a layout puts the stage or the version in the file's name/)
  })

  it('register lands the file at development.keras and archives the version there', async () => {
    const plan = planChange(await load(KEYWORD), {
      kind: 'register',
      model: 'keyword',
      version: '1.3.0',
      files: [
        { name: 'model.keras', source: '/tmp/m.keras', digest: D('1.3'), size: 3, lfs: false }
      ],
      source: {},
      allowOlder: false,
      ...who
    })
    if (plan.kind !== 'register') throw new Error(plan.kind)
    expect(plan.additions.map(a => a.path)).toEqual(['resources/development.keras'])
    expect(plan.folder).toBeUndefined()
    expect(moves(plan)).toEqual([
      ['file', 'resources/development.keras', 'resources/archived/1.2.0.keras', 'archive']
    ])
    const sources = objects(plan)
    expect(
      entries(plan, sources, [{ path: 'resources/development.keras', sha: 'f'.repeat(40) }])
    ).toEqual([
      {
        path: 'resources/archived/1.2.0.keras',
        mode: '100644',
        type: 'blob',
        sha: sources.get('resources/development.keras')!.sha
      },
      { path: 'resources/development.keras', mode: '100644', type: 'blob', sha: 'f'.repeat(40) }
    ])
    expect(plan.newText).toMatch(
      /version: "1.2.0", stage: archived, files: .*retired: \{ at: .*, reason: replaced, replacedBy: "?1.3.0"?/
    )
  })

  it('rollback restores the archived file into production through both templates', async () => {
    const plan = planChange(await load(KEYWORD), { kind: 'rollback', model: 'keyword', ...who })
    expect(moves(plan)).toEqual([
      ['file', 'resources/archived/0.9.0.keras', 'resources/production.keras', 'restore'],
      ['file', 'resources/production.keras', 'resources/archived/1.0.0.keras', 'archive'],
      ['file', 'resources/benchmark.keras', null, 'benchmark-remove'],
      ['file', 'resources/archived/0.9.0.keras', 'resources/benchmark.keras', 'benchmark-refresh']
    ])
    expect(entries(plan, objects(plan)).filter(e => e.sha === null)).toEqual([
      { path: 'resources/archived/0.9.0.keras', mode: '100644', type: 'blob', sha: null }
    ])
  })

  it('retire sends the file to the archive by its archive layout', async () => {
    const plan = planChange(await load(KEYWORD), {
      kind: 'retire',
      model: 'keyword',
      version: '1.1.0',
      reason: 'worse on long texts',
      ...who
    })
    expect(moves(plan)).toEqual([
      ['file', 'resources/staging.keras', 'resources/archived/1.1.0.keras', 'retire']
    ])
  })
})

// Seed 002: one folder per version named after it; a flat archive whose file names carry the version.
const DIRECTORY = [
  'apiVersion: modelgate/v1',
  'root: models',
  'versioning: ordered',
  'layout: "{stage}/{model}_v{version}"',
  'stages:',
  '  - name: staging',
  '  - name: production',
  '    capacity: 1',
  'benchmark: false',
  'archive: { folder: archived, layout: "{stage}/{model}/{name}_v{version}{ext}" }',
  'models:',
  '  overdue_prediction:',
  '    versions:',
  '      - version: "0.9.2"',
  '        stage: production',
  '        createdAt: "2025-01-01T00:00:00Z"',
  `        files: { overdue_prediction_model_v0.9.2.pkl: "${D('a')}", metadata.json: "${D('b')}" }`,
  '      - version: "1.1"',
  '        stage: staging',
  '        createdAt: "2025-06-01T00:00:00Z"',
  `        files: { overdue_prediction_model_v1.1.0.pkl: "${D('c')}", metadata.json: "${D('d')}" }`,
  ''
].join('\n')

describe('a folder layout with a flat archive that renames (seed 002)', () => {
  it('the promoted folder moves whole; the occupant goes file by file, names versioned once', async () => {
    const plan = planChange(await load(DIRECTORY), {
      kind: 'promote',
      model: 'overdue_prediction',
      version: '1.1',
      to: 'production',
      ...who
    })
    expect(moves(plan)).toEqual([
      [
        'folder',
        'models/staging/overdue_prediction_v1.1',
        'models/production/overdue_prediction_v1.1',
        'promote'
      ],
      [
        'file',
        'models/production/overdue_prediction_v0.9.2/overdue_prediction_model_v0.9.2.pkl',
        'models/archived/overdue_prediction/overdue_prediction_model_v0.9.2.pkl',
        'archive'
      ],
      [
        'file',
        'models/production/overdue_prediction_v0.9.2/metadata.json',
        'models/archived/overdue_prediction/metadata_v0.9.2.json',
        'archive'
      ]
    ])
    const sources = objects(plan)
    const sha = (p: string) => sources.get(p)!.sha
    const old = 'models/production/overdue_prediction_v0.9.2'
    expect(entries(plan, sources)).toEqual([
      { path: 'models/staging/overdue_prediction_v1.1', mode: '040000', type: 'tree', sha: null },
      {
        path: `${old}/overdue_prediction_model_v0.9.2.pkl`,
        mode: '100644',
        type: 'blob',
        sha: null
      },
      { path: `${old}/metadata.json`, mode: '100644', type: 'blob', sha: null },
      {
        path: 'models/production/overdue_prediction_v1.1',
        mode: '040000',
        type: 'tree',
        sha: sha('models/staging/overdue_prediction_v1.1')
      },
      {
        path: 'models/archived/overdue_prediction/overdue_prediction_model_v0.9.2.pkl',
        mode: '100644',
        type: 'blob',
        sha: sha(`${old}/overdue_prediction_model_v0.9.2.pkl`)
      },
      {
        path: 'models/archived/overdue_prediction/metadata_v0.9.2.json',
        mode: '100644',
        type: 'blob',
        sha: sha(`${old}/metadata.json`)
      }
    ])
  })
})

// Seed 004: `<model>_v<version>` folders, the archive by the same template.
const VERSIONED = [
  'apiVersion: modelgate/v1',
  'layout: "{stage}/{model}_v{version}"',
  'root: models',
  'stages:',
  '  - name: staging',
  '  - name: production',
  '    capacity: 1',
  'benchmark: { folder: benchmark, copyOf: production }',
  'models:',
  '  churn:',
  '    files: [model.pkl]',
  '    versions:',
  `      - { version: "1.0.0", stage: production, files: { model.pkl: "${D('1')}" } }`,
  `      - { version: "1.1.0", stage: staging, files: { model.pkl: "${D('2')}" } }`,
  ''
].join('\n')

describe('a folder layout {stage}/{model}_v{version} (seed 004)', () => {
  it('every version moves as one folder entry, the benchmark copy too', async () => {
    const plan = planChange(await load(VERSIONED), {
      kind: 'promote',
      model: 'churn',
      version: '1.1.0',
      to: 'production',
      ...who
    })
    expect(moves(plan)).toEqual([
      ['folder', 'models/staging/churn_v1.1.0', 'models/production/churn_v1.1.0', 'promote'],
      ['folder', 'models/production/churn_v1.0.0', 'models/archived/churn_v1.0.0', 'archive'],
      ['folder', 'models/benchmark/churn_v1.0.0', null, 'benchmark-remove'],
      [
        'folder',
        'models/staging/churn_v1.1.0',
        'models/benchmark/churn_v1.1.0',
        'benchmark-refresh'
      ]
    ])
    // the default kind is left out of the plan, as before layouts
    expect(plan.moves.every(m => !('kind' in m))).toBe(true)
    expect(entries(plan, objects(plan)).map(e => [e.path, e.type, e.sha === null])).toEqual([
      ['models/staging/churn_v1.1.0', 'tree', true],
      ['models/production/churn_v1.0.0', 'tree', true],
      ['models/benchmark/churn_v1.0.0', 'tree', true],
      ['models/production/churn_v1.1.0', 'tree', false],
      ['models/archived/churn_v1.0.0', 'tree', false],
      ['models/benchmark/churn_v1.1.0', 'tree', false]
    ])
  })

  it('register gives the new version its own folder, which must not exist yet', async () => {
    const plan = planChange(await load(VERSIONED), {
      kind: 'register',
      model: 'churn',
      version: '1.2.0',
      files: [{ name: 'model.pkl', source: '/tmp/m.pkl', digest: D('3'), size: 1, lfs: false }],
      source: {},
      allowOlder: false,
      ...who
    })
    if (plan.kind !== 'register') throw new Error(plan.kind)
    expect(plan.folder).toBe('models/staging/churn_v1.2.0')
    expect(plan.additions.map(a => a.path)).toEqual(['models/staging/churn_v1.2.0/model.pkl'])
    // staging has no capacity and its paths carry {version}: nothing leaves
    expect(plan.moves).toEqual([])
  })
})

describe('a folder layout without {version}: one version per model in every stage', () => {
  const MANIFEST = [
    'apiVersion: modelgate/v1',
    'root: models',
    'layout: "{stage}/{model}"',
    'stages:',
    '  - name: development',
    '  - name: production',
    'benchmark: false',
    'archive: { folder: archived, layout: "{stage}/{model}/{version}" }',
    'models:',
    '  m:',
    '    versions:',
    `      - { version: "1.0.0", stage: development, files: { model.bin: "${D('1')}", notes.txt: "${D('n')}" } }`,
    ''
  ].join('\n')

  it('register archives the occupant’s folder whole and writes the new files where it was', async () => {
    const plan = planChange(await load(MANIFEST), {
      kind: 'register',
      model: 'm',
      version: '1.1.0',
      files: [{ name: 'model.bin', source: '/tmp/m.bin', digest: D('2'), size: 1, lfs: false }],
      source: {},
      allowOlder: false,
      ...who
    })
    if (plan.kind !== 'register') throw new Error(plan.kind)
    expect(plan.folder).toBe('models/development/m')
    expect(moves(plan)).toEqual([
      ['folder', 'models/development/m', 'models/archived/m/1.0.0', 'archive']
    ])
    const sources = objects(plan)
    // the old folder goes first (notes.txt with it), then the archive and the new file
    expect(
      entries(plan, sources, [{ path: 'models/development/m/model.bin', sha: SHA_NEW }])
    ).toEqual([
      { path: 'models/development/m', mode: '040000', type: 'tree', sha: null },
      {
        path: 'models/archived/m/1.0.0',
        mode: '040000',
        type: 'tree',
        sha: sources.get('models/development/m')!.sha
      },
      { path: 'models/development/m/model.bin', mode: '100644', type: 'blob', sha: SHA_NEW }
    ])
  })
})
