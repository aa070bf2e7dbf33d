#!/usr/bin/env node
/**
 * `npm run bench` — performance figures of modelgate against the targets of
 * its issue. `node bench/run.mjs [validate] [coldstart] [hash] [decision] [promote] [monitor] [plan] [cache] [bad-entries]` runs some
 * groups only. Prints PASS/FAIL per target and a summary; exits 0 whatever
 * the targets say (it reports, it is not a test), 1 only when a benchmark
 * itself broke, 2 on a bad argument. See bench/README.md.
 */
import { cpus, loadavg } from 'node:os'
import { benchBadEntries } from './bad-entries.mjs'
import { benchColdstart } from './coldstart.mjs'
import { benchDecision } from './decision.mjs'
import { benchEvaluationCache } from './evaluation-cache.mjs'
import { benchHash } from './hash.mjs'
import { DATA_DIR, distStaleNote, log, table } from './lib.mjs'
import { benchMonitor } from './monitor.mjs'
import { benchPlan } from './plan.mjs'
import { benchPromote } from './promote.mjs'
import { benchValidate } from './validate.mjs'

const GROUPS = {
  validate: benchValidate,
  coldstart: benchColdstart,
  hash: benchHash,
  decision: benchDecision,
  promote: benchPromote,
  monitor: benchMonitor,
  plan: benchPlan,
  cache: benchEvaluationCache,
  'bad-entries': benchBadEntries
}

const asked = process.argv.slice(2)
const unknown = asked.filter(g => !(g in GROUPS))
if (unknown.length) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; expected: ${Object.keys(GROUPS).join(', ')}`
  )
  process.exit(2)
}
const groups = asked.length
  ? Object.keys(GROUPS).filter(g => asked.includes(g))
  : Object.keys(GROUPS)

const started = Date.now()
const load = loadavg()[0]
log(
  `modelgate bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${process.platform}/${process.arch}`
)
log(
  `data: ${DATA_DIR}; load average ${loadavg()
    .map(x => x.toFixed(2))
    .join(' ')}`
)
if (load > cpus().length / 2) {
  log(
    `warning: the machine is busy (load ${load.toFixed(2)} on ${cpus().length} CPUs); figures will be slower and noisier`
  )
}
const stale = distStaleNote()
if (stale) log(stale)
log('')

const results = []
let broken = false
for (const g of groups) {
  try {
    await GROUPS[g](results)
  } catch (err) {
    broken = true
    log(`ERROR in ${g}: ${err.stack ?? err}`)
    const message = String(err.message ?? err).split('\n')[0]
    results.push({
      group: g,
      name: '(benchmark did not complete)',
      value: message.length > 100 ? `${message.slice(0, 97)}...` : message,
      goal: '',
      status: 'ERROR'
    })
    log('')
  }
}

log('== summary ==')
table([
  ['target', 'measured', 'goal', 'result'],
  ...results.map(r => [`[${r.group}] ${r.name}`, r.value, r.goal, r.status])
])
const passed = results.filter(r => r.status === 'PASS').length
log(
  `${passed} of ${results.length} targets met; ${((Date.now() - started) / 1000).toFixed(0)} s in all; load average now ${loadavg()[0].toFixed(2)}`
)
process.exitCode = broken ? 1 : 0
