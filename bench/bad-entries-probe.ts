/**
 * The `bad-entries` group's measurement (see bad-entries.mjs), in a fresh
 * process; compiled with ncc into bench/.build/bad-entries-probe/. Runs the
 * CLI's `validate` in process, as a user runs it, with its output captured
 * (not printed), and prints one JSON line on stdout:
 *   { ms, cpuMs, exitCode, stdoutBytes, stderrBytes, stderrLines, lastLine, maxRssMB }
 * `ms` times the whole command, printing included, not Node's start; `cpuMs`
 * is the CPU time it took (on a busy machine wall time grows, this much less).
 *
 *   bad-entries-probe <manifest> [--json]
 */
import { performance } from 'node:perf_hooks'
import { runCli } from '../src/cli/run-cli.js'

async function main() {
  const [manifest, ...rest] = process.argv.slice(2)
  if (!manifest) throw new Error('usage: bad-entries-probe <manifest> [--json]')
  let stdout = ''
  let stderr = ''
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const exitCode = await runCli(['validate', '--manifest', manifest, ...rest], {
    stdout: t => (stdout += t),
    stderr: t => (stderr += t),
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '' }
  })
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const lines = stderr.split('\n').filter(Boolean)
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    exitCode,
    stdoutBytes: stdout.length,
    stderrBytes: stderr.length,
    stderrLines: lines.length,
    lastLine: lines[lines.length - 1] ?? '',
    ...(rest.includes('--json') ? jsonFacts(stdout) : {})
  }
}

function jsonFacts(stdout: string) {
  const out = JSON.parse(stdout) as { errors: unknown[]; errorCount?: number }
  return { jsonErrors: out.errors.length, jsonErrorCount: out.errorCount }
}

const details = await main()
// maxRSS is in kilobytes (getrusage).
const maxRssMB = process.resourceUsage().maxRSS / 1024
process.stdout.write(JSON.stringify({ ...details, maxRssMB }) + '\n')
