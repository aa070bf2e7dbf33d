/**
 * What the stand-ins of the Actions results service share (artifact-service.ts and
 * cache-service.ts: a twirp API plus the Azure Blob endpoint its signed URLs point at): the
 * error a handler throws, the answer each protocol gives it, and the headers of every Blob
 * answer.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

/** Thrown by a handler: answered with `status` and `code` in the protocol of the request. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/** Headers every Blob service response carries. */
export function storageHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {
    'x-ms-request-id': randomUUID(),
    'x-ms-version': String(req.headers['x-ms-version'] ?? '2024-11-04'),
    'content-length': '0'
  }
  const clientRequestId = req.headers['x-ms-client-request-id']
  if (typeof clientRequestId === 'string') headers['x-ms-client-request-id'] = clientRequestId
  return headers
}

/**
 * Answers a handler's failure as the service does, and returns the status sent: twirp JSON
 * `{ code, msg }`, or Azure's XML `<Error><Code>…` with `x-ms-error-code`. Anything but an
 * HttpError is a 500 `internal`.
 */
export function answerError(
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
  twirp: boolean
): number {
  const e = error instanceof HttpError ? error : new HttpError(500, 'internal', String(error))
  if (twirp) {
    res.writeHead(e.status, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ code: e.code, msg: e.message }))
  } else {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?><Error>' +
      `<Code>${e.code}</Code><Message>${e.message}\nRequestId:${randomUUID()}\n` +
      `Time:${new Date().toISOString()}</Message></Error>`
    res.writeHead(e.status, {
      ...storageHeaders(req),
      'content-length': String(Buffer.byteLength(xml)),
      'content-type': 'application/xml',
      'x-ms-error-code': e.code
    })
    res.end(xml)
  }
  return e.status
}
