/**
 * retire as the Actions runner runs it (the bundled dist/index.js for the
 * retirement, src/main.ts in-process with the same runner files for the rest)
 * it, against the GitHub REST stand-in backed by a bare repository: the PR
 * moves the version folder to the archive as the same tree, records the
 * retirement and its reason in the manifest, and validates once merged;
 * refusals and a dry run make no request.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { runAction, runCliProcess, type ActionRun } from '../helpers/action-runner.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { exampleRepo } from '../helpers/examples.js'
import { snapshot } from '../helpers/registry-fixture.js'
import { apiEnv, git, publishRepo, TOKEN, type RemoteRepo } from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'
import { changedLines } from '../changes/line-diff.js'

const MODEL = 'breast-cancer'
const BRANCH = `modelgate/retire/${MODEL}-1.3.0`
const REF = `refs/heads/${BRANCH}`
const MANIFEST = 'models/registry.yaml'
const REASON = "superseded by 1.2.0's features"
const at = (stage: string, version: string) => `models/${stage}/${MODEL}/${version}`

interface Manifest {
  models: Record<string, { versions: Array<Record<string, unknown>> }>
  history: Array<Record<string, unknown>>
}

let remote: RemoteRepo
let ws: string
let mainHead: string

/** The bundle for the main run, src/main.ts in-process for the rest. */
function retire(
  inputs: Record<string, string>,
  workspace = ws,
  runner = runActionInProcess
): Promise<ActionRun> {
  return runner({
    inputs: { command: 'retire', model: MODEL, token: TOKEN, ...inputs },
    workspace,
    env: apiEnv(remote.gh)
  })
}

function explain(run: ActionRun): string {
  return `exit ${run.code}\n${run.stdout}\n${run.stderr}`
}

beforeAll(async () => {
  const source = exampleRepo('sklearn-classifier')
  remote = await publishRepo(source.dir)
  source.cleanup()
  ws = remote.clone()
  mainHead = git(ws, 'rev-parse', 'HEAD')
}, 120000)
afterAll(() => remote.close())

describe('refusals exit with one message and make no request', () => {
  const cases: Array<[string, Record<string, string>, number, RegExp]> = [
    [
      'a production version',
      { version: '1.1.0', reason: 'old' },
      1,
      /breast-cancer 1\.1\.0 is in production: retire moves versions that will not be promoted; use rollback or promote a replacement/
    ],
    [
      'an archived version',
      { version: '1.0.0', reason: 'old' },
      1,
      /breast-cancer 1\.0\.0 is already in archived/
    ],
    ['an unknown version', { version: '9.9.9', reason: 'old' }, 1, /has no version "9\.9\.9"/],
    ['a missing reason', { version: '1.3.0' }, 2, /retire needs "reason"/]
  ]

  it.each(cases)('%s', async (_name, inputs, code, message) => {
    const seen = remote.gh.requests.length
    const run = await retire(inputs)
    expect(run.code === code ? code : explain(run)).toBe(code)
    const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(errors.length === 1 ? errors : explain(run)).toHaveLength(1)
    expect(errors[0]).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
    expect(remote.gh.requests.slice(seen)).toEqual([])
  })
})

describe('retire --dry-run (CLI)', () => {
  it('prints the plan and the body, makes no request and writes nothing', async () => {
    const before = snapshot(ws)
    const seen = remote.gh.requests.length
    const run = await cli(
      ['retire', '--model', MODEL, '--version', '1.3.0', '--reason', REASON, '--dry-run'],
      ws,
      { ...apiEnv(remote.gh), GITHUB_TOKEN: TOKEN }
    )
    expect(run.code === 0 ? 0 : `${run.stdout}\n${run.stderr}`).toBe(0)
    expect(run.stdout).toContain(
      `✔ dry run: ${MODEL} 1.3.0: development → archived (retired) (no request made, nothing written)`
    )
    expect(run.stdout).toContain(`  branch: ${BRANCH}`)
    expect(run.stdout).toContain(
      `    ${at('development', '1.3.0')} → ${at('archived', '1.3.0')}  [retire]`
    )
    expect(run.stdout).toContain(`> ${REASON}`)
    expect(remote.gh.requests.slice(seen)).toEqual([])
    expect(snapshot(ws)).toEqual(before)
  })

  it('--json gives the plan as the result', async () => {
    const run = await cli(
      ['retire', '--model', MODEL, '--version', '1.3.0', '--reason', REASON, '--dry-run', '--json'],
      ws
    )
    expect(run.code).toBe(0)
    const { result } = JSON.parse(run.stdout)
    expect(result).toMatchObject({
      dryRun: true,
      branch: BRANCH,
      from: 'development',
      to: 'archived',
      title: `Retire ${MODEL} 1.3.0: development → archived`
    })
  })
})

describe('retire development 1.3.0 opens one pull request', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await retire({ version: '1.3.0', reason: REASON }, ws, runAction)
  }, 60000)

  it('reports the created pull request in its outputs', () => {
    expect(run.code === 0 ? 0 : explain(run)).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'pass',
      'pull-request-operation': 'created'
    })
    const pr = remote.gh.pulls.find(p => p.head === BRANCH)!
    expect(run.outputs['pull-request-number']).toBe(String(pr.number))
    expect(pr).toMatchObject({ base: 'main', state: 'open' })
    expect(pr.title).toBe(`Retire ${MODEL} 1.3.0: development → archived`)
    expect(pr.body).toContain(`> ${REASON}`)
    expect(pr.body).toContain('Not compared: a retirement withdraws 1.3.0')
    expect(remote.gh.labels.get(pr.number)).toEqual(['modelgate', 'stage:archived'])
  })

  it('commits once on main with the plan trailer', () => {
    const head = git(remote.bare, 'rev-parse', REF)
    expect(git(remote.bare, 'rev-list', '--parents', '-n', '1', REF)).toBe(`${head} ${mainHead}`)
    expect(git(remote.bare, 'log', '-1', '--format=%B', REF)).toMatch(
      /^Retire breast-cancer 1\.3\.0 from development\n[\s\S]*\nModelgate-Plan: [0-9a-f]{64}$/
    )
  })

  it('moves the folder to the archive as the same tree, byte for byte', () => {
    const development = remote.objectAt('main', at('development', '1.3.0'))
    expect(development).toMatch(/^[0-9a-f]{40}$/)
    expect(remote.objectAt(REF, at('archived', '1.3.0'))).toBe(development)
    expect(remote.objectAt(REF, at('development', '1.3.0'))).toBeUndefined()
    // the rest of the registry is untouched
    for (const [stage, version] of [
      ['staging', '1.2.0'],
      ['production', '1.1.0'],
      ['benchmark', '1.1.0'],
      ['archived', '1.0.0']
    ]) {
      expect(remote.objectAt(REF, at(stage, version))).toBe(
        remote.objectAt('main', at(stage, version))
      )
    }
  })

  it('records `retired` and the reason in the manifest, and nothing else', () => {
    const before = remote.show('main', MANIFEST)
    const after = remote.show(REF, MANIFEST)
    const { removed, added } = changedLines(before, after)
    expect(removed).toEqual(['        stage: development'])
    expect(added).toEqual([
      '        stage: archived',
      expect.stringMatching(
        /^ {8}retired: \{ at: "?[0-9T:.-]+Z"?, reason: retired, actor: octocat \}$/
      ),
      expect.stringMatching(
        /^ {2}- \{ at: "?[0-9T:.-]+Z"?, model: breast-cancer, version: "?1\.3\.0"?, from: development, to: archived, actor: octocat, run: .*, reason: .* \}$/
      )
    ])
    const doc = parse(after) as Manifest
    const entry = doc.models[MODEL].versions.find(v => v.version === '1.3.0')!
    expect(entry).toMatchObject({
      stage: 'archived',
      retired: { reason: 'retired', actor: 'octocat' }
    })
    expect(doc.history.at(-1)).toMatchObject({
      version: '1.3.0',
      from: 'development',
      to: 'archived',
      actor: 'octocat',
      reason: REASON
    })
  })

  it('reports unchanged on a second run', async () => {
    const again = await retire({ version: '1.3.0', reason: REASON })
    expect(again.code === 0 ? 0 : explain(again)).toBe(0)
    expect(again.outputs['pull-request-operation']).toBe('unchanged')
  }, 60000)

  it('validates once merged', () => {
    remote.gh.mergePullRequest(Number(run.outputs['pull-request-number']))
    const merged = remote.clone()
    const check = runCliProcess(['validate'], merged)
    expect(check.stderr).not.toMatch(/error/)
    expect(check.status).toBe(0)
    expect(remote.objectAt('main', at('archived', '1.3.0'))).toBe(
      remote.objectAt(mainHead, at('development', '1.3.0'))
    )
  })
})
