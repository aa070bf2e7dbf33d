/**
 * `versioning: ordered` (issue #12) across the commands, on a small registry
 * on disk whose versions are training-session names: every command that
 * orders versions must use `createdAt`, never the names. The names are
 * chosen so that name order is exactly the reverse of creation order, so a
 * command that sorts by name (or by SemVer, which these names are not) gives
 * the opposite answer and fails here. And under the default `semver`,
 * `v1.3.0` and `1.3.0` are one version.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { planChange } from '../../src/changes/plan-change.js'
import { checkRegistration } from '../../src/changes/register-plan.js'
import { register } from '../../src/commands/register.js'
import { DecisionError } from '../../src/errors.js'
import { realContext } from '../../src/execute.js'
import { getSettings } from '../../src/settings/input-helper.js'
import type { RegisterSettings } from '../../src/settings/settings.js'
import { loadRegistry } from '../../src/registry/load.js'
import {
  fixture,
  gitInit,
  lineOf,
  sha256,
  tempDir,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

interface Session {
  version: string
  stage: string
  createdAt: string
  accuracy: number
  extra?: string
}

/** Oldest first. Name order (aa < bb < kk < pp < yy < zz) is the reverse of this. */
const SESSIONS: Session[] = [
  {
    version: 'zz_20250101_40epochs',
    stage: 'archived',
    createdAt: '2025-01-01T10:00:00Z',
    accuracy: 0.7,
    extra:
      '        retired: { at: "2025-06-01T10:00:00Z", reason: replaced, replacedBy: kk_20250301_prod }'
  },
  {
    version: 'yy_20250115_60epochs',
    stage: 'archived',
    createdAt: '2025-01-15T10:00:00Z',
    accuracy: 0.72,
    extra:
      '        retired: { at: "2025-06-01T10:00:00Z", reason: replaced, replacedBy: kk_20250301_prod }'
  },
  {
    version: 'pp_20250201_prod',
    stage: 'production',
    createdAt: '2025-02-01T10:00:00Z',
    accuracy: 0.8
  },
  // Another writer's offset: 2025-03-01T10:00:00Z, later than pp's, whatever its text says.
  {
    version: 'kk_20250301_prod',
    stage: 'production',
    createdAt: '2025-03-01T12:00:00+02:00',
    accuracy: 0.83
  },
  {
    version: 'bb_20250401_validated',
    stage: 'validated',
    createdAt: '2025-04-01T10:00:00Z',
    accuracy: 0.9
  },
  { version: 'aa_20250501_raw', stage: 'raw', createdAt: '2025-05-01T10:00:00Z', accuracy: 0.6 }
]
const NEWEST_FIRST = [...SESSIONS].reverse().map(s => s.version)
const OLDEST_FIRST = SESSIONS.map(s => s.version)

const bytes = (version: string) => `vae ${version} weights\n`

/**
 * A git repository with `versioning: ordered`: raw → validated → production
 * (capacity 2, so two versions serve side by side), the benchmark copying
 * production. The manifest lists the versions in neither order.
 */
function orderedRegistry(): Fixture {
  const dir = tempDir()
  gitInit(dir)
  const folderOf = (s: Session) => `models/${s.stage}/vae/${s.version}`
  for (const s of SESSIONS) writeFile(dir, `${folderOf(s)}/model.pt`, bytes(s.version))
  writeFile(dir, 'models/benchmark/vae/kk_20250301_prod/model.pt', bytes('kk_20250301_prod'))
  const listed = [SESSIONS[3], SESSIONS[0], SESSIONS[5], SESSIONS[2], SESSIONS[4], SESSIONS[1]]
  const text = [
    'apiVersion: modelgate/v1',
    'versioning: ordered',
    'stages:',
    '  - name: raw',
    '  - name: validated',
    '  - name: production',
    '    capacity: 2',
    'benchmark: { folder: benchmark, copyOf: production }',
    'models:',
    '  vae:',
    '    files: [model.pt]',
    '    metrics:',
    '      accuracy: { goal: maximize }',
    '    versions:',
    ...listed.flatMap(s => [
      `      - version: ${s.version}`,
      `        stage: ${s.stage}`,
      `        createdAt: "${s.createdAt}"`,
      `        files: { model.pt: "${sha256(bytes(s.version))}" }`,
      `        metrics: { accuracy: ${s.accuracy} }`,
      ...(s.extra ? [s.extra] : [])
    ]),
    ''
  ].join('\n')
  const f = fixture(dir, writeFile(dir, 'models/registry.yaml', text))
  fixtures.push(f)
  return f
}

async function json(f: Fixture, args: string[]) {
  const run = await cli([...args, '--manifest', f.manifestPath, '--json'], f.dir)
  return { run, out: run.stdout ? JSON.parse(run.stdout) : undefined }
}

describe('versioning: ordered', () => {
  it('the registry validates', async () => {
    const f = orderedRegistry()
    const { run, out } = await json(f, ['validate'])
    expect(out.errors).toEqual([])
    expect(run.code).toBe(0)
  })

  it('resolve lists the versions of a stage of capacity 2 newest first, by createdAt', async () => {
    const f = orderedRegistry()
    const { run, out } = await json(f, ['resolve', '--model', 'vae', '--stage', 'production'])
    expect(run.code).toBe(0)
    expect(out.result.versions).toEqual([
      {
        version: 'kk_20250301_prod',
        traffic: 100,
        files: { 'model.pt': 'models/production/vae/kk_20250301_prod/model.pt' }
      },
      {
        version: 'pp_20250201_prod',
        traffic: 100,
        files: { 'model.pt': 'models/production/vae/pp_20250201_prod/model.pt' }
      }
    ])
  })

  it('report lists each stage newest first and charts the metric oldest to newest', async () => {
    const f = orderedRegistry()
    const { run, out } = await json(f, ['report', '--output-dir', `${f.dir}/.modelgate`])
    expect(run.code).toBe(0)
    const vae = out.result.status.models.find((m: { name: string }) => m.name === 'vae')
    expect(vae.stages.production.map((e: { version: string }) => e.version)).toEqual([
      'kk_20250301_prod',
      'pp_20250201_prod'
    ])
    expect(vae.chart.points.map((p: { version: string }) => p.version)).toEqual(OLDEST_FIRST)
  })

  it("rollback's default target is the newest version the live one replaced", async () => {
    const f = orderedRegistry()
    const { run, out } = await json(f, ['rollback', '--model', 'vae', '--dry-run'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // Both archived sessions were replaced by kk at the same time: the newer one comes back.
    expect(out.result.version).toBe('yy_20250115_60epochs')
    expect(out.result.moves).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          from: 'models/archived/vae/yy_20250115_60epochs',
          to: 'models/production/vae/yy_20250115_60epochs',
          reason: 'restore'
        }),
        expect.objectContaining({
          from: 'models/production/vae/kk_20250301_prod',
          to: 'models/archived/vae/kk_20250301_prod',
          reason: 'archive'
        })
      ])
    )
  })

  it('promote into a full stage displaces the oldest version, not the first by name', async () => {
    const f = orderedRegistry()
    const { run, out } = await json(f, [
      'promote',
      '--model',
      'vae',
      '--version',
      'bb_20250401_validated',
      '--to',
      'production',
      '--dry-run'
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const moves = out.result.moves as Array<{ from: string; to: string }>
    expect(moves).toContainEqual(
      expect.objectContaining({
        from: 'models/production/vae/pp_20250201_prod',
        to: 'models/archived/vae/pp_20250201_prod'
      })
    )
    expect(JSON.stringify(moves)).not.toContain('archived/vae/kk_20250301_prod')
    // The pull request's metric chart runs oldest to newest, the candidate in its place.
    const axis = /x-axis \[(.*)\]/.exec(out.result.body)?.[1]
    expect(axis).toBe(OLDEST_FIRST.map(v => `"${v}"`).join(', '))
  })

  it('register: a new session is newer than every existing one; an older one needs allow-older', async () => {
    const f = orderedRegistry()
    const reg = (await loadRegistry({ manifestPath: f.manifestPath })).registry!
    const request = (at: string, allowOlder = false) => ({
      model: 'vae',
      version: 'cc_new_session',
      allowOlder,
      at
    })
    expect(() => checkRegistration(reg, request('2025-06-01T00:00:00Z'))).not.toThrow()
    // Older than aa (the newest), though its name sorts after aa's.
    expect(() => checkRegistration(reg, request('2025-04-15T00:00:00Z'))).toThrow(
      'vae cc_new_session would be older than vae aa_20250501_raw, created 2025-05-01T10:00:00Z'
    )
    expect(() => checkRegistration(reg, request('2025-04-15T00:00:00Z', true))).not.toThrow()
    expect(() => checkRegistration(reg, request('2025-06-01T00:00:00Z', true))).not.toThrow()
  })

  it('register judges "newer" at the time it stamps the version with', async () => {
    const f = orderedRegistry()
    writeFile(f.dir, 'out/model.pt', 'a new session\n')
    const env = { PATH: process.env.PATH }
    const inputs: Record<string, string> = {
      command: 'register',
      manifest: 'models/registry.yaml',
      model: 'vae',
      version: 'cc_new_session',
      source: 'out',
      'dry-run': 'true'
    }
    const settings = getSettings(name => inputs[name], f.dir, env) as RegisterSettings
    const quiet = {
      info() {},
      warning() {},
      write() {},
      group: <T>(_: string, fn: () => Promise<T>) => fn()
    }
    // A clock before the newest session's createdAt (2025-05-01): this registration is older.
    const ctx = { ...realContext(env, quiet), now: () => new Date('2025-04-15T00:00:00Z') }
    const refused = await register(settings, ctx).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(DecisionError)
    expect((refused as Error).message).toContain('would be older than vae aa_20250501_raw')
    const later = { ...ctx, now: () => new Date('2025-06-01T00:00:00Z') }
    await expect(register(settings, later)).resolves.toMatchObject({ ok: true })
  })

  it('register writes createdAt, and the result validates', async () => {
    const f = orderedRegistry()
    const reg = (await loadRegistry({ manifestPath: f.manifestPath })).registry!
    const content = 'a new session\n'
    const plan = planChange(reg, {
      kind: 'register',
      model: 'vae',
      // Sorts first by name, yet it is the newest.
      version: 'a0_new_session',
      files: [
        {
          name: 'model.pt',
          source: '/trained/model.pt',
          digest: sha256(content),
          size: content.length,
          lfs: false
        }
      ],
      source: {},
      actor: 'octocat',
      at: '2025-07-01T00:00:00Z',
      allowOlder: false
    })
    expect(plan.additions.map(a => a.path)).toEqual(['models/raw/vae/a0_new_session/model.pt'])
    writeFile(f.dir, 'models/raw/vae/a0_new_session/model.pt', content)
    f.setManifest(plan.newText)
    expect(f.manifest()).toMatch(
      /version: a0_new_session\n\s+stage: raw\n[\s\S]*?createdAt: "?2025-07-01T00:00:00Z/
    )
    const { run, out } = await json(f, ['validate'])
    expect(out.errors).toEqual([])
    expect(run.code).toBe(0)
    const resolved = await json(f, ['resolve', '--model', 'vae', '--stage', 'raw'])
    expect(resolved.out.result.versions.map((v: { version: string }) => v.version)).toEqual([
      'a0_new_session',
      'aa_20250501_raw'
    ])
  })

  it('plan lists every live version and the benchmark copy of the newest production one', async () => {
    const f = orderedRegistry()
    const { run, out } = await json(f, ['plan'])
    expect(run.code).toBe(0)
    const entries = out.result.entries as Array<{ version: string; stage: string }>
    expect(entries.map(e => e.version).sort()).toEqual(
      [...NEWEST_FIRST.filter(v => !/^(zz|yy)_/.test(v)), 'benchmark'].sort()
    )
  })

  it('a version without createdAt, and a version listed twice, are located errors', async () => {
    const f = orderedRegistry()
    f.edit('        createdAt: "2025-02-01T10:00:00Z"\n', '')
    f.edit('      - version: aa_20250501_raw', '      - version: bb_20250401_validated')
    const { run, out } = await json(f, ['validate'])
    expect(run.code).toBe(1)
    const text = f.manifest()
    expect(out.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          line: lineOf(text, 'version: pp_20250201_prod'),
          message: expect.stringContaining('createdAt')
        }),
        expect.objectContaining({ message: expect.stringContaining('bb_20250401_validated') })
      ])
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('versioning: semver', () => {
  it('v1.3.0 and 1.3.0 are one version: listing both is an error', async () => {
    const f = validRegistry()
    fixtures.push(f)
    f.edit('      - version: "1.0.0"', '      - version: "v1.1.0"')
    const { run, out } = await json(f, ['validate'])
    expect(run.code).toBe(1)
    expect(out.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          line: lineOf(f.manifest(), 'version: "1.1.0"'),
          message: expect.stringContaining('version 1.1.0 of clf is listed twice (as v1.1.0')
        })
      ])
    )
  })

  it('promote --version v1.2.0 promotes 1.2.0', async () => {
    const f = validRegistry()
    fixtures.push(f)
    // No gates: the version named is what is checked here, not its results.
    f.edit(
      'apiVersion: modelgate/v1\n',
      'apiVersion: modelgate/v1\nstages: [{ name: development }, { name: experimental }, { name: staging }, { name: production, capacity: 1 }]\n'
    )
    const { run, out } = await json(f, [
      'promote',
      '--model',
      'clf',
      '--version',
      'v1.2.0',
      '--to',
      'production',
      '--dry-run'
    ])
    expect(run.stderr).toBe('')
    expect(out.result.version).toBe('1.2.0')
    expect(out.result.moves).toContainEqual(
      expect.objectContaining({
        from: 'models/staging/clf/1.2.0',
        to: 'models/production/clf/1.2.0'
      })
    )
  })

  it('register refuses v1.1.0 when 1.1.0 exists', async () => {
    const f = validRegistry()
    fixtures.push(f)
    const reg = (await loadRegistry({ manifestPath: f.manifestPath })).registry!
    expect(() =>
      checkRegistration(reg, {
        model: 'clf',
        version: 'v1.1.0',
        allowOlder: true,
        at: '2026-11-01T00:00:00Z'
      })
    ).toThrow('clf v1.1.0 already exists (as 1.1.0, in production)')
  })
})
