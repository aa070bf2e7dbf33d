/**
 * Schema validation (schema/registry.schema.json) with messages a person can
 * act on: each ajv error becomes one diagnostic at the offending key, naming
 * what was expected and what was found.
 */
import type { ErrorObject } from 'ajv'
import { clip } from '../clip.js'
import type { Diagnostic } from '../errors.js'
import { keyPath } from '../errors.js'
import {
  validateModelFile,
  validateRegistry,
  type StandaloneValidator
} from './generated/schema-validators.js'
import { semverSuggestion } from './semver.js'
import type { SourceFile } from './source-file.js'

export type FileKind = 'registry' | 'model'

export function schemaDiagnostics(source: SourceFile, data: unknown, kind: FileKind): Diagnostic[] {
  const validate: StandaloneValidator = kind === 'registry' ? validateRegistry : validateModelFile
  if (validate(data)) return []
  return translate(validate.errors ?? [], data).map(({ path, message, at, number }) => {
    const pos = source.locate(path, at)
    const text = number === undefined ? message : numberForString(number, tokenAt(source, pos))
    return source.diagnostic(path, `${keyPath(path) || '(top level)'}: ${text}`, pos)
  })
}

interface Translated {
  path: Array<string | number>
  message: string
  at: 'key' | 'value'
  /** A number where a string belongs: the message is made from the number's source text. */
  number?: { value: number; version: boolean }
}

/**
 * A number where a string belongs, named as written (YAML reads `1.10` as
 * 1.1, `1.0` as 1). A version (YAML `version: 1.0`, JSON `"version": 1`)
 * gets the SemVer string to write instead, never a quoting that would then
 * fail as not SemVer; any other string the quoted text itself.
 */
function numberForString(
  { value, version }: NonNullable<Translated['number']>,
  token: string | undefined
): string {
  const written = token && Number(token) === value ? token : String(value)
  if (!version) return `expected a string, got the number ${written} (quote it: "${written}")`
  const meant = semverSuggestion(written)
  return `expected a string such as "1.0.0", got the number ${written}${meant ? ` (write "${meant}")` : ''}`
}

/** The plain scalar (a number) that starts at `pos` in the file's text. */
function tokenAt(source: SourceFile, pos: { line: number; col: number }): string | undefined {
  const line = source.text.split('\n')[pos.line - 1]
  return line === undefined ? undefined : /^[-+0-9.eE_]+/.exec(line.slice(pos.col - 1))?.[0]
}

function translate(errors: ErrorObject[], data: unknown): Translated[] {
  // A failed anyOf/oneOf also reports every branch's own failure; keep only
  // the summary, which says which forms are allowed.
  // For a mapping, the branch that takes mappings says precisely what is
  // wrong, and the union adds nothing; for a scalar, the union's list of
  // allowed forms is the useful message and the branches' complaints are noise.
  const unions = errors.filter(e => e.keyword === 'anyOf' || e.keyword === 'oneOf')
  const dropped = new Set<ErrorObject>()
  for (const u of unions) {
    const isMapping = u.data !== null && typeof u.data === 'object'
    if (isMapping) {
      dropped.add(u)
      for (const e of errors) {
        if (e.instancePath === u.instancePath && ['const', 'type', 'enum'].includes(e.keyword))
          dropped.add(e)
      }
    } else {
      for (const e of errors) if (e !== u && e.instancePath === u.instancePath) dropped.add(e)
    }
  }
  const kept = errors.filter(
    e =>
      !dropped.has(e) &&
      e.keyword !== 'propertyNames' && // its inner error carries the name
      e.keyword !== 'if'
  )
  const seen = new Set<string>()
  const out: Translated[] = []
  for (const e of kept) {
    const t = translateOne(e, data)
    const id = `${JSON.stringify(t.path)}\u0000${t.message}`
    if (!seen.has(id)) {
      seen.add(id)
      out.push(t)
    }
  }
  return out
}

function translateOne(e: ErrorObject, data: unknown): Translated {
  const path = instancePath(e.instancePath, data)
  const value = e.data
  const p = e.params as Record<string, unknown>
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName
  if (propertyName !== undefined) {
    return {
      path: [...path, propertyName],
      message: `invalid name "${clip(propertyName)}": ${patternHint(e) ?? `expected to match ${String(p.pattern)}`}`,
      at: 'key'
    }
  }
  switch (e.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(p.additionalProperty ?? p.unevaluatedProperty)
      const allowed = allowedKeys(e.parentSchema)
      const hint = allowed.length ? `; expected one of: ${allowed.join(', ')}` : ''
      return { path: [...path, key], message: `unknown key "${clip(key)}"${hint}`, at: 'key' }
    }
    case 'required':
      return {
        path,
        message: `missing required key "${clip(String(p.missingProperty))}"`,
        at: 'key'
      }
    case 'type': {
      const expected = String(p.type).replace(/,/g, ' or ')
      if (expected === 'string' && typeof value === 'number') {
        const version = e.schemaPath.includes('/versionName/')
        return { path, message: '', at: 'value', number: { value, version } }
      }
      return {
        path,
        message: `expected ${article(expected)}, got ${describe(value)}`,
        at: 'value'
      }
    }
    case 'enum':
      return {
        path,
        message: `expected one of ${(p.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}, got ${describe(value)}`,
        at: 'value'
      }
    case 'const':
      return {
        path,
        message: `expected ${JSON.stringify(p.allowedValue)}, got ${describe(value)}`,
        at: 'value'
      }
    case 'pattern':
      return {
        path,
        message: `${describe(value)} ${patternHint(e) ?? `does not match ${String(p.pattern)}`}`,
        at: 'value'
      }
    case 'anyOf':
    case 'oneOf':
      return {
        path,
        message: `expected ${unionForms(e.schema)}, got ${describe(value)}`,
        at: 'value'
      }
    default:
      return { path, message: `${e.message ?? 'is invalid'}, got ${describe(value)}`, at: 'value' }
  }
}

/** Messages for the patterns the schema names in $defs. */
function patternHint(e: ErrorObject): string | undefined {
  const where = e.schemaPath
  if (where.includes('/versionName/')) {
    const meant = typeof e.data === 'string' ? semverSuggestion(e.data) : undefined
    return `is not a version name (letters, digits, ".", "_", "+", "-", starting with a letter or digit, at most 128 characters; e.g. "1.2.0")${meant ? `: write "${meant}"` : ''}`
  }
  if (where.includes('/digest/'))
    return 'is not a digest (expected "sha256:" and 64 lowercase hex digits)'
  if (where.includes('/withheldVariable/')) {
    return 'is not withheld from manifest commands, so `env` has nothing to pass (it names INPUT_*, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL or ACTIONS_ID_TOKEN_REQUEST_*)'
  }
  if (where.includes('/duration/')) return 'is not a duration (expected e.g. "90s", "10m" or "2h")'
  if (where.includes('/metricName/')) {
    return 'is not a metric name (expected letters, digits, "_", ".", ":" or "-", starting with a letter or "_")'
  }
  if (/\/(modelName|stageName)\//.test(where) || where.includes('propertyNames')) {
    return `expected lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, at most 63 characters (${String((e.params as { pattern?: string }).pattern)})`
  }
  return undefined
}

function instancePath(pointer: string, data: unknown): Array<string | number> {
  if (!pointer) return []
  const out: Array<string | number> = []
  let node: unknown = data
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node)) {
      out.push(Number(part))
      node = node[Number(part)]
    } else {
      out.push(part)
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
    }
  }
  return out
}

function allowedKeys(parentSchema: unknown): string[] {
  const props = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties
  return props ? Object.keys(props).filter(k => k !== '$schema') : []
}

function unionForms(branches: unknown): string {
  if (!Array.isArray(branches)) return 'an allowed form'
  const forms = branches.map(b => {
    const s = b as { const?: unknown; type?: string; $ref?: string; enum?: unknown[] }
    if ('const' in s) return JSON.stringify(s.const)
    if (s.enum) return s.enum.map(v => JSON.stringify(v)).join(' or ')
    if (s.type) return article(s.type)
    if (s.$ref) return 'a mapping'
    return 'an allowed form'
  })
  return forms.join(' or ')
}

function article(type: string): string {
  if (type === 'null') return 'null'
  if (type.includes(' or ')) return type
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return JSON.stringify(clip(value))
  return `the ${typeof value} ${String(value)}`
}
