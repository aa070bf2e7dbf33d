/**
 * Layout templates (issue #12): where a version's files live under `root`,
 * written with placeholders, e.g. `{stage}/{model}_v{version}`. This file
 * parses a template once into parts; rendering, matching and the checks
 * across a registry work on the parsed form and never re-read the text.
 *
 * Errors are data (`TemplateError`), never exceptions: the caller places
 * them at the template's line in the manifest.
 */
import { closestName } from './closest-name.js'

export const PLACEHOLDERS = ['stage', 'model', 'version', 'file', 'name', 'ext'] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

/** The placeholders that stand for (part of) the logical file name. */
export const FILE_PLACEHOLDERS: readonly Placeholder[] = ['file', 'name', 'ext']

export type TemplatePart =
  { kind: 'text'; text: string } | { kind: 'placeholder'; name: Placeholder }

export interface LayoutTemplate {
  /** The template as written in the manifest. */
  source: string
  /** The parts, with `/{file}` appended when the source names no file placeholder. */
  parts: readonly TemplatePart[]
  /**
   * True when the last segment is exactly `{file}`: each version then has a
   * folder of its own (the rest of the template), holding its files under
   * their logical names. Such a folder can move as one tree entry.
   */
  folder: boolean
  /** The placeholders the template uses (after `/{file}` was appended). */
  uses: ReadonlySet<Placeholder>
}

export interface TemplateError {
  message: string
  /** 0-based offset in the template text where the problem is, when there is one place. */
  index?: number
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: TemplateError[] }

/** The registry-wide default: SPEC §2's `<root>/<stage>/<model>/<version>/<file>`. */
export const DEFAULT_LAYOUT = '{stage}/{model}/{version}'

const PLACEHOLDER_LIST = PLACEHOLDERS.map(p => `{${p}}`).join(', ')

/**
 * Parses a layout template. `what` names it in messages ("layout", "archive
 * layout", …) so the user knows which key to fix.
 */
export function parseLayout(source: string, what = 'layout'): ParseResult<LayoutTemplate> {
  const quoted = `${what} "${source}"`
  if (source.trim() === '') {
    return {
      ok: false,
      errors: [{ message: `${quoted} is empty; the default is "${DEFAULT_LAYOUT}"` }]
    }
  }
  const tokens = tokenize(source, PLACEHOLDERS, quoted)
  const shape = pathShapeErrors(source, quoted)
  if (!tokens.ok) return { ok: false, errors: [...tokens.errors, ...shape] }
  const errors: TemplateError[] = [...shape]
  const parts = tokens.value
  const names = parts.flatMap(p => (p.kind === 'placeholder' ? [p.name] : []))
  if (!names.includes('stage')) {
    errors.push({
      message: `${quoted} has no {stage}: every layout contains {stage}, which stands for the stage's folder name (or the benchmark or archive folder's)`
    })
  }
  errors.push(...filePlaceholderErrors(parts, quoted))
  if (errors.length) return { ok: false, errors }

  const hasFile = names.some(n => FILE_PLACEHOLDERS.includes(n))
  const full: TemplatePart[] = hasFile
    ? mergeText(parts)
    : mergeText([...parts, { kind: 'text', text: '/' }, { kind: 'placeholder', name: 'file' }])
  const last = lastSegment(full)
  return {
    ok: true,
    value: {
      source,
      parts: full,
      folder: last.length === 1 && last[0].kind === 'placeholder' && last[0].name === 'file',
      uses: new Set(full.flatMap(p => (p.kind === 'placeholder' ? [p.name] : [])))
    }
  }
}

/**
 * Parses a logical file name from `files`, which may carry `{model}` and
 * `{version}` (e.g. `{model}_v{version}.pkl`). Other placeholders are errors.
 */
export function parseFileName(source: string): ParseResult<readonly TemplatePart[]> {
  const quoted = `file name "${source}"`
  const tokens = tokenize(source, ['model', 'version'], quoted)
  return tokens.ok ? { ok: true, value: mergeText(tokens.value) } : tokens
}

/** The parts of the last `/`-separated segment (the file part of a template). */
export function lastSegment(parts: readonly TemplatePart[]): TemplatePart[] {
  let start = parts.length
  while (start > 0) {
    const p = parts[start - 1]
    if (p.kind === 'text' && p.text.includes('/')) break
    start--
  }
  const out = parts.slice(start)
  if (start > 0) {
    const p = parts[start - 1] as { kind: 'text'; text: string }
    const tail = p.text.slice(p.text.lastIndexOf('/') + 1)
    if (tail) out.unshift({ kind: 'text', text: tail })
  }
  return out
}

/** Splits text into literal text and `{placeholder}`s, refusing unbalanced braces and unknown names. */
function tokenize(
  source: string,
  allowed: readonly Placeholder[],
  quoted: string
): ParseResult<TemplatePart[]> {
  const parts: TemplatePart[] = []
  const errors: TemplateError[] = []
  let text = ''
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '}') {
      errors.push({
        message: `${quoted} has a "}" with no "{" before it (character ${i + 1}); a placeholder is written like {${allowed[0]}}`,
        index: i
      })
      continue
    }
    if (c !== '{') {
      text += c
      continue
    }
    const close = source.indexOf('}', i + 1)
    const reopen = source.indexOf('{', i + 1)
    if (close < 0 || (reopen >= 0 && reopen < close)) {
      errors.push({
        message: `${quoted} has a "{" that is not closed (character ${i + 1}); a placeholder is written like {${allowed[0]}}`,
        index: i
      })
      continue
    }
    const name = source.slice(i + 1, close)
    if (!(allowed as readonly string[]).includes(name)) {
      errors.push({ message: unknownPlaceholder(name, allowed, quoted), index: i })
    } else {
      if (text) parts.push({ kind: 'text', text })
      text = ''
      parts.push({ kind: 'placeholder', name: name as Placeholder })
    }
    i = close
  }
  if (text) parts.push({ kind: 'text', text })
  return errors.length ? { ok: false, errors } : { ok: true, value: parts }
}

function unknownPlaceholder(name: string, allowed: readonly Placeholder[], quoted: string): string {
  const known = allowed.map(p => `{${p}}`).join(', ')
  if ((PLACEHOLDERS as readonly string[]).includes(name)) {
    return `${quoted} uses {${name}}, which a file name cannot carry; it may use ${known}`
  }
  const guess = closestName(name, allowed)
  const hint = guess ? `; did you mean {${guess}}?` : ''
  return `${quoted} uses the unknown placeholder {${name}}${hint} (placeholders: ${allowed === PLACEHOLDERS ? PLACEHOLDER_LIST : known})`
}

/** Absolute paths, `..`, `.` and empty segments, and `\` as a separator. */
function pathShapeErrors(source: string, quoted: string): TemplateError[] {
  if (source.includes('\\')) {
    return [
      { message: `${quoted} uses "\\"; use "/" as the separator`, index: source.indexOf('\\') }
    ]
  }
  if (source.startsWith('/') || /^[A-Za-z]:/.test(source)) {
    return [{ message: `${quoted} is absolute; a layout is relative to root`, index: 0 }]
  }
  const segments = source.split('/')
  if (segments.includes('..')) {
    return [{ message: `${quoted} leaves root with ".."; a layout stays inside root` }]
  }
  if (segments.some(s => s === '' || s === '.')) {
    return [
      {
        message: `${quoted} has an empty or "." segment (a doubled, leading or trailing "/"); write each folder once, e.g. "${DEFAULT_LAYOUT}"`
      }
    ]
  }
  return []
}

/**
 * `{file}`, `{name}` and `{ext}` describe the file, so they sit in the last
 * segment, each at most once, and `{file}` (which already is `{name}{ext}`)
 * is not combined with the other two.
 */
function filePlaceholderErrors(parts: readonly TemplatePart[], quoted: string): TemplateError[] {
  const errors: TemplateError[] = []
  const seen = new Set<Placeholder>()
  let before = false
  parts.forEach((p, i) => {
    if (p.kind !== 'placeholder' || !FILE_PLACEHOLDERS.includes(p.name)) return
    if (parts.slice(i + 1).some(q => q.kind === 'text' && q.text.includes('/'))) before = true
    if (seen.has(p.name)) errors.push({ message: `${quoted} uses {${p.name}} twice; use it once` })
    seen.add(p.name)
  })
  if (before) {
    errors.push({
      message: `${quoted} puts a file placeholder ({file}, {name}, {ext}) before a "/"; they belong in the last segment, e.g. "{stage}/{model}/{name}_v{version}{ext}"`
    })
  }
  if (seen.has('file') && (seen.has('name') || seen.has('ext'))) {
    errors.push({
      message: `${quoted} combines {file} with {name} or {ext}; {file} already is {name}{ext}, so use one or the other`
    })
  }
  return errors
}

/** Joins adjacent text parts, so each part boundary is a placeholder boundary. */
function mergeText(parts: readonly TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = []
  for (const p of parts) {
    const prev = out[out.length - 1]
    if (p.kind === 'text' && prev?.kind === 'text')
      out[out.length - 1] = { kind: 'text', text: prev.text + p.text }
    else out.push(p)
  }
  return out
}
