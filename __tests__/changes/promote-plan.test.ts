/** The promotion planner (SPEC §5 steps 1–2): refusals, moves, manifest edits, plan hash. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { DecisionError } from '../../src/errors.js'
import { checkFiles } from '../../src/registry/file-checks.js'
import { loadRegistry } from '../../src/registry/load.js'
import type { Registry } from '../../src/registry/registry.js'
import { checkRules } from '../../src/registry/rules.js'
import { exampleRepo } from '../helpers/examples.js'
import { shardClf, validRegistry, type Fixture } from '../helpers/registry-fixture.js'
import { changedLines } from './line-diff.js'
import { planChange } from '../../src/changes/plan-change.js'
import type { ChangePlan } from '../../src/changes/change-plan.js'
import type { PromotionRequest } from '../../src/changes/promote-plan.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

async function load(f: Fixture): Promise<Registry> {
  fixtures.push(f)
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  expect(result.diagnostics).toEqual([])
  if (!result.registry) throw new Error('no registry')
  return result.registry
}

const AT = '2026-11-20T10:00:00Z'
const req = (over: Partial<PromotionRequest> = {}) => ({
  model: 'clf',
  version: '1.2.0',
  to: 'production',
  actor: 'octocat',
  at: AT,
  ...over
})

/** Carries the plan out on disk the way the commit will, then validates the result fully. */
async function applyAndValidate(f: Fixture, plan: ChangePlan): Promise<Registry> {
  // copies first: a benchmark refresh copies from the version's folder before it moves
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
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  expect(result.diagnostics).toEqual([])
  const reg = result.registry as Registry
  expect(checkRules(reg)).toEqual([])
  expect((await checkFiles(reg)).diagnostics).toEqual([])
  return reg
}

describe('planPromotion on the test fixture', () => {
  it('promotes 1.2.0 staging → production: archives 1.1.0 and refreshes the benchmark', async () => {
    const f = validRegistry()
    const reg = await load(f)
    const plan = planChange(reg, {
      kind: 'promote',
      ...req({ run: 'https://example.test/runs/1' })
    })
    expect(plan.moves).toEqual([
      {
        model: 'clf',
        version: '1.2.0',
        from: 'models/staging/clf/1.2.0',
        to: 'models/production/clf/1.2.0',
        reason: 'promote'
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
        version: '1.2.0',
        from: 'models/staging/clf/1.2.0',
        to: 'models/benchmark/clf/1.2.0',
        reason: 'benchmark-refresh'
      }
    ])
    const v = (i: number, key: string) => ['models', 'clf', 'versions', i, key]
    expect(plan.edits).toEqual([
      { op: 'set', path: v(2, 'stage'), value: 'production' },
      { op: 'set', path: v(1, 'stage'), value: 'archived' },
      {
        op: 'set',
        path: v(1, 'retired'),
        value: { at: AT, reason: 'replaced', replacedBy: '1.2.0', actor: 'octocat' }
      },
      {
        op: 'append',
        path: ['history'],
        value: {
          at: AT,
          model: 'clf',
          version: '1.2.0',
          from: 'staging',
          to: 'production',
          actor: 'octocat',
          run: 'https://example.test/runs/1'
        }
      }
    ])
    expect(plan.file).toBe(reg.manifest)
    expect(plan.branch).toBe('modelgate/promote/clf-to-production')
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(plan.commitMessage.split('\n')[0]).toBe('Promote clf 1.2.0 from staging to production')
    expect(plan.commitMessage.endsWith(`\n\nModelgate-Plan: ${plan.hash}`)).toBe(true)

    const before = f.manifest()
    expect(changedLines(before, plan.newText)).toEqual({
      removed: ['        stage: production', '        stage: staging'],
      added: [
        '        stage: archived',
        `        retired: { at: "${AT}", reason: replaced, replacedBy: "1.2.0", actor: octocat }`,
        '        stage: production',
        `  - { at: "${AT}", model: clf, version: "1.2.0", from: staging, to: production, actor: octocat, run: "https://example.test/runs/1" }`
      ]
    })
    expect(before.split('\n').length + 2).toBe(plan.newText.split('\n').length)

    const after = await applyAndValidate(f, plan)
    const stages = Object.fromEntries(after.models[0].spec.versions.map(x => [x.version, x.stage]))
    expect(stages).toEqual({
      '1.0.0': 'archived',
      '1.1.0': 'archived',
      '1.2.0': 'production',
      '1.3.0': 'development'
    })
    expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.1.0'))).toBe(false)
    expect(after.data.history).toHaveLength(2)
  })

  it('promotes 1.3.0 development → experimental: one move, nothing archived', async () => {
    const f = validRegistry()
    const reg = await load(f)
    const plan = planChange(reg, {
      kind: 'promote',
      ...req({ version: '1.3.0', to: 'experimental' })
    })
    expect(plan.moves).toEqual([
      {
        model: 'clf',
        version: '1.3.0',
        from: 'models/development/clf/1.3.0',
        to: 'models/experimental/clf/1.3.0',
        reason: 'promote'
      }
    ])
    expect(plan.edits.map(e => e.op)).toEqual(['set', 'append'])
    expect(plan.branch).toBe('modelgate/promote/clf-to-experimental')
    const after = await applyAndValidate(f, plan)
    expect(after.models[0].spec.versions[3].stage).toBe('experimental')
  })

  it('writes given metrics into the version entry, merged with the recorded ones', async () => {
    const f = validRegistry()
    const reg = await load(f)
    const plan = planChange(reg, {
      kind: 'promote',
      ...req({ version: '1.3.0', to: 'experimental', metrics: { latency_ms: 12 } })
    })
    expect(plan.edits[1]).toEqual({
      op: 'set',
      path: ['models', 'clf', 'versions', 3, 'metrics'],
      value: { accuracy: 0.913, latency_ms: 12 }
    })
    expect(changedLines(f.manifest(), plan.newText).added).toContain(
      '        metrics: { accuracy: 0.913, latency_ms: 12 }'
    )
    await applyAndValidate(f, plan)
  })

  it('gives the same hash for the same request at another time, another for another version', async () => {
    const reg = await load(validRegistry())
    const a = planChange(reg, { kind: 'promote', ...req() })
    const b = planChange(reg, { kind: 'promote', ...req({ at: '2027-01-01T00:00:00Z' }) })
    expect(b.hash).toBe(a.hash)
    expect(b.newText).not.toBe(a.newText)
    const c = planChange(reg, { kind: 'promote', ...req({ version: '1.3.0', to: 'experimental' }) })
    expect(c.hash).not.toBe(a.hash)
    const d = planChange(reg, { kind: 'promote', ...req({ actor: 'mona' }) })
    expect(d.hash).not.toBe(a.hash)
  })

  it('with no benchmark configured, production is entered without copies', async () => {
    const f = validRegistry()
    fixtures.push(f)
    f.edit(
      'apiVersion: modelgate/v1\n',
      [
        'apiVersion: modelgate/v1',
        'benchmark: false',
        'stages:',
        '  - name: development',
        '  - name: experimental',
        '  - name: staging',
        '  - name: production',
        '    capacity: 1',
        ''
      ].join('\n')
    )
    rmSync(path.join(f.dir, 'models/benchmark'), { recursive: true })
    const reg = await load(f)
    const plan = planChange(reg, { kind: 'promote', ...req() })
    expect(plan.moves.map(m => m.reason)).toEqual(['promote', 'archive'])
    await applyAndValidate(f, plan)
  })

  it('a stage without capacity keeps its incumbents', async () => {
    const f = validRegistry()
    const reg = await load(f)
    reg.stages = reg.stages.map(s => (s.name === 'production' ? { name: s.name } : s))
    const plan = planChange(reg, { kind: 'promote', ...req() })
    expect(plan.moves.map(m => m.reason)).toEqual([
      'promote',
      'benchmark-remove',
      'benchmark-refresh'
    ])
  })

  describe('refusals', () => {
    const refusals: Array<[string, Partial<PromotionRequest>, RegExp]> = [
      ['an unknown model', { model: 'nope' }, /^unknown model "nope"$/],
      [
        'an unknown version',
        { version: '9.9.9' },
        /^model clf has no version "9\.9\.9" \(it has 1\.0\.0, 1\.1\.0, 1\.2\.0, 1\.3\.0\)$/
      ],
      [
        'an unknown stage',
        { to: 'prod' },
        /^unknown stage "prod" \(stages: development, experimental, staging, production\)$/
      ],
      [
        'the version already in the target',
        { to: 'staging' },
        /^clf 1\.2\.0 is already in staging$/
      ],
      [
        'a skipped stage',
        { version: '1.3.0', to: 'staging' },
        /^clf 1\.3\.0 cannot skip a stage: from development the next stage is experimental, not staging$/
      ],
      [
        'a backwards move',
        { to: 'experimental' },
        /^clf 1\.2\.0 cannot move backwards from staging to experimental; use rollback$/
      ],
      [
        'an archived version',
        { version: '1.0.0', to: 'development' },
        /^clf 1\.0\.0 is archived and cannot be promoted; use rollback to bring it back, or register it again$/
      ],
      [
        'the benchmark folder',
        { to: 'benchmark' },
        /^cannot promote to "benchmark": it is the benchmark folder/
      ],
      [
        'the archive folder',
        { to: 'archived' },
        /^cannot promote to "archived": it is the archive; use retire$/
      ]
    ]
    it.each(refusals)('refuses %s with one message', async (_what, over, message) => {
      const reg = await load(validRegistry())
      let error: unknown
      try {
        planChange(reg, { kind: 'promote', ...req(over) })
      } catch (err) {
        error = err
      }
      expect(error).toBeInstanceOf(DecisionError)
      expect((error as DecisionError).exitCode).toBe(1)
      expect((error as DecisionError).message).toMatch(message)
    })

    it('enters a stage with a rollout in steps (rollout-plan.test.ts); other stages are unaffected', async () => {
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
          '  - name: production',
          '    capacity: 1',
          '    rollout: { steps: [10, 50, 100] }',
          ''
        ].join('\n')
      )
      const reg = await load(f)
      expect(planChange(reg, { kind: 'promote', ...req() }).traffic).toEqual({ to: 10 })
      // the other stages are unaffected
      expect(
        planChange(reg, { kind: 'promote', ...req({ version: '1.3.0', to: 'experimental' }) }).moves
      ).toHaveLength(1)
    })
  })
})

describe('planPromotion on the sklearn example', () => {
  it('promotes 1.2.0 to production keeping every comment and folded string', async () => {
    const f = exampleRepo('sklearn-classifier')
    const reg = await load(f)
    const plan = planChange(reg, { kind: 'promote', ...req(), model: 'breast-cancer' })
    expect(plan.moves.map(m => [m.reason, m.from, m.to])).toEqual([
      ['promote', 'models/staging/breast-cancer/1.2.0', 'models/production/breast-cancer/1.2.0'],
      ['archive', 'models/production/breast-cancer/1.1.0', 'models/archived/breast-cancer/1.1.0'],
      ['benchmark-remove', 'models/benchmark/breast-cancer/1.1.0', null],
      [
        'benchmark-refresh',
        'models/staging/breast-cancer/1.2.0',
        'models/benchmark/breast-cancer/1.2.0'
      ]
    ])
    const before = f.manifest()
    const { removed, added } = changedLines(before, plan.newText)
    expect(removed).toEqual(['        stage: staging', '        stage: production'])
    expect(added).toEqual([
      '        stage: production',
      '        stage: archived',
      `        retired: { at: "${AT}", reason: replaced, replacedBy: "1.2.0", actor: octocat }`,
      `  - { at: "${AT}", model: breast-cancer, version: "1.2.0", from: staging, to: production, actor: octocat }`
    ])
    // the two `stage:` lines swapped values: compare line by line
    const a = before.split('\n')
    const b = plan.newText.split('\n').filter(l => !l.includes(AT))
    expect(b).toHaveLength(a.length)
    const changed = a.flatMap((l, i) => (l === b[i] ? [] : [[l, b[i]]]))
    expect(changed).toEqual([
      ['        stage: staging', '        stage: production'],
      ['        stage: production', '        stage: archived']
    ])
    const comments = (t: string) => t.split('\n').filter(l => l.trimStart().startsWith('#'))
    expect(comments(plan.newText)).toEqual(comments(before))
    expect(parse(plan.newText).models['breast-cancer'].description).toBe(
      parse(before).models['breast-cancer'].description
    )

    const after = await applyAndValidate(f, plan)
    expect(after.models[0].spec.versions.map(v => v.stage)).toEqual([
      'development',
      'production',
      'archived',
      'archived'
    ])
  })
})

describe('planPromotion on a JSON registry', () => {
  it('edits the parsed manifest and re-serializes it', async () => {
    const f = validRegistry()
    fixtures.push(f)
    const json = path.join(f.dir, 'models/registry.json')
    writeFileSync(json, JSON.stringify(parse(f.manifest()), null, 2) + '\n')
    rmSync(f.manifestPath)
    const result = await loadRegistry({ manifestPath: json })
    expect(result.diagnostics).toEqual([])
    const plan = planChange(result.registry as Registry, { kind: 'promote', ...req() })
    const data = JSON.parse(plan.newText)
    expect(data.models.clf.versions.map((v: { stage: string }) => v.stage)).toEqual([
      'archived',
      'archived',
      'production',
      'development'
    ])
    expect(data.history[1]).toEqual({
      at: AT,
      model: 'clf',
      version: '1.2.0',
      from: 'staging',
      to: 'production',
      actor: 'octocat'
    })
  })
})

describe('planPromotion on a sharded registry', () => {
  it('edits only the model file and logs the move in its own history', async () => {
    const f = validRegistry()
    fixtures.push(f)
    shardClf(f)
    const reg = await load(f)
    const plan = planChange(reg, {
      kind: 'promote',
      ...req({ version: '1.3.0', to: 'experimental' })
    })
    expect(plan.file.relPath).toBe('models/clf/model.yaml')
    expect(plan.edits[0].path).toEqual(['versions', 3, 'stage'])
    expect(
      plan.newText.endsWith(
        `history:\n  - { at: "${AT}", model: clf, version: "1.3.0", from: development, to: experimental, actor: octocat }\n`
      )
    ).toBe(true)
    const after = await applyAndValidate(f, plan)
    expect(after.models[0].spec.history).toHaveLength(1)
    expect(f.manifest()).toBe('apiVersion: modelgate/v1\ninclude: ["models/*/model.yaml"]\n')
  })
})
