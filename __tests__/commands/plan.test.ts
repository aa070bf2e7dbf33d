/**
 * plan against real git repositories: two commits, the CLI in-process, and
 * what plan emits fed back to evaluate --entries.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseEntries } from '../../src/evaluation/target.js'
import {
  gitInit,
  modelBytes,
  sha256,
  shardClf,
  tempDir,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'
import { git } from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'

interface Job {
  model?: string
  version?: string
  entries?: string
}

const dirs: Fixture[] = []
afterEach(() => dirs.splice(0).forEach(f => f.cleanup()))

function commit(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

/** validRegistry with a working evaluate command, committed as the base. */
function committedRegistry(): { fx: Fixture; base: string } {
  const fx = validRegistry()
  dirs.push(fx)
  writeFile(
    fx.dir,
    'tools/eval.mjs',
    `import { writeFileSync, mkdirSync } from 'node:fs'
mkdirSync(process.argv[2], { recursive: true })
writeFileSync(process.argv[2] + '/metrics.json', JSON.stringify({ accuracy: 0.95, latency_ms: 12 }))
`
  )
  fx.edit(
    '    compare: { primary: [accuracy], significance: 0.05 }',
    '    compare: { primary: [accuracy], significance: 0.05 }\n    evaluate: { run: "node tools/eval.mjs {output_dir}", metrics: metrics.json }'
  )
  return { fx, base: commit(fx.dir, 'base') }
}

async function plan(dir: string, ...args: string[]) {
  const run = await cli(['plan', ...args, '--json'], dir)
  return { run, out: JSON.parse(run.stdout) }
}

const pairs = (jobs: Job[]) => jobs.map(j => `${j.model}@${j.version}`)

describe('plan', () => {
  it('a changed file of one version: that version and the benchmark copy; evaluate runs exactly those', async () => {
    const { fx, base } = committedRegistry()
    const bytes = 'retrained weights\n'
    writeFile(fx.dir, 'models/development/clf/1.3.0/model.bin', bytes)
    fx.edit(sha256(modelBytes('clf', '1.3.0', 'model.bin')), sha256(bytes))
    commit(fx.dir, 'retrain 1.3.0')

    const { run, out } = await plan(fx.dir, '--base', base)
    expect(run.code).toBe(0)
    expect(out.result.count).toBe(2)
    expect(out.result.matrix).toEqual({
      include: [
        { model: 'clf', version: '1.3.0' },
        { model: 'clf', version: 'benchmark' }
      ]
    })

    // evaluate takes what plan emits, benchmark included, and evaluates exactly that.
    const entries = pairs(out.result.matrix.include).join(',')
    const evaluated = await cli(['evaluate', '--entries', entries, '--json'], fx.dir, {
      PATH: process.env.PATH
    })
    expect(evaluated.code).toBe(0)
    const results = JSON.parse(evaluated.stdout).result.results
    expect(
      results.map((r: { target: string; version: string }) => `${r.target}:${r.version}`)
    ).toEqual(['version:1.3.0', 'benchmark:1.1.0'])
    expect(existsSync(path.join(fx.dir, '.modelgate/clf/benchmark/result.json'))).toBe(true)

    const text = await cli(['plan', '--base', base], fx.dir)
    expect(text.stdout).toMatch(
      /^plan: 2 entries in 2 jobs \(changed between [0-9a-f]{40} \([0-9a-f]{12}\) and the checkout\)\n/
    )
    expect(text.stdout).toContain('clf    1.3.0      development  files changed')
  })

  it('a policy change: every version not archived, and the benchmark copy', async () => {
    const { fx, base } = committedRegistry()
    fx.edit('accuracy: { goal: maximize, min: 0.85', 'accuracy: { goal: maximize, min: 0.86')
    const head = commit(fx.dir, 'stricter accuracy')
    // head named explicitly: read from git, not from the working tree
    fx.edit('min: 0.86', 'min: 0.87')
    const { out } = await plan(fx.dir, '--base', base, '--head', head)
    expect(pairs(out.result.matrix.include)).toEqual([
      'clf@1.1.0',
      'clf@1.2.0',
      'clf@1.3.0',
      'clf@benchmark'
    ])
    expect(out.result.entries.map((e: { reason: string }) => e.reason)).toEqual([
      'policy',
      'policy',
      'policy',
      'benchmark'
    ])
  })

  it('a change to the evaluation code the manifest names: every live version again, and why', async () => {
    const { fx } = committedRegistry()
    fx.edit(
      'evaluate: { run: "node tools/eval.mjs {output_dir}", metrics: metrics.json }',
      'evaluate: { run: "node tools/eval.mjs {output_dir}", metrics: metrics.json, inputs: [tools/] }'
    )
    const base = commit(fx.dir, 'the evaluation names its code')
    writeFile(
      fx.dir,
      'tools/eval.mjs',
      `${readFileSync(path.join(fx.dir, 'tools/eval.mjs'), 'utf8')}// fixed\n`
    )
    const { out } = await plan(fx.dir, '--base', base)
    expect(
      out.result.entries.map((e: Job & { reason: string }) => `${e.model}@${e.version}:${e.reason}`)
    ).toEqual([
      'clf@1.1.0:inputs',
      'clf@1.2.0:inputs',
      'clf@1.3.0:inputs',
      'clf@benchmark:benchmark'
    ])
    const text = await cli(['plan', '--base', base], fx.dir)
    expect(text.stdout).toMatch(/clf +1\.2\.0 +staging +evaluation code or data changed/)
  })

  it('a sharded registry at a named head: each shard as that commit has it, not the working tree', async () => {
    const { fx } = committedRegistry()
    shardClf(fx)
    const shard = path.join(fx.dir, 'models/clf/model.yaml')
    const base = commit(fx.dir, 'one shard per model')
    writeFileSync(shard, readFileSync(shard, 'utf8').replace('min: 0.85', 'min: 0.86'))
    const head = commit(fx.dir, 'stricter accuracy')
    // The working tree has lost the shard: only git can give plan the head's.
    rmSync(shard)
    const { run, out } = await plan(fx.dir, '--base', base, '--head', head)
    expect(run.code === 0 ? 0 : run.stderr).toBe(0)
    expect(pairs(out.result.matrix.include)).toEqual([
      'clf@1.1.0',
      'clf@1.2.0',
      'clf@1.3.0',
      'clf@benchmark'
    ])
  })

  it('no change: count 0 and an empty matrix', async () => {
    const { fx, base } = committedRegistry()
    writeFile(fx.dir, 'README.md', 'docs only\n')
    commit(fx.dir, 'docs')
    const { run, out } = await plan(fx.dir, '--base', base)
    expect(run.code).toBe(0)
    expect(out.result).toMatchObject({ count: 0, jobs: 0, matrix: { include: [] } })
    expect((await cli(['plan', '--base', base], fx.dir)).stdout).toMatch(
      /^plan: nothing to evaluate/
    )
  })

  it('without a base: every version not archived', async () => {
    const { fx } = committedRegistry()
    const { out } = await plan(fx.dir)
    expect(pairs(out.result.matrix.include)).toEqual([
      'clf@1.1.0',
      'clf@1.2.0',
      'clf@1.3.0',
      'clf@benchmark'
    ])
  })

  it('a base the checkout does not have: exit 2 and what to do', async () => {
    const { fx } = committedRegistry()
    const run = await cli(['plan', '--base', 'c0ffee0000000000000000000000000000000000'], fx.dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'modelgate: base c0ffee0000000000000000000000000000000000 is not in this checkout: check out with fetch-depth: 0 (actions/checkout fetches one commit by default)\n'
    )
  })

  it('a base or head that reads as a git option is refused before git sees it', async () => {
    const { fx } = committedRegistry()
    // `git diff --output=<file>` would write the diff there.
    const written = path.join(fx.dir, 'written-by-git')
    for (const args of [
      [`--base=--output=${written}`],
      ['--base', 'HEAD', `--head=--output=${written}`]
    ]) {
      const run = await cli(['plan', ...args], fx.dir)
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /^modelgate: input "(base|head)": "--output=.*" is not a git revision\n$/
      )
      expect(existsSync(written)).toBe(false)
    }
  })

  it('300 changed versions in a sharded registry: at most 256 jobs covering each entry once', async () => {
    const dir = tempDir('modelgate-plan-many-')
    dirs.push({ cleanup: () => undefined, dir } as unknown as Fixture)
    gitInit(dir)
    writeFile(
      dir,
      'models/registry.yaml',
      'apiVersion: modelgate/v1\ninclude: ["models/*/model.yaml"]\n'
    )
    writeFile(dir, 'models/untouched/model.yaml', shard('untouched', 1))
    const base = commit(dir, 'base')
    const expected: string[] = []
    for (let m = 0; m < 100; m++) {
      const name = `m${String(m).padStart(3, '0')}`
      writeFile(dir, `models/${name}/model.yaml`, shard(name, 3))
      for (let v = 0; v < 3; v++) {
        writeFile(dir, `models/development/${name}/1.${v}.0/model.bin`, `${name} ${v}\n`)
        expected.push(`${name}@1.${v}.0`)
      }
    }
    commit(dir, '300 versions')
    const { run, out } = await plan(dir, '--base', base)
    expect(run.code).toBe(0)
    expect(out.result.count).toBe(300)
    const jobs: Job[] = out.result.matrix.include
    expect(jobs.length).toBeLessThanOrEqual(256)
    const listed = jobs.flatMap(j => parseEntries(j.entries!)).map(e => `${e.model}@${e.version}`)
    expect(listed.sort()).toEqual(expected.sort())
    const sizes = jobs.map(j => j.entries!.split(',').length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
  })
})

describe('plan --base --head on a sharded registry: the base read from the shards the diff names', () => {
  /** Three models a, b, c of two versions each, one shard each, committed. */
  function threeShards(
    include = 'models/*/model.yaml',
    at = (m: string) => `models/${m}/model.yaml`
  ) {
    const dir = tempDir('modelgate-plan-shards-')
    dirs.push({ cleanup: () => rmSync(dir, { recursive: true, force: true }), dir } as Fixture)
    gitInit(dir)
    writeFile(dir, 'models/registry.yaml', `apiVersion: modelgate/v1\ninclude: ["${include}"]\n`)
    for (const m of ['a', 'b', 'c']) {
      writeFile(dir, at(m), shard(m, 2))
      for (let v = 0; v < 2; v++)
        writeFile(dir, `models/development/${m}/1.${v}.0/model.bin`, `${m} ${v}\n`)
    }
    return { dir, base: commit(dir, 'base') }
  }

  /** The plan of `head` read from git, and the plan of the same commit checked out (the base listed whole). */
  async function bothWays(dir: string, base: string, head: string) {
    const named = await plan(dir, '--base', base, '--head', head)
    git(dir, 'checkout', '-q', head)
    const checkedOut = await plan(dir, '--base', base)
    expect(named.run.code === 0 ? 0 : named.run.stderr).toBe(0)
    expect(checkedOut.run.code === 0 ? 0 : checkedOut.run.stderr).toBe(0)
    return { named: named.out.result.entries, checkedOut: checkedOut.out.result.entries }
  }

  it('a model added, one removed and one retrained: the same plan as with the base listed whole', async () => {
    const { dir, base } = threeShards()
    writeFile(dir, 'models/d/model.yaml', shard('d', 1))
    writeFile(dir, 'models/development/d/1.0.0/model.bin', 'd 0\n')
    rmSync(path.join(dir, 'models/c'), { recursive: true })
    rmSync(path.join(dir, 'models/development/c'), { recursive: true })
    writeFile(dir, 'models/development/b/1.1.0/model.bin', 'b retrained\n')
    writeFile(
      dir,
      'models/b/model.yaml',
      shard('b', 2).replace(sha256('b 1\n'), sha256('b retrained\n'))
    )
    const head = commit(dir, 'add d, drop c, retrain b 1.1.0')
    const { named, checkedOut } = await bothWays(dir, base, head)
    expect(named.map((e: Job) => `${e.model}@${e.version}`)).toEqual(['b@1.1.0', 'd@1.0.0'])
    expect(named).toEqual(checkedOut)
  })

  it('an include pattern added at the head: the models it brings in are new, though their files are not', async () => {
    const { dir } = threeShards()
    writeFile(dir, 'extra/x.yaml', shard('x', 1))
    writeFile(dir, 'models/development/x/1.0.0/model.bin', 'x 0\n')
    const base = commit(dir, 'x written, not yet included')
    writeFile(
      dir,
      'models/registry.yaml',
      'apiVersion: modelgate/v1\ninclude: ["models/*/model.yaml", "extra/*.yaml"]\n'
    )
    const head = commit(dir, 'include x')
    const { named, checkedOut } = await bothWays(dir, base, head)
    // extra/x.yaml is the same file at both commits, but only the head's registry has x.
    expect(named.map((e: Job) => `${e.model}@${e.version}`)).toEqual(['x@1.0.0'])
    expect(checkedOut).toEqual(named)
  })

  it('in the working tree, a shard git ignores is new: the base never had it, though no diff names it', async () => {
    const { dir } = threeShards()
    // x's file is committed at the base: only its shard, which git ignores, is new.
    writeFile(dir, 'models/development/x/1.0.0/model.bin', 'x 0\n')
    const base = commit(dir, "x's file")
    writeFile(dir, '.gitignore', 'models/x/\n')
    writeFile(dir, 'models/x/model.yaml', shard('x', 1))
    const { run, out } = await plan(dir, '--base', base)
    expect(run.code === 0 ? 0 : run.stderr).toBe(0)
    expect(out.result.entries.map((e: Job) => `${e.model}@${e.version}`)).toEqual(['x@1.0.0'])
  })

  it('a shard that is a link to a changed file: its model is read at the base, not taken as unchanged', async () => {
    const { dir, base: unused } = threeShards()
    void unused
    writeFile(dir, 'shared/b.yaml', shard('b', 2))
    rmSync(path.join(dir, 'models/b/model.yaml'))
    symlinkSync('../../shared/b.yaml', path.join(dir, 'models/b/model.yaml'))
    const base = commit(dir, 'b through a link')
    // Only the link's target changes, and only b's policy: no file of b moves.
    writeFile(
      dir,
      'shared/b.yaml',
      `${shard('b', 2)}metrics:\n  accuracy: { goal: maximize, min: 0.5 }\n`
    )
    const head = commit(dir, 'a policy for b')
    const { named, checkedOut } = await bothWays(dir, base, head)
    expect(named.map((e: Job) => `${e.model}@${e.version}`)).toEqual(['b@1.0.0', 'b@1.1.0'])
    expect(checkedOut).toEqual(named)
  })
})

/** A shard with `n` development versions whose digests match the files written by the test. */
function shard(name: string, n: number): string {
  const versions = Array.from(
    { length: n },
    (_, v) =>
      `  - { version: "1.${v}.0", stage: development, files: { model.bin: "${sha256(`${name} ${v}\n`)}" } }`
  )
  return [`name: ${name}`, 'files: [model.bin]', 'versions:', ...versions, ''].join('\n')
}
