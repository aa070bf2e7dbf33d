/**
 * Git LFS warnings in `validate` (issue #5), against real git repositories:
 * a file over GitHub's 100 MiB limit that nothing routes through LFS, and
 * `.gitattributes` that route a model through LFS in its stage folders but
 * not where promotion moves its pointers (archive, benchmark). Warnings never
 * fail validate; without an attributes file mentioning LFS, git never runs.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { GITHUB_FILE_LIMIT } from '../../src/registry/file-checks.js'
import { gitCheckAttr } from '../../src/adapters/git-check-attr.js'
import { checkLfs, type CheckAttrRunner } from '../../src/registry/lfs-attributes.js'
import { loadRegistry } from '../../src/registry/load.js'
import { spyGit } from '../helpers/git-spy.js'
import { cli } from '../helpers/run-cli.js'
import { teamRepo, type TeamRepo } from '../helpers/team-layout-repos.js'
import { KEYWORD_CLASSIFIER } from './layout-template/team-layouts.js'
import {
  gitInit,
  lineOf,
  modelBytes,
  sha256,
  tempDir,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

const BIG = GITHUB_FILE_LIMIT + 1024 * 1024 // 101 MiB
const BIG_REL = 'models/development/clf/1.3.0/model.bin'
const LFS_LINE = 'filter=lfs diff=lfs merge=lfs -text'

interface JsonOut {
  ok: boolean
  errors: unknown[]
  warnings: Array<{ file: string; line: number; col: number; message: string; severity: string }>
  result: { lfs: { attributes: string[]; paths: number; skipped?: string; ms: number } | null }
}

async function validateJson(dir: string, env: NodeJS.ProcessEnv = {}) {
  const run = await cli(['validate', '--json'], dir, env)
  return { code: run.code, out: JSON.parse(run.stdout) as JsonOut, stderr: run.stderr }
}

/** Replaces development 1.3.0's model.bin with 101 MiB of real bytes; returns its manifest line. */
function addBigFile(fx: Fixture): number {
  const bytes = Buffer.alloc(BIG, 'modelgate weights ')
  writeFile(fx.dir, BIG_REL, bytes)
  const digest = sha256(bytes)
  fx.edit(sha256(modelBytes('clf', '1.3.0', 'model.bin')), digest)
  return lineOf(fx.manifest(), `model.bin: "${digest}"`)
}

describe('validate: files over 100 MiB not in Git LFS', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('warns at the version files entry and still passes', async () => {
    fx = validRegistry()
    const line = addBigFile(fx)
    const { code, out } = await validateJson(fx.dir)
    expect(code).toBe(0)
    expect(out.ok).toBe(true)
    expect(out.errors).toEqual([])
    expect(out.warnings).toEqual([
      {
        file: 'models/registry.yaml',
        line,
        col: 11,
        key: 'models.clf.versions[3].files.model.bin',
        message: `${BIG_REL} is 101 MiB and not in Git LFS: GitHub refuses files over 100 MiB in git; track it with \`git lfs track\` (.gitattributes)`,
        severity: 'warning'
      }
    ])
    const text = await cli(['validate'], fx.dir)
    expect(text.code).toBe(0)
    expect(text.stderr).toContain(`warning: ${BIG_REL} is 101 MiB and not in Git LFS`)
  }, 30_000)

  it('is quiet when .gitattributes routes the file through LFS (a smudged checkout)', async () => {
    fx = validRegistry()
    addBigFile(fx)
    writeFile(fx.dir, '.gitattributes', `*.bin ${LFS_LINE}\n`)
    const { code, out } = await validateJson(fx.dir)
    expect(code).toBe(0)
    expect(out.warnings).toEqual([])
    expect(out.result.lfs).toMatchObject({ attributes: ['.gitattributes'] })
    expect(out.result.lfs!.paths).toBeGreaterThan(0)
  }, 30_000)

  it('is quiet for an LFS pointer file, whatever its content size', async () => {
    fx = validRegistry()
    const oid = sha256(Buffer.alloc(BIG, 'x')).slice('sha256:'.length)
    writeFile(
      fx.dir,
      BIG_REL,
      `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${BIG}\n`
    )
    fx.edit(sha256(modelBytes('clf', '1.3.0', 'model.bin')), `sha256:${oid}`)
    const { code, out } = await validateJson(fx.dir)
    expect(code).toBe(0)
    expect(out.errors).toEqual([])
    expect(out.warnings).toEqual([])
  }, 30_000)
})

describe('validate: .gitattributes that leave the archive or benchmark out of LFS', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('warns per folder at the model entry when only production is routed', async () => {
    fx = validRegistry()
    writeFile(fx.dir, '.gitattributes', `models/production/** ${LFS_LINE}\n`)
    const { code, out } = await validateJson(fx.dir)
    expect(code).toBe(0)
    const line = lineOf(fx.manifest(), '  clf:')
    expect(out.warnings.map(w => [w.file, w.line, w.severity, w.message])).toEqual([
      [
        'models/registry.yaml',
        line,
        'warning',
        ".gitattributes routes clf's model.bin, labels.json through Git LFS in production but not in archived: a version moved there would be a plain pointer file; add a pattern for models/archived/**"
      ],
      [
        'models/registry.yaml',
        line,
        'warning',
        ".gitattributes routes clf's model.bin, labels.json through Git LFS in production but not in benchmark: a version moved there would be a plain pointer file; add a pattern for models/benchmark/**"
      ]
    ])
  })

  it('is quiet when one pattern covers every folder', async () => {
    fx = validRegistry()
    writeFile(fx.dir, '.gitattributes', `models/**/*.bin ${LFS_LINE}\n`)
    const { out } = await validateJson(fx.dir)
    expect(out.warnings).toEqual([])
    expect(out.result.lfs!.skipped).toBeUndefined()
  })

  it('reads the attributes of the registry root folder and git macros', async () => {
    fx = validRegistry()
    writeFile(fx.dir, '.gitattributes', `[attr]weights ${LFS_LINE}\n`)
    writeFile(fx.dir, 'models/.gitattributes', 'production/**/*.bin weights\n')
    const { out } = await validateJson(fx.dir)
    expect(out.result.lfs!.attributes).toEqual(['.gitattributes'])
    expect(out.warnings.map(w => w.message)).toEqual([
      expect.stringMatching(/^\.gitattributes routes clf's model\.bin .* not in archived:/),
      expect.stringMatching(/^\.gitattributes routes clf's model\.bin .* not in benchmark:/)
    ])
  })
})

describe('validate: when git is not needed or not usable', () => {
  let fx: Fixture | undefined
  const dirs: string[] = []
  afterEach(() => {
    fx?.cleanup()
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  it('spawns no git without an attributes file that mentions LFS', async () => {
    fx = validRegistry()
    writeFile(fx.dir, '.gitattributes', '*.txt text eol=lf\n')
    const spy = spyGit()
    dirs.push(spy.bin)
    const env = { PATH: spy.path }
    const { code, out } = await validateJson(fx.dir, env)
    expect(code).toBe(0)
    expect(out.warnings).toEqual([])
    expect(out.result.lfs).toMatchObject({ attributes: [], paths: 0 })
    expect(spy.called()).toBe(false)

    // The spy works: once LFS is mentioned, validate asks git.
    writeFile(fx.dir, '.gitattributes', `*.bin ${LFS_LINE}\n`)
    await validateJson(fx.dir, env)
    expect(spy.called()).toBe(true)
  })

  it('calls no runner without attributes, and one runner call with them', async () => {
    fx = validRegistry()
    const runner = jest.fn<CheckAttrRunner>(async () => new Map())
    const load = async () => (await loadRegistry({ manifestPath: fx!.manifestPath })).registry!
    expect((await checkLfs(await load(), [], { runner })).diagnostics).toEqual([])
    expect(runner).not.toHaveBeenCalled()
    writeFile(fx.dir, '.git/info/attributes', `*.bin ${LFS_LINE}\n`)
    const result = await checkLfs(await load(), [], { runner })
    expect(runner).toHaveBeenCalledTimes(1)
    expect(result.note.attributes).toEqual(['.git/info/attributes'])
    // 2 files × 6 folders (4 stages, archived, benchmark) at the first version.
    expect(runner.mock.calls[0][1]).toHaveLength(12)
    expect(runner.mock.calls[0][1]).toContain('models/archived/clf/1.0.0/model.bin')
  })

  it('skips the attribute warnings when git is not on PATH', async () => {
    fx = validRegistry()
    addBigFile(fx)
    writeFile(fx.dir, '.gitattributes', `models/production/** ${LFS_LINE}\n`)
    const empty = tempDir('modelgate-no-git-')
    dirs.push(empty)
    const { code, out } = await validateJson(fx.dir, { PATH: empty })
    expect(code).toBe(0)
    expect(out.warnings).toEqual([])
    expect(out.result.lfs!.skipped).toMatch(/git is not installed or not on PATH/)
  }, 30_000)

  it('skips them outside a git repository', async () => {
    fx = validRegistry()
    rmSync(path.join(fx.dir, '.git'), { recursive: true, force: true })
    writeFile(fx.dir, '.gitattributes', `models/production/** ${LFS_LINE}\n`)
    const { code, out } = await validateJson(fx.dir, { GITHUB_WORKSPACE: fx.dir })
    expect(code).toBe(0)
    expect(out.warnings).toEqual([])
    expect(out.result.lfs!.skipped).toMatch(/not a git repository/)
  })
})

describe('gitCheckAttr', () => {
  it('answers for paths with spaces, quotes and non-ASCII names', async () => {
    const dir = tempDir()
    try {
      gitInit(dir)
      writeFile(dir, '.gitattributes', `*.bin ${LFS_LINE}\n`)
      const paths = ['a b/"q".bin', 'ünï/cödé.bin', 'x/y.json']
      const answers = await gitCheckAttr(dir, paths, process.env)
      expect([...answers]).toEqual([
        ['a b/"q".bin', 'lfs'],
        ['ünï/cödé.bin', 'lfs'],
        ['x/y.json', 'unspecified']
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('asks git once for every path of a 1,000-model registry, one warning per model and folder', async () => {
    const dir = tempDir()
    try {
      gitInit(dir)
      writeFile(dir, '.gitattributes', `models/production/** ${LFS_LINE}\n`)
      const models = Array.from({ length: 1000 }, (_, i) =>
        [
          `  m${i}:`,
          '    files: [model.bin, labels.json]',
          '    versions:',
          `      - { version: "1.0.0", stage: development, files: { model.bin: "${sha256('a')}", labels.json: "${sha256('b')}" } }`
        ].join('\n')
      )
      mkdirSync(path.join(dir, 'models'))
      const manifestPath = writeFile(
        dir,
        'models/registry.yaml',
        ['apiVersion: modelgate/v1', 'models:', ...models, ''].join('\n')
      )
      const { registry, diagnostics } = await loadRegistry({ manifestPath })
      expect(diagnostics).toEqual([])
      const { diagnostics: warnings, note } = await checkLfs(registry!, [], {
        runner: gitCheckAttr
      })
      expect(note.paths).toBe(12_000)
      expect(warnings).toHaveLength(2000)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('validate: LFS attributes under layout templates', () => {
  let repo: TeamRepo | undefined
  afterEach(() => repo?.cleanup())

  it("asks git about each folder's rendered paths, and names the paths to add where the stage is a file name", async () => {
    // Row 000 of issue #12: `resources/<stage>.keras`, the archive at `resources/archived/<version>.keras`.
    repo = teamRepo(KEYWORD_CLASSIFIER)
    writeFile(repo.dir, '.gitattributes', `resources/staging.keras ${LFS_LINE}\n`)
    const run = await cli(['validate', '--json', '--manifest', 'modelgate.yaml'], repo.dir)
    const out = JSON.parse(run.stdout) as JsonOut
    expect(run.code).toBe(0)
    const line = lineOf(repo.manifest(), '  keyword-classifier:')
    expect(out.warnings.map(w => [w.file, w.line, w.message])).toEqual([
      [
        'modelgate.yaml',
        line,
        ".gitattributes routes keyword-classifier's model.keras through Git LFS in staging but not in production: a version moved there would be a plain pointer file; add a pattern for resources/production.keras"
      ],
      [
        'modelgate.yaml',
        line,
        ".gitattributes routes keyword-classifier's model.keras through Git LFS in staging but not in archived: a version moved there would be a plain pointer file; add a pattern for resources/archived/**"
      ]
    ])
  })
})
