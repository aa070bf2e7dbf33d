// What the demo and the tests need besides Node, npm and git: where each is
// looked for (the same places the demo and the tests look), and how to get
// what is missing on the machine at hand. scripts/setup.mjs acts on it; the
// demo uses it to refuse, with the fix, instead of skipping its main job.
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/** The Python modules the examples' train.py and evaluate.py and the tests import. */
const PYTHON_CHECK = 'import sklearn, scipy, joblib'

/** Where Debian puts python3, which a version manager's shims (pyenv) may hide from PATH. */
const SYSTEM_BIN = ['/usr/bin', '/usr/local/bin']

/**
 * The folder of a python3 that imports scikit-learn, scipy and joblib: PATH first (a virtual
 * environment the user activated), then `fallbacks`.
 */
export function findPythonDir(env = process.env, fallbacks = SYSTEM_BIN) {
  const dirs = [...(env.PATH ?? '').split(path.delimiter), ...fallbacks]
  for (const dir of new Set(dirs.filter(Boolean))) {
    const run = spawnSync(path.join(dir, 'python3'), ['-c', PYTHON_CHECK], { stdio: 'ignore' })
    if (run.status === 0) return dir
  }
  return undefined
}

/** Browsers playwright-core can drive, where Debian, Google's packages and macOS put them. */
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium'
]

/**
 * The browser the report page's test drives: MODELGATE_CHROMIUM, else the first of BROWSERS
 * that is here (Debian's chromium when none is, so that a message names what to install).
 */
export function chromiumPath(env = process.env) {
  return env.MODELGATE_CHROMIUM || BROWSERS.find(isExecutable) || BROWSERS[0]
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Each prerequisite: what it is for, Debian's packages, and whether it is here. */
export function checkPrerequisites(env = process.env) {
  return [
    {
      name: 'python3 with scikit-learn, scipy and joblib',
      key: 'python',
      debian: ['python3-sklearn', 'python3-scipy', 'python3-joblib'],
      present: findPythonDir(env) !== undefined
    },
    {
      name: 'git-lfs',
      key: 'git-lfs',
      debian: ['git-lfs'],
      present: spawnSync('git', ['lfs', 'version'], { stdio: 'ignore', env }).status === 0
    },
    {
      name: 'chromium',
      key: 'chromium',
      debian: ['chromium'],
      present: isExecutable(chromiumPath(env))
    }
  ]
}

/** The machine as far as installing goes. */
export function describeMachine() {
  const has = command => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
  const root = process.getuid?.() === 0
  return {
    platform: process.platform,
    apt: has('apt-get'),
    root,
    sudo:
      !root && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
  }
}

const VENV = '~/.venvs/modelgate'

/**
 * What to do about the missing prerequisites: `{ install }`, the argv lists to run here (apt-get
 * as root or through passwordless sudo), or `{ commands }`, the exact lines the user runs
 * (anything that needs a password, or a platform without Debian's packages).
 */
export function fixFor(missing, machine) {
  if (missing.length === 0) return { install: [], commands: [] }
  const debian = missing.flatMap(m => m.debian)
  if (machine.apt) {
    const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...debian]
    if (machine.root || machine.sudo) {
      const as = machine.root ? [] : ['sudo', '-n']
      const apt = args => [...as, 'env', 'DEBIAN_FRONTEND=noninteractive', ...args]
      return { install: [apt(['apt-get', 'update', '-qq']), apt(install)], commands: [] }
    }
    return {
      install: [],
      commands: [
        `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${debian.join(' ')}`
      ]
    }
  }
  const needs = key => missing.some(m => m.key === key)
  const commands = []
  if (needs('python')) {
    commands.push(
      `python3 -m venv ${VENV} && ${VENV}/bin/pip install scikit-learn scipy joblib`,
      `export PATH="$HOME/.venvs/modelgate/bin:$PATH"   # in your shell profile too`
    )
  }
  if (machine.platform === 'darwin') {
    if (needs('git-lfs')) commands.push('brew install git-lfs')
    if (needs('chromium')) {
      commands.push('brew install --cask google-chrome')
    }
  } else {
    if (needs('git-lfs')) commands.push('# git-lfs: install it with your package manager')
    if (needs('chromium')) {
      commands.push(
        '# chromium (or Chrome): install it with your package manager, then',
        'export MODELGATE_CHROMIUM=/path/to/chromium   # in your shell profile too'
      )
    }
  }
  return { install: [], commands }
}
