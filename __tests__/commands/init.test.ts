/**
 * `modelgate init` (issue #12, item 4) on real git repositories: the manifest
 * it writes validates at once, no model file moves or changes, `dry-run`
 * writes nothing, an existing manifest is refused, `--stages` sets the order,
 * `createdAt` comes from git and a Git LFS pointer is recorded by its oid.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { exampleRepo } from '../helpers/examples.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { gitInit, sha256, snapshot, tempDir, writeFile } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'
import { commitAll } from '../helpers/team-repos.js'

const MANIFEST = 'models/registry.yaml'
const dirs: string[] = []

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The sklearn example as a team would have it before modelgate: the same folders, no manifest. */
function sklearnWithoutManifest(): string {
  const f = exampleRepo('sklearn-classifier')
  dirs.push(f.dir)
  rmSync(f.manifestPath)
  commitAll(f.dir, '2026-03-02T09:12:00Z')
  return f.dir
}

/** Every file but the two init may write. */
function modelTree(dir: string): Record<string, string> {
  const tree = snapshot(dir)
  delete tree[MANIFEST]
  delete tree['.gitignore']
  return tree
}

function manifestOf(dir: string): {
  stages: Array<{ name: string; capacity?: number }>
  benchmark: unknown
  models: Record<string, { files: string[]; versions: Array<Record<string, unknown>> }>
} {
  return parse(readFileSync(path.join(dir, MANIFEST), 'utf8'))
}

describe('init on a repository laid out like examples/sklearn-classifier', () => {
  it('writes a manifest that validates, and moves, renames and changes no file', async () => {
    const dir = sklearnWithoutManifest()
    const before = modelTree(dir)

    const run = await cli(['init'], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('wrote models/registry.yaml: 1 model, 4 versions')

    const validate = await cli(['validate'], dir)
    expect(validate.stdout).toContain('models/registry.yaml is valid: 1 model, 4 versions')
    expect(validate.code).toBe(0)
    expect(modelTree(dir)).toEqual(before)

    const text = readFileSync(path.join(dir, MANIFEST), 'utf8')
    expect(text.split('\n')[0]).toBe(
      readFileSync('examples/sklearn-classifier/models/registry.yaml', 'utf8').split('\n')[0]
    )
    expect(text).toMatch(/^\s*# metrics:$/m)
    const manifest = manifestOf(dir)
    expect(manifest.stages).toEqual([
      { name: 'development' },
      { name: 'staging' },
      { name: 'production', capacity: 1 }
    ])
    expect(manifest.benchmark).toEqual({ folder: 'benchmark', copyOf: 'production' })
    const clf = manifest.models['breast-cancer']
    expect(clf.files).toEqual(['model.joblib', 'model.json'])
    expect(clf.versions.map(v => [v.version, v.stage])).toEqual([
      ['1.3.0', 'development'],
      ['1.2.0', 'staging'],
      ['1.1.0', 'production'],
      ['1.0.0', 'archived']
    ])
    // The same digests the example's own manifest records.
    const example = parse(readFileSync('examples/sklearn-classifier/models/registry.yaml', 'utf8'))
      .models['breast-cancer'].versions
    expect(clf.versions.map(v => v.files)).toEqual(example.map((v: { files: unknown }) => v.files))
    expect(clf.versions[3].retired).toEqual({ at: '2026-03-02T09:12:00Z', reason: 'retired' })
    // The example already ignores .modelgate/: not added twice.
    const ignore = readFileSync(path.join(dir, '.gitignore'), 'utf8')
    expect(ignore.match(/^\.modelgate\/$/gm)).toHaveLength(1)
  })

  it('with --dry-run prints the manifest and writes nothing', async () => {
    const dir = sklearnWithoutManifest()
    const before = snapshot(dir)
    const run = await cli(['init', '--dry-run'], dir)
    expect(run.code).toBe(0)
    expect(snapshot(dir)).toEqual(before)
    const printed = parse(run.stdout)
    expect(Object.keys(printed.models)).toEqual(['breast-cancer'])
    expect(run.stdout).toContain('# modelgate init --dry-run: models/registry.yaml not written')
  })

  it('runs the same as an action step: the manifest written, the result output, the job summary', async () => {
    const dir = sklearnWithoutManifest()
    const run = await runActionInProcess({ inputs: { command: 'init' }, workspace: dir })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.result)).toMatchObject({
      manifest: MANIFEST,
      written: true,
      versions: 4,
      stages: ['development', 'staging', 'production']
    })
    expect(run.summary).toContain('## modelgate init: ✔ wrote models/registry.yaml')
    expect((await cli(['validate'], dir)).code).toBe(0)
  })

  it('refuses to overwrite an existing manifest (exit 1)', async () => {
    const dir = sklearnWithoutManifest()
    writeFileSync(path.join(dir, MANIFEST), 'apiVersion: modelgate/v1\n')
    const before = snapshot(dir)
    for (const args of [['init'], ['init', '--dry-run']]) {
      const run = await cli(args, dir)
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('models/registry.yaml exists: init never overwrites a manifest')
    }
    expect(snapshot(dir)).toEqual(before)
  })
})

describe('init on a repository of its own', () => {
  const LFS_OID = 'a'.repeat(64)
  const lfsPointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${LFS_OID}\nsize 123456789\n`

  /** `dev`, `qa`, `prod` stage folders, each version committed on its own date. */
  function ownRepo(): string {
    const dir = tempDir('modelgate-init-')
    dirs.push(dir)
    gitInit(dir)
    writeFile(dir, 'models/prod/ranker/2.0.0/model.bin', lfsPointer)
    writeFile(dir, 'models/prod/ranker/2.0.0/config.json', '{"depth": 2}\n')
    commitAll(dir, '2026-01-10T08:00:00+02:00')
    writeFile(dir, 'models/qa/ranker/2.1.0/model.bin', 'weights 2.1.0\n')
    writeFile(dir, 'models/qa/ranker/2.1.0/config.json', '{"depth": 3}\n')
    commitAll(dir, '2026-02-20T12:30:00Z')
    // Never committed: git knows no date for it.
    writeFile(dir, 'models/dev/ranker/2.2.0-rc.1/model.bin', 'weights 2.2.0\n')
    writeFile(dir, 'models/dev/ranker/2.2.0-rc.1/config.json', '{"depth": 4}\n')
    return dir
  }

  it('keeps the --stages order, dates versions by git, and records an LFS pointer by its oid', async () => {
    const dir = ownRepo()
    const before = modelTree(dir)
    const run = await cli(['init', '--stages', 'dev,qa,prod'], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect((await cli(['validate'], dir)).code).toBe(0)
    expect(modelTree(dir)).toEqual(before)

    const manifest = manifestOf(dir)
    expect(manifest.stages).toEqual([
      { name: 'dev' },
      { name: 'qa' },
      { name: 'prod', capacity: 1 }
    ])
    // No benchmark folder while prod holds a version: no copy to compare with, said in the file.
    expect(manifest.benchmark).toBe(false)
    const versions = manifest.models.ranker.versions
    expect(versions.map(v => [v.version, v.stage, v.createdAt])).toEqual([
      ['2.2.0-rc.1', 'dev', undefined],
      ['2.1.0', 'qa', '2026-02-20T12:30:00Z'],
      ['2.0.0', 'prod', '2026-01-10T06:00:00Z']
    ])
    expect(versions[2].files).toEqual({
      'config.json': sha256('{"depth": 2}\n'),
      'model.bin': `sha256:${LFS_OID}`
    })
    expect(versions[1].files).toEqual({
      'config.json': sha256('{"depth": 3}\n'),
      'model.bin': sha256('weights 2.1.0\n')
    })
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('.modelgate/\n')
    expect(run.stdout).toContain('.gitignore created with .modelgate/')
  })

  it('appends .modelgate/ to a .gitignore that lacks it, keeping what it holds', async () => {
    const dir = ownRepo()
    writeFileSync(path.join(dir, '.gitignore'), '*.log')
    expect((await cli(['init', '--stages', 'dev,qa,prod'], dir)).code).toBe(0)
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('*.log\n.modelgate/\n')
  })

  it('names every file it cannot place in ignore:, moving none, and the manifest validates', async () => {
    const dir = ownRepo()
    writeFile(dir, 'models/qa/README.md', '# QA\n')
    writeFile(dir, 'models/prod/ranker/notes [old].txt', 'notes\n')
    const before = snapshot(dir)
    const run = await cli(['init', '--stages', 'dev,qa,prod'], dir)
    expect(run.code).toBe(0)
    const written = readFileSync(path.join(dir, MANIFEST), 'utf8')
    expect(written).toContain(
      'ignore:\n  - "prod/ranker/notes \\\\[old\\\\].txt"\n  - "qa/README.md"\n'
    )
    const after = snapshot(dir)
    delete after[MANIFEST]
    delete after['.gitignore']
    expect(after).toEqual(before)
    const validate = await cli(['validate'], dir)
    expect(validate.stderr.split('\n').filter(l => l && !l.startsWith('▸'))).toEqual([])
    expect(validate.code).toBe(0)
  })

  it('names a version folder that is not SemVer, with the version it likely means', async () => {
    const dir = ownRepo()
    writeFile(dir, 'models/qa/ranker/2.3/model.bin', 'weights\n')
    writeFile(dir, 'models/qa/ranker/2.3/config.json', '{}\n')
    const run = await cli(['init', '--stages', 'dev,qa,prod'], dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'models/qa/ranker/2.3: version "2.3" is not SemVer: rename it 2.3.0, or run init with `--versioning ordered`'
    )
    expect(existsSync(path.join(dir, MANIFEST))).toBe(false)
  })

  it("lists each version's own files where versions of a model hold different files", async () => {
    const dir = ownRepo()
    writeFile(dir, 'models/qa/ranker/2.1.0/extra.bin', 'more\n')
    const run = await cli(['init', '--stages', 'dev,qa,prod'], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const ranker = manifestOf(dir).models.ranker
    // No model-level files: they are not the same for every version.
    expect(ranker.files).toBeUndefined()
    expect(ranker.versions.map(v => Object.keys(v.files as object).sort())).toEqual([
      ['config.json', 'model.bin'],
      ['config.json', 'extra.bin', 'model.bin'],
      ['config.json', 'model.bin']
    ])
    expect((await cli(['validate'], dir)).code).toBe(0)
  })

  it('writes root when the stage folders are not beside the manifest, and no capacity where a model holds several versions', async () => {
    const dir = tempDir('modelgate-init-')
    dirs.push(dir)
    gitInit(dir)
    writeFile(dir, 'ml/artifacts/staging/clf/1.0.0/model.pkl', 'one\n')
    writeFile(dir, 'ml/artifacts/staging/clf/1.1.0/model.pkl', 'two\n')
    const run = await cli(
      ['init', '--manifest', 'modelgate.yaml', '--root', 'ml/artifacts', '--benchmark', 'false'],
      dir
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('note: no capacity on staging: clf holds several versions there')
    const text = readFileSync(path.join(dir, 'modelgate.yaml'), 'utf8')
    expect(parse(text)).toMatchObject({
      root: 'ml/artifacts',
      stages: [{ name: 'staging' }],
      benchmark: false
    })
    expect((await cli(['validate', '--manifest', 'modelgate.yaml'], dir)).code).toBe(0)
  })

  it('finds the default stages that exist as folders, in their default order', async () => {
    const dir = tempDir('modelgate-init-')
    dirs.push(dir)
    gitInit(dir)
    writeFile(dir, 'models/production/clf/1.0.0/model.pkl', 'one\n')
    writeFile(dir, 'models/benchmark/clf/1.0.0/model.pkl', 'one\n')
    writeFile(dir, 'models/development/clf/1.1.0/model.pkl', 'two\n')
    writeFile(dir, 'models/prod/clf/0.9.0/model.pkl', 'old\n')
    const run = await cli(['init', '--dry-run'], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '# note: left alone, not a stage: models/prod/ (name the stages in order with --stages to include it)'
    )
    const printed = parse(run.stdout)
    expect(printed.stages).toEqual([{ name: 'development' }, { name: 'production', capacity: 1 }])
    expect(printed.benchmark).toEqual({ folder: 'benchmark', copyOf: 'production' })
  })

  it('checks the manifest as validate would before writing it: what validate refuses is never written', async () => {
    const dir = ownRepo()
    // SemVer, but the register branch would end in ".lock", which git refuses.
    writeFile(dir, 'models/qa/ranker/2.1.1+x.lock/model.bin', 'w\n')
    writeFile(dir, 'models/qa/ranker/2.1.1+x.lock/config.json', '{}\n')
    const run = await cli(['init', '--stages', 'dev,qa,prod'], dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /models\/registry\.yaml:\d+:\d+: version "2\.1\.1\+x\.lock" would make the branch name/
    )
    expect(run.stderr).toContain('init wrote nothing: the manifest it made would not validate')
    expect(existsSync(path.join(dir, MANIFEST))).toBe(false)
  })

  it('refuses a versioning scheme it does not know (usage error, exit 2)', async () => {
    const dir = ownRepo()
    const run = await cli(['init', '--versioning', 'calver'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--versioning must be semver or ordered, got "calver"')
    expect(existsSync(path.join(dir, MANIFEST))).toBe(false)
  })

  it('under --versioning ordered dates a version git does not know by the run, and says so', async () => {
    const dir = ownRepo()
    const run = await cli(['init', '--stages', 'dev,qa,prod', '--versioning', 'ordered'], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'note: 1 version was never committed: createdAt is the time of this run'
    )
    const manifest = parse(readFileSync(path.join(dir, MANIFEST), 'utf8'))
    expect(manifest.versioning).toBe('ordered')
    const versions = manifest.models.ranker.versions as Array<Record<string, string>>
    // Newest first: the uncommitted one, dated now, then by the commits' dates.
    expect(versions.map(v => v.version)).toEqual(['2.2.0-rc.1', '2.1.0', '2.0.0'])
    expect(versions.every(v => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(v.createdAt))).toBe(true)
    expect(Date.parse(versions[0].createdAt)).toBeGreaterThan(Date.parse(versions[1].createdAt))
    expect((await cli(['validate'], dir)).code).toBe(0)
  })

  it('refuses a bad template and a layout without {model} but no --model (exit 2)', async () => {
    const dir = ownRepo()
    const bad = await cli(['init', '--stages', 'dev,qa,prod', '--layout', '{model}/{version}'], dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--layout "{model}/{version}" has no {stage}')
    const noModel = await cli(
      ['init', '--stages', 'dev,qa,prod', '--layout', '{stage}/{version}'],
      dir
    )
    expect(noModel.code).toBe(2)
    expect(noModel.stderr).toContain(
      'the layout "{stage}/{version}" has no {model}: name the model its files are with --model NAME'
    )
    const extra = await cli(['init', '--stages', 'dev,qa,prod', '--model', 'ranker'], dir)
    expect(extra.code).toBe(2)
    expect(extra.stderr).toContain('--model names the model of a layout without {model}')
    expect(existsSync(path.join(dir, MANIFEST))).toBe(false)
  })
})
