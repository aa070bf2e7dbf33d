/** execute(): the one dispatch the action and the CLI share, in process. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { testContext } from '../__fixtures__/context.js'
import { UsageError } from '../src/errors.js'
import { execute } from '../src/execute.js'
import { getSettings } from '../src/settings/input-helper.js'
import { COMMANDS } from '../src/settings/inputs.js'
import type { Settings } from '../src/settings/settings.js'
import { validRegistry, type Fixture } from './helpers/registry-fixture.js'

const quiet = testContext()

describe('execute', () => {
  const fixtures: Fixture[] = []
  afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

  it('rejects a command it does not know with a usage error (exit 2)', async () => {
    const settings = { command: 'deploy' } as unknown as Settings
    const error = await execute(settings, quiet).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).exitCode).toBe(2)
    expect((error as UsageError).message).toBe(
      `unknown command "deploy"; expected one of: ${COMMANDS.join(', ')}`
    )
  })

  it('does not take an inherited property for a command', async () => {
    const settings = { command: 'toString' } as unknown as Settings
    await expect(execute(settings, quiet)).rejects.toThrow('unknown command "toString"')
  })

  it('runs the command the settings name', async () => {
    const fx = validRegistry()
    fixtures.push(fx)
    const settings = getSettings(name => (name === 'command' ? 'validate' : undefined), fx.dir, {})
    const result = await execute(settings, quiet)
    expect(result).toMatchObject({ command: 'validate', ok: true, decision: 'pass', exitCode: 0 })
  })
})
