/**
 * Under SemVer, `v1.3.0` and `1.3.0` are one version: every lookup by a
 * version the user names (promote, retire, rollback, register's "newer than
 * every existing one", metrics to record) finds the entry whatever the
 * spelling, and what is planned keeps the manifest's spelling (its folder).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { metricsToRecord } from '../../src/changes/recorded-metrics.js'
import { planChange } from '../../src/changes/plan-change.js'
import { checkRegistration } from '../../src/changes/register-plan.js'
import { DecisionError } from '../../src/errors.js'
import { loadRegistry } from '../../src/registry/load.js'
import type { Registry } from '../../src/registry/registry.js'
import { findVersion, sameVersion } from '../../src/registry/semver.js'
import type { VersionEntry } from '../../src/registry/types.js'
import { validRegistry, writeFile, type Fixture } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

async function load(): Promise<Registry> {
  const f = validRegistry()
  fixtures.push(f)
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  if (!result.registry) throw new Error('no registry')
  return result.registry
}

const AT = '2026-11-20T10:00:00Z'
const who = { actor: 'octocat', at: AT }

describe('sameVersion', () => {
  it('is the same SemVer version with or without a leading v', () => {
    expect(sameVersion('v1.3.0', '1.3.0')).toBe(true)
    expect(sameVersion('1.3.0', 'v1.3.0')).toBe(true)
    expect(sameVersion('v1.3.0-rc.1', '1.3.0-rc.1')).toBe(true)
    expect(sameVersion('1.3.0', '1.3.0')).toBe(true)
  })

  it('tells apart other versions, build metadata included, and compares other text as written', () => {
    expect(sameVersion('1.3.0', '1.3.1')).toBe(false)
    expect(sameVersion('1.3.0', '1.3.0-rc.1')).toBe(false)
    // validate lists both; a lookup must not take one for the other
    expect(sameVersion('1.3.0+build.1', '1.3.0+build.2')).toBe(false)
    expect(sameVersion('v1.3', '1.3')).toBe(false)
    expect(sameVersion('vnext', 'next')).toBe(false)
  })
})

describe('findVersion', () => {
  const entry = (version: string): VersionEntry => ({ version, stage: 'development', files: {} })

  it('finds the entry whatever the spelling, the same text first', () => {
    const versions = [entry('1.3.0'), entry('v1.4.0')]
    expect(findVersion(versions, 'v1.3.0')?.version).toBe('1.3.0')
    expect(findVersion(versions, '1.4.0')?.version).toBe('v1.4.0')
    expect(findVersion(versions, '1.5.0')).toBeUndefined()
    expect(findVersion([entry('1.3.0+a'), entry('1.3.0')], '1.3.0')?.version).toBe('1.3.0')
    expect(findVersion([entry('1.3.0+a')], '1.3.0')).toBeUndefined()
  })
})

describe('a version named with a leading v', () => {
  it('promote v1.3.0 plans the move of 1.3.0, in its folder as written', async () => {
    const reg = await load()
    const plan = planChange(reg, {
      kind: 'promote',
      model: 'clf',
      version: 'v1.3.0',
      to: 'experimental',
      ...who
    })
    expect(plan.version).toBe('1.3.0')
    expect(plan.moves).toEqual([
      expect.objectContaining({
        from: 'models/development/clf/1.3.0',
        to: 'models/experimental/clf/1.3.0'
      })
    ])
    // the history entry names the version as the manifest writes it
    expect(plan.newText).toMatch(/version: "?1\.3\.0"?, from: development, to: experimental/)
  })

  it('retire v1.3.0 retires 1.3.0', async () => {
    const reg = await load()
    const plan = planChange(reg, {
      kind: 'retire',
      model: 'clf',
      version: 'v1.3.0',
      reason: 'superseded',
      ...who
    })
    expect(plan.version).toBe('1.3.0')
    expect(plan.moves[0]).toMatchObject({
      from: 'models/development/clf/1.3.0',
      to: 'models/archived/clf/1.3.0'
    })
  })

  it('rollback to v1.0.0 brings back the archived 1.0.0', async () => {
    const reg = await load()
    const plan = planChange(reg, { kind: 'rollback', model: 'clf', version: 'v1.0.0', ...who })
    expect(plan.version).toBe('1.0.0')
    expect(plan.moves[0]).toMatchObject({
      from: 'models/archived/clf/1.0.0',
      to: 'models/production/clf/1.0.0'
    })
  })

  it('register: v1.3.0 exists, v1.2.5 is older, v1.4.0 is new', async () => {
    const reg = await load()
    const register = (version: string) => () =>
      checkRegistration(reg, {
        model: 'clf',
        version,
        allowOlder: false,
        at: '2026-01-01T00:00:00Z'
      })
    expect(register('v1.3.0')).toThrow(DecisionError)
    expect(register('v1.3.0')).toThrow('clf v1.3.0 already exists (as 1.3.0, in development)')
    expect(register('v1.2.5')).toThrow('clf v1.2.5 is lower than clf 1.3.0')
    expect(register('v1.4.0')).not.toThrow()
  })

  it('the metrics promote records are those 1.3.0 records, named v1.3.0', async () => {
    const reg = await load()
    const spec = reg.models[0].spec
    const fresh = { accuracy: 0.95, latency_ms: 12, f1_micro: 0.9 }
    spec.metrics = {}
    expect(metricsToRecord(spec, 'v1.3.0', fresh)).toEqual({ accuracy: 0.95 })
  })

  it('evaluate v1.3.0 writes the results of 1.3.0, and compare v1.3.0 finds them', async () => {
    const f = validRegistry()
    fixtures.push(f)
    writeFile(
      f.dir,
      'tools/eval.mjs',
      `import { mkdirSync, writeFileSync } from 'node:fs'
mkdirSync(process.argv[2], { recursive: true })
writeFileSync(process.argv[2] + '/metrics.json', JSON.stringify({ accuracy: 0.95, latency_ms: 12 }))
`
    )
    f.edit(
      '    compare: { primary: [accuracy], significance: 0.05 }',
      '    compare: { primary: [accuracy] }\n    evaluate: { run: "node tools/eval.mjs {output_dir}", metrics: metrics.json }'
    )
    const evaluate = await cli(
      ['evaluate', '--model', 'clf', '--version', 'v1.3.0', '--cache', 'false'],
      f.dir
    )
    expect(evaluate.code === 0 ? 0 : evaluate.stderr).toBe(0)
    const run = await cli(['compare', '--model', 'clf', '--version', 'v1.3.0', '--json'], f.dir)
    const out = JSON.parse(run.stdout)
    expect(out.errors).toEqual([])
    expect(out.result.candidate).toEqual({
      version: '1.3.0',
      results: path.join(f.dir, '.modelgate/clf/1.3.0/result.json')
    })
    expect(out.result.metrics).toContainEqual(
      expect.objectContaining({ name: 'accuracy', candidate: 0.95 })
    )
  })
})
