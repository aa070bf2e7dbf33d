/**
 * The `cache` group's in-process measurement (see evaluation-cache.mjs), in a
 * fresh process; compiled with ncc into bench/.build/evaluation-cache-probe/.
 * Runs the CLI's `evaluate` in process, as a user runs it, with its output
 * captured, and prints one JSON line on stdout:
 *   { ms, exitCode, maxRssMB }
 * `ms` times the command (the manifest read and checked, the cache lookup,
 * the evaluation or the restore, result.json written), not Node's start or
 * module loading: the modules `evaluate` imports on demand are imported before
 * the clock starts, as the README's "operation" unit says. What is left is
 * what the cache saves, apart from the start every run pays alike.
 *
 *   evaluation-cache-probe <evaluate's arguments…>
 */
import { performance } from 'node:perf_hooks'
import { runCli } from '../src/cli/run-cli.js'

// The same chunks runCli imports on demand: loaded here, they are not loaded again inside it.
await import('../src/commands/evaluate.js')
await import('../src/adapters/folder-cache-store.js')

let output = ''
const t0 = performance.now()
const exitCode = await runCli(['evaluate', ...process.argv.slice(2)], {
  stdout: t => (output += t),
  stderr: t => (output += t),
  cwd: process.cwd(),
  env: process.env
})
const ms = performance.now() - t0
if (exitCode !== 0) process.stderr.write(output)
// maxRSS is in kilobytes (getrusage).
const maxRssMB = process.resourceUsage().maxRSS / 1024
process.stdout.write(JSON.stringify({ ms, exitCode, maxRssMB }) + '\n')
