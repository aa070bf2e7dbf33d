/** The bundled action, run as the Actions runner runs it, on real registries. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { lineOf, snapshot, validRegistry, type Fixture } from '../helpers/registry-fixture.js'
import { runAction, runCliProcess } from '../helpers/action-runner.js'

describe('dist/index.js validate', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('passes a valid registry: outputs, job summary, exit 0', async () => {
    fx = validRegistry()
    const run = await runAction({
      inputs: { command: 'validate', manifest: 'models/registry.yaml' },
      workspace: fx.dir
    })

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    const result = JSON.parse(run.outputs.result)
    expect(result).toMatchObject({
      manifest: 'models/registry.yaml',
      models: 1,
      versions: 4,
      files: { files: 10 }
    })
    expect(result.stages.clf).toEqual({
      archived: ['1.0.0'],
      production: ['1.1.0'],
      staging: ['1.2.0'],
      development: ['1.3.0']
    })
    expect(run.summary).toContain('## modelgate validate')
    expect(run.summary).toContain(
      '| model | development | experimental | staging | production | archived |'
    )
    expect(run.summary).toContain('| clf | 1.3.0 |  | 1.2.0 | 1.1.0 | 1.0.0 |')
    expect(run.stdout).toContain(
      '✔ models/registry.yaml is valid: 1 model, 4 versions, 10 files verified'
    )
    expect(run.stdout).not.toContain('::error')
  })

  it('annotates a broken registry with file, line and col, and exits 1', async () => {
    fx = validRegistry()
    fx.edit('stage: staging', 'stage: stagin')
    fx.edit('goal: minimize, max: 40', 'goal: minimize, max: 40, colour: red')
    const before = snapshot(fx.dir)
    const run = await runAction({ inputs: { command: 'validate' }, workspace: fx.dir })

    expect(run.code).toBe(1)
    const line = lineOf(fx.manifest(), 'colour: red')
    // Schema errors are reported first; rules run once the manifest has the right shape.
    expect(run.stdout).toContain(
      `::error title=modelgate%3A models.clf.metrics.latency_ms.colour,file=models/registry.yaml,line=${line},col=`
    )
    expect(run.stdout).toMatch(/::error::✖ models\/registry.yaml: 1 error/)
    expect(run.stdout).not.toMatch(/\n\s+at /)
    expect(run.outputs.decision).toBe('fail')
    expect(run.summary).toContain('### Problems')
    expect(snapshot(fx.dir)).toEqual(before)
  })

  it('shows at most 10 error annotations and says how many more there are', async () => {
    fx = validRegistry()
    let text = fx.manifest()
    for (let i = 0; i < 12; i++) text = text.replace('    owners:', `    extra${i}: x\n    owners:`)
    fx.setManifest(text)
    const run = await runAction({ inputs: { command: 'validate' }, workspace: fx.dir })

    const annotations = run.stdout
      .split('\n')
      .filter(l => l.startsWith('::error file=') || l.startsWith('::error title='))
    expect(annotations).toHaveLength(9)
    expect(run.stdout).toContain('::error::… and 3 more errors: see the log of this step')
    // Every error is still in the log.
    for (let i = 0; i < 12; i++) expect(run.stdout).toContain(`unknown key "extra${i}"`)
    expect(run.code).toBe(1)
  })

  it('reports a "no" without failing when fail-on-decision is false', async () => {
    fx = validRegistry()
    fx.edit('stage: staging', 'stage: stagin')
    const run = await runAction({
      inputs: { command: 'validate', 'fail-on-decision': 'false' },
      workspace: fx.dir
    })
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('fail')
    expect(run.stdout).toContain(
      '::warning::✖ models/registry.yaml: 1 error (reported only: fail-on-decision is false)'
    )
  })

  it('exits 2 with one message for usage errors', async () => {
    fx = validRegistry()
    const unknown = await runAction({ inputs: { command: 'deploy' }, workspace: fx.dir })
    expect(unknown.code).toBe(2)
    expect(unknown.stdout).toContain(
      '::error::unknown command "deploy"; expected one of: validate, plan,'
    )

    const missing = await runAction({
      inputs: { command: 'validate', manifest: 'nope/registry.yaml' },
      workspace: fx.dir
    })
    expect(missing.code).toBe(2)
    expect(missing.stdout).toContain(`::error::manifest not found: ${fx.dir}/nope/registry.yaml`)

    const badBool = await runAction({
      inputs: { command: 'validate', 'dry-run': 'maybe' },
      workspace: fx.dir
    })
    expect(badBool.code).toBe(2)
    expect(badBool.stdout).toContain('::error::input "dry-run" must be true or false, got "maybe"')

    const none = await runAction({ inputs: {}, workspace: fx.dir })
    expect(none.code).toBe(2)
    expect(none.stdout).toContain('::error::missing required input "command"')
  })

  it('exits 1 for a model the registry does not have', async () => {
    fx = validRegistry()
    const run = await runAction({
      inputs: { command: 'validate', model: 'nope' },
      workspace: fx.dir
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::model "nope" is not in the registry models/registry.yaml (models: clf)'
    )
  })
})

describe('dist/cli/index.js', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('validates and prints one JSON object with --json', async () => {
    fx = validRegistry()
    const ok = runCliProcess(['validate', '--json'], fx.dir)
    expect(ok.status).toBe(0)
    const out = JSON.parse(ok.stdout)
    expect(out).toMatchObject({ command: 'validate', ok: true, decision: 'pass', errors: [] })
    expect(out.result.files.files).toBe(10)

    fx.edit('stage: staging', 'stage: stagin')
    const bad = runCliProcess(['validate', '--json'], fx.dir)
    expect(bad.status).toBe(1)
    const err = JSON.parse(bad.stdout).errors[0]
    expect(err).toEqual({
      file: 'models/registry.yaml',
      line: lineOf(fx.manifest(), 'stage: stagin'),
      col: 16,
      key: 'models.clf.versions[2].stage',
      message: expect.stringContaining('unknown stage "stagin"')
    })
  })

  it('prints paths relative to the current directory', async () => {
    fx = validRegistry()
    fx.edit('stage: staging', 'stage: stagin')
    const run = runCliProcess(['validate', '--manifest', 'registry.yaml'], `${fx.dir}/models`)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^registry\.yaml:\d+:16: unknown stage "stagin"/m)
  })

  it('answers usage errors with exit 2 and help with exit 0', async () => {
    fx = validRegistry()
    const unknown = runCliProcess(['validate', '--colour', 'red'], fx.dir)
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toBe(
      'modelgate: unknown option "--colour"; run modelgate --help for the options\n'
    )

    const json = runCliProcess(['frobnicate', '--json'], fx.dir)
    expect(json.status).toBe(2)
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('unknown command "frobnicate"') }]
    })

    const help = runCliProcess(['--help'], fx.dir)
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: modelgate <command> [--option value] [--json]')
    expect(help.stdout).toContain('--manifest')

    const cmdHelp = runCliProcess(['validate', '--help'], fx.dir)
    expect(cmdHelp.stdout).toMatch(/^Usage: modelgate validate \[--manifest PATH\]/)
  })
})
