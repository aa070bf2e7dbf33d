/**
 * The project's own CI, as an action repository has it: ci.yml (lint, dist/ up to date, tests
 * on every push to main and pull request), CodeQL, a release workflow that moves the major tag,
 * Dependabot. Every job holds only the permissions it needs and every action is pinned to a
 * major version. The two run: steps with logic are executed here as the runner executes them
 * (`bash -e` on the script, its env: as the environment) against real repositories: the dist/
 * comparison, and moving the major tag on a local bare remote.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { tempDir, writeFile } from '../helpers/registry-fixture.js'
import { git, gitEnv } from '../helpers/remote-repo.js'

interface Step {
  name?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string>
  steps: Step[]
  env?: Record<string, string>
  strategy?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const OWN_CI = ['ci.yml', 'codeql.yml', 'release.yml']
const load = (file: string): Workflow =>
  parse(readFileSync(path.join('.github/workflows', file), 'utf8'))
const steps = (file: string) => Object.values(load(file).jobs).flatMap(job => job.steps)
const runs = (file: string) => steps(file).flatMap(s => (s.run ? [s.run.trim()] : []))

function step(file: string, name: string): Step {
  const found = steps(file).find(s => s.name === name)
  if (!found?.run) throw new Error(`${file} has no run: step named "${name}"`)
  return found
}

/** Runs a step's script as the runner does (no `shell:` is `bash -e {0}`), in `cwd`. */
function runStep(s: Step, cwd: string, env: Record<string, string> = {}) {
  const script = writeFile(tempDir('modelgate-step-'), 'step.sh', s.run!)
  const r = spawnSync('bash', ['-e', script], {
    cwd,
    env: { ...gitEnv, ...env },
    encoding: 'utf8'
  })
  rmSync(path.dirname(script), { recursive: true, force: true })
  return { status: r.status, out: r.stdout + r.stderr }
}

describe('ci.yml', () => {
  const ci = load('ci.yml')

  it('runs on every push to main and every pull request', () => {
    expect(ci.on).toEqual({ push: { branches: ['main'] }, pull_request: null })
  })

  it('installs with npm ci, lints, type-checks, checks dist/ and runs the test suite', () => {
    expect(runs('ci.yml')).toEqual(
      expect.arrayContaining([
        'npm ci --no-audit --no-fund',
        'npm run lint',
        'npm run build',
        'npm run bundle',
        'npm test'
      ])
    )
  })

  it('lints and builds on the Node the action runs on, and tests on every line engines names', () => {
    const nodeVersion = readFileSync('.node-version', 'utf8').trim()
    const action = parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string } }
    expect(`node${nodeVersion}`).toBe(action.runs.using)
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string
    // engines names each supported Node line (`^20.19.0 || ^22.13.0 || ^24.0.0`).
    const lines = [...engines.matchAll(/\^(\d+)\./g)].map(m => m[1])
    expect(lines).toContain(nodeVersion)
    for (const [name, job] of Object.entries(ci.jobs)) {
      const setups = job.steps.filter(s => s.uses?.startsWith('actions/setup-node@'))
      expect(setups.length).toBe(1)
      if (name === 'test') {
        expect(setups[0].with?.['node-version']).toBe('${{ matrix.node }}')
        expect(job.strategy).toEqual({ 'fail-fast': false, matrix: { node: lines } })
      } else {
        expect(setups[0].with?.['node-version-file']).toBe('.node-version')
      }
    }
  })

  it('the tests get the Debian packages they need and a git identity', () => {
    const test = ci.jobs.test
    const script = test.steps.map(s => s.run ?? '').join('\n')
    for (const pkg of ['python3-sklearn', 'python3-scipy', 'git-lfs']) expect(script).toContain(pkg)
    expect(script).toMatch(/git config --global user\.name/)
    expect(test.env).toEqual(expect.objectContaining({ GIT_LFS_SKIP_SMUDGE: '1' }))
  })

  describe('the dist/ comparison step', () => {
    const compare = step('ci.yml', 'Compare with the committed dist/')
    function builtRepo() {
      const dir = tempDir('modelgate-dist-check-')
      git(dir, 'init', '-q', '-b', 'main')
      writeFile(dir, 'dist/index.js', 'built\n')
      writeFile(dir, 'src/registry/generated/schema-validators.js', 'generated\n')
      writeFile(dir, 'src/main.ts', 'source\n')
      git(dir, 'add', '-A')
      git(dir, 'commit', '-q', '-m', 'built')
      return dir
    }

    it('passes when the build left dist/ as committed, whatever else changed', () => {
      const dir = builtRepo()
      writeFile(dir, 'src/main.ts', 'edited source\n')
      expect(runStep(compare, dir).status).toBe(0)
    })

    it.each([
      ['a changed bundle', 'dist/index.js'],
      ['a new chunk', 'dist/53.index.js'],
      ['changed generated validators', 'src/registry/generated/schema-validators.js']
    ])('fails on %s, naming it and the fix', (_what, file) => {
      const dir = builtRepo()
      writeFile(dir, file, 'rebuilt differently\n')
      const r = runStep(compare, dir)
      expect(r.status).toBe(1)
      expect(r.out).toContain(file)
      expect(r.out).toContain("::error::dist/ is stale: run 'npm run bundle' and commit the result")
    })
  })
})

describe('codeql.yml', () => {
  const codeql = load('codeql.yml')

  it('scans JavaScript and TypeScript on push to main, pull requests and weekly', () => {
    expect(Object.keys(codeql.on).sort()).toEqual(['pull_request', 'push', 'schedule'])
    const init = steps('codeql.yml').find(s => s.uses?.startsWith('github/codeql-action/init@'))!
    expect(init.with?.languages).toBe('javascript-typescript')
    expect(steps('codeql.yml').some(s => s.uses?.startsWith('github/codeql-action/analyze@'))).toBe(
      true
    )
    // The configuration it names exists and leaves out the generated code.
    const config = parse(readFileSync(init.with!['config-file'] as string, 'utf8'))
    expect(config['paths-ignore']).toEqual(
      expect.arrayContaining(['dist', 'src/registry/generated'])
    )
  })
})

describe('every workflow of the project', () => {
  it.each(OWN_CI)('%s grants nothing by default and each job only what it needs', file => {
    const workflow = load(file)
    expect(workflow.permissions).toEqual({})
    const writes: string[] = []
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect([name, job.permissions]).toEqual([name, expect.any(Object)])
      for (const [scope, level] of Object.entries(job.permissions!))
        if (level === 'write') writes.push(`${name}: ${scope}`)
    }
    const expected: Record<string, string[]> = {
      'ci.yml': [],
      'codeql.yml': ['analyze: security-events'],
      'release.yml': ['move-major-tag: contents']
    }
    expect(writes).toEqual(expected[file])
  })

  it.each(OWN_CI)('%s uses actions pinned to a major version', file => {
    for (const s of steps(file).filter(s => s.uses))
      expect([file, s.uses]).toEqual([file, expect.stringMatching(/^[\w.-]+\/[\w./-]+@v\d+$/)])
  })

  it.each(OWN_CI)('%s passes its inputs to scripts only through env:', file => {
    for (const script of runs(file))
      expect([file, script]).toEqual([file, expect.not.stringContaining('${{')])
  })
})

describe('release.yml: moving the major tag', () => {
  const release = load('release.yml')
  const move = step('release.yml', 'Move the major tag to the release')

  it('runs when a release is published, not for a pre-release, with the tag through env:', () => {
    expect(release.on).toEqual({ release: { types: ['published'] } })
    expect(
      (release.jobs['move-major-tag'] as unknown as { if: string }).if.replace(/\s+/g, '')
    ).toBe('${{!github.event.release.prerelease}}')
    expect(move.env).toEqual({ TAG: '${{ github.event.release.tag_name }}' })
  })

  /**
   * A local bare remote; `publish` pushes a new commit tagged as a release is, `release` runs
   * the step in the checkout actions/checkout makes for the release event (every tag, the
   * release's commit checked out).
   */
  function remote() {
    const bare = tempDir('modelgate-release-remote-')
    git(bare, 'init', '-q', '--bare', '-b', 'main')
    const work = tempDir('modelgate-release-work-')
    git(work, 'clone', '-q', bare, '.')
    return {
      publish(tag: string, kind: 'lightweight' | 'annotated' = 'lightweight') {
        git(work, 'commit', '-q', '--allow-empty', '-m', `release ${tag}`)
        if (kind === 'annotated') git(work, 'tag', '-a', '-m', tag, tag)
        else git(work, 'tag', tag)
        git(work, 'push', '-q', 'origin', 'HEAD:main', tag)
      },
      release(tag: string) {
        const dir = tempDir('modelgate-release-checkout-')
        git(dir, 'clone', '-q', bare, '.')
        git(dir, 'checkout', '-q', tag)
        return runStep(move, dir, { TAG: tag })
      },
      commitOf(ref: string) {
        const r = spawnSync('git', ['rev-parse', '--verify', '-q', `${ref}^{commit}`], {
          cwd: bare,
          encoding: 'utf8'
        })
        return r.status === 0 ? r.stdout.trim() : undefined
      }
    }
  }

  it('points v1 at the first release, then moves it to each newer one (annotated too)', () => {
    const r = remote()
    r.publish('v1.0.0')
    const first = r.release('v1.0.0')
    expect(first.status).toBe(0)
    expect(first.out).toContain('v1 now points at v1.0.0')
    expect(r.commitOf('v1')).toBe(r.commitOf('v1.0.0'))
    r.publish('v1.2.3', 'annotated')
    expect(r.release('v1.2.3').status).toBe(0)
    expect(r.commitOf('v1')).toBe(r.commitOf('v1.2.3'))
    expect(r.commitOf('v1')).not.toBe(r.commitOf('v1.0.0'))
  })

  it('leaves v1 at the newest release when an older line gets a fix (v1.1.9 after v1.2.0)', () => {
    const r = remote()
    r.publish('v1.2.0')
    r.release('v1.2.0')
    r.publish('v1.1.9')
    const backport = r.release('v1.1.9')
    expect(backport.status).toBe(0)
    expect(backport.out).toContain('v1 stays: v1.2.0 is newer than v1.1.9')
    expect(r.commitOf('v1')).toBe(r.commitOf('v1.2.0'))
  })

  it('a new major version gets its own tag and leaves v1 alone; pre-release tags do not count', () => {
    const r = remote()
    r.publish('v1.4.0')
    r.release('v1.4.0')
    r.publish('v2.1.0-rc.1')
    r.publish('v2.0.0')
    expect(r.release('v2.0.0').status).toBe(0)
    expect(r.commitOf('v2')).toBe(r.commitOf('v2.0.0'))
    expect(r.commitOf('v1')).toBe(r.commitOf('v1.4.0'))
  })

  it('refuses a tag that is not vMAJOR.MINOR.PATCH, and moves nothing', () => {
    const r = remote()
    r.publish('release-5')
    const result = r.release('release-5')
    expect(result.status).toBe(1)
    expect(result.out).toContain("::error::release tag 'release-5' is not vMAJOR.MINOR.PATCH")
    expect(r.commitOf('release')).toBeUndefined()
  })
})

describe('dependabot.yml', () => {
  const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
    version: number
    updates: Array<{
      'package-ecosystem': string
      directory: string
      schedule: { interval: string }
      groups: Record<string, unknown>
    }>
  }

  it('updates npm packages and GitHub Actions weekly, in groups', () => {
    expect(config.version).toBe(2)
    expect(config.updates.map(u => u['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm'
    ])
    for (const u of config.updates) {
      expect(u.directory).toBe('/')
      expect(u.schedule.interval).toBe('weekly')
      expect(Object.keys(u.groups).length).toBeGreaterThan(0)
    }
  })
})
