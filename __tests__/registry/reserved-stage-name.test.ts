/**
 * A stage may not be named `benchmark`: the word means the benchmark copy
 * (`evaluate --version benchmark`, `compare: benchmark`), whatever the
 * registry's `benchmark` key says. validate refuses it at the stage's name.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { cli } from '../helpers/run-cli.js'
import { lineOf, snapshot, validRegistry, type Fixture } from '../helpers/registry-fixture.js'

const STAGES_WITH_BENCHMARK = [
  'stages:',
  '  - name: development',
  '  - name: experimental',
  '  - name: staging',
  '  - name: benchmark',
  '  - name: production',
  '    capacity: 1'
].join('\n')

async function onlyError(fx: Fixture) {
  const before = snapshot(fx.dir)
  const run = await cli(['validate', '--json'], fx.dir)
  expect(run.code).toBe(1)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(snapshot(fx.dir)).toEqual(before)
  const out = JSON.parse(run.stdout)
  expect(out.errors).toHaveLength(1)
  return out.errors[0]
}

describe('a stage named benchmark', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('is refused at its name when the registry keeps no benchmark copies', async () => {
    fx = validRegistry()
    rmSync(path.join(fx.dir, 'models/benchmark'), { recursive: true })
    fx.edit(
      'apiVersion: modelgate/v1',
      `apiVersion: modelgate/v1\nbenchmark: false\n${STAGES_WITH_BENCHMARK}`
    )
    const error = await onlyError(fx)
    expect(error).toMatchObject({
      file: 'models/registry.yaml',
      line: lineOf(fx.manifest(), '- name: benchmark'),
      key: 'stages[3].name',
      message:
        'stage "benchmark" is reserved: "benchmark" means the benchmark copy (version: benchmark in evaluate, compare: benchmark in gates); choose another name'
    })
  })

  it('is refused at its name when the benchmark copies live in another folder', async () => {
    fx = validRegistry()
    renameSync(path.join(fx.dir, 'models/benchmark'), path.join(fx.dir, 'models/bench'))
    fx.edit(
      'apiVersion: modelgate/v1',
      `apiVersion: modelgate/v1\nbenchmark: { folder: bench, copyOf: production }\n${STAGES_WITH_BENCHMARK}`
    )
    const error = await onlyError(fx)
    expect(error.line).toBe(lineOf(fx.manifest(), '- name: benchmark'))
    expect(error.message).toMatch(/^stage "benchmark" is reserved: /)
  })

  it('is refused once, as the benchmark folder, with the default benchmark copies', async () => {
    fx = validRegistry()
    fx.edit('apiVersion: modelgate/v1', `apiVersion: modelgate/v1\n${STAGES_WITH_BENCHMARK}`)
    const error = await onlyError(fx)
    expect(error.line).toBe(lineOf(fx.manifest(), '- name: benchmark'))
    expect(error.message).toBe(
      'stage "benchmark" has the name of the benchmark folder; choose another name'
    )
  })
})
