/**
 * The action's runner protocol against @actions/core, the runner's reference
 * client: the same calls must give the same bytes on stdout and in the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files (the random output delimiter
 * aside), so the runner reads modelgate's annotations, masks and outputs as
 * it reads any action's.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runner } from '../../src/adapters/runner.js'
import { tempDir } from '../helpers/registry-fixture.js'

type Client = 'ours' | 'core'

/** Everything a client wrote to stdout during `fn`. */
async function stdoutOf(fn: () => unknown): Promise<string> {
  const saved = process.stdout.write
  let out = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    await fn()
  } finally {
    process.stdout.write = saved
  }
  return out
}

const tricky = 'line one\nline two\r\n100% done: a,b::c'

const calls: Array<[string, Record<Client, () => unknown>]> = [
  ['info', { ours: () => runner.info(tricky), core: () => core.info(tricky) }],
  ['debug', { ours: () => runner.debug(tricky), core: () => core.debug(tricky) }],
  [
    'setSecret',
    { ours: () => runner.setSecret('s3cr%t\nx'), core: () => core.setSecret('s3cr%t\nx') }
  ],
  [
    'error with a location',
    {
      ours: () =>
        runner.error(tricky, {
          title: 'modelgate: a,b:c',
          file: 'models/r.yaml',
          startLine: 3,
          startColumn: 9
        }),
      core: () =>
        core.error(tricky, {
          title: 'modelgate: a,b:c',
          file: 'models/r.yaml',
          startLine: 3,
          startColumn: 9
        })
    }
  ],
  ['warning', { ours: () => runner.warning(tricky), core: () => core.warning(tricky) }],
  [
    'group',
    {
      ours: () => runner.group('Commit 2 changes', async () => runner.info('inside')),
      core: () => core.group('Commit 2 changes', async () => core.info('inside'))
    }
  ]
]

describe('the runner protocol', () => {
  let dir: string
  const saved = { ...process.env }
  beforeEach(() => {
    dir = tempDir('modelgate-runner-')
  })
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
    process.exitCode = undefined
  })

  it.each(calls)('%s: the same bytes on stdout as @actions/core', async (_name, call) => {
    expect(await stdoutOf(call.ours)).toBe(await stdoutOf(call.core))
  })

  it('setFailed: the same error command, and exit status 1', async () => {
    const ours = await stdoutOf(() => runner.setFailed(tricky))
    expect(process.exitCode).toBe(1)
    process.exitCode = undefined
    expect(ours).toBe(await stdoutOf(() => core.setFailed(tricky)))
  })

  it('getInput: the INPUT_ variable core reads, trimmed', () => {
    process.env['INPUT_FAIL-ON-DECISION'] = '  false \n'
    process.env.INPUT_MY_INPUT = 'x'
    for (const name of ['fail-on-decision', 'my input', 'absent'])
      expect(runner.getInput(name)).toBe(core.getInput(name))
    expect(runner.getInput('fail-on-decision')).toBe('false')
  })

  it('setOutput: a GITHUB_OUTPUT block core would write, multi-line values whole', () => {
    const files: Record<Client, string> = {
      ours: path.join(dir, 'ours'),
      core: path.join(dir, 'core')
    }
    const value = '{"a":1}\nsecond line\n'
    for (const client of ['ours', 'core'] as const) {
      writeFileSync(files[client], '')
      process.env.GITHUB_OUTPUT = files[client]
      if (client === 'ours') runner.setOutput('result', value)
      else core.setOutput('result', value)
    }
    const normal = (text: string) => text.replaceAll(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')
    const ours = readFileSync(files.ours, 'utf8')
    expect(normal(ours)).toBe(normal(readFileSync(files.core, 'utf8')))
    expect(ours).toMatch(/^result<<(ghadelimiter_[0-9a-f-]{36})\n\{"a":1\}\nsecond line\n\n\1\n$/)
  })

  it('appendSummary: what core.summary.addRaw(text, true).write() appends', async () => {
    const files: Record<Client, string> = {
      ours: path.join(dir, 'ours.md'),
      core: path.join(dir, 'core.md')
    }
    for (const client of ['ours', 'core'] as const) {
      writeFileSync(files[client], '# before\n')
      process.env.GITHUB_STEP_SUMMARY = files[client]
      if (client === 'ours') runner.appendSummary('## modelgate\n| a |')
      else await core.summary.addRaw('## modelgate\n| a |', true).write()
    }
    expect(readFileSync(files.ours, 'utf8')).toBe(readFileSync(files.core, 'utf8'))
  })
})
