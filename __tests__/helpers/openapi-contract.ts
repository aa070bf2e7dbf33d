/**
 * GitHub's own contract for the REST requests modelgate sends: the api.github.com OpenAPI
 * description of the `@octokit/openapi` package (a dev dependency), and a check of one request
 * against it — a known operation (method and path template), its path and query parameters
 * (known names, values of the declared type), its JSON body (the operation's requestBody
 * schema, with ajv) and the `X-GitHub-Api-Version` header (a version the description knows).
 *
 * The description is the unresolved one (13 MB, read in about half a second, against 73 MB and
 * several seconds for the dereferenced variant): a schema's `$ref`s into `components` are
 * resolved by ajv inside a small schema made for each operation actually hit, compiled on first
 * use and cached, like the description itself, for the life of the process.
 *
 * Stricter than GitHub on purpose in one place: a query parameter or a top-level body property
 * the description does not name is refused. GitHub ignores those, so a request carrying one
 * would not do what the sender meant (a misspelt `team_reviewer` asks no team).
 */
import { Ajv, type ValidateFunction } from 'ajv'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** A request as the REST stand-in records it (`RecordedRequest` fits). */
export interface ContractRequest {
  method: string
  /** The URL path as sent, percent-encoding kept, without the query. */
  path: string
  query?: URLSearchParams
  headers?: Record<string, string | string[] | undefined>
  /** Parsed JSON body; undefined when there was none or it was not JSON. */
  body?: unknown
  /** Bytes of the body as sent: a body that is there but undefined was not JSON. */
  bodySize?: number
}

export interface ContractVerdict {
  /** `METHOD /template` of the operation the request is, when the description has one. */
  operation?: string
  operationId?: string
  /** Each reason GitHub's contract refuses the request; empty when it accepts it. */
  problems: string[]
}

/**
 * GitHub's first calendar API version, the one the unpatched description describes (and the one
 * GitHub assumes without the header). Later versions appear in the description only as the
 * `version` of an operation's `x-github-breaking-changes`.
 */
export const BASE_API_VERSION = '2022-11-28'

type Json = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Json
  'x-multi-segment'?: boolean
}

interface BreakingChange {
  version: string
  patch: Json
}

interface Operation {
  operationId: string
  parameters?: Array<Parameter | { $ref: string }>
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> }
  'x-github'?: { enabledForGitHubApps?: boolean }
  'x-github-breaking-changes'?: BreakingChange[]
}

interface Route {
  method: string
  template: string
  segments: string[]
  literals: number
  pathItem: Json
  operation: Operation
}

interface Description {
  doc: { paths: Record<string, Json>; components: Record<string, Record<string, unknown>> }
  routes: Map<string, Route[]>
  versions: Set<string>
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options']

let loaded: Description | undefined

/** The api.github.com description, read and indexed once per process. */
function description(): Description {
  if (loaded) return loaded
  const file = createRequire(import.meta.url).resolve(
    '@octokit/openapi/generated/api.github.com.json'
  )
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Description['doc']
  const routes = new Map<string, Route[]>()
  const versions = new Set([BASE_API_VERSION])
  for (const [template, pathItem] of Object.entries(doc.paths)) {
    const segments = template.split('/')
    const literals = segments.filter(s => !/^\{\w+\}$/.test(s)).length
    for (const method of METHODS) {
      const operation = pathItem[method] as Operation | undefined
      if (!operation) continue
      for (const change of operation['x-github-breaking-changes'] ?? [])
        versions.add(change.version)
      const list = routes.get(method.toUpperCase()) ?? []
      list.push({ method: method.toUpperCase(), template, segments, literals, pathItem, operation })
      routes.set(method.toUpperCase(), list)
    }
  }
  loaded = { doc, routes, versions }
  return loaded
}

/** The API versions the description knows: the base one and each breaking change's. */
export function knownApiVersions(): string[] {
  return [...description().versions].sort()
}

/** Follows a local `$ref` (`#/components/parameters/owner`) in the description. */
function resolve<T>(value: T | { $ref: string }): T {
  let here: unknown = value
  while (typeof here === 'object' && here !== null && '$ref' in here) {
    here = pointer((here as { $ref: string }).$ref)
  }
  return here as T
}

function pointer(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`openapi-contract: unsupported $ref ${ref}`)
  let here: unknown = description().doc
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    here = (here as Json | undefined)?.[key]
  }
  if (here === undefined) throw new Error(`openapi-contract: dangling $ref ${ref}`)
  return here
}

/** RFC 7386 JSON merge patch, as `x-github-breaking-changes` patches an operation. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch
  const out: Json =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...(target as Json) }
      : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key]
    else out[key] = mergePatch(out[key], value)
  }
  return out
}

/** The operation as it stands in `version`: every breaking change up to it applied. */
function operationIn(route: Route, version: string): Operation {
  const changes = (route.operation['x-github-breaking-changes'] ?? [])
    .filter(c => c.version <= version)
    .sort((a, b) => a.version.localeCompare(b.version))
  return changes.reduce<Operation>(
    (op, change) => mergePatch(op, change.patch) as Operation,
    route.operation
  )
}

/**
 * The path parameters if `path` (its segments still percent-encoded) is an instance of `route`:
 * a `{param}` takes one segment, or several when the description marks it `x-multi-segment`
 * (a ref such as `heads/modelgate/promote/clf`, which Octokit sends as one encoded segment).
 */
function matchRoute(route: Route, segments: string[], params: Parameter[]) {
  const multi = new Set(params.filter(p => p['x-multi-segment']).map(p => p.name))
  const found: Record<string, string> = {}
  const walk = (t: number, s: number): boolean => {
    if (t === route.segments.length) return s === segments.length
    if (s >= segments.length) return false
    const name = /^\{(\w+)\}$/.exec(route.segments[t])?.[1]
    if (!name) return route.segments[t] === segments[s] && walk(t + 1, s + 1)
    const most = multi.has(name) ? segments.length - s : 1
    for (let take = most; take >= 1; take--) {
      if (!walk(t + 1, s + take)) continue
      found[name] = segments.slice(s, s + take).join('/')
      return true
    }
    return false
  }
  return walk(0, 0) ? found : undefined
}

function parametersOf(route: Route, operation: Operation): Parameter[] {
  const shared = (route.pathItem.parameters ?? []) as Array<Parameter | { $ref: string }>
  const own = (operation.parameters ?? []).map(p => resolve<Parameter>(p))
  const byKey = new Map(shared.map(p => resolve<Parameter>(p)).map(p => [`${p.in}:${p.name}`, p]))
  for (const p of own) byKey.set(`${p.in}:${p.name}`, p)
  return [...byKey.values()]
}

/** The operation `method path` is, the most literal template winning (`pulls/comments` over `pulls/{n}`). */
function findRoute(method: string, path: string) {
  const segments = path.split('/')
  let best: { route: Route; params: Record<string, string> } | undefined
  for (const route of description().routes.get(method.toUpperCase()) ?? []) {
    if (route.segments.length > segments.length) continue
    if (best && route.literals <= best.route.literals) continue
    const params = matchRoute(route, segments, parametersOf(route, route.operation))
    if (params) best = { route, params }
  }
  return best
}

// Loose formats: the description's own (`repo.nwo`, `uri-template`…) are documentation, and a
// request is refused for a malformed date or URL only.
const FORMATS = {
  'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
  date: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s),
  uri: (s: string) => URL.canParse(s),
  email: (s: string) => s.includes('@')
}

let bodyAjv: Ajv | undefined
let paramAjv: Ajv | undefined
const validators = new Map<string, ValidateFunction>()

function ajvFor(kind: 'body' | 'param'): Ajv {
  const make = (coerceTypes: boolean) => {
    const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false })
    for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check)
    return ajv
  }
  if (kind === 'body') return (bodyAjv ??= make(false))
  return (paramAjv ??= make(true))
}

/**
 * A root for `schema` that carries the parts of `components` it refers to, at the same
 * pointers, so that its `#/components/…` refs (and theirs) resolve without handing ajv the
 * whole description.
 */
function rooted(schema: Json): Json {
  const components: Record<string, Json> = {}
  const seen = new Set<string>()
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    const ref = (node as Json).$ref
    if (typeof ref === 'string' && !seen.has(ref)) {
      seen.add(ref)
      const [, kind, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref) ?? []
      if (!kind) throw new Error(`openapi-contract: unsupported $ref ${ref}`)
      const target = pointer(ref)
      ;(components[kind] ??= {})[name] = target
      visit(target)
    }
    for (const value of Object.values(node)) visit(value)
  }
  visit(schema)
  return openApiToJsonSchema({ allOf: [schema], components }) as Json
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: `null` joins the `type` (or, without a type,
 * an `anyOf` with `{ type: 'null' }`), and `null` joins an `enum`.
 */
function openApiToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApiToJsonSchema)
  if (typeof node !== 'object' || node === null) return node
  const out: Json = {}
  for (const [key, value] of Object.entries(node)) {
    // Examples and defaults are data, not schemas.
    out[key] = key === 'example' || key === 'default' ? value : openApiToJsonSchema(value)
  }
  if (out.nullable !== true) return out
  delete out.nullable
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] }
  if (Array.isArray(out.type)) return { ...out, type: [...new Set([...out.type, 'null'])] }
  return { anyOf: [out, { type: 'null' }] }
}

/**
 * The body schema with every object that names its properties closed to others (outside
 * `allOf`, whose members each name only part of them).
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed)
  if (typeof schema !== 'object' || schema === null) return schema
  const node = schema as Json
  const out: Json = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'allOf') out[key] = value
    else if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, closed(v)]))
    } else out[key] = closed(value)
  }
  if (node.properties && node.additionalProperties === undefined) out.additionalProperties = false
  return out
}

function validator(key: string, kind: 'body' | 'param', schema: () => Json): ValidateFunction {
  let validate = validators.get(key)
  if (!validate) {
    validate = ajvFor(kind).compile(rooted(schema()))
    validators.set(key, validate)
  }
  return validate
}

/** `body/tree/0/mode must be equal to one of the allowed values (…)`, one per error. */
function errorsOf(validate: ValidateFunction, dataVar: string, under = ''): string {
  return (validate.errors ?? [])
    .map(e => {
      const at = e.instancePath.startsWith(under) ? e.instancePath.slice(under.length) : ''
      const { allowedValues, additionalProperty } = e.params as {
        allowedValues?: unknown[]
        additionalProperty?: string
      }
      const detail = allowedValues
        ? ` (${allowedValues.map(v => JSON.stringify(v)).join(', ')})`
        : additionalProperty !== undefined
          ? ` ("${additionalProperty}")`
          : ''
      return `${dataVar}${at} ${e.message ?? 'is invalid'}${detail}`
    })
    .join('; ')
}

function header(headers: ContractRequest['headers'], name: string): string | undefined {
  const value = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1]
  return Array.isArray(value) ? value.join(', ') : value
}

/** Checks one request against GitHub's OpenAPI description. */
export function checkRequest(request: ContractRequest): ContractVerdict {
  const method = request.method.toUpperCase()
  const problems: string[] = []
  const found = findRoute(method, request.path)
  if (!found) {
    return { problems: [`GitHub's REST API has no operation ${method} ${request.path}`] }
  }
  const { route } = found
  const operationName = `${route.method} ${route.template}`

  const version = header(request.headers, 'x-github-api-version')
  const known = description().versions
  if (version === undefined) {
    problems.push(
      `no X-GitHub-Api-Version header (GitHub then assumes ${BASE_API_VERSION}; ` +
        `the description knows ${[...known].sort().join(', ')})`
    )
  } else if (!known.has(version)) {
    problems.push(
      `X-GitHub-Api-Version "${version}" is not a version GitHub's description knows ` +
        `(${[...known].sort().join(', ')})`
    )
  }
  const operation = operationIn(route, version && known.has(version) ? version : BASE_API_VERSION)
  const opKey = `${operation.operationId}@${version ?? BASE_API_VERSION}`
  if (operation['x-github']?.enabledForGitHubApps === false) {
    problems.push(
      `${operation.operationId} is not available to GitHub App tokens such as GITHUB_TOKEN`
    )
  }

  const parameters = parametersOf(route, operation)
  const checkParam = (p: Parameter, raw: string | string[], where: string) => {
    if (!p.schema) return
    // anyOf for oneOf: with coercion "42" is both an integer and a string (a workflow id).
    const schema = JSON.parse(JSON.stringify(p.schema).replace(/"oneOf":/g, '"anyOf":')) as Json
    const validate = validator(`${opKey}:${p.in}:${p.name}`, 'param', () => ({
      type: 'object',
      properties: { [p.name]: schema }
    }))
    if (!validate({ [p.name]: raw })) {
      problems.push(errorsOf(validate, where, `/${p.name}`) + ` (got ${JSON.stringify(raw)})`)
    }
  }

  const decodedParams: Record<string, string> = {}
  for (const p of parameters.filter(p => p.in === 'path')) {
    const raw = found.params[p.name]
    let value: string
    try {
      value = decodedParams[p.name] = decodeURIComponent(raw)
    } catch {
      problems.push(`path parameter ${p.name} "${raw}" is not valid percent-encoding`)
      continue
    }
    if (value === '') problems.push(`path parameter ${p.name} is empty`)
    else checkParam(p, value, `path parameter ${p.name}`)
  }

  const query = request.query ?? new URLSearchParams()
  const queryParams = new Map(parameters.filter(p => p.in === 'query').map(p => [p.name, p]))
  for (const name of new Set(query.keys())) {
    const p = queryParams.get(name)
    if (!p) {
      problems.push(`query parameter "${name}" is not one GitHub's description names`)
      continue
    }
    const values = query.getAll(name)
    checkParam(p, values.length === 1 ? values[0] : values, `query parameter ${name}`)
  }
  for (const p of queryParams.values()) {
    if (p.required && !query.has(p.name)) problems.push(`query parameter ${p.name} is required`)
  }
  for (const p of parameters.filter(p => p.in === 'header')) {
    const value = header(request.headers, p.name.toLowerCase())
    if (value === undefined) {
      if (p.required) problems.push(`header ${p.name} is required`)
    } else checkParam(p, value, `header ${p.name}`)
  }

  problems.push(...bodyProblems(request, operation, opKey))
  const prose = PROSE_RULES[operation.operationId]?.(decodedParams, request.body)
  if (prose) problems.push(prose)
  return { operation: operationName, operationId: operation.operationId, problems }
}

/** A ref path parameter as the Git refs operations describe it in words. */
const shortRef = (params: Record<string, string>) =>
  /^(heads|tags)\/./.test(params.ref ?? '')
    ? undefined
    : `path parameter ref "${params.ref}" must be formatted as heads/<branch name> or ` +
      `tags/<tag name>`

/**
 * Rules the description states in an operation's prose, not in its schema, by operationId: the
 * shapes of a Git ref, which GitHub refuses otherwise (404 or 422).
 */
const PROSE_RULES: Record<
  string,
  (params: Record<string, string>, body: unknown) => string | undefined
> = {
  'git/get-ref': shortRef,
  'git/update-ref': shortRef,
  'git/create-ref': (_params, body) => {
    const ref = (body as { ref?: unknown } | undefined)?.ref
    return typeof ref === 'string' && (!ref.startsWith('refs/') || ref.split('/').length < 3)
      ? `body/ref "${ref}" must be fully qualified: start with refs and have at least two slashes`
      : undefined
  }
}

function bodyProblems(request: ContractRequest, operation: Operation, opKey: string): string[] {
  const sent = request.body !== undefined || (request.bodySize ?? 0) > 0
  const declared = operation.requestBody
  if (!sent) return declared?.required ? ['the request body is required and missing'] : []
  if (request.body === undefined) return ['the request body is not JSON']
  if (!declared) return ["GitHub's description has no request body for this operation"]
  const json = declared.content?.['application/json']
  if (!json?.schema) return ['the operation takes no JSON body']
  const type = header(request.headers, 'content-type')
  const problems: string[] = []
  if (type !== undefined && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    problems.push(`the JSON body is sent as ${type}, not application/json`)
  }
  const schema = json.schema
  const validate = validator(`${opKey}:body`, 'body', () => closed(schema) as Json)
  if (!validate(request.body)) problems.push(errorsOf(validate, 'body'))
  return problems
}

/** `METHOD path: problem` for each problem of each request, for one readable assertion. */
export function contractProblems(requests: ContractRequest[]): string[] {
  return requests.flatMap(r => checkRequest(r).problems.map(p => `${r.method} ${r.path}: ${p}`))
}
