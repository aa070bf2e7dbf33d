/**
 * Reading a path back into (stage, model, version, file) for a registry's
 * layout templates: what `validate` needs to tell a stray file from a model
 * file, and `init` to find the versions of a repository it adopts.
 *
 * Each template is compiled once (a RegExp that rejects most paths at once,
 * and a list of tokens for the exact match); a path is then matched without
 * parsing anything. Rules:
 * - `{stage}` matches one of the folder names the template is for;
 * - `{model}` matches a non-empty name without `/` (one of the given models,
 *   where the entry names them), `{version}` a non-empty text without `/`
 *   that the entry's version rule accepts;
 * - `{file}` and `{name}` match non-empty text that may hold `/` (a file
 *   name in `files` may name a nested file), `{ext}` an extension or nothing;
 * - where two placeholders meet (`{model}_v{version}`) and the text could
 *   split two ways, the earlier placeholder takes the longest text that
 *   still leaves a valid match: the model name is the longest prefix that
 *   leaves a valid version (`a_v1_v2` is model `a_v1`, version `2`);
 * - except right before `{ext}`, which takes the path's last extension:
 *   `{version}{ext}` reads `0.9.2.json` as `0.9.2` and `.json` even where
 *   `0.9.2.json` would be a valid `ordered` version (in such a layout an
 *   extension-less file `model` of `ordered` version `1.0` therefore reads
 *   back as `model.0` of version `1`: give such files an extension, or use
 *   `{file}`);
 * - entries are tried in the order given, and the first that matches wins:
 *   list the most specific layouts (stage, then model) first.
 */
import { joinRel } from '../paths.js'
import { keptNameSeparator, splitFileName } from './render.js'
import type { LayoutTemplate, Placeholder, TemplatePart } from './template.js'

/** One template and where it applies. */
export interface LayoutEntry<T = undefined> {
  template: LayoutTemplate
  /** The folder names `{stage}` stands for here: stage names, the benchmark or archive folder. */
  stages: readonly string[]
  /** The models this layout is for; absent: any model name. */
  models?: readonly string[]
  /** Whether a text is a version of these models (see version-rules.ts). */
  isVersion: (version: string) => boolean
  /** The caller's own data, handed back with each match. */
  tag: T
}

export interface LayoutMatch<T = undefined> {
  entry: LayoutEntry<T>
  stage: string
  /** Absent when the template has no `{model}` (the entry's models say which). */
  model?: string
  /** Absent when the template has no `{version}` (the stage then holds one version). */
  version?: string
  /**
   * The logical file names (with `{model}` and `{version}` filled in) that
   * render to this path: one, or two under the kept-name rule
   * (`metadata_v1.json` is `metadata.json`, or `metadata_v1.json` kept);
   * empty when the path does not say (a template with `{ext}` but no
   * `{name}`, or `{name}` without `{ext}`): the version's `files` then do.
   */
  files: string[]
  /**
   * The text the path holds for `{file}`, `{name}` and `{ext}`, where the
   * template has them: what `init` names a file by when `files` do not
   * (`{stage}{ext}` → `model` + `.keras`).
   */
  fileParts: { file?: string; name?: string; ext?: string }
}

export interface LayoutMatcher<T = undefined> {
  /** The first entry that places `path` (repository-relative), or undefined for a stray path. */
  match(path: string): LayoutMatch<T> | undefined
}

interface CompiledEntry<T> {
  entry: LayoutEntry<T>
  quick: RegExp
  stages: ReadonlySet<string>
  models?: ReadonlySet<string>
  /** The `<text>` of `{name}<text>{version}`, where the template has the kept-name rule. */
  keptNameSeparator?: string
}

export function compileLayouts<T>(
  root: string,
  entries: readonly LayoutEntry<T>[]
): LayoutMatcher<T> {
  const normalised = joinRel(root).replace(/\/+$/, '')
  const prefix = normalised === '.' ? '' : normalised
  const compiled = entries.map(compileEntry)
  return {
    match(path) {
      let rel = path
      if (prefix) {
        if (!path.startsWith(prefix + '/')) return undefined
        rel = path.slice(prefix.length + 1)
      }
      for (const c of compiled) {
        if (!c.quick.test(rel)) continue
        const found = matchEntry(c, rel)
        if (found) return found
      }
      return undefined
    }
  }
}

function compileEntry<T>(entry: LayoutEntry<T>): CompiledEntry<T> {
  const alternatives = (names: readonly string[]) => `(?:${names.map(escape).join('|')})`
  const body = entry.template.parts
    .map(p => {
      if (p.kind === 'text') return escape(p.text)
      switch (p.name) {
        case 'stage':
          return alternatives(entry.stages)
        case 'model':
          return entry.models ? alternatives(entry.models) : '[^/]+'
        case 'version':
          return '[^/]+'
        case 'ext':
          return '(?:\\.[^/.]*)?'
        case 'file':
        case 'name':
          return '.+'
      }
    })
    .join('')
  return {
    entry,
    quick: new RegExp(`^${body}$`),
    stages: new Set(entry.stages),
    models: entry.models ? new Set(entry.models) : undefined,
    keptNameSeparator: keptNameSeparator(
      entry.template.parts,
      entry.template.parts.findIndex(p => p.kind === 'placeholder' && p.name === 'name')
    )
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** An empty, `.` or `..` segment: never part of a file name. */
const BAD_SEGMENT = /(?:^|\/)\.{0,2}(?:\/|$)/

type Captures = Partial<Record<Placeholder, string>>

function matchEntry<T>(c: CompiledEntry<T>, rel: string): LayoutMatch<T> | undefined {
  const parts = c.entry.template.parts
  const caps: Captures = {}
  if (!solve(0, 0)) return undefined
  return {
    entry: c.entry,
    stage: caps.stage!,
    model: caps.model,
    version: caps.version,
    files: fileCandidates(c, caps),
    fileParts: filePartsOf(caps)
  }

  /** Backtracking over the parts; each placeholder tries its longest text first. */
  function solve(i: number, pos: number): boolean {
    if (i === parts.length) return pos === rel.length && consistent(caps)
    const p = parts[i]
    if (p.kind === 'text') return rel.startsWith(p.text, pos) && solve(i + 1, pos + p.text.length)
    const known = caps[p.name]
    if (known !== undefined) return rel.startsWith(known, pos) && solve(i + 1, pos + known.length)
    const crossesFolders = p.name === 'file' || p.name === 'name'
    const slash = crossesFolders ? -1 : rel.indexOf('/', pos)
    const limit = slash < 0 ? rel.length : slash
    const shortest = p.name === 'ext' ? pos : pos + 1
    for (const end of candidateEnds(rel, parts[i + 1], shortest, limit)) {
      const value = rel.slice(pos, end)
      if (!accepts(c, p.name, value)) continue
      caps[p.name] = value
      if (solve(i + 1, end)) return true
    }
    delete caps[p.name]
    return false
  }
}

/**
 * Where a placeholder's text may end, in the order to try them: the longest
 * first, except right before {ext} (the shortest first, so {ext} takes the
 * path's last extension). Before literal text only where that text follows,
 * and at the end of the template only at the end of the path.
 */
function candidateEnds(
  rel: string,
  next: TemplatePart | undefined,
  shortest: number,
  limit: number
): number[] {
  const ends: number[] = []
  if (next === undefined) {
    if (rel.length <= limit && rel.length >= shortest) ends.push(rel.length)
  } else if (next.kind === 'text') {
    for (
      let e = rel.lastIndexOf(next.text, limit);
      e >= shortest;
      e = rel.lastIndexOf(next.text, e - 1)
    ) {
      ends.push(e)
      if (e === 0) break
    }
  } else if (next.name === 'ext') {
    for (let e = shortest; e <= limit; e++) ends.push(e)
  } else {
    for (let e = limit; e >= shortest; e--) ends.push(e)
  }
  return ends
}

function accepts<T>(c: CompiledEntry<T>, name: Placeholder, value: string): boolean {
  switch (name) {
    case 'stage':
      return c.stages.has(value)
    case 'model':
      return c.models ? c.models.has(value) : true
    case 'version':
      return c.entry.isVersion(value)
    case 'ext':
      return value === '' || (value[0] === '.' && !value.includes('.', 1))
    case 'file':
    case 'name':
      return !BAD_SEGMENT.test(value)
  }
}

/** `{name}` and `{ext}` must be how the file name they make up splits. */
function consistent(caps: Captures): boolean {
  if (caps.name === undefined || caps.ext === undefined) return true
  const split = splitFileName(caps.name + caps.ext)
  return split.name === caps.name && split.ext === caps.ext
}

function filePartsOf(caps: Captures): LayoutMatch['fileParts'] {
  const parts: LayoutMatch['fileParts'] = {}
  if (caps.file !== undefined) parts.file = caps.file
  if (caps.name !== undefined) parts.name = caps.name
  if (caps.ext !== undefined) parts.ext = caps.ext
  return parts
}

/**
 * The logical names that render to the path, worked out from the captures
 * (this runs for every path, so it does not render): `{name}{ext}` is one
 * name, and under the kept-name rule (`{name}<text>{version}`) a path may be
 * a renamed file or one that kept its name; a name that already ends in
 * `<text><version>` would not have been renamed, and a kept name must
 * still end in the captured extension.
 */
function fileCandidates<T>(c: CompiledEntry<T>, caps: Captures): string[] {
  if (caps.file !== undefined) return [caps.file]
  if (caps.name === undefined || caps.ext === undefined) return []
  if (c.keptNameSeparator === undefined || caps.version === undefined) return [caps.name + caps.ext]
  const suffix = c.keptNameSeparator + caps.version
  const out: string[] = []
  if (!caps.name.endsWith(suffix)) out.push(caps.name + caps.ext)
  const kept = caps.name + suffix + caps.ext
  if (splitFileName(kept).ext === caps.ext) out.push(kept)
  return out
}
