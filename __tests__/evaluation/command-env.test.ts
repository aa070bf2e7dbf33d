/**
 * The environment of a manifest command (src/evaluation/command-env.ts): the job's, minus the
 * inputs and the credentials, except those its `env` names.
 */
import { describe, expect, it } from '@jest/globals'
import { commandEnvironment, isWithheld } from '../../src/evaluation/command-env.js'

const JOB: NodeJS.ProcessEnv = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  GITHUB_WORKSPACE: '/w',
  GITHUB_REPOSITORY: 'acme/models',
  GITHUB_SHA: 'abc',
  INPUT_TOKEN: 'ghp_input',
  INPUT_COMMAND: 'evaluate',
  'INPUT_OUTPUT-DIR': '.modelgate',
  GITHUB_TOKEN: 'ghs_job',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_RESULTS_URL: 'https://results/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc/',
  ACTIONS_CACHE_URL: 'https://cache/',
  RUNNER_TEMP: '/tmp'
}

const KEPT = [
  'PATH',
  'HOME',
  'GITHUB_WORKSPACE',
  'GITHUB_REPOSITORY',
  'GITHUB_SHA',
  'ACTIONS_CACHE_URL',
  'RUNNER_TEMP'
]

describe('commandEnvironment', () => {
  it.each<[string, string[] | undefined, string[], string[]]>([
    ['no env: every input and credential withheld', undefined, [], []],
    ['an empty env', [], [], []],
    ['GITHUB_TOKEN asked for', ['GITHUB_TOKEN'], ['GITHUB_TOKEN'], []],
    [
      'the OIDC request pair and an input',
      ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'INPUT_TOKEN'],
      ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'INPUT_TOKEN'],
      []
    ],
    ['an input with a hyphen in its name', ['INPUT_OUTPUT-DIR'], ['INPUT_OUTPUT-DIR'], []],
    ['a variable the job does not have', ['INPUT_MODEL'], [], ['INPUT_MODEL']],
    // Naming a variable that is passed anyway changes nothing (the schema refuses it in a manifest).
    ['a variable never withheld', ['PATH'], [], []]
  ])('%s', (_name, optIn, passed, missing) => {
    const out = commandEnvironment(JOB, optIn)
    expect(Object.keys(out.env).sort()).toEqual([...KEPT, ...passed].sort())
    for (const name of Object.keys(out.env)) expect(out.env[name]).toBe(JOB[name])
    expect(out.passed).toEqual(passed)
    expect(out.missing).toEqual(missing)
  })
})

it.each([
  ['INPUT_TOKEN', true],
  ['INPUT_', true],
  ['GITHUB_TOKEN', true],
  ['ACTIONS_RUNTIME_TOKEN', true],
  ['ACTIONS_RESULTS_URL', true],
  ['ACTIONS_ID_TOKEN_REQUEST_URL', true],
  ['ACTIONS_RUNTIME_URL', false],
  ['GITHUB_TOKEN_X', false],
  ['MY_INPUT_TOKEN', false],
  ['input_token', false],
  ['PATH', false]
])('isWithheld(%s) is %s', (name, withheld) => {
  expect(isWithheld(name)).toBe(withheld)
})
