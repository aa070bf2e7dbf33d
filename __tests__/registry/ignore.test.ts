/**
 * `ignore:` (issue #12): files in the stage folders that are not model files — a README,
 * logs, notebooks — are neither digested nor stray once a glob names them; the registry's
 * list applies everywhere, a model's own list to that model's folders; globs mean what
 * picomatch makes them mean (`**`, `[a-z]`, `{a,b}`); a pattern leaving `root` is an error
 * at its line.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { lineOf, validRegistry, writeFile, type Fixture } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

let fx: Fixture
afterEach(() => fx?.cleanup())

/** What validate reports on stderr, without its progress lines. */
const problems = (stderr: string) => stderr.split('\n').filter(l => l && !l.startsWith('▸'))

function withExtras(): Fixture {
  fx = validRegistry()
  writeFile(fx.dir, 'models/staging/README.md', '# staging\n')
  writeFile(fx.dir, 'models/staging/clf/1.2.0/train.log', 'epoch 1\n')
  writeFile(fx.dir, 'models/development/clf/notebooks/explore.ipynb', '{}\n')
  writeFile(fx.dir, 'models/development/clf/1.3.0/run-b.txt', 'b\n')
  return fx
}

describe('ignore:', () => {
  it('without it, the extra files are stray: validate fails', async () => {
    withExtras()
    const run = await cli(['validate'], fx.dir)
    expect(run.code).toBe(1)
    const text = problems(run.stderr).join('\n')
    for (const file of ['README.md', 'train.log', 'notebooks', 'run-b.txt'])
      expect(text).toContain(file)
  })

  it('with globs naming them, validate passes and counts only model files', async () => {
    withExtras()
    fx.edit(
      'apiVersion: modelgate/v1',
      'apiVersion: modelgate/v1\nignore: ["**/README.md", "**/*.log", "*/clf/notebooks/**", "**/run-[a-c].{txt,md}"]'
    )
    const run = await cli(['validate'], fx.dir)
    expect(problems(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/10 files verified/)
  })

  it("a model's own list applies to its folders only", async () => {
    withExtras()
    fx.edit(
      '    files: [model.bin, labels.json]',
      '    files: [model.bin, labels.json]\n    ignore: ["**/*.log", "**/*.ipynb", "**/*.txt", "*/clf/**/README.md"]'
    )
    const run = await cli(['validate'], fx.dir)
    // staging/README.md lies in no model's folder: the model's list does not reach it.
    expect(problems(run.stderr)).toEqual([expect.stringContaining('models/staging')])
    expect(problems(run.stderr).join('\n')).toContain('README.md')
    expect(run.code).toBe(1)
  })

  it('a pattern that leaves root or is absolute is an error at its line', async () => {
    fx = validRegistry()
    fx.edit(
      'apiVersion: modelgate/v1',
      'apiVersion: modelgate/v1\nignore: ["../secrets/**", "/etc/*"]'
    )
    const run = await cli(['validate'], fx.dir)
    expect(run.code).toBe(1)
    const line = lineOf(fx.manifest(), 'ignore:')
    expect(problems(run.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^models/registry\\.yaml:${line}:\\d+: ignore pattern "\\.\\./secrets/\\*\\*" leaves root`
        )
      ),
      expect.stringMatching(
        new RegExp(`^models/registry\\.yaml:${line}:\\d+: ignore pattern "/etc/\\*" is absolute`)
      )
    ])
  })
})
