/**
 * promote as the Actions runner runs it (the bundled dist/index.js for the first
 * promotion and the rollback, src/main.ts in-process with the same runner files for the rest)
 * it, against the GitHub REST stand-in backed by a bare repository: the PR
 * is checked with real git — the same blobs at their new paths, the
 * incumbent archived, the benchmark copy refreshed, the manifest changed
 * only where it must — and every rerun and refusal is checked to write
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { runAction, runCliProcess, type ActionRun } from '../helpers/action-runner.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { exampleRepo, sklearnPath } from '../helpers/examples.js'
import {
  apiEnv,
  git,
  publishRepo,
  TOKEN,
  writeRequests,
  type RemoteRepo
} from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'
import { changedLines } from '../changes/line-diff.js'

const MODEL = 'breast-cancer'
const BRANCH = `modelgate/promote/${MODEL}-to-production`
const REF = `refs/heads/${BRANCH}`
const MANIFEST = 'models/registry.yaml'
const at = (stage: string, version: string) => `models/${stage}/${MODEL}/${version}`

let remote: RemoteRepo
let ws: string
let mainHead: string

async function evaluateIn(dir: string, ...versions: string[]) {
  for (const version of versions) {
    const run = await cli(['evaluate', '--model', MODEL, '--version', version], dir, {
      PATH: sklearnPath()
    })
    if (run.code !== 0) throw new Error(`evaluate ${version} failed: ${run.stderr}`)
  }
}

/** The bundle for the main run, src/main.ts in-process for the rest. */
function promote(
  inputs: Record<string, string>,
  workspace = ws,
  runner = runActionInProcess
): Promise<ActionRun> {
  return runner({
    inputs: { command: 'promote', model: MODEL, token: TOKEN, ...inputs },
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
  await evaluateIn(ws, 'benchmark', '1.2.0', '1.3.0')
}, 180000)
afterAll(() => remote.close())

describe('promote staging → production opens one pull request', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await promote(
      {
        version: '1.2.0',
        to: 'production',
        labels: 'release',
        reviewers: 'mona, @acme/reviewers'
      },
      ws,
      runAction
    )
  }, 60000)

  it('reports the created pull request in its outputs', () => {
    expect(run.code === 0 ? 0 : explain(run)).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'pass',
      'pull-request-number': '1',
      'pull-request-operation': 'created'
    })
    expect(run.outputs['pull-request-url']).toMatch(/\/acme\/models\/pull\/1$/)
    expect(run.summary).toContain('Pull request #1 opened')
  })

  it('opens it from the promotion branch to main with the comparison table and the checklist', () => {
    expect(remote.gh.pulls).toHaveLength(1)
    const [pr] = remote.gh.pulls
    expect(pr).toMatchObject({ head: BRANCH, base: 'main', state: 'open', draft: false })
    expect(pr.title).toBe(`Promote ${MODEL} 1.2.0: staging → production`)
    expect(pr.body).toContain('### Comparison with the benchmark')
    expect(pr.body).toMatch(
      /\| accuracy \(primary\) \| maximize \| 0\.9181 \| 0\.9591 \| \+0\.04094 \| \+4\.5% \| p = 0\.02 \| ✅ pass \|/
    )
    expect(pr.body).toContain('- [ ] Model card (model.json) reviewed')
    expect(Buffer.byteLength(pr.body ?? '')).toBeLessThan(60000)
  })

  it('labels it, asks the reviewers and warns about the teams the token cannot ask', () => {
    expect(remote.gh.labels.get(1)).toEqual(['modelgate', 'stage:production', 'release'])
    expect(remote.gh.reviewers.get(1)?.users).toEqual(['mona'])
    // The default token cannot see teams: a warning, not a failure.
    expect(run.stdout).toMatch(/::warning::could not request a review from team reviewers, team ml/)
  })

  it('commits once on main, with the plan trailer, and posts modelgate/gates on that commit', () => {
    const head = git(remote.bare, 'rev-parse', REF)
    expect(git(remote.bare, 'rev-list', '--parents', '-n', '1', REF)).toBe(`${head} ${mainHead}`)
    expect(git(remote.bare, 'log', '-1', '--format=%B', REF)).toMatch(
      /^Promote breast-cancer 1\.2\.0 from staging to production\n[\s\S]*\nModelgate-Plan: [0-9a-f]{64}$/
    )
    expect(remote.gh.statuses).toEqual([
      expect.objectContaining({ sha: head, context: 'modelgate/gates', state: 'success' })
    ])
  })

  it('moves the folders as the same trees: the blobs on the branch are the blobs of main', () => {
    const staged = remote.objectAt('main', at('staging', '1.2.0'))
    const production = remote.objectAt('main', at('production', '1.1.0'))
    expect(staged).toMatch(/^[0-9a-f]{40}$/)
    expect(remote.objectAt(REF, at('production', '1.2.0'))).toBe(staged)
    expect(remote.objectAt(REF, at('staging', '1.2.0'))).toBeUndefined()
    expect(remote.objectAt(REF, at('archived', '1.1.0'))).toBe(production)
    expect(remote.objectAt(REF, at('production', '1.1.0'))).toBeUndefined()
    expect(remote.objectAt(REF, at('benchmark', '1.2.0'))).toBe(staged)
    expect(remote.objectAt(REF, at('benchmark', '1.1.0'))).toBeUndefined()
    for (const file of ['model.joblib', 'model.json']) {
      expect(remote.objectAt(REF, `${at('production', '1.2.0')}/${file}`)).toBe(
        remote.objectAt('main', `${at('staging', '1.2.0')}/${file}`)
      )
    }
  })

  it('changes only the moved versions’ keys in the manifest and appends one history entry', () => {
    const before = remote.show('main', MANIFEST)
    const after = remote.show(REF, MANIFEST)
    const { removed, added } = changedLines(before, after)
    // 1.2.0's fresh metrics equal the recorded ones, so its metrics lines stay as they were.
    expect(removed).toEqual(['        stage: staging', '        stage: production'])
    expect(added).toEqual([
      '        stage: production',
      '        stage: archived',
      expect.stringMatching(
        /^ {8}retired: \{ at: "?[0-9T:.-]+Z"?, reason: replaced, replacedBy: "?1\.2\.0"?, actor: octocat \}$/
      ),
      expect.stringMatching(
        /^ {2}- \{ at: "?[0-9T:.-]+Z"?, model: breast-cancer, version: "?1\.2\.0"?, from: staging, to: production, actor: octocat, run: "?https:\/\/github\.com\/acme\/models\/actions\/runs\/42"? \}$/
      )
    ])
    const doc = parse(after) as {
      models: Record<string, { versions: Array<Record<string, unknown>> }>
      history: unknown[]
    }
    const versions = Object.fromEntries(
      doc.models[MODEL].versions.map(v => [v.version as string, v])
    )
    expect(versions['1.2.0'].stage).toBe('production')
    expect(versions['1.1.0']).toMatchObject({
      stage: 'archived',
      retired: { reason: 'replaced', replacedBy: '1.2.0', actor: 'octocat' }
    })
    expect(doc.history).toHaveLength((parse(before) as { history: unknown[] }).history.length + 1)
  })

  it('leaves a branch that validates when checked out with git', () => {
    const checkout = remote.clone()
    git(checkout, 'fetch', '-q', 'origin', `${BRANCH}:${BRANCH}`)
    git(checkout, 'checkout', '-q', BRANCH)
    const check = runCliProcess(['validate'], checkout)
    expect(check.stderr).not.toMatch(/error/)
    expect(check.status).toBe(0)
  })

  it('reports unchanged on a second run: no write request, no second pull request', async () => {
    const seen = remote.gh.requests.length
    const again = await promote({ version: '1.2.0', to: 'production' })
    expect(again.code).toBe(0)
    expect(again.outputs['pull-request-operation']).toBe('unchanged')
    expect(again.outputs['pull-request-number']).toBe('1')
    expect(writeRequests({ ...remote.gh, requests: remote.gh.requests.slice(seen) })).toEqual([])
    expect(remote.gh.pulls).toHaveLength(1)
  })
})

describe('a base branch that moved on', () => {
  let other: string
  beforeAll(() => {
    // Someone else's change lands on main.
    other = remote.clone()
    writeFileSync(path.join(other, 'NOTES.md'), 'Serving moves to the new cluster on Monday.\n')
    git(other, 'add', 'NOTES.md')
    git(other, 'commit', '-q', '-m', 'Add notes')
    git(other, 'push', '-q', 'origin', 'main')
  })

  it('refuses a checkout that is behind it, without a write', async () => {
    const seen = remote.gh.requests.length
    const run = await promote({ version: '1.2.0', to: 'production' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::the checkout is at [0-9a-f]{7} but main is at [0-9a-f]{7} on GitHub: a pull request built from this checkout would revert the changes in between/
    )
    expect(remote.gh.requests.slice(seen).filter(r => r.method !== 'GET')).toEqual([])
  })

  it('rebuilds the branch on the new head and updates the same pull request', async () => {
    git(ws, 'pull', '-q', '--ff-only')
    const newMain = git(ws, 'rev-parse', 'HEAD')
    const run = await promote({ version: '1.2.0', to: 'production' })
    expect(run.code).toBe(0)
    expect(run.outputs['pull-request-operation']).toBe('updated')
    expect(remote.gh.pulls).toHaveLength(1)
    expect(git(remote.bare, 'rev-parse', `${REF}^`)).toBe(newMain)
    expect(remote.objectAt(REF, 'NOTES.md')).toBeDefined()
    const head = git(remote.bare, 'rev-parse', REF)
    expect(remote.gh.statuses.at(-1)).toMatchObject({ sha: head, context: 'modelgate/gates' })
  })
})

describe('refusals exit 1 with one message and write nothing', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['a skipped stage', { version: '1.3.0', to: 'staging' }, /cannot skip a stage/],
    ['a move backwards', { version: '1.2.0', to: 'experimental' }, /cannot move backwards/],
    ['an unknown model', { model: 'nope', version: '1.2.0', to: 'production' }, /nope/],
    ['an unknown version', { version: '9.9.9', to: 'production' }, /has no version "9\.9\.9"/],
    ['an unknown stage', { version: '1.2.0', to: 'prod' }, /unknown stage "prod"/],
    [
      'a failed gate',
      { version: '1.3.0', to: 'experimental', 'candidate-results': 'failing/result.json' },
      /a gate of "experimental" does not hold/
    ]
  ]
  beforeAll(() => {
    // 1.3.0's real result, with an accuracy below the policy's min of 0.9.
    const real = path.join(ws, '.modelgate', MODEL, '1.3.0', 'result.json')
    const result = JSON.parse(readFileSync(real, 'utf8')) as { metrics: Record<string, number> }
    result.metrics.accuracy = 0.5
    cpSync(path.dirname(real), path.join(ws, 'failing'), { recursive: true })
    writeFileSync(path.join(ws, 'failing', 'result.json'), JSON.stringify(result))
  })

  it.each(cases)('%s', async (_name, inputs, message) => {
    const seen = remote.gh.requests.length
    const run = await promote(inputs)
    expect(run.code).toBe(1)
    expect(run.stdout + run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
    expect(remote.gh.requests.slice(seen)).toEqual([])
  })

  it('a version whose files fail their digest', async () => {
    const dirty = remote.clone()
    await evaluateIn(dirty, '1.3.0')
    writeFileSync(path.join(dirty, at('development', '1.3.0'), 'model.json'), '{"tampered":true}\n')
    const seen = remote.gh.requests.length
    const run = await promote({ version: '1.3.0', to: 'experimental' }, dirty)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/1\.3\.0 cannot be promoted: .*model\.json.*sha256/)
    expect(remote.gh.requests.slice(seen)).toEqual([])
  }, 60000)

  it('a commit on the branch that modelgate did not make', async () => {
    const other = remote.clone()
    const branch = `modelgate/promote/${MODEL}-to-experimental`
    git(other, 'checkout', '-q', '-b', branch)
    writeFileSync(path.join(other, 'hotfix.txt'), 'by hand\n')
    git(other, 'add', 'hotfix.txt')
    git(other, 'commit', '-q', '-m', 'A hand-made fix')
    git(other, 'push', '-q', 'origin', branch)
    const foreign = git(other, 'rev-parse', 'HEAD')

    const seen = remote.gh.requests.length
    const run = await promote({ version: '1.3.0', to: 'experimental' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::branch modelgate\/promote\/breast-cancer-to-experimental is at [0-9a-f]{7}, a commit modelgate did not make \(no Modelgate-Plan trailer\); modelgate will not overwrite it/
    )
    expect(writeRequests({ ...remote.gh, requests: remote.gh.requests.slice(seen) })).toEqual([])
    expect(git(remote.bare, 'rev-parse', `refs/heads/${branch}`)).toBe(foreign)
  })
})

describe('rollback after the promotion is merged', () => {
  const ROLLBACK_REF = `refs/heads/modelgate/rollback/${MODEL}`
  let original: string
  let run: ActionRun
  let restored: string
  beforeAll(async () => {
    original = remote.objectAt(mainHead, at('production', '1.1.0'))!
    remote.gh.mergePullRequest(1)
    const merged = remote.clone()
    run = await runAction({
      inputs: { command: 'rollback', model: MODEL, token: TOKEN },
      workspace: merged,
      env: apiEnv(remote.gh)
    })
    if (run.code !== 0) throw new Error(explain(run))
    remote.gh.mergePullRequest(Number(run.outputs['pull-request-number']))
    restored = remote.clone()
  }, 120000)

  it('opens a pull request on modelgate/rollback/<model> that archives the current version', () => {
    expect(run.outputs['pull-request-operation']).toBe('created')
    const pr = remote.gh.pulls.find(p => p.head === `modelgate/rollback/${MODEL}`)!
    expect(pr.title).toBe(`Roll back ${MODEL} to 1.1.0: 1.2.0 → archived`)
    expect(remote.gh.labels.get(pr.number)).toEqual(['modelgate', 'stage:production'])
    expect(git(remote.bare, 'log', '-1', '--format=%B', ROLLBACK_REF)).toMatch(
      /^Roll back breast-cancer from 1\.2\.0 to 1\.1\.0\n[\s\S]*\nModelgate-Plan: [0-9a-f]{64}$/
    )
  })

  it('restores the previous production version byte for byte, and the benchmark copy with it', () => {
    expect(remote.objectAt('main', at('production', '1.1.0'))).toBe(original)
    expect(remote.objectAt('main', at('benchmark', '1.1.0'))).toBe(original)
    expect(remote.objectAt('main', at('production', '1.2.0'))).toBeUndefined()
    expect(remote.objectAt('main', at('archived', '1.2.0'))).toBe(
      remote.objectAt(mainHead, at('staging', '1.2.0'))
    )
    for (const file of ['model.joblib', 'model.json']) {
      const now = readFileSync(path.join(restored, at('production', '1.1.0'), file))
      const before = execFileSync(
        'git',
        ['show', `${mainHead}:${at('production', '1.1.0')}/${file}`],
        {
          cwd: remote.bare
        }
      )
      expect(now.equals(before)).toBe(true)
    }
  })

  it('records the rollback in the manifest, and the result validates', () => {
    const doc = parse(readFileSync(path.join(restored, MANIFEST), 'utf8')) as {
      models: Record<string, { versions: Array<Record<string, unknown>> }>
      history: Array<Record<string, unknown>>
    }
    const versions = Object.fromEntries(
      doc.models[MODEL].versions.map(v => [v.version as string, v])
    )
    expect(versions['1.1.0'].stage).toBe('production')
    expect(versions['1.1.0'].retired).toBeUndefined()
    expect(versions['1.2.0']).toMatchObject({
      stage: 'archived',
      retired: { reason: 'rolled-back', replacedBy: '1.1.0', actor: 'octocat' }
    })
    expect(doc.history.at(-1)).toMatchObject({
      version: '1.1.0',
      from: 'archived',
      to: 'production',
      reason: 'rollback of 1.2.0'
    })
    const check = runCliProcess(['validate'], restored)
    expect(check.status).toBe(0)
  })
})
