/** The registration planner (SPEC §3 `register`): refusals, the new entry, the edit, the hash. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { DecisionError } from '../../src/errors.js'
import {
  checkRegistration,
  GIT_FILE_LIMIT,
  type RegisteredFile,
  type RegistrationRequest
} from '../../src/changes/register-plan.js'
import { planChange } from '../../src/changes/plan-change.js'
import { checkFiles } from '../../src/registry/file-checks.js'
import { loadRegistry } from '../../src/registry/load.js'
import type { Registry } from '../../src/registry/registry.js'
import { checkRules } from '../../src/registry/rules.js'
import { exampleRepo } from '../helpers/examples.js'
import {
  copyBenchmarkOf,
  sha256,
  shardClf,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'
import { changedLines } from './line-diff.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

async function load(f: Fixture): Promise<Registry> {
  fixtures.push(f)
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  expect(result.diagnostics).toEqual([])
  if (!result.registry) throw new Error('no registry')
  return result.registry
}

/** Loads and validates fully (schema, rules, files): the registry, which must have no problem. */
async function loadValid(f: Fixture): Promise<Registry> {
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  const reg = result.registry as Registry
  expect([
    ...result.diagnostics,
    ...checkRules(reg),
    ...(await checkFiles(reg)).diagnostics
  ]).toEqual([])
  return reg
}

const AT = '2026-11-20T10:00:00Z'
const RUN = 'https://github.com/acme/models/actions/runs/42'
const SHA = '0123456789abcdef0123456789abcdef01234567'
const bytes = (name: string, version = '1.4.0') => `clf ${version} ${name}: new weights\n`

/** The model's files as the command hands them over; `source` points into `dir`. */
function files(dir = '/trained', version = '1.4.0'): RegisteredFile[] {
  // listed in the opposite order of the model's `files` on purpose
  return ['labels.json', 'model.bin'].map(name => ({
    name,
    source: path.join(dir, name),
    digest: sha256(bytes(name, version)),
    size: Buffer.byteLength(bytes(name, version)),
    lfs: false
  }))
}

function req(over: Partial<RegistrationRequest> = {}): RegistrationRequest {
  return {
    model: 'clf',
    version: '1.4.0',
    files: files(),
    source: {},
    actor: 'octocat',
    at: AT,
    allowOlder: false,
    ...over
  }
}

function refusal(fn: () => unknown): DecisionError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(DecisionError)
    return err as DecisionError
  }
  throw new Error('expected a refusal')
}

/** Writes the plan's files and manifest text to disk, reloads and validates fully. */
async function applyAndValidate(f: Fixture, reg: Registry, newText: string, version = '1.4.0') {
  const stage = reg.stages[0].name
  for (const name of ['model.bin', 'labels.json']) {
    writeFile(f.dir, `models/${stage}/clf/${version}/${name}`, bytes(name, version))
  }
  writeFile(f.dir, path.relative(f.dir, reg.models[0].source.absPath), newText)
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  expect(result.diagnostics).toEqual([])
  const after = result.registry as Registry
  expect(checkRules(after)).toEqual([])
  expect((await checkFiles(after)).diagnostics).toEqual([])
  return after
}

describe('checkRegistration refusals', () => {
  it('refuses an unknown model', async () => {
    const reg = await load(validRegistry())
    expect(refusal(() => checkRegistration(reg, req({ model: 'nope' }))).message).toBe(
      'unknown model "nope"'
    )
  })

  it('refuses a version that is not SemVer', async () => {
    const reg = await load(validRegistry())
    expect(refusal(() => checkRegistration(reg, req({ version: '1.4' }))).message).toBe(
      '"1.4" is not a SemVer version (e.g. 1.4.0, 2.0.0-rc.1): write "1.4.0"'
    )
  })

  it('refuses an existing version, also when spelled v1.2.0', async () => {
    const reg = await load(validRegistry())
    expect(refusal(() => checkRegistration(reg, req({ version: '1.2.0' }))).message).toBe(
      'clf 1.2.0 already exists (as 1.2.0, in staging); register a new version'
    )
    expect(refusal(() => checkRegistration(reg, req({ version: 'v1.2.0' }))).message).toBe(
      'clf v1.2.0 already exists (as 1.2.0, in staging); register a new version'
    )
    // build metadata does not make another version either
    expect(refusal(() => checkRegistration(reg, req({ version: '1.3.0+build.7' }))).message).toBe(
      'clf 1.3.0+build.7 already exists (as 1.3.0, in development); register a new version'
    )
  })

  it('refuses a version lower than the highest unless allowOlder', async () => {
    const reg = await load(validRegistry())
    expect(refusal(() => checkRegistration(reg, req({ version: '1.2.5' }))).message).toBe(
      'clf 1.2.5 is lower than clf 1.3.0, which the registry already has; a new version must be greater than every existing one (set allow-older to register it anyway)'
    )
    // a pre-release of the next version is greater than 1.3.0
    expect(checkRegistration(reg, req({ version: '1.4.0-rc.1' })).name).toBe('clf')
  })

  it('accepts a lower version with allowOlder, and a greater one without', async () => {
    const reg = await load(validRegistry())
    expect(checkRegistration(reg, req({ version: '1.2.5', allowOlder: true })).name).toBe('clf')
    expect(checkRegistration(reg, req({ version: '2.0.0' })).name).toBe('clf')
    const plan = planChange(reg, {
      kind: 'register',
      ...req({ version: '1.2.5', allowOlder: true })
    })
    expect(plan.version).toBe('1.2.5')
  })
})

describe('planRegistration', () => {
  it('refuses a non-LFS file over the git limit with the LFS hint; accepts it through LFS', async () => {
    const reg = await load(validRegistry())
    const big = (lfs: boolean): RegisteredFile[] =>
      files().map(f => (f.name === 'model.bin' ? { ...f, size: GIT_FILE_LIMIT + 1, lfs } : f))
    expect(GIT_FILE_LIMIT).toBe(100 * 1024 * 1024)
    expect(
      refusal(() => planChange(reg, { kind: 'register', ...req({ files: big(false) }) })).message
    ).toBe(
      'model.bin is 100 MB: GitHub refuses files over 100 MB in git; route it through Git LFS (`git lfs track "*.bin"`, commit .gitattributes) and register again'
    )
    // exactly at the limit is still allowed in git
    const atLimit = files().map(f => (f.name === 'model.bin' ? { ...f, size: GIT_FILE_LIMIT } : f))
    expect(() => planChange(reg, { kind: 'register', ...req({ files: atLimit }) })).not.toThrow()
    const plan = planChange(reg, { kind: 'register', ...req({ files: big(true) }) })
    expect(plan.additions?.find(a => a.path.endsWith('/model.bin'))).toMatchObject({
      size: GIT_FILE_LIMIT + 1,
      lfs: true
    })
    expect(plan.commitMessage).toContain(
      '- add models/development/clf/1.4.0/model.bin (Git LFS pointer)'
    )
  })

  it('refuses when a file of the model is missing from the request', async () => {
    const reg = await load(validRegistry())
    const only = files().filter(f => f.name === 'model.bin')
    expect(
      refusal(() => planChange(reg, { kind: 'register', ...req({ files: only }) })).message
    ).toBe('the source folder has no labels.json')
  })

  it('builds the entry: first stage, files in the model order, metrics, createdAt, lineage', async () => {
    const reg = await load(validRegistry())
    const plan = planChange(reg, {
      kind: 'register',
      ...req({
        metrics: { accuracy: 0.95, latency_ms: 12 },
        source: { commit: SHA, run: RUN },
        run: RUN
      })
    })
    const insert = plan.edits[0]
    expect(insert).toEqual({
      op: 'insert',
      path: ['models', 'clf', 'versions'],
      at: 'last',
      value: {
        version: '1.4.0',
        stage: 'development',
        files: {
          'model.bin': sha256(bytes('model.bin')),
          'labels.json': sha256(bytes('labels.json'))
        },
        metrics: { accuracy: 0.95, latency_ms: 12 },
        createdAt: AT,
        source: { commit: SHA, run: RUN }
      }
    })
    if (insert.op !== 'insert') throw new Error('not an insert')
    expect(Object.keys(insert.value.files as object)).toEqual(['model.bin', 'labels.json'])
    expect(plan.edits[1]).toEqual({
      op: 'append',
      path: ['history'],
      value: {
        at: AT,
        model: 'clf',
        version: '1.4.0',
        from: null,
        to: 'development',
        actor: 'octocat',
        run: RUN
      }
    })
    expect(plan.edits).toHaveLength(2)
    expect(plan).toMatchObject({
      kind: 'register',
      model: 'clf',
      version: '1.4.0',
      from: '',
      to: 'development',
      moves: [],
      branch: 'modelgate/register/clf-1.4.0'
    })
    expect(plan.file).toBe(reg.manifest)
    expect(plan.additions).toEqual([
      {
        path: 'models/development/clf/1.4.0/labels.json',
        source: '/trained/labels.json',
        digest: sha256(bytes('labels.json')),
        size: Buffer.byteLength(bytes('labels.json')),
        lfs: false
      },
      {
        path: 'models/development/clf/1.4.0/model.bin',
        source: '/trained/model.bin',
        digest: sha256(bytes('model.bin')),
        size: Buffer.byteLength(bytes('model.bin')),
        lfs: false
      }
    ])
  })

  it('leaves out metrics when none are given and source keys that are undefined', async () => {
    const reg = await load(validRegistry())
    for (const metrics of [undefined, {}]) {
      const plan = planChange(reg, { kind: 'register', ...req({ metrics }) })
      const value = (plan.edits[0] as { value: Record<string, unknown> }).value
      expect(Object.keys(value)).toEqual(['version', 'stage', 'files', 'createdAt'])
      expect((plan.edits[1] as { value: unknown }).value).not.toHaveProperty('run')
    }
    const plan = planChange(reg, {
      kind: 'register',
      ...req({ source: { commit: SHA, run: undefined } })
    })
    const value = (plan.edits[0] as { value: Record<string, unknown> }).value
    expect(value.source).toEqual({ commit: SHA })
    expect(Object.keys(value.source as object)).toEqual(['commit'])
    expect(plan.newText).not.toContain('run: undefined')
    expect(plan.newText).not.toContain('undefined')
  })

  it('writes the exact commit message', async () => {
    const reg = await load(validRegistry())
    const withLfs = files().map(f => (f.name === 'model.bin' ? { ...f, lfs: true } : f))
    const plan = planChange(reg, { kind: 'register', ...req({ files: withLfs }) })
    expect(plan.commitMessage).toBe(
      [
        'Register clf 1.4.0 in development',
        '',
        '- add models/development/clf/1.4.0/labels.json',
        '- add models/development/clf/1.4.0/model.bin (Git LFS pointer)',
        '',
        `Modelgate-Plan: ${plan.hash}`
      ].join('\n')
    )
  })

  it('appends the entry last in the test fixture (oldest first) and the result validates', async () => {
    const f = validRegistry()
    const reg = await load(f)
    const versions = reg.models[0].spec.versions.map(v => v.version)
    expect(versions).toEqual(['1.0.0', '1.1.0', '1.2.0', '1.3.0'])
    const before = f.manifest()
    const plan = planChange(reg, {
      kind: 'register',
      ...req({ metrics: { accuracy: 0.95 }, source: { commit: SHA, run: RUN }, run: RUN })
    })
    expect(plan.edits[0]).toMatchObject({ at: 'last' })
    const { removed, added } = changedLines(before, plan.newText)
    expect(removed).toEqual([])
    expect(added).toEqual([
      '      - version: "1.4.0"',
      '        stage: development',
      '        files:',
      `          model.bin: "${sha256(bytes('model.bin'))}"`,
      `          labels.json: "${sha256(bytes('labels.json'))}"`,
      '        metrics:',
      '          accuracy: 0.95',
      `        createdAt: "${AT}"`,
      '        source:',
      `          commit: "${SHA}"`,
      `          run: "${RUN}"`,
      `  - { at: "${AT}", model: clf, version: "1.4.0", from: null, to: development, actor: octocat, run: "${RUN}" }`
    ])
    const after = await applyAndValidate(f, reg, plan.newText)
    const spec = after.models[0].spec
    expect(spec.versions.map(v => v.version)).toEqual([...versions, '1.4.0'])
    expect(spec.versions[4]).toMatchObject({
      version: '1.4.0',
      stage: 'development',
      metrics: { accuracy: 0.95 },
      createdAt: AT,
      source: { commit: SHA, run: RUN }
    })
    expect(after.data.history?.at(-1)).toMatchObject({ from: null, to: 'development' })
  })

  it('inserts first in the sklearn example (newest first), keeping every comment', async () => {
    const f = exampleRepo('sklearn-classifier')
    const reg = await load(f)
    const model = reg.models[0]
    expect(model.name).toBe('breast-cancer')
    const versions = model.spec.versions.map(v => v.version)
    expect(versions).toEqual(['1.3.0', '1.2.0', '1.1.0', '1.0.0'])
    const before = f.manifest()
    const trained: RegisteredFile[] = ['model.json', 'model.joblib'].map(name => ({
      name,
      source: path.join('/trained', name),
      digest: sha256(`bc ${name}`),
      size: 10,
      lfs: false
    }))
    const plan = planChange(reg, {
      kind: 'register',
      model: 'breast-cancer',
      version: '1.4.0',
      files: trained,
      metrics: { accuracy: 0.96, f1_macro: 0.955 },
      source: { commit: SHA, run: RUN },
      actor: 'github-actions[bot]',
      at: AT,
      run: RUN,
      allowOlder: false
    })
    expect(plan.edits[0]).toMatchObject({ at: 'first' })
    const { removed, added } = changedLines(before, plan.newText)
    expect(removed).toEqual([])
    // the entry, the blank line that separates items in this file, and one history line
    expect(added).toEqual([
      '      - version: "1.4.0"',
      '        stage: development',
      '        files:',
      `          model.joblib: "${sha256('bc model.joblib')}"`,
      `          model.json: "${sha256('bc model.json')}"`,
      '        metrics:',
      '          accuracy: 0.96',
      '          f1_macro: 0.955',
      `        createdAt: "${AT}"`,
      '        source:',
      `          commit: "${SHA}"`,
      `          run: "${RUN}"`,
      '',
      `  - { at: "${AT}", model: breast-cancer, version: "1.4.0", from: null, to: development, actor: "github-actions[bot]", run: "${RUN}" }`
    ])
    // every comment line survives
    const comments = (text: string) => text.split('\n').filter(l => l.includes('#'))
    expect(comments(plan.newText)).toEqual(comments(before))
    // the new entry sits right under `versions:`
    expect(plan.newText).toContain('    versions:\n      - version: "1.4.0"\n')
    const data = parse(plan.newText) as {
      models: Record<string, { versions: Array<{ version: string }> }>
      history: Array<{ version: string; from: unknown }>
    }
    expect(data.models['breast-cancer'].versions.map(v => v.version)).toEqual([
      '1.4.0',
      ...versions
    ])
    expect(data.history.at(-1)).toMatchObject({ version: '1.4.0', from: null })

    writeFile(f.dir, 'models/registry.yaml', plan.newText)
    const result = await loadRegistry({ manifestPath: f.manifestPath })
    expect(result.diagnostics).toEqual([])
    expect(checkRules(result.registry as Registry)).toEqual([])
  })

  it('inserts an older version (allowOlder) at the end of a newest-first list', async () => {
    const f = exampleRepo('sklearn-classifier')
    const reg = await load(f)
    const trained: RegisteredFile[] = ['model.joblib', 'model.json'].map(name => ({
      name,
      source: path.join('/trained', name),
      digest: sha256(name),
      size: 1,
      lfs: false
    }))
    const plan = planChange(reg, {
      kind: 'register',
      model: 'breast-cancer',
      version: '1.2.5',
      files: trained,
      source: {},
      actor: 'mona',
      at: AT,
      allowOlder: true
    })
    expect(plan.edits[0]).toMatchObject({ at: 'last' })
    const data = parse(plan.newText) as {
      models: Record<string, { versions: Array<{ version: string }> }>
    }
    expect(data.models['breast-cancer'].versions.map(v => v.version)).toEqual([
      '1.3.0',
      '1.2.0',
      '1.1.0',
      '1.0.0',
      '1.2.5'
    ])
  })

  it('edits the model file and its own history in a sharded registry', async () => {
    const f = validRegistry()
    fixtures.push(f)
    shardClf(f)
    const reg = await load(f)
    const top = f.manifest()
    const plan = planChange(reg, { kind: 'register', ...req({ run: RUN }) })
    expect(plan.file.relPath).toBe('models/clf/model.yaml')
    expect(plan.edits[0].path).toEqual(['versions'])
    expect(plan.edits[1].path).toEqual(['history'])
    expect(
      plan.newText.endsWith(
        `history:\n  - { at: "${AT}", model: clf, version: "1.4.0", from: null, to: development, actor: octocat, run: "${RUN}" }\n`
      )
    ).toBe(true)
    const after = await applyAndValidate(f, reg, plan.newText)
    expect(f.manifest()).toBe(top)
    expect(after.models[0].spec.versions.map(v => v.version)).toEqual([
      '1.0.0',
      '1.1.0',
      '1.2.0',
      '1.3.0',
      '1.4.0'
    ])
    expect(after.models[0].spec.history).toHaveLength(1)
  })

  describe('into the stage the benchmark copies (copyOf: the first stage)', () => {
    /** The fixture with `copyOf: development`: its copy is of 1.3.0, development's version. */
    async function copyOfFirstStage(): Promise<{ f: Fixture; reg: Registry }> {
      const f = validRegistry()
      fixtures.push(f)
      copyBenchmarkOf(f, 'development', '1.3.0')
      return { f, reg: await loadValid(f) }
    }

    /** Writes what the plan adds, removes and moves, and its manifest; then validates fully. */
    async function apply(f: Fixture, plan: ReturnType<typeof planChange>, version: string) {
      if (plan.kind !== 'register') throw new Error('not a registration')
      for (const m of plan.moves) {
        if (m.to === null) rmSync(path.join(f.dir, m.from), { recursive: true })
        else renameSync(path.join(f.dir, m.from), path.join(f.dir, m.to))
      }
      for (const a of plan.additions)
        writeFile(f.dir, a.path, bytes(path.basename(a.source), version))
      f.setManifest(plan.newText)
      await loadValid(f)
    }

    it('refreshes the copy: the old copy goes, the new version is added at the copy’s paths too', async () => {
      const { f, reg } = await copyOfFirstStage()
      const plan = planChange(reg, { kind: 'register', ...req() })
      if (plan.kind !== 'register') throw new Error('not a registration')
      expect(plan.moves).toEqual([
        expect.objectContaining({
          from: 'models/benchmark/clf/1.3.0',
          to: null,
          reason: 'benchmark-remove'
        })
      ])
      expect(plan.additions.map(a => [a.path, a.digest, a.benchmarkCopy ?? false])).toEqual([
        ['models/development/clf/1.4.0/labels.json', sha256(bytes('labels.json')), false],
        ['models/development/clf/1.4.0/model.bin', sha256(bytes('model.bin')), false],
        ['models/benchmark/clf/1.4.0/labels.json', sha256(bytes('labels.json')), true],
        ['models/benchmark/clf/1.4.0/model.bin', sha256(bytes('model.bin')), true]
      ])
      expect(plan.commitMessage).toContain('- add models/benchmark/clf/1.4.0/model.bin')
      await apply(f, plan, '1.4.0')
      expect(existsSync(path.join(f.dir, 'models/benchmark/clf/1.3.0'))).toBe(false)
    })

    it('gives the copy the LFS routing of its own paths', async () => {
      const { reg } = await copyOfFirstStage()
      const routed = files().map(file => ({ ...file, benchmarkCopyLfs: file.name === 'model.bin' }))
      const plan = planChange(reg, { kind: 'register', ...req({ files: routed }) })
      if (plan.kind !== 'register') throw new Error('not a registration')
      expect(plan.additions.map(a => [a.path, a.lfs])).toEqual([
        ['models/development/clf/1.4.0/labels.json', false],
        ['models/development/clf/1.4.0/model.bin', false],
        ['models/benchmark/clf/1.4.0/labels.json', false],
        ['models/benchmark/clf/1.4.0/model.bin', true]
      ])
    })

    it('leaves the copy alone when the new version is older than the one it copies (allowOlder)', async () => {
      const { f, reg } = await copyOfFirstStage()
      const older = { version: '1.2.5', files: files('/trained', '1.2.5'), allowOlder: true }
      const plan = planChange(reg, { kind: 'register', ...req(older) })
      if (plan.kind !== 'register') throw new Error('not a registration')
      expect(plan.moves).toEqual([])
      expect(plan.additions.map(a => a.path)).toEqual([
        'models/development/clf/1.2.5/labels.json',
        'models/development/clf/1.2.5/model.bin'
      ])
      await apply(f, plan, '1.2.5')
    })

    it('archives the occupant of a one-version first stage and copies the new version', async () => {
      const { f } = await copyOfFirstStage()
      f.edit(
        'apiVersion: modelgate/v1\n',
        [
          'apiVersion: modelgate/v1',
          'stages:',
          '  - { name: development, capacity: 1 }',
          '  - name: experimental',
          '  - name: staging',
          '  - { name: production, capacity: 1 }',
          ''
        ].join('\n')
      )
      const reg = await load(f)
      const plan = planChange(reg, { kind: 'register', ...req() })
      if (plan.kind !== 'register') throw new Error('not a registration')
      expect(plan.moves.map(m => [m.from, m.to, m.reason])).toEqual([
        ['models/development/clf/1.3.0', 'models/archived/clf/1.3.0', 'archive'],
        ['models/benchmark/clf/1.3.0', null, 'benchmark-remove']
      ])
      await apply(f, plan, '1.4.0')
    })
  })

  describe('the plan hash', () => {
    it('ignores the time, the run link and createdAt', async () => {
      const reg = await load(validRegistry())
      const a = planChange(reg, { kind: 'register', ...req({ run: RUN }) })
      const b = planChange(reg, {
        kind: 'register',
        ...req({
          at: '2027-01-01T00:00:00Z',
          run: 'https://github.com/acme/models/actions/runs/99'
        })
      })
      const c = planChange(reg, { kind: 'register', ...req() })
      expect(b.newText).not.toBe(a.newText)
      expect(b.hash).toBe(a.hash)
      expect(c.hash).toBe(a.hash)
      expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
      // other source folder, same bytes: the same plan
      expect(
        planChange(reg, { kind: 'register', ...req({ files: files('/elsewhere') }) }).hash
      ).toBe(a.hash)
    })

    it('changes with a digest, the version or the LFS flag', async () => {
      const reg = await load(validRegistry())
      const a = planChange(reg, { kind: 'register', ...req() })
      const otherDigest = files().map(f =>
        f.name === 'model.bin' ? { ...f, digest: sha256('other bytes') } : f
      )
      expect(planChange(reg, { kind: 'register', ...req({ files: otherDigest }) }).hash).not.toBe(
        a.hash
      )
      expect(
        planChange(reg, {
          kind: 'register',
          ...req({ version: '1.5.0', files: files('/trained', '1.4.0') })
        }).hash
      ).not.toBe(a.hash)
      const lfs = files().map(f => (f.name === 'model.bin' ? { ...f, lfs: true } : f))
      expect(planChange(reg, { kind: 'register', ...req({ files: lfs }) }).hash).not.toBe(a.hash)
      expect(
        planChange(reg, { kind: 'register', ...req({ metrics: { accuracy: 0.9 } }) }).hash
      ).not.toBe(a.hash)
    })
  })
})
