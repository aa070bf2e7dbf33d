/**
 * report through the bundled dist/index.js, run as the Actions runner runs
 * it: the job summary gets the Markdown, `report-path` names the HTML page;
 * with the REST stand-in the open promotion pull request is listed (and a
 * pull request from another branch is not); when GitHub refuses the listing,
 * or there is no token, the report says so with a warning and still passes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, type ActionRun } from '../helpers/action-runner.js'
import { exampleRepo } from '../helpers/examples.js'
import { largeRegistry } from '../helpers/large-registry.js'
import type { Fixture } from '../helpers/registry-fixture.js'
import {
  apiEnv,
  git,
  OWNER,
  publishRepo,
  REPO,
  TOKEN,
  type RemoteRepo
} from '../helpers/remote-repo.js'

describe.each(['sklearn-classifier', 'raw-validated', 'sharded'])('report on examples/%s', name => {
  let fx: Fixture
  let run: ActionRun
  beforeAll(async () => {
    fx = exampleRepo(name)
    run = await runAction({ inputs: { command: 'report' }, workspace: fx.dir })
  }, 60000)
  afterAll(() => fx.cleanup())

  it('writes the page to <output-dir>/report.html and the summary, warning that no PRs are listed', () => {
    expect(run.code).toBe(0)
    expect(run.outputs['report-path']).toBe(path.join(fx.dir, '.modelgate', 'report.html'))
    const html = readFileSync(run.outputs['report-path'], 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain('<svg class="chart"')
    expect(run.summary).toContain('## modelgate report')
    expect(run.summary).toContain('```mermaid\nxychart-beta')
    expect(run.summary).toContain('Open promotion pull requests are not listed: no token')
    expect(run.stdout).toMatch(/::warning::open promotion pull requests are not listed: no token/)
  })
})

describe('report on 50 models × 20 versions', () => {
  let fx: Fixture
  beforeAll(() => {
    fx = largeRegistry(50, 20)
  })
  afterAll(() => fx.cleanup())

  it('lists every model in the summary and the page, within the summary limit', async () => {
    const run = await runAction({
      inputs: { command: 'report', 'output-dir': 'out/status' },
      workspace: fx.dir
    })
    expect(run.code).toBe(0)
    expect(run.outputs['report-path']).toBe(path.join(fx.dir, 'out/status/report.html'))
    const html = readFileSync(run.outputs['report-path'], 'utf8')
    expect(html.match(/<polyline /g)).toHaveLength(50)
    expect(run.summary.match(/^\| \*\*model-\d\d\*\* \|/gm)).toHaveLength(50)
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
    const result = JSON.parse(run.outputs.result)
    expect(result.status.models).toHaveLength(50)
  }, 60000)
})

describe('report with the GitHub REST stand-in', () => {
  let remote: RemoteRepo
  let ws: string
  const PROMOTION = 'modelgate/promote/breast-cancer-to-production'

  /** A branch with one commit and a PR from it, opened through the stand-in's API. */
  async function openPull(branch: string, title: string): Promise<number> {
    git(ws, 'checkout', '-q', '-b', branch, 'main')
    git(ws, 'commit', '-q', '--allow-empty', '-m', title)
    git(ws, 'push', '-q', '--no-verify', 'origin', branch)
    git(ws, 'checkout', '-q', 'main')
    const res = await fetch(`${remote.gh.url}/repos/${OWNER}/${REPO}/pulls`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title, head: branch, base: 'main' })
    })
    expect(res.status).toBe(201)
    return ((await res.json()) as { number: number }).number
  }

  beforeAll(async () => {
    const source = exampleRepo('sklearn-classifier')
    remote = await publishRepo(source.dir)
    source.cleanup()
    ws = remote.clone()
    await openPull('feature/docs', 'Improve the docs')
    await openPull(PROMOTION, 'Promote breast-cancer 1.2.0: staging → production')
  }, 120000)
  afterAll(() => remote.close())

  it('lists the open promotion pull request with its link and age, not the others', async () => {
    const run = await runAction({
      inputs: { command: 'report', token: TOKEN },
      workspace: ws,
      env: apiEnv(remote.gh)
    })
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('::warning::')
    expect(run.summary).toMatch(
      /- \[#2 Promote breast-cancer 1\.2\.0: staging → production\]\(https:\/\/github\.com\/acme\/models\/pull\/2\) · opened just now/
    )
    expect(run.summary).not.toContain('Improve the docs')
    const html = readFileSync(run.outputs['report-path'], 'utf8')
    expect(html).toContain('<a href="https://github.com/acme/models/pull/2">#2</a>')
    const listing = remote.gh.requests.filter(r => r.method === 'GET' && r.path.endsWith('/pulls'))
    expect(listing.map(r => [r.method, r.query.get('state')])).toEqual([['GET', 'open']])
    expect(run.stdout).toContain('Open promotion pull requests: #2')
  })

  it('warns and still passes when GitHub refuses to list pull requests', async () => {
    remote.gh.failNext('GET /pulls', 403, 1, 'Resource not accessible by integration')
    const run = await runAction({
      inputs: { command: 'report', token: TOKEN },
      workspace: ws,
      env: apiEnv(remote.gh)
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /::warning::open promotion pull requests are not listed: .*pull requests/
    )
    expect(run.summary).toContain('Open promotion pull requests are not listed:')
    expect(existsSync(run.outputs['report-path'])).toBe(true)
    // The runner masks what ::add-mask:: names; the token appears nowhere else.
    expect(run.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain(TOKEN)
  })
})
