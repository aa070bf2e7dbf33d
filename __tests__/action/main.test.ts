/** src/main.ts with a fake runner protocol: inputs in, outputs and failures out. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as fake from '../../__fixtures__/runner.js'
import { validRegistry, type Fixture } from '../helpers/registry-fixture.js'

jest.unstable_mockModule('../../src/adapters/runner.js', () => ({ runner: fake.runner }))
const runner = { ...fake.runner, ...fake }
const { run } = await import('../../src/main.js')

describe('run()', () => {
  let fx: Fixture
  const saved = process.env.GITHUB_WORKSPACE
  beforeEach(() => {
    runner.reset()
    fx = validRegistry()
    process.env.GITHUB_WORKSPACE = fx.dir
    process.env.GITHUB_STEP_SUMMARY = `${fx.dir}/.summary.md`
    process.exitCode = undefined
  })
  afterEach(() => {
    fx.cleanup()
    process.env.GITHUB_WORKSPACE = saved
    delete process.env.GITHUB_STEP_SUMMARY
    process.exitCode = undefined
  })

  it('sets decision and result and does not fail on a valid registry', async () => {
    runner.inputs.command = 'validate'
    runner.inputs.token = 'ghs_secret'
    await run()
    expect(runner.setSecret).toHaveBeenCalledWith('ghs_secret')
    expect(runner.outputs.decision).toBe('pass')
    expect(JSON.parse(runner.outputs.result).versions).toBe(4)
    expect(runner.summaries).toEqual([expect.stringContaining('| clf | 1.3.0 |')])
    expect(runner.setFailed).not.toHaveBeenCalled()
    expect(process.exitCode).toBeUndefined()
  })

  it('annotates each error with file, line and column and fails with exit 1', async () => {
    fx.edit('stage: staging', 'stage: stagin')
    runner.inputs.command = 'validate'
    await run()
    expect(runner.error).toHaveBeenCalledWith(expect.stringContaining('unknown stage "stagin"'), {
      title: 'modelgate: models.clf.versions[2].stage',
      file: 'models/registry.yaml',
      startLine: 27,
      startColumn: 16
    })
    expect(runner.setFailed).toHaveBeenCalledWith('✖ models/registry.yaml: 1 error')
    expect(process.exitCode).toBe(1)
  })

  it('fails with exit 2 on a usage error', async () => {
    runner.inputs.command = 'validate'
    runner.inputs['upload-artifact'] = 'perhaps'
    await run()
    expect(runner.setFailed).toHaveBeenCalledWith(
      'input "upload-artifact" must be true or false, got "perhaps"'
    )
    expect(process.exitCode).toBe(2)
  })
})
