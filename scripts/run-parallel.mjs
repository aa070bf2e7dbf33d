#!/usr/bin/env node
/**
 * Runs npm scripts at the same time and fails when any of them fails: the checks `npm test`
 * runs before jest (eslint, prettier, tsc) are single-threaded and independent, so on two
 * cores they take the time of the longest rather than of all three.
 *
 *   node scripts/run-parallel.mjs SCRIPT [SCRIPT ...]
 *
 * Each script's output (npm's `> SCRIPT` lines first) is shown whole when it ends, so that the
 * outputs do not interleave. Exits 1 when a script failed, naming each that did.
 */
import { spawn } from 'node:child_process'

const scripts = process.argv.slice(2)
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs SCRIPT [SCRIPT ...]')
  process.exit(2)
}

/** Runs `npm run script`; resolves to its exit status, once its output is shown. */
function run(script) {
  return new Promise(resolve => {
    const child = spawn('npm', ['run', '--loglevel=error', script], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const output = []
    child.stdout.on('data', chunk => output.push(chunk))
    child.stderr.on('data', chunk => output.push(chunk))
    let shown = false
    const done = status => {
      if (shown) return
      shown = true
      console.log(Buffer.concat(output).toString().trim() || `> npm run ${script}`)
      resolve(status)
    }
    child.on('error', error => {
      output.push(Buffer.from(String(error)))
      done(1)
    })
    child.on('close', status => done(status ?? 1))
  })
}

const statuses = await Promise.all(scripts.map(run))
const failed = scripts.filter((_, i) => statuses[i] !== 0)
if (failed.length > 0) {
  console.error(`failed: ${failed.map(s => `npm run ${s}`).join(', ')}`)
  process.exitCode = 1
}
