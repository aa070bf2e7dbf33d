/**
 * Every way a registry can be wrong, each through the CLI code path: exactly
 * one error, at the right file and line, with the expected message; exit 1;
 * no stack trace; and every file left as it was.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from '../helpers/run-cli.js'
import {
  lineOf,
  modelBytes,
  sha256,
  snapshot,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

/** Line of the first `needle` after the line holding `anchor`. */
function lineAfter(text: string, anchor: string, needle: string): number {
  const lines = text.split('\n')
  const start = lines.findIndex(l => l.includes(anchor))
  const i = lines.findIndex((l, j) => j > start && l.includes(needle))
  if (start < 0 || i < 0) throw new Error(`${needle} after ${anchor} not found`)
  return i + 1
}

interface Case {
  name: string
  arrange: (fx: Fixture) => void
  /** Expected line, computed from the manifest text after `arrange`. */
  line: (text: string) => number
  message: RegExp
  file?: string
}

const LFS_POINTER = (oid: string, size: number) =>
  `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`

/** The default stages written out, production with a gradual rollout. */
const ROLLOUT_STAGES = [
  'apiVersion: modelgate/v1',
  'stages:',
  '  - name: development',
  '  - name: experimental',
  '  - name: staging',
  '  - name: production',
  '    capacity: 1',
  '    rollout: { steps: [10, 50, 100] }'
].join('\n')

/** Moves `version` from `stage` into production beside 1.1.0, rolling out at `traffic`. */
function rollingOut(fx: Fixture, version: string, stage: string, traffic: number): void {
  fx.edit(
    `      - version: "${version}"\n        stage: ${stage}\n`,
    `      - version: "${version}"\n        stage: production\n        traffic: ${traffic}\n`
  )
  renameSync(
    path.join(fx.dir, `models/${stage}/clf/${version}`),
    path.join(fx.dir, `models/production/clf/${version}`)
  )
}

const cases: Case[] = [
  {
    name: 'stage whose branch git refuses (trial.lock)',
    arrange: fx =>
      fx.edit(
        'apiVersion: modelgate/v1',
        [
          'apiVersion: modelgate/v1',
          'stages:',
          '  - name: development',
          '  - name: experimental',
          '  - name: staging',
          '  - name: trial.lock',
          '  - name: production',
          '    capacity: 1'
        ].join('\n')
      ),
    line: t => lineOf(t, 'name: trial.lock'),
    message:
      /^stage "trial\.lock" would make the branch name "modelgate\/promote\/<model>-to-trial\.lock", which git refuses/
  },
  {
    name: 'malformed YAML',
    arrange: fx =>
      fx.edit(
        '    compare: { primary: [accuracy], significance: 0.05 }',
        '    compare: { primary: [accuracy, significance: 0.05 }'
      ),
    line: t => lineOf(t, 'compare:'),
    message: /^invalid YAML: /
  },
  {
    name: 'duplicate mapping key',
    arrange: fx =>
      fx.edit(
        '    description: A test classifier',
        '    description: A test classifier\n    description: again'
      ),
    line: t => lineOf(t, 'description: again'),
    message: /^invalid YAML: duplicated mapping key/
  },
  {
    name: 'wrong apiVersion',
    arrange: fx => fx.edit('apiVersion: modelgate/v1', 'apiVersion: modelgate/v2'),
    line: t => lineOf(t, 'apiVersion'),
    message: /^apiVersion: expected "modelgate\/v1", got "modelgate\/v2"$/
  },
  {
    name: 'missing apiVersion',
    arrange: fx => fx.edit('apiVersion: modelgate/v1\n', ''),
    line: t => lineOf(t, 'models:'),
    message: /^\(top level\): missing required key "apiVersion"$/
  },
  {
    name: 'unknown top-level key',
    arrange: fx => fx.edit('history:', 'histroy:'),
    line: t => lineOf(t, 'histroy:'),
    message:
      /^histroy: unknown key "histroy"; expected one of: apiVersion, root, layout, versioning, stages, benchmark, archive, include, ignore, models, history$/
  },
  {
    name: 'unknown key in a model',
    arrange: fx => fx.edit('    owners:', '    colour: red\n    owners:'),
    line: t => lineOf(t, 'colour'),
    message:
      /^models\.clf\.colour: unknown key "colour"; expected one of: description, owners, layout, versioning, files,/
  },
  {
    name: 'wrong type: files is not a list',
    arrange: fx => fx.edit('    files: [model.bin, labels.json]', '    files: model.bin'),
    line: t => lineOf(t, 'files: model.bin'),
    message: /^models\.clf\.files: expected an array, got "model\.bin"$/
  },
  {
    name: 'version written as a number',
    arrange: fx => fx.edit('- version: "1.3.0"', '- version: 1.3'),
    line: t => lineOf(t, 'version: 1.3'),
    message:
      /^models\.clf\.versions\[3\]\.version: expected a string such as "1\.0\.0", got the number 1\.3 \(write "1\.3\.0"\)$/
  },
  {
    name: 'bad SemVer',
    arrange: fx => fx.edit('- version: "1.3.0"', '- version: "1.3"'),
    line: t => lineOf(t, 'version: "1.3"'),
    message: /^models\.clf\.versions\[3\]\.version: "1\.3" is not a SemVer version/
  },
  {
    name: 'malformed digest',
    arrange: fx =>
      fx.setManifest(
        fx.manifest().replace(/(1\.2\.0[\s\S]*?model\.bin: ")sha256:[0-9a-f]{64}/, '$1md5:abc')
      ),
    line: t => lineAfter(t, 'version: "1.2.0"', 'model.bin:'),
    message: /^models\.clf\.versions\[2\]\.files\.model\.bin: "md5:abc" is not a digest/
  },
  {
    name: 'bad goal',
    arrange: fx => fx.edit('goal: minimize', 'goal: lower'),
    line: t => lineOf(t, 'goal: lower'),
    message:
      /^models\.clf\.metrics\.latency_ms\.goal: expected one of "maximize", "minimize", got "lower"$/
  },
  {
    name: 'metric without goal',
    arrange: fx =>
      fx.edit('latency_ms: { goal: minimize, max: 40, tolerance: 0.1 }', 'latency_ms: { max: 40 }'),
    line: t => lineOf(t, 'latency_ms:'),
    message: /^models\.clf\.metrics\.latency_ms: missing required key "goal"$/
  },
  {
    name: 'primary metric without a policy',
    arrange: fx => fx.edit('primary: [accuracy]', 'primary: [f1_macro]'),
    line: t => lineOf(t, 'primary: [f1_macro]'),
    message: /^primary metric "f1_macro" has no policy: add metrics\.f1_macro with a goal/
  },
  {
    name: 'duplicate version, written the same',
    arrange: fx => fx.edit('- version: "1.3.0"', '- version: "1.2.0"'),
    line: t => lineAfter(t, 'version: "1.2.0"', 'version: "1.2.0"'),
    message: /^version 1\.2\.0 of clf is listed twice \(first at line \d+\)$/
  },
  {
    name: 'duplicate version, with and without a leading v',
    arrange: fx => fx.edit('- version: "1.3.0"', '- version: "v1.2.0"'),
    line: t => lineOf(t, 'version: "v1.2.0"'),
    message: /^version v1\.2\.0 of clf is listed twice \(as 1\.2\.0, first at line \d+\)$/
  },
  {
    name: 'unknown stage',
    arrange: fx => fx.edit('stage: staging', 'stage: stagin'),
    line: t => lineOf(t, 'stage: stagin'),
    message:
      /^unknown stage "stagin" for clf 1\.2\.0; expected one of: development, experimental, staging, production, archived$/
  },
  {
    name: 'benchmark folder used as a stage',
    arrange: fx => fx.edit('stage: staging', 'stage: benchmark'),
    line: t => lineOf(t, 'stage: benchmark'),
    message:
      /^unknown stage "benchmark" for clf 1\.2\.0 \(the benchmark copy is derived from production, not a stage\)/
  },
  {
    name: 'file name escaping with ..',
    arrange: fx =>
      fx.edit('    files: [model.bin, labels.json]', '    files: [model.bin, ../labels.json]'),
    line: t => lineOf(t, 'files: [model.bin, ../labels.json]'),
    message: /^file name "\.\.\/labels\.json" leaves the version folder with "\.\."$/
  },
  {
    name: 'absolute file name',
    arrange: fx =>
      fx.edit('    files: [model.bin, labels.json]', '    files: [model.bin, /etc/passwd]'),
    line: t => lineOf(t, '/etc/passwd'),
    message: /^file name "\/etc\/passwd" is absolute/
  },
  {
    name: 'absolute root',
    arrange: fx =>
      fx.edit('apiVersion: modelgate/v1', 'apiVersion: modelgate/v1\nroot: /srv/models'),
    line: t => lineOf(t, 'root:'),
    message: /^root "\/srv\/models" is absolute; paths are relative to the repository root$/
  },
  {
    name: 'root climbing out with ..',
    arrange: fx => fx.edit('apiVersion: modelgate/v1', 'apiVersion: modelgate/v1\nroot: ../models'),
    line: t => lineOf(t, 'root:'),
    message: /^root "\.\.\/models" leaves the repository with "\.\."$/
  },
  {
    name: 'symbolic link leaving the workspace',
    arrange: fx => {
      const target = path.join(fx.dir, '..', `outside-${path.basename(fx.dir)}.bin`)
      writeFileSync(target, modelBytes('clf', '1.2.0', 'model.bin'))
      const link = path.join(fx.dir, 'models/staging/clf/1.2.0/model.bin')
      unlinkSync(link)
      symlinkSync(target, link)
    },
    line: t => lineAfter(t, 'version: "1.2.0"', 'model.bin:'),
    message:
      /^models\/staging\/clf\/1\.2\.0\/model\.bin is a symbolic link to .*, outside the repository$/
  },
  {
    name: 'stage folder linked out of the workspace',
    arrange: fx => {
      const outside = path.join(fx.dir, '..', `outside-${path.basename(fx.dir)}-dev`)
      rmSync(outside, { recursive: true, force: true })
      renameSync(path.join(fx.dir, 'models/development'), outside)
      symlinkSync(outside, path.join(fx.dir, 'models/development'))
    },
    line: t => lineOf(t, 'apiVersion'),
    message: /^models\/development is a symbolic link to .*-dev, outside the repository$/
  },
  {
    name: 'missing file',
    arrange: fx => unlinkSync(path.join(fx.dir, 'models/staging/clf/1.2.0/labels.json')),
    line: t => lineAfter(t, 'version: "1.2.0"', 'labels.json:'),
    message:
      /^missing file models\/staging\/clf\/1\.2\.0\/labels\.json \(recorded for clf 1\.2\.0\)$/
  },
  {
    name: 'digest mismatch',
    arrange: fx =>
      writeFile(fx.dir, 'models/development/clf/1.3.0/model.bin', 'retrained by hand\n'),
    line: t => lineAfter(t, 'version: "1.3.0"', 'model.bin:'),
    message: new RegExp(
      `^digest mismatch for models/development/clf/1\\.3\\.0/model\\.bin: the manifest records ${sha256(modelBytes('clf', '1.3.0', 'model.bin'))}, the file has ${sha256('retrained by hand\n')}$`
    )
  },
  {
    name: 'Git LFS pointer with the wrong oid',
    arrange: fx =>
      writeFile(
        fx.dir,
        'models/development/clf/1.3.0/model.bin',
        LFS_POINTER('ab'.repeat(32), 1234)
      ),
    line: t => lineAfter(t, 'version: "1.3.0"', 'model.bin:'),
    message: new RegExp(
      `^Git LFS pointer models/development/clf/1\\.3\\.0/model\\.bin carries oid sha256:${'ab'.repeat(32)}, but the manifest records sha256:`
    )
  },
  {
    name: 'stray file in a version folder',
    arrange: fx => writeFile(fx.dir, 'models/staging/clf/1.2.0/notes.txt', 'tmp'),
    line: t => lineOf(t, '    versions:'),
    message:
      /^stray file models\/staging\/clf\/1\.2\.0\/notes\.txt: not one of the files the manifest lists for it$/
  },
  {
    name: 'stray version folder',
    arrange: fx => {
      writeFile(fx.dir, 'models/experimental/clf/1.2.5/model.bin', 'x')
      writeFile(fx.dir, 'models/experimental/clf/1.2.5/labels.json', 'y')
    },
    line: t => lineOf(t, '    versions:'),
    message:
      /^2 stray files under models\/experimental\/clf\/1\.2\.5: labels\.json, model\.bin: no version of clf in "experimental" is listed for them$/
  },
  {
    name: 'folder of a model the registry does not have',
    arrange: fx => writeFile(fx.dir, 'models/staging/regressor/1.0.0/model.bin', 'x'),
    line: t => lineOf(t, 'models:'),
    message:
      /^stray file under models\/staging\/regressor\/1\.0\.0: .*no model "regressor" in the registry$/
  },
  {
    name: 'capacity exceeded',
    arrange: fx => {
      fx.edit('stage: staging', 'stage: production')
      rmSync(path.join(fx.dir, 'models/staging/clf/1.2.0'), { recursive: true })
      for (const f of ['model.bin', 'labels.json'])
        writeFile(fx.dir, `models/production/clf/1.2.0/${f}`, modelBytes('clf', '1.2.0', f))
    },
    line: t => lineAfter(t, 'version: "1.2.0"', 'stage: production'),
    message: /^stage "production" holds 2 versions of clf \(1\.1\.0, 1\.2\.0\); its capacity is 1$/
  },
  {
    name: 'traffic in a stage without rollout',
    arrange: fx =>
      fx.edit('        stage: staging\n', '        stage: staging\n        traffic: 10\n'),
    line: t => lineOf(t, 'traffic: 10'),
    message: /^clf 1\.2\.0 has "traffic" but stage "staging" declares no rollout$/
  },
  {
    name: 'rollout traffic that is not one of the steps',
    arrange: fx => {
      fx.edit('apiVersion: modelgate/v1', ROLLOUT_STAGES)
      rollingOut(fx, '1.2.0', 'staging', 25)
    },
    line: t => lineOf(t, 'traffic: 25'),
    message:
      /^clf 1\.2\.0 has traffic 25, not one of the rollout steps of stage "production" \(10, 50, 100\)$/
  },
  {
    name: 'two versions rolling out in one stage',
    arrange: fx => {
      fx.edit('apiVersion: modelgate/v1', ROLLOUT_STAGES)
      rollingOut(fx, '1.2.0', 'staging', 10)
      rollingOut(fx, '1.3.0', 'development', 50)
    },
    line: t => lineOf(t, 'traffic: 50'),
    message:
      /^stage "production" holds two rollout candidates of clf \(1\.2\.0 and 1\.3\.0\); one version rolls out at a time$/
  },
  {
    name: 'rollout steps that do not rise to 100',
    arrange: fx =>
      fx.edit('apiVersion: modelgate/v1', ROLLOUT_STAGES.replace('[10, 50, 100]', '[50, 10]')),
    line: t => lineOf(t, 'rollout:'),
    message: /^rollout steps must rise and end at 100, got \[50, 10\]$/
  },
  {
    name: 'stale benchmark copy (other bytes)',
    arrange: fx => writeFile(fx.dir, 'models/benchmark/clf/1.1.0/model.bin', 'older weights'),
    line: t => lineOf(t, 'stage: production'),
    message:
      /^stale benchmark copy: models\/benchmark\/clf\/1\.1\.0\/model\.bin differs from production clf 1\.1\.0/
  },
  {
    name: 'benchmark copy of another version',
    arrange: fx => {
      for (const f of ['model.bin', 'labels.json'])
        writeFile(fx.dir, `models/benchmark/clf/1.0.0/${f}`, modelBytes('clf', '1.0.0', f))
      rmSync(path.join(fx.dir, 'models/benchmark/clf/1.1.0'), { recursive: true })
    },
    line: t => lineOf(t, 'stage: production'),
    message:
      /^stale benchmark copy models\/benchmark\/clf\/1\.0\.0\/: production clf 1\.1\.0 is expected at models\/benchmark\/clf\/1\.1\.0\/$/
  },
  {
    name: 'missing benchmark copy',
    arrange: fx => rmSync(path.join(fx.dir, 'models/benchmark'), { recursive: true }),
    line: t => lineOf(t, 'stage: production'),
    message:
      /^missing benchmark copy of production clf 1\.1\.0: expected models\/benchmark\/clf\/1\.1\.0\/$/
  },
  {
    name: 'incomplete benchmark copy',
    arrange: fx => unlinkSync(path.join(fx.dir, 'models/benchmark/clf/1.1.0/labels.json')),
    line: t => lineOf(t, 'stage: production'),
    message:
      /^benchmark copy models\/benchmark\/clf\/1\.1\.0\/ of production clf 1\.1\.0 is incomplete: missing labels\.json$/
  },
  {
    name: 'compare gate without benchmark copies',
    arrange: fx => {
      fx.edit('apiVersion: modelgate/v1', 'apiVersion: modelgate/v1\nbenchmark: false')
      rmSync(path.join(fx.dir, 'models/benchmark'), { recursive: true })
    },
    line: t => lineOf(t, 'benchmark: false'),
    message:
      /^stage "staging" has the gate "compare: benchmark" but the registry sets "benchmark: false"$/
  },
  {
    name: 'invalid model name',
    arrange: fx => fx.edit('  clf:', '  Clf:'),
    line: t => lineOf(t, 'Clf:'),
    message: /^models\.Clf: invalid name "Clf": expected lowercase letters, digits/
  },
  {
    name: 'model named like a stage',
    arrange: fx =>
      fx.setManifest(
        fx.manifest().replace('  clf:', '  staging:').replace('model: clf', 'model: staging')
      ),
    line: t => lineOf(t, '  staging:'),
    message: /^model name "staging" is also a stage or folder name; rename the model$/
  },
  {
    name: 'retired on a version that is not archived',
    arrange: fx =>
      fx.edit(
        '        stage: development',
        '        stage: development\n        retired: { at: "2026-10-01T12:00:00Z", reason: retired }'
      ),
    line: t => lineAfter(t, 'stage: development', 'retired:'),
    message:
      /^clf 1\.3\.0 is in stage "development" but has "retired"; only archived versions are retired$/
  },
  {
    name: 'history entry to an unknown stage',
    arrange: fx => fx.edit('to: production, actor', 'to: prod, actor'),
    line: t => lineOf(t, 'to: prod,'),
    message: /^history entry to "prod" is not a stage or the archive folder$/
  },
  {
    // A version's `files` say what it holds (issue #12): a name beyond the model's `files` is
    // fine, but the file must be there.
    name: 'digest for a file the version folder does not have',
    arrange: fx =>
      fx.setManifest(
        fx
          .manifest()
          .replace(
            /(version: "1\.3\.0"[\s\S]*?files:\n)/,
            `$1          extra.bin: "${sha256('x')}"\n`
          )
      ),
    line: t => lineOf(t, 'extra.bin:'),
    message:
      /^missing file models\/development\/clf\/1\.3\.0\/extra\.bin \(recorded for clf 1\.3\.0\)$/
  },
  {
    name: 'no digest for one of the model files',
    arrange: fx =>
      fx.setManifest(
        fx
          .manifest()
          .replace(/(version: "1\.3\.0"[\s\S]*?files:\n[^\n]*\n)[^\n]*labels\.json[^\n]*\n/, '$1')
      ),
    line: t => lineAfter(t, 'version: "1.3.0"', 'files:'),
    message:
      /^no digest recorded for "labels\.json" \(every version of clf holds: model\.bin, labels\.json\)$/
  },
  {
    name: 'duplicate stage names',
    arrange: fx =>
      fx.edit(
        'apiVersion: modelgate/v1',
        'apiVersion: modelgate/v1\nstages:\n  - name: development\n  - name: staging\n  - name: staging\n  - name: production\n    capacity: 1'
      ),
    line: t => lineOf(t, '  - name: staging') + 1,
    message: /^stage "staging" is listed twice \(also stages\[1\]\)$/
  },
  {
    name: 'benchmark.copyOf names no stage',
    arrange: fx =>
      fx.edit(
        'apiVersion: modelgate/v1',
        'apiVersion: modelgate/v1\nbenchmark: { folder: benchmark, copyOf: prod }'
      ),
    line: t => lineOf(t, 'copyOf: prod'),
    message:
      /^benchmark\.copyOf names the stage "prod", which is not one of: development, experimental, staging, production$/
  },
  {
    name: 'benchmark: true',
    arrange: fx => fx.edit('apiVersion: modelgate/v1', 'apiVersion: modelgate/v1\nbenchmark: true'),
    line: t => lineOf(t, 'benchmark: true'),
    message: /^benchmark: expected a mapping or false, got the boolean true$/
  },
  {
    name: 'unknown key inside a benchmark mapping',
    arrange: fx =>
      fx.edit(
        'apiVersion: modelgate/v1',
        'apiVersion: modelgate/v1\nbenchmark: { folder: benchmark, copyOf: production, colour: red }'
      ),
    line: t => lineOf(t, 'benchmark: {'),
    message: /^benchmark\.colour: unknown key "colour"; expected one of: folder, copyOf, layout$/
  },
  {
    name: 'empty manifest',
    arrange: fx => fx.setManifest('# nothing yet\n'),
    line: () => 1,
    message: /^the file is empty; expected a registry manifest/
  }
]

describe('validate rejects a bad registry with one located error', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it.each(cases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    fx = validRegistry()
    c.arrange(fx)
    const before = snapshot(fx.dir)
    const text = fx.manifest()

    const run = await cli(['validate', '--json'], fx.dir)

    expect(run.code).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out).toMatchObject({ command: 'validate', ok: false, decision: 'fail' })
    expect(out.errors).toHaveLength(1)
    const [err] = out.errors
    expect(err.file).toBe(c.file ?? 'models/registry.yaml')
    expect(err.message).toMatch(c.message)
    expect(err.line).toBe(c.line(text))
    expect(err.col).toBeGreaterThan(0)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(snapshot(fx.dir)).toEqual(before)
  })

  it('prints errors as file:line:col: message on stderr without --json', async () => {
    fx = validRegistry()
    fx.edit('stage: staging', 'stage: stagin')
    const run = await cli(['validate'], fx.dir)
    expect(run.code).toBe(1)
    const line = lineOf(fx.manifest(), 'stage: stagin')
    expect(run.stderr).toContain(`models/registry.yaml:${line}:16: unknown stage "stagin"`)
    expect(run.stdout).toBe('✖ models/registry.yaml: 1 error\n')
  })

  it('accepts a rollout in progress: the candidate beside the incumbent, outside capacity', async () => {
    fx = validRegistry()
    fx.edit('apiVersion: modelgate/v1', ROLLOUT_STAGES)
    rollingOut(fx, '1.2.0', 'staging', 10)
    const run = await cli(['validate'], fx.dir)
    expect(run.stderr).not.toMatch(/error/)
    expect(run.stdout).toBe(
      '✔ models/registry.yaml is valid: 1 model, 4 versions, 10 files verified\n'
    )
    expect(run.code).toBe(0)
  })

  it('accepts the valid fixture', async () => {
    fx = validRegistry()
    const run = await cli(['validate'], fx.dir)
    expect(run.stderr).not.toContain('error')
    expect(run.stdout).toBe(
      '✔ models/registry.yaml is valid: 1 model, 4 versions, 10 files verified\n'
    )
    expect(run.code).toBe(0)
  })
})
