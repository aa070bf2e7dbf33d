/**
 * No logic in workflow bash (issue #14): what the reusable workflows do is done by the action;
 * each `run:` step left is one plain command, and this test executes every one of them the way
 * the runner does — `bash --noprofile --norc -eo pipefail <script file>` in the workspace, with
 * the step's `env:` (its `${{ }}` expressions replaced by test values, as the runner evaluates
 * them), GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY files and RUNNER_TEMP —
 * and asserts what it did. Honest limits: `python` is a stub on PATH that records its argv and
 * working folder (pip itself is not run), and a step's `if:` is checked as text, not evaluated.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { tempDir } from '../helpers/registry-fixture.js'

const KIT = [
  'modelgate-check.yml',
  'modelgate-monitor.yml',
  'modelgate-promote.yml',
  'modelgate-report.yml'
]

interface Step {
  name?: string
  if?: string
  env?: Record<string, string>
  run?: string
  shell?: string
  'working-directory'?: string
}

interface RunStep extends Step {
  file: string
  job: string
  run: string
}

function runSteps(): RunStep[] {
  const out: RunStep[] = []
  for (const file of KIT) {
    const doc = parse(readFileSync(path.join('.github/workflows', file), 'utf8')) as {
      jobs: Record<string, { steps?: Step[] }>
    }
    for (const [job, { steps = [] }] of Object.entries(doc.jobs))
      for (const step of steps)
        if (step.run !== undefined) out.push({ ...step, file, job, run: step.run })
  }
  return out
}

/** The values the runner would put in for the expressions the run steps' `env:` use. */
const EXPRESSIONS: Record<string, string> = {
  'inputs.requirements': 'ml deps/requirements.txt'
}

function substitute(value: string): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const v = EXPRESSIONS[expression]
    if (v === undefined) {
      throw new Error(`no test value for \${{ ${expression} }}: add one to EXPRESSIONS`)
    }
    return v
  })
}

interface Executed {
  status: number | null
  stdout: string
  stderr: string
  workspace: string
  /** Each `python` invocation: its working folder, then its arguments. */
  python: string[][]
  files: { output: string; env: string; path: string; summary: string }
}

/** Runs a step as the runner does for `shell: bash` (the default on Linux runners). */
function execute(step: RunStep): Executed {
  const root = tempDir('modelgate-run-step-')
  const workspace = path.join(root, 'workspace')
  const temp = path.join(root, 'runner-temp')
  const bin = path.join(root, 'bin')
  for (const dir of [workspace, temp, bin]) mkdirSync(dir, { recursive: true })
  const calls = path.join(root, 'python-calls.jsonl')
  // A stand-in python: one JSON line per call, [cwd, ...argv].
  writeFileSync(
    path.join(bin, 'python'),
    `#!${process.execPath}\nrequire('fs').appendFileSync(${JSON.stringify(calls)}, JSON.stringify([process.cwd(), ...process.argv.slice(2)]) + '\\n')\n`
  )
  chmodSync(path.join(bin, 'python'), 0o755)
  const files = {
    output: path.join(temp, 'output'),
    env: path.join(temp, 'env'),
    path: path.join(temp, 'path'),
    summary: path.join(temp, 'summary')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const script = path.join(temp, 'step.sh')
  writeFileSync(script, step.run)
  const env: Record<string, string> = {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    HOME: root,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    ...Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v))])
    )
  }
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: step['working-directory'] ? path.join(workspace, step['working-directory']) : workspace,
    env,
    encoding: 'utf8'
  })
  const recorded = readFileSync(calls, { encoding: 'utf8', flag: 'a+' })
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    workspace,
    python: recorded
      .split('\n')
      .filter(Boolean)
      .map(l => JSON.parse(l) as string[]),
    files: {
      output: readFileSync(files.output, 'utf8'),
      env: readFileSync(files.env, 'utf8'),
      path: readFileSync(files.path, 'utf8'),
      summary: readFileSync(files.summary, 'utf8')
    }
  }
}

/** What each remaining step must do, by name; a new run step needs its entry here. */
const EFFECTS: Record<string, (done: Executed, step: RunStep) => void> = {
  'Install the Python requirements': (done, step) => {
    // Only when a requirements file is named (the cache warmer: and something is left to
    // evaluate); the path reaches pip as one argument.
    expect(step.if).toMatch(/^inputs\.requirements != ''( && |$)/)
    expect(done.python).toEqual([
      [done.workspace, '-m', 'pip', 'install', '-r', 'ml deps/requirements.txt']
    ])
    expect(done.files).toEqual({ output: '', env: '', path: '', summary: '' })
  }
}

const steps = runSteps()

describe('the run: steps of the reusable workflows', () => {
  it('are only the Python installs: collecting results, the status and the summary are the action', () => {
    expect(steps.map(s => `${s.file} ${s.job}: ${s.name}`)).toEqual([
      'modelgate-check.yml evaluate: Install the Python requirements',
      'modelgate-monitor.yml monitor: Install the Python requirements',
      'modelgate-promote.yml evaluate: Install the Python requirements',
      'modelgate-report.yml warm-cache: Install the Python requirements'
    ])
  })

  it.each(steps.map(s => [`${s.file} ${s.job}: ${s.name}`, s] as const))(
    '%s is one plain command, fed only through env:',
    (_, step) => {
      const command = step.run.trim()
      expect(command.split('\n')).toHaveLength(1)
      // No pipelines, lists, substitutions or control flow: one command and its arguments.
      expect(command).not.toMatch(/[;|&`<>]|\$\(|\b(if|then|for|while|case)\b/)
      expect(command).not.toContain('${{')
      expect(step.shell).toBeUndefined()
    }
  )

  it.each(steps.map(s => [`${s.file} ${s.job}: ${s.name}`, s] as const))(
    '%s runs under bash with the runner environment and does what it says',
    (_, step) => {
      const effect = EFFECTS[step.name ?? '']
      expect([step.name, typeof effect]).toEqual([step.name, 'function'])
      const done = execute(step)
      expect([done.status, done.stderr]).toEqual([0, ''])
      effect(done, step)
    }
  )

  it('a failing command fails the step, as -e makes it on the runner', () => {
    const done = execute({
      file: 'planted.yml',
      job: 'j',
      name: 'planted',
      run: 'python -m pip install -r "$REQUIREMENTS"\nfalse\necho never',
      env: { REQUIREMENTS: '${{ inputs.requirements }}' }
    })
    expect(done.status).toBe(1)
    expect(done.python).toHaveLength(1)
    expect(done.stdout).not.toContain('never')
  })
})
