/**
 * Benchmark 2: cold start of the bundled action and CLI on a small registry
 * (a git-initialised copy of examples/sklearn-classifier), against `node -e 0`.
 *
 * Every command runs in the environment of a runner: without the variables
 * Node reads at start that GitHub's runners do not set (NODE_EXTRA_CA_CERTS
 * makes every start read a certificate bundle, about 40 ms on this machine,
 * which would be added to both sides of the ratio and flatter it).
 *
 * On two runtimes: the Node action.yml names (`runs.using`, fetched once by
 * scripts/action-node.mjs when this machine runs another), on which the target is
 * judged, and this machine's Node, on which the CLI runs here.
 */
import path from 'node:path'
import { actionNode } from '../scripts/action-node.mjs'
import {
  ACTION,
  CLI,
  cleanEnv,
  fmtMs,
  fmtRatio,
  log,
  median,
  PROJECT_DIR,
  table,
  target,
  tempGitCopy,
  timeProcess
} from './lib.mjs'

const RUNS = 21
const WARMUP = 2
/** Issue #15: the action's cold start at most 1.8× `node -e 0` (it was 2.4× with @actions/core). */
const MAX_RATIO = 1.8
/** Read by Node at start, and not set on GitHub's runners. */
const NODE_START_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS']

/** cleanEnv() without NODE_START_VARIABLES. */
function runnerEnv(extra = {}) {
  const env = cleanEnv(extra)
  for (const name of NODE_START_VARIABLES) delete env[name]
  return env
}

export async function benchColdstart(results) {
  log('== 2. cold start: action and CLI vs node -e 0 ==')
  const action = actionNode()
  // The target is judged on the Node the action runs on; this machine's Node
  // is measured beside it, for the record and for the CLI's users.
  const runtimes = [
    ...(action.node && action.node !== process.execPath
      ? [
          {
            node: action.node,
            version: action.version,
            label: `Node ${action.version} (action.yml runs.using)`
          }
        ]
      : []),
    {
      node: process.execPath,
      version: process.version,
      label: `Node ${process.version} (${action.node === process.execPath ? 'action.yml runs.using, and ' : ''}this machine's)`
    }
  ]
  if (action.reason)
    log(`the action's Node is not here (${action.reason}): judged on this machine's`)
  else log(`the action's Node: ${action.version}, ${action.source}`)
  const copy = tempGitCopy(path.join(PROJECT_DIR, 'examples', 'sklearn-classifier'))
  try {
    const commands = runtimes.flatMap(({ node, label }) => [
      { runtime: label, node, name: 'node -e 0', args: ['-e', '0'], env: runnerEnv() },
      {
        runtime: label,
        node,
        name: `action (${path.relative(PROJECT_DIR, ACTION)})`,
        args: [ACTION],
        env: runnerEnv({ INPUT_COMMAND: 'validate', GITHUB_WORKSPACE: copy.dir })
      },
      {
        runtime: label,
        node,
        name: `CLI (${path.relative(PROJECT_DIR, CLI)} validate)`,
        args: [CLI, 'validate'],
        env: runnerEnv()
      }
    ])
    const once = c => {
      const r = timeProcess(c.node, c.args, { cwd: copy.dir, env: c.env })
      if (r.status !== 0) {
        throw new Error(
          `${c.name} on ${c.runtime} exited with ${r.status}: ${(r.stderr || r.stdout).trim().slice(-500)}`
        )
      }
      return r.ms
    }
    for (let i = 0; i < WARMUP; i++) for (const c of commands) once(c)
    const times = commands.map(() => [])
    // Interleaved, with the order rotated each round, so that drift in the
    // machine's load is shared and no command always runs first.
    for (let i = 0; i < RUNS; i++) {
      for (let j = 0; j < commands.length; j++) {
        const k = (i + j) % commands.length
        times[k].push(once(commands[k]))
      }
    }
    const med = times.map(median)
    const removed = NODE_START_VARIABLES.filter(name => process.env[name] !== undefined)
    log(
      `copy of examples/sklearn-classifier in ${copy.dir}; ${RUNS} interleaved runs each after ${WARMUP} warm-ups` +
        (removed.length ? `; without ${removed.join(', ')} (not set on runners)` : '')
    )
    const rows = [['runtime', 'command', 'median', 'min', 'max', '× node -e 0', '+ ms']]
    commands.forEach((c, k) => {
      const base = k - (k % 3) // the runtime's `node -e 0`
      rows.push([
        k === base ? c.runtime : '',
        c.name,
        fmtMs(med[k]),
        fmtMs(Math.min(...times[k])),
        fmtMs(Math.max(...times[k])),
        fmtRatio(med[k] / med[base]),
        k === base ? '' : `+${(med[k] - med[base]).toFixed(0)} ms`
      ])
    })
    table(rows)
    // The first runtime is the action's when it is here.
    target(results, {
      group: 'coldstart',
      name: `action cold start / node -e 0 (Node ${runtimes[0].version})`,
      value: `${fmtRatio(med[1] / med[0])} (${fmtMs(med[1])} vs ${fmtMs(med[0])})`,
      goal: `≤ ${MAX_RATIO}×`,
      pass: med[1] / med[0] <= MAX_RATIO
    })
  } finally {
    copy.cleanup()
  }
  log('')
}
