/**
 * The Octokit adapter of `GitHubApi` against the loopback GitHub stand-in, which runs real git
 * plumbing in a bare repository: each method once, then retries, rate limits and the messages
 * of the UsageErrors that failures become (SPEC §5: REST surface and permissions).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { GitHubApi } from '../../src/ports/github-api.js'
import {
  createGitHubApi,
  spacesWrites,
  type GitHubApiTuning
} from '../../src/adapters/octokit-github-api.js'
import { UsageError } from '../../src/errors.js'
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-stand-in.js'

const TOKEN = 'ghs_adapter_secret_token_1234'
const BRANCH = 'modelgate/promote/m-to-production'
const REGISTRY = 'models:\n  m:\n    versions:\n      1.0.0: { stage: staging }\n'
const EDITED = 'models:\n  m:\n    versions:\n      1.0.0: { stage: production }\n'

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
  GIT_CONFIG_NOSYSTEM: '1'
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim()
}

let tmp: string
let bare: string
let work: string
let gh: GitHubStandIn
let baseCommit: string
/** Every message any adapter gave or warned, to check none carries the token. */
const seen: string[] = []

function adapter(
  tuning: GitHubApiTuning = { writeSpacing: false },
  overrides: { token?: string; baseUrl?: string } = {}
): { api: GitHubApi; warnings: string[]; waits: number[] } {
  const warnings: string[] = []
  const waits: number[] = []
  const api = createGitHubApi(
    {
      token: overrides.token ?? TOKEN,
      baseUrl: overrides.baseUrl ?? gh.url,
      owner: 'acme',
      repo: 'models',
      warn: message => {
        warnings.push(message)
        seen.push(message)
      }
    },
    {
      // Rate-limit waits are recorded, not waited.
      sleep: async ms => {
        waits.push(ms)
      },
      ...tuning
    }
  )
  return { api, warnings, waits }
}

/** The UsageError a call rejects with. */
async function failure(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(UsageError)
  const usage = error as UsageError
  expect(usage.exitCode).toBe(2)
  seen.push(usage.message)
  return usage
}

const since = (from: number) => gh.requests.slice(from)

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelgate-github-api-'))
  bare = path.join(tmp, 'models.git')
  work = path.join(tmp, 'work')
  git(tmp, 'init', '-q', '--bare', '--initial-branch=main', bare)
  git(tmp, 'init', '-q', '--initial-branch=main', work)
  await mkdir(path.join(work, 'models/staging/m/1.0.0'), { recursive: true })
  await writeFile(path.join(work, 'models/staging/m/1.0.0/model.bin'), randomBytes(4096))
  await writeFile(path.join(work, 'models/staging/m/1.0.0/card.md'), '# m\n')
  await writeFile(path.join(work, 'models/registry.yaml'), REGISTRY)
  git(work, 'add', '-A')
  git(work, 'commit', '-q', '-m', 'initial')
  git(work, 'push', '-q', bare, 'main')
  baseCommit = git(work, 'rev-parse', 'HEAD')
  gh = await startGitHubStandIn({
    bareRepo: bare,
    owner: 'acme',
    repo: 'models',
    token: TOKEN,
    defaultBranch: 'main'
  })
})

afterAll(async () => {
  await gh?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('git database calls', () => {
  let promoted: string

  it('reads a branch head and a commit; a missing branch is undefined', async () => {
    const { api } = adapter()
    expect(await api.branchHead('main')).toBe(baseCommit)
    expect(await api.branchHead('no/such/branch')).toBeUndefined()
    expect(await api.getCommit(baseCommit)).toEqual({
      sha: baseCommit,
      treeSha: git(work, 'rev-parse', 'HEAD^{tree}'),
      message: 'initial',
      parents: []
    })
  })

  it('moves a folder as one 040000 entry plus a sha: null entry, commits and branches', async () => {
    const { api } = adapter()
    const from = gh.requests.length
    const subtree = git(work, 'rev-parse', `${baseCommit}:models/staging/m/1.0.0`)
    const tree = await api.createTree(git(work, 'rev-parse', `${baseCommit}^{tree}`), [
      { path: 'models/production/m/1.0.0', mode: '040000', type: 'tree', sha: subtree },
      { path: 'models/staging/m/1.0.0', mode: '040000', type: 'tree', sha: null },
      { path: 'models/registry.yaml', mode: '100644', type: 'blob', content: EDITED }
    ])
    expect(tree).toMatch(/^[0-9a-f]{40}$/)
    const message = 'Promote m 1.0.0 to production\n\nModelgate-Plan: abc123'
    promoted = await api.createCommit({ message, tree, parents: [baseCommit] })
    await api.createBranch(BRANCH, promoted)
    expect(await api.branchHead(BRANCH)).toBe(promoted)
    expect(await api.getCommit(promoted)).toEqual({
      sha: promoted,
      treeSha: tree,
      message,
      parents: [baseCommit]
    })

    // One request per method, exactly the documented ones, and the deletion went out as null.
    expect(since(from).map(r => `${r.method} ${decodeURIComponent(r.path)}`)).toEqual([
      'POST /repos/acme/models/git/trees',
      'POST /repos/acme/models/git/commits',
      'POST /repos/acme/models/git/refs',
      `GET /repos/acme/models/git/ref/heads/${BRANCH}`,
      `GET /repos/acme/models/git/commits/${promoted}`
    ])
    expect(since(from)[0].body).toEqual({
      base_tree: git(work, 'rev-parse', `${baseCommit}^{tree}`),
      tree: [
        { path: 'models/production/m/1.0.0', mode: '040000', type: 'tree', sha: subtree },
        { path: 'models/staging/m/1.0.0', mode: '040000', type: 'tree', sha: null },
        { path: 'models/registry.yaml', mode: '100644', type: 'blob', content: EDITED }
      ]
    })
    expect(since(from)[2].body).toEqual({ ref: `refs/heads/${BRANCH}`, sha: promoted })

    // Real git agrees: the folder moved with the same blobs, the old path is gone.
    const files = git(bare, 'ls-tree', '-r', '--name-only', promoted).split('\n')
    expect(files).toEqual([
      'models/production/m/1.0.0/card.md',
      'models/production/m/1.0.0/model.bin',
      'models/registry.yaml'
    ])
    expect(git(bare, 'rev-parse', `${promoted}:models/production/m/1.0.0`)).toBe(subtree)
  })

  it('moves a branch, refusing a non-fast-forward unless forced', async () => {
    const { api } = adapter()
    const tree = git(work, 'rev-parse', `${baseCommit}^{tree}`)
    const sibling = await api.createCommit({ message: 'redo', tree, parents: [baseCommit] })

    const refused = await failure(api.moveBranch(BRANCH, sibling, false))
    expect(refused.message).toContain(`move branch ${BRANCH}`)
    expect(refused.message).toMatch(/GitHub answered 422 "Update is not a fast forward"$/)
    expect(await api.branchHead(BRANCH)).toBe(promoted)

    const from = gh.requests.length
    await api.moveBranch(BRANCH, sibling, true)
    expect(await api.branchHead(BRANCH)).toBe(sibling)
    expect(since(from)[0]).toMatchObject({
      method: 'PATCH',
      body: { sha: sibling, force: true }
    })
    expect(decodeURIComponent(since(from)[0].path)).toBe(
      `/repos/acme/models/git/refs/heads/${BRANCH}`
    )
    // Back to the promotion commit for the pull request tests.
    await api.moveBranch(BRANCH, promoted, true)
  })
})

describe('pull request calls', () => {
  let number: number

  it('finds no pull request, opens one, then finds it by head owner:branch', async () => {
    const { api } = adapter()
    const from = gh.requests.length
    expect(await api.findOpenPull(BRANCH)).toBeUndefined()
    expect(since(from)[0].path).toBe('/repos/acme/models/pulls')
    expect(Object.fromEntries(since(from)[0].query)).toEqual({
      head: `acme:${BRANCH}`,
      state: 'open'
    })

    const created = await api.createPull({
      title: 'Promote m 1.0.0 to production',
      body: 'Moves m 1.0.0',
      head: BRANCH,
      base: 'main',
      draft: false
    })
    number = created.number
    expect(created).toEqual({
      number,
      url: `https://github.com/acme/models/pull/${number}`,
      headSha: git(bare, 'rev-parse', BRANCH),
      base: 'main',
      title: 'Promote m 1.0.0 to production',
      body: 'Moves m 1.0.0',
      draft: false,
      labels: [],
      requestedReviewers: { users: [], teams: [] }
    })
    expect(await api.findOpenPull(BRANCH)).toEqual(created)
  })

  it('updates the pull request, adds labels and requests user reviewers', async () => {
    const { api } = adapter()
    const updated = await api.updatePull(number, { title: 'Promote m 1.0.0 (2)', body: 'New' })
    expect(updated).toMatchObject({ number, title: 'Promote m 1.0.0 (2)', body: 'New' })
    expect(gh.pulls[number - 1]).toMatchObject({ title: 'Promote m 1.0.0 (2)', body: 'New' })

    await api.addLabels(number, ['modelgate', 'stage:production'])
    expect(gh.labels.get(number)).toEqual(['modelgate', 'stage:production'])

    const from = gh.requests.length
    await api.requestReviewers(number, { users: ['alice'], teams: [] })
    expect(since(from)).toHaveLength(1)
    expect(since(from)[0].body).toEqual({ reviewers: ['alice'] })
    expect(gh.reviewers.get(number)).toEqual({ users: ['alice'], teams: [] })

    await api.requestReviewers(number, { users: [], teams: [] })
    expect(since(from)).toHaveLength(1)

    // What a rerun reads to know what an earlier run left undone (#13).
    expect(await api.findOpenPull(BRANCH)).toMatchObject({
      labels: ['modelgate', 'stage:production'],
      requestedReviewers: { users: ['alice'], teams: [] }
    })
  })

  it('reports a team reviewer the default token cannot request as a clear UsageError', async () => {
    const { api } = adapter()
    const from = gh.requests.length
    const error = await failure(api.requestReviewers(number, { users: ['bob'], teams: ['ml'] }))
    expect(since(from)[0].body).toEqual({ reviewers: ['bob'], team_reviewers: ['ml'] })
    expect(error.message).toContain(`request reviews from bob, team ml on pull request #${number}`)
    expect(error.message).toContain(`POST /repos/acme/models/pulls/${number}/requested_reviewers`)
    expect(error.message).toContain('422 "Reviews may only be requested from collaborators.')
  })

  it('posts a commit status', async () => {
    const { api } = adapter()
    const sha = git(bare, 'rev-parse', BRANCH)
    await api.createStatus(sha, {
      state: 'success',
      context: 'modelgate/gates',
      description: 'All gates passed',
      targetUrl: 'https://github.com/acme/models/actions/runs/1'
    })
    expect(gh.statuses.at(-1)).toEqual({
      sha,
      state: 'success',
      context: 'modelgate/gates',
      description: 'All gates passed',
      targetUrl: 'https://github.com/acme/models/actions/runs/1'
    })
  })
})

describe('monitoring calls', () => {
  let api: GitHubApi
  beforeAll(() => {
    api = adapter().api
  })

  it('opens an issue, finds it by label (not the labelled pull requests), updates and closes it', async () => {
    expect(await api.listOpenIssues('modelgate:monitor')).toEqual([])
    const opened = await api.createIssue({
      title: 'modelgate monitor: clf',
      body: 'drift in x',
      labels: ['modelgate:monitor']
    })
    expect(opened).toMatchObject({ title: 'modelgate monitor: clf', state: 'open' })
    expect(opened.url).toMatch(/\/acme\/models\/issues\/\d+$/)
    // A pull request with the same label is not an issue.
    gh.labels.set(1, ['modelgate:monitor'])
    const found = await api.listOpenIssues('modelgate:monitor')
    expect(found.map(i => i.number)).toEqual([opened.number])
    const updated = await api.updateIssue(opened.number, { body: 'drift in x and y' })
    expect(updated.body).toBe('drift in x and y')
    await api.updateIssue(opened.number, { state: 'closed' })
    expect(await api.listOpenIssues('modelgate:monitor')).toEqual([])
    expect(gh.issues.find(i => i.number === opened.number)?.state).toBe('closed')
  })

  it('dispatches a workflow on a ref with inputs', async () => {
    await api.dispatchWorkflow('train.yml', 'main', { model: 'clf' })
    expect(gh.dispatches).toEqual([
      { workflow: 'train.yml', ref: 'main', inputs: { model: 'clf' } }
    ])
  })

  it('names issues: write when opening an issue is refused', async () => {
    gh.failNext('POST /issues', 403, 1, 'Resource not accessible by integration')
    const error = await failure(api.createIssue({ title: 't', body: 'b', labels: [] }))
    expect(error.message).toContain('issues: write')
  })

  it('names actions: write when a dispatch is refused', async () => {
    gh.failNext(/^POST \/actions\/workflows\//, 403, 1, 'Resource not accessible by integration')
    const error = await failure(api.dispatchWorkflow('train.yml', 'main', {}))
    expect(error.message).toContain('actions: write')
  })
})

describe('the request layer: API version, timeouts, answers that are not GitHub JSON', () => {
  const HTML = {
    status: 200,
    body: '<!DOCTYPE html>\n<html><head><title>Sign in · Corporate proxy</title></head><body>…</body></html>',
    contentType: 'text/html; charset=utf-8'
  }

  it('sends X-GitHub-Api-Version: 2022-11-28 with every request, failed ones included', async () => {
    const { api } = adapter()
    const from = gh.requests.length
    gh.failNext('GET /git/commits/', 404)
    await api.branchHead('main')
    await api.branchHead('no-such-branch')
    await failure(api.getCommit(baseCommit))
    await api.listOpenPulls('modelgate/')
    const sent = since(from)
    expect(sent.length).toBe(4)
    for (const r of sent) expect(r.headers['x-github-api-version']).toBe('2022-11-28')
  })

  it('retries an attempt that gets no answer in time, like a 5xx, with a warning', async () => {
    const { api, warnings } = adapter({
      writeSpacing: false,
      retryAfterBaseValue: 1,
      // The timeout also bounds the retry, which the stand-in answers after a git spawn: 0.3 s
      // was too short for that on a loaded machine (a full npm test saw the answered retry time
      // out and a third attempt go out); 2 s is a wait only the hung attempt sits through.
      requestTimeout: 2000
    })
    const from = gh.requests.length
    gh.hangNext('GET /git/ref/heads/main')
    expect(await api.branchHead('main')).toBe(git(bare, 'rev-parse', 'main'))
    expect(since(from).map(r => r.status)).toEqual([0, 200])
    expect(warnings).toEqual([
      'GitHub API: GET /repos/acme/models/git/ref/heads/main: no answer (timed out after 2 s); ' +
        'retrying in 0.001 s (retry 1 of 3).'
    ])
  })

  it('gives up after the retries with one clear error, in bounded time', async () => {
    const { api, warnings } = adapter({
      writeSpacing: false,
      retryAfterBaseValue: 1,
      requestTimeout: 200
    })
    const from = gh.requests.length
    gh.hangNext('POST /git/blobs', 4)
    const error = await failure(api.createBlob(Buffer.from('x')))
    // Bounded by what it asks for, not by a clock read here: four attempts, each given up after
    // the 0.2 s timeout, and three retries with the backoff's waits (1, 4 and 9 units of 1 ms).
    expect(since(from).map(r => r.status)).toEqual([0, 0, 0, 0])
    expect(warnings).toEqual(
      [1, 2, 3].map(
        retry =>
          'GitHub API: POST /repos/acme/models/git/blobs: no answer (timed out after 0.2 s); ' +
          `retrying in ${retry ** 2 / 1000} s (retry ${retry} of 3).`
      )
    )
    expect(error.message).toBe(
      'GitHub API: could not upload a new model file (POST /repos/acme/models/git/blobs): ' +
        `no answer from ${gh.url} within 0.2 s, also after retrying. GitHub may be having ` +
        'trouble (https://www.githubstatus.com) or unreachable from this runner (network, ' +
        'proxy); re-run the job later.'
    )
  })

  const calls: Array<{
    what: string
    matcher: string
    endpoint: string
    run: (api: GitHubApi) => Promise<unknown>
  }> = [
    {
      what: 'branchHead',
      matcher: 'GET /git/ref/',
      endpoint: 'GET /repos/acme/models/git/ref/heads/main',
      run: api => api.branchHead('main')
    },
    {
      what: 'getCommit',
      matcher: 'GET /git/commits/',
      endpoint: 'GET /repos/acme/models/git/commits/',
      run: api => api.getCommit(baseCommit)
    },
    {
      what: 'createBranch',
      matcher: 'POST /git/refs',
      endpoint: 'POST /repos/acme/models/git/refs',
      run: api => api.createBranch('modelgate/never-made', baseCommit)
    },
    {
      what: 'findOpenPull',
      matcher: 'GET /pulls',
      endpoint: 'GET /repos/acme/models/pulls',
      run: api => api.findOpenPull('modelgate/none')
    },
    {
      what: 'createIssue',
      matcher: 'POST /issues',
      endpoint: 'POST /repos/acme/models/issues',
      run: api => api.createIssue({ title: 't', body: 'b', labels: [] })
    }
  ]

  it.each(calls)(
    '$what: a 200 with an HTML page is an error naming the endpoint, not retried',
    async ({ matcher, endpoint, run }) => {
      const { api } = adapter({ writeSpacing: false, retryAfterBaseValue: 1 })
      const from = gh.requests.length
      gh.answerNext(matcher, HTML)
      const error = await failure(run(api))
      expect(since(from)).toHaveLength(1)
      expect(error.message).toContain(endpoint)
      expect(error.message).toContain(
        "answered 200 with text/html; charset=utf-8, not the JSON GitHub's REST API sends " +
          '("<!DOCTYPE html> <html><head><title>Sign in · Corporate proxy</title></head><body>…</body></html>")'
      )
      expect(error.message).toContain(`(GITHUB_API_URL, here ${gh.url}) is GitHub's REST API`)
      expect(error.message).not.toMatch(/Cannot read properties|undefined/)
    }
  )

  it.each([
    {
      what: 'a ref without object.sha',
      matcher: 'GET /git/ref/',
      body: '{"ref":"refs/heads/main"}',
      run: (api: GitHubApi) => api.branchHead('main'),
      said: 'GET /repos/acme/models/git/ref/heads/main answered 200 without "object.sha"'
    },
    {
      what: 'a commit whose tree has no sha',
      matcher: 'GET /git/commits/',
      body: '{"sha":"x","tree":{},"message":"m","parents":[]}',
      run: (api: GitHubApi) => api.getCommit(baseCommit),
      said: 'answered 200 without "tree.sha"'
    },
    {
      what: 'a pull request list that is an object',
      matcher: 'GET /pulls',
      body: '{"message":"ok"}',
      run: (api: GitHubApi) => api.listOpenPulls('modelgate/'),
      said: "answered 200 with an object, not the list GitHub's REST API sends"
    },
    {
      what: 'a pull request without its head',
      matcher: 'GET /pulls',
      body: '[{"number":1,"html_url":"u","title":"t","base":{"ref":"main"}}]',
      run: (api: GitHubApi) => api.findOpenPull('modelgate/x'),
      said: 'answered 200 without "head.sha" in item 1'
    },
    {
      what: 'a JSON content type with a body that is not JSON',
      matcher: 'POST /git/trees',
      body: 'upstream connect error',
      run: (api: GitHubApi) => api.createTree('0'.repeat(40), []),
      said: 'POST /repos/acme/models/git/trees answered 200 with application/json, not the JSON'
    }
  ])('$what is an error naming the endpoint', async ({ matcher, body, run, said }) => {
    const { api } = adapter()
    gh.answerNext(matcher, { status: 200, body, contentType: 'application/json' })
    const error = await failure(run(api))
    expect(error.message).toContain(said)
  })

  it('says on a 404 which repository and which branch may not exist or not be visible', async () => {
    const { api } = adapter()
    gh.failNext('PATCH /git/refs/', 404, 1, 'Not Found')
    const error = await failure(api.moveBranch('modelgate/gone', baseCommit, false))
    expect(error.message).toContain(
      'GitHub answered 404 "Not Found"; the repository acme/models or the branch modelgate/gone ' +
        'may not exist or the token cannot see it'
    )
    gh.failNext('POST /actions/workflows/', 404, 1, 'Not Found')
    const dispatch = await failure(api.dispatchWorkflow('train.yml', 'main', {}))
    expect(dispatch.message).toContain(
      'the repository acme/models or the workflow train.yml may not exist'
    )
  })
})

describe('retries, rate limits and error messages', () => {
  const baseTree = () => git(work, 'rev-parse', `${baseCommit}^{tree}`)

  it('retries a 502 with a warning and succeeds', async () => {
    const { api, warnings } = adapter()
    const from = gh.requests.length
    gh.failNext('POST /git/trees', 502)
    const tree = await api.createTree(baseTree(), [
      { path: 'NOTES.md', mode: '100644', type: 'blob', content: 'hi\n' }
    ])
    expect(tree).toMatch(/^[0-9a-f]{40}$/)
    expect(since(from).map(r => `${r.method} ${r.status}`)).toEqual(['POST 502', 'POST 201'])
    expect(warnings).toEqual([
      expect.stringContaining('POST /repos/acme/models/git/trees: GitHub answered 502')
    ])
    expect(warnings[0]).toBe(
      'GitHub API: POST /repos/acme/models/git/trees: GitHub answered 502 "Server Error"; ' +
        'retrying in 1 s (retry 1 of 3).'
    )
  })

  it('does not retry a 4xx', async () => {
    const { api } = adapter()
    const from = gh.requests.length
    gh.failNext('POST /git/refs', 403)
    const error = await failure(api.createBranch('modelgate/other', baseCommit))
    expect(since(from)).toHaveLength(1)
    expect(error.message).toContain('create branch modelgate/other')
    expect(error.message).toContain('POST /repos/acme/models/git/refs')
    expect(error.message).toContain('needs `contents: write`')
    expect(error.message).toContain('`permissions:`')
  })

  it('says the token was refused on 401, without the token', async () => {
    const { api } = adapter(undefined, { token: 'ghp_wrong_secret_value' })
    const error = await failure(api.branchHead('main'))
    expect(error.message).toContain('GitHub refused the token (401 "Bad credentials")')
    expect(error.message).toContain('Check the `token` input')
    expect(error.message).not.toContain('ghp_wrong_secret_value')
  })

  it('blanks the token in an error message in every form a proxy may echo it in', async () => {
    const { api } = adapter()
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
    gh.failNext(
      'POST /pulls',
      422,
      1,
      `Validation Failed: header AUTHORIZATION: basic ${basic}; token=${encodeURIComponent(TOKEN)}; raw ${TOKEN}`
    )
    const error = await failure(
      api.createPull({ title: 't', body: 'b', head: BRANCH, base: 'main', draft: false })
    )
    expect(error.message).toContain('AUTHORIZATION: basic ***; token=***; raw ***')
    for (const form of [TOKEN, basic, Buffer.from(TOKEN).toString('base64')])
      expect(error.message).not.toContain(form)
  })

  it('names the Actions setting when GitHub Actions may not open pull requests', async () => {
    const { api } = adapter()
    gh.failNext(
      'POST /pulls',
      403,
      1,
      'GitHub Actions is not permitted to create or approve pull requests.'
    )
    const error = await failure(
      api.createPull({ title: 't', body: 'b', head: BRANCH, base: 'main', draft: false })
    )
    expect(error.message).toContain(`open a pull request from ${BRANCH} into main`)
    expect(error.message).toContain('"Allow GitHub Actions to create and approve pull requests"')
    expect(error.message).toContain('Settings → Actions → General')
    expect(error.message).not.toContain('pull-requests: write')
  })

  it('names pull-requests: write for a plain 403 on a pull request call', async () => {
    const { api } = adapter()
    gh.failNext('POST /issues/', 403, 1, 'Resource not accessible by integration')
    const error = await failure(api.addLabels(1, ['modelgate']))
    expect(error.message).toContain('403 "Resource not accessible by integration"')
    expect(error.message).toContain('needs `pull-requests: write`')
  })

  it('names statuses: write and a missing repository on a 404 for a status', async () => {
    const { api } = adapter()
    gh.failNext('POST /statuses/', 404, 1, 'Not Found')
    const error = await failure(
      api.createStatus(baseCommit, {
        state: 'failure',
        context: 'modelgate/gates',
        description: 'x'
      })
    )
    expect(error.message).toContain(`set commit status modelgate/gates on ${baseCommit}`)
    expect(error.message).toContain('404 "Not Found"')
    expect(error.message).toContain('may not exist or the token cannot see it')
    expect(error.message).toContain('needs `statuses: write`')
  })

  it('reports other 404s, and 5xx after retries, as errors (branchHead included)', async () => {
    const { api } = adapter()
    gh.failNext('GET /git/commits/', 404)
    const error = await failure(api.getCommit(baseCommit))
    expect(error.message).toContain('needs `contents: write`')
    // branchHead maps 404 to undefined, any other status to an error.
    gh.failNext('GET /git/ref/', 500, 4)
    const { api: patient } = adapter({ writeSpacing: false, retryAfterBaseValue: 1 })
    const server = await failure(patient.branchHead('main'))
    expect(server.message).toContain('500 "Server Error", also after retrying')
    expect(gh.requests.slice(-4).map(r => r.status)).toEqual([500, 500, 500, 500])
  })

  it('waits out a secondary rate limit with a warning, then retries', async () => {
    const { api, warnings, waits } = adapter()
    const from = gh.requests.length
    gh.failNext(
      'POST /statuses/',
      403,
      1,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      { 'retry-after': '30' }
    )
    await api.createStatus(baseCommit, {
      state: 'pending',
      context: 'modelgate/gates',
      description: 'Evaluating'
    })
    // The wait GitHub asked for, taken before the retry (recorded here instead of waited).
    expect(waits).toEqual([30_000])
    expect(since(from).map(r => r.status)).toEqual([403, 201])
    expect(warnings).toEqual([
      `GitHub API: secondary rate limit hit on POST /repos/acme/models/statuses/${baseCommit}; ` +
        'waiting 30 s before retrying (retry 1 of 2).'
    ])
  })

  it('gives up after two rate-limit waits with a UsageError', async () => {
    const { api, warnings, waits } = adapter()
    gh.failNext('POST /statuses/', 403, 3, 'You have exceeded a secondary rate limit.', {
      'retry-after': '1'
    })
    const error = await failure(
      api.createStatus(baseCommit, {
        state: 'pending',
        context: 'modelgate/gates',
        description: ''
      })
    )
    expect(warnings).toHaveLength(3)
    expect(warnings[2]).toContain('giving up after 2 waits')
    expect(waits).toEqual([1000, 1000])
    expect(error.message).toContain("GitHub's rate limit was still exceeded")
  })

  it('names the base URL when nothing answers', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>(resolve => closed.close(() => resolve()))
    const baseUrl = `http://127.0.0.1:${port}`
    const { api, warnings } = adapter({ writeSpacing: false, retryAfterBaseValue: 1 }, { baseUrl })
    const error = await failure(api.branchHead('main'))
    expect(error.message).toContain(`no answer from ${baseUrl}`)
    expect(error.message).toContain('ECONNREFUSED')
    expect(error.message).toContain('GITHUB_API_URL')
    expect(warnings).toHaveLength(3)
  })

  it('spaces writes toward GitHub (plugin-throttling, as GitHub advises), not toward this machine', () => {
    for (const url of ['https://api.github.com', 'https://ghe.acme.example/api/v3']) {
      expect(spacesWrites(url)).toBe(true)
      expect(spacesWrites(url, { writeSpacing: false })).toBe(false)
    }
    for (const url of [
      'http://127.0.0.1:8080',
      'http://127.4.0.9',
      'http://localhost:3000/api',
      'http://[::1]:9'
    ]) {
      expect(spacesWrites(url)).toBe(false)
    }
    // look-alikes are remote hosts, and what is not a URL is not this machine either
    for (const url of [
      'https://127.0.0.1.example.com',
      'https://localhost.acme.example',
      'not a url'
    ]) {
      expect(spacesWrites(url)).toBe(true)
    }
  })

  it('never puts the token in a message', () => {
    expect(seen.length).toBeGreaterThan(10)
    for (const message of seen) expect(message).not.toContain(TOKEN)
  })
})
