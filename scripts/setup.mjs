#!/usr/bin/env node
// `npm run setup` (and the first step of `npm run demo`): makes sure what the
// demo and the tests need besides Node, npm and git is here. Where Debian's
// packages are reachable (apt-get as root, or passwordless sudo) it installs
// what is missing; elsewhere it stops, exit 1, with the commands to run.
import { spawnSync } from 'node:child_process'
import { checkPrerequisites, describeMachine, fixFor } from './prerequisites.mjs'

const names = list => list.map(p => p.name).join(', ')
const wanted = checkPrerequisites()
let missing = wanted.filter(p => !p.present)
if (missing.length > 0) {
  const machine = describeMachine()
  const fix = fixFor(missing, machine)
  if (fix.install.length > 0) {
    console.log(`setup: installing ${missing.flatMap(p => p.debian).join(' ')} with apt-get`)
    for (const [command, ...args] of fix.install) {
      // apt's progress is noise here; its errors (stderr) are what the user needs.
      const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
      if (run.status !== 0) {
        console.error(`setup: ${[command, ...args].join(' ')} failed (exit ${run.status})`)
        process.exit(1)
      }
    }
    missing = checkPrerequisites().filter(p => !p.present)
  }
  if (missing.length > 0) {
    if (fix.install.length > 0) {
      // Installed, yet not found where the demo and the tests look.
      console.error(
        `setup: still missing after apt-get: ${names(missing)} (PATH, MODELGATE_CHROMIUM?)`
      )
    } else {
      console.error(`setup: missing ${names(missing)}. Install with:\n`)
      console.error(fix.commands.map(line => `  ${line}`).join('\n'))
      console.error('\nthen run the command again.')
    }
    process.exit(1)
  }
}
console.log(`setup: ✔ ${names(wanted)}`)
