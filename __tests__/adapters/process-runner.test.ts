import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
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

interface Gate {
  /** Where the command waits: `read line < "$GATE"` returns once the gate is open. */
  env: NodeJS.ProcessEnv
  open(): void
  close(): void
}

let gates = 0
/**
 * A named pipe a command waits on until the test opens it, to order the command's steps after
 * the test's without sleeping. The test holds the pipe open for reading and writing, so neither
 * side's open() blocks and "go" waits in the pipe until the command reads it.
 */
function gate(): Gate {
  const path = join(dir, `gate-${++gates}`)
  execFileSync('mkfifo', [path])
  const fd = openSync(path, 'r+')
  return {
    env: { ...process.env, GATE: path },
    open: () => writeSync(fd, 'go\n'),
    close: () => closeSync(fd)
  }
}

interface TimeLimit {
  ms: number
  expire: () => void
  cancelled: boolean
}

/** A runner whose time limits expire when the test says so, not when a timer fires. */
function manualTimeLimits(): {
  runner: ReturnType<typeof createProcessRunner>
  limits: TimeLimit[]
} {
  const limits: TimeLimit[] = []
  const runner = createProcessRunner({
    killGraceMs: GRACE_MS,
    startTimeout: (expire, ms) => {
      const limit = { ms, expire, cancelled: false }
      limits.push(limit)
      return () => {
        limit.cancelled = true
      }
    }
  })
  return { runner, limits }
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

  it('measures the duration from the start until the command ends, on its clock', async () => {
    // The runner's clock moves only while the command waits at the gate.
    let now = 5_000
    const timed = createProcessRunner({ killGraceMs: GRACE_MS, now: () => now })
    const waiting = gate()
    try {
      const result = await timed.run({
        argv: ['bash', '-c', 'echo waiting; read line < "$GATE"'],
        cwd: dir,
        env: waiting.env,
        onOutput: () => {
          now += 1234
          waiting.open()
        }
      })
      expect(result).toMatchObject({ exitCode: 0, durationMs: 1234 })
    } finally {
      waiting.close()
    }
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

  it('delivers output while the command is still running', async () => {
    // The command prints "second" only after the test saw "first": were output held until the
    // command ended, it would never end (the time limit is only a backstop).
    const waiting = gate()
    const seen: string[] = []
    try {
      const result = await bash('echo first; read line < "$GATE"; echo second', {
        env: waiting.env,
        timeoutMs: 30_000,
        onOutput: chunk => {
          seen.push(chunk)
          if (chunk === 'first\n') waiting.open()
        }
      })
      expect(result).toMatchObject({ exitCode: 0, timedOut: false })
      expect(seen).toEqual(['first\n', 'second\n'])
    } finally {
      waiting.close()
    }
  })

  it('decodes multi-byte characters split across chunks', async () => {
    // The first byte is read before the second is written: "half" on stderr comes after it,
    // and the command writes the second byte only once the test has seen "half".
    const waiting = gate()
    try {
      const result = await bash(
        `printf '\\xc3'; echo half >&2; read line < "$GATE"; printf '\\xa9\\n'`,
        {
          env: waiting.env,
          onOutput: (chunk, stream) => {
            if (stream === 'stderr') waiting.open()
          }
        }
      )
      expect(result.outputTail).toBe('half\né\n')
    } finally {
      waiting.close()
    }
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
  it('kills the command when its time limit expires', async () => {
    const { runner: limited, limits } = manualTimeLimits()
    const result = await limited.run({
      argv: ['bash', '-c', 'echo started; sleep 30'],
      cwd: dir,
      timeoutMs: 500,
      onOutput: () => limits[0].expire()
    })
    expect(limits.map(l => l.ms)).toEqual([500])
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGTERM' })
  })

  it('kills the command at a real time limit (the shortest there is)', async () => {
    const result = await bash('sleep 30', { timeoutMs: 1 })
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGTERM' })
  })

  it('cancels the time limit of a command that ends in time', async () => {
    const { runner: limited, limits } = manualTimeLimits()
    const result = await limited.run({ argv: ['true'], cwd: dir, timeoutMs: 60_000 })
    expect(result).toMatchObject({ exitCode: 0, timedOut: false })
    expect(limits).toEqual([expect.objectContaining({ ms: 60_000, cancelled: true })])
  })

  it('holds a time limit longer than a timer can as the longest a timer can', async () => {
    // setTimeout fires at once beyond 2^31 − 1 ms.
    const { runner: limited, limits } = manualTimeLimits()
    await limited.run({ argv: ['true'], cwd: dir, timeoutMs: 2 ** 40 })
    expect(limits.map(l => l.ms)).toEqual([2 ** 31 - 1])
  })

  it('kills the whole group, including a grandchild that ignores SIGTERM', async () => {
    const { runner: limited, limits } = manualTimeLimits()
    let output = ''
    const result = await limited.run({
      argv: ['bash', '-c', STUBBORN_GRANDCHILD],
      cwd: dir,
      timeoutMs: 1000,
      onOutput: chunk => {
        output += chunk
        if (/\d+\n/.test(output)) limits[0].expire()
      }
    })
    expect(result.timedOut).toBe(true)
    // The run ends once nothing in the group runs: no survivor, no waiting for one.
    expect(isGone(firstNumber(output))).toBe(true)
  })

  it('SIGKILLs a command that ignores SIGTERM itself after the grace period', async () => {
    const { runner: limited, limits } = manualTimeLimits()
    let output = ''
    const result = await limited.run({
      argv: [
        'bash',
        '-c',
        `trap 'echo SIGTERM ignored' TERM; echo started; while :; do sleep 30 & wait $!; done`
      ],
      cwd: dir,
      timeoutMs: 300,
      onOutput: chunk => {
        output += chunk
        if (chunk.startsWith('started')) limits[0].expire()
      }
    })
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' })
    // SIGTERM came first, and the command outlived it.
    expect(output).toBe('started\nSIGTERM ignored\n')
  })

  it('ends background processes the command leaves behind when it exits', async () => {
    let output = ''
    const result = await bash(`${STUBBORN_GRANDCHILD.replace('; wait', '')}; exit 4`, {
      onOutput: chunk => (output += chunk)
    })
    expect(result).toMatchObject({ exitCode: 4, timedOut: false })
    expect(isGone(firstNumber(output))).toBe(true)
  })

  it('does not wait for a process that left the group but holds the output pipe', async () => {
    // The escapee reports its pid through the gate once it has left the group (setsid), and
    // the command prints it and exits. Were the run to wait for the pipe to close, it would
    // wait the 300 s of this sleep.
    const handshake = gate()
    let output = ''
    try {
      const result = await bash(
        `setsid sh -c 'echo $$ > "$GATE"; exec sleep 300' & read pid < "$GATE"; echo $pid`,
        { env: handshake.env, onOutput: chunk => (output += chunk) }
      )
      const escaped = firstNumber(output)
      try {
        expect(result.exitCode).toBe(0)
        // Outside the group it is not the runner's to kill: it still runs, holding the pipe.
        expect(isGone(escaped)).toBe(false)
      } finally {
        process.kill(escaped, 'SIGKILL')
      }
    } finally {
      handshake.close()
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
