/** The retirement planner (SPEC §3 `retire`): refusals, moves, manifest edits, hash. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { DecisionError, UsageError } from '../../src/errors.js'
import { planHash } from '../../src/changes/plan-hash.js'
import { renderPrBody, prTitle } from '../../src/present/pr-body.js'
import { type RetireRequest } from '../../src/changes/retire-plan.js'
import { checkFiles } from '../../src/registry/file-checks.js'
import { loadRegistry } from '../../src/registry/load.js'
import type { Registry } from '../../src/registry/registry.js'
import { checkRules } from '../../src/registry/rules.js'
import { exampleRepo } from '../helpers/examples.js'
import {
  copyBenchmarkOf,
  shardClf,
  validRegistry,
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
const REASON = "superseded by 1.2.0's features"
const req = (over: Partial<RetireRequest> = {}): RetireRequest => ({
  model: 'clf',
  version: '1.3.0',
  reason: REASON,
  actor: 'octocat',
  at: AT,
  ...over
})
const v = (i: number, key: string) => ['models', 'clf', 'versions', i, key]

/** Carries the plan out on disk the way the commit will, then validates the result fully. */
async function applyAndValidate(f: Fixture, plan: ChangePlan): Promise<Registry> {
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

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (err) {
    return err
  }
  throw new Error('expected a refusal')
}

function refusal(fn: () => unknown): DecisionError {
  const error = thrown(fn)
  expect(error).toBeInstanceOf(DecisionError)
  expect((error as DecisionError).exitCode).toBe(1)
  return error as DecisionError
}

describe('planRetirement on the test fixture', () => {
  it('moves 1.3.0 from development to the archive with `retired` and one history entry', async () => {
    const f = validRegistry()
    const reg = await loadValid(f)
    const plan = planChange(reg, { kind: 'retire', ...req({ run: 'https://example.test/runs/7' }) })

    expect(plan.kind).toBe('retire')
    expect(plan.model).toBe('clf')
    expect(plan.version).toBe('1.3.0')
    expect(plan.from).toBe('development')
    expect(plan.to).toBe('archived')
    expect(plan.reason).toBe(REASON)
    expect(plan.branch).toBe('modelgate/retire/clf-1.3.0')
    expect(plan.file).toBe(reg.manifest)
    expect(plan.moves).toEqual([
      {
        model: 'clf',
        version: '1.3.0',
        from: 'models/development/clf/1.3.0',
        to: 'models/archived/clf/1.3.0',
        reason: 'retire'
      }
    ])
    expect(plan.edits).toEqual([
      { op: 'set', path: v(3, 'stage'), value: 'archived' },
      {
        op: 'set',
        path: v(3, 'retired'),
        value: { at: AT, reason: 'retired', actor: 'octocat' }
      },
      {
        op: 'append',
        path: ['history'],
        value: {
          at: AT,
          model: 'clf',
          version: '1.3.0',
          from: 'development',
          to: 'archived',
          actor: 'octocat',
          run: 'https://example.test/runs/7',
          reason: REASON
        }
      }
    ])
    expect(plan.commitMessage).toBe(
      [
        'Retire clf 1.3.0 from development',
        '',
        '- models/development/clf/1.3.0 -> models/archived/clf/1.3.0 (retire)',
        '',
        `Modelgate-Plan: ${plan.hash}`
      ].join('\n')
    )
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/)

    // only the version's stage line, the added retired line and one history line differ
    const before = f.manifest()
    expect(changedLines(before, plan.newText)).toEqual({
      removed: ['        stage: development'],
      added: [
        '        stage: archived',
        `        retired: { at: "${AT}", reason: retired, actor: octocat }`,
        `  - { at: "${AT}", model: clf, version: "1.3.0", from: development, to: archived, actor: octocat, run: "https://example.test/runs/7", reason: "${REASON}" }`
      ]
    })
    expect(plan.newText.split('\n')).toHaveLength(before.split('\n').length + 2)

    const data = parse(plan.newText)
    const versions = data.models.clf.versions
    expect(versions[3]).toMatchObject({
      version: '1.3.0',
      stage: 'archived',
      retired: { at: AT, reason: 'retired', actor: 'octocat' }
    })
    expect(versions.slice(0, 3)).toEqual(parse(before).models.clf.versions.slice(0, 3))
    expect(data.history).toHaveLength(2)
    expect(data.history[1].reason).toBe(REASON)
    const { versions: beforeVersions, ...beforeModel } = parse(before).models.clf
    const { versions: afterVersions, ...afterModel } = data.models.clf
    expect(afterModel).toEqual(beforeModel)
    expect(afterVersions.map((x: { files: unknown }) => x.files)).toEqual(
      beforeVersions.map((x: { files: unknown }) => x.files)
    )

    const after = await applyAndValidate(f, plan)
    expect(stagesOf(after)).toEqual({
      '1.0.0': 'archived',
      '1.1.0': 'production',
      '1.2.0': 'staging',
      '1.3.0': 'archived'
    })
    expect(existsSync(path.join(f.dir, 'models/development/clf/1.3.0'))).toBe(false)
    expect(existsSync(path.join(f.dir, 'models/archived/clf/1.3.0/model.bin'))).toBe(true)
  })

  it('retires a staging version the same way; `run` is left out when not given', async () => {
    const f = validRegistry()
    const plan = planChange(await loadValid(f), { kind: 'retire', ...req({ version: '1.2.0' }) })
    expect(plan.moves.map(m => [m.reason, m.from, m.to])).toEqual([
      ['retire', 'models/staging/clf/1.2.0', 'models/archived/clf/1.2.0']
    ])
    expect(plan.edits[2]).toEqual({
      op: 'append',
      path: ['history'],
      value: {
        at: AT,
        model: 'clf',
        version: '1.2.0',
        from: 'staging',
        to: 'archived',
        actor: 'octocat',
        reason: REASON
      }
    })
    expect(plan.commitMessage.split('\n')[0]).toBe('Retire clf 1.2.0 from staging')
    const after = await applyAndValidate(f, plan)
    expect(stagesOf(after)['1.2.0']).toBe('archived')
    // the benchmark copy of production is not touched
    expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.1.0/model.bin'))).toBe(true)
  })

  it('ignores `traffic`: a version in a rollout is retired like any other', async () => {
    const f = validRegistry()
    f.edit('        stage: staging\n', '        stage: staging\n        traffic: 10\n')
    const plan = planChange(await load(f), { kind: 'retire', ...req({ version: '1.2.0' }) })
    expect(plan.moves.map(m => m.reason)).toEqual(['retire'])
  })

  describe('refusals', () => {
    it('refuses an unknown model', async () => {
      const reg = await load(validRegistry())
      expect(
        refusal(() => planChange(reg, { kind: 'retire', ...req({ model: 'nope' }) })).message
      ).toBe('unknown model "nope"')
    })

    it('refuses an unknown version, listing the known ones', async () => {
      const reg = await load(validRegistry())
      expect(
        refusal(() => planChange(reg, { kind: 'retire', ...req({ version: '9.9.9' }) })).message
      ).toBe('model clf has no version "9.9.9" (it has 1.0.0, 1.1.0, 1.2.0, 1.3.0)')
    })

    it('refuses an archived version', async () => {
      const reg = await load(validRegistry())
      expect(
        refusal(() => planChange(reg, { kind: 'retire', ...req({ version: '1.0.0' }) })).message
      ).toBe('clf 1.0.0 is already in archived')
    })

    it('refuses a version in the last stage', async () => {
      const reg = await load(validRegistry())
      expect(
        refusal(() => planChange(reg, { kind: 'retire', ...req({ version: '1.1.0' }) })).message
      ).toBe(
        'clf 1.1.0 is in production: retire moves versions that will not be promoted; use rollback or promote a replacement'
      )
    })

    it.each(['', '  \n '])('refuses an empty reason (%j) as a usage error', async reason => {
      const reg = await load(validRegistry())
      const error = thrown(() => planChange(reg, { kind: 'retire', ...req({ reason }) }))
      expect(error).toBeInstanceOf(UsageError)
      expect((error as UsageError).exitCode).toBe(2)
      expect((error as UsageError).message).toBe('retire needs "reason"')
    })
  })

  describe('the plan hash', () => {
    it('is the same at another time, and differs for another reason, actor or version', async () => {
      const reg = await load(validRegistry())
      const a = planChange(reg, { kind: 'retire', ...req() })
      const b = planChange(reg, { kind: 'retire', ...req({ at: '2027-01-01T00:00:00Z' }) })
      expect(b.hash).toBe(a.hash)
      expect(b.newText).not.toBe(a.newText)
      expect(b.commitMessage).toBe(a.commitMessage)
      expect(
        planChange(reg, { kind: 'retire', ...req({ reason: 'another reason' }) }).hash
      ).not.toBe(a.hash)
      expect(planChange(reg, { kind: 'retire', ...req({ actor: 'mona' }) }).hash).not.toBe(a.hash)
      expect(planChange(reg, { kind: 'retire', ...req({ version: '1.2.0' }) }).hash).not.toBe(
        a.hash
      )
    })

    it('includes the kind: a retirement never shares a hash with a promotion or a rollback', async () => {
      const plan = planChange(await load(validRegistry()), { kind: 'retire', ...req() })
      const parts = { moves: plan.moves, edits: plan.edits, file: plan.file.relPath }
      expect(planHash({ kind: 'retire', ...parts })).toBe(plan.hash)
      expect(planHash({ kind: 'promote', ...parts })).not.toBe(plan.hash)
      expect(planHash({ kind: 'rollback', ...parts })).not.toBe(plan.hash)
    })
  })

  describe('a benchmark copying staging', () => {
    /** The benchmark copies staging, which holds 1.2.0 (and, with `second`, 1.2.5). */
    async function benchmarkOfStaging(second: boolean): Promise<Fixture> {
      const f = validRegistry()
      fixtures.push(f)
      copyBenchmarkOf(f, 'staging', '1.2.0')
      if (second) {
        const text = f.manifest()
        const at = text.indexOf('      - version: "1.2.0"')
        const end = text.indexOf('      - version: "1.3.0"')
        f.setManifest(
          text.slice(0, end) +
            text
              .slice(at, end)
              .replace(/1\.2\.0/, '1.1.5')
              .replace(/0\.9120/, '0.9115') +
            text.slice(end)
        )
        cpSync(
          path.join(f.dir, 'models/staging/clf/1.2.0'),
          path.join(f.dir, 'models/staging/clf/1.1.5'),
          { recursive: true }
        )
      }
      await loadValid(f)
      return f
    }

    it('removes the copy of the retired version when no other version is in staging', async () => {
      const f = await benchmarkOfStaging(false)
      const plan = planChange(await load(f), { kind: 'retire', ...req({ version: '1.2.0' }) })
      expect(plan.moves.map(m => [m.reason, m.from, m.to])).toEqual([
        ['retire', 'models/staging/clf/1.2.0', 'models/archived/clf/1.2.0'],
        ['benchmark-remove', 'models/benchmark/clf/1.2.0', null]
      ])
      await applyAndValidate(f, plan)
      expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.2.0'))).toBe(false)
    })

    it('refreshes the copy from the version that stays in staging', async () => {
      const f = await benchmarkOfStaging(true)
      const plan = planChange(await load(f), { kind: 'retire', ...req({ version: '1.2.0' }) })
      expect(plan.moves.map(m => [m.reason, m.from, m.to])).toEqual([
        ['retire', 'models/staging/clf/1.2.0', 'models/archived/clf/1.2.0'],
        ['benchmark-remove', 'models/benchmark/clf/1.2.0', null],
        ['benchmark-refresh', 'models/staging/clf/1.1.5', 'models/benchmark/clf/1.1.5']
      ])
      await applyAndValidate(f, plan)
    })

    it('leaves the copy alone when another version is retired', async () => {
      const f = await benchmarkOfStaging(true)
      const plan = planChange(await load(f), { kind: 'retire', ...req({ version: '1.1.5' }) })
      expect(plan.moves.map(m => m.reason)).toEqual(['retire'])
      await applyAndValidate(f, plan)
    })
  })
})

describe('planRetirement on the sklearn example', () => {
  it('archives 1.3.0 keeping every comment, folded string and key order', async () => {
    const f = exampleRepo('sklearn-classifier')
    const reg = await loadValid(f)
    const plan = planChange(reg, { kind: 'retire', ...req(), model: 'breast-cancer' })
    expect(plan.moves.map(m => [m.reason, m.from, m.to])).toEqual([
      ['retire', 'models/development/breast-cancer/1.3.0', 'models/archived/breast-cancer/1.3.0']
    ])
    const before = f.manifest()
    const { removed, added } = changedLines(before, plan.newText)
    expect(removed).toEqual(['        stage: development'])
    expect(added).toEqual([
      '        stage: archived',
      `        retired: { at: "${AT}", reason: retired, actor: octocat }`,
      `  - { at: "${AT}", model: breast-cancer, version: "1.3.0", from: development, to: archived, actor: octocat, reason: "${REASON}" }`
    ])
    const comments = (t: string) => t.split('\n').filter(l => l.trimStart().startsWith('#'))
    expect(comments(plan.newText)).toEqual(comments(before))
    const after = await applyAndValidate(f, plan)
    expect(after.models[0].spec.versions.map(x => [x.version, x.stage])).toEqual([
      ['1.3.0', 'archived'],
      ['1.2.0', 'staging'],
      ['1.1.0', 'production'],
      ['1.0.0', 'archived']
    ])
  })
})

describe('planRetirement on a sharded registry', () => {
  it('edits only the model file and logs the retirement in its own history', async () => {
    const f = validRegistry()
    fixtures.push(f)
    shardClf(f)
    const reg = await load(f)
    const plan = planChange(reg, { kind: 'retire', ...req() })
    expect(plan.file.relPath).toBe('models/clf/model.yaml')
    expect(plan.edits.map(e => e.path)).toEqual([
      ['versions', 3, 'stage'],
      ['versions', 3, 'retired'],
      ['history']
    ])
    expect(
      plan.newText.endsWith(
        `history:\n  - { at: "${AT}", model: clf, version: "1.3.0", from: development, to: archived, actor: octocat, reason: "${REASON}" }\n`
      )
    ).toBe(true)
    const after = await applyAndValidate(f, plan)
    expect(after.models[0].spec.history).toHaveLength(1)
    expect(f.manifest()).toBe('apiVersion: modelgate/v1\ninclude: ["models/*/model.yaml"]\n')
  })
})

describe('the retirement pull request', () => {
  it('has its own title and a body with the reason quoted and no comparison', async () => {
    const reg = await load(validRegistry())
    const plan = planChange(reg, {
      kind: 'retire',
      ...req({ reason: `${REASON}\nand a drift in 2026-Q3` })
    })
    expect(prTitle(plan)).toBe('Retire clf 1.3.0: development → archived')
    const model = reg.models[0]
    const body = renderPrBody({
      plan,
      model,
      stage: { name: 'development' },
      gateSummary: [],
      candidate: { version: '1.3.0', source: { commit: 'abcdef1234567890' } }
    })
    expect(body).toContain('## 🗄️ Retirement of clf 1.3.0')
    expect(body).toContain(
      '**1.3.0** leaves development for archived (retired): it will not be promoted, and nothing replaces it.'
    )
    expect(body).toContain(`**Reason**\n\n> ${REASON}\n> and a drift in 2026-Q3`)
    expect(body).toContain(
      '| 1.3.0 | `models/development/clf/1.3.0` | `models/archived/clf/1.3.0` | retired: will not be promoted |'
    )
    expect(body).toContain(
      'Not compared: a retirement withdraws 1.3.0 from development; nothing takes its place.'
    )
    expect(body).not.toContain('### Checklist')
    expect(body).toContain('- Source commit: abcdef1')
    expect(body).toContain('(retired 1.3.0: 0.913)')
    expect(body).toContain(`<sub>Plan: \`${plan.hash.slice(0, 12)}\`</sub>`)
  })
})
