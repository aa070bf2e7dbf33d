/** The rollback planner (SPEC §5 `rollback`): target choice, refusals, moves, manifest edits, hash. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { DecisionError } from '../../src/errors.js'
import { planHash } from '../../src/changes/plan-hash.js'
import { type RollbackRequest } from '../../src/changes/rollback-plan.js'
import { checkFiles } from '../../src/registry/file-checks.js'
import { loadRegistry } from '../../src/registry/load.js'
import type { Registry } from '../../src/registry/registry.js'
import { checkRules } from '../../src/registry/rules.js'
import { exampleRepo } from '../helpers/examples.js'
import {
  modelBytes,
  shardClf,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'
import { changedLines } from './line-diff.js'
import { planChange } from '../../src/changes/plan-change.js'
import type { ChangePlan } from '../../src/changes/change-plan.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

async function load(f: Fixture): Promise<Registry> {
  if (!fixtures.includes(f)) fixtures.push(f)
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  expect(result.diagnostics).toEqual([])
  if (!result.registry) throw new Error('no registry')
  return result.registry
}

/** Loads and checks the whole registry, files included, as `validate` does. */
async function loadValid(f: Fixture): Promise<Registry> {
  const reg = await load(f)
  expect(checkRules(reg)).toEqual([])
  expect((await checkFiles(reg)).diagnostics).toEqual([])
  return reg
}

const AT = '2026-11-20T10:00:00Z'
const RETIRED_1_0_0 =
  '        retired: { at: "2026-10-01T12:00:00Z", reason: replaced, replacedBy: "1.1.0", actor: octocat }'
const req = (over: Partial<RollbackRequest> = {}): RollbackRequest => ({
  model: 'clf',
  actor: 'octocat',
  at: AT,
  ...over
})
const v = (i: number, key: string) => ['models', 'clf', 'versions', i, key]

/** Carries the plan out on disk the way the commit will, then validates the result fully. */
async function applyAndValidate(f: Fixture, plan: ChangePlan): Promise<Registry> {
  // copies first: a benchmark refresh copies from a folder before it moves
  for (const m of plan.moves.filter(m => m.reason === 'benchmark-refresh')) {
    cpSync(path.join(f.dir, m.from), path.join(f.dir, m.to ?? ''), { recursive: true })
  }
  for (const m of plan.moves) {
    const from = path.join(f.dir, m.from)
    if (m.reason === 'benchmark-remove') rmSync(from, { recursive: true })
    else if (m.reason !== 'benchmark-refresh') {
      mkdirSync(path.dirname(path.join(f.dir, m.to ?? '')), { recursive: true })
      renameSync(from, path.join(f.dir, m.to ?? ''))
    }
  }
  writeFileSync(plan.file.absPath, plan.newText)
  return loadValid(f)
}

function stagesOf(reg: Registry): Record<string, string> {
  return Object.fromEntries(reg.models[0].spec.versions.map(x => [x.version, x.stage]))
}

function refusal(fn: () => unknown): DecisionError {
  let error: unknown
  try {
    fn()
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(DecisionError)
  expect((error as DecisionError).exitCode).toBe(1)
  return error as DecisionError
}

const NO_DIGEST = `sha256:${'0'.repeat(64)}`

/** Inserts version entries (manifest only, no files) before the 1.0.0 entry. */
function addArchived(f: Fixture, entries: Array<[version: string, retired: string]>): void {
  const lines = entries.flatMap(([version, retired]) => [
    `      - version: "${version}"`,
    '        stage: archived',
    `        files: { model.bin: "${NO_DIGEST}", labels.json: "${NO_DIGEST}" }`,
    `        retired: ${retired}`
  ])
  f.edit('      - version: "1.0.0"\n', `${lines.join('\n')}\n      - version: "1.0.0"\n`)
}

const DEFAULT_STAGES_WITH = (production: string[]) =>
  [
    'apiVersion: modelgate/v1',
    'stages:',
    '  - name: development',
    '  - name: experimental',
    '  - name: staging',
    '  - name: production',
    ...production,
    ''
  ].join('\n')

describe('planRollback on the test fixture', () => {
  it('brings back 1.0.0, the version 1.1.0 replaced, and archives 1.1.0 as rolled back', async () => {
    const f = validRegistry()
    const reg = await loadValid(f)
    const plan = planChange(reg, {
      kind: 'rollback',
      ...req({ run: 'https://example.test/runs/7' })
    })

    expect(plan.kind).toBe('rollback')
    expect(plan.model).toBe('clf')
    expect(plan.version).toBe('1.0.0')
    expect(plan.from).toBe('archived')
    expect(plan.to).toBe('production')
    expect(plan.rolledBackFrom).toBe('1.1.0')
    expect(plan.branch).toBe('modelgate/rollback/clf')
    expect(plan.file).toBe(reg.manifest)
    expect(plan.moves).toEqual([
      {
        model: 'clf',
        version: '1.0.0',
        from: 'models/archived/clf/1.0.0',
        to: 'models/production/clf/1.0.0',
        reason: 'restore'
      },
      {
        model: 'clf',
        version: '1.1.0',
        from: 'models/production/clf/1.1.0',
        to: 'models/archived/clf/1.1.0',
        reason: 'archive'
      },
      {
        model: 'clf',
        version: '1.1.0',
        from: 'models/benchmark/clf/1.1.0',
        to: null,
        reason: 'benchmark-remove'
      },
      {
        model: 'clf',
        version: '1.0.0',
        from: 'models/archived/clf/1.0.0',
        to: 'models/benchmark/clf/1.0.0',
        reason: 'benchmark-refresh'
      }
    ])
    expect(plan.edits).toEqual([
      { op: 'set', path: v(0, 'stage'), value: 'production' },
      { op: 'delete', path: v(0, 'retired') },
      { op: 'set', path: v(1, 'stage'), value: 'archived' },
      {
        op: 'set',
        path: v(1, 'retired'),
        value: { at: AT, reason: 'rolled-back', replacedBy: '1.0.0', actor: 'octocat' }
      },
      {
        op: 'append',
        path: ['history'],
        value: {
          at: AT,
          model: 'clf',
          version: '1.0.0',
          from: 'archived',
          to: 'production',
          actor: 'octocat',
          run: 'https://example.test/runs/7',
          reason: 'rollback of 1.1.0'
        }
      }
    ])

    expect(plan.commitMessage).toBe(
      [
        'Roll back clf from 1.1.0 to 1.0.0',
        '',
        '- models/archived/clf/1.0.0 -> models/production/clf/1.0.0 (restore)',
        '- models/production/clf/1.1.0 -> models/archived/clf/1.1.0 (archive)',
        '- remove models/benchmark/clf/1.1.0 (benchmark-remove)',
        '- models/archived/clf/1.0.0 -> models/benchmark/clf/1.0.0 (benchmark-refresh)',
        '',
        `Modelgate-Plan: ${plan.hash}`
      ].join('\n')
    )
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/)

    // only the two versions' stage/retired lines and one history line differ
    const before = f.manifest()
    expect(changedLines(before, plan.newText)).toEqual({
      removed: ['        stage: archived', RETIRED_1_0_0, '        stage: production'],
      added: [
        '        stage: production',
        '        stage: archived',
        `        retired: { at: "${AT}", reason: rolled-back, replacedBy: "1.0.0", actor: octocat }`,
        `  - { at: "${AT}", model: clf, version: "1.0.0", from: archived, to: production, actor: octocat, run: "https://example.test/runs/7", reason: "rollback of 1.1.0" }`
      ]
    })
    expect(plan.newText.split('\n')).toHaveLength(before.split('\n').length + 1)

    const data = parse(plan.newText)
    const [v100, v110, v120, v130] = data.models.clf.versions
    expect(v100.stage).toBe('production')
    expect(v100).not.toHaveProperty('retired')
    expect(v110.stage).toBe('archived')
    expect(v110.retired).toEqual({
      at: AT,
      reason: 'rolled-back',
      replacedBy: '1.0.0',
      actor: 'octocat'
    })
    expect([v120.stage, v130.stage]).toEqual(['staging', 'development'])
    expect(data.history).toHaveLength(2)
    expect(data.history[1].reason).toBe('rollback of 1.1.0')
    // the rest of the document is untouched
    const { versions: beforeVersions, ...beforeModel } = parse(before).models.clf
    const { versions: afterVersions, ...afterModel } = data.models.clf
    expect(afterModel).toEqual(beforeModel)
    expect(afterVersions.map((x: { files: unknown }) => x.files)).toEqual(
      beforeVersions.map((x: { files: unknown }) => x.files)
    )

    const after = await applyAndValidate(f, plan)
    expect(stagesOf(after)).toEqual({
      '1.0.0': 'production',
      '1.1.0': 'archived',
      '1.2.0': 'staging',
      '1.3.0': 'development'
    })
    expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.1.0'))).toBe(false)
    expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.0.0/model.bin'))).toBe(true)
  })

  it('leaves `run` out of the history entry when no run is given', async () => {
    const plan = planChange(await load(validRegistry()), { kind: 'rollback', ...req() })
    const history = plan.edits[plan.edits.length - 1]
    expect(history).toEqual({
      op: 'append',
      path: ['history'],
      value: {
        at: AT,
        model: 'clf',
        version: '1.0.0',
        from: 'archived',
        to: 'production',
        actor: 'octocat',
        reason: 'rollback of 1.1.0'
      }
    })
  })

  it('names a version explicitly: the same plan as the default when it is the default', async () => {
    const reg = await load(validRegistry())
    expect(planChange(reg, { kind: 'rollback', ...req({ version: '1.0.0' }) })).toEqual(
      planChange(reg, { kind: 'rollback', ...req() })
    )
  })

  it('accepts a named version withdrawn on purpose (reason: retired) and removes its `retired`', async () => {
    const f = validRegistry()
    f.edit(RETIRED_1_0_0, '        retired: { at: "2026-10-01T12:00:00Z", reason: retired }')
    const reg = await load(f)
    const plan = planChange(reg, { kind: 'rollback', ...req({ version: '1.0.0' }) })
    // no replacedBy: the highest production version leaves
    expect(plan.rolledBackFrom).toBe('1.1.0')
    expect(plan.edits[1]).toEqual({ op: 'delete', path: v(0, 'retired') })
    expect(parse(plan.newText).models.clf.versions[0]).not.toHaveProperty('retired')
    await applyAndValidate(f, plan)
  })

  it('plans a named archived version without `retired` without deleting anything', async () => {
    const f = validRegistry()
    f.edit(`${RETIRED_1_0_0}\n`, '')
    const reg = await load(f)
    const plan = planChange(reg, { kind: 'rollback', ...req({ version: '1.0.0' }) })
    expect(plan.edits.map(e => e.op)).toEqual(['set', 'set', 'set', 'append'])
    expect(plan.rolledBackFrom).toBe('1.1.0')
  })

  describe('the default target', () => {
    it('is the most recently retired of the versions the production version replaced', async () => {
      const f = validRegistry()
      // 0.9.0 was retired after 1.0.0 (Z times compared as times, not as text)
      addArchived(f, [
        [
          '0.9.0',
          '{ at: "2026-10-01T23:00:00Z", reason: replaced, replacedBy: "1.1.0", actor: octocat }'
        ],
        [
          '0.9.5',
          '{ at: "2026-10-02T00:30:00+02:00", reason: replaced, replacedBy: "1.1.0", actor: octocat }'
        ]
      ])
      const plan = planChange(await load(f), { kind: 'rollback', ...req() })
      expect(plan.version).toBe('0.9.0')
      expect(plan.edits[0]).toEqual({ op: 'set', path: v(0, 'stage'), value: 'production' })
    })

    it('breaks a tie in `retired.at` by the highest version', async () => {
      const f = validRegistry()
      addArchived(f, [
        [
          '0.9.0',
          '{ at: "2026-10-01T12:00:00Z", reason: replaced, replacedBy: "1.1.0", actor: octocat }'
        ]
      ])
      expect(planChange(await load(f), { kind: 'rollback', ...req() }).version).toBe('1.0.0')
    })

    it('matches `replacedBy` to the production version as SemVer (a leading v)', async () => {
      const f = validRegistry()
      f.edit('replacedBy: "1.1.0"', 'replacedBy: "v1.1.0"')
      const plan = planChange(await load(f), { kind: 'rollback', ...req() })
      expect(plan.version).toBe('1.0.0')
      expect(plan.rolledBackFrom).toBe('1.1.0')
    })

    it('never picks a version an earlier rollback archived, nor one withdrawn on purpose', async () => {
      const f = validRegistry()
      addArchived(f, [
        [
          '1.0.5',
          '{ at: "2026-11-01T00:00:00Z", reason: rolled-back, replacedBy: "1.1.0", actor: octocat }'
        ],
        [
          '1.0.7',
          '{ at: "2026-11-02T00:00:00Z", reason: retired, replacedBy: "1.1.0", actor: octocat }'
        ]
      ])
      expect(planChange(await load(f), { kind: 'rollback', ...req() }).version).toBe('1.0.0')
    })
  })

  describe('refusals', () => {
    it('refuses an unknown model', async () => {
      const reg = await load(validRegistry())
      expect(
        refusal(() => planChange(reg, { kind: 'rollback', ...req({ model: 'nope' }) })).message
      ).toBe('unknown model "nope"')
    })

    it('refuses when no version is in production', async () => {
      const f = validRegistry()
      f.edit('        stage: production\n', '        stage: experimental\n')
      const reg = await load(f)
      expect(refusal(() => planChange(reg, { kind: 'rollback', ...req() })).message).toBe(
        'no version of clf is in production; nothing to roll back'
      )
      // a named version does not change that
      expect(
        refusal(() => planChange(reg, { kind: 'rollback', ...req({ version: '1.0.0' }) })).message
      ).toBe('no version of clf is in production; nothing to roll back')
    })

    it('counts only live production versions: a rollout candidate alone is not production', async () => {
      const f = validRegistry()
      f.edit('        stage: production\n', '        stage: production\n        traffic: 10\n')
      const reg = await load(f)
      expect(refusal(() => planChange(reg, { kind: 'rollback', ...req() })).message).toBe(
        'no version of clf is in production; nothing to roll back'
      )
    })

    it('refuses when no archived version was replaced by the production version', async () => {
      const f = validRegistry()
      f.edit('replacedBy: "1.1.0"', 'replacedBy: "0.9.0"')
      const reg = await load(f)
      expect(refusal(() => planChange(reg, { kind: 'rollback', ...req() })).message).toBe(
        'no archived version of clf was replaced by 1.1.0; name the version to bring back with `version`'
      )
      // naming it works: the highest production version leaves
      const plan = planChange(reg, { kind: 'rollback', ...req({ version: '1.0.0' }) })
      expect(plan.rolledBackFrom).toBe('1.1.0')
    })

    it('refuses an unknown version, listing the known ones', async () => {
      const reg = await load(validRegistry())
      expect(
        refusal(() => planChange(reg, { kind: 'rollback', ...req({ version: '9.9.9' }) })).message
      ).toBe('model clf has no version "9.9.9" (it has 1.0.0, 1.1.0, 1.2.0, 1.3.0)')
    })

    it.each([
      ['1.2.0', 'staging'],
      ['1.1.0', 'production'],
      ['1.3.0', 'development']
    ])('refuses %s, a version in %s, not archived', async (version, stage) => {
      const reg = await load(validRegistry())
      expect(
        refusal(() => planChange(reg, { kind: 'rollback', ...req({ version }) })).message
      ).toBe(
        `clf ${version} is in ${stage}, not in archived; rollback brings back an archived version`
      )
    })
  })

  describe('the benchmark copy', () => {
    it('with `benchmark: false` there are no copies to refresh', async () => {
      const f = validRegistry()
      f.edit(
        'apiVersion: modelgate/v1\n',
        DEFAULT_STAGES_WITH(['    capacity: 1']).replace('stages:', 'benchmark: false\nstages:')
      )
      rmSync(path.join(f.dir, 'models/benchmark'), { recursive: true })
      const reg = await loadValid(f)
      const plan = planChange(reg, { kind: 'rollback', ...req() })
      expect(plan.moves.map(m => [m.reason, m.from, m.to])).toEqual([
        ['restore', 'models/archived/clf/1.0.0', 'models/production/clf/1.0.0'],
        ['archive', 'models/production/clf/1.1.0', 'models/archived/clf/1.1.0']
      ])
      expect(plan.commitMessage.split('\n').filter(l => l.startsWith('- '))).toHaveLength(2)
      const after = await applyAndValidate(f, plan)
      expect(stagesOf(after)['1.0.0']).toBe('production')
    })

    it('a benchmark copying another stage is left alone', async () => {
      const f = validRegistry()
      f.edit(
        'apiVersion: modelgate/v1\n',
        DEFAULT_STAGES_WITH(['    capacity: 1']).replace(
          'stages:',
          'benchmark: { folder: benchmark, copyOf: staging }\nstages:'
        )
      )
      const plan = planChange(await load(f), { kind: 'rollback', ...req() })
      expect(plan.moves.map(m => m.reason)).toEqual(['restore', 'archive'])
    })
  })

  describe('a production stage of capacity 2 holding 1.1.0 and 1.2.0', () => {
    /** 1.2.0 moved to production on disk and in the manifest; the benchmark copies 1.2.0. */
    async function twoInProduction(): Promise<Fixture> {
      const f = validRegistry()
      fixtures.push(f)
      f.edit('apiVersion: modelgate/v1\n', DEFAULT_STAGES_WITH(['    capacity: 2']))
      const text = f.manifest()
      const at = text.indexOf('      - version: "1.2.0"')
      f.setManifest(
        text.slice(0, at) +
          text.slice(at).replace('        stage: staging', '        stage: production')
      )
      mkdirSync(path.join(f.dir, 'models/production/clf'), { recursive: true })
      renameSync(
        path.join(f.dir, 'models/staging/clf/1.2.0'),
        path.join(f.dir, 'models/production/clf/1.2.0')
      )
      rmSync(path.join(f.dir, 'models/benchmark/clf/1.1.0'), { recursive: true })
      for (const file of ['model.bin', 'labels.json'])
        writeFile(f.dir, `models/benchmark/clf/1.2.0/${file}`, modelBytes('clf', '1.2.0', file))
      await loadValid(f)
      return f
    }

    it('archives the version the target was replaced by; the copy of 1.2.0 stays', async () => {
      const f = await twoInProduction()
      const plan = planChange(await load(f), { kind: 'rollback', ...req() })
      expect(plan.version).toBe('1.0.0')
      expect(plan.rolledBackFrom).toBe('1.1.0')
      expect(plan.moves.map(m => [m.reason, m.version])).toEqual([
        ['restore', '1.0.0'],
        ['archive', '1.1.0']
      ])
      const after = await applyAndValidate(f, plan)
      expect(stagesOf(after)).toEqual({
        '1.0.0': 'production',
        '1.1.0': 'archived',
        '1.2.0': 'production',
        '1.3.0': 'development'
      })
    })

    it('archiving the copied version refreshes the copy from the highest version that stays', async () => {
      const f = await twoInProduction()
      f.edit('replacedBy: "1.1.0"', 'replacedBy: "1.2.0"')
      const plan = planChange(await load(f), { kind: 'rollback', ...req() })
      expect(plan.rolledBackFrom).toBe('1.2.0')
      expect(plan.moves.map(m => [m.reason, m.from, m.to])).toEqual([
        ['restore', 'models/archived/clf/1.0.0', 'models/production/clf/1.0.0'],
        ['archive', 'models/production/clf/1.2.0', 'models/archived/clf/1.2.0'],
        ['benchmark-remove', 'models/benchmark/clf/1.2.0', null],
        ['benchmark-refresh', 'models/production/clf/1.1.0', 'models/benchmark/clf/1.1.0']
      ])
      await applyAndValidate(f, plan)
      expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.1.0/model.bin'))).toBe(true)
    })

    it('the restored version becomes the copy when it is the highest that stays', async () => {
      const f = await twoInProduction()
      addArchived(f, [
        [
          '1.1.5',
          '{ at: "2026-10-05T00:00:00Z", reason: replaced, replacedBy: "1.2.0", actor: octocat }'
        ]
      ])
      const reg = await load(f)
      const plan = planChange(reg, { kind: 'rollback', ...req() })
      expect(plan.version).toBe('1.1.5')
      expect(plan.rolledBackFrom).toBe('1.2.0')
      expect(plan.moves.slice(2).map(m => [m.reason, m.from, m.to])).toEqual([
        ['benchmark-remove', 'models/benchmark/clf/1.2.0', null],
        ['benchmark-refresh', 'models/archived/clf/1.1.5', 'models/benchmark/clf/1.1.5']
      ])
    })

    it('a named version whose replacedBy is not in production sends the highest one away', async () => {
      const f = await twoInProduction()
      f.edit('replacedBy: "1.1.0"', 'replacedBy: "0.5.0"')
      const plan = planChange(await load(f), { kind: 'rollback', ...req({ version: '1.0.0' }) })
      expect(plan.rolledBackFrom).toBe('1.2.0')
      expect(plan.moves.map(m => m.reason)).toEqual([
        'restore',
        'archive',
        'benchmark-remove',
        'benchmark-refresh'
      ])
      await applyAndValidate(f, plan)
    })

    it('the refusal names every production version', async () => {
      const f = await twoInProduction()
      f.edit('replacedBy: "1.1.0"', 'replacedBy: "0.5.0"')
      const reg = await load(f)
      expect(refusal(() => planChange(reg, { kind: 'rollback', ...req() })).message).toBe(
        'no archived version of clf was replaced by 1.1.0 or 1.2.0; name the version to bring back with `version`'
      )
    })
  })

  describe('the plan hash', () => {
    it('is the same at another time, and differs for another actor or target', async () => {
      const f = validRegistry()
      addArchived(f, [
        [
          '0.9.0',
          '{ at: "2026-09-01T00:00:00Z", reason: replaced, replacedBy: "1.1.0", actor: octocat }'
        ]
      ])
      const reg = await load(f)
      const a = planChange(reg, { kind: 'rollback', ...req() })
      const b = planChange(reg, { kind: 'rollback', ...req({ at: '2027-01-01T00:00:00Z' }) })
      expect(b.hash).toBe(a.hash)
      expect(b.newText).not.toBe(a.newText)
      expect(b.commitMessage).toBe(a.commitMessage)
      expect(planChange(reg, { kind: 'rollback', ...req({ actor: 'mona' }) }).hash).not.toBe(a.hash)
      expect(planChange(reg, { kind: 'rollback', ...req({ version: '0.9.0' }) }).hash).not.toBe(
        a.hash
      )
    })

    it('includes the kind: a rollback never shares a hash with a promotion', async () => {
      const reg = await load(validRegistry())
      const plan = planChange(reg, { kind: 'rollback', ...req() })
      const parts = { moves: plan.moves, edits: plan.edits, file: plan.file.relPath }
      expect(planHash({ kind: 'rollback', ...parts })).toBe(plan.hash)
      expect(planHash({ kind: 'promote', ...parts })).not.toBe(plan.hash)
      const promotion = planChange(reg, {
        kind: 'promote',
        model: 'clf',
        version: '1.2.0',
        to: 'production',
        actor: 'octocat',
        at: AT
      })
      expect(promotion.kind).toBe('promote')
      expect(promotion.hash).not.toBe(plan.hash)
      expect(promotion.hash).toBe(
        planHash({
          kind: 'promote',
          moves: promotion.moves,
          edits: promotion.edits,
          file: promotion.file.relPath
        })
      )
    })
  })
})

describe('a promotion, then rollbacks, on the test fixture', () => {
  it('promote 1.2.0, roll back to 1.1.0, roll back again to 1.0.0, roll forward to 1.2.0', async () => {
    const f = validRegistry()
    fixtures.push(f)
    let reg = await loadValid(f)
    reg = await applyAndValidate(
      f,
      planChange(reg, {
        kind: 'promote',
        model: 'clf',
        version: '1.2.0',
        to: 'production',
        actor: 'a',
        at: AT
      })
    )

    // 1.2.0 replaced 1.1.0: the default brings 1.1.0 back
    const first = planChange(reg, { kind: 'rollback', ...req({ at: '2026-11-21T00:00:00Z' }) })
    expect([first.version, first.rolledBackFrom]).toEqual(['1.1.0', '1.2.0'])
    reg = await applyAndValidate(f, first)
    expect(stagesOf(reg)).toEqual({
      '1.0.0': 'archived',
      '1.1.0': 'production',
      '1.2.0': 'archived',
      '1.3.0': 'development'
    })
    const versions = reg.models[0].spec.versions
    expect(versions[1]).not.toHaveProperty('retired')
    expect(versions[2].retired).toEqual({
      at: '2026-11-21T00:00:00Z',
      reason: 'rolled-back',
      replacedBy: '1.1.0',
      actor: 'octocat'
    })

    // 1.2.0 (rolled back, newer) also names 1.1.0, but the default is what 1.1.0 replaced
    const second = planChange(reg, { kind: 'rollback', ...req({ at: '2026-11-22T00:00:00Z' }) })
    expect([second.version, second.rolledBackFrom]).toEqual(['1.0.0', '1.1.0'])

    // bringing the rolled-back version back must be asked for by name
    const forward = planChange(reg, {
      kind: 'rollback',
      ...req({ version: '1.2.0', at: '2026-11-22T00:00:00Z' })
    })
    expect([forward.version, forward.rolledBackFrom]).toEqual(['1.2.0', '1.1.0'])
    reg = await applyAndValidate(f, forward)
    expect(stagesOf(reg)['1.2.0']).toBe('production')
    expect(reg.data.history?.map(h => [h.version, h.from, h.to, h.reason])).toEqual([
      ['1.1.0', 'staging', 'production', undefined],
      ['1.2.0', 'staging', 'production', undefined],
      ['1.1.0', 'archived', 'production', 'rollback of 1.2.0'],
      ['1.2.0', 'archived', 'production', 'rollback of 1.1.0']
    ])
  })
})

describe('planRollback on the sklearn example', () => {
  it('brings back 1.0.0 keeping every comment, folded string and key order', async () => {
    const f = exampleRepo('sklearn-classifier')
    const reg = await loadValid(f)
    const plan = planChange(reg, { kind: 'rollback', ...req(), model: 'breast-cancer' })
    expect(plan.moves.map(m => [m.reason, m.from, m.to])).toEqual([
      ['restore', 'models/archived/breast-cancer/1.0.0', 'models/production/breast-cancer/1.0.0'],
      ['archive', 'models/production/breast-cancer/1.1.0', 'models/archived/breast-cancer/1.1.0'],
      ['benchmark-remove', 'models/benchmark/breast-cancer/1.1.0', null],
      [
        'benchmark-refresh',
        'models/archived/breast-cancer/1.0.0',
        'models/benchmark/breast-cancer/1.0.0'
      ]
    ])
    const before = f.manifest()
    const { removed, added } = changedLines(before, plan.newText)
    expect(removed).toEqual([
      '        stage: production',
      '        stage: archived',
      '        retired: { at: "2026-05-11T10:05:00Z", actor: octocat, reason: replaced, replacedBy: "1.1.0" }'
    ])
    expect(added).toEqual([
      '        stage: archived',
      `        retired: { at: "${AT}", reason: rolled-back, replacedBy: "1.0.0", actor: octocat }`,
      '        stage: production',
      `  - { at: "${AT}", model: breast-cancer, version: "1.0.0", from: archived, to: production, actor: octocat, reason: "rollback of 1.1.0" }`
    ])
    const comments = (t: string) => t.split('\n').filter(l => l.trimStart().startsWith('#'))
    expect(comments(plan.newText)).toEqual(comments(before))
    const after = await applyAndValidate(f, plan)
    expect(after.models[0].spec.versions.map(x => [x.version, x.stage])).toEqual([
      ['1.3.0', 'development'],
      ['1.2.0', 'staging'],
      ['1.1.0', 'archived'],
      ['1.0.0', 'production']
    ])
  })
})

describe('planRollback on a JSON registry', () => {
  it('edits the parsed manifest and re-serializes it', async () => {
    const f = validRegistry()
    fixtures.push(f)
    const json = path.join(f.dir, 'models/registry.json')
    writeFileSync(json, JSON.stringify(parse(f.manifest()), null, 2) + '\n')
    rmSync(f.manifestPath)
    const result = await loadRegistry({ manifestPath: json })
    expect(result.diagnostics).toEqual([])
    const plan = planChange(result.registry as Registry, { kind: 'rollback', ...req() })
    const data = JSON.parse(plan.newText)
    expect(data.models.clf.versions.map((x: { stage: string }) => x.stage)).toEqual([
      'production',
      'archived',
      'staging',
      'development'
    ])
    expect(data.models.clf.versions[0]).not.toHaveProperty('retired')
    expect(data.models.clf.versions[1].retired.reason).toBe('rolled-back')
    expect(data.history[1]).toEqual({
      at: AT,
      model: 'clf',
      version: '1.0.0',
      from: 'archived',
      to: 'production',
      actor: 'octocat',
      reason: 'rollback of 1.1.0'
    })
  })
})

describe('planRollback on a sharded registry', () => {
  it('edits only the model file and logs the rollback in its own history', async () => {
    const f = validRegistry()
    fixtures.push(f)
    shardClf(f)
    const reg = await load(f)
    const plan = planChange(reg, { kind: 'rollback', ...req() })
    expect(plan.file.relPath).toBe('models/clf/model.yaml')
    expect(plan.edits.map(e => e.path)).toEqual([
      ['versions', 0, 'stage'],
      ['versions', 0, 'retired'],
      ['versions', 1, 'stage'],
      ['versions', 1, 'retired'],
      ['history']
    ])
    expect(
      plan.newText.endsWith(
        `history:\n  - { at: "${AT}", model: clf, version: "1.0.0", from: archived, to: production, actor: octocat, reason: "rollback of 1.1.0" }\n`
      )
    ).toBe(true)
    const after = await applyAndValidate(f, plan)
    expect(after.models[0].spec.history).toHaveLength(1)
    expect(f.manifest()).toBe('apiVersion: modelgate/v1\ninclude: ["models/*/model.yaml"]\n')
  })
})
