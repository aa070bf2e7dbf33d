/**
 * A local stand-in for the GitHub Actions cache service (v2: the results service's twirp
 * CacheService plus the blob endpoint its signed URLs point at), serving exactly what
 * @actions/cache v6 `restoreCache` and `saveCache` call, on 127.0.0.1 with a random port:
 *
 *   POST /twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL (bearer token)
 *   GET  <signed download url>                          the archive (not *.blob.core.windows.net,
 *                                                       so the client downloads with a plain GET)
 *   POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry         (bearer token)
 *   PUT  <signed upload url>                            Put Blob (archives up to 128 MiB), or
 *   PUT  <signed upload url>&comp=block / &comp=blocklist
 *   POST /twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload (bearer token)
 *
 * Twirp bodies use proto field names (snake_case, int64 as strings), as the client sends them
 * (`useProtoFieldName: true`) and reads them. An entry is identified by key and version (the
 * client's digest of the paths and the compression) and is visible once finalized; the primary
 * key matches exactly, a restore key by prefix (newest first), as the service does. A key that
 * exists cannot be created again (twirp `already_exists`). Blob requests need the signature the
 * service handed out for that very blob (Azure answers 403 AuthenticationFailed otherwise).
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { closeServer, listenOnLoopback, readBody } from './loopback-server.js'
import { answerError, HttpError, storageHeaders } from './results-service.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'

export type CacheRequestKind =
  | 'GetCacheEntryDownloadURL'
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'Download'
  | 'PutBlob'
  | 'PutBlock'
  | 'PutBlockList'
  | 'other'

export interface CacheRecordedRequest {
  method: string
  kind: CacheRequestKind
  status: number
  /** The twirp request body (JSON), for twirp calls. */
  body?: Record<string, unknown>
}

export interface StoredCacheEntry {
  key: string
  version: string
  id: number
  /** The archive the client uploaded (tar, zstd or gzip compressed). */
  archive: Buffer
  /** `size_bytes` of FinalizeCacheEntryUpload, as sent. */
  sizeBytes: string | undefined
  finalized: boolean
  createdAt: number
}

export interface CacheServiceStandIn {
  url: string
  token: string
  /** What @actions/cache reads from process.env to use this service. */
  env: {
    ACTIONS_RUNTIME_TOKEN: string
    ACTIONS_RESULTS_URL: string
    ACTIONS_CACHE_SERVICE_V2: string
    GITHUB_SERVER_URL: string
  }
  requests: CacheRecordedRequest[]
  /** Every entry created, finalized or not, by `<key>|<version>`. */
  entries: Map<string, StoredCacheEntry>
  close(): Promise<void>
}

export async function startCacheService(): Promise<CacheServiceStandIn> {
  const token = runtimeToken()
  const requests: CacheRecordedRequest[] = []
  const entries = new Map<string, StoredCacheEntry>()
  /** Blob path → the entry it stores and the signature that grants access to it. */
  const blobs = new Map<
    string,
    { entry: StoredCacheEntry; sig: string; blocks: Map<string, Buffer> }
  >()
  let nextId = 1
  let url = ''

  const server = createServer((req, res) => {
    void readBody(req).then(
      body => {
        const parsed = new URL(req.url ?? '/', url)
        const record: CacheRecordedRequest = {
          method: req.method ?? '',
          kind: classify(req.method ?? '', parsed),
          status: 0
        }
        requests.push(record)
        const isTwirp = parsed.pathname.startsWith(TWIRP_PREFIX)
        try {
          if (isTwirp) {
            const json = twirpBody(req, body)
            record.body = json
            const reply = twirp(parsed.pathname.slice(TWIRP_PREFIX.length), json)
            record.status = 200
            res.writeHead(200, { 'content-type': 'application/json' })
            res.end(JSON.stringify(reply))
          } else {
            record.status = blob(req, parsed, body, record.kind, res)
          }
        } catch (error) {
          record.status = answerError(req, res, error, isTwirp)
        }
      },
      () => res.destroy()
    )
  })

  function twirpBody(req: IncomingMessage, raw: Buffer): Record<string, unknown> {
    if (req.method !== 'POST') throw new HttpError(404, 'bad_route', `${req.method} not allowed`)
    if (req.headers.authorization !== `Bearer ${token}`) {
      throw new HttpError(401, 'unauthenticated', 'missing or invalid bearer token')
    }
    if (!req.headers['content-type']?.startsWith('application/json')) {
      throw new HttpError(
        404,
        'bad_route',
        `unexpected content type ${req.headers['content-type']}`
      )
    }
    try {
      return JSON.parse(raw.toString('utf8')) as Record<string, unknown>
    } catch {
      throw new HttpError(400, 'malformed', 'the request body is not JSON')
    }
  }

  function twirp(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const key = body.key
    const version = body.version
    if (typeof key !== 'string' || key === '' || typeof version !== 'string' || version === '') {
      throw new HttpError(400, 'invalid_argument', 'key and version are required')
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const restoreKeys = Array.isArray(body.restore_keys) ? (body.restore_keys as string[]) : []
      const entry = lookup(key, version, restoreKeys)
      if (!entry) return { ok: false, signed_download_url: '', matched_key: '' }
      return { ok: true, signed_download_url: signedUrl(entry), matched_key: entry.key }
    }
    if (method === 'CreateCacheEntry') {
      if (entries.has(`${key}|${version}`)) {
        throw new HttpError(409, 'already_exists', `cache entry ${key} already exists`)
      }
      const entry: StoredCacheEntry = {
        key,
        version,
        id: nextId++,
        archive: Buffer.alloc(0),
        sizeBytes: undefined,
        finalized: false,
        createdAt: Date.now() + nextId
      }
      entries.set(`${key}|${version}`, entry)
      return { ok: true, signed_upload_url: signedUrl(entry) }
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.get(`${key}|${version}`)
      if (!entry) throw new HttpError(404, 'not_found', `no cache entry ${key} was created`)
      entry.sizeBytes = typeof body.size_bytes === 'string' ? body.size_bytes : undefined
      if (entry.sizeBytes !== String(entry.archive.length)) {
        throw new HttpError(
          400,
          'invalid_argument',
          `size ${String(body.size_bytes)} does not match the ${entry.archive.length} bytes uploaded`
        )
      }
      entry.finalized = true
      return { ok: true, entry_id: String(entry.id) }
    }
    throw new HttpError(404, 'bad_route', `no handler for ${method}`)
  }

  function lookup(key: string, version: string, restoreKeys: string[]) {
    const finalized = [...entries.values()].filter(e => e.finalized && e.version === version)
    const exact = finalized.find(e => e.key === key)
    if (exact) return exact
    for (const prefix of restoreKeys) {
      const match = finalized
        .filter(e => e.key.startsWith(prefix))
        .sort((a, b) => b.createdAt - a.createdAt)[0]
      if (match) return match
    }
    return undefined
  }

  function signedUrl(entry: StoredCacheEntry): string {
    const blobPath = `/devstoreaccount1/actions-cache/${entry.id}-${randomUUID()}`
    let state = [...blobs.entries()].find(([, b]) => b.entry === entry)
    if (!state) {
      state = [blobPath, { entry, sig: randomBytes(24).toString('base64'), blocks: new Map() }]
      blobs.set(state[0], state[1])
    }
    const sas = new URLSearchParams({ sig: state[1].sig, sp: 'rcw', sr: 'b', sv: '2024-11-04' })
    return `${url}${state[0]}?${sas.toString()}`
  }

  function blob(
    req: IncomingMessage,
    parsed: URL,
    body: Buffer,
    kind: CacheRequestKind,
    res: ServerResponse
  ): number {
    const state = blobs.get(parsed.pathname)
    if (!state || parsed.searchParams.get('sig') !== state.sig) {
      throw new HttpError(403, 'AuthenticationFailed', 'Server failed to authenticate the request.')
    }
    const headers = storageHeaders(req)
    if (kind === 'Download') {
      if (!state.entry.finalized) throw new HttpError(404, 'BlobNotFound', 'not committed')
      res.writeHead(200, {
        ...headers,
        'content-type': 'application/octet-stream',
        'content-length': String(state.entry.archive.length)
      })
      res.end(state.entry.archive)
      return 200
    }
    if (state.entry.finalized) {
      throw new HttpError(409, 'BlobImmutable', 'the entry is finalized and cannot be written')
    }
    if (kind === 'PutBlob') {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        throw new HttpError(400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob')
      }
      state.entry.archive = body
    } else if (kind === 'PutBlock') {
      state.blocks.set(parsed.searchParams.get('blockid') ?? '', body)
    } else if (kind === 'PutBlockList') {
      const ids = [...body.toString('utf8').matchAll(/<Latest>([^<]*)<\//g)].map(m => m[1])
      const parts = ids.map(id => state.blocks.get(id))
      if (parts.some(p => !p)) throw new HttpError(400, 'InvalidBlockList', 'unknown block')
      state.entry.archive = Buffer.concat(parts as Buffer[])
    } else {
      throw new HttpError(405, 'UnsupportedHttpVerb', `${req.method} is not served here`)
    }
    res.writeHead(201, {
      ...headers,
      'content-length': '0',
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true'
    })
    res.end()
    return 201
  }

  url = await listenOnLoopback(server)
  return {
    url,
    token,
    env: {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      // Anything but github.com, *.ghe.com or *.localhost makes the client use the v1 service (GHES).
      GITHUB_SERVER_URL: 'https://github.com'
    },
    requests,
    entries,
    close: () => closeServer(server)
  }
}

function classify(method: string, url: URL): CacheRequestKind {
  if (url.pathname.startsWith(TWIRP_PREFIX)) {
    const name = url.pathname.slice(TWIRP_PREFIX.length)
    return name === 'GetCacheEntryDownloadURL' ||
      name === 'CreateCacheEntry' ||
      name === 'FinalizeCacheEntryUpload'
      ? name
      : 'other'
  }
  if (method === 'GET') return 'Download'
  if (method !== 'PUT') return 'other'
  const comp = url.searchParams.get('comp')
  if (comp === 'block') return 'PutBlock'
  if (comp === 'blocklist') return 'PutBlockList'
  return comp === null ? 'PutBlob' : 'other'
}

/** A well-formed JWT, as the runtime token is (the cache client only passes it on). */
function runtimeToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const header = encode({ typ: 'JWT', alg: 'HS256' })
  const payload = encode({ scp: 'Actions.Results:run:job', iss: 'modelgate-cache-stand-in' })
  const signature = createHmac('sha256', randomBytes(32))
    .update(`${header}.${payload}`)
    .digest('base64url')
  return `${header}.${payload}.${signature}`
}
