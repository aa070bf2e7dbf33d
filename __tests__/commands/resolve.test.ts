/**
 * `resolve` as serving code and scripts use it, on a real registry on disk:
 * the CLI in process (text and --json) and the action in process (its
 * `result` output). The paths it gives are checked against the files
 * themselves, so an answer that names a file that is not there fails.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { planChange } from '../../src/changes/plan-change.js'
import { loadRegistry } from '../../src/registry/load.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import {
  modelBytes,
  shardClf,
  snapshot,
  validRegistry,
  type Fixture
} from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

function registry(): Fixture {
  const f = validRegistry()
  fixtures.push(f)
  return f
}

async function resolveJson(f: Fixture, ...args: string[]) {
  const run = await cli(['resolve', '--model', 'clf', ...args, '--json'], f.dir)
  return { run, out: JSON.parse(run.stdout) }
}

const filesOf = (stage: string, version: string) => ({
  'model.bin': `models/${stage}/clf/${version}/model.bin`,
  'labels.json': `models/${stage}/clf/${version}/labels.json`
})

/** Every path an answer gives holds that version's bytes of that file. */
function expectRealFiles(dir: string, versions: Array<{ version: string; files: object }>): void {
  for (const v of versions) {
    for (const [name, rel] of Object.entries(v.files as Record<string, string>)) {
      expect(readFileSync(path.join(dir, rel), 'utf8')).toBe(modelBytes('clf', v.version, name))
    }
  }
}

/** Production rolls out in steps; 1.2.0 is at `traffic` beside 1.1.0. */
function rollingOut(f: Fixture, traffic: number): void {
  f.edit(
    'apiVersion: modelgate/v1',
    [
      'apiVersion: modelgate/v1',
      'stages:',
      '  - name: development',
      '  - name: experimental',
      '  - name: staging',
      '  - name: production',
      '    capacity: 1',
      '    rollout: { steps: [0, 10, 50, 100] }'
    ].join('\n')
  )
  f.edit(
    '      - version: "1.2.0"\n        stage: staging\n',
    `      - version: "1.2.0"\n        stage: production\n        traffic: ${traffic}\n`
  )
  renameSync(
    path.join(f.dir, 'models/staging/clf/1.2.0'),
    path.join(f.dir, 'models/production/clf/1.2.0')
  )
}

/** Promotes clf `version` to production as its merged pull request leaves the checkout. */
async function promoteOnDisk(f: Fixture, version: string): Promise<void> {
  const { registry: reg } = await loadRegistry({ manifestPath: f.manifestPath })
  const plan = planChange(reg!, {
    kind: 'promote',
    model: 'clf',
    version,
    to: 'production',
    actor: 'octocat',
    at: '2026-11-20T10:00:00Z'
  })
  const at = (rel: string | null) => path.join(f.dir, rel ?? '')
  // the benchmark copy is taken from the version's folder before it moves
  for (const m of plan.moves.filter(m => m.reason === 'benchmark-refresh'))
    cpSync(at(m.from), at(m.to), { recursive: true })
  for (const m of plan.moves) {
    if (m.reason === 'benchmark-remove') rmSync(at(m.from), { recursive: true })
    else if (m.reason !== 'benchmark-refresh') {
      mkdirSync(path.dirname(at(m.to)), { recursive: true })
      renameSync(at(m.from), at(m.to))
    }
  }
  writeFileSync(plan.file.absPath, plan.newText)
}

describe('resolve', () => {
  it('answers for the last stage by default: the production version, all traffic, its files', async () => {
    const f = registry()
    const before = snapshot(f.dir)
    const { run, out } = await resolveJson(f)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(out).toEqual({
      command: 'resolve',
      ok: true,
      errors: [],
      warnings: [],
      result: {
        model: 'clf',
        stage: 'production',
        versions: [{ version: '1.1.0', traffic: 100, files: filesOf('production', '1.1.0') }]
      }
    })
    expectRealFiles(f.dir, out.result.versions)
    expect(snapshot(f.dir)).toEqual(before)
  })

  it('follows a promotion: the new production version and its paths; the old path is gone', async () => {
    const f = registry()
    const before = await resolveJson(f)
    expect(before.out.result.versions.map((v: { version: string }) => v.version)).toEqual(['1.1.0'])
    await promoteOnDisk(f, '1.2.0')
    expect((await cli(['validate'], f.dir)).code).toBe(0)
    const { run, out } = await resolveJson(f)
    expect(run.code).toBe(0)
    expect(out.result.versions).toEqual([
      { version: '1.2.0', traffic: 100, files: filesOf('production', '1.2.0') }
    ])
    expectRealFiles(f.dir, out.result.versions)
    expect(existsSync(path.join(f.dir, before.out.result.versions[0].files['model.bin']))).toBe(
      false
    )
  })

  it('answers for a named stage', async () => {
    const f = registry()
    const { run, out } = await resolveJson(f, '--stage', 'staging')
    expect(run.code).toBe(0)
    expect(out.result).toEqual({
      model: 'clf',
      stage: 'staging',
      versions: [{ version: '1.2.0', traffic: 100, files: filesOf('staging', '1.2.0') }]
    })
    expectRealFiles(f.dir, out.result.versions)
  })

  it('during a rollout: the incumbent first with the rest of the traffic, the candidate with its step', async () => {
    const f = registry()
    rollingOut(f, 10)
    // the fixture is a registry validate accepts, files and all
    expect((await cli(['validate'], f.dir)).code).toBe(0)
    const { run, out } = await resolveJson(f)
    expect(run.code).toBe(0)
    expect(out.result.versions).toEqual([
      { version: '1.1.0', traffic: 90, files: filesOf('production', '1.1.0') },
      { version: '1.2.0', traffic: 10, files: filesOf('production', '1.2.0') }
    ])
    expectRealFiles(f.dir, out.result.versions)
  })

  it('in shadow mode (step 0) the incumbent serves everything', async () => {
    const f = registry()
    rollingOut(f, 0)
    const { out } = await resolveJson(f)
    expect(out.result.versions.map((v: { traffic: number }) => v.traffic)).toEqual([100, 0])
  })

  it('an empty stage is an answer: no versions, exit 0', async () => {
    const f = registry()
    const { run, out } = await resolveJson(f, '--stage', 'experimental')
    expect(run.code).toBe(0)
    expect(out.result).toEqual({ model: 'clf', stage: 'experimental', versions: [] })
    const text = await cli(['resolve', '--model', 'clf', '--stage', 'experimental'], f.dir)
    expect(text).toEqual({ code: 0, stdout: 'no version of clf is in experimental\n', stderr: '' })
  })

  it('prints one line per version: version, traffic, the paths of its files', async () => {
    const f = registry()
    rollingOut(f, 10)
    const run = await cli(['resolve', '--model', 'clf'], f.dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        '1.1.0  90%  models/production/clf/1.1.0/model.bin  models/production/clf/1.1.0/labels.json',
        '1.2.0  10%  models/production/clf/1.2.0/model.bin  models/production/clf/1.2.0/labels.json',
        ''
      ].join('\n')
    )
  })

  it('an unknown model or stage is a usage error (exit 2) naming it and the known ones', async () => {
    const f = registry()
    const model = await cli(['resolve', '--model', 'clff'], f.dir)
    expect(model.code).toBe(2)
    expect(model.stdout).toBe('')
    expect(model.stderr).toBe(
      'modelgate: model "clff" is not in the registry models/registry.yaml (models: clf)\n'
    )

    const stage = await cli(['resolve', '--model', 'clf', '--stage', 'prod'], f.dir)
    expect(stage.code).toBe(2)
    expect(stage.stderr).toBe(
      'modelgate: stage "prod" is not a stage of the registry models/registry.yaml (stages: development, experimental, staging, production)\n'
    )

    // the archive is not a stage: no traffic to speak of
    expect((await cli(['resolve', '--model', 'clf', '--stage', 'archived'], f.dir)).code).toBe(2)

    // fail-on-decision cannot turn a typo into a success, and --json still gives one object
    const json = await cli(
      ['resolve', '--model', 'clff', '--fail-on-decision', 'false', '--json'],
      f.dir
    )
    expect(json.code).toBe(2)
    expect(JSON.parse(json.stdout)).toMatchObject({
      command: 'resolve',
      ok: false,
      result: null,
      errors: [{ message: expect.stringContaining('model "clff" is not in the registry') }]
    })
    expect(json.stderr).not.toMatch(/\n\s+at /)
  })

  it('needs --model', async () => {
    const f = registry()
    const run = await cli(['resolve'], f.dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('resolve needs "model"')
  })

  it('reads a sharded registry, the model from its own file', async () => {
    const f = registry()
    shardClf(f)
    const { run, out } = await resolveJson(f)
    expect(run.code).toBe(0)
    expect(out.result.versions).toEqual([
      { version: '1.1.0', traffic: 100, files: filesOf('production', '1.1.0') }
    ])
  })

  it('the action gives the same answer in its result output, and a summary table', async () => {
    const f = registry()
    rollingOut(f, 50)
    const { out } = await resolveJson(f)
    const run = await runActionInProcess({
      inputs: { command: 'resolve', model: 'clf' },
      workspace: f.dir
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.result)).toEqual(out.result)
    expect(out.result.versions.map((v: { traffic: number }) => v.traffic)).toEqual([50, 50])
    expect(run.summary).toContain('## modelgate resolve: clf in production')
    expect(run.summary).toContain(
      '| 1.2.0 | 50% | `models/production/clf/1.2.0/model.bin`, `models/production/clf/1.2.0/labels.json` |'
    )
    expect(existsSync(path.join(f.dir, '.modelgate'))).toBe(false)
  })

  it('in the action, an unknown stage fails the step with exit 2', async () => {
    const f = registry()
    const run = await runActionInProcess({
      inputs: { command: 'resolve', model: 'clf', stage: 'prod' },
      workspace: f.dir
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('stage "prod" is not a stage of the registry')
  })
})
