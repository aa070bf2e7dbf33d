/**
 * The git CLI adapter against real temporary repositories: what a promotion reads from the
 * checkout (HEAD, tree SHAs of the moving folders, dirty paths, branch and origin).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createGitCommandManager, type GitCommandManager } from '../../src/adapters/git.js'
import { UsageError } from '../../src/errors.js'
import { gitInit, tempDir, writeFile } from '../helpers/registry-fixture.js'
import { git, gitEnv } from '../helpers/remote-repo.js'

const SPACED = 'models/staging/my model/1.0.0'
const UNICODE = 'models/staging/modèle-ü/1.0.0'

const dirs: string[] = []
let repo: string
let head: string
let manager: GitCommandManager

function newRepo(): string {
  const dir = tempDir('modelgate-git-')
  dirs.push(dir)
  gitInit(dir)
  return dir
}

function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error
  )
}

beforeAll(() => {
  repo = newRepo()
  writeFile(repo, 'models/registry.yaml', 'models: {}\n')
  writeFile(repo, 'models/staging/clf/1.2.0/model.bin', 'weights\n')
  writeFile(repo, 'models/staging/clf/1.2.0/labels.json', '[]\n')
  writeFile(repo, 'models/production/clf/1.1.0/model.bin', 'older weights\n')
  writeFile(repo, `${SPACED}/model.bin`, 'spaced\n')
  writeFile(repo, `${UNICODE}/model.bin`, 'unicode\n')
  writeFile(repo, 'README.md', 'hello\n')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', 'Initial')
  head = git(repo, 'rev-parse', 'HEAD')
  manager = createGitCommandManager(repo, gitEnv)
})
afterAll(() => dirs.forEach(dir => rmSync(dir, { recursive: true, force: true })))

describe('commits and trees', () => {
  it('headCommit is HEAD and treeOf its tree', async () => {
    expect(await manager.headCommit()).toBe(head)
    expect(await manager.treeOf(head)).toBe(git(repo, 'rev-parse', 'HEAD^{tree}'))
  })

  it('lsTree gives one tree entry per folder, with the SHA of rev-parse HEAD:path', async () => {
    const entries = await manager.lsTree(head, ['models/staging/clf/1.2.0', 'models/registry.yaml'])
    expect(entries).toEqual([
      {
        mode: '100644',
        type: 'blob',
        sha: git(repo, 'rev-parse', 'HEAD:models/registry.yaml'),
        path: 'models/registry.yaml'
      },
      {
        mode: '040000',
        type: 'tree',
        sha: git(repo, 'rev-parse', 'HEAD:models/staging/clf/1.2.0'),
        path: 'models/staging/clf/1.2.0'
      }
    ])
  })

  it('lsTree keeps paths with spaces and non-ASCII names as they are', async () => {
    const entries = await manager.lsTree(head, [SPACED, UNICODE])
    expect(entries.map(e => [e.path, e.type, e.sha])).toEqual(
      [SPACED, UNICODE].sort().map(p => [p, 'tree', git(repo, 'rev-parse', `HEAD:${p}`)])
    )
  })

  it('lsTree leaves out paths that are not in the commit, and asks nothing for no paths', async () => {
    expect(await manager.lsTree(head, ['models/staging/clf/9.9.9'])).toEqual([])
    expect(await manager.lsTree(head, [])).toEqual([])
  })
})

describe('reading a revision', () => {
  it('listFiles gives every file under the folders with its blob id (rev-parse HEAD:path)', async () => {
    const files = await manager.listFiles(head, ['models/staging/clf'])
    expect(files).toEqual([
      {
        path: 'models/staging/clf/1.2.0/labels.json',
        link: false,
        sha: git(repo, 'rev-parse', 'HEAD:models/staging/clf/1.2.0/labels.json')
      },
      {
        path: 'models/staging/clf/1.2.0/model.bin',
        link: false,
        sha: git(repo, 'rev-parse', 'HEAD:models/staging/clf/1.2.0/model.bin')
      }
    ])
  })

  it('listFiles and indexFiles mark symbolic links and keep names with spaces and tabs whole', async () => {
    const dir = newRepo()
    writeFile(dir, 'shards/a b/model.yaml', 'a\n')
    writeFile(dir, 'shards/tab\there.yaml', 't\n')
    symlinkSync('a b/model.yaml', path.join(dir, 'shards/link.yaml'))
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'shards')
    const manager = createGitCommandManager(dir, process.env)
    const files = await manager.listFiles('HEAD', ['shards'])
    expect(files).toEqual(
      ['shards/a b/model.yaml', 'shards/link.yaml', 'shards/tab\there.yaml'].map(p => ({
        path: p,
        link: p === 'shards/link.yaml',
        sha: git(dir, 'rev-parse', `HEAD:${p}`)
      }))
    )
    // The index holds what was committed: the same files, links and blob ids.
    expect(await manager.indexFiles(['shards'])).toEqual(files)
    writeFile(dir, 'shards/untracked.yaml', 'u\n')
    expect(await manager.indexFiles(['shards'])).toEqual(files)
  })

  it('blobs gives the bytes of each id, the same as show by path; an unknown id is left out', async () => {
    const [file] = await manager.listFiles(head, [`${SPACED}`])
    const unknown = '0'.repeat(40)
    const byId = await manager.blobs([file.sha, unknown])
    expect([...byId.keys()]).toEqual([file.sha])
    expect(byId.get(file.sha)!.toString()).toBe('spaced\n')
    expect((await manager.show(head, [file.path])).get(file.path)).toEqual(byId.get(file.sha))
    expect(await manager.blobs([])).toEqual(new Map())
  })
})

describe('dirtyPaths', () => {
  let work: string
  let dirty: GitCommandManager
  beforeAll(() => {
    work = newRepo()
    writeFile(work, 'keep/a.bin', 'a\n')
    writeFile(work, 'keep/b.bin', 'b\n')
    writeFile(work, 'moving/m.bin', 'm\n')
    writeFile(work, 'moving/gone.bin', 'gone\n')
    writeFile(work, 'moving/old name.bin', 'renamed\n')
    writeFile(work, 'modèle/ü.bin', 'u\n')
    writeFile(work, 'elsewhere.txt', 'e\n')
    git(work, 'add', '-A')
    git(work, 'commit', '-q', '-m', 'Initial')
    dirty = createGitCommandManager(work, gitEnv)
  })

  it('is empty for a clean checkout, and for no paths', async () => {
    expect(await dirty.dirtyPaths(['keep', 'moving', 'modèle'])).toEqual([])
    expect(await dirty.dirtyPaths([])).toEqual([])
  })

  it('lists modified, untracked, deleted and renamed files under the given paths only', async () => {
    writeFileSync(path.join(work, 'moving/m.bin'), 'changed\n')
    writeFile(work, 'moving/new dir/untracked file.txt', 'new\n')
    unlinkSync(path.join(work, 'moving/gone.bin'))
    git(work, 'mv', 'moving/old name.bin', 'moving/new näme.bin')
    writeFileSync(path.join(work, 'modèle/ü.bin'), 'changed\n')
    writeFileSync(path.join(work, 'elsewhere.txt'), 'changed\n')
    writeFile(work, 'untracked-elsewhere.txt', 'x\n')

    expect((await dirty.dirtyPaths(['moving', 'modèle', 'keep'])).sort()).toEqual(
      [
        'moving/m.bin',
        'moving/new dir/untracked file.txt',
        'moving/gone.bin',
        'moving/new näme.bin',
        'modèle/ü.bin'
      ].sort()
    )
    expect(await dirty.dirtyPaths(['keep'])).toEqual([])
    expect(await dirty.dirtyPaths(['modèle/ü.bin'])).toEqual(['modèle/ü.bin'])
  })

  it('sees a staged rename out of a path as a deletion there', async () => {
    git(work, 'mv', 'keep/a.bin', 'outside.bin')
    expect(await dirty.dirtyPaths(['keep'])).toEqual(['keep/a.bin'])
  })
})

describe('branch and remote', () => {
  it('currentBranch names the branch, and is undefined on a detached HEAD', async () => {
    const dir = newRepo()
    writeFile(dir, 'f.txt', '1\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'one')
    git(dir, 'checkout', '-q', '-b', 'feature/x')
    const manager = createGitCommandManager(dir, gitEnv)
    expect(await manager.currentBranch()).toBe('feature/x')
    git(dir, 'checkout', '-q', '--detach')
    expect(await manager.currentBranch()).toBeUndefined()
  })

  it('remoteUrl gives the URL of a remote, undefined when there is none', async () => {
    const dir = newRepo()
    const manager = createGitCommandManager(dir, gitEnv)
    expect(await manager.remoteUrl('origin')).toBeUndefined()
    git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/models.git')
    expect(await manager.remoteUrl('origin')).toBe('git@github.com:acme/models.git')
    expect(await manager.remoteUrl('upstream')).toBeUndefined()
  })
})

describe('errors', () => {
  it('a folder that is not a git checkout is one clear UsageError line', async () => {
    const dir = tempDir('modelgate-not-git-')
    dirs.push(dir)
    // Outside any repository even if the temp folder sits inside one.
    const manager = createGitCommandManager(dir, { ...gitEnv, GIT_CEILING_DIRECTORIES: dir })
    const error = await rejection(manager.headCommit())
    expect(error).toBeInstanceOf(UsageError)
    const message = (error as UsageError).message
    expect(message).toBe(
      `${dir} is not a git checkout: promote builds the pull request from the committed files of a clone of the repository`
    )
    expect(message).not.toContain('\n')
  })

  it('a folder that does not exist says the same', async () => {
    const missing = path.join(tempDir('modelgate-gone-'), 'nope')
    dirs.push(path.dirname(missing))
    const error = await rejection(createGitCommandManager(missing, gitEnv).headCommit())
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(/nope is not a git checkout/)
  })

  it('a repository without commits names the git command and git’s reason on one line', async () => {
    const dir = newRepo()
    const error = await rejection(createGitCommandManager(dir, gitEnv).headCommit())
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(
      new RegExp(`^git rev-parse --verify HEAD\\^\\{commit\\} failed in ${dir}: fatal: `)
    )
    expect((error as Error).message).not.toContain('\n')
  })

  it('an unknown commit fails treeOf the same way', async () => {
    const error = await rejection(manager.treeOf('0'.repeat(40)))
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(/^git rev-parse --verify 0{40}\^\{tree\} failed in /)
    expect((error as Error).message).not.toContain('\n')
  })
})
