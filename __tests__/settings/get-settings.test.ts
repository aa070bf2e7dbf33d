/**
 * getSettings (SPEC §3): raw inputs by name → one typed variant per command,
 * validated once: the command, booleans, each command's required inputs
 * (command-inputs.ts), defaults, paths, and the runner's event payload.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../../src/errors.js'
import { COMMAND_INPUTS } from '../../src/settings/command-inputs.js'
import { getSettings } from '../../src/settings/input-helper.js'
import { COMMANDS, INPUTS } from '../../src/settings/inputs.js'
import type { Settings } from '../../src/settings/settings.js'
import { tempDir } from '../helpers/registry-fixture.js'

const WORKSPACE = path.resolve('/srv/work')

function settings(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Settings {
  return getSettings(name => inputs[name], WORKSPACE, env)
}

/** The settings field of an input: `dry-run` → `dryRun`. */
const key = (name: string) =>
  name.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()) as keyof Settings

function refusal(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): string {
  try {
    settings(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).exitCode).toBe(2)
    return (error as Error).message
  }
  throw new Error(`expected ${JSON.stringify(inputs)} to be refused`)
}

describe('the command', () => {
  it('is required', () => {
    expect(refusal({})).toBe(`missing required input "command" (one of: ${COMMANDS.join(', ')})`)
    expect(refusal({ command: '  ' })).toMatch(/^missing required input "command"/)
  })

  it('is one of the commands, quoted when it is not', () => {
    expect(refusal({ command: 'deploy' })).toBe(
      `unknown command "deploy"; expected one of: ${COMMANDS.join(', ')}`
    )
    expect(settings({ command: ' validate\n' }).command).toBe('validate')
  })
})

describe('defaults', () => {
  it('fills what is not set from the input table, resolved against the workspace', () => {
    expect(settings({ command: 'validate' })).toEqual({
      command: 'validate',
      manifest: path.join(WORKSPACE, 'models/registry.yaml'),
      model: undefined,
      version: undefined,
      to: undefined,
      reason: undefined,
      entries: undefined,
      source: undefined,
      outputDir: path.join(WORKSPACE, '.modelgate'),
      candidateResults: undefined,
      benchmarkResults: undefined,
      train: false,
      base: undefined,
      head: undefined,
      dryRun: false,
      labels: [],
      reviewers: [],
      draft: false,
      token: undefined,
      uploadArtifact: true,
      downloadArtifact: false,
      jobs: undefined,
      commitStatus: false,
      allowUntrusted: false,
      failOnDecision: true,
      allowOlder: false,
      cache: true,
      cacheDir: undefined,
      root: undefined,
      stages: [],
      benchmark: undefined,
      archive: undefined,
      versioning: 'semver',
      workspace: WORKSPACE,
      event: { name: undefined }
    })
  })

  it('treats an empty or blank input as not set (the action passes "" for those)', () => {
    const s = settings({ command: 'validate', manifest: '', model: '  ', 'dry-run': '' })
    expect(s.manifest).toBe(path.join(WORKSPACE, 'models/registry.yaml'))
    expect(s.model).toBeUndefined()
    expect(s.dryRun).toBe(false)
  })

  it('does not take the ${{ github.token }} default of the token as a token', () => {
    expect(INPUTS.find(i => i.name === 'token')?.default).toBe('${{ github.token }}')
    expect(settings({ command: 'validate' }).token).toBeUndefined()
    expect(settings({ command: 'validate', token: ' ghs_x\n' }).token).toBe('ghs_x')
  })
})

describe('paths', () => {
  it('resolves relative paths against the workspace and keeps absolute ones', () => {
    const s = settings({
      command: 'compare',
      model: 'clf',
      manifest: 'reg/models.yaml',
      'output-dir': '/tmp/out',
      'candidate-results': 'results/cand',
      'benchmark-results': '../bench/result.json',
      source: './trained'
    })
    expect(s).toMatchObject({
      manifest: path.join(WORKSPACE, 'reg/models.yaml'),
      outputDir: path.resolve('/tmp/out'),
      candidateResults: path.join(WORKSPACE, 'results/cand'),
      benchmarkResults: path.resolve(WORKSPACE, '../bench/result.json'),
      source: path.join(WORKSPACE, 'trained')
    })
  })

  it('leaves names and revisions as they are', () => {
    const s = settings({ command: 'plan', base: 'origin/main', head: 'HEAD~1' })
    expect(s).toMatchObject({ base: 'origin/main', head: 'HEAD~1' })
  })
})

describe('booleans and lists', () => {
  const booleans = INPUTS.filter(i => i.kind === 'boolean').map(i => i.name)

  it.each(['true', 'TRUE', 'yes', 'On', ' true\n'])('%j is true', value => {
    const s = settings({
      command: 'validate',
      ...Object.fromEntries(booleans.map(b => [b, value]))
    })
    expect(booleans.map(b => [b, s[key(b)]])).toEqual(booleans.map(b => [b, true]))
  })

  it.each(['false', 'No', 'OFF'])('%j is false', value => {
    const s = settings({
      command: 'validate',
      ...Object.fromEntries(booleans.map(b => [b, value]))
    })
    expect(booleans.map(b => [b, s[key(b)]])).toEqual(booleans.map(b => [b, false]))
  })

  it.each(booleans)('a bad value of %s is quoted, with what was expected', name => {
    expect(refusal({ command: 'validate', [name]: 'maybe' })).toBe(
      `input "${name}" must be true or false, got "maybe"`
    )
  })

  it('splits labels and reviewers on commas and newlines', () => {
    const s = settings({
      command: 'validate',
      labels: 'model, promotion\n\nurgent ,',
      reviewers: 'octocat\nacme/ml-team'
    })
    expect(s.labels).toEqual(['model', 'promotion', 'urgent'])
    expect(s.reviewers).toEqual(['octocat', 'acme/ml-team'])
  })

  // GitHub refuses a label over 50 characters (422) after the branch and the PR exist.
  it.each([
    { label: 'x'.repeat(50), length: 50, ok: true },
    { label: 'é'.repeat(50), length: 50, ok: true },
    { label: '🚀'.repeat(50), length: 50, ok: true },
    { label: 'x'.repeat(51), length: 51, ok: false },
    { label: 'needs-review-by-the-model-risk-committee-before-merge', length: 53, ok: false },
    { label: 'é'.repeat(51), length: 51, ok: false }
  ])('a label of $length characters is accepted: $ok', ({ label, length, ok }) => {
    const inputs = { command: 'promote', model: 'm', version: '1.0.0', to: 'p' }
    if (ok) {
      expect(settings({ ...inputs, labels: `model, ${label}` }).labels).toEqual(['model', label])
    } else {
      expect(refusal({ ...inputs, labels: `model, ${label}` })).toBe(
        `input "labels": the label "${label}" is ${length} characters long; ` +
          'GitHub refuses labels over 50 characters'
      )
    }
  })

  it('cuts a very long label in the message', () => {
    const message = refusal({ command: 'validate', labels: 'y'.repeat(5000) })
    expect(message).toContain(
      `"${'y'.repeat(200)}… (5,000 characters, cut)" is 5000 characters long`
    )
    expect(message.length).toBeLessThan(400)
  })
})

describe('each command’s required inputs', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['promote', {}, 'promote needs "model", "version" and "to"'],
    ['promote', { model: 'clf', version: '1.2.0' }, 'promote needs "model", "version" and "to"'],
    ['promote', { version: '1.2.0', to: 'staging' }, 'promote needs "model", "version" and "to"'],
    [
      'register',
      { model: 'clf', version: '2.0.0' },
      'register needs "model", "version" and "source" (the trained files)'
    ],
    [
      'register',
      { source: 'out' },
      'register needs "model", "version" and "source" (the trained files)'
    ],
    ['retire', { model: 'clf', reason: 'old' }, 'retire needs "model", "version" and "reason"'],
    ['retire', {}, 'retire needs "model", "version" and "reason"'],
    [
      'retire',
      { model: 'clf', version: '1.3.0', reason: ' \n' },
      'retire needs "reason": why clf 1.3.0 will not be promoted'
    ],
    ['rollback', { version: '1.0.0' }, 'rollback needs "model" (and optionally "version")'],
    ['compare', {}, 'compare needs "model" (and "version", or "candidate-results")'],
    [
      'compare',
      { version: '1.2.0' },
      'compare needs "model" (and "version", or "candidate-results")'
    ],
    ['compare', { model: 'clf' }, 'compare needs "model" and "version" (or "candidate-results")'],
    [
      'compare',
      { model: 'clf', 'benchmark-results': 'b' },
      'compare needs "model" and "version" (or "candidate-results")'
    ],
    ['evaluate', {}, 'evaluate needs "model" and "version" (or "entries" from plan)'],
    [
      'evaluate',
      { version: '1.2.0' },
      'evaluate needs "model" and "version" (or "entries" from plan)'
    ],
    [
      'evaluate',
      { model: 'clf' },
      'evaluate needs "version": a version of the model, or "benchmark"'
    ]
  ]

  it.each(cases)('%s with %j: %s', (command, inputs, message) => {
    expect(refusal({ command, ...inputs })).toBe(message)
  })

  it.each([
    ['promote', { model: 'clf', version: '1.2.0', to: 'production' }],
    ['register', { model: 'clf', version: '2.0.0', source: 'out' }],
    ['retire', { model: 'clf', version: '1.3.0', reason: 'superseded' }],
    ['rollback', { model: 'clf' }],
    ['rollback', { model: 'clf', version: '1.0.0' }],
    ['compare', { model: 'clf', version: '1.2.0' }],
    ['compare', { model: 'clf', 'candidate-results': 'r.json' }],
    ['evaluate', { model: 'clf', version: '1.2.0' }],
    ['evaluate', { model: 'clf', version: 'benchmark' }],
    ['evaluate', { entries: 'clf@1.2.0,clf@benchmark' }],
    ['validate', {}],
    ['plan', {}],
    ['report', {}],
    ['monitor', {}]
  ])('%s runs with %j', (command, inputs) => {
    const s = settings({ command, ...inputs })
    expect(s.command).toBe(command)
    for (const [name, value] of Object.entries(inputs)) {
      expect(s[key(name)]).toBe(
        /results$|^source$/.test(name) ? path.join(WORKSPACE, value) : value
      )
    }
  })

  it('types what it checked: the variant of promote has model, version and to', () => {
    const s = settings({ command: 'promote', model: 'clf', version: '1.2.0', to: 'production' })
    if (s.command !== 'promote') throw new Error('expected promote settings')
    // Compiles only because PromoteSettings has them as strings.
    const move: { model: string; version: string; to: string } = s
    expect(move).toMatchObject({ model: 'clf', version: '1.2.0', to: 'production' })
  })

  it('checks the required inputs before the event payload', () => {
    expect(refusal({ command: 'promote' }, { GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toBe(
      'promote needs "model", "version" and "to"'
    )
  })

  it('declares, for every command, inputs that exist and requirements among them', () => {
    const names = new Set(INPUTS.map(i => i.name))
    expect(Object.keys(COMMAND_INPUTS).sort()).toEqual([...COMMANDS].sort())
    for (const [command, spec] of Object.entries(COMMAND_INPUTS)) {
      for (const name of spec.inputs) expect(names.has(name) ? command : name).toBe(command)
      for (const r of spec.requires) {
        for (const name of [...(r.all ?? []), ...(r.any ?? [])]) {
          expect(spec.inputs.includes(name) ? name : `${command} requires ${name}`).toBe(name)
        }
      }
    }
  })
})

describe('the event payload', () => {
  const dir = tempDir('modelgate-settings-')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, text: string) => {
    const p = path.join(dir, name)
    writeFileSync(p, text)
    return p
  }

  it('is read once, with the settings', () => {
    const event = file(
      'event.json',
      JSON.stringify({
        repository: { default_branch: 'trunk', full_name: 'acme/models' },
        pull_request: {
          head: { repo: { full_name: 'acme/models' } },
          base: { repo: { full_name: 'acme/models' } }
        }
      })
    )
    const s = settings(
      { command: 'validate' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }
    )
    expect(s.event).toEqual({
      name: 'pull_request',
      file: event,
      defaultBranch: 'trunk',
      pullRequest: { head: 'acme/models', base: 'acme/models' }
    })
  })

  it('says nothing outside Actions', () => {
    expect(settings({ command: 'validate' }, { GITHUB_EVENT_PATH: '' }).event).toEqual({
      name: undefined
    })
  })

  it.each([
    [
      'missing.json',
      undefined,
      /^cannot read the event payload ".*missing\.json" \(GITHUB_EVENT_PATH\): ENOENT; expected the JSON file the runner writes there$/
    ],
    [
      'broken.json',
      '{not json',
      /^the event payload ".*broken\.json" \(GITHUB_EVENT_PATH\) is not valid JSON: /
    ],
    [
      'list.json',
      '[1, 2]',
      /^the event payload ".*list\.json" \(GITHUB_EVENT_PATH\) holds \[1,2\]; expected a JSON object$/
    ],
    ['null.json', 'null', /holds null; expected a JSON object$/]
  ])('an unreadable payload (%s) is a usage error naming the file', (name, text, message) => {
    const p = text === undefined ? path.join(dir, name) : file(name, text)
    expect(refusal({ command: 'validate' }, { GITHUB_EVENT_PATH: p })).toMatch(message)
  })
})
