/**
 * register as the Actions runner runs it (the bundled dist/index.js for the
 * first registration, src/main.ts in-process with the same runner files for the rest)
 * it, against the GitHub REST stand-in: a candidate trained for real with
 * scikit-learn enters development by pull request, the merged main
 * validates, and every refusal writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { runAction, runCliProcess, type ActionRun } from '../helpers/action-runner.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { exampleRepo, sklearnPath } from '../helpers/examples.js'
import { sha256 } from '../helpers/registry-fixture.js'
import {
  apiEnv,
  git,
  publishRepo,
  TOKEN,
  writeRequests,
  type RemoteRepo
} from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'

const MODEL = 'breast-cancer'
const TRAINED = `.modelgate/${MODEL}/1.4.0`
const BRANCH = `modelgate/register/${MODEL}-1.4.0`
const REF = `refs/heads/${BRANCH}`
const FILES = ['model.joblib', 'model.json']

let remote: RemoteRepo
let ws: string

/** The bundle for the main run, src/main.ts in-process for the rest. */
function register(
  inputs: Record<string, string>,
  workspace = ws,
  runner = runActionInProcess
): Promise<ActionRun> {
  return runner({
    inputs: { command: 'register', model: MODEL, token: TOKEN, ...inputs },
    workspace,
    env: apiEnv(remote.gh)
  })
}

function explain(run: ActionRun): string {
  return `exit ${run.code}\n${run.stdout}\n${run.stderr}`
}

interface Manifest {
  models: Record<string, { versions: Array<Record<string, unknown>> }>
  history: Array<Record<string, unknown>>
}

beforeAll(async () => {
  const source = exampleRepo('sklearn-classifier')
  remote = await publishRepo(source.dir)
  source.cleanup()
  ws = remote.clone()
  // Train the candidate for real: the model's own train.py, then its evaluate.py on the result.
  const run = await cli(['evaluate', '--model', MODEL, '--version', '1.4.0', '--train'], ws, {
    PATH: sklearnPath()
  })
  if (run.code !== 0) throw new Error(`training failed: ${run.stderr}`)
}, 180000)
afterAll(() => remote.close())

describe('register a freshly trained candidate', () => {
  let run: ActionRun
  let result: { metrics: Record<string, number>; commit?: string }
  beforeAll(async () => {
    result = JSON.parse(readFileSync(path.join(ws, TRAINED, 'result.json'), 'utf8'))
    run = await register(
      { version: '1.4.0', source: TRAINED, 'candidate-results': TRAINED },
      ws,
      runAction
    )
  }, 60000)

  it('opens one pull request on modelgate/register/<model>-<version>', () => {
    expect(run.code === 0 ? 0 : explain(run)).toBe(0)
    expect(run.outputs['pull-request-operation']).toBe('created')
    const [pr] = remote.gh.pulls
    expect(pr).toMatchObject({ head: BRANCH, base: 'main' })
    expect(pr.title).toBe(`Register ${MODEL} 1.4.0 in development`)
    expect(pr.body).toContain('## 🆕 Registration of breast-cancer 1.4.0')
    expect(pr.body).toMatch(/\| `models\/development\/breast-cancer\/1\.4\.0\/model\.joblib` \|/)
    expect(pr.body).toMatch(/\| accuracy \| 0\.95\d* \| ≥ 0\.9 \| ✅ \|/)
    expect(remote.gh.labels.get(pr.number)).toEqual(['modelgate', 'stage:development'])
  })

  it('uploads each new file once, as a blob holding exactly its bytes', () => {
    const blobs = remote.gh.requests.filter(r => r.path.endsWith('/git/blobs'))
    expect(blobs).toHaveLength(FILES.length)
    for (const file of FILES) {
      const local = readFileSync(path.join(ws, TRAINED, file))
      const sha = remote.objectAt(REF, `models/development/${MODEL}/1.4.0/${file}`)!
      expect(git(remote.bare, 'cat-file', '-s', sha)).toBe(String(local.length))
      // The blob's SHA is git's hash of exactly the trained file's bytes.
      expect(sha).toBe(git(ws, 'hash-object', path.join(TRAINED, file)))
    }
  })

  it('records digests, metrics, lineage and one history entry in the manifest', () => {
    const doc = parse(remote.show(REF, 'models/registry.yaml')) as Manifest
    const entry = doc.models[MODEL].versions[0]
    expect(entry).toMatchObject({
      version: '1.4.0',
      stage: 'development',
      files: Object.fromEntries(
        FILES.map(f => [f, sha256(readFileSync(path.join(ws, TRAINED, f)))])
      ),
      metrics: {
        accuracy: result.metrics.accuracy,
        f1_macro: result.metrics.f1_macro,
        roc_auc: result.metrics.roc_auc
      },
      source: {
        commit: git(ws, 'rev-parse', 'HEAD'),
        run: 'https://github.com/acme/models/actions/runs/42'
      }
    })
    expect(entry.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(doc.history.at(-1)).toMatchObject({
      model: MODEL,
      version: '1.4.0',
      from: null,
      to: 'development',
      actor: 'octocat'
    })
  })

  it('reports unchanged on a rerun, uploading nothing', async () => {
    const seen = remote.gh.requests.length
    const again = await register({
      version: '1.4.0',
      source: TRAINED,
      'candidate-results': TRAINED
    })
    expect(again.code).toBe(0)
    expect(again.outputs['pull-request-operation']).toBe('unchanged')
    expect(writeRequests({ ...remote.gh, requests: remote.gh.requests.slice(seen) })).toEqual([])
  })
})

describe('refusals exit 1 with one message and make no request', () => {
  const copy = (name: string, change: (dir: string) => void) => {
    const dir = path.join(ws, 'sources', name)
    cpSync(path.join(ws, TRAINED), dir, { recursive: true })
    change(dir)
    return path.relative(ws, dir)
  }
  const cases: Array<[string, () => Record<string, string>, RegExp]> = [
    [
      'a missing file',
      () => ({
        version: '1.5.0',
        source: copy('missing', d => rmSync(path.join(d, 'model.json')))
      }),
      /has no model\.json: a version is made of model\.joblib, model\.json/
    ],
    [
      'a file the model does not name',
      () => ({
        version: '1.5.0',
        source: copy('extra', d => writeFileSync(path.join(d, 'tokenizer.json'), '{}'))
      }),
      /also holds tokenizer\.json, which the model's files .* do not name/
    ],
    [
      'an existing version',
      () => ({ version: '1.2.0', source: TRAINED }),
      /breast-cancer 1\.2\.0 already exists \(as 1\.2\.0, in staging\)/
    ],
    [
      'a version lower than an existing one',
      () => ({ version: '1.2.5', source: TRAINED }),
      /1\.2\.5 is lower than breast-cancer 1\.3\.0, .*\(set allow-older/
    ],
    ['an unknown model', () => ({ model: 'nope', version: '1.0.0', source: TRAINED }), /nope/],
    [
      'results of another version',
      () => ({ version: '1.5.0', source: TRAINED, 'candidate-results': TRAINED }),
      /are for breast-cancer 1\.4\.0, not breast-cancer 1\.5\.0/
    ],
    [
      'a file over 100 MB that is not in Git LFS',
      () => ({
        version: '1.5.0',
        source: copy('large', d => truncateSync(path.join(d, 'model.joblib'), 101 * 1024 * 1024))
      }),
      /model\.joblib is 101 MB: GitHub refuses files over 100 MB in git; route it through Git LFS/
    ]
  ]

  it.each(cases)('%s', async (_name, inputs, message) => {
    const seen = remote.gh.requests.length
    const run = await register(inputs())
    expect(run.code === 1 ? 1 : explain(run)).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(remote.gh.requests.slice(seen)).toEqual([])
  })

  it('allow-older accepts a lower version (dry run: no request at all)', async () => {
    const seen = remote.gh.requests.length
    const run = await register({
      version: '1.2.5',
      source: TRAINED,
      'allow-older': 'true',
      'dry-run': 'true'
    })
    expect(run.code === 0 ? 0 : explain(run)).toBe(0)
    expect(run.stdout).toContain('dry run: breast-cancer 1.2.5 → development')
    expect(remote.gh.requests.slice(seen)).toEqual([])
  })
})

describe('after the merge', () => {
  let merged: string
  beforeAll(() => {
    remote.gh.mergePullRequest(remote.gh.pulls[0].number)
    merged = remote.clone()
  })

  it('main validates, with 1.4.0 in development byte for byte', () => {
    const check = runCliProcess(['validate'], merged)
    expect(check.status === 0 ? 0 : check.stdout + check.stderr).toBe(0)
    for (const file of FILES) {
      const there = readFileSync(path.join(merged, 'models/development', MODEL, '1.4.0', file))
      expect(there.equals(readFileSync(path.join(ws, TRAINED, file)))).toBe(true)
    }
  })
})

describe('a repository that keeps model files in Git LFS', () => {
  let run: ActionRun
  beforeAll(async () => {
    git(ws, 'pull', '-q', '--ff-only')
    writeFileSync(path.join(ws, '.gitattributes'), '*.joblib filter=lfs diff=lfs merge=lfs -text\n')
    git(ws, 'add', '.gitattributes')
    git(ws, 'commit', '-q', '-m', 'Keep joblib files in Git LFS')
    git(ws, 'push', '-q', '--no-verify', 'origin', 'main')
    run = await register({ version: '1.5.0', source: TRAINED })
  }, 60000)

  it('registers the LFS-routed file as a pointer and says how to push its object', () => {
    expect(run.code === 0 ? 0 : explain(run)).toBe(0)
    const bytes = readFileSync(path.join(ws, TRAINED, 'model.joblib'))
    const ref = `refs/heads/modelgate/register/${MODEL}-1.5.0`
    const pointer = remote.show(ref, `models/development/${MODEL}/1.5.0/model.joblib`)
    expect(pointer).toBe(
      `version https://git-lfs.github.com/spec/v1\noid ${sha256(bytes)}\nsize ${bytes.length}\n`
    )
    // model.json is not routed through LFS: a plain blob.
    expect(remote.show(ref, `models/development/${MODEL}/1.5.0/model.json`)).toBe(
      readFileSync(path.join(ws, TRAINED, 'model.json'), 'utf8')
    )
    expect(run.stdout).toMatch(
      /::warning::model\.joblib is registered as a Git LFS pointer; .*git lfs push --object-id origin [0-9a-f]{64}/
    )
    // The blobs uploaded: the pointer and model.json; the LFS-routed bytes never travel.
    const uploaded = remote.gh.requests
      .filter(r => r.path.endsWith('/git/blobs'))
      .slice(-2)
      .map(r => Buffer.from((r.body as { content: string }).content, 'base64'))
    expect(uploaded.map(b => b.toString('utf8'))).toEqual([
      pointer,
      readFileSync(path.join(ws, TRAINED, 'model.json'), 'utf8')
    ])
    expect(uploaded.some(b => b.equals(bytes))).toBe(false)
  })
})

describe('a registry whose benchmark copies the first stage', () => {
  // `copyOf: development`: development's newest version is the one compared against. Its copy
  // is of 1.3.0 until 1.4.0 is registered, which must refresh it in the same pull request.
  let copyRemote: RemoteRepo
  let run: ActionRun
  let blobsBefore: number
  const ref = `refs/heads/modelgate/register/${MODEL}-1.4.0`
  beforeAll(async () => {
    const source = exampleRepo('sklearn-classifier')
    source.edit(
      'benchmark: { folder: benchmark, copyOf: production }',
      'benchmark: { folder: benchmark, copyOf: development }'
    )
    rmSync(path.join(source.dir, `models/benchmark/${MODEL}`), { recursive: true })
    cpSync(
      path.join(source.dir, `models/development/${MODEL}/1.3.0`),
      path.join(source.dir, `models/benchmark/${MODEL}/1.3.0`),
      { recursive: true }
    )
    const before = runCliProcess(['validate'], source.dir)
    if (before.status !== 0)
      throw new Error(`the edited example does not validate: ${before.stdout}`)
    copyRemote = await publishRepo(source.dir)
    source.cleanup()
    const checkout = copyRemote.clone()
    cpSync(path.join(ws, TRAINED), path.join(checkout, TRAINED), { recursive: true })
    blobsBefore = copyRemote.gh.requests.filter(r => r.path.endsWith('/git/blobs')).length
    run = await runActionInProcess({
      inputs: {
        command: 'register',
        model: MODEL,
        token: TOKEN,
        version: '1.4.0',
        source: TRAINED
      },
      workspace: checkout,
      env: apiEnv(copyRemote.gh)
    })
  }, 60000)
  afterAll(() => copyRemote.close())

  it('adds 1.4.0 to development and as the benchmark copy, from one upload of each file', () => {
    expect(run.code === 0 ? 0 : explain(run)).toBe(0)
    for (const file of FILES) {
      const own = copyRemote.objectAt(ref, `models/development/${MODEL}/1.4.0/${file}`)
      expect(own).toBe(git(ws, 'hash-object', '--no-filters', path.join(TRAINED, file)))
      expect(copyRemote.objectAt(ref, `models/benchmark/${MODEL}/1.4.0/${file}`)).toBe(own)
    }
    expect(copyRemote.objectAt(ref, `models/benchmark/${MODEL}/1.3.0`)).toBeUndefined()
    expect(copyRemote.objectAt(ref, `models/development/${MODEL}/1.3.0`)).toBeDefined()
    const blobs = copyRemote.gh.requests.filter(r => r.path.endsWith('/git/blobs'))
    expect(blobs.length - blobsBefore).toBe(FILES.length)
    expect(copyRemote.gh.pulls[0].body).toContain(
      `**1.4.0** enters development: ${FILES.length} files`
    )
    expect(copyRemote.gh.pulls[0].body).toContain('Its benchmark copy replaces the current one.')
  })

  it('leaves a branch that validates', () => {
    copyRemote.gh.mergePullRequest(copyRemote.gh.pulls[0].number)
    const merged = copyRemote.clone()
    const check = runCliProcess(['validate'], merged)
    expect(check.status === 0 ? 0 : check.stdout + check.stderr).toBe(0)
  })
})
