/**
 * `lastCommitDates` (the git adapter) on real repositories: each path's newest commit,
 * folders by anything under them, paths with spaces and non-ASCII letters, paths no
 * commit touched, a repository without commits, and the whole-log read past 256 paths.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createGitCommandManager } from '../../src/adapters/git.js'
import { gitInit, tempDir, writeFile } from '../helpers/registry-fixture.js'
import { gitEnv } from '../helpers/remote-repo.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function repo(): string {
  const dir = tempDir('modelgate-git-dates-')
  dirs.push(dir)
  gitInit(dir)
  return dir
}

function commit(dir: string, date: string): void {
  const env = { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
  execFileSync('git', ['add', '-A'], { cwd: dir, env })
  execFileSync('git', ['commit', '-q', '-m', date], { cwd: dir, env })
}

describe('lastCommitDates', () => {
  it('gives each folder the date of the newest commit that touched anything under it', async () => {
    const dir = repo()
    writeFile(dir, 'models/prod/clf/1.0.0/m.bin', 'a')
    writeFile(dir, 'models/dev/modèle ü/1.0.0/m.bin', 'b')
    commit(dir, '2026-01-01T10:00:00Z')
    writeFile(dir, 'models/prod/clf/1.0.0/nested/card.json', '{}')
    commit(dir, '2026-02-01T10:00:00Z')
    writeFile(dir, 'models/dev/new/1.0.0/m.bin', 'never committed')
    const dates = await createGitCommandManager(dir, gitEnv).lastCommitDates([
      'models/prod/clf/1.0.0',
      'models/dev/modèle ü/1.0.0',
      'models/dev/new/1.0.0'
    ])
    expect(Object.fromEntries([...dates].map(([p, t]) => [p, new Date(t).toISOString()]))).toEqual({
      'models/prod/clf/1.0.0': '2026-02-01T10:00:00.000Z',
      'models/dev/modèle ü/1.0.0': '2026-01-01T10:00:00.000Z'
    })
  })

  it('reads the whole log for many paths, with the same answer', async () => {
    const dir = repo()
    const paths = Array.from({ length: 300 }, (_, i) => `models/dev/m${i}/1.0.0`)
    paths.forEach((p, i) => writeFile(dir, `${p}/m.bin`, String(i)))
    commit(dir, '2026-03-01T00:00:00Z')
    writeFile(dir, `${paths[7]}/m.bin`, 'changed')
    commit(dir, '2026-03-02T00:00:00Z')
    const dates = await createGitCommandManager(dir, gitEnv).lastCommitDates(paths)
    expect(dates.size).toBe(300)
    expect(new Date(dates.get(paths[7])!).toISOString()).toBe('2026-03-02T00:00:00.000Z')
    expect(new Date(dates.get(paths[8])!).toISOString()).toBe('2026-03-01T00:00:00.000Z')
  })

  it('knows no date in a repository without commits', async () => {
    const dir = repo()
    writeFile(dir, 'models/dev/clf/1.0.0/m.bin', 'a')
    const dates = await createGitCommandManager(dir, gitEnv).lastCommitDates([
      'models/dev/clf/1.0.0'
    ])
    expect(dates.size).toBe(0)
  })
})
