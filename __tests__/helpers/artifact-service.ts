/**
 * A local stand-in for the GitHub Actions artifact service (results service twirp API plus the
 * Azure Blob endpoint its signed URLs point at), serving exactly what @actions/artifact v6
 * `uploadArtifact`, `listArtifacts` and `downloadArtifact` (this run's) call, on 127.0.0.1 with
 * a random port:
 *
 *   POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact   (bearer token)
 *   PUT  <signed url>&comp=block&blockid=<base64>   one per 8 MiB chunk, up to 5 concurrently
 *   PUT  <signed url>&comp=blocklist                 XML list of the block ids, in order
 *   POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact (bearer token)
 *   POST /twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts    (finalized ones)
 *   POST /twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL
 *   GET  <signed download url>                       the committed zip
 *
 * Put Blob (a single PUT without `comp`) is served too, although BlockBlobClient.uploadStream
 * always stages blocks. Twirp bodies use proto field names (snake_case, int64 as strings), as the
 * real service and the client's `useProtoFieldName: true` do. Errors follow each protocol: twirp
 * JSON `{ code, msg }`, Azure XML `<Error><Code>…` with `x-ms-error-code`.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import { closeServer, listenOnLoopback, readBody } from './loopback-server.js'
import { answerError, HttpError, storageHeaders } from './results-service.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
const ACCOUNT = 'devstoreaccount1'
const CONTAINER = 'actions-results'
// The artifact service refuses these in artifact names (same list as the client validates).
const INVALID_NAME = /[":<>|*?\\/\r\n]/

export type RequestKind =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'PutBlock'
  | 'PutBlockList'
  | 'PutBlob'
  | 'GetBlob'
  | 'other'

export interface RecordedRequest {
  method: string
  /** URL path without the query string. */
  path: string
  query: URLSearchParams
  kind: RequestKind
  bodySize: number
  status: number
  headers: IncomingHttpHeaders
}

export interface StoredArtifact {
  name: string
  /** Assigned by CreateArtifact; returned to the client by FinalizeArtifact. */
  id: number
  workflowRunBackendId: string
  workflowJobRunBackendId: string
  mimeType: string | undefined
  /** RFC 3339 timestamp from CreateArtifact `expires_at`, when a retention was asked for. */
  expiresAt: string | undefined
  version: number
  /** Path of the blob the signed upload URL designates. */
  blobPath: string
  /** The committed blob: the zip the client uploaded (empty until Put Block List / Put Blob). */
  zip: Buffer
  size: number
  /** `x-ms-blob-content-type` sent with the commit. */
  contentType: string | undefined
  /** Block ids of the committed block list, in commit order. */
  blockIds: string[]
  finalized: boolean
  /** FinalizeArtifact `size` and `hash` exactly as the client sent them. */
  finalizeSize: string | undefined
  finalizeHash: string | undefined
}

export interface InjectedFailure {
  status: number
  /** Twirp `code` or Azure `x-ms-error-code`; by default the usual one for `status`. */
  code?: string
  /** How many matching requests fail before the service behaves again (default 1). */
  times?: number
  msg?: string
}

export interface ArtifactServiceStandIn {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** A JWT whose `scp` claim carries the backend ids, as the Actions runtime token does. */
  token: string
  workflowRunBackendId: string
  workflowJobRunBackendId: string
  /** What @actions/artifact reads from process.env to upload here. */
  env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string; GITHUB_SERVER_URL: string }
  requests: RecordedRequest[]
  artifacts: Map<string, StoredArtifact>
  /** The environment of another job of the same workflow run (its own runtime token). */
  anotherJob(): ArtifactServiceStandIn['env']
  /** Makes the next matching request(s) fail with `status`; `times: 0` cancels. */
  failNext(kind: Exclude<RequestKind, 'other'>, failure: InjectedFailure): void
  close(): Promise<void>
}

interface BlobState {
  sig: string
  artifact: StoredArtifact
  uncommitted: Map<string, Buffer>
  committed: Map<string, Buffer>
}

// Twirp error codes and the HTTP status each maps to (twirp spec, "Error codes").
const TWIRP_CODE_BY_STATUS: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  503: 'unavailable',
  504: 'deadline_exceeded'
}

// Azure Storage error codes commonly returned with each status.
const STORAGE_CODE_BY_STATUS: Record<number, string> = {
  400: 'InvalidInput',
  403: 'AuthenticationFailed',
  404: 'BlobNotFound',
  409: 'BlobAlreadyExists',
  500: 'InternalError',
  503: 'ServerBusy'
}

export async function startArtifactService(): Promise<ArtifactServiceStandIn> {
  const workflowRunBackendId = randomUUID()
  const workflowJobRunBackendId = randomUUID()
  const token = makeRuntimeToken(workflowRunBackendId, workflowJobRunBackendId)
  // The runtime token of each job of the run → its job id; `env` is the first job's.
  const jobs = new Map<string, string>([[token, workflowJobRunBackendId]])
  const requests: RecordedRequest[] = []
  const artifacts = new Map<string, StoredArtifact>()
  const blobs = new Map<string, BlobState>()
  const failures = new Map<RequestKind, InjectedFailure & { times: number; msg: string }>()
  let nextId = 4200
  let url = ''

  const server = createServer((req, res) => {
    void readBody(req).then(
      body => {
        const parsed = new URL(req.url ?? '/', url)
        const kind = classify(req.method ?? '', parsed)
        const record: RecordedRequest = {
          method: req.method ?? '',
          path: parsed.pathname,
          query: parsed.searchParams,
          kind,
          bodySize: body.length,
          status: 0,
          headers: req.headers
        }
        requests.push(record)
        const isTwirp = parsed.pathname.startsWith(TWIRP_PREFIX)
        try {
          const failure = failures.get(kind)
          if (failure) {
            if (--failure.times <= 0) failures.delete(kind)
            const code =
              failure.code ??
              (isTwirp ? TWIRP_CODE_BY_STATUS : STORAGE_CODE_BY_STATUS)[failure.status] ??
              'unknown'
            throw new HttpError(failure.status, code, failure.msg)
          }
          if (isTwirp) {
            const reply = twirp(req, parsed, body)
            record.status = 200
            res.writeHead(200, { 'content-type': 'application/json' })
            res.end(JSON.stringify(reply))
          } else if (kind === 'GetBlob') {
            const headers = blob(req, parsed, body, kind)
            record.status = 200
            res.writeHead(200, { ...headers, 'content-type': 'application/zip' })
            res.end(blobs.get(parsed.pathname)!.artifact.zip)
          } else {
            record.status = 201
            res.writeHead(201, blob(req, parsed, body, kind))
            res.end()
          }
        } catch (error) {
          record.status = answerError(req, res, error, isTwirp)
        }
      },
      () => res.destroy()
    )
  })

  function twirp(req: IncomingMessage, parsed: URL, raw: Buffer): Record<string, unknown> {
    const method = parsed.pathname.slice(TWIRP_PREFIX.length)
    if (req.method !== 'POST') throw new HttpError(404, 'bad_route', `${req.method} not allowed`)
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const job = bearer === undefined ? undefined : jobs.get(bearer)
    if (job === undefined) {
      throw new HttpError(401, 'unauthenticated', 'missing or invalid bearer token')
    }
    if (!req.headers['content-type']?.startsWith('application/json')) {
      throw new HttpError(
        404,
        'bad_route',
        `unexpected content type ${req.headers['content-type']}`
      )
    }
    let body: Record<string, unknown>
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
    } catch {
      throw new HttpError(400, 'malformed', 'the request body is not JSON')
    }
    // Uploads belong to the token's own job; any job of the run may list and download the
    // run's artifacts, naming the job that uploaded one (as downloadArtifact does).
    const reads = method === 'ListArtifacts' || method === 'GetSignedArtifactURL'
    if (
      body.workflow_run_backend_id !== workflowRunBackendId ||
      (reads
        ? ![...jobs.values()].includes(String(body.workflow_job_run_backend_id))
        : body.workflow_job_run_backend_id !== job)
    ) {
      throw new HttpError(403, 'permission_denied', 'backend ids do not match the token')
    }
    if (method === 'ListArtifacts') return listArtifacts(body)
    const name = body.name
    if (typeof name !== 'string' || name === '' || INVALID_NAME.test(name)) {
      throw new HttpError(400, 'invalid_argument', `invalid artifact name ${JSON.stringify(name)}`)
    }
    if (method === 'CreateArtifact') return createArtifact(name, body, job)
    if (method === 'FinalizeArtifact') return finalizeArtifact(name, body)
    if (method === 'GetSignedArtifactURL') return signedDownloadUrl(name)
    throw new HttpError(404, 'bad_route', `no handler for ${method}`)
  }

  function createArtifact(
    name: string,
    body: Record<string, unknown>,
    job: string
  ): Record<string, unknown> {
    if (artifacts.get(name)?.finalized) {
      throw new HttpError(409, 'already_exists', `an artifact named ${name} already exists`)
    }
    if (typeof body.version !== 'number' || body.version < 4) {
      throw new HttpError(400, 'invalid_argument', `unsupported artifact version ${body.version}`)
    }
    const blobPath =
      `/${ACCOUNT}/${CONTAINER}/${workflowRunBackendId}/workflow-job-run-${job}` +
      `/artifacts/${createHash('sha256').update(name).digest('hex')}.zip`
    const artifact: StoredArtifact = {
      name,
      id: nextId++,
      workflowRunBackendId,
      workflowJobRunBackendId: job,
      mimeType: typeof body.mime_type === 'string' ? body.mime_type : undefined,
      expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined,
      version: body.version,
      blobPath,
      zip: Buffer.alloc(0),
      size: 0,
      contentType: undefined,
      blockIds: [],
      finalized: false,
      finalizeSize: undefined,
      finalizeHash: undefined
    }
    artifacts.set(name, artifact)
    // base64 with + / = so the client has to carry the SAS signature through URL encoding.
    const sig = randomBytes(32).toString('base64')
    blobs.set(blobPath, { sig, artifact, uncommitted: new Map(), committed: new Map() })
    const now = new Date()
    const expiry = new Date(now.getTime() + 60 * 60 * 1000)
    const sas = new URLSearchParams({
      se: expiry.toISOString().replace(/\.\d+Z$/, 'Z'),
      sig,
      sp: 'cw',
      spr: 'http',
      sr: 'b',
      st: now.toISOString().replace(/\.\d+Z$/, 'Z'),
      sv: '2024-11-04'
    })
    return { ok: true, signed_upload_url: `${url}${blobPath}?${sas.toString()}` }
  }

  function finalizeArtifact(name: string, body: Record<string, unknown>): Record<string, unknown> {
    const artifact = artifacts.get(name)
    if (!artifact) throw new HttpError(404, 'not_found', `no artifact named ${name} was created`)
    if (artifact.finalized) {
      throw new HttpError(409, 'already_exists', `artifact ${name} is already finalized`)
    }
    artifact.finalizeSize = typeof body.size === 'string' ? body.size : undefined
    artifact.finalizeHash = typeof body.hash === 'string' ? body.hash : undefined
    if (artifact.blockIds.length === 0 && artifact.zip.length === 0) {
      throw new HttpError(412, 'failed_precondition', `artifact ${name} has no committed blob`)
    }
    // int64 travels as a JSON string in proto3 JSON.
    if (artifact.finalizeSize !== String(artifact.zip.length)) {
      throw new HttpError(
        400,
        'invalid_argument',
        `size ${String(body.size)} does not match the ${artifact.zip.length} bytes uploaded`
      )
    }
    const hash = `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`
    if (artifact.finalizeHash !== undefined && artifact.finalizeHash !== hash) {
      throw new HttpError(
        400,
        'invalid_argument',
        `hash ${artifact.finalizeHash} does not match the uploaded blob (${hash})`
      )
    }
    artifact.finalized = true
    return { ok: true, artifact_id: String(artifact.id) }
  }

  /**
   * The run's finalized artifacts (the real service lists those of every job of the run);
   * `id_filter` and `name_filter` are proto wrappers, in JSON their plain value.
   */
  function listArtifacts(body: Record<string, unknown>): Record<string, unknown> {
    const idFilter = unwrap(body.id_filter)
    const nameFilter = unwrap(body.name_filter)
    const listed = [...artifacts.values()].filter(
      a =>
        a.finalized &&
        (idFilter === undefined || String(a.id) === idFilter) &&
        (nameFilter === undefined || a.name === nameFilter)
    )
    return {
      artifacts: listed.map(a => ({
        workflow_run_backend_id: a.workflowRunBackendId,
        workflow_job_run_backend_id: a.workflowJobRunBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size),
        created_at: new Date().toISOString()
      }))
    }
  }

  function signedDownloadUrl(name: string): Record<string, unknown> {
    const artifact = artifacts.get(name)
    if (!artifact?.finalized) throw new HttpError(404, 'not_found', `no artifact named ${name}`)
    const state = blobs.get(artifact.blobPath)!
    const sas = new URLSearchParams({ sig: state.sig, sp: 'r', sr: 'b', sv: '2024-11-04' })
    return { name, signed_url: `${url}${artifact.blobPath}?${sas.toString()}` }
  }

  function blob(
    req: IncomingMessage,
    parsed: URL,
    body: Buffer,
    kind: RequestKind
  ): Record<string, string> {
    const state = blobs.get(parsed.pathname)
    // Without a SAS issued for this very blob Azure answers 403 AuthenticationFailed.
    if (!state || parsed.searchParams.get('sig') !== state.sig) {
      throw new HttpError(403, 'AuthenticationFailed', 'Server failed to authenticate the request.')
    }
    if (kind === 'GetBlob') {
      if (!state.artifact.finalized) throw new HttpError(404, 'BlobNotFound', 'no such blob')
      return { ...storageHeaders(req), 'content-length': String(state.artifact.zip.length) }
    }
    if (req.method !== 'PUT') {
      throw new HttpError(405, 'UnsupportedHttpVerb', `${req.method} is not served here`)
    }
    const headers = storageHeaders(req)
    if (kind === 'PutBlock') {
      const id = parsed.searchParams.get('blockid') ?? ''
      const decoded = Buffer.from(id, 'base64')
      if (id === '' || decoded.toString('base64') !== id || decoded.length > 64) {
        throw new HttpError(400, 'InvalidQueryParameterValue', `invalid block id ${id}`)
      }
      // Azure requires every block id of one blob to have the same length.
      const other = [...state.uncommitted.keys(), ...state.committed.keys()][0]
      if (other !== undefined && other.length !== id.length) {
        throw new HttpError(400, 'InvalidBlobOrBlock', 'block ids differ in length')
      }
      state.uncommitted.set(id, body)
      return {
        ...headers,
        'content-md5': createHash('md5').update(body).digest('base64'),
        'x-ms-request-server-encrypted': 'true'
      }
    }
    if (kind === 'PutBlockList') {
      const ids: string[] = []
      const parts: Buffer[] = []
      for (const m of body
        .toString('utf8')
        .matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\//g)) {
        const [, list, id] = m as unknown as [string, string, string]
        const data =
          list === 'Committed'
            ? state.committed.get(id)
            : list === 'Uncommitted'
              ? state.uncommitted.get(id)
              : (state.uncommitted.get(id) ?? state.committed.get(id))
        if (!data) throw new HttpError(400, 'InvalidBlockList', `unknown block ${id}`)
        ids.push(id)
        parts.push(data)
      }
      // Uncommitted blocks that are not in the list are discarded by a commit.
      state.committed = new Map(ids.map((id, i) => [id, parts[i] as Buffer]))
      state.uncommitted.clear()
      return commit(state, Buffer.concat(parts), ids, req, headers)
    }
    if (kind === 'PutBlob') {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        throw new HttpError(400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob')
      }
      state.committed.clear()
      state.uncommitted.clear()
      return commit(state, body, [], req, headers)
    }
    throw new HttpError(400, 'InvalidQueryParameterValue', `unsupported comp ${parsed.search}`)
  }

  function commit(
    state: BlobState,
    data: Buffer,
    ids: string[],
    req: IncomingMessage,
    headers: Record<string, string>
  ): Record<string, string> {
    const artifact = state.artifact
    artifact.zip = data
    artifact.size = data.length
    artifact.blockIds = ids
    const contentType = req.headers['x-ms-blob-content-type']
    artifact.contentType = typeof contentType === 'string' ? contentType : undefined
    return {
      ...headers,
      etag: `"0x${Date.now().toString(16).toUpperCase()}${randomBytes(2).toString('hex')}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true'
    }
  }

  url = await listenOnLoopback(server)

  return {
    url,
    token,
    workflowRunBackendId,
    workflowJobRunBackendId,
    env: {
      ACTIONS_RUNTIME_TOKEN: token,
      // The real value ends in a slash; the client keeps only the origin.
      ACTIONS_RESULTS_URL: `${url}/`,
      // Anything but github.com, *.ghe.com or *.localhost makes the client refuse (GHES).
      GITHUB_SERVER_URL: 'https://github.com'
    },
    requests,
    artifacts,
    anotherJob() {
      const id = randomUUID()
      const jobToken = makeRuntimeToken(workflowRunBackendId, id)
      jobs.set(jobToken, id)
      return {
        ACTIONS_RUNTIME_TOKEN: jobToken,
        ACTIONS_RESULTS_URL: `${url}/`,
        GITHUB_SERVER_URL: 'https://github.com'
      }
    },
    failNext(kind, failure) {
      if (failure.times !== undefined && failure.times <= 0) {
        failures.delete(kind)
        return
      }
      failures.set(kind, {
        ...failure,
        times: failure.times ?? 1,
        msg: failure.msg ?? `injected ${failure.status} on ${kind}`
      })
    },
    close: () => closeServer(server)
  }
}

function classify(method: string, url: URL): RequestKind {
  if (url.pathname === `${TWIRP_PREFIX}CreateArtifact`) return 'CreateArtifact'
  if (url.pathname === `${TWIRP_PREFIX}FinalizeArtifact`) return 'FinalizeArtifact'
  if (url.pathname === `${TWIRP_PREFIX}ListArtifacts`) return 'ListArtifacts'
  if (url.pathname === `${TWIRP_PREFIX}GetSignedArtifactURL`) return 'GetSignedArtifactURL'
  if (method === 'GET' && !url.pathname.startsWith(TWIRP_PREFIX)) return 'GetBlob'
  if (method !== 'PUT') return 'other'
  const comp = url.searchParams.get('comp')
  if (comp === 'block') return 'PutBlock'
  if (comp === 'blocklist') return 'PutBlockList'
  return comp === null ? 'PutBlob' : 'other'
}

/**
 * The client only base64url-decodes the payload (jwt-decode) and takes the backend ids from the
 * `Actions.Results:<workflow run id>:<job run id>` entry of the space-separated `scp` claim.
 * Signed HS256 with a throw-away key so it is a well-formed JWT.
 */
function makeRuntimeToken(runId: string, jobId: string): string {
  const now = Math.floor(Date.now() / 1000)
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const header = encode({ typ: 'JWT', alg: 'HS256' })
  const payload = encode({
    scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}`,
    iss: 'modelgate-artifact-stand-in',
    aud: 'vso:stand-in',
    nbf: now - 60,
    iat: now,
    exp: now + 3600
  })
  const signature = createHmac('sha256', randomBytes(32))
    .update(`${header}.${payload}`)
    .digest('base64url')
  return `${header}.${payload}.${signature}`
}

/** A proto wrapper (Int64Value, StringValue) in JSON: its value, or `{ value }` from some clients. */
function unwrap(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'object') return unwrap((value as { value?: unknown }).value)
  return String(value)
}
