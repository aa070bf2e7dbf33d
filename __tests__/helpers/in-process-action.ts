/**
 * Runs the action's entry (src/main.ts `run()`) inside the test process, the
 * way the runner would run the bundle: the same INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_EVENT_PATH, working
 * folder and environment as `runAction`, with what the action prints
 * captured as the step's stdout. It spares the node start and the bundle's
 * load, so the many runs of a suite cost what the commands cost; each
 * command still has runs of the real bundle (`runAction`), which this
 * cannot replace. Runs are serialised: they swap the process environment.
 */
import { readFileSync } from 'node:fs'
import { run } from '../../src/main.js'
import {
  parseOutputFile,
  runnerEnv,
  type ActionRun,
  type ActionRunOptions
} from './action-runner.js'

let queue: Promise<unknown> = Promise.resolve()

export function runActionInProcess(options: ActionRunOptions): Promise<ActionRun> {
  const next = queue.then(() => runOnce(options))
  queue = next.catch(() => undefined)
  return next
}

async function runOnce(options: ActionRunOptions): Promise<ActionRun> {
  const { env, outputFile, summaryFile } = runnerEnv(options)
  const savedEnv = { ...process.env }
  const savedCwd = process.cwd()
  const savedWrite = process.stdout.write
  let stdout = ''
  for (const key of Object.keys(process.env)) delete process.env[key]
  Object.assign(process.env, env)
  process.chdir(options.workspace)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  process.exitCode = undefined
  try {
    await run()
  } finally {
    process.stdout.write = savedWrite
    process.chdir(savedCwd)
    for (const key of Object.keys(process.env)) delete process.env[key]
    Object.assign(process.env, savedEnv)
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = undefined
  return {
    code,
    stdout,
    stderr: '',
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  }
}
