/**
 * plan through the bundled action, as the runner runs it: the matrix and
 * count land in GITHUB_OUTPUT, ready for `strategy.matrix: ${{ fromJSON(…) }}`.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../helpers/action-runner.js'
import { modelBytes, sha256, validRegistry, writeFile } from '../helpers/registry-fixture.js'
import { git } from '../helpers/remote-repo.js'

const fx = validRegistry()
afterAll(() => fx.cleanup())

describe('dist/index.js plan', () => {
  it('writes matrix and count for the versions changed since base', async () => {
    git(fx.dir, 'add', '-A')
    git(fx.dir, 'commit', '-q', '-m', 'base')
    const base = git(fx.dir, 'rev-parse', 'HEAD')
    writeFile(fx.dir, 'models/staging/clf/1.2.0/labels.json', '["a","b"]\n')
    fx.edit(sha256(modelBytes('clf', '1.2.0', 'labels.json')), sha256('["a","b"]\n'))
    git(fx.dir, 'commit', '-q', '-am', 'relabel 1.2.0')

    const run = await runAction({ inputs: { command: 'plan', base }, workspace: fx.dir })
    expect(run.code).toBe(0)
    expect(run.outputs.count).toBe('2')
    expect(JSON.parse(run.outputs.matrix)).toEqual({
      include: [
        { model: 'clf', version: '1.2.0' },
        { model: 'clf', version: 'benchmark' }
      ]
    })
    expect(run.summary).toContain('| clf | 1.2.0 | staging | files changed |')

    const none = await runAction({ inputs: { command: 'plan', base: 'HEAD' }, workspace: fx.dir })
    expect(none.code).toBe(0)
    expect(none.outputs.count).toBe('0')
    expect(none.outputs.matrix).toBe('{"include":[]}')
  })

  it('a shallow checkout without the base fails with exit 2 and says how to fetch it', async () => {
    const run = await runAction({
      inputs: { command: 'plan', base: '0123456789abcdef0123456789abcdef01234567' },
      workspace: fx.dir
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      '::error::base 0123456789abcdef0123456789abcdef01234567 is not in this checkout: check out with fetch-depth: 0'
    )
  })
})
