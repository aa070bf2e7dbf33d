/**
 * Runs the bundled action (dist/index.js) the way the GitHub Actions runner
 * does: a node process with INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE and, when given, an event
 * payload file at GITHUB_EVENT_PATH.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from './registry-fixture.js'

/** The bundles under test: dist/, or a private build (`bundle.mjs --out DIR`) named by MODELGATE_TEST_DIST. */
const DIST = path.resolve(process.env.MODELGATE_TEST_DIST ?? 'dist')
export const DIST_ACTION = path.join(DIST, 'index.js')
export const DIST_CLI = path.join(DIST, 'cli/index.js')
/**
 * The Node the action runs on: action.yml's `runs.using`, found by the run's globalSetup
 * (action-node-setup.mjs). The CLI runs on jest's Node, the oldest its users may have.
 */
export const ACTION_NODE = process.env.MODELGATE_TEST_ACTION_NODE ?? process.execPath

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface ActionRunOptions {
  inputs: Record<string, string>
  workspace: string
  env?: Record<string, string>
  event?: { name: string; payload: unknown }
}

/** The environment the runner gives a step, with its output and summary files made empty. */
export function runnerEnv(options: ActionRunOptions): {
  env: Record<string, string>
  outputFile: string
  summaryFile: string
} {
  const files = tempDir('modelgate-runner-')
  const outputFile = path.join(files, 'output.txt')
  const summaryFile = path.join(files, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: files,
    GIT_LFS_SKIP_SMUDGE: '1',
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  if (options.event) {
    const eventFile = path.join(files, 'event.json')
    writeFileSync(eventFile, JSON.stringify(options.event.payload))
    env.GITHUB_EVENT_NAME = options.event.name
    env.GITHUB_EVENT_PATH = eventFile
  }
  return { env, outputFile, summaryFile }
}

/**
 * Asynchronous on purpose: the stand-in servers of a test (GitHub API,
 * artifact service) live in the test's own event loop and must keep
 * answering while the action runs.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const { env, outputFile, summaryFile } = runnerEnv(options)
  const proc = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(ACTION_NODE, [DIST_ACTION], { cwd: options.workspace, env })
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      child.on('error', reject)
      child.on('close', status => resolve({ status, stdout, stderr }))
    }
  )
  return {
    code: proc.status,
    stdout: proc.stdout,
    stderr: proc.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : ''
  }
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER` … `DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const end = lines.indexOf(m[2], i + 1)
      out[m[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=')
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
    }
  }
  return out
}

export function runCliProcess(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [DIST_CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', GIT_LFS_SKIP_SMUDGE: '1', ...env },
    encoding: 'utf8'
  })
}
