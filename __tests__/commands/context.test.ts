/**
 * Commands run in-process through execute() with a test CommandContext:
 * they get every adapter and the clock from the context (a dry run never
 * asks for GitHub, evaluate uploads through the context's artifact client,
 * changes and reports are stamped with the context's clock), and a "no"
 * comes back as a result with exit code 1, never as a thrown error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { recordingArtifacts, testContext, TEST_NOW } from '../../__fixtures__/context.js'
import type { CommandContext } from '../../src/commands/context.js'
import { execute } from '../../src/execute.js'
import { viewOf } from '../../src/present/outcome.js'
import { getSettings } from '../../src/settings/input-helper.js'
import { exampleRepo } from '../helpers/examples.js'
import { snapshot } from '../helpers/registry-fixture.js'
import {
  apiEnv,
  publishRepo,
  TOKEN,
  writeRequests,
  type RemoteRepo
} from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'

const MODEL = 'breast-cancer'
let remote: RemoteRepo
let ws: string

beforeAll(async () => {
  const source = exampleRepo('sklearn-classifier')
  remote = await publishRepo(source.dir)
  source.cleanup()
  ws = remote.clone()
}, 120000)
afterAll(() => remote.close())

function run(inputs: Record<string, string>, ctx: CommandContext, workspace = ws) {
  return execute(
    getSettings(name => inputs[name], workspace, ctx.env),
    ctx
  )
}

/** A context whose GitHub factory fails the test if a command asks for it. */
function offline(): CommandContext {
  return {
    ...testContext(),
    github: () => {
      throw new Error('this command must not talk to GitHub')
    }
  }
}

describe('a refusal is a result, not an error', () => {
  it('promote to an unknown stage: exit 1, the reason, nothing done', async () => {
    const before = snapshot(ws)
    const result = await run(
      { command: 'promote', model: MODEL, version: '1.2.0', to: 'prod' },
      offline()
    )
    expect(result).toMatchObject({
      command: 'promote',
      ok: false,
      decision: 'fail',
      exitCode: 1,
      result: null,
      refusal: 'unknown stage "prod" (stages: development, experimental, staging, production)'
    })
    expect(snapshot(ws)).toEqual(before)
  })

  it('the CLI prints it as one error line, and fail-on-decision false exits 0', async () => {
    const args = ['rollback', '--model', MODEL, '--version', '1.3.0']
    const strict = await cli(args, ws)
    expect(strict.code).toBe(1)
    expect(strict.stdout).toBe('')
    expect(strict.stderr).toBe(
      'modelgate: breast-cancer 1.3.0 is in development, not in archived; rollback brings back an archived version\n'
    )
    const lenient = await cli([...args, '--fail-on-decision', 'false'], ws)
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toBe(strict.stderr)
    const json = await cli([...args, '--json'], ws)
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      decision: 'fail',
      errors: [{ message: expect.stringContaining('rollback brings back an archived version') }],
      result: null
    })
  })

  it('usage errors stay errors: exit 2, whatever fail-on-decision says', async () => {
    const run = await cli(['retire', '--model', MODEL, '--fail-on-decision', 'false'], ws)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^modelgate: retire needs "model", "version" and "reason"\n$/)
  })
})

describe('adapters come from the context', () => {
  it('a dry run never asks for GitHub', async () => {
    const result = await run(
      {
        command: 'retire',
        model: MODEL,
        version: '1.3.0',
        reason: 'superseded',
        'dry-run': 'true'
      },
      offline()
    )
    expect(result.exitCode).toBe(0)
    expect(result.result).toMatchObject({ dryRun: true, branch: `modelgate/retire/${MODEL}-1.3.0` })
  })

  it('evaluate uploads through the context artifact client', async () => {
    const artifacts = recordingArtifacts()
    const ctx = testContext({ artifacts, env: { GITHUB_RUN_ATTEMPT: '3' } })
    const result = await run(
      {
        command: 'evaluate',
        model: MODEL,
        version: '1.2.0',
        'output-dir': '.modelgate-context-test'
      },
      ctx
    )
    expect(result.exitCode === 0 ? 0 : (await viewOf(result)).text).toBe(0)
    expect(artifacts.uploads).toEqual([
      {
        name: `modelgate-${MODEL}-1.2.0-attempt-3`,
        folder: `${ws}/.modelgate-context-test/${MODEL}/1.2.0`
      }
    ])
    // The evaluation records its start by the context's clock.
    const [evaluated] = (result.result as { results: Array<{ startedAt: string }> }).results
    expect(evaluated.startedAt).toBe(TEST_NOW.toISOString())
  }, 60000)

  it('a change is stamped with the context clock', async () => {
    const at = new Date('2026-12-03T08:30:00.000Z')
    const ctx = testContext({ now: at, env: apiEnv(remote.gh, { GITHUB_TOKEN: TOKEN }) })
    const seen = writeRequests(remote.gh).length
    const result = await run(
      { command: 'retire', model: MODEL, version: '1.3.0', reason: 'superseded' },
      ctx
    )
    expect(result.exitCode === 0 ? 0 : (await viewOf(result)).text).toBe(0)
    expect(result.outputs['pull-request-operation']).toBe('created')
    expect(writeRequests(remote.gh).length).toBeGreaterThan(seen)
    const manifest = parse(
      remote.show(`refs/heads/modelgate/retire/${MODEL}-1.3.0`, 'models/registry.yaml')
    ) as { history: Array<{ at: string; version: string }> }
    expect(manifest.history.at(-1)).toMatchObject({ at: at.toISOString(), version: '1.3.0' })
  }, 60000)

  it('report measures ages from the context clock', async () => {
    const result = await run(
      { command: 'report', 'output-dir': '.modelgate-context-test' },
      testContext({ now: new Date('2026-11-16T12:25:00Z') })
    )
    expect(result.exitCode).toBe(0)
    const status = (result.result as { status: { generatedAt: string } }).status
    expect(status.generatedAt).toBe('2026-11-16T12:25:00.000Z')
    // ages by that clock: 1.3.0 entered development at that minute, 1.2.0 staging 59 days before
    expect((await viewOf(result)).text).toContain('1.3.0 (just now)')
    expect((await viewOf(result)).text).toContain('1.2.0 (59 d)')
  })
})
