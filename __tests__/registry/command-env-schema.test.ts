/**
 * `env:` on a manifest command (schema): it may name only what modelgate withholds from
 * manifest commands, each once; anything else is one schema error at its line.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cli } from '../helpers/run-cli.js'
import { lineOf, validRegistry, type Fixture } from '../helpers/registry-fixture.js'

describe('evaluate.env in the manifest', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it.each<[string, string, RegExp | undefined]>([
    ['the job token', '[GITHUB_TOKEN]', undefined],
    [
      'every withheld kind',
      '[INPUT_TOKEN, INPUT_OUTPUT-DIR, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN, ACTIONS_ID_TOKEN_REQUEST_URL]',
      undefined
    ],
    [
      'a variable passed anyway',
      '[HOME]',
      /^models\.clf\.evaluate\.env\[0\]: "[A-Za-z_]+" is not withheld from manifest commands, so `env` has nothing to pass/
    ],
    [
      'a lower-case name',
      '[github_token]',
      /^models\.clf\.evaluate\.env\[0\]: "[A-Za-z_]+" is not withheld from manifest commands, so `env` has nothing to pass/
    ],
    ['a name twice', '[GITHUB_TOKEN, GITHUB_TOKEN]', /env.*duplicate/],
    ['not a list', 'GITHUB_TOKEN', /^models\.clf\.evaluate\.env: expected an array/]
  ])('%s: %s', async (_name, value, error) => {
    fx = validRegistry()
    fx.edit(
      '    compare: { primary: [accuracy], significance: 0.05 }',
      `    compare: { primary: [accuracy], significance: 0.05 }\n    evaluate: { run: "node eval.mjs", env: ${value} }`
    )
    const run = await cli(['validate', '--json'], fx.dir)
    const out = JSON.parse(run.stdout)
    if (!error) {
      expect(out.errors).toEqual([])
      expect(run.code).toBe(0)
      return
    }
    expect(run.code).toBe(1)
    expect(out.errors).toHaveLength(1)
    expect(out.errors[0].message).toMatch(error)
    expect(out.errors[0].line).toBe(lineOf(fx.manifest(), 'evaluate: {'))
  })
})
