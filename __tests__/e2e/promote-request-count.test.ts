/**
 * A promotion's cost does not grow with the model (SPEC §5 step 3): moving
 * one small file, 200 files, or a 200 MB file tracked by Git LFS takes the
 * same requests, and no request carries model bytes — the folders move as
 * tree SHAs GitHub already has. Run through src/main.ts in-process, as the runner runs the bundle, against the REST
 * stand-in, with real git-lfs making the pointer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { runActionInProcess } from '../helpers/in-process-action.js'
import type { RecordedRequest } from '../helpers/github-stand-in.js'
import { gitInit, sha256, tempDir, writeFile } from '../helpers/registry-fixture.js'
import { apiEnv, git, publishRepo, TOKEN, type RemoteRepo } from '../helpers/remote-repo.js'

const MANY = 200
const LARGE_MB = 200
const MARKER = 'model-bytes-'

let remote: RemoteRepo
let source: string

/** Writes `mb` MiB of random-looking bytes without holding them in memory; returns the digest. */
function writeLargeFile(abs: string, mb: number): string {
  const chunk = randomBytes(1024 * 1024)
  const hash = createHash('sha256')
  const fd = openSync(abs, 'w')
  try {
    for (let i = 0; i < mb; i++) {
      chunk.writeUInt32LE(i, 0) // no two MiB alike
      writeSync(fd, chunk)
      hash.update(chunk)
    }
  } finally {
    closeSync(fd)
  }
  return `sha256:${hash.digest('hex')}`
}

function versionYaml(files: Record<string, string>): string {
  const lines = Object.entries(files).map(([name, digest]) => `          ${name}: "${digest}"`)
  return ['      - version: "1.0.0"', '        stage: staging', '        files:', ...lines].join(
    '\n'
  )
}

beforeAll(async () => {
  execFileSync('git', ['lfs', 'version'], { stdio: 'ignore' }) // git-lfs is part of the test (npm run setup installs it)
  source = tempDir('modelgate-sizes-')
  gitInit(source)
  git(source, 'lfs', 'install', '--local')
  writeFile(source, '.gitattributes', 'weights.bin filter=lfs diff=lfs merge=lfs -text\n')

  const tinyBytes = `${MARKER}tiny\n`
  writeFile(source, 'models/staging/tiny/1.0.0/model.bin', tinyBytes)
  const many: Record<string, string> = {}
  for (let i = 0; i < MANY; i++) {
    const name = `part-${String(i).padStart(3, '0')}.bin`
    const bytes = `${MARKER}${i}\n`.repeat(50)
    writeFile(source, `models/staging/many/1.0.0/${name}`, bytes)
    many[name] = sha256(bytes)
  }
  writeFile(source, 'models/staging/denied/1.0.0/model.bin', `${MARKER}denied\n`)
  const largeAbs = writeFile(source, 'models/staging/large/1.0.0/weights.bin', '')
  const largeDigest = writeLargeFile(largeAbs, LARGE_MB)

  writeFile(
    source,
    'models/registry.yaml',
    [
      'apiVersion: modelgate/v1',
      'stages:',
      '  - name: staging',
      '  - name: production',
      'benchmark: false',
      'models:',
      '  tiny:',
      '    files: [model.bin]',
      '    versions:',
      versionYaml({ 'model.bin': sha256(tinyBytes) }),
      '  many:',
      `    files: [${Object.keys(many).join(', ')}]`,
      '    versions:',
      versionYaml(many),
      '  denied:',
      '    files: [model.bin]',
      '    versions:',
      versionYaml({ 'model.bin': sha256(`${MARKER}denied\n`) }),
      '  large:',
      '    files: [weights.bin]',
      '    versions:',
      versionYaml({ 'weights.bin': largeDigest }),
      ''
    ].join('\n')
  )
  remote = await publishRepo(source)
}, 180000)
afterAll(async () => {
  await remote?.close()
  rmSync(source, { recursive: true, force: true })
})

/** Runs one promotion and returns the requests it made. */
async function promote(model: string): Promise<RecordedRequest[]> {
  const seen = remote.gh.requests.length
  // The workspace is the repository the files were committed in: the 200 MB file is really
  // there (smudged), so a request carrying it could not go unnoticed.
  const run = await runActionInProcess({
    inputs: { command: 'promote', model, version: '1.0.0', to: 'production', token: TOKEN },
    workspace: source,
    env: apiEnv(remote.gh)
  })
  if (run.code !== 0) throw new Error(`promote ${model} failed:\n${run.stdout}\n${run.stderr}`)
  expect(run.outputs['pull-request-operation']).toBe('created')
  return remote.gh.requests.slice(seen)
}

/** `POST /git/trees`, with SHAs, numbers and the model's name made generic. */
function shape(requests: RecordedRequest[], model: string): string[] {
  return requests.map(r =>
    `${r.method} ${r.path}`
      .replace(/[0-9a-f]{40}/g, '<sha>')
      .replace(/\/\d+\//g, '/<n>/')
      .replaceAll(model, '<model>')
  )
}

describe('the requests of a promotion do not depend on the size of the model', () => {
  const made: Record<string, RecordedRequest[]> = {}
  beforeAll(async () => {
    for (const model of ['tiny', 'many', 'large']) made[model] = await promote(model)
  }, 180000)

  it('the 200 MB file really is in Git LFS: main holds a pointer, the checkout the bytes', () => {
    const blob = remote.show('main', 'models/staging/large/1.0.0/weights.bin')
    expect(blob).toMatch(/^version https:\/\/git-lfs\.github\.com\/spec\/v1\noid sha256:/)
    const local = path.join(source, 'models/staging/large/1.0.0/weights.bin')
    expect(readFileSync(local).length).toBe(LARGE_MB * 1024 * 1024)
  })

  it('makes the same requests for 1 file, 200 files and a 200 MB LFS file', () => {
    expect(shape(made.many, 'many')).toEqual(shape(made.tiny, 'tiny'))
    expect(shape(made.large, 'large')).toEqual(shape(made.tiny, 'tiny'))
    expect(made.tiny.length).toBeLessThanOrEqual(12)
  })

  it('sends no model bytes: small bodies, none holding a model file’s content', () => {
    for (const request of [...made.tiny, ...made.many, ...made.large]) {
      expect(request.bodySize).toBeLessThan(64 * 1024)
      expect(JSON.stringify(request.body ?? '')).not.toContain(MARKER)
    }
    // 200 MB of model cost what one small file costs, give or take the names in the texts.
    const sent = (requests: RecordedRequest[]) => requests.reduce((n, r) => n + r.bodySize, 0)
    expect(Math.abs(sent(made.large) - sent(made.tiny))).toBeLessThan(2048)
    const trees = made.many.filter(r => r.method === 'POST' && r.path.endsWith('/git/trees'))
    expect(trees).toHaveLength(1)
    const entries = (trees[0].body as { tree: Array<{ path: string; sha?: string | null }> }).tree
    // The folder moves as one entry and its old path goes as one more, plus the manifest.
    expect(entries.map(e => [e.path, e.sha === null ? null : typeof e.sha])).toEqual([
      ['models/staging/many/1.0.0', null],
      ['models/production/many/1.0.0', 'string'],
      ['models/registry.yaml', 'undefined']
    ])
  })

  it('moves all 200 files and the LFS pointer byte for byte', () => {
    for (const model of ['many', 'large']) {
      const ref = `refs/heads/modelgate/promote/${model}-to-production`
      expect(remote.objectAt(ref, `models/production/${model}/1.0.0`)).toBe(
        remote.objectAt('main', `models/staging/${model}/1.0.0`)
      )
    }
    const listing = git(
      remote.bare,
      'ls-tree',
      '--name-only',
      'refs/heads/modelgate/promote/many-to-production',
      'models/production/many/1.0.0/'
    )
    expect(listing.split('\n')).toHaveLength(MANY)
  })
})

describe('a repository that does not let Actions open pull requests', () => {
  const inputs = { command: 'promote', model: 'denied', version: '1.0.0', to: 'production' }
  const BRANCH = 'refs/heads/modelgate/promote/denied-to-production'

  it('names the setting (exit 2); once it is on, the rerun opens the PR on the same commit', async () => {
    remote.gh.failNext(
      'POST /pulls',
      403,
      1,
      'GitHub Actions is not permitted to create or approve pull requests.'
    )
    const run = { inputs: { ...inputs, token: TOKEN }, workspace: source, env: apiEnv(remote.gh) }
    const refused = await runActionInProcess(run)
    expect(refused.code).toBe(2)
    expect(refused.stdout).toMatch(
      /::error::.*Allow GitHub Actions to create and approve pull requests/
    )
    // Registered as a secret (the runner masks it), and never printed otherwise.
    const printed = (refused.stdout + refused.stderr).replace(`::add-mask::${TOKEN}\n`, '')
    expect(printed).not.toContain(TOKEN)
    const commit = git(remote.bare, 'rev-parse', BRANCH)

    const seen = remote.gh.requests.length
    const rerun = await runActionInProcess(run)
    expect(rerun.code).toBe(0)
    expect(rerun.outputs['pull-request-operation']).toBe('created')
    // The branch already carried this plan: no second commit, only the pull request.
    const made = remote.gh.requests.slice(seen).map(r => `${r.method} ${r.path}`)
    expect(made.filter(r => /git\/(trees|commits|refs)$/.test(r) && !r.startsWith('GET'))).toEqual(
      []
    )
    expect(git(remote.bare, 'rev-parse', BRANCH)).toBe(commit)
    expect(remote.gh.pulls.find(p => p.head === BRANCH.slice('refs/heads/'.length))).toBeDefined()
  }, 60000)
})
