/**
 * validate --base in real git repositories: a promotion commit as modelgate
 * makes it (the planner's manifest text, the folders moved with git mv) is
 * accepted; a version moved by hand and an edited history entry are not.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { loadRegistry } from '../../src/registry/load.js'
import { lineOf, shardClf, validRegistry, type Fixture } from '../helpers/registry-fixture.js'
import { spyGit } from '../helpers/git-spy.js'
import { git } from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'
import { planChange } from '../../src/changes/plan-change.js'

const fixtures: Fixture[] = []
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

/** What validate reports on stderr, without its progress lines (`▸ …`). */
const problems = (stderr: string) => stderr.split('\n').filter(l => l && !l.startsWith('▸'))

function committed(): { fx: Fixture; base: string } {
  const fx = validRegistry()
  fixtures.push(fx)
  git(fx.dir, 'add', '-A')
  git(fx.dir, 'commit', '-q', '-m', 'base')
  return { fx, base: git(fx.dir, 'rev-parse', 'HEAD') }
}

describe('validate --base', () => {
  it('accepts a real promotion commit', async () => {
    const { fx, base } = committed()
    const reg = (await loadRegistry({ manifestPath: fx.manifestPath })).registry!
    const plan = planChange(reg, {
      kind: 'promote',
      model: 'clf',
      version: '1.2.0',
      to: 'production',
      actor: 'octocat',
      at: '2026-11-20T10:00:00Z'
    })
    // The commit the planner describes: folders moved, the benchmark copy refreshed.
    for (const m of plan.moves) {
      if (m.to === null) git(fx.dir, 'rm', '-r', '-q', m.from)
      else if (m.reason === 'benchmark-refresh')
        git(fx.dir, 'read-tree', `--prefix=${m.to}/`, '-u', `HEAD:${m.from}`)
      else git(fx.dir, 'mv', m.from, m.to)
    }
    fx.setManifest(plan.newText)
    git(fx.dir, 'commit', '-q', '-am', plan.commitMessage)

    const run = await cli(['validate', '--base', base], fx.dir)
    expect(problems(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^✔ models\/registry\.yaml is valid/)
  })

  it('refuses a version moved by hand without its history entry, at its stage line', async () => {
    const { fx, base } = committed()
    mkdirSync(path.join(fx.dir, 'models/experimental/clf'), { recursive: true })
    git(fx.dir, 'mv', 'models/development/clf/1.3.0', 'models/experimental/clf/1.3.0')
    fx.edit(
      'version: "1.3.0"\n        stage: development',
      'version: "1.3.0"\n        stage: experimental'
    )
    git(fx.dir, 'commit', '-q', '-am', 'promote by hand')

    const run = await cli(['validate', '--base', base], fx.dir)
    expect(run.code).toBe(1)
    const line = lineOf(fx.manifest(), 'version: "1.3.0"') + 1
    expect(problems(run.stderr)).toEqual([
      `models/registry.yaml:${line}:9: clf 1.3.0 moved from development to experimental since ${base} without a history entry { from: development, to: experimental }: move versions with promote, rollback or retire, not by hand`
    ])
    // Without a base the same tree is valid: the rule is about what changed.
    expect((await cli(['validate'], fx.dir)).code).toBe(0)
  })

  it('refuses an edited history entry, also uncommitted (the working tree is what is checked)', async () => {
    const { fx, base } = committed()
    fx.edit('to: production, actor: octocat', 'to: production, actor: mallory')
    const run = await cli(['validate', '--base', 'main', '--json'], fx.dir)
    expect(run.code).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out.errors).toEqual([
      {
        file: 'models/registry.yaml',
        line: lineOf(fx.manifest(), 'actor: mallory'),
        col: 5,
        key: 'history[0]',
        message:
          'history entry clf 1.1.0 staging → production (2026-10-01T12:00:00Z) differs from the one at main (clf 1.1.0 staging → production (2026-10-01T12:00:00Z)): history is append-only, entries are never edited, removed or reordered'
      }
    ])
    expect(base).toMatch(/^[0-9a-f]{40}$/)
  })

  it('a sharded working tree: a shard taken out of the index is still read at the base, and git never walks for untracked files', async () => {
    const fx = validRegistry()
    fixtures.push(fx)
    shardClf(fx)
    const shard = path.join(fx.dir, 'models/clf/model.yaml')
    writeFileSync(
      shard,
      `${readFileSync(shard, 'utf8')}history:\n  - { at: "2026-10-01T12:00:00Z", model: clf, version: "1.1.0", from: staging, to: production, actor: octocat }\n`
    )
    git(fx.dir, 'add', '-A')
    git(fx.dir, 'commit', '-q', '-m', 'one shard per model')
    const spy = spyGit()
    fixtures.push({ cleanup: () => rmSync(spy.bin, { recursive: true, force: true }) } as Fixture)
    const env = { PATH: spy.path }
    expect((await cli(['validate', '--base', 'HEAD'], fx.dir, env)).code).toBe(0)

    // Untracked now, and its history rewritten: the index no longer has it, git's diff names it.
    git(fx.dir, 'rm', '-q', '--cached', 'models/clf/model.yaml')
    writeFileSync(
      shard,
      readFileSync(shard, 'utf8').replace(
        'to: production, actor: octocat',
        'to: production, actor: mallory'
      )
    )
    const run = await cli(['validate', '--base', 'HEAD'], fx.dir, env)
    expect(run.code).toBe(1)
    expect(problems(run.stderr)).toEqual([
      expect.stringMatching(
        /^models\/clf\/model\.yaml:\d+:\d+: history entry clf 1\.1\.0 staging → production .* differs from the one at HEAD/
      )
    ])
    const walks = (calls: string[]) => calls.filter(c => c.includes('ls-files -z --others'))
    expect(walks(spy.calls())).toEqual([])
    // plan does ask for them (a new file in a version's folder plans that version): the spy sees it.
    await cli(['plan', '--base', 'HEAD', '--json'], fx.dir, env)
    expect(walks(spy.calls())).toHaveLength(1)
  })

  it('a base the checkout lacks: exit 2', async () => {
    const { fx } = committed()
    const run = await cli(['validate', '--base', 'origin/main'], fx.dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'base origin/main is not in this checkout: check out with fetch-depth: 0'
    )
  })

  it('a base that reads as a git option: exit 2, and git never sees it', async () => {
    const { fx } = committed()
    // `git diff --output=<file>` would write the diff there.
    const written = path.join(fx.dir, 'written-by-git')
    const run = await cli(['validate', `--base=--output=${written}`], fx.dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`input "base": "--output=${written}" is not a git revision`)
    expect(existsSync(written)).toBe(false)
  })

  it('reads a base manifest that is a link inside the repository through it, as the working tree does', async () => {
    const fx = validRegistry()
    fixtures.push(fx)
    const real = path.join(fx.dir, 'models/registry-real.yaml')
    renameSync(fx.manifestPath, real)
    symlinkSync('registry-real.yaml', fx.manifestPath)
    git(fx.dir, 'add', '-A')
    git(fx.dir, 'commit', '-q', '-m', 'base with a linked manifest')
    const base = git(fx.dir, 'rev-parse', 'HEAD')
    // The head replaces the link by the file and edits a history entry: only a base read
    // through the link knows the entry changed.
    unlinkSync(fx.manifestPath)
    writeFileSync(
      fx.manifestPath,
      readFileSync(real, 'utf8').replace(
        'to: production, actor: octocat',
        'to: production, actor: mallory'
      )
    )
    const run = await cli(['validate', '--base', base], fx.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('history is append-only')
  })

  it('refuses a base manifest that is a link leaving the repository, without reading it', async () => {
    const fx = validRegistry()
    fixtures.push(fx)
    const text = fx.manifest()
    unlinkSync(fx.manifestPath)
    symlinkSync('/etc/passwd', fx.manifestPath)
    git(fx.dir, 'add', '-A')
    git(fx.dir, 'commit', '-q', '-m', 'a link as the manifest')
    const base = git(fx.dir, 'rev-parse', 'HEAD')
    unlinkSync(fx.manifestPath)
    writeFileSync(fx.manifestPath, text)
    const run = await cli(['validate', '--base', base], fx.dir)
    expect(run.code).toBe(2)
    expect(problems(run.stderr)).toEqual([
      `modelgate: models/registry.yaml is a symbolic link leaving the repository (at ${base})`
    ])
    expect(run.stderr + run.stdout).not.toContain('root:')
  })

  it('a manifest at a revision with a byte that is not UTF-8: the located encoding error, nothing replaced', async () => {
    const { fx } = committed()
    const bytes = Buffer.concat([
      Buffer.from('# caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
      readFileSync(fx.manifestPath)
    ])
    writeFileSync(fx.manifestPath, bytes)
    git(fx.dir, 'commit', '-q', '-am', 'a Latin-1 comment')
    const head = git(fx.dir, 'rev-parse', 'HEAD')
    const run = await cli(['plan', '--base', 'HEAD~1', '--head', head], fx.dir)
    expect(run.code).toBe(1)
    expect(problems(run.stderr).join('\n')).toMatch(
      /models\/registry\.yaml:1:\d+: the file is not UTF-8: byte 0xE9 at line 1 is not valid UTF-8/
    )
  })
})
