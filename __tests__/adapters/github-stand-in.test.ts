/**
 * The GitHub REST stand-in against a real bare repository: the promotion commit is built over
 * HTTP exactly as SPEC §5 step 3 describes (the version folder moves as one 040000 entry plus
 * one `sha: null` entry), then fetched with real git to check the blobs did not change.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getOctokit } from '@actions/github'
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-stand-in.js'

const TOKEN = 'ghs_standin_token'
const BRANCH = 'modelgate/promote/m-to-production'
const REGISTRY = 'models:\n  m:\n    versions:\n      1.0.0: { stage: staging }\n'
const EDITED = 'models:\n  m:\n    versions:\n      1.0.0: { stage: production }\n'

// Fixed identity and no user config, so commits work on a machine without git config.
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_LFS_SKIP_SMUDGE: '1'
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim()
}

// Replies are objects or arrays of objects; one type for both keeps the assertions short.
type Json = Record<string, unknown> & Array<Record<string, unknown>>

let tmp: string
let bare: string
let work: string
let gh: GitHubStandIn
let baseCommit: string
let promotedCommit: string

async function api(
  method: string,
  rel: string,
  body?: unknown,
  auth: string | null = `token ${TOKEN}`
): Promise<{ status: number; json: Json }> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' }
  if (auth) headers.authorization = auth
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${gh.url}/repos/acme/models${rel}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, json: (await res.json()) as never }
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelgate-github-'))
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

describe('git database endpoints', () => {
  it('reads the base branch ref and its commit', async () => {
    const ref = await api('GET', '/git/ref/heads/main')
    expect(ref.status).toBe(200)
    expect(ref.json).toMatchObject({
      ref: 'refs/heads/main',
      object: { sha: baseCommit, type: 'commit' }
    })
    const commit = await api('GET', `/git/commits/${baseCommit}`)
    expect(commit.status).toBe(200)
    expect(commit.json).toMatchObject({
      sha: baseCommit,
      message: 'initial',
      tree: { sha: git(work, 'rev-parse', 'HEAD^{tree}') },
      parents: [],
      author: { name: 't', email: 't@t' }
    })
    expect((await api('GET', '/git/ref/heads/nope')).json).toMatchObject({ message: 'Not Found' })
    expect((await api('GET', '/git/ref/heads/nope')).status).toBe(404)
  })

  it('moves a version folder as one tree entry and commits it on a new branch', async () => {
    const subtree = git(work, 'rev-parse', `${baseCommit}:models/staging/m/1.0.0`)
    const baseTree = git(work, 'rev-parse', `${baseCommit}^{tree}`)
    const tree = await api('POST', '/git/trees', {
      base_tree: baseTree,
      tree: [
        { path: 'models/production/m/1.0.0', mode: '040000', type: 'tree', sha: subtree },
        { path: 'models/staging/m/1.0.0', mode: '040000', type: 'tree', sha: null },
        { path: 'models/registry.yaml', mode: '100644', type: 'blob', content: EDITED }
      ]
    })
    expect(tree.status).toBe(201)
    expect(tree.json.sha).toMatch(/^[0-9a-f]{40}$/)
    expect((tree.json.tree as unknown as Array<{ path: string }>).map(e => e.path)).toEqual([
      'models'
    ])

    const commit = await api('POST', '/git/commits', {
      message: 'Promote m 1.0.0 to production\n\nModelgate-Plan: abc123',
      tree: tree.json.sha,
      parents: [baseCommit]
    })
    expect(commit.status).toBe(201)
    expect(commit.json).toMatchObject({
      tree: { sha: tree.json.sha },
      parents: [{ sha: baseCommit }],
      message: 'Promote m 1.0.0 to production\n\nModelgate-Plan: abc123'
    })
    promotedCommit = commit.json.sha as string

    const ref = await api('POST', '/git/refs', { ref: `refs/heads/${BRANCH}`, sha: promotedCommit })
    expect(ref.status).toBe(201)
    expect(ref.json).toMatchObject({ ref: `refs/heads/${BRANCH}`, object: { sha: promotedCommit } })
    const again = await api('POST', '/git/refs', { ref: `refs/heads/${BRANCH}`, sha: baseCommit })
    expect(again.status).toBe(422)
    expect(again.json.message).toBe('Reference already exists')

    // Nothing but JSON metadata went over the wire: the 4 KB model never did.
    const posted = gh.requests.filter(r => r.method !== 'GET')
    expect(posted.every(r => r.bodySize < 1024)).toBe(true)

    const clone = path.join(tmp, 'clone')
    git(tmp, 'clone', '-q', '--branch', BRANCH, bare, clone)
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(promotedCommit)
    expect(git(clone, 'rev-parse', 'HEAD:models/production/m/1.0.0/model.bin')).toBe(
      git(work, 'rev-parse', `${baseCommit}:models/staging/m/1.0.0/model.bin`)
    )
    expect(git(clone, 'rev-parse', 'HEAD:models/production/m/1.0.0')).toBe(subtree)
    expect(git(clone, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')).toEqual([
      'models/production/m/1.0.0/card.md',
      'models/production/m/1.0.0/model.bin',
      'models/registry.yaml'
    ])
    expect(git(clone, 'show', 'HEAD:models/registry.yaml') + '\n').toBe(EDITED)
  })

  it('builds nested paths, replaces and removes single files', async () => {
    const baseTree = git(work, 'rev-parse', `${baseCommit}^{tree}`)
    const blob = git(work, 'rev-parse', `${baseCommit}:models/registry.yaml`)
    const tree = await api('POST', '/git/trees', {
      base_tree: baseTree,
      tree: [
        { path: 'a/b/c.txt', mode: '100755', type: 'blob', sha: blob },
        { path: 'models/registry.yaml', mode: '100644', type: 'blob', sha: null },
        { path: 'link', mode: '120000', type: 'blob', content: 'a/b/c.txt' }
      ]
    })
    expect(tree.status).toBe(201)
    const listing = git(bare, 'ls-tree', '-r', tree.json.sha as string)
    expect(listing).toContain(`100755 blob ${blob}\ta/b/c.txt`)
    expect(listing).toContain('120000 blob')
    expect(listing).not.toContain('models/registry.yaml')
  })

  it('applies entries in order: the last entry of a path wins; deleting what is not there is refused', async () => {
    const baseTree = git(work, 'rev-parse', `${baseCommit}^{tree}`)
    const blob = git(work, 'rev-parse', `${baseCommit}:models/registry.yaml`)
    const twice = await api('POST', '/git/trees', {
      base_tree: baseTree,
      tree: [
        { path: 'models/registry.yaml', mode: '100644', type: 'blob', sha: null },
        { path: 'models/registry.yaml', mode: '100755', type: 'blob', sha: blob }
      ]
    })
    expect(twice.status).toBe(201)
    expect(git(bare, 'ls-tree', twice.json.sha as string, 'models/registry.yaml')).toBe(
      `100755 blob ${blob}\tmodels/registry.yaml`
    )
    for (const gone of ['models/absent.bin', 'models/staging/m/1.0.0/model.bin']) {
      const refused = await api('POST', '/git/trees', {
        base_tree: baseTree,
        tree: [
          { path: 'models/staging/m/1.0.0', mode: '040000', type: 'tree', sha: null },
          { path: gone, mode: '100644', type: 'blob', sha: null }
        ]
      })
      expect(refused.status).toBe(422)
    }
  })

  it('refuses unknown objects and bad modes like GitHub', async () => {
    const baseTree = git(work, 'rev-parse', `${baseCommit}^{tree}`)
    const unknown = await api('POST', '/git/trees', {
      base_tree: baseTree,
      tree: [{ path: 'x', mode: '100644', type: 'blob', sha: 'f'.repeat(40) }]
    })
    expect(unknown.status).toBe(422)
    expect(unknown.json.message).toBe('GitRPC::BadObjectState')
    const badMode = await api('POST', '/git/trees', {
      base_tree: baseTree,
      tree: [{ path: 'x', mode: '100600', type: 'blob', content: 'x' }]
    })
    expect(badMode.status).toBe(422)
    const badParent = await api('POST', '/git/commits', {
      message: 'x',
      tree: baseTree,
      parents: ['e'.repeat(40)]
    })
    expect(badParent.status).toBe(422)
  })

  it('refuses a non-fast-forward ref update unless forced', async () => {
    const side = await api('POST', '/git/commits', {
      message: 'side',
      tree: git(work, 'rev-parse', `${baseCommit}^{tree}`),
      parents: [baseCommit],
      author: { name: 'Bot', email: 'bot@example.com', date: '2024-01-02T03:04:05Z' }
    })
    expect(side.json).toMatchObject({
      author: { name: 'Bot', email: 'bot@example.com', date: '2024-01-02T03:04:05Z' }
    })
    await api('POST', '/git/refs', { ref: 'refs/heads/scratch', sha: promotedCommit })
    const refused = await api('PATCH', '/git/refs/heads/scratch', { sha: side.json.sha })
    expect(refused.status).toBe(422)
    expect(refused.json.message).toBe('Update is not a fast forward')
    expect(git(bare, 'rev-parse', 'refs/heads/scratch')).toBe(promotedCommit)
    const forced = await api('PATCH', '/git/refs/heads/scratch', {
      sha: side.json.sha,
      force: true
    })
    expect(forced.status).toBe(200)
    expect(git(bare, 'rev-parse', 'refs/heads/scratch')).toBe(side.json.sha)
    const missing = await api('PATCH', '/git/refs/heads/nope', { sha: baseCommit })
    expect(missing.status).toBe(422)
  })
})

describe('pull request endpoints', () => {
  it('opens, finds, updates, labels, requests reviews and posts a status', async () => {
    const created = await api('POST', '/pulls', {
      title: 'Promote m 1.0.0 to production',
      head: BRANCH,
      base: 'main',
      body: 'moves',
      draft: false
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      number: 1,
      html_url: 'https://github.com/acme/models/pull/1',
      state: 'open',
      head: { ref: BRANCH, sha: promotedCommit },
      base: { ref: 'main', sha: baseCommit }
    })

    const duplicate = await api('POST', '/pulls', { title: 'again', head: BRANCH, base: 'main' })
    expect(duplicate.status).toBe(422)
    expect(JSON.stringify(duplicate.json)).toContain(
      `A pull request already exists for acme:${BRANCH}.`
    )

    const listed = await api('GET', `/pulls?head=acme:${BRANCH}&state=open&base=main`)
    expect(listed.status).toBe(200)
    expect(listed.json.map(p => p.number)).toEqual([1])
    expect((await api('GET', '/pulls?head=acme:other&state=open')).json).toEqual([])

    const patched = await api('PATCH', '/pulls/1', { title: 'New title', body: 'new body' })
    expect(patched.json).toMatchObject({ number: 1, title: 'New title', body: 'new body' })

    const labels = await api('POST', '/issues/1/labels', {
      labels: ['modelgate', 'stage:production']
    })
    expect(labels.status).toBe(200)
    expect(labels.json.map(l => l.name)).toEqual(['modelgate', 'stage:production'])
    expect(gh.labels.get(1)).toEqual(['modelgate', 'stage:production'])

    const user = await api('POST', '/pulls/1/requested_reviewers', { reviewers: ['alice'] })
    expect(user.status).toBe(201)
    expect(user.json).toMatchObject({ requested_reviewers: [{ login: 'alice' }] })
    const team = await api('POST', '/pulls/1/requested_reviewers', {
      reviewers: [],
      team_reviewers: ['ml-team']
    })
    expect(team.status).toBe(422)
    expect(team.json.message).toMatch(/^Reviews may only be requested from collaborators\./)
    expect(gh.reviewers.get(1)).toEqual({ users: ['alice'], teams: [] })

    const status = await api('POST', `/statuses/${promotedCommit}`, {
      state: 'success',
      context: 'modelgate/gates',
      description: 'all gates hold',
      target_url: 'https://example.com/run/1'
    })
    expect(status.status).toBe(201)
    expect(status.json).toMatchObject({ state: 'success', context: 'modelgate/gates' })
    expect(gh.statuses).toEqual([
      {
        sha: promotedCommit,
        state: 'success',
        context: 'modelgate/gates',
        description: 'all gates hold',
        targetUrl: 'https://example.com/run/1'
      }
    ])
    expect((await api('POST', `/statuses/${'a'.repeat(40)}`, { state: 'success' })).status).toBe(
      422
    )
  })

  it('merges a pull request by fast-forwarding the base branch', async () => {
    gh.mergePullRequest(1)
    expect(git(bare, 'rev-parse', 'refs/heads/main')).toBe(promotedCommit)
    expect(gh.pulls[0]).toMatchObject({ state: 'closed', merged: true })
    const listed = await api('GET', `/pulls?head=acme:${BRANCH}&state=open`)
    expect(listed.json).toEqual([])
    const closed = await api('GET', `/pulls?head=acme:${BRANCH}&state=closed`)
    expect(closed.json[0]).toMatchObject({ merged: true, state: 'closed' })
  })
})

describe('auth, routing and injected failures', () => {
  it('answers 401 without a valid token and accepts Bearer', async () => {
    const none = await api('GET', '/git/ref/heads/main', undefined, null)
    expect(none.status).toBe(401)
    expect(none.json.message).toBe('Bad credentials')
    expect((await api('GET', '/git/ref/heads/main', undefined, 'token wrong')).status).toBe(401)
    expect((await api('GET', '/git/ref/heads/main', undefined, `Bearer ${TOKEN}`)).status).toBe(200)
  })

  it('serves Octokit pointed at it as GITHUB_API_URL', async () => {
    const octokit = getOctokit(TOKEN, { baseUrl: gh.url })
    const { data: ref } = await octokit.rest.git.getRef({
      owner: 'acme',
      repo: 'models',
      ref: `heads/${BRANCH}`
    })
    expect(ref.object.sha).toBe(promotedCommit)
    const { data: commit } = await octokit.rest.git.getCommit({
      owner: 'acme',
      repo: 'models',
      commit_sha: promotedCommit
    })
    expect(commit.parents.map(p => p.sha)).toEqual([baseCommit])
    // A slashed branch name reaches the stand-in as one %2F-encoded parameter.
    const { data: updated } = await octokit.rest.git.updateRef({
      owner: 'acme',
      repo: 'models',
      ref: `heads/${BRANCH}`,
      sha: promotedCommit
    })
    expect(updated.ref).toBe(`refs/heads/${BRANCH}`)
    const { data: pulls } = await octokit.rest.pulls.list({
      owner: 'acme',
      repo: 'models',
      head: `acme:${BRANCH}`,
      state: 'all'
    })
    expect(pulls.map(p => p.number)).toEqual([1])
    await expect(
      octokit.rest.pulls.requestReviewers({
        owner: 'acme',
        repo: 'models',
        pull_number: 1,
        team_reviewers: ['ml-team']
      })
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      getOctokit('wrong', { baseUrl: gh.url }).rest.git.getRef({
        owner: 'acme',
        repo: 'models',
        ref: 'heads/main'
      })
    ).rejects.toMatchObject({ status: 401 })
  })

  it('answers 404 for unknown routes and records every request', async () => {
    expect((await api('DELETE', '/git/refs/heads/main')).status).toBe(404)
    const last = gh.requests[gh.requests.length - 1]
    expect(last).toMatchObject({
      method: 'DELETE',
      path: '/repos/acme/models/git/refs/heads/main',
      status: 404
    })
  })

  it('fails the next matching requests on demand', async () => {
    gh.failNext('POST /pulls', 502, 2)
    const body = { title: 't', head: 'scratch', base: 'main' }
    expect((await api('POST', '/pulls', body)).status).toBe(502)
    expect((await api('POST', '/pulls', body)).status).toBe(502)
    expect((await api('POST', '/pulls', body)).status).toBe(201)
  })

  it('drops the connection after doing the work, on demand', async () => {
    gh.resetAfterNext('POST /git/refs', 2)
    const body = { ref: 'refs/heads/reset-1', sha: baseCommit }
    await expect(api('POST', '/git/refs', body)).rejects.toThrow()
    // the write happened though no answer came; the repeat is refused as on GitHub
    expect(git(bare, 'rev-parse', 'refs/heads/reset-1')).toBe(baseCommit)
    await expect(api('POST', '/git/refs', body)).rejects.toThrow()
    expect(gh.requests.slice(-2).map(r => [r.status, r.reset])).toEqual([
      [201, true],
      [422, true]
    ])
    const third = await api('POST', '/git/refs', body)
    expect([third.status, third.json.message]).toEqual([422, 'Reference already exists'])
  })

  it('holds requests until the last of a hold arrives, then handles them in order', async () => {
    gh.holdNext('POST /git/refs', 2)
    const first = api('POST', '/git/refs', { ref: 'refs/heads/held', sha: baseCommit })
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(git(bare, 'for-each-ref', 'refs/heads/held')).toBe('')
    const second = api('POST', '/git/refs', { ref: 'refs/heads/held', sha: promotedCommit })
    expect([(await first).status, (await second).status]).toEqual([201, 422])
    expect(git(bare, 'rev-parse', 'refs/heads/held')).toBe(baseCommit)
  })

  it('can let team reviewers through when configured', async () => {
    const other = await startGitHubStandIn({
      bareRepo: bare,
      owner: 'acme',
      repo: 'models',
      token: TOKEN,
      defaultBranch: 'main',
      teamReviewersFail: false
    })
    try {
      const res = await fetch(`${other.url}/repos/acme/models/pulls`, {
        method: 'POST',
        headers: { authorization: `token ${TOKEN}` },
        body: JSON.stringify({ title: 't', head: 'scratch', base: 'main' })
      })
      expect(res.status).toBe(201)
      const team = await fetch(`${other.url}/repos/acme/models/pulls/1/requested_reviewers`, {
        method: 'POST',
        headers: { authorization: `token ${TOKEN}` },
        body: JSON.stringify({ team_reviewers: ['ml-team'] })
      })
      expect(team.status).toBe(201)
      expect(other.reviewers.get(1)).toEqual({ users: [], teams: ['ml-team'] })
    } finally {
      await other.close()
    }
  })
})
