/**
 * plan's compare matrix (issue #14): `candidates` holds every planned entry but the benchmark
 * copies, one `{model, version}` job each, and `candidate-count` their number — what the check
 * workflow's compare matrix runs on, where a jq step used to derive it from `matrix`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { git } from '../helpers/remote-repo.js'
import { validRegistry, writeFile, type Fixture } from '../helpers/registry-fixture.js'

let fx: Fixture
let base: string

beforeAll(() => {
  fx = validRegistry()
  git(fx.dir, 'add', '-A')
  git(fx.dir, 'commit', '-q', '-m', 'base')
  base = git(fx.dir, 'rev-parse', 'HEAD').trim()
})
afterAll(() => fx.cleanup())

const plan = (inputs: Record<string, string> = {}) =>
  runActionInProcess({ inputs: { command: 'plan', ...inputs }, workspace: fx.dir })

describe('plan outputs candidates and candidate-count', () => {
  it('lists the changed versions without the benchmark copy', async () => {
    // A policy change selects every live version of clf, and its benchmark copy.
    fx.edit('latency_ms: { goal: minimize, max: 40', 'latency_ms: { goal: minimize, max: 45')
    writeFile(fx.dir, 'notes.txt', 'unrelated\n')
    const run = await plan({ base })
    expect(run.code).toBe(0)
    const matrix = JSON.parse(run.outputs.matrix).include
    expect(matrix).toContainEqual({ model: 'clf', version: 'benchmark' })
    expect(JSON.parse(run.outputs.candidates)).toEqual({
      include: matrix.filter((j: { version: string }) => j.version !== 'benchmark')
    })
    expect(run.outputs['candidate-count']).toBe(String(matrix.length - 1))
    expect(Number(run.outputs['candidate-count'])).toBeGreaterThan(0)
  })

  it('is empty, count 0, when nothing changed', async () => {
    git(fx.dir, 'checkout', '-q', '--', '.')
    const run = await plan({ base })
    expect(run.outputs).toMatchObject({
      count: '0',
      candidates: '{"include":[]}',
      'candidate-count': '0'
    })
  })
})
