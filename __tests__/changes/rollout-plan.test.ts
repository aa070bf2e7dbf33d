/**
 * Gradual rollout (SPEC §5): a stage with `rollout: { steps }` is entered in
 * steps by the promotion planner, and `rollback` during a rollout stops it.
 * Every plan is carried out on disk and the result validated in full.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { DecisionError } from '../../src/errors.js'
import { prTitle, renderPrBody } from '../../src/present/pr-body.js'
import { treeEntries } from '../../src/changes/tree-changes.js'
import { checkFiles } from '../../src/registry/file-checks.js'
import { loadRegistry } from '../../src/registry/load.js'
import type { Registry } from '../../src/registry/registry.js'
import { checkRules } from '../../src/registry/rules.js'
import { validRegistry, type Fixture } from '../helpers/registry-fixture.js'
import { changedLines } from './line-diff.js'
import { planChange } from '../../src/changes/plan-change.js'
import type { ChangePlan } from '../../src/changes/change-plan.js'
import type { PromotionRequest } from '../../src/changes/promote-plan.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

const AT = '2026-11-20T10:00:00Z'
const req = (over: Partial<PromotionRequest> = {}) => ({
  model: 'clf',
  version: '1.2.0',
  to: 'production',
  actor: 'octocat',
  at: AT,
  ...over
})
const v = (i: number, key: string) => ['models', 'clf', 'versions', i, key]
const history = (over: Record<string, unknown>) => ({
  op: 'append',
  path: ['history'],
  value: { at: AT, model: 'clf', version: '1.2.0', actor: 'octocat', ...over }
})

/** The fixture (1.1.0 in production, 1.2.0 in staging) with the stages written out. */
function withRollout(productionRollout: string, stagingRollout = ''): Fixture {
  const f = validRegistry()
  fixtures.push(f)
  f.edit(
    'apiVersion: modelgate/v1\n',
    [
      'apiVersion: modelgate/v1',
      'stages:',
      '  - name: development',
      '  - name: experimental',
      '  - name: staging',
      ...(stagingRollout ? [`    rollout: ${stagingRollout}`] : []),
      '  - name: production',
      '    capacity: 1',
      ...(productionRollout ? [`    rollout: ${productionRollout}`] : []),
      ''
    ].join('\n')
  )
  return f
}

async function load(f: Fixture): Promise<Registry> {
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  expect(result.diagnostics).toEqual([])
  if (!result.registry) throw new Error('no registry')
  return result.registry
}

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
  const reg = await load(f)
  expect(checkRules(reg)).toEqual([])
  expect((await checkFiles(reg)).diagnostics).toEqual([])
  return reg
}

function refusal(fn: () => unknown): DecisionError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(DecisionError)
    return error as DecisionError
  }
  throw new Error('expected a refusal')
}

type Versions = Record<string, { stage: string; traffic?: number; retired?: unknown }>
function versionsOf(f: Fixture): Versions {
  const doc = parse(f.manifest()) as { models: { clf: { versions: Array<{ version: string }> } } }
  return Object.fromEntries(doc.models.clf.versions.map(x => [x.version, x])) as unknown as Versions
}

describe('promote through a rollout of [10, 50, 100]', () => {
  it('enters at 10%, steps to 50% with the manifest only, and completes at 100%', async () => {
    const f = withRollout('{ steps: [10, 50, 100] }')

    // step 1: the folder moves in beside the incumbent; nothing is archived, no benchmark refresh
    const first = planChange(await load(f), { kind: 'promote', ...req() })
    expect(first.traffic).toEqual({ to: 10 })
    expect(first.moves).toEqual([
      {
        model: 'clf',
        version: '1.2.0',
        from: 'models/staging/clf/1.2.0',
        to: 'models/production/clf/1.2.0',
        reason: 'promote'
      }
    ])
    expect(first.edits).toEqual([
      { op: 'set', path: v(2, 'stage'), value: 'production' },
      { op: 'set', path: v(2, 'traffic'), value: 10 },
      history({ from: 'staging', to: 'production', traffic: 10 })
    ])
    expect(first.branch).toBe('modelgate/promote/clf-to-production')
    expect(first.commitMessage.split('\n')[0]).toBe(
      'Roll out clf 1.2.0 in production: staging → 10%'
    )
    expect(prTitle(first)).toBe('Roll out clf 1.2.0 in production: staging → 10%')
    expect(changedLines(f.manifest(), first.newText)).toEqual({
      removed: ['        stage: staging'],
      added: [
        '        stage: production',
        '        traffic: 10',
        `  - { at: "${AT}", model: clf, version: "1.2.0", from: staging, to: production, actor: octocat, traffic: 10 }`
      ]
    })
    await applyAndValidate(f, first)
    expect(versionsOf(f)['1.1.0']).toMatchObject({ stage: 'production' })
    expect(versionsOf(f)['1.1.0'].traffic).toBeUndefined()
    expect(versionsOf(f)['1.2.0']).toMatchObject({ stage: 'production', traffic: 10 })
    expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.1.0/model.bin'))).toBe(true)

    // step 2: no folder moves, only `traffic` and one history entry
    const second = planChange(await load(f), { kind: 'promote', ...req() })
    expect(second.traffic).toEqual({ from: 10, to: 50 })
    expect(second.moves).toEqual([])
    expect(second.edits).toEqual([
      { op: 'set', path: v(2, 'traffic'), value: 50 },
      history({ from: 'production', to: 'production', traffic: 50 })
    ])
    expect(second.branch).toBe(first.branch)
    expect(second.hash).not.toBe(first.hash)
    expect(prTitle(second)).toBe('Roll out clf 1.2.0 in production: 10% → 50%')
    expect(changedLines(f.manifest(), second.newText)).toEqual({
      removed: ['        traffic: 10'],
      added: [
        '        traffic: 50',
        `  - { at: "${AT}", model: clf, version: "1.2.0", from: production, to: production, actor: octocat, traffic: 50 }`
      ]
    })
    // the commit holds the manifest alone: no tree entries for folders
    expect(
      treeEntries({
        moves: second.moves,
        sources: new Map(),
        manifest: { path: second.file.relPath, mode: '100644', text: second.newText }
      })
    ).toEqual([
      { path: 'models/registry.yaml', mode: '100644', type: 'blob', content: second.newText }
    ])
    await applyAndValidate(f, second)

    // step 3: reaching 100 archives the incumbent, refreshes the benchmark and drops `traffic`
    const third = planChange(await load(f), { kind: 'promote', ...req() })
    expect(third.traffic).toEqual({ from: 50, to: 100 })
    expect(third.moves.map(m => [m.reason, m.version, m.from, m.to])).toEqual([
      ['archive', '1.1.0', 'models/production/clf/1.1.0', 'models/archived/clf/1.1.0'],
      ['benchmark-remove', '1.1.0', 'models/benchmark/clf/1.1.0', null],
      ['benchmark-refresh', '1.2.0', 'models/production/clf/1.2.0', 'models/benchmark/clf/1.2.0']
    ])
    expect(third.edits).toEqual([
      { op: 'delete', path: v(2, 'traffic') },
      { op: 'set', path: v(1, 'stage'), value: 'archived' },
      {
        op: 'set',
        path: v(1, 'retired'),
        value: { at: AT, reason: 'replaced', replacedBy: '1.2.0', actor: 'octocat' }
      },
      history({ from: 'production', to: 'production', traffic: 100 })
    ])
    expect(prTitle(third)).toBe('Roll out clf 1.2.0 in production: 50% → 100%')
    await applyAndValidate(f, third)
    const after = versionsOf(f)
    expect(after['1.2.0']).toEqual(expect.objectContaining({ stage: 'production' }))
    expect('traffic' in after['1.2.0']).toBe(false)
    expect(after['1.1.0']).toMatchObject({
      stage: 'archived',
      retired: { reason: 'replaced', replacedBy: '1.2.0' }
    })
    expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.2.0/model.bin'))).toBe(true)
    expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.1.0'))).toBe(false)

    // once at 100 the version is simply in production
    const done = await load(f)
    expect(refusal(() => planChange(done, { kind: 'promote', ...req() })).message).toBe(
      'clf 1.2.0 is already in production'
    )
  })

  it('shows the step in the PR body: traffic shares, the next step, no folder moves', async () => {
    const f = withRollout('{ steps: [10, 50, 100] }')
    await applyAndValidate(f, planChange(await load(f), { kind: 'promote', ...req() }))
    const reg = await load(f)
    const plan = planChange(reg, { kind: 'promote', ...req() })
    const body = renderPrBody({
      plan,
      model: reg.models[0],
      stage: reg.stages[3],
      gateSummary: [],
      candidate: { version: '1.2.0' }
    })
    expect(body).toContain('## 🚦 Rollout of clf 1.2.0 in production: 10% → 50%')
    expect(body).toContain(
      "**1.2.0** serves 50% of production's traffic; **1.1.0** keeps the rest."
    )
    expect(body).toContain(
      'Steps: 10% → **50%** → 100%. After this merges, promote 1.2.0 to production again for 100%.'
    )
    expect(body).toContain(
      "No folder moves: only 1.2.0's entry in the manifest changes: `traffic: 50`."
    )
  })

  it('starts in shadow mode with a first step of 0', async () => {
    const f = withRollout('{ steps: [0, 100] }')
    const plan = planChange(await load(f), { kind: 'promote', ...req() })
    expect(plan.edits).toContainEqual({ op: 'set', path: v(2, 'traffic'), value: 0 })
    expect(plan.moves.map(m => m.reason)).toEqual(['promote'])
    expect(prTitle(plan)).toBe('Roll out clf 1.2.0 in production: staging → 0% (shadow)')
    await applyAndValidate(f, plan)
    expect(versionsOf(f)['1.2.0'].traffic).toBe(0)
    const last = planChange(await load(f), { kind: 'promote', ...req() })
    expect(last.traffic).toEqual({ from: 0, to: 100 })
    expect(last.moves.map(m => m.reason)).toEqual([
      'archive',
      'benchmark-remove',
      'benchmark-refresh'
    ])
  })

  it('promotes in one step when the only step is 100: no traffic key, as without rollout', async () => {
    const plain = planChange(await load(withRollout('')), { kind: 'promote', ...req() })
    const single = planChange(await load(withRollout('{ steps: [100] }')), {
      kind: 'promote',
      ...req()
    })
    expect(single.traffic).toBeUndefined()
    expect(single.moves).toEqual(plain.moves)
    expect(single.edits).toEqual(plain.edits)
    expect(prTitle(single)).toBe('Promote clf 1.2.0: staging → production')
  })

  describe('refusals', () => {
    it('refuses a second candidate while one is rolling out in the stage', async () => {
      const f = withRollout('{ steps: [10, 50, 100] }')
      await applyAndValidate(f, planChange(await load(f), { kind: 'promote', ...req() }))
      // 1.3.0 reaches staging meanwhile
      f.edit('        stage: development\n', '        stage: staging\n')
      const reg = await load(f)
      const message = refusal(() =>
        planChange(reg, { kind: 'promote', ...req({ version: '1.3.0' }) })
      ).message
      expect(message).toBe(
        'clf 1.2.0 is rolling out in production (10% of traffic): one rollout at a time; finish it (promote 1.2.0 to production again) or stop it with rollback first'
      )
    })

    it('refuses to move a version on before its rollout in a middle stage is finished', async () => {
      const f = withRollout('', '{ steps: [10, 100] }')
      f.edit('        stage: staging\n', '        stage: staging\n        traffic: 10\n')
      const reg = await load(f)
      expect(refusal(() => planChange(reg, { kind: 'promote', ...req() })).message).toBe(
        'clf 1.2.0 is rolling out in staging (10% of traffic): finish the rollout (promote it to staging again) before it moves on'
      )
      // its next step is what promote does instead
      const step = planChange(reg, { kind: 'promote', ...req({ to: 'staging' }) })
      expect(step.traffic).toEqual({ from: 10, to: 100 })
      expect(step.moves).toEqual([])
    })

    it('still refuses a version that is in a stage without rollout: "already in"', async () => {
      const reg = await load(withRollout('{ steps: [10, 50, 100] }'))
      expect(
        refusal(() => planChange(reg, { kind: 'promote', ...req({ to: 'staging' }) })).message
      ).toBe('clf 1.2.0 is already in staging')
    })
  })
})

describe('rollback during a rollout', () => {
  it('archives the candidate as rolled back; the incumbent keeps all traffic and the benchmark', async () => {
    const f = withRollout('{ steps: [10, 50, 100] }')
    await applyAndValidate(f, planChange(await load(f), { kind: 'promote', ...req() }))
    const reg = await load(f)
    const plan = planChange(reg, { kind: 'rollback', model: 'clf', actor: 'octocat', at: AT })
    expect(plan).toMatchObject({
      kind: 'rollback',
      version: '1.1.0',
      from: 'production',
      to: 'production',
      rolledBackFrom: '1.2.0',
      traffic: { from: 10, to: 0 },
      branch: 'modelgate/rollback/clf'
    })
    expect(plan.moves).toEqual([
      {
        model: 'clf',
        version: '1.2.0',
        from: 'models/production/clf/1.2.0',
        to: 'models/archived/clf/1.2.0',
        reason: 'archive'
      }
    ])
    expect(plan.edits).toEqual([
      { op: 'set', path: v(2, 'stage'), value: 'archived' },
      {
        op: 'set',
        path: v(2, 'retired'),
        value: { at: AT, reason: 'rolled-back', replacedBy: '1.1.0', actor: 'octocat' }
      },
      { op: 'delete', path: v(2, 'traffic') },
      history({
        from: 'production',
        to: 'archived',
        reason: 'rollout stopped at 10%; all traffic back to 1.1.0'
      })
    ])
    expect(prTitle(plan)).toBe('Roll back the rollout of clf 1.2.0 (10%): all traffic to 1.1.0')
    expect(plan.commitMessage.split('\n')[0]).toBe(
      'Roll back the rollout of clf 1.2.0 in production (10%): all traffic to 1.1.0'
    )
    await applyAndValidate(f, plan)
    const after = versionsOf(f)
    expect(after['1.1.0'].stage).toBe('production')
    expect('traffic' in after['1.1.0']).toBe(false)
    expect(after['1.2.0']).toMatchObject({ stage: 'archived', retired: { reason: 'rolled-back' } })
    expect('traffic' in after['1.2.0']).toBe(false)
    expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.1.0/model.bin'))).toBe(true)
    // the next rollback is an ordinary one again: production's previous version
    const restored = await load(f)
    expect(
      planChange(restored, { kind: 'rollback', model: 'clf', actor: 'octocat', at: AT }).version
    ).toBe('1.0.0')
  })

  it('refuses a named version while a rollout is in progress', async () => {
    const f = withRollout('{ steps: [10, 50, 100] }')
    await applyAndValidate(f, planChange(await load(f), { kind: 'promote', ...req() }))
    const reg = await load(f)
    expect(
      refusal(() =>
        planChange(reg, { kind: 'rollback', model: 'clf', version: '1.0.0', actor: 'o', at: AT })
      ).message
    ).toBe(
      'clf 1.2.0 is rolling out in production (10% of traffic): rollback without `version` stops that rollout and returns all traffic to 1.1.0; roll back to another version after that'
    )
  })
})
