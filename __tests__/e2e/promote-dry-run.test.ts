/**
 * promote as a dry run on the real scikit-learn example: the gates of the
 * target stage, the plan and the pull request body, with nothing written
 * and no request made; and every refusal as one message with exit 1.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
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
    expect(result.gates).toEqual([
      'thresholds: pass (accuracy 0.9591 ≥ min 0.9; f1_macro 0.9564 ≥ min 0.9)'
    ])
    expect(result.body).toContain('- [ ] Model card (model.json) reviewed')
    expect(result.body).toContain('Requires 2 approving reviews')
    expect(result.body).toContain('```mermaid\nxychart-beta')
    expect(result.body).toContain(`<!-- modelgate:promotion plan=${result.hash} -->`)
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

  it('says plainly that opening the pull request is not built yet (exit 2)', async () => {
    const run = await runAction({
      inputs: { command: 'promote', model: 'breast-cancer', version: '1.2.0', to: 'production' },
      workspace: fx.dir
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      'opening the promotion pull request is not available in this version of modelgate yet'
    )
  })

  it('runs as an action step with dry-run: true and puts the body in the job summary', async () => {
    const run = await runAction({
      inputs: {
        command: 'promote',
        model: 'breast-cancer',
        version: '1.2.0',
        to: 'production',
        'dry-run': 'true'
      },
      workspace: fx.dir
    })
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    expect(run.summary).toContain(
      '## modelgate promote (dry run): breast-cancer 1.2.0 → production'
    )
    expect(run.summary).toContain('### What moves')
  })
})
