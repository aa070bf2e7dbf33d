/** action.yml, the input table, the schema and the generated validator stay in step. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUTS } from '../../src/settings/inputs.js'
import { ACTION_NODE } from '../helpers/action-runner.js'

const action = parse(readFileSync('action.yml', 'utf8'))

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('is run by the runner-style tests on the Node it names, as the runner runs it', () => {
    // Set by the run's globalSetup when that Node could not be had: the reason, shown here.
    expect(process.env.MODELGATE_TEST_ACTION_NODE_PROBLEM ?? '').toBe('')
    const version = execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' })
    expect(version).toMatch(new RegExp(`^v${action.runs.using.replace('node', '')}\\.`))
  })

  it('declares exactly the inputs of SPEC §3 with the same defaults as the code', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map(i => i.name))
    for (const input of INPUTS) {
      expect(action.inputs[input.name].default).toBe(input.default)
      expect(action.inputs[input.name].description.length).toBeGreaterThan(10)
    }
    expect(action.inputs.command.required).toBe(true)
    expect(action.inputs.token.default).toBe('${{ github.token }}')
  })

  it('declares the outputs of SPEC §3, and the compare matrix of plan (issue #14)', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'candidate-count',
        'candidates',
        'count',
        'decision',
        'matrix',
        'pull-request-number',
        'pull-request-operation',
        'pull-request-url',
        'report-path',
        'result'
      ].sort()
    )
  })
})

describe('generated schema validator', () => {
  it('is what schema/registry.schema.json compiles to', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/build-schema-validator.mjs', '--check'], {
        stdio: 'pipe'
      })
    ).not.toThrow()
  })
})
