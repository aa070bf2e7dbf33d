/**
 * The workflow kit (SPEC §6): the reusable workflows, the starter workflows, the example's
 * callers and the project's own CI pass actionlint, GitHub's own workflow parser and the
 * script-injection check, and each check is shown to fail on planted mistakes. The callers
 * pass only inputs and secrets the workflows and the action declare, and every reference to
 * the action is the one published name.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { tempDir, writeFile } from '../helpers/registry-fixture.js'

const ACTION = 'acme/modelgate@v1'
const REUSABLE = /^acme\/modelgate\/\.github\/workflows\/([\w.-]+\.yml)@v1$/
const KIT = [
  'modelgate-check.yml',
  'modelgate-monitor.yml',
  'modelgate-promote.yml',
  'modelgate-report.yml'
]
// .github/workflows also holds the project's own CI, which users do not call: the kit's
// workflows are the modelgate-*.yml files.
const OWN_CI = ['ci.yml', 'codeql.yml', 'release.yml']
// The WebAssembly linter compiles for a few seconds per run; a loaded machine needs more than
// jest's default timeout. Nothing here asserts on time.
const STARTERS = 'workflows'
const EXAMPLE = 'examples/sklearn-classifier/.github/workflows'

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function run(script: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join('scripts', script), ...args], {
    encoding: 'utf8'
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const yml = (dir: string) =>
  readdirSync(dir)
    .filter(f => f.endsWith('.yml'))
    .sort()
const load = (file: string) => parse(readFileSync(file, 'utf8'))
// yaml reads `on` as the string key "on" (YAML 1.2), as GitHub does.
const callInputs = (file: string) => load(path.join('.github/workflows', file)).on.workflow_call

type Step = { uses?: string; with?: Record<string, unknown>; run?: string }
type Job = {
  uses?: string
  with?: Record<string, unknown>
  secrets?: Record<string, unknown>
  steps?: Step[]
  permissions?: Record<string, string>
}
const jobs = (file: string): Array<[string, Job]> => Object.entries(load(file).jobs)
const callers = [
  ...yml(STARTERS).map(f => `${STARTERS}/${f}`),
  ...yml(EXAMPLE).map(f => `${EXAMPLE}/${f}`)
]
const WORKFLOW_COUNT = KIT.length + OWN_CI.length + callers.length

/** The `file:line:col` of each finding a check printed about `file`. */
const places = (stdout: string, file: string) =>
  stdout
    .split('\n')
    .filter(l => l.startsWith(`${file}:`))
    .map(l => /^[^:]+:(\d+:\d+):/.exec(l)![1])

// The same mistakes for both linters: a job that needs one that does not exist (line 3), a
// permission level that does not exist (line 6), a step that both runs and uses (line 10).
const BROKEN = [
  'on: pull_request',
  'jobs:',
  '  check:',
  '    runs-on: ubuntu-latest',
  '    permissions:',
  '      contents: wrte',
  '    needs: plan',
  '    steps:',
  '      - run: echo hi',
  '        uses: actions/checkout@v5',
  ''
].join('\n')
const BROKEN_AT = ['3:3', '6:17', '10:9']

describe('actionlint (scripts/lint-workflows.mjs)', () => {
  it("passes the kit's workflows, the project's CI, the starters and the example's callers", () => {
    const r = run('lint-workflows.mjs')
    expect(r.stdout).toContain(`actionlint: ${WORKFLOW_COUNT} workflow file(s) OK`)
    expect(r.status).toBe(0)
  }, 180_000)

  it('fails a broken workflow and points at the lines', () => {
    const dir = tempDir('modelgate-actionlint-')
    const file = writeFile(dir, 'broken.yml', BROKEN)
    const r = run('lint-workflows.mjs', dir)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(
      `${file}:3:3: job "check" needs job "plan" which does not exist in this workflow [job-needs]`
    )
    expect(places(r.stdout, file)).toEqual(BROKEN_AT)
  }, 180_000)

  it('refuses to pass when it finds no workflow to check', () => {
    const r = run('lint-workflows.mjs', tempDir('modelgate-actionlint-empty-'))
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/no workflow files found/)
  })
})

describe("GitHub's workflow parser (scripts/parse-workflows.mjs)", () => {
  it("passes the kit's workflows, the project's CI, the starters and the example's callers", () => {
    const r = run('parse-workflows.mjs')
    expect(r.stdout).toContain(`workflow parser: ${WORKFLOW_COUNT} workflow file(s) OK`)
    expect(r.status).toBe(0)
  })

  it('fails the broken workflow actionlint fails, at the same lines', () => {
    const dir = tempDir('modelgate-parser-')
    const file = writeFile(dir, 'broken.yml', BROKEN)
    const r = run('parse-workflows.mjs', dir)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`${file}:6:17: Unexpected value 'wrte' [workflow-parser]`)
    expect(r.stdout).toContain(`${file}:10:9: Unexpected value 'uses' [workflow-parser]`)
    expect(r.stdout).toContain('workflow parser: 3 problem(s) in 1 workflow file(s)')
    expect(places(r.stdout, file)).toEqual(BROKEN_AT)
  })

  it("checks a caller's inputs against the kit workflow it calls, which actionlint cannot read", () => {
    const dir = tempDir('modelgate-parser-caller-')
    const file = writeFile(
      dir,
      'caller.yml',
      [
        'on: pull_request', // 1
        'jobs:',
        '  check:',
        '    uses: acme/modelgate/.github/workflows/modelgate-check.yml@v1',
        '    with:', // 5
        '      manifset: models/registry.yaml',
        '  elsewhere:',
        '    uses: other/repo/.github/workflows/x.yml@v1',
        ''
      ].join('\n')
    )
    const r = run('parse-workflows.mjs', dir)
    expect(r.status).toBe(1)
    expect(r.stdout.split('\n').filter(l => l.startsWith(file))).toEqual([
      `${file}:6:17: Invalid input, manifset is not defined in the referenced workflow. [workflow-parser]`,
      `${file}:8:11: Unable to find reusable workflow [workflow-parser]`
    ])
  })

  it('refuses to pass when it finds no workflow to check', () => {
    const r = run('parse-workflows.mjs', tempDir('modelgate-parser-empty-'))
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/no workflow files found/)
  })
})

describe('script injection check (scripts/check-workflow-injection.mjs)', () => {
  it("passes the repository's workflows", () => {
    const r = run('check-workflow-injection.mjs')
    expect(r.stdout).toContain(`workflow injection check: ${WORKFLOW_COUNT} workflow file(s) OK`)
    expect(r.status).toBe(0)
  })

  it('fails on each untrusted expression inside run:, at its line, and not on env: use', () => {
    const dir = tempDir('modelgate-injection-')
    const file = writeFile(
      dir,
      'bad.yml',
      [
        'on: workflow_call', // 1
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:', // 5
        '      - env: { MODEL: "${{ inputs.model }}" }',
        '        run: echo "$MODEL" ${{ runner.temp }} ${{ github.workspace }}',
        '      - run: |',
        '          echo start',
        '          echo "${{ inputs.model }}"', // 10
        '      - run: echo ${{ github.event.pull_request.title }} ${{ github.head_ref }}',
        '      - run: echo ${{ steps.plan.outputs.matrix }} ${{ matrix.model }}',
        '      - run: echo ${{ secrets.TOKEN }}',
        ''
      ].join('\n')
    )
    const r = run('check-workflow-injection.mjs', dir)
    expect(r.status).toBe(1)
    const findings = r.stdout.split('\n').filter(l => l.startsWith(file))
    expect(
      findings.map(l => l.slice(file.length + 1).replace(/: run: interpolates /, ' '))
    ).toEqual(
      [
        '10 ${{ inputs.model }}: inputs.model is expanded',
        '11 ${{ github.event.pull_request.title }}: github.event.pull_request.title is expanded',
        '11 ${{ github.head_ref }}: github.head_ref is expanded',
        '12 ${{ steps.plan.outputs.matrix }}: steps.plan.outputs.matrix is expanded',
        '12 ${{ matrix.model }}: matrix.model is expanded',
        '13 ${{ secrets.TOKEN }}: a secret (secrets.TOKEN) is written'
      ].map(s => expect.stringContaining(s))
    )
    expect(findings).toHaveLength(6)
    expect(r.stdout).toContain('workflow injection check: 6 finding(s) in 1 workflow file(s)')
  })
})

describe('the reusable workflows', () => {
  it(".github/workflows holds the kit's workflows (modelgate-*.yml) and the project's own CI", () => {
    expect(yml('.github/workflows')).toEqual([...KIT, ...OWN_CI].sort())
    // Only the kit's workflows can be called; the project's CI never can.
    for (const file of OWN_CI)
      expect([file, Object.keys(load(path.join('.github/workflows', file)).on)]).toEqual([
        file,
        expect.not.arrayContaining(['workflow_call'])
      ])
    expect(KIT.every(f => f.startsWith('modelgate-'))).toBe(true)
    expect(OWN_CI.some(f => f.startsWith('modelgate-'))).toBe(false)
  })

  it.each(KIT)('%s is called with workflow_call and grants each job its own permissions', file => {
    expect(callInputs(file)).toBeDefined()
    for (const [name, job] of jobs(path.join('.github/workflows', file))) {
      expect([name, job.permissions]).toEqual([name, expect.any(Object)])
      expect(Object.values(job.permissions!).every(p => p === 'read' || p === 'write')).toBe(true)
    }
  })

  it('only the jobs that need to write can: statuses in check, the pull request in promote, issues in monitor', () => {
    const writers = (file: string) =>
      jobs(path.join('.github/workflows', file))
        .filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'))
        .map(([name, job]) => `${name}: ${Object.keys(job.permissions!).sort().join(',')}`)
    expect(writers('modelgate-check.yml')).toEqual(['gates: contents,statuses'])
    expect(writers('modelgate-promote.yml')).toEqual(['promote: contents,pull-requests,statuses'])
    expect(writers('modelgate-report.yml')).toEqual([])
    expect(writers('modelgate-monitor.yml')).toEqual(['monitor: actions,contents,issues'])
  })

  it('the action collects the results and posts the gate: download-artifact, jobs and commit-status', () => {
    const step = (file: string, job: string, command: string) =>
      jobs(path.join('.github/workflows', file))
        .find(([n]) => n === job)![1]
        .steps!.find(s => s.with?.command === command)!.with
    expect(step('modelgate-check.yml', 'compare', 'compare')).toMatchObject({
      'download-artifact': true
    })
    expect(step('modelgate-promote.yml', 'promote', 'promote')).toMatchObject({
      'download-artifact': true
    })
    expect(step('modelgate-check.yml', 'gates', 'validate')).toMatchObject({
      jobs: '${{ toJSON(needs) }}',
      'commit-status': true,
      'allow-untrusted': '${{ inputs.allow-untrusted }}'
    })
    // Every job the gate depends on is in its needs, so toJSON(needs) holds their results.
    const gates = jobs('.github/workflows/modelgate-check.yml').find(([n]) => n === 'gates')![1]
    expect((gates as { needs?: string[] }).needs).toEqual(['plan', 'evaluate', 'compare'])
  })

  it('promotions of one model queue, never cancel each other', () => {
    expect(load('.github/workflows/modelgate-promote.yml').concurrency).toEqual({
      group: 'modelgate-promote-${{ inputs.model }}',
      'cancel-in-progress': false
    })
  })

  it('promote takes the optional token secret and falls back to github.token', () => {
    const call = callInputs('modelgate-promote.yml')
    expect(call.secrets.token.required).toBe(false)
    const promote = jobs('.github/workflows/modelgate-promote.yml').find(([n]) => n === 'promote')!
    const step = promote[1].steps!.find(s => s.with?.command === 'promote')!
    expect(step.with!.token).toBe('${{ secrets.token || github.token }}')
  })

  it('pass the action only inputs action.yml declares, and reference it by its one published name', () => {
    const declared = Object.keys(load('action.yml').inputs)
    for (const file of KIT) {
      for (const [, job] of jobs(path.join('.github/workflows', file))) {
        for (const step of job.steps ?? []) {
          if (!step.uses) continue
          expect(step.uses).not.toMatch(/^\.\//)
          if (!step.uses.includes('modelgate')) continue
          expect(step.uses).toBe(ACTION)
          const unknown = Object.keys(step.with ?? {}).filter(k => !declared.includes(k))
          expect([file, unknown]).toEqual([file, []])
        }
      }
    }
  })
})

describe('the starter workflows and the example callers', () => {
  it('every starter has its .properties.json with name, description, iconName and categories', () => {
    const starters = yml(STARTERS)
    expect(starters).toEqual(KIT)
    for (const f of starters) {
      const props = JSON.parse(
        readFileSync(path.join(STARTERS, f.replace(/\.yml$/, '.properties.json')), 'utf8')
      )
      expect(props).toEqual(
        expect.objectContaining({
          name: expect.any(String),
          description: expect.any(String),
          iconName: expect.any(String),
          categories: expect.arrayContaining([expect.any(String)])
        })
      )
    }
  })

  it('the example has the three callers: pull request check, report on push to main, promotion form', () => {
    // The example's model declares no `monitor` section, so it has no monitor caller.
    expect(yml(EXAMPLE)).toEqual(KIT.filter(f => f !== 'modelgate-monitor.yml'))
    const on = (f: string) => load(path.join(EXAMPLE, f)).on
    expect(on('modelgate-check.yml')).toHaveProperty('pull_request')
    expect(on('modelgate-report.yml').push.branches).toEqual(['main'])
    const form = on('modelgate-promote.yml').workflow_dispatch.inputs
    expect(form.stage).toEqual(
      expect.objectContaining({
        type: 'choice',
        options: ['experimental', 'staging', 'production']
      })
    )
    expect(form.model.options).toEqual(['breast-cancer'])
    // The example's requirements file, which the callers install, exists.
    expect(existsSync('examples/sklearn-classifier/requirements.txt')).toBe(true)
  })

  it.each(callers)(
    '%s calls a kit workflow with inputs and secrets it declares, and all it requires',
    file => {
      for (const [, job] of jobs(file)) {
        const called = REUSABLE.exec(job.uses ?? '')
        expect(called).not.toBeNull()
        const call = callInputs(called![1])
        const given = Object.keys(job.with ?? {})
        expect(given.filter(k => !(k in call.inputs))).toEqual([])
        const required = Object.entries(call.inputs as Record<string, { required?: boolean }>)
          .filter(([, i]) => i.required)
          .map(([k]) => k)
        expect(required.filter(k => !given.includes(k))).toEqual([])
        expect(Object.keys(job.secrets ?? {}).filter(k => !(k in (call.secrets ?? {})))).toEqual([])
        // The caller grants at least what the called jobs ask for.
        const granted = load(file).permissions as Record<string, string>
        for (const [, calledJob] of jobs(path.join('.github/workflows', called![1])))
          for (const [scope, level] of Object.entries(calledJob.permissions ?? {}))
            if (level === 'write') expect([scope, granted[scope]]).toEqual([scope, 'write'])
      }
    }
  )
})
