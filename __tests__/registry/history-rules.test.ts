/**
 * validate --base's history rules, pure: the base and the head are registry
 * texts; the head is what modelgate's own planners write (accepted) or a
 * hand edit (refused, at the line that causes it).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { checkHistorySince } from '../../src/registry/history-rules.js'
import type { Registry } from '../../src/registry/registry.js'
import { lineOf, sha256, validRegistry, type Fixture } from '../helpers/registry-fixture.js'
import { registryFromTexts } from '../helpers/registry-text.js'
import { planChange } from '../../src/changes/plan-change.js'

const FILE = 'models/registry.yaml'
const stamp = { actor: 'octocat', at: '2026-11-20T10:00:00Z', run: 'https://example.com/runs/1' }
let fx: Fixture
let baseText: string

beforeAll(() => {
  fx = validRegistry()
  baseText = fx.manifest()
})
afterAll(() => fx.cleanup())

const load = (text: string) => registryFromTexts({ [FILE]: text })

async function check(headText: string, base = baseText) {
  const before = await load(base)
  const reg = await load(headText)
  return checkHistorySince(reg, {
    rev: 'main',
    models: new Map(before.models.map(m => [m.name, m.spec])),
    histories: [before.data.history ?? [], ...before.models.map(m => m.spec.history ?? [])]
  })
}

const show = (list: Awaited<ReturnType<typeof check>>) =>
  list.map(d => `${d.file}:${d.line}: ${d.message}`)

describe('what modelgate writes is accepted', () => {
  it('a promotion to production (the displaced version archived without its own entry)', async () => {
    const plan = planChange(await load(baseText), {
      kind: 'promote',
      model: 'clf',
      version: '1.2.0',
      to: 'production',
      ...stamp
    })
    expect(plan.newText).toContain('replacedBy: "1.2.0"')
    expect(show(await check(plan.newText))).toEqual([])
  })

  it('two promotions merged since the base chain from the base stage to the head stage', async () => {
    const first = planChange(await load(baseText), {
      kind: 'promote',
      model: 'clf',
      version: '1.3.0',
      to: 'experimental',
      ...stamp
    })
    const second = planChange(await load(first.newText), {
      kind: 'promote',
      model: 'clf',
      version: '1.3.0',
      to: 'staging',
      ...stamp
    })
    expect(show(await check(second.newText))).toEqual([])
  })

  it('a rollback, a retirement and a registration', async () => {
    const rollback = planChange(await load(baseText), { kind: 'rollback', model: 'clf', ...stamp })
    expect(show(await check(rollback.newText))).toEqual([])
    const retire = planChange(await load(baseText), {
      kind: 'retire',
      model: 'clf',
      version: '1.3.0',
      reason: 'worse',
      ...stamp
    })
    expect(show(await check(retire.newText))).toEqual([])
    const register = planChange(await load(baseText), {
      kind: 'register',
      model: 'clf',
      version: '1.4.0',
      files: ['model.bin', 'labels.json'].map(name => ({
        name,
        source: `/tmp/${name}`,
        digest: sha256(name),
        size: 1,
        lfs: false
      })),
      source: {},
      allowOlder: false,
      ...stamp
    })
    expect(show(await check(register.newText))).toEqual([])
  })

  it('a promotion then a rollback of it (the displacement left no record)', async () => {
    const promoted = planChange(await load(baseText), {
      kind: 'promote',
      model: 'clf',
      version: '1.2.0',
      to: 'production',
      ...stamp
    })
    const rolledBack = planChange(await load(promoted.newText), {
      kind: 'rollback',
      model: 'clf',
      ...stamp
    })
    expect(show(await check(rolledBack.newText))).toEqual([])
  })
})

describe('hand edits are refused where they are written', () => {
  it('a version moved by hand without its history entry', async () => {
    const head = baseText
      .replace(/(version: "1\.2\.0"\n\s+stage:) staging/, '$1 production')
      .replace(/(version: "1\.1\.0"\n\s+stage:) production/, '$1 staging')
    const found = await check(head)
    expect(show(found)).toEqual([
      `${FILE}:${lineOf(head, 'version: "1.1.0"') + 1}: clf 1.1.0 moved from production to staging since main without a history entry { from: production, to: staging }: move versions with promote, rollback or retire, not by hand`,
      `${FILE}:${lineOf(head, 'version: "1.2.0"') + 1}: clf 1.2.0 moved from staging to production since main without a history entry { from: staging, to: production }: move versions with promote, rollback or retire, not by hand`
    ])
    expect(found[0].col).toBe(9)
  })

  it('an archive move that claims a replacement that never happened', async () => {
    const head = baseText.replace(
      /(version: "1\.1\.0"\n\s+stage:) production/,
      '$1 archived\n        retired: { at: "2026-11-20T10:00:00Z", reason: replaced, replacedBy: "1.2.0" }'
    )
    expect(show(await check(head))).toEqual([
      `${FILE}:${lineOf(head, 'version: "1.1.0"') + 1}: clf 1.1.0 moved from production to archived since main without a history entry { from: production, to: archived }: move versions with promote, rollback or retire, not by hand`
    ])
  })

  it('an old history entry edited', async () => {
    const head = baseText.replace(
      'from: staging, to: production, actor: octocat',
      'from: staging, to: production, actor: mallory'
    )
    const found = await check(head)
    expect(show(found)).toEqual([
      `${FILE}:${lineOf(head, 'actor: mallory')}: history entry clf 1.1.0 staging → production (2026-10-01T12:00:00Z) differs from the one at main (clf 1.1.0 staging → production (2026-10-01T12:00:00Z)): history is append-only, entries are never edited, removed or reordered`
    ])
  })

  it('an old history entry removed', async () => {
    const head = baseText.replace(
      /history:\n {2}- \{ at: "2026-10-01T12:00:00Z".*\n/,
      'history: []\n'
    )
    expect(show(await check(head))).toEqual([
      `${FILE}:${lineOf(head, '    versions:')}: history of model clf lost 1 entry since main (first: clf 1.1.0 staging → production (2026-10-01T12:00:00Z)); history is append-only`
    ])
  })

  it('a new version without its registration entry, and an entry that does not follow', async () => {
    const promoted = planChange(await load(baseText), {
      kind: 'promote',
      model: 'clf',
      version: '1.3.0',
      to: 'experimental',
      ...stamp
    })
    const wrongFrom = promoted.newText.replace(
      'from: development, to: experimental',
      'from: staging, to: experimental'
    )
    const found = show(await check(wrongFrom))
    expect(found).toEqual([
      `${FILE}:${lineOf(wrongFrom, 'from: staging, to: experimental')}: history entry clf 1.3.0 staging → experimental (2026-11-20T10:00:00Z) does not follow from where clf 1.3.0 was: in development at main`
    ])
    const added = baseText.replace(
      '    versions:\n',
      `    versions:\n      - version: "1.4.0"\n        stage: development\n        files: { model.bin: "${sha256('a')}", labels.json: "${sha256('b')}" }\n`
    )
    expect(show(await check(added))).toEqual([
      `${FILE}:${lineOf(added, 'version: "1.4.0"')}: clf 1.4.0 is new since main but has no history entry { from: null, to: development }: add versions with register`
    ])
  })

  it('a version deleted', async () => {
    const reg: Registry = await load(baseText)
    const start = lineOf(baseText, 'version: "1.3.0"') - 1
    const lines = baseText.split('\n')
    const end = lines.findIndex((l, i) => i > start && l.startsWith('history:'))
    const head = [...lines.slice(0, start), ...lines.slice(end)].join('\n')
    expect(reg.models[0].spec.versions).toHaveLength(4)
    expect(show(await check(head))).toEqual([
      `${FILE}:${lineOf(head, '    versions:')}: clf 1.3.0 (development at main) was removed: versions are never deleted, they move to the archive (retire)`
    ])
  })
})
