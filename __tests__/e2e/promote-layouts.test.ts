/**
 * Promotions follow the layout templates (issue #12), run through src/main.ts
 * in-process as the runner runs the action, against the REST stand-in over a
 * real bare repository:
 *
 * - a file layout (seed 000: the stage is the file name, `{stage}{ext}` under
 *   `resources`): the branch holds the same blobs, with their modes, at the
 *   rendered paths; the version that served is archived by the archive's
 *   template; the benchmark copy is refreshed in place; ignored files stay;
 *   and `validate` passes on the branch;
 * - a folder layout (seed 004, `{stage}/{model}_v{version}`): each version
 *   moves as one tree entry, so promoting a 1-file and a 50-file version
 *   takes the same requests.
 *
 * Every request is checked against GitHub's OpenAPI description.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, rmSync } from 'node:fs'
import path from 'node:path'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { contractProblems } from '../helpers/openapi-contract.js'
import type { RecordedRequest } from '../helpers/github-stand-in.js'
import { gitInit, sha256, tempDir, writeFile } from '../helpers/registry-fixture.js'
import { apiEnv, git, publishRepo, TOKEN, type RemoteRepo } from '../helpers/remote-repo.js'

const cleanup: Array<() => Promise<void> | void> = []
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c()
})

async function publish(files: Record<string, string>, executable: string[] = []) {
  const source = tempDir('modelgate-layouts-')
  gitInit(source)
  for (const [rel, text] of Object.entries(files)) writeFile(source, rel, text)
  for (const rel of executable) chmodSync(path.join(source, rel), 0o755)
  const remote = await publishRepo(source)
  cleanup.push(
    () => rmSync(source, { recursive: true, force: true }),
    () => remote.close()
  )
  return { source, remote }
}

async function promote(
  repo: { source: string; remote: RemoteRepo },
  model: string,
  version: string,
  to: string
): Promise<RecordedRequest[]> {
  const seen = repo.remote.gh.requests.length
  const run = await runActionInProcess({
    inputs: { command: 'promote', manifest: 'modelgate.yaml', model, version, to, token: TOKEN },
    workspace: repo.source,
    env: apiEnv(repo.remote.gh)
  })
  if (run.code !== 0) throw new Error(`promote ${model} failed:\n${run.stdout}\n${run.stderr}`)
  expect(run.outputs['pull-request-operation']).toBe('created')
  return repo.remote.gh.requests.slice(seen)
}

async function register(
  repo: { source: string; remote: RemoteRepo },
  model: string,
  version: string,
  files: Record<string, string>
) {
  const trained = tempDir('modelgate-trained-')
  cleanup.push(() => rmSync(trained, { recursive: true, force: true }))
  for (const [rel, text] of Object.entries(files)) writeFile(trained, rel, text)
  const run = await runActionInProcess({
    inputs: {
      command: 'register',
      manifest: 'modelgate.yaml',
      model,
      version,
      source: trained,
      token: TOKEN
    },
    workspace: repo.source,
    env: apiEnv(repo.remote.gh)
  })
  if (run.code !== 0) throw new Error(`register ${model} failed:\n${run.stdout}\n${run.stderr}`)
  return run
}

/** `validate` on a fresh clone of `branch`: its exit code and output. */
async function validateBranch(remote: RemoteRepo, branch: string) {
  const checkout = tempDir('modelgate-layouts-branch-')
  cleanup.push(() => rmSync(checkout, { recursive: true, force: true }))
  git(checkout, 'clone', '-q', '-b', branch, remote.bare, '.')
  const run = await runActionInProcess({
    inputs: { command: 'validate', manifest: 'modelgate.yaml' },
    workspace: checkout
  })
  return { ...run, checkout }
}

/** The mode of `rel` at `rev` in the bare repository, as `ls-tree` gives it. */
function modeAt(remote: RemoteRepo, rev: string, rel: string): string {
  return git(remote.bare, 'ls-tree', rev, '--', rel).split(' ')[0]
}

const bytes = (v: string) => `keras weights of ${v}\n`

describe('a file layout: the stage is the file name (seed 000)', () => {
  const BRANCH = 'refs/heads/modelgate/promote/keyword-to-production'
  let repo: { source: string; remote: RemoteRepo }
  let made: RecordedRequest[]

  beforeAll(async () => {
    const entry = (v: string, stage: string) =>
      `      - { version: "${v}", stage: ${stage}, files: { model.keras: "${sha256(bytes(v))}" } }`
    repo = await publish(
      {
        'modelgate.yaml': [
          'apiVersion: modelgate/v1',
          'root: resources',
          'layout: "{stage}{ext}"',
          'ignore: ["README.md", "artifacts/**"]',
          'stages:',
          '  - name: development',
          '  - name: staging',
          '  - name: production',
          'benchmark: { folder: benchmark, copyOf: production }',
          'archive: { folder: archived, layout: "{stage}/{version}{ext}" }',
          'models:',
          '  keyword:',
          '    files: [model.keras]',
          '    versions:',
          entry('1.0.0', 'production'),
          entry('1.1.0', 'staging'),
          entry('1.2.0', 'development'),
          ''
        ].join('\n'),
        'resources/README.md': '# Resources\n',
        'resources/artifacts/keyword_sample.pkl': 'sample\n',
        'resources/production.keras': bytes('1.0.0'),
        'resources/benchmark.keras': bytes('1.0.0'),
        'resources/staging.keras': bytes('1.1.0'),
        'resources/development.keras': bytes('1.2.0')
      },
      ['resources/production.keras']
    )
    made = await promote(repo, 'keyword', '1.1.0', 'production')
  }, 120000)

  it('the branch holds the same blobs at the rendered paths, the archived one with its mode', () => {
    const { remote } = repo
    const main = (rel: string) => remote.objectAt('main', rel)
    const branch = (rel: string) => remote.objectAt(BRANCH, rel)
    expect(branch('resources/production.keras')).toBe(main('resources/staging.keras'))
    expect(branch('resources/archived/1.0.0.keras')).toBe(main('resources/production.keras'))
    expect(modeAt(remote, BRANCH, 'resources/archived/1.0.0.keras')).toBe('100755')
    expect(modeAt(remote, BRANCH, 'resources/production.keras')).toBe('100644')
    // the benchmark copy is refreshed in place from the promoted version
    expect(branch('resources/benchmark.keras')).toBe(main('resources/staging.keras'))
    expect(branch('resources/staging.keras')).toBeUndefined()
    // what did not move: the other stage, and the files `ignore:` names
    for (const rel of [
      'resources/development.keras',
      'resources/README.md',
      'resources/artifacts/keyword_sample.pkl'
    ]) {
      expect(branch(rel)).toBe(main(rel))
    }
  })

  it('sends one blob entry per file and deletes only the path nothing replaces', () => {
    const trees = made.filter(r => r.method === 'POST' && r.path.endsWith('/git/trees'))
    expect(trees).toHaveLength(1)
    const tree = (trees[0].body as { tree: Array<Record<string, unknown>> }).tree
    expect(tree.map(e => [e.path, e.mode, e.type, e.sha === null ? null : typeof e.sha])).toEqual([
      ['resources/staging.keras', '100644', 'blob', null],
      ['resources/production.keras', '100644', 'blob', 'string'],
      ['resources/archived/1.0.0.keras', '100755', 'blob', 'string'],
      ['resources/benchmark.keras', '100644', 'blob', 'string'],
      ['modelgate.yaml', '100644', 'blob', 'undefined']
    ])
    // GitHub's OpenAPI description accepts every request, the blob entries with mode and SHA too
    expect(contractProblems(made)).toEqual([])
    // no model bytes travel: blobs are referred to by SHA
    expect(made.filter(r => r.path.endsWith('/git/blobs'))).toEqual([])
    expect(JSON.stringify(trees[0].body)).not.toContain('keras weights')
  })

  it('validate passes on the branch', async () => {
    const run = await validateBranch(repo.remote, BRANCH.slice('refs/heads/'.length))
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    const manifest = git(run.checkout, 'show', 'HEAD:modelgate.yaml')
    expect(manifest).toMatch(/version: "1.0.0", stage: archived,.*reason: replaced/)
    expect(manifest).toMatch(/version: "1.1.0", stage: production/)
  })

  it('a dry run lists each file that moves', async () => {
    const seen = repo.remote.gh.requests.length
    const run = await runActionInProcess({
      inputs: {
        command: 'promote',
        manifest: 'modelgate.yaml',
        model: 'keyword',
        version: '1.1.0',
        to: 'production',
        'dry-run': 'true'
      },
      workspace: repo.source
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '    resources/production.keras → resources/archived/1.0.0.keras  [archive, one file]'
    )
    expect(run.stdout).toContain(
      '    resources/benchmark.keras → (removed: derived data)  [benchmark-remove, one file]'
    )
    expect(repo.remote.gh.requests.length).toBe(seen)
  })

  it('register puts the new file at development.keras and archives the version there', async () => {
    const { remote } = repo
    const ref = 'refs/heads/modelgate/register/keyword-1.3.0'
    await register(repo, 'keyword', '1.3.0', { 'model.keras': bytes('1.3.0') })
    const blobs = remote.gh.requests.filter(r => r.path.endsWith('/git/blobs'))
    expect(blobs).toHaveLength(1)
    expect(remote.show(ref, 'resources/development.keras')).toBe(bytes('1.3.0'))
    expect(remote.objectAt(ref, 'resources/archived/1.2.0.keras')).toBe(
      remote.objectAt('main', 'resources/development.keras')
    )
    const run = await validateBranch(remote, ref.slice('refs/heads/'.length))
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    const manifest = git(run.checkout, 'show', 'HEAD:modelgate.yaml')
    expect(manifest).toMatch(/version: "1.2.0", stage: archived,.*replacedBy: "?1.3.0/)
    expect(manifest).toMatch(/version: "1.3.0", stage: development, files: \{ model.keras: /)
  })
})

describe('a folder layout {stage}/{model}_v{version} (seed 004): the request count', () => {
  const WIDE = 50
  let repo: { source: string; remote: RemoteRepo }
  const made: Record<string, RecordedRequest[]> = {}

  beforeAll(async () => {
    const wide = Array.from({ length: WIDE }, (_, i) => `part-${String(i).padStart(2, '0')}.bin`)
    const files: Record<string, string> = {
      'models/staging/small_v1.0.0/model.bin': 'small\n'
    }
    for (const name of wide) files[`models/staging/wide_v1.0.0/${name}`] = `${name}\n`
    const map = (names: string[], model: string) =>
      names.map(n => `${n}: "${sha256(files[`models/staging/${model}_v1.0.0/${n}`])}"`).join(', ')
    files['modelgate.yaml'] = [
      'apiVersion: modelgate/v1',
      'root: models',
      'layout: "{stage}/{model}_v{version}"',
      'ignore: ["**/README.md"]',
      'stages:',
      '  - name: staging',
      '  - name: production',
      'benchmark: false',
      'models:',
      '  small:',
      '    versions:',
      `      - { version: "1.0.0", stage: staging, files: { ${map(['model.bin'], 'small')} } }`,
      '  wide:',
      '    versions:',
      `      - { version: "1.0.0", stage: staging, files: { ${map(wide, 'wide')} } }`,
      ''
    ].join('\n')
    repo = await publish(files)
    for (const model of ['small', 'wide']) {
      made[model] = await promote(repo, model, '1.0.0', 'production')
    }
  }, 120000)

  const shape = (requests: RecordedRequest[], model: string) =>
    requests.map(r =>
      `${r.method} ${r.path}`
        .replace(/[0-9a-f]{40}/g, '<sha>')
        .replace(/\/\d+\//g, '/<n>/')
        .replaceAll(model, '<model>')
    )

  it('makes the same requests for 1 file and 50 files, each folder one tree entry', () => {
    expect(shape(made.wide, 'wide')).toEqual(shape(made.small, 'small'))
    expect(contractProblems([...made.small, ...made.wide])).toEqual([])
    const trees = made.wide.filter(r => r.method === 'POST' && r.path.endsWith('/git/trees'))
    const tree = (trees[0].body as { tree: Array<Record<string, unknown>> }).tree
    expect(tree.map(e => [e.path, e.mode])).toEqual([
      ['models/staging/wide_v1.0.0', '040000'],
      ['models/production/wide_v1.0.0', '040000'],
      ['modelgate.yaml', '100644']
    ])
  })

  it('the branch holds the folder’s own tree at the rendered path', () => {
    const { remote } = repo
    expect(
      remote.objectAt(
        'refs/heads/modelgate/promote/wide-to-production',
        'models/production/wide_v1.0.0'
      )
    ).toBe(remote.objectAt('main', 'models/staging/wide_v1.0.0'))
  })

  it('register without a files list takes every file of the source that ignore: does not name', async () => {
    const { remote } = repo
    const ref = 'refs/heads/modelgate/register/small-1.1.0'
    const seen = remote.gh.requests.length
    await register(repo, 'small', '1.1.0', {
      'model.bin': 'small 1.1\n',
      'ckpt/epoch_1.pt': 'epoch 1\n',
      'README.md': '# notes\n'
    })
    const blobs = remote.gh.requests.slice(seen).filter(r => r.path.endsWith('/git/blobs'))
    expect(blobs).toHaveLength(2)
    const listing = git(remote.bare, 'ls-tree', '-r', '--name-only', ref, 'models/staging/')
    expect(listing.split('\n').filter(p => p.includes('small_v1.1.0'))).toEqual([
      'models/staging/small_v1.1.0/ckpt/epoch_1.pt',
      'models/staging/small_v1.1.0/model.bin'
    ])
    expect(remote.show(ref, 'modelgate.yaml')).toContain(
      `version: "1.1.0", stage: staging, files: { ckpt/epoch_1.pt: "${sha256('epoch 1\n')}", model.bin: "${sha256('small 1.1\n')}" }`
    )
  })
})
