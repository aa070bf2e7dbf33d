/**
 * The artifact adapter against a local stand-in of the Actions artifact service: the real
 * @actions/artifact client zips the folder, talks twirp and Azure Blob to 127.0.0.1, and the
 * test unzips what the stand-in committed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { artifactName, createArtifactUploader } from '../../src/adapters/artifact.js'
import { startArtifactService, type ArtifactServiceStandIn } from '../helpers/artifact-service.js'

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService'

let service: ArtifactServiceStandIn
let tmp: string
let folder: string
const files = new Map<string, Buffer>()

beforeAll(async () => {
  service = await startArtifactService()
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelgate-artifact-'))
  folder = path.join(tmp, 'out', 'churn', '1.2.0')
  // Random bytes do not deflate, so the zip outgrows the client's fixed 8 MiB upload chunk and
  // the blob is staged as two blocks (a 3 MB file would fit in one).
  files.set('model.bin', randomBytes(9 * 1024 * 1024))
  files.set('result.json', Buffer.from('{"status":"ok","metrics":{"auc":0.91}}\n'))
  files.set('metrics/eval.csv', Buffer.from('label,score\n1,0.9\n0,0.2\n'))
  files.set('metrics/plots/deep/notes with spaces.txt', Buffer.from('nested\n'))
  files.set('empty.log', Buffer.alloc(0))
  for (const [rel, bytes] of files) {
    await mkdir(path.dirname(path.join(folder, rel)), { recursive: true })
    await writeFile(path.join(folder, rel), bytes)
  }
})

afterAll(async () => {
  await service.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('artifactName', () => {
  it('names model, version and run attempt', () => {
    expect(artifactName('churn', '1.2.0', '2')).toBe('modelgate-churn-1.2.0-attempt-2')
    expect(artifactName('churn', 'benchmark', undefined)).toBe(
      'modelgate-churn-benchmark-attempt-1'
    )
    expect(artifactName('churn', '1.0.0', '')).toBe('modelgate-churn-1.0.0-attempt-1')
  })

  it('replaces characters the artifact service rejects', () => {
    expect(artifactName('a/b\\c:d', '1"<>|*?', '1\r\n')).toBe('modelgate-a-b-c-d-1-------attempt-1')
  })
})

describe('createArtifactUploader', () => {
  it('returns undefined outside Actions (no runtime token or results URL)', async () => {
    expect(await createArtifactUploader({})).toBeUndefined()
    expect(
      await createArtifactUploader({ ACTIONS_RESULTS_URL: service.env.ACTIONS_RESULTS_URL })
    ).toBeUndefined()
    expect(
      await createArtifactUploader({ ACTIONS_RUNTIME_TOKEN: service.env.ACTIONS_RUNTIME_TOKEN })
    ).toBeUndefined()
  })
})

describe('upload to the stand-in artifact service', () => {
  it('zips the folder, stages blocks, commits and finalizes', async () => {
    const before = service.requests.length
    const name = artifactName('churn', '1.2.0', '1')
    const { value, error, connections, stdout } = await inActions(async () => {
      const uploader = await createArtifactUploader(process.env)
      if (!uploader) throw new Error('expected an uploader')
      return uploader.upload(name, folder)
    })
    expect(error).toBeUndefined()
    const requests = service.requests.slice(before)

    // Block uploads run concurrently, so only their count is fixed, not their order.
    const blob = service.artifacts.get(name)?.blobPath
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `POST ${TWIRP}/CreateArtifact`,
      `PUT ${blob}`,
      `PUT ${blob}`,
      `PUT ${blob}`,
      `POST ${TWIRP}/FinalizeArtifact`
    ])
    expect(requests.map(r => r.kind)).toEqual([
      'CreateArtifact',
      'PutBlock',
      'PutBlock',
      'PutBlockList',
      'FinalizeArtifact'
    ])
    expect(requests.every(r => r.status === 200 || r.status === 201)).toBe(true)
    // The bearer token goes to the results service only; blob storage is reached by SAS.
    for (const r of requests) {
      expect(r.headers.authorization).toBe(
        r.path.startsWith(TWIRP) ? `Bearer ${service.token}` : undefined
      )
    }
    expect(connections.length).toBeGreaterThan(0)
    expect(connections.every(c => c === new URL(service.url).host)).toBe(true)

    const stored = service.artifacts.get(name)
    if (!stored) throw new Error(`the stand-in has no artifact ${name}`)
    expect(stored).toMatchObject({
      finalized: true,
      mimeType: 'application/zip',
      contentType: 'application/zip',
      version: 7,
      expiresAt: undefined,
      workflowRunBackendId: service.workflowRunBackendId,
      workflowJobRunBackendId: service.workflowJobRunBackendId
    })
    expect(stored.blockIds).toHaveLength(2)
    expect(stored.finalizeSize).toBe(String(stored.zip.length))
    expect(stored.finalizeHash).toBe(`sha256:${sha256(stored.zip)}`)
    const blockBytes = requests.filter(r => r.kind === 'PutBlock').map(r => r.bodySize)
    expect(blockBytes.reduce((a, b) => a + b, 0)).toBe(stored.zip.length)
    expect(Math.max(...blockBytes)).toBe(8 * 1024 * 1024)

    expect(value).toEqual({ id: stored.id, size: stored.zip.length, name })
    expect(stdout).toContain(`Artifact ${name} successfully finalized. Artifact ID ${stored.id}`)

    const zipPath = path.join(tmp, `${name}.zip`)
    await writeFile(zipPath, stored.zip)
    execFileSync('unzip', ['-tq', zipPath]) // CRCs of every entry
    const listed = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' })
    expect(listed.split('\n').filter(Boolean).sort()).toEqual([...files.keys()].sort())
    for (const [rel, bytes] of files) {
      const out = execFileSync('unzip', ['-p', zipPath, rel], { maxBuffer: 64 * 1024 * 1024 })
      expect(sha256(out)).toBe(sha256(bytes))
    }
  })

  it('asks for the retention it was given', async () => {
    const name = 'modelgate-retention'
    const { value } = await inActions(async () => {
      const uploader = await createArtifactUploader(process.env, { retentionDays: 3 })
      return uploader?.upload(name, path.join(folder, 'metrics'))
    })
    const stored = service.artifacts.get(name)
    expect(value?.id).toBe(stored?.id)
    const days = (Date.parse(stored?.expiresAt ?? '') - Date.now()) / 86_400_000
    // The client adds calendar days in local time, so a DST change may shift it by an hour.
    expect(days).toBeGreaterThan(2.9)
    expect(days).toBeLessThan(3.1)
  })

  it('refuses an empty folder before calling the service', async () => {
    const empty = path.join(tmp, 'empty')
    await mkdir(empty, { recursive: true })
    const before = service.requests.length
    const { error, connections } = await inActions(async () =>
      (await createArtifactUploader(process.env))?.upload('modelgate-empty', empty)
    )
    expect(String(error)).toContain(`no files to upload in ${empty}`)
    expect(service.requests.length).toBe(before)
    expect(connections).toEqual([])
  })

  it('rejects a second artifact with the same name (why the name carries the attempt)', async () => {
    const name = 'modelgate-twice'
    const small = path.join(folder, 'metrics')
    const first = await inActions(async () =>
      (await createArtifactUploader(process.env))?.upload(name, small)
    )
    expect(first.error).toBeUndefined()
    const second = await inActions(async () =>
      (await createArtifactUploader(process.env))?.upload(name, small)
    )
    expect(String(second.error)).toContain(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ' +
        `an artifact named ${name} already exists`
    )
  })

  it('rejects at once when the service refuses the token (401 is not retried)', async () => {
    const before = service.requests.length
    const { error } = await inActions(
      async () => (await createArtifactUploader(process.env))?.upload('modelgate-401', folder),
      { ACTIONS_RUNTIME_TOKEN: service.token.replace(/\.[^.]+$/, '.forged') }
    )
    expect(String(error)).toContain(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (401) Unauthorized'
    )
    expect(service.requests.slice(before).map(r => r.status)).toEqual([401])
  })

  it('retries a 500 on CreateArtifact after 3 s and then succeeds', async () => {
    const before = service.requests.length
    service.failNext('CreateArtifact', { status: 500 })
    const { result, delays } = await withRetryWaitsRecorded(() =>
      inActions(async () =>
        (await createArtifactUploader(process.env))?.upload(
          'modelgate-retry',
          path.join(folder, 'metrics')
        )
      )
    )
    const { value, error } = result
    expect(error).toBeUndefined()
    expect(value?.id).toBe(service.artifacts.get('modelgate-retry')?.id)
    expect(delays).toEqual([3000])
    const creates = service.requests.slice(before).filter(r => r.kind === 'CreateArtifact')
    expect(creates.map(r => r.status)).toEqual([500, 200])
  })

  it('survives a 503 on a block upload (the storage SDK retries it at once)', async () => {
    const before = service.requests.length
    service.failNext('PutBlock', { status: 503 })
    const { value, error } = await inActions(async () =>
      (await createArtifactUploader(process.env))?.upload(
        'modelgate-503',
        path.join(folder, 'metrics')
      )
    )
    expect(error).toBeUndefined()
    expect(value?.id).toBe(service.artifacts.get('modelgate-503')?.id)
    expect(service.requests.slice(before).map(r => `${r.kind} ${r.status}`)).toEqual([
      'CreateArtifact 200',
      'PutBlock 503',
      'PutBlock 201',
      'PutBlockList 201',
      'FinalizeArtifact 200'
    ])
  })

  it('rejects when blob storage refuses the commit (4xx is not retried)', async () => {
    const before = service.requests.length
    service.failNext('PutBlockList', {
      status: 400,
      code: 'InvalidBlockList',
      msg: 'The specified block list is invalid.'
    })
    const { error } = await inActions(async () =>
      (await createArtifactUploader(process.env))?.upload(
        'modelgate-400',
        path.join(folder, 'metrics')
      )
    )
    expect(String(error)).toContain('The specified block list is invalid.')
    expect(service.artifacts.get('modelgate-400')?.finalized).toBe(false)
    expect(service.requests.slice(before).map(r => r.kind)).not.toContain('FinalizeArtifact')
  })

  it('rejects with the service message once a persistent 500 exhausts 5 attempts', async () => {
    const before = service.requests.length
    service.failNext('CreateArtifact', { status: 500, times: 100, msg: 'results service is down' })
    // The client waits 3 s, then ×1.5 (with jitter) between its 5 attempts, ~25-35 s in all.
    const { result, delays } = await withRetryWaitsRecorded(() =>
      inActions(async () =>
        (await createArtifactUploader(process.env))?.upload('modelgate-500', folder)
      )
    ).finally(() => service.failNext('CreateArtifact', { status: 500, times: 0 }))
    expect(String(result.error)).toContain(
      'Failed to CreateArtifact: Failed to make request after 5 attempts: ' +
        'Failed request: (500) Internal Server Error: results service is down'
    )
    const creates = service.requests.slice(before)
    expect(creates.map(r => `${r.kind} ${r.status}`)).toEqual(Array(5).fill('CreateArtifact 500'))
    // Attempt k (k >= 1) waits in [3000 * 1.5^k, 3000 * 1.5^(k+1)); the first exactly 3000.
    expect(delays).toHaveLength(4)
    expect(delays[0]).toBe(3000)
    delays.slice(1).forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(3000 * 1.5 ** (i + 1))
      expect(ms).toBeLessThan(3000 * 1.5 ** (i + 2))
    })
  })
})

/**
 * Runs `fn` with the artifact client's retry waits recorded and cut to 1 ms. @actions/artifact
 * builds its HTTP client inside `uploadArtifact`, with no way to pass it a retry interval or a
 * sleep (so the adapter has none to offer); its sleep is a plain global setTimeout of 3 s or
 * more, so the timers of a second or more are the ones recorded.
 */
async function withRetryWaitsRecorded<T>(
  fn: () => Promise<T>
): Promise<{ result: T; delays: number[] }> {
  const delays: number[] = []
  const realSetTimeout = globalThis.setTimeout
  globalThis.setTimeout = ((callback: () => void, ms?: number) => {
    if (ms !== undefined && ms >= 1000) delays.push(ms)
    return realSetTimeout(callback, ms !== undefined && ms >= 1000 ? 1 : ms)
  }) as unknown as typeof setTimeout
  try {
    return { result: await fn(), delays }
  } finally {
    globalThis.setTimeout = realSetTimeout
  }
}

interface ActionsRun<T> {
  value: T | undefined
  error: unknown
  /** host:port of every TCP connection opened meanwhile, whoever opened it. */
  connections: string[]
  /** What @actions/core printed (info lines and ::debug:: / ::add-mask:: commands). */
  stdout: string
}

/**
 * Runs `fn` with the Actions environment pointing at the stand-in. @actions/artifact reads
 * process.env when it runs, so the variables are set around the call and restored after;
 * stdout is captured because the library logs through @actions/core; socket connects are
 * recorded to prove that nothing but the stand-in is contacted.
 */
async function inActions<T>(
  fn: () => Promise<T>,
  overrides: Record<string, string> = {}
): Promise<ActionsRun<T>> {
  const vars: Record<string, string | undefined> = {
    ...service.env,
    ...overrides,
    // Runner tuning a developer's shell might carry would change what the client does.
    ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY: undefined,
    ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: undefined,
    GITHUB_RETENTION_DAYS: undefined
  }
  const saved = Object.fromEntries(Object.keys(vars).map(k => [k, process.env[k]]))
  const setAll = (values: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
  const connections: string[] = []
  const realConnect = net.Socket.prototype.connect
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    connections.push(describeConnect(args))
    return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args)
  } as typeof realConnect
  let stdout = ''
  const realWrite = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  setAll(vars)
  try {
    return { value: await fn(), error: undefined, connections, stdout }
  } catch (error) {
    return { value: undefined, error, connections, stdout }
  } finally {
    setAll(saved)
    process.stdout.write = realWrite
    net.Socket.prototype.connect = realConnect
  }
}

/** net.Socket#connect takes (options), (port, host) or the normalized [options, cb] array. */
function describeConnect(args: unknown[]): string {
  let first = args[0]
  if (Array.isArray(first)) first = first[0]
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: string; port?: number; path?: string }
    return o.path ?? `${o.host ?? 'localhost'}:${o.port}`
  }
  if (typeof first === 'number')
    return `${typeof args[1] === 'string' ? args[1] : 'localhost'}:${first}`
  return String(first)
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
