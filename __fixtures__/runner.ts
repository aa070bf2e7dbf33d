/**
 * A typed fake of the action's runner protocol (src/adapters/runner.ts) for
 * unit tests of src/main.ts, loaded with jest.unstable_mockModule before the
 * module under test is imported.
 */
import { jest } from '@jest/globals'
import type { runner as real } from '../src/adapters/runner.js'

type Runner = typeof real

export const inputs: Record<string, string> = {}
export const outputs: Record<string, string> = {}
export const summaries: string[] = []

export const runner = {
  getInput: jest.fn<Runner['getInput']>((name: string) => inputs[name] ?? ''),
  setOutput: jest.fn<Runner['setOutput']>((name: string, value: string) => {
    outputs[name] = value
  }),
  setFailed: jest.fn<Runner['setFailed']>(),
  setSecret: jest.fn<Runner['setSecret']>(),
  info: jest.fn<Runner['info']>(),
  debug: jest.fn<Runner['debug']>(),
  warning: jest.fn<Runner['warning']>(),
  error: jest.fn<Runner['error']>(),
  appendSummary: jest.fn<Runner['appendSummary']>((markdown: string) => {
    summaries.push(markdown)
  }),
  group: jest.fn(async (_name: string, fn: () => Promise<unknown>) =>
    fn()
  ) as unknown as Runner['group'] & ReturnType<typeof jest.fn>
} satisfies Runner

export function reset(): void {
  for (const k of Object.keys(inputs)) delete inputs[k]
  for (const k of Object.keys(outputs)) delete outputs[k]
  summaries.length = 0
  for (const fn of Object.values(runner)) fn.mockClear()
}
