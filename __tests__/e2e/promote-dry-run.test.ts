/**
 * promote as a dry run on the real scikit-learn example: the gates of the
 * target stage, the plan and the pull request body, with nothing written
 * and no request made; and every refusal as one message with exit 1.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { cli } from '../helpers/run-cli.js'
import { runAction } from '../helpers/action-runner.js'
import { exampleRepo, sklearnPath } from '../helpers/examples.js'
import { snapshot, tempDir, type Fixture } from '../helpers/registry-fixture.js'

describe('promote --dry-run on the scikit-learn example', () => {
  let fx: Fixture
  let before: Record<string, string>
  const promote = (...args: string[]) =>
    cli(['promote', '--model', 'breast-cancer', ...args], fx.dir)

  beforeAll(async () => {
    fx = exampleRepo('sklearn-classifier')
    for (const version of ['benchmark', '1.2.0', '1.3.0']) {
      const run = await cli(
        ['evaluate', '--model', 'breast-cancer', '--version', version],
        fx.dir,
        { PATH: sklearnPath() }
      )
      if (run.code !== 0) throw new Error(`evaluate ${version} failed: ${run.stderr}`)
    }
    before = snapshot(fx.dir)
  }, 120000)
  afterAll(() => fx.cleanup())

  it('plans staging → production: thresholds hold, the incumbent is archived, the benchmark copy refreshed', async () => {
    const run = await promote('--version', '1.2.0', '--to', 'production', '--dry-run', '--json')
    expect(run.code).toBe(0)
    const { result, decision } = JSON.parse(run.stdout)
    expect(decision).toBe('pass')
    expect(result.branch).toBe('modelgate/promote/breast-cancer-to-production')
    expect(result.moves).toEqual([
      {
        model: 'breast-cancer',
        version: '1.2.0',
        from: 'models/staging/breast-cancer/1.2.0',
        to: 'models/production/breast-cancer/1.2.0',
        reason: 'promote'
      },
      {
        model: 'breast-cancer',
        version: '1.1.0',
        from: 'models/production/breast-cancer/1.1.0',
        to: 'models/archived/breast-cancer/1.1.0',
        reason: 'archive'
      },
      {
        model: 'breast-cancer',
        version: '1.1.0',
        from: 'models/benchmark/breast-cancer/1.1.0',
        to: null,
        reason: 'benchmark-remove'
      },
      {
        model: 'breast-cancer',
        version: '1.2.0',
        from: 'models/staging/breast-cancer/1.2.0',
        to: 'models/benchmark/breast-cancer/1.2.0',
        reason: 'benchmark-refresh'
      }
    ])
    expect(result.commitMessage).toMatch(new RegExp(`\\nModelgate-Plan: ${result.hash}$`))
    expect(result.gates).toEqual(['compare with benchmark 1.1.0: pass'])
    expect(result.body).toContain('- [ ] Model card (model.json) reviewed')
    expect(result.body).toContain('Requires 2 approving reviews')
    expect(result.body).toContain('```mermaid\nxychart-beta')
    expect(result.body).toContain(`<sub>Plan: \`${result.hash.slice(0, 12)}\`</sub>`)
    // A dry run writes nothing.
    expect(snapshot(fx.dir)).toEqual(before)
  })

  it('plans the same promotion with the same hash when run again later', async () => {
    const a = JSON.parse(
      (await promote('--version', '1.2.0', '--to', 'production', '--dry-run', '--json')).stdout
    )
    await new Promise(r => setTimeout(r, 1100))
    const b = JSON.parse(
      (await promote('--version', '1.2.0', '--to', 'production', '--dry-run', '--json')).stdout
    )
    expect(b.result.hash).toBe(a.result.hash)
  })

  it('refuses to skip a stage even when the candidate has passing results', async () => {
    const run = await promote('--version', '1.3.0', '--to', 'staging', '--dry-run')
    // 1.3.0 is in development: staging skips experimental.
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/1\.3\.0.*development.*experimental/)
  })

  it('refuses a gate that does not hold, and says why', async () => {
    // Outside the repository, so the checks that nothing was written stay exact.
    const dir = path.join(tempDir('modelgate-variant-'), 'poor')
    cpSync(path.join(fx.dir, '.modelgate/breast-cancer/1.3.0'), dir, { recursive: true })
    const file = path.join(dir, 'result.json')
    const r = JSON.parse(readFileSync(file, 'utf8'))
    r.metrics.accuracy = 0.8
    writeFileSync(file, JSON.stringify(r))
    const run = await promote(
      '--version',
      '1.3.0',
      '--to',
      'experimental',
      '--candidate-results',
      dir,
      '--dry-run'
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '✖ refused: breast-cancer 1.3.0 → experimental: a gate of "experimental" does not hold'
    )
    expect(run.stdout).toContain('accuracy 0.8 < min 0.9')
  })

  it.each([
    [['--version', '1.3.0', '--to', 'production'], /skip/],
    [['--version', '1.2.0', '--to', 'development'], /backwards|rollback/],
    [['--version', '9.9.9', '--to', 'production'], /9\.9\.9/],
    [['--version', '1.2.0', '--to', 'prod'], /prod/]
  ])('refuses %j with one message and exit 1', async (args, message) => {
    const run = await promote(...(args as string[]), '--dry-run')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(snapshot(fx.dir)).toEqual(before)
  })

  it('without dry-run and without a token, says a token is needed (exit 2) and writes nothing', async () => {
    const run = await runAction({
      inputs: { command: 'promote', model: 'breast-cancer', version: '1.2.0', to: 'production' },
      workspace: fx.dir
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('::error::a token is needed to open the pull request')
    expect(snapshot(fx.dir)).toEqual(before)
  })

  it('runs as an action step with dry-run: true, calls no API and puts the body in the job summary', async () => {
    // A live API that counts: a dry run must not call it, even with a token at hand.
    const api = await countingServer()
    try {
      const run = await runAction({
        inputs: {
          command: 'promote',
          model: 'breast-cancer',
          version: '1.2.0',
          to: 'production',
          'dry-run': 'true',
          token: 'ghs_not_used'
        },
        workspace: fx.dir,
        env: { GITHUB_API_URL: api.url }
      })
      expect(api.hits).toBe(0)
      expect(run.code).toBe(0)
      expect(run.outputs.decision).toBe('pass')
      expect(run.summary).toContain(
        '## modelgate promote (dry run): breast-cancer 1.2.0 → production'
      )
      expect(run.summary).toContain('### What moves')
    } finally {
      await api.close()
    }
  })
})

describe('rollback --dry-run on the scikit-learn example', () => {
  let fx: Fixture
  beforeAll(() => {
    fx = exampleRepo('sklearn-classifier')
  })
  afterAll(() => fx.cleanup())

  it('plans 1.0.0 back into production, 1.1.0 to the archive, and writes nothing', async () => {
    const before = snapshot(fx.dir)
    const run = await cli(['rollback', '--model', 'breast-cancer', '--dry-run', '--json'], fx.dir)
    expect(run.code).toBe(0)
    const { result } = JSON.parse(run.stdout)
    expect(result.branch).toBe('modelgate/rollback/breast-cancer')
    expect(result.title).toBe('Roll back breast-cancer to 1.0.0: 1.1.0 → archived')
    expect(
      result.moves.map((m: { from: string; to: string | null; reason: string }) => m.reason)
    ).toEqual(['restore', 'archive', 'benchmark-remove', 'benchmark-refresh'])
    expect(snapshot(fx.dir)).toEqual(before)
  })

  it('refuses a version that is not archived, in one line (exit 1)', async () => {
    const run = await cli(['rollback', '--model', 'breast-cancer', '--version', '1.3.0'], fx.dir)
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/1\.3\.0 is in development/)
  })
})

/** An HTTP server on loopback that answers 500 and counts what reaches it. */
async function countingServer() {
  const server = createServer((_req, res) => {
    state.hits++
    res.writeHead(500).end()
  })
  const state = { url: '', hits: 0, close: () => new Promise(r => server.close(r)) }
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}
