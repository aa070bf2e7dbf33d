/**
 * `npm run setup` (scripts/setup.mjs with scripts/prerequisites.mjs): what it does about a
 * missing prerequisite on each kind of machine, and that where it cannot install it stops
 * with the commands to run instead of going on.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

interface Prerequisite {
  name: string
  key: string
  debian: string[]
  present: boolean
}
interface Machine {
  platform: string
  apt: boolean
  root: boolean
  sudo: boolean
}
interface Prerequisites {
  fixFor(missing: Prerequisite[], machine: Machine): { install: string[][]; commands: string[] }
  findPythonDir(env: NodeJS.ProcessEnv, fallbacks?: string[]): string | undefined
}

let prerequisites: Prerequisites
let tmp: string

beforeAll(async () => {
  // A non-literal specifier: the module is plain JavaScript, loaded as it is.
  prerequisites = (await import(
    pathToFileURL(path.join(PROJECT, 'scripts/prerequisites.mjs')).href
  )) as Prerequisites
  tmp = mkdtempSync(path.join(tmpdir(), 'modelgate-setup-'))
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const python = {
  name: 'python3 with scikit-learn, scipy and joblib',
  key: 'python',
  debian: ['python3-sklearn', 'python3-scipy', 'python3-joblib'],
  present: false
}
const chromium = { name: 'chromium', key: 'chromium', debian: ['chromium'], present: false }
const gitLfs = { name: 'git-lfs', key: 'git-lfs', debian: ['git-lfs'], present: false }
const linux = { platform: 'linux', apt: true, root: false, sudo: false }

describe('what setup does about what is missing', () => {
  it('installs with apt-get as root, without a prompt', () => {
    const fix = prerequisites.fixFor([python, chromium], { ...linux, root: true })
    expect(fix.commands).toEqual([])
    expect(fix.install).toEqual([
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
      [
        'env',
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        'install',
        '-y',
        '-qq',
        '--no-install-recommends',
        'python3-sklearn',
        'python3-scipy',
        'python3-joblib',
        'chromium'
      ]
    ])
  })

  it('installs through sudo -n where sudo needs no password', () => {
    const fix = prerequisites.fixFor([gitLfs], { ...linux, sudo: true })
    expect(fix.install.map(argv => argv.slice(0, 2))).toEqual([
      ['sudo', '-n'],
      ['sudo', '-n']
    ])
    expect(fix.install[1].slice(-1)).toEqual(['git-lfs'])
  })

  it("prints Debian's command where installing needs a password", () => {
    const fix = prerequisites.fixFor([python, gitLfs], linux)
    expect(fix.install).toEqual([])
    expect(fix.commands).toEqual([
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends python3-sklearn python3-scipy python3-joblib git-lfs'
    ])
  })

  it('prints Homebrew and a virtual environment on macOS', () => {
    const mac = { platform: 'darwin', apt: false, root: false, sudo: false }
    const fix = prerequisites.fixFor([python, gitLfs, chromium], mac)
    expect(fix.install).toEqual([])
    expect(fix.commands.join('\n')).toBe(
      [
        'python3 -m venv ~/.venvs/modelgate && ~/.venvs/modelgate/bin/pip install scikit-learn scipy joblib',
        'export PATH="$HOME/.venvs/modelgate/bin:$PATH"   # in your shell profile too',
        'brew install git-lfs',
        'brew install --cask google-chrome'
      ].join('\n')
    )
  })

  it('does nothing when nothing is missing', () => {
    expect(prerequisites.fixFor([], { ...linux, root: true })).toEqual({
      install: [],
      commands: []
    })
  })
})

describe('where the python with scikit-learn is looked for', () => {
  const fakePython = (name: string, status: number) => {
    const dir = path.join(tmp, name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'python3'), `#!/bin/sh\nexit ${status}\n`)
    chmodSync(path.join(dir, 'python3'), 0o755)
    return dir
  }

  it('takes the first folder whose python3 imports the modules, PATH before the fallbacks', () => {
    const without = fakePython('without', 1)
    const withModules = fakePython('with', 0)
    const env = { PATH: [without, withModules].join(path.delimiter) }
    expect(prerequisites.findPythonDir(env, [without])).toBe(withModules)
    expect(prerequisites.findPythonDir({ PATH: without }, [withModules])).toBe(withModules)
  })

  it('finds none when no python3 imports them', () => {
    const without = fakePython('none', 1)
    expect(prerequisites.findPythonDir({ PATH: without }, [])).toBeUndefined()
  })
})

it('stops with exit 1 and the commands to run where it cannot install (no apt-get here)', () => {
  // A PATH with node, git, git-lfs and sh only: no apt-get, no sudo; the browser is elsewhere.
  const bin = path.join(tmp, 'bin')
  mkdirSync(bin, { recursive: true })
  for (const tool of ['git', 'git-lfs', 'sh']) {
    const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim()
    symlinkSync(found, path.join(bin, tool))
  }
  const run = spawnSync(process.execPath, [path.join(PROJECT, 'scripts/setup.mjs')], {
    encoding: 'utf8',
    env: { PATH: bin, MODELGATE_CHROMIUM: path.join(tmp, 'no-such-browser') }
  })
  expect(run.status).toBe(1)
  expect(run.stdout).toBe('')
  expect(run.stderr).toMatch(/^setup: missing .*chromium\. Install with:/)
  expect(run.stderr).toContain('export MODELGATE_CHROMIUM=/path/to/chromium')
  expect(run.stderr).not.toContain('apt-get')
})
