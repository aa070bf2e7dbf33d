/**
 * monitor as the Actions runner runs it (the bundled dist/index.js for the run
 * that opens the issue, src/main.ts in-process with the same runner files for the rest)
 * it, against the GitHub REST stand-in: production is re-evaluated with the
 * model's own evaluate.py, a planted 0.5 σ shift in one of 20 feature
 * columns opens one issue and dispatches retraining, the next failing run
 * updates that issue, and a healthy run closes it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, type ActionRun } from '../helpers/action-runner.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { exampleRepo, sklearnPath } from '../helpers/examples.js'
import {
  apiEnv,
  publishRepo,
  TOKEN,
  writeRequests,
  type RemoteRepo
} from '../helpers/remote-repo.js'

const COLUMNS = 20
const ROWS = 10_000
const SHIFTED = 'f07'

let remote: RemoteRepo
let ws: string

/** Seeded standard normal samples (mulberry32 + Box–Muller), so every run sees the same data. */
function normals(seed: number): () => number {
  let a = seed >>> 0
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
}

function features(seed: number, shift: Record<string, number> = {}): string {
  const next = normals(seed)
  const names = Array.from({ length: COLUMNS }, (_, i) => `f${String(i).padStart(2, '0')}`)
  const lines = [names.join(',')]
  for (let r = 0; r < ROWS; r++) {
    lines.push(names.map(n => (next() + (shift[n] ?? 0)).toFixed(6)).join(','))
  }
  return lines.join('\n') + '\n'
}

/** The bundle for the run that opens the issue, src/main.ts in-process for the rest. */
function monitorRun(
  inputs: Record<string, string> = {},
  runner = runActionInProcess
): Promise<ActionRun> {
  return runner({
    inputs: { command: 'monitor', token: TOKEN, ...inputs },
    workspace: ws,
    env: { ...apiEnv(remote.gh), PATH: sklearnPath() }
  })
}

function setCurrent(text: string) {
  writeFileSync(path.join(ws, 'data/current/today.csv'), text)
}

beforeAll(async () => {
  const source = exampleRepo('sklearn-classifier')
  const manifest = path.join(source.dir, 'models/registry.yaml')
  const text = readFileSync(manifest, 'utf8')
  const anchor = '    versions:\n'
  writeFileSync(
    manifest,
    text.replace(
      anchor,
      [
        '    monitor:',
        '      evaluate:',
        '        run: "python3 evaluate.py --model {model_dir} --out {output_dir}"',
        '        metrics: metrics.json',
        '        predictions: predictions.csv',
        '        data: [data/test.csv]',
        '      reference: data/reference.csv',
        '      current: data/current/*.csv',
        '      drift: { psi: 0.2, ksAlpha: 0.01 }',
        '      retrain: { workflow: train.yml }',
        anchor
      ].join('\n')
    )
  )
  writeFileSync(path.join(source.dir, 'data/reference.csv'), features(1))
  mkdirSync(path.join(source.dir, 'data/current'))
  writeFileSync(path.join(source.dir, 'data/current/today.csv'), features(2))
  remote = await publishRepo(source.dir)
  source.cleanup()
  ws = remote.clone()
}, 120000)
afterAll(() => remote.close())

describe('monitor keeps one issue per production model', () => {
  it('is healthy on unshifted data: exit 0, no issue', async () => {
    const run = await monitorRun()
    expect(run.code === 0 ? 0 : `${run.stdout}\n${run.stderr}`).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    expect(run.stdout).toContain('breast-cancer 1.1.0: healthy')
    expect(remote.gh.issues).toEqual([])
    expect(remote.gh.dispatches).toEqual([])
  }, 120000)

  it('finds the shifted column, opens one issue and dispatches retraining', async () => {
    setCurrent(features(3, { [SHIFTED]: 0.5 }))
    const run = await monitorRun({}, runAction)
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(remote.gh.issues).toHaveLength(1)
    const [issue] = remote.gh.issues
    expect(issue.state).toBe('open')
    expect(issue.title).toBe('modelgate monitor: breast-cancer 1.1.0 in production needs attention')
    expect(remote.gh.labels.get(issue.number)).toEqual(['modelgate:monitor'])
    expect(issue.body).toContain(`- ❌ feature drift in ${SHIFTED}`)
    // Only the shifted column drifted; the metrics on fresh data held.
    expect(issue.body?.match(/\| ❌ /g)).toHaveLength(1)
    expect(issue.body).toMatch(
      new RegExp(`\\| ${SHIFTED} \\| numeric \\| [0-9.]+ \\| [0-9.]+ \\| .* \\| ❌ `)
    )
    expect(issue.body).toContain('| accuracy | 0.9181 | 0.9181 | +0 | ✅')
    expect(remote.gh.dispatches).toEqual([
      { workflow: 'train.yml', ref: 'main', inputs: { model: 'breast-cancer' } }
    ])
    expect(run.summary).toContain('## modelgate monitor')
  }, 120000)

  it('updates the same issue on the next failing run, without dispatching again', async () => {
    setCurrent(features(4, { [SHIFTED]: 0.5 }))
    const before = remote.gh.issues[0].body
    const run = await monitorRun()
    expect(run.code).toBe(1)
    expect(remote.gh.issues).toHaveLength(1)
    expect(remote.gh.issues[0].state).toBe('open')
    expect(remote.gh.issues[0].body).not.toBe(before)
    expect(remote.gh.dispatches).toHaveLength(1)
  }, 120000)

  it('a dry run checks and reports but makes no request', async () => {
    const seen = remote.gh.requests.length
    const run = await monitorRun({ 'dry-run': 'true' })
    expect(run.code).toBe(1)
    expect(remote.gh.requests.slice(seen)).toEqual([])
  }, 120000)

  it('closes the issue on a healthy run', async () => {
    setCurrent(features(5))
    const seen = remote.gh.requests.length
    const run = await monitorRun()
    expect(run.code).toBe(0)
    expect(remote.gh.issues).toHaveLength(1)
    expect(remote.gh.issues[0].state).toBe('closed')
    expect(remote.gh.issues[0].body).toContain('Closed by modelgate: every check passes again.')
    expect(writeRequests({ ...remote.gh, requests: remote.gh.requests.slice(seen) })).toHaveLength(
      1
    )
  }, 120000)

  it('opens no second issue when the answer to opening it is lost (#13)', async () => {
    setCurrent(features(6, { [SHIFTED]: 0.5 }))
    const seen = remote.gh.requests.length
    const dispatched = remote.gh.dispatches.length
    // GitHub opens the issue, then the connection drops before the answer arrives.
    remote.gh.resetAfterNext('POST /issues')
    const run = await monitorRun()
    expect(run.code).toBe(1)
    const opens = remote.gh.requests
      .slice(seen)
      .filter(r => r.method === 'POST' && /\/issues$/.test(r.path))
    expect(opens).toHaveLength(1) // never repeated blindly
    expect(remote.gh.issues.filter(i => i.state === 'open')).toHaveLength(1)
    expect(run.stdout).toMatch(/opened #\d+ \(breast-cancer\)/)
    expect(remote.gh.dispatches).toHaveLength(dispatched + 1)
  }, 120000)
})
