/**
 * The action under @github/local-action, as a developer runs it on a
 * workstation: `npx local-action run <repo root> src/main.ts <dotenv file>`.
 * local-action runs the TypeScript sources with tsx, its inputs and runner
 * files from the dotenv file. It also replaces @actions/core with a stub that
 * tabulates outputs; modelgate's action does not load @actions/core (it speaks
 * the runner's protocol itself, src/adapters/runner.ts), so its outputs land
 * in GITHUB_OUTPUT, as on a runner, and are read from there.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { parseOutputFile } from '../helpers/action-runner.js'
import { exampleRepo } from '../helpers/examples.js'
import { lineOf, tempDir, type Fixture } from '../helpers/registry-fixture.js'

const ROOT = path.resolve('.')
const LOCAL_ACTION = path.join(ROOT, 'node_modules', '.bin', 'local-action')

interface LocalRun {
  code: number | null
  stdout: string
  summary: string
  outputs: Record<string, string>
}

/** The environment of the test process without anything a runner (or another test) set. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(name)) env[name] = value
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }
}

function localAction(workspace: string, inputs: Record<string, string>): LocalRun {
  const files = tempDir('modelgate-local-action-')
  const summary = path.join(files, 'summary.md')
  const output = path.join(files, 'output')
  const dotenv = path.join(files, '.env')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  const vars: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_REPOSITORY: 'acme/models'
  }
  for (const [name, value] of Object.entries(inputs)) {
    vars[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  writeFileSync(
    dotenv,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}\n`)
      .join('')
  )
  // What `npx local-action` runs, started directly: npx would only find this file, after
  // loading npm (about 1.5 s of CPU per run).
  const run = spawnSync(LOCAL_ACTION, ['run', ROOT, 'src/main.ts', dotenv], {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return {
    code: run.status,
    // chalk colours are off (NO_COLOR); strip any escape left anyway.
    stdout: stripVTControlCharacters(run.stdout + run.stderr),
    summary: readFileSync(summary, 'utf8'),
    outputs: parseOutputFile(readFileSync(output, 'utf8'))
  }
}

describe('validate under @github/local-action', () => {
  let fx: Fixture
  beforeAll(() => {
    fx = exampleRepo('sklearn-classifier')
  })
  afterAll(() => fx.cleanup())

  it('runs src/main.ts with the dotenv inputs and shows the validation and its outputs', () => {
    const run = localAction(fx.dir, { command: 'validate', manifest: 'models/registry.yaml' })
    expect(run.code === 0 ? 0 : run.stdout).toBe(0)
    expect(run.stdout).toMatch(/'Action Path'\s*│\s*'\/[^']*'/)
    expect(run.stdout).toMatch(/'Entrypoint'\s*│\s*'[^']*\/src\/main\.ts'/)
    expect(run.stdout).toContain('Running Action')
    expect(run.stdout).toContain(
      '✔ models/registry.yaml is valid: 1 model, 4 versions, 10 files verified'
    )
    expect(run.outputs.decision).toBe('pass')
    expect(JSON.parse(run.outputs.result)).toMatchObject({
      manifest: 'models/registry.yaml',
      models: 1
    })
    expect(run.summary).toContain('## modelgate validate')
    expect(run.summary).toContain('| breast-cancer | 1.3.0 |  | 1.2.0 | 1.1.0 | 1.0.0 |')
  }, 120000)

  it('fails with the digest mismatch annotated on the manifest line, decision fail', () => {
    const text = fx.manifest()
    const line = lineOf(text, 'sha256:85cf2074')
    fx.setManifest(text.replace('sha256:85cf2074', 'sha256:00cf2074'))
    const run = localAction(fx.dir, { command: 'validate' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=modelgate%3A models\\.breast-cancer\\.versions\\[0\\]\\.files\\.model\\.joblib,file=models/registry\\.yaml,line=${line},.*::digest mismatch for models/development/breast-cancer/1\\.3\\.0/model\\.joblib`
      )
    )
    expect(run.outputs.decision).toBe('fail')
    expect(run.stdout).toContain('::error::✖ models/registry.yaml: 1 error')
  }, 120000)
})
