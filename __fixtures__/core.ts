/**
 * A typed fake of @actions/core for unit tests of src/main.ts, loaded with
 * jest.unstable_mockModule before the module under test is imported.
 */
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

export const inputs: Record<string, string> = {}
export const outputs: Record<string, string> = {}

export const getInput = jest.fn<typeof core.getInput>((name: string) => inputs[name] ?? '')
export const setOutput = jest.fn<typeof core.setOutput>((name: string, value: unknown) => {
  outputs[name] = String(value)
})
export const setFailed = jest.fn<typeof core.setFailed>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const group = jest.fn(async <T>(_name: string, fn: () => Promise<T>): Promise<T> => fn())
export const summary = {
  addRaw: jest.fn().mockReturnThis(),
  write: jest.fn(async () => summary)
}

export function reset(): void {
  for (const k of Object.keys(inputs)) delete inputs[k]
  for (const k of Object.keys(outputs)) delete outputs[k]
  for (const fn of [
    getInput,
    setOutput,
    setFailed,
    setSecret,
    info,
    debug,
    warning,
    error,
    group,
    summary.addRaw,
    summary.write
  ]) {
    fn.mockClear()
  }
}
