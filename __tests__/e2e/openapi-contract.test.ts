/**
 * Every request the writing commands send, checked against GitHub's own contract (issue #13):
 * promote (a new pull request with labels, reviewers and status, then the same pull request
 * updated on a base branch that moved, then a label refused once and completed by the rerun),
 * register (new blobs), rollback, retire, and monitor
 * (an issue opened with a retraining dispatch, updated, closed), each run through src/main.ts
 * in-process as the runner runs the bundle, against the REST stand-in. Each request must be an
 * operation of the api.github.com OpenAPI description of `@octokit/openapi` that accepts its
 * parameters, body and API version (`openapi-contract.ts`), and one of the endpoints SPEC §5
 * allows that command. No Python runs: the registry's versions carry their metrics and monitor
 * checks drift only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ActionRun } from '../helpers/action-runner.js'
import type { RecordedRequest } from '../helpers/github-stand-in.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import {
  checkRequest,
  contractProblems,
  knownApiVersions,
  type ContractRequest
} from '../helpers/openapi-contract.js'
import { gitInit, modelBytes, sha256, tempDir, writeFile } from '../helpers/registry-fixture.js'
import {
  apiEnv,
  git,
  OWNER,
  publishRepo,
  REPO,
  TOKEN,
  type RemoteRepo
} from '../helpers/remote-repo.js'

type Command = 'promote' | 'register' | 'rollback' | 'retire' | 'monitor'
const PULL_REQUEST_COMMANDS: Command[] = ['promote', 'register', 'rollback', 'retire']

/**
 * SPEC §5's list of the REST API modelgate may call, once, as data: method, path under
 * `/repos/{owner}/{repo}` (`{branch}` may hold slashes, any other `{…}` is one segment), the
 * query parameters the call must carry, and the commands that may make it.
 */
const SPEC_5_ENDPOINTS: Array<{
  method: string
  path: string
  requiredQuery?: string[]
  commands: Command[]
}> = [
  { method: 'GET', path: '/git/ref/heads/{branch}', commands: PULL_REQUEST_COMMANDS },
  { method: 'GET', path: '/git/commits/{sha}', commands: PULL_REQUEST_COMMANDS },
  // register's new files only
  { method: 'POST', path: '/git/blobs', commands: ['register'] },
  { method: 'POST', path: '/git/trees', commands: PULL_REQUEST_COMMANDS },
  { method: 'POST', path: '/git/commits', commands: PULL_REQUEST_COMMANDS },
  { method: 'POST', path: '/git/refs', commands: PULL_REQUEST_COMMANDS },
  { method: 'PATCH', path: '/git/refs/heads/{branch}', commands: PULL_REQUEST_COMMANDS },
  { method: 'GET', path: '/pulls', requiredQuery: ['head'], commands: PULL_REQUEST_COMMANDS },
  { method: 'POST', path: '/pulls', commands: PULL_REQUEST_COMMANDS },
  { method: 'PATCH', path: '/pulls/{number}', commands: PULL_REQUEST_COMMANDS },
  { method: 'POST', path: '/issues/{number}/labels', commands: PULL_REQUEST_COMMANDS },
  {
    method: 'POST',
    path: '/pulls/{number}/requested_reviewers',
    commands: PULL_REQUEST_COMMANDS
  },
  { method: 'POST', path: '/statuses/{sha}', commands: PULL_REQUEST_COMMANDS },
  { method: 'GET', path: '/issues', commands: ['monitor'] },
  { method: 'POST', path: '/issues', commands: ['monitor'] },
  { method: 'PATCH', path: '/issues/{number}', commands: ['monitor'] },
  { method: 'POST', path: '/actions/workflows/{id}/dispatches', commands: ['monitor'] }
]

const PREFIX = `/repos/${OWNER}/${REPO}`
const SPEC_5 = SPEC_5_ENDPOINTS.map(e => ({
  ...e,
  pattern: new RegExp(
    `^${e.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'branch' ? '.+' : '[^/]+'))}$`
  )
}))

/** Why SPEC §5 does not allow `command` to send `request`, or undefined when it does. */
function outsideSpec(command: Command, request: RecordedRequest): string | undefined {
  const decoded = decodeURIComponent(request.path)
  const what = `${command}: ${request.method} ${decoded}`
  if (!decoded.startsWith(`${PREFIX}/`)) return `${what} is not under ${PREFIX}`
  const rel = decoded.slice(PREFIX.length)
  const endpoint = SPEC_5.find(e => e.method === request.method && e.pattern.test(rel))
  if (!endpoint) return `${what} is not in SPEC §5's list`
  if (!endpoint.commands.includes(command)) return `${what} is not one ${command} may call`
  const missing = (endpoint.requiredQuery ?? []).filter(q => !request.query.has(q))
  if (missing.length) return `${what} lacks the ${missing.join(', ')} filter`
  return undefined
}

const MANIFEST = 'models/registry.yaml'
const FILES = ['model.bin']
const ROWS = 400

/** A two-column feature table; `shift` moves column a. */
function features(shift = 0): string {
  const lines = ['a,b']
  for (let i = 0; i < ROWS; i++) lines.push(`${((i % 100) / 10 + shift).toFixed(2)},${i % 7}`)
  return lines.join('\n') + '\n'
}

/** clf: 1.0.0 archived (replaced by 1.1.0), 1.1.0 in production, 1.2.0 staging, 1.3.0 development. */
function registrySource(): string {
  const dir = tempDir('modelgate-contract-')
  gitInit(dir)
  const versions: Array<[string, string, string?]> = [
    [
      '1.0.0',
      'archived',
      '        retired: { at: "2026-10-01T12:00:00Z", reason: replaced, replacedBy: "1.1.0", actor: octocat }'
    ],
    ['1.1.0', 'production'],
    ['1.2.0', 'staging'],
    ['1.3.0', 'development']
  ]
  for (const [v, stage] of versions) {
    for (const f of FILES) writeFile(dir, `models/${stage}/clf/${v}/${f}`, modelBytes('clf', v, f))
  }
  writeFile(dir, 'data/reference.csv', features())
  writeFile(dir, 'data/current.csv', features())
  writeFile(
    dir,
    MANIFEST,
    [
      'apiVersion: modelgate/v1',
      'stages:',
      '  - name: development',
      '  - name: staging',
      '  - name: production',
      '    capacity: 1',
      '    checklist: [Dashboards watched]',
      'benchmark: false',
      'models:',
      '  clf:',
      '    owners: ["@mona", "@acme/ml"]',
      `    files: [${FILES.join(', ')}]`,
      '    metrics:',
      '      accuracy: { goal: maximize, min: 0.85 }',
      '    monitor:',
      '      reference: data/reference.csv',
      '      current: data/current.csv',
      '      drift: { psi: 0.2, ksAlpha: 0.01 }',
      '      retrain: { workflow: train.yml }',
      '    versions:',
      ...versions.flatMap(([v, stage, extra]) => [
        `      - version: "${v}"`,
        `        stage: ${stage}`,
        '        files:',
        ...FILES.map(f => `          ${f}: "${sha256(modelBytes('clf', v, f))}"`),
        `        metrics: { accuracy: 0.9${v.replace(/\./g, '')} }`,
        ...(extra ? [extra] : [])
      ]),
      'history:',
      '  - { at: "2026-10-01T12:00:00Z", model: clf, version: "1.1.0", from: staging, to: production, actor: octocat }',
      ''
    ].join('\n')
  )
  return dir
}

let remote: RemoteRepo
let ws: string
/** Every request of every run, with the command that sent it. */
const sent: Array<{ command: Command; request: RecordedRequest }> = []
const runs: Array<{ name: string; run: ActionRun }> = []

async function run(
  name: string,
  command: Command,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  const seen = remote.gh.requests.length
  const result = await runActionInProcess({
    inputs: { command, model: 'clf', token: TOKEN, ...inputs },
    workspace: ws,
    env: apiEnv(remote.gh)
  })
  for (const request of remote.gh.requests.slice(seen)) sent.push({ command, request })
  runs.push({ name, run: result })
  return result
}

/** Someone else's commit lands on main, and the checkout catches up with it. */
function mainMovesOn(file: string) {
  const other = remote.clone()
  writeFileSync(path.join(other, file), `${file}\n`)
  git(other, 'add', file)
  git(other, 'commit', '-q', '-m', `Add ${file}`)
  git(other, 'push', '-q', 'origin', 'main')
  git(ws, 'pull', '-q', '--ff-only')
}

describe('the write paths against GitHub’s OpenAPI description', () => {
  beforeAll(async () => {
    const source = registrySource()
    remote = await publishRepo(source)
    rmSync(source, { recursive: true, force: true })
    ws = remote.clone()

    const promote = { version: '1.2.0', to: 'production' }
    await run('promote: new pull request', 'promote', {
      ...promote,
      labels: 'release',
      reviewers: 'octocat, @acme/reviewers'
    })
    mainMovesOn('NOTES.md')
    await run('promote: the same pull request updated', 'promote', promote)
    // Adding a label is refused once: the rerun finds the PR unchanged and completes its labels.
    remote.gh.failNext('POST /issues/', 403, 1, 'Resource not accessible by integration')
    await run('promote: a failed labelling', 'promote', { ...promote, labels: 'urgent' })
    await run('promote: labels completed', 'promote', { ...promote, labels: 'urgent' })

    for (const f of FILES) writeFile(ws, `.modelgate/clf/1.4.0/${f}`, modelBytes('clf', '1.4.0', f))
    await run('register', 'register', { version: '1.4.0', source: '.modelgate/clf/1.4.0' })
    await run('rollback', 'rollback')
    await run('retire', 'retire', { version: '1.3.0', reason: 'superseded' })

    writeFileSync(path.join(ws, 'data/current.csv'), features(3))
    await run('monitor: opens the issue', 'monitor')
    writeFileSync(path.join(ws, 'data/current.csv'), features(4))
    await run('monitor: updates it', 'monitor')
    writeFileSync(path.join(ws, 'data/current.csv'), features())
    await run('monitor: closes it', 'monitor')
  }, 120000)
  afterAll(() => remote?.close())

  it('each run did what it set out to do', () => {
    const seen = runs.map(({ name, run: r }) => [
      name,
      r.code,
      r.outputs['pull-request-operation'] ?? r.outputs.decision
    ])
    expect(seen).toEqual([
      ['promote: new pull request', 0, 'created'],
      ['promote: the same pull request updated', 0, 'updated'],
      ['promote: a failed labelling', 2, undefined],
      ['promote: labels completed', 0, 'unchanged'],
      ['register', 0, 'created'],
      ['rollback', 0, 'created'],
      ['retire', 0, 'created'],
      ['monitor: opens the issue', 1, 'fail'],
      ['monitor: updates it', 1, 'fail'],
      ['monitor: closes it', 0, 'pass']
    ])
    const promoted = remote.gh.pulls[0]
    expect(remote.gh.labels.get(promoted.number)).toEqual([
      'modelgate',
      'stage:production',
      'release',
      'urgent'
    ])
    expect(remote.gh.reviewers.get(promoted.number)?.users).toEqual(
      expect.arrayContaining(['octocat', 'mona'])
    )
    expect(remote.gh.issues.map(i => i.state)).toEqual(['closed'])
    expect(remote.gh.dispatches).toEqual([
      { workflow: 'train.yml', ref: 'main', inputs: { model: 'clf' } }
    ])
  })

  it('went through every endpoint SPEC §5 lists', () => {
    const used = new Set(
      sent.map(
        ({ request }) =>
          SPEC_5.find(
            e =>
              e.method === request.method &&
              e.pattern.test(decodeURIComponent(request.path).slice(PREFIX.length))
          )?.path ?? '?'
      )
    )
    const all = SPEC_5.map(e => e.path)
    expect(all.filter(p => !used.has(p))).toEqual([])
  })

  it('sent only requests GitHub’s contract accepts', () => {
    expect(sent.length).toBeGreaterThan(40)
    expect(contractProblems(sent.map(s => s.request))).toEqual([])
  })

  it('asked for the API version modelgate is written against on every request', () => {
    const versions = new Set(sent.map(({ request }) => request.headers['x-github-api-version']))
    expect([...versions]).toEqual(['2022-11-28'])
  })

  it('called nothing outside SPEC §5’s API list', () => {
    expect(
      sent.map(({ command, request }) => outsideSpec(command, request)).filter(Boolean)
    ).toEqual([])
  })
})

describe('the contract check refuses what GitHub refuses', () => {
  const headers = {
    'x-github-api-version': '2022-11-28',
    'content-type': 'application/json; charset=utf-8'
  }
  const request = (over: Partial<ContractRequest>): ContractRequest => ({
    method: 'POST',
    path: `${PREFIX}/pulls`,
    query: new URLSearchParams(),
    headers,
    body: { title: 'Promote', head: 'modelgate/promote/clf-to-production', base: 'main' },
    ...over
  })
  const problems = (over: Partial<ContractRequest>) => checkRequest(request(over)).problems

  it('accepts a well-formed request, naming its operation', () => {
    expect(checkRequest(request({}))).toEqual({
      operation: 'POST /repos/{owner}/{repo}/pulls',
      operationId: 'pulls/create',
      problems: []
    })
  })

  it('reads a ref with slashes, encoded or not, as the one {ref} parameter', () => {
    for (const ref of ['heads%2Fmodelgate%2Fpromote%2Fclf', 'heads/modelgate/promote/clf']) {
      const verdict = checkRequest(
        request({
          method: 'PATCH',
          path: `${PREFIX}/git/refs/${ref}`,
          body: { sha: 'a'.repeat(40), force: false }
        })
      )
      expect(verdict).toMatchObject({
        operation: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
        problems: []
      })
    }
  })

  const cases: Array<[string, Partial<ContractRequest>, RegExp]> = [
    [
      'an endpoint GitHub does not have',
      { method: 'POST', path: `${PREFIX}/pulls/1/merge-now` },
      /GitHub's REST API has no operation POST \/repos\/acme\/models\/pulls\/1\/merge-now/
    ],
    [
      'a method the endpoint does not take',
      { method: 'PUT', path: `${PREFIX}/git/refs` },
      /no operation PUT/
    ],
    [
      'POST pulls without head',
      { body: { title: 'Promote', base: 'main' } },
      /body must have required property 'head'/
    ],
    [
      'a wrong type in the body',
      { body: { title: 'Promote', head: 'x', base: 'main', draft: 'no' } },
      /body\/draft must be boolean/
    ],
    [
      'a property GitHub does not know',
      { body: { title: 'Promote', head: 'x', base: 'main', reviewers: ['mona'] } },
      /body must NOT have additional properties \("reviewers"\)/
    ],
    [
      'a tree entry with a mode GitHub does not know',
      {
        path: `${PREFIX}/git/trees`,
        body: { tree: [{ path: 'a', mode: '040001', type: 'tree', sha: 'a'.repeat(40) }] }
      },
      /body\/tree\/0\/mode must be equal to one of the allowed values/
    ],
    [
      'a non-numeric pull request number',
      { method: 'PATCH', path: `${PREFIX}/pulls/first`, body: { title: 'x' } },
      /path parameter pull_number must be integer/
    ],
    [
      'an unknown query parameter',
      {
        method: 'GET',
        path: `${PREFIX}/pulls`,
        query: new URLSearchParams('branch=x'),
        body: undefined
      },
      /query parameter "branch" is not one GitHub's description names/
    ],
    [
      'a query value outside its enum',
      {
        method: 'GET',
        path: `${PREFIX}/pulls`,
        query: new URLSearchParams('state=opened'),
        body: undefined
      },
      /query parameter state must be equal to one of the allowed values/
    ],
    [
      'a ref read by its full name',
      { method: 'GET', path: `${PREFIX}/git/ref/refs%2Fheads%2Fmain`, body: undefined },
      /path parameter ref "refs\/heads\/main" must be formatted as heads\/<branch name>/
    ],
    [
      'a branch created by its short name',
      { path: `${PREFIX}/git/refs`, body: { ref: 'heads/main', sha: 'a'.repeat(40) } },
      /body\/ref "heads\/main" must be fully qualified/
    ],
    [
      'an empty list of labels',
      { path: `${PREFIX}/issues/1/labels`, body: { labels: [] } },
      /body\/labels must NOT have fewer than 1 items/
    ],
    [
      'a body where the operation takes none',
      { method: 'GET', path: `${PREFIX}/pulls`, body: { head: 'acme:x' } },
      /GitHub's description has no request body for this operation/
    ],
    [
      'a missing required body',
      { path: `${PREFIX}/git/blobs`, body: undefined },
      /the request body is required and missing/
    ],
    ['a body that is not JSON', { body: undefined, bodySize: 12 }, /the request body is not JSON/],
    [
      'no API version header',
      { headers: { 'content-type': 'application/json' } },
      /no X-GitHub-Api-Version header/
    ],
    [
      'an API version GitHub does not know',
      { headers: { ...headers, 'x-github-api-version': '2023-01-01' } },
      /X-GitHub-Api-Version "2023-01-01" is not a version GitHub's description knows/
    ]
  ]

  it.each(cases)('refuses %s', (_name, over, message) => {
    expect(problems(over).join('\n')).toMatch(message)
  })

  it('knows the base version and the later ones its breaking changes name', () => {
    expect(knownApiVersions()[0]).toBe('2022-11-28')
    expect(knownApiVersions().length).toBeGreaterThan(1)
  })

  it('applies a later version’s breaking changes: 2026-03-10 drops the singular assignee', () => {
    const issue = {
      method: 'POST',
      path: `${PREFIX}/issues`,
      body: { title: 'Drift', assignee: 'mona' }
    }
    expect(problems(issue)).toEqual([])
    const later = { ...headers, 'x-github-api-version': '2026-03-10' }
    expect(problems({ ...issue, headers: later }).join('\n')).toMatch(
      /body must NOT have additional properties \("assignee"\)/
    )
  })
})
