import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import {
  CommandStartError,
  createProcessRunner,
  OUTPUT_TAIL_CHARS,
  type RunOptions
} from '../../src/adapters/process-runner.js'

const GRACE_MS = 300
const runner = createProcessRunner({ killGraceMs: GRACE_MS })
let dir: string

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'modelgate-runner-')))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function bash(script: string, extra: Partial<RunOptions> = {}) {
  return runner.run({ argv: ['bash', '-c', script], cwd: dir, ...extra })
}

/**
 * Dead means kill(pid, 0) fails with ESRCH — or the process is a zombie:
 * already dead, merely not yet reaped by an init that reaps slowly (as in
 * containers).
 */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return true
  }
}

async function waitGone(pid: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs
  while (!isGone(pid)) {
    if (Date.now() > until) {
      process.kill(pid, 'SIGKILL') // don't leave it behind when the test fails
      return false
    }
    await new Promise(r => setTimeout(r, 20))
  }
  return true
}

function firstNumber(text: string): number {
  const match = /(\d+)/.exec(text)
  if (!match) throw new Error(`no pid in ${JSON.stringify(text)}`)
  return Number(match[1])
}

/** A grandchild that ignores SIGTERM, its pid printed first. */
const STUBBORN_GRANDCHILD = `bash -c 'trap "" TERM; sleep 30' & echo $!; wait`

describe('exit status', () => {
  it('reports a zero and a non-zero exit code', async () => {
    await expect(bash('true')).resolves.toMatchObject({
      exitCode: 0,
      signal: null,
      timedOut: false
    })
    await expect(bash('exit 3')).resolves.toMatchObject({
      exitCode: 3,
      signal: null,
      timedOut: false
    })
  })

  it('reports the signal that ended the command', async () => {
    const result = await bash('kill -USR1 $$')
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGUSR1', timedOut: false })
  })

  it('measures the duration', async () => {
    const result = await bash('sleep 0.2')
    expect(result.durationMs).toBeGreaterThanOrEqual(190)
    expect(result.durationMs).toBeLessThan(2000)
  })
})

describe('output', () => {
  it('streams stdout and stderr and keeps both in the tail', async () => {
    const seen: [string, string][] = []
    const result = await bash('echo out; echo err >&2', {
      onOutput: (chunk, stream) => seen.push([stream, chunk])
    })
    expect(seen).toContainEqual(['stdout', 'out\n'])
    expect(seen).toContainEqual(['stderr', 'err\n'])
    expect(result.outputTail).toContain('out\n')
    expect(result.outputTail).toContain('err\n')
  })

  it('keeps only the last 64 KiB of output', async () => {
    const result = await bash(`head -c 200000 /dev/zero | tr '\\0' a; echo; echo END >&2`)
    expect(result.outputTail.length).toBe(OUTPUT_TAIL_CHARS)
    expect(result.outputTail.endsWith('a\nEND\n')).toBe(true)
  })

  it('delivers output while a slow command is still running', async () => {
    let endedAt = 0
    let firstAt = 0
    const running = bash('echo first; sleep 0.6; echo second', {
      onOutput: () => {
        firstAt ||= Date.now()
      }
    }).then(result => {
      endedAt = Date.now()
      return result
    })
    await running
    expect(firstAt).toBeGreaterThan(0)
    expect(endedAt - firstAt).toBeGreaterThanOrEqual(450)
  })

  it('decodes multi-byte characters split across chunks', async () => {
    const result = await bash(`printf '\\xc3'; sleep 0.1; printf '\\xa9\\n'`)
    expect(result.outputTail).toBe('é\n')
  })
})

describe('cwd and env', () => {
  it('runs in cwd with the given environment', async () => {
    const result = await runner.run({
      argv: ['bash', '-c', 'pwd; printf "%s\\n" "$MODELGATE_TEST"'],
      cwd: dir,
      env: { ...process.env, MODELGATE_TEST: 'a b' }
    })
    expect(result.outputTail).toBe(`${dir}\na b\n`)
  })

  it("inherits the parent's environment by default", async () => {
    process.env.MODELGATE_INHERITED = 'yes'
    try {
      expect((await bash('echo $MODELGATE_INHERITED')).outputTail).toBe('yes\n')
    } finally {
      delete process.env.MODELGATE_INHERITED
    }
  })
})

describe('timeouts and process groups', () => {
  it('kills the command at the timeout', async () => {
    const started = Date.now()
    const result = await bash('sleep 30', { timeoutMs: 500 })
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGTERM' })
    expect(Date.now() - started).toBeLessThan(500 + GRACE_MS + 1000)
  })

  it('kills the whole group, including a grandchild that ignores SIGTERM', async () => {
    let output = ''
    const started = Date.now()
    const result = await bash(STUBBORN_GRANDCHILD, {
      timeoutMs: 1000,
      onOutput: chunk => (output += chunk)
    })
    expect(result.timedOut).toBe(true)
    expect(Date.now() - started).toBeLessThan(1000 + GRACE_MS + 1000)
    expect(await waitGone(firstNumber(output), 1000)).toBe(true)
  })

  it('SIGKILLs a command that ignores SIGTERM itself after the grace period', async () => {
    const started = Date.now()
    const result = await bash('trap "" TERM; sleep 30 & wait; wait', { timeoutMs: 300 })
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(300 + GRACE_MS - 20)
    expect(Date.now() - started).toBeLessThan(300 + GRACE_MS + 1000)
  })

  it('ends background processes the command leaves behind when it exits', async () => {
    let output = ''
    const started = Date.now()
    const result = await bash(`${STUBBORN_GRANDCHILD.replace('; wait', '')}; exit 4`, {
      onOutput: chunk => (output += chunk)
    })
    expect(result).toMatchObject({ exitCode: 4, timedOut: false })
    expect(Date.now() - started).toBeLessThan(GRACE_MS + 1000)
    expect(await waitGone(firstNumber(output), 1000)).toBe(true)
  })

  it('does not hang on a process that left the group but holds the output pipe', async () => {
    let output = ''
    const started = Date.now()
    const result = await bash('setsid sleep 5 & echo $!', { onOutput: chunk => (output += chunk) })
    const escaped = firstNumber(output)
    try {
      expect(result.exitCode).toBe(0)
      expect(Date.now() - started).toBeLessThan(GRACE_MS + 1000)
    } finally {
      process.kill(escaped, 'SIGKILL')
    }
  })

  it('rejects a timeout that is not positive', async () => {
    await expect(bash('true', { timeoutMs: 0 })).rejects.toThrow('timeoutMs must be positive')
  })
})

describe('commands that cannot start', () => {
  it('names a program that is not found and where it came from', async () => {
    const run = runner.run({
      argv: ['modelgate-no-such-program', '--x'],
      cwd: dir,
      label: 'models.clf.evaluate.run'
    })
    await expect(run).rejects.toThrow(
      new CommandStartError(
        'command not found: modelgate-no-such-program (from models.clf.evaluate.run)',
        'modelgate-no-such-program',
        'ENOENT'
      )
    )
    await expect(run).rejects.toBeInstanceOf(CommandStartError)
  })

  it('says when a file is not executable', async () => {
    writeFileSync(join(dir, 'script.sh'), '#!/bin/sh\necho hi\n')
    chmodSync(join(dir, 'script.sh'), 0o644)
    await expect(runner.run({ argv: ['./script.sh'], cwd: dir })).rejects.toThrow(
      'permission denied: ./script.sh is not executable'
    )
  })

  it("says when a script's interpreter is missing", async () => {
    writeFileSync(join(dir, 'bad.sh'), '#!/modelgate/no/such/shell\n')
    chmodSync(join(dir, 'bad.sh'), 0o755)
    await expect(runner.run({ argv: ['./bad.sh'], cwd: dir })).rejects.toThrow(
      'cannot run ./bad.sh: the interpreter on its #! line was not found'
    )
  })

  it('blames a missing working directory, not the program', async () => {
    await expect(
      runner.run({ argv: ['true'], cwd: join(dir, 'missing'), label: 'models.clf.train.run' })
    ).rejects.toThrow(
      `working directory does not exist: ${join(dir, 'missing')} (from models.clf.train.run)`
    )
  })

  it('rejects an empty argv', async () => {
    await expect(runner.run({ argv: [], cwd: dir })).rejects.toThrow('empty command')
  })
})

describe('when the parent process ends', () => {
  let driver: string

  beforeAll(() => {
    // A separate Node process uses the runner, so it can be interrupted or
    // exit without touching the test process. Transpiling is enough: the
    // module imports only node: builtins.
    const source = readFileSync(
      new URL('../../src/adapters/process-runner.ts', import.meta.url),
      'utf8'
    )
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    })
    writeFileSync(join(dir, 'process-runner.mjs'), outputText)
    driver = join(dir, 'driver.mjs')
    writeFileSync(
      driver,
      `import { createProcessRunner } from './process-runner.mjs'
const runner = createProcessRunner({ killGraceMs: ${GRACE_MS} })
runner.run({
  argv: ['bash', '-c', ${JSON.stringify(STUBBORN_GRANDCHILD)}],
  cwd: process.cwd(),
  onOutput: chunk => {
    process.stdout.write(chunk)
    if (process.argv[2] === 'exit') process.exit(3)
  }
})
`
    )
  })

  /** Starts the driver, waits for the grandchild's pid, then lets `end` finish the driver. */
  async function grandchildAfter(mode: 'signal' | 'exit') {
    const child = spawn(process.execPath, [driver, mode], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += chunk))
    const ended = new Promise<[number | null, string | null]>(resolve =>
      child.on('close', (code, signal) => resolve([code, signal]))
    )
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', chunk => {
        stdout += chunk
        if (/\d+\n/.test(stdout)) resolve()
      })
      child.on('close', () => reject(new Error(`driver ended early: ${stderr}`)))
    })
    if (mode === 'signal') child.kill('SIGINT')
    return { grandchild: firstNumber(stdout), ended: await ended }
  }

  it('kills running groups when the parent is interrupted with SIGINT, then dies of it', async () => {
    const { grandchild, ended } = await grandchildAfter('signal')
    expect(ended).toEqual([null, 'SIGINT'])
    expect(await waitGone(grandchild, 1000)).toBe(true)
  })

  it('kills running groups when the parent calls process.exit', async () => {
    const { grandchild, ended } = await grandchildAfter('exit')
    expect(ended).toEqual([3, null])
    expect(await waitGone(grandchild, 1000)).toBe(true)
  })
})
