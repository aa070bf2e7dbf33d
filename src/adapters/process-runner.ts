/**
 * Runs manifest commands (SPEC §7). Each command leads its own process group
 * (and session), so a timeout — or the CLI itself being interrupted — can
 * kill everything the command started, grandchildren included, not just its
 * first process. POSIX only: it signals process groups.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { resolve as resolvePath } from 'node:path'

export interface RunOptions {
  argv: string[]
  cwd: string
  /** Defaults to the parent's environment; also where PATH is looked up. */
  env?: NodeJS.ProcessEnv
  /** Kill the whole group after this long; omitted or Infinity means no limit. */
  timeoutMs?: number
  /** Output as it arrives, in the chunks the pipe delivers (not split into lines). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void
  /** Where the command comes from, for messages, e.g. `models.clf.evaluate.run`. */
  label?: string
}

export interface RunResult {
  /** The first process's exit code; null when a signal ended it. */
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  /** From start until the first process ended. */
  durationMs: number
  /** Last ~64 KiB of combined output, for error messages and result.json. */
  outputTail: string
}

export interface ProcessRunner {
  run(options: RunOptions): Promise<RunResult>
}

export interface ProcessRunnerOptions {
  /** Time between SIGTERM and SIGKILL to the group. */
  killGraceMs?: number
  /** The clock `durationMs` is read from; Date.now by default (a test seam). */
  now?: () => number
  /**
   * Starts a command's time limit: calls `expire` after `ms` and returns what cancels it;
   * setTimeout by default (a test seam, so that a test can end a command's time on cue).
   */
  startTimeout?: (expire: () => void, ms: number) => () => void
}

interface RunnerSettings {
  graceMs: number
  now: () => number
  startTimeout: (expire: () => void, ms: number) => () => void
}

function startTimer(expire: () => void, ms: number): () => void {
  const timer = setTimeout(expire, ms)
  return () => clearTimeout(timer)
}

const DEFAULT_KILL_GRACE_MS = 5000
export const OUTPUT_TAIL_CHARS = 64 * 1024
/** setTimeout fires at once beyond this; longer limits are clamped to it (~24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1
const POLL_MS = 50

/** The command could not be started at all (not found, not executable, no such cwd). */
export class CommandStartError extends Error {
  readonly program: string
  readonly code: string | undefined
  constructor(message: string, program: string, code: string | undefined) {
    super(message)
    this.name = 'CommandStartError'
    this.program = program
    this.code = code
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function fromLabel(options: RunOptions): string {
  return options.label ? ` (from ${options.label})` : ''
}

function startError(err: NodeJS.ErrnoException, program: string, options: RunOptions): Error {
  const make = (message: string) =>
    new CommandStartError(message + fromLabel(options), program, err.code)
  // A missing cwd also surfaces as ENOENT, which would blame the program.
  if (!isDirectory(options.cwd)) return make(`working directory does not exist: ${options.cwd}`)
  if (err.code === 'ENOENT') {
    // execve says ENOENT for an existing script whose #! interpreter is missing.
    return program.includes('/') && existsSync(resolvePath(options.cwd, program))
      ? make(`cannot run ${program}: the interpreter on its #! line was not found`)
      : make(`command not found: ${program}`)
  }
  if (err.code === 'EACCES') return make(`permission denied: ${program} is not executable`)
  return make(`cannot run ${program}: ${err.message}`)
}

/** Sends `signal` to the group; false when the group no longer exists. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal)
    return true
  } catch (err) {
    // EPERM: a member we may not signal (e.g. setuid) — the group still exists.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Whether any member of the group is still running. kill(-pgid, 0) also
 * succeeds while only zombies remain, and an init that reaps slowly (as in
 * containers) would keep a dead group "alive" for the whole grace period, so
 * on Linux /proc decides; elsewhere kill's answer stands.
 */
function groupAlive(pgid: number): boolean {
  if (!signalGroup(pgid, 0)) return false
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter(name => /^\d+$/.test(name))
  } catch {
    return true
  }
  for (const pid of pids) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue // ended while we looked
    }
    // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true
  }
  return false
}

/**
 * Groups that may still have members. While any exist, the parent's exit or a
 * terminating signal kills them first: the children are in their own session,
 * so a Ctrl-C at the terminal never reaches them by itself.
 */
const liveGroups = new Set<number>()
const PARENT_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

function killLiveGroups(): void {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL')
}

function onParentSignal(signal: NodeJS.Signals): void {
  killLiveGroups()
  removeParentHandlers()
  // Our listener replaced the default action; with no other listener, restore
  // it so the parent still dies of the signal (exit status 128+n).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}

function addParentHandlers(): void {
  process.once('exit', killLiveGroups)
  for (const signal of PARENT_SIGNALS) process.once(signal, onParentSignal)
}

function removeParentHandlers(): void {
  process.removeListener('exit', killLiveGroups)
  for (const signal of PARENT_SIGNALS) process.removeListener(signal, onParentSignal)
}

function trackGroup(pgid: number): void {
  if (liveGroups.size === 0) addParentHandlers()
  liveGroups.add(pgid)
}

function untrackGroup(pgid: number): void {
  if (liveGroups.delete(pgid) && liveGroups.size === 0) removeParentHandlers()
}

/** Keeps the last `OUTPUT_TAIL_CHARS` characters without holding everything. */
class OutputTail {
  private chunks: string[] = []
  private length = 0
  push(chunk: string): void {
    this.chunks.push(chunk)
    this.length += chunk.length
    while (this.length - this.chunks[0].length >= OUTPUT_TAIL_CHARS) {
      this.length -= this.chunks[0].length
      this.chunks.shift()
    }
  }
  toString(): string {
    const all = this.chunks.join('')
    return all.length > OUTPUT_TAIL_CHARS ? all.slice(all.length - OUTPUT_TAIL_CHARS) : all
  }
}

function timerDelay(timeoutMs: number | undefined): number | undefined {
  if (timeoutMs === undefined || timeoutMs === Infinity) return undefined
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`)
  return Math.min(timeoutMs, MAX_TIMER_MS)
}

export function createProcessRunner(options: ProcessRunnerOptions = {}): ProcessRunner {
  const settings: RunnerSettings = {
    graceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
    now: options.now ?? Date.now,
    startTimeout: options.startTimeout ?? startTimer
  }
  return { run: runOptions => runCommand(runOptions, settings) }
}

function runCommand(options: RunOptions, settings: RunnerSettings): Promise<RunResult> {
  const { graceMs, now } = settings
  return new Promise<RunResult>((resolve, reject) => {
    const program = options.argv[0]
    if (!program) {
      reject(new CommandStartError(`empty command${fromLabel(options)}`, '', undefined))
      return
    }
    let delay: number | undefined
    let child: ChildProcess
    const started = now()
    try {
      delay = timerDelay(options.timeoutMs)
      child = spawn(program, options.argv.slice(1), {
        cwd: options.cwd,
        env: options.env ?? process.env,
        // detached: setsid(), so the child leads a new process group we can signal as one.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe']
      })
    } catch (err) {
      // Invalid arguments (e.g. a NUL byte) throw instead of emitting 'error'.
      reject(err)
      return
    }
    const pgid = child.pid
    if (pgid === undefined) {
      child.once('error', err => reject(startError(err, program, options)))
      return
    }
    trackGroup(pgid)

    const tail = new OutputTail()
    let timedOut = false
    let exit: { code: number | null; signal: string | null; at: number } | undefined
    let closed = false
    let gone = false
    let terminating = false
    let settled = false
    let cancelTimeout: (() => void) | undefined
    let poll: NodeJS.Timeout | undefined
    let drain: NodeJS.Timeout | undefined

    for (const stream of ['stdout', 'stderr'] as const) {
      const pipe = child[stream]!
      pipe.setEncoding('utf8')
      pipe.on('data', (chunk: string) => {
        tail.push(chunk)
        options.onOutput?.(chunk, stream)
      })
    }

    const finish = () => {
      if (settled || !exit || !gone || !closed) return
      settled = true
      cancelTimeout?.()
      clearTimeout(drain)
      resolve({
        exitCode: exit.code,
        signal: exit.signal,
        timedOut,
        durationMs: exit.at - started,
        outputTail: tail.toString()
      })
    }

    const groupGone = () => {
      gone = true
      clearTimeout(poll)
      untrackGroup(pgid)
      // Everything in the group is dead, so the pipes close unless a process
      // left the group (setsid) still holds them: don't wait on it forever.
      if (!closed) {
        drain = setTimeout(() => {
          closed = true
          child.stdout?.destroy()
          child.stderr?.destroy()
          finish()
        }, graceMs)
      }
      finish()
    }

    // SIGTERM to the group, SIGKILL after the grace period to whatever is left.
    const terminate = () => {
      if (terminating) return
      terminating = true
      if (!signalGroup(pgid, 'SIGTERM')) return groupGone()
      const killAt = Date.now() + graceMs
      let killed = false
      const check = () => {
        if (!groupAlive(pgid)) return groupGone()
        if (!killed && Date.now() >= killAt) {
          killed = true
          signalGroup(pgid, 'SIGKILL')
        } else if (killed && Date.now() >= killAt + 1000) {
          // SIGKILL cannot be ignored; a process stuck in the kernel is beyond our reach.
          return groupGone()
        }
        poll = setTimeout(check, POLL_MS)
      }
      poll = setTimeout(check, POLL_MS)
    }

    if (delay !== undefined) {
      cancelTimeout = settings.startTimeout(() => {
        timedOut = true
        terminate()
      }, delay)
    }

    child.on('error', () => {
      // After a successful spawn this only reports failed child.kill() calls,
      // which we do not make; the exit/close events still follow.
    })
    child.once('exit', (code, signal) => {
      exit = { code, signal, at: now() }
      cancelTimeout?.()
      // Background processes the command left behind are part of it: they
      // would hold the output pipes open and outlive the job step.
      if (groupAlive(pgid)) terminate()
      else if (!terminating) groupGone()
      finish()
    })
    child.once('close', () => {
      closed = true
      finish()
    })
  })
}
