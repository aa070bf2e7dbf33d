/** Sharded registries (SPEC §2 `include:`): errors in the right file; one model reads one file. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cli } from '../helpers/run-cli.js'
import {
  fixture,
  gitInit,
  lineOf,
  sha256,
  tempDir,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

function shardedRegistry(models: string[]): Fixture {
  const dir = tempDir()
  gitInit(dir)
  const manifestPath = writeFile(
    dir,
    'models/registry.yaml',
    [
      'apiVersion: modelgate/v1',
      'stages:',
      '  - name: experiments',
      '  - name: staging',
      '  - name: production',
      '    capacity: 1',
      'benchmark: false',
      'include: ["models/*/model.yaml"]',
      ''
    ].join('\n')
  )
  for (const name of models) {
    const bytes = `${name} weights\n`
    writeFile(dir, `models/staging/${name}/1.0.0/weights.bin`, bytes)
    writeFile(
      dir,
      `models/${name}/model.yaml`,
      [
        `name: ${name}`,
        'files: [weights.bin]',
        'versions:',
        '  - version: "1.0.0"',
        '    stage: staging',
        `    files: { weights.bin: "${sha256(bytes)}" }`,
        'history:',
        `  - { at: "2026-10-01T12:00:00Z", model: ${name}, version: "1.0.0", from: experiments, to: staging }`,
        ''
      ].join('\n')
    )
  }
  return fixture(dir, manifestPath)
}

describe('sharded registry', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('validates every shard', async () => {
    fx = shardedRegistry(['alpha', 'beta', 'gamma'])
    const run = await cli(['validate'], fx.dir)
    expect(run.stdout).toBe(
      '✔ models/registry.yaml is valid: 3 models, 3 versions, 3 files verified\n'
    )
    expect(run.code).toBe(0)
  })

  // A typo in a pattern used to validate "0 models" and make plan evaluate nothing.
  it.each([
    {
      include: '["modles/*/model.yaml"]',
      culprit: 'modles/*/model.yaml'
    },
    {
      include: '["models/*/model.yaml", "models/*/extra.yaml"]',
      culprit: 'models/*/extra.yaml'
    },
    {
      include: '["models/*.yaml"]',
      culprit: 'models/*.yaml' // matches the registry file itself, which is no shard
    }
  ])('an include pattern that matches no file is an error naming it: $include', async c => {
    fx = shardedRegistry(['alpha'])
    fx.edit('include: ["models/*/model.yaml"]', `include: ${c.include}`)
    const run = await cli(['validate', '--json'], fx.dir)
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).errors).toEqual([
      {
        file: 'models/registry.yaml',
        line: lineOf(fx.manifest(), 'include:'),
        col: expect.any(Number),
        key: expect.stringMatching(/^include\[\d\]$/),
        message: `include pattern "${c.culprit}" matches no file (patterns are relative to the repository root)`
      }
    ])
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('locates an error in the shard that holds it', async () => {
    fx = shardedRegistry(['alpha', 'beta'])
    writeFile(
      fx.dir,
      'models/beta/model.yaml',
      'name: beta\nfiles: [weights.bin]\nversions:\n  - version: "1.0.0"\n    stage: prod\n    files: { weights.bin: "' +
        sha256('beta weights\n') +
        '" }\n'
    )
    const run = await cli(['validate', '--json'], fx.dir)
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({
        file: 'models/beta/model.yaml',
        line: 5,
        key: 'versions[0].stage',
        message: expect.stringMatching(/^unknown stage "prod" for beta 1\.0\.0/)
      })
    ])
  })

  it('a history entry in a shard must name its own model', async () => {
    fx = shardedRegistry(['alpha', 'beta'])
    const shard = `${fx.dir}/models/alpha/model.yaml`
    const f2 = fixture(fx.dir, shard)
    f2.edit('model: alpha', 'model: beta')
    const run = await cli(['validate', '--json'], fx.dir)
    const errors = JSON.parse(run.stdout).errors
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'models/alpha/model.yaml',
        line: lineOf(f2.manifest(), 'model: beta'),
        message: 'history entry names model "beta" in the file of model "alpha"'
      })
    ])
  })

  it("validate --model reads only that model's file", async () => {
    fx = shardedRegistry(['alpha', 'beta'])
    // A broken shard of another model: a full validate sees it, --model alpha must not read it.
    writeFile(fx.dir, 'models/beta/model.yaml', 'name: beta\nfiles: [weights.bin\n')
    const full = await cli(['validate', '--json'], fx.dir)
    expect(full.code).toBe(1)
    expect(JSON.parse(full.stdout).errors[0].file).toBe('models/beta/model.yaml')

    const one = await cli(['validate', '--model', 'alpha'], fx.dir)
    expect(one.stdout).toBe(
      '✔ models/registry.yaml is valid: 1 model, 1 version, 1 file verified\n'
    )
    expect(one.code).toBe(0)
  })

  it('finds a model whose file does not follow the name pattern', async () => {
    fx = shardedRegistry(['alpha'])
    writeFile(fx.dir, 'models/staging/zeta/1.0.0/weights.bin', 'zeta weights\n')
    writeFile(
      fx.dir,
      'models/renamed/model.yaml',
      `name: zeta\nfiles: [weights.bin]\nversions:\n  - { version: "1.0.0", stage: staging, files: { weights.bin: "${sha256('zeta weights\n')}" } }\n`
    )
    const run = await cli(['validate', '--model', 'zeta'], fx.dir)
    expect(run.stdout).toBe(
      '✔ models/registry.yaml is valid: 1 model, 1 version, 1 file verified\n'
    )
  })

  it('reports a model defined in two shards', async () => {
    fx = shardedRegistry(['alpha'])
    writeFile(fx.dir, 'models/copy/model.yaml', 'name: alpha\nfiles: [weights.bin]\nversions: []\n')
    const run = await cli(['validate', '--json'], fx.dir)
    const errors = JSON.parse(run.stdout).errors
    expect(errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^model "alpha" is defined twice \(also in models\/(alpha|copy)\/model\.yaml\)$/
        )
      })
    ])
  })

  it('a shard with an unknown key points into the shard', async () => {
    fx = shardedRegistry(['alpha'])
    writeFile(
      fx.dir,
      'models/alpha/model.yaml',
      'name: alpha\nfiles: [weights.bin]\nversions: []\nowner: me\n'
    )
    const run = await cli(['validate', '--json'], fx.dir)
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({
        file: 'models/alpha/model.yaml',
        line: 4,
        col: 1,
        message: expect.stringMatching(
          /^owner: unknown key "owner"; expected one of: name, description, owners,/
        )
      })
    ])
  })
})
