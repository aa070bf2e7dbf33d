/**
 * In-place edits of a manifest text (SPEC §5: "the manifest is updated in
 * place, keeping comments, key order and formatting").
 *
 * The `yaml` Document API locates the nodes, but the text is edited by
 * splicing at the nodes' source ranges rather than by `doc.toString()`:
 * even with `{ lineWidth: 0, flowCollectionPadding: false }` re-serializing
 * collapses the padding before trailing comments (`x: 1      # c` becomes
 * `x: 1 # c`), moves a comment after `key:` onto its own line, and unfolds
 * `>-` folded strings onto one line. Splicing changes only the edited lines.
 *
 * A JSON manifest is parsed, edited and re-serialized with
 * `JSON.stringify(…, null, 2)`: its formatting is not preserved.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml'
import type { KeyPath } from '../registry/source-file.js'

export type Edit =
  /** Sets the value at `path`, creating the last key when it is absent. */
  | { op: 'set'; path: KeyPath; value: unknown }
  /** Removes the key at `path` (e.g. `retired` when a version is brought back). */
  | { op: 'delete'; path: KeyPath }
  /** Appends `value` to the sequence at `path`, creating it when absent. */
  | { op: 'append'; path: KeyPath; value: unknown }
  /**
   * Adds a map to an existing sequence as its first or last item, written in the style of the
   * items already there (block maps stay block maps, blank lines between items are kept).
   */
  | { op: 'insert'; path: KeyPath; value: Record<string, unknown>; at: 'first' | 'last' }

export function editManifest(text: string, edits: readonly Edit[]): string {
  if (text.trimStart().startsWith('{')) return editJson(text, edits)
  // Each edit re-parses: ranges stay exact after earlier splices.
  return edits.reduce(editYaml, text)
}

function editJson(text: string, edits: readonly Edit[]): string {
  // A UTF-8 byte order mark is not JSON; it is written back as it was read.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
  const data = JSON.parse(text.slice(bom.length)) as unknown
  for (const edit of edits) {
    const parent = walk(data, edit.path.slice(0, -1)) as Record<string | number, unknown>
    const key = last(edit.path)
    if (edit.op === 'set') parent[key] = edit.value
    else if (edit.op === 'delete') delete parent[key]
    else if (edit.op === 'insert') {
      const seq = parent[key]
      if (!Array.isArray(seq))
        throw new Error(`manifest edit: ${edit.path.join('.')} is not a list`)
      if (edit.at === 'first') seq.unshift(edit.value)
      else seq.push(edit.value)
    } else {
      const seq = parent[key]
      if (seq === undefined) parent[key] = [edit.value]
      else if (Array.isArray(seq)) seq.push(edit.value)
      else throw new Error(`manifest edit: ${edit.path.join('.')} is not a list`)
    }
  }
  return bom + JSON.stringify(data, null, 2) + '\n'
}

function walk(data: unknown, path: KeyPath): unknown {
  let node = data
  for (const key of path) {
    if (node === null || typeof node !== 'object') {
      throw new Error(`manifest edit: no ${path.join('.')}`)
    }
    node = (node as Record<string | number, unknown>)[key]
  }
  if (node === null || typeof node !== 'object')
    throw new Error(`manifest edit: no ${path.join('.')}`)
  return node
}

function last(path: KeyPath): string | number {
  if (!path.length) throw new Error('manifest edit: empty key path')
  return path[path.length - 1]
}

function editYaml(text: string, edit: Edit): string {
  const doc = parseDocument(text)
  const parentPath = edit.path.slice(0, -1)
  const parent = (parentPath.length ? doc.getIn(parentPath, true) : doc.contents) as Node
  const key = last(edit.path)
  if (!isMap(parent) || typeof key !== 'string') {
    throw new Error(`manifest edit: ${edit.path.join('.')} is not a key of a map`)
  }
  const pair = findPair(parent, key)
  if (edit.op === 'delete') return pair ? deletePair(text, parent, pair) : text
  if (edit.op === 'set') {
    if (!pair) return insertPair(text, parent, key, render(edit.value))
    return setValue(text, edit.path, pair, edit.value)
  }
  if (edit.op === 'insert') {
    if (!pair) return insertPair(text, parent, key, null, [render(edit.value)])
    return insertItem(text, pair, edit.value, edit.at)
  }
  if (!pair) return insertPair(text, parent, key, null, [render(edit.value)])
  return appendItem(text, pair, render(edit.value))
}

/** A map as the first or last item of a sequence, in the style of its items. */
function insertItem(
  text: string,
  pair: Pair,
  value: Record<string, unknown>,
  at: 'first' | 'last'
): string {
  const seq = pair.value as Node | null
  const first = isSeq(seq) ? (seq.items[0] as Node | undefined) : undefined
  if (!isSeq(seq) || seq.flow || !first) return appendItem(text, pair, render(value))
  if (at === 'last' && !(isMap(first) && !first.flow)) return appendItem(text, pair, render(value))
  const dash = text.lastIndexOf('-', range(first)[0])
  const pad = ' '.repeat(column(text, dash))
  const item =
    isMap(first) && !first.flow
      ? `${pad}- ${blockMap(value, column(text, dash) + 2).trimStart()}`
      : `${pad}- ${render(value)}`
  // Items separated by blank lines get one too.
  const second = seq.items[1] as Node | undefined
  const gap =
    second && /\n[ \t]*\n/.test(text.slice(trimEnd(text, range(first)[1]), range(second)[0]))
  if (at === 'first') {
    const lineStart = text.lastIndexOf('\n', dash) + 1
    return splice(text, lineStart, lineStart, `${item}\n${gap ? '\n' : ''}`)
  }
  const lastItem = seq.items[seq.items.length - 1] as Node
  const end = lineEnd(text, trimEnd(text, range(lastItem)[1]))
  return splice(text, end, end, `\n${gap ? '\n' : ''}${item}`)
}

/** A map in block style at `indent` spaces: nested maps as blocks, lists and scalars inline. */
function blockMap(value: Record<string, unknown>, indent: number): string {
  const pad = ' '.repeat(indent)
  const key = (k: string) => (isPlainOk(k) ? k : JSON.stringify(k))
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) =>
      isPlainObject(v) && Object.keys(v).length
        ? `${pad}${key(k)}:\n${blockMap(v, indent + 2)}`
        : `${pad}${key(k)}: ${render(v)}`
    )
    .join('\n')
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find(p => isScalar(p.key) && p.key.value === key) as Pair | undefined
}

function range(node: unknown): [number, number, number] {
  const r = (node as Node | null)?.range
  if (!r) throw new Error('manifest edit: node without a source position')
  return r
}

function setValue(text: string, path: KeyPath, pair: Pair, value: unknown): string {
  const node = pair.value as Node | null
  // A block map keeps its block style: each of its keys is set on its own line.
  if (isMap(node) && !node.flow && isPlainObject(value)) {
    let out = text
    for (const [k, v] of Object.entries(value))
      out = editYaml(out, { op: 'set', path: [...path, k], value: v })
    for (const p of node.items) {
      const k = isScalar(p.key) ? p.key.value : undefined
      if (typeof k === 'string' && !(k in value))
        out = editYaml(out, { op: 'delete', path: [...path, k] })
    }
    return out
  }
  const rendered = render(value)
  // An unchanged value keeps the author's quoting.
  if (isScalar(node) && node.value === value) return text
  if (!node || (isScalar(node) && range(node)[0] === range(node)[1])) {
    // `key:` with nothing after it: the value goes after the colon.
    const colon = text.indexOf(':', range(pair.key)[1])
    return splice(text, colon + 1, colon + 1, ` ${rendered}`)
  }
  const [start, end] = range(node)
  if (isMap(node) || isSeq(node) ? !node.flow : false) {
    // A block collection replaced by a flow one: it moves onto the key's line.
    const keyEnd = range(pair.key)[1]
    const colon = text.indexOf(':', keyEnd)
    return splice(text, colon + 1, trimEnd(text, end), ` ${rendered}`)
  }
  return splice(text, start, end, rendered)
}

/** Inserts `key: value` (or `key:` with block items) as the map's last pair. */
function insertPair(
  text: string,
  map: YAMLMap,
  key: string,
  value: string | null,
  items: string[] = []
): string {
  if (map.flow) {
    const close = text.lastIndexOf('}', range(map)[1])
    const entry = `${key}: ${value ?? `[${items.join(', ')}]`}`
    if (!map.items.length) return splice(text, range(map)[0] + 1, close, ` ${entry} `)
    // After the last entry, before any padding: `{ a: 1 }` → `{ a: 1, b: 2 }`.
    const at = trimEnd(text, close)
    return splice(text, at, at, `, ${entry}`)
  }
  const first = map.items[0]
  const indent = first ? column(text, range(first.key)[0]) : 0
  const pad = ' '.repeat(indent)
  const at = first
    ? lineEnd(text, pairEnd(text, map.items[map.items.length - 1] as Pair))
    : text.length
  const lines =
    value !== null
      ? [`${pad}${key}: ${value}`]
      : [`${pad}${key}:`, ...items.map(i => `${pad}  - ${i}`)]
  if (at >= text.length && !text.endsWith('\n')) return text + '\n' + lines.join('\n') + '\n'
  if (at >= text.length) return text + lines.join('\n') + '\n'
  return splice(text, at, at, '\n' + lines.join('\n'))
}

function appendItem(text: string, pair: Pair, item: string): string {
  const seq = pair.value as Node | null
  if (isSeq(seq) && seq.flow) {
    const close = text.lastIndexOf(']', range(seq)[1])
    if (!seq.items.length) return splice(text, range(seq)[0] + 1, close, item)
    const at = trimEnd(text, close)
    return splice(text, at, at, `, ${item}`)
  }
  if (isSeq(seq) && seq.items.length) {
    const firstStart = range(seq.items[0])[0]
    const dash = text.lastIndexOf('-', firstStart)
    const pad = ' '.repeat(column(text, dash))
    const at = lineEnd(text, trimEnd(text, range(seq.items[seq.items.length - 1])[1]))
    return splice(text, at, at, `\n${pad}- ${item}`)
  }
  if (!seq || (isScalar(seq) && seq.value === null)) {
    const pad = ' '.repeat(column(text, range(pair.key)[0]) + 2)
    const at = lineEnd(text, range(pair.key)[1])
    return splice(text, at, at, `\n${pad}- ${item}`)
  }
  throw new Error('manifest edit: cannot append to a value that is not a list')
}

/** Removes a pair: its whole lines in a block map, `key: value` and a comma in a flow map. */
function deletePair(text: string, map: YAMLMap, pair: Pair): string {
  const start = range(pair.key)[0]
  const end = pairEnd(text, pair)
  if (map.flow) {
    const after = /^\s*,\s*/.exec(text.slice(end))
    if (after) return splice(text, start, end + after[0].length, '')
    const before = /,\s*$/.exec(text.slice(0, start))
    return splice(text, before ? start - before[0].length : start, end, '')
  }
  const from = text.lastIndexOf('\n', start - 1) + 1
  const to = lineEnd(text, end)
  return splice(text, from, Math.min(to + 1, text.length), '')
}

/** Where a pair's text ends: a block scalar's range includes its trailing newlines. */
function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as Node | null
  return value?.range ? trimEnd(text, value.range[1]) : range(pair.key)[1]
}

function trimEnd(text: string, at: number): number {
  let i = at
  while (i > 0 && /\s/.test(text[i - 1])) i--
  return i
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at)
  return nl < 0 ? text.length : nl
}

function column(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1)
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end)
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** Words that read back as the same string when written without quotes. */
function isPlainOk(s: string): boolean {
  return (
    /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(s)
  )
}

/**
 * Renders a value inline, the way the SPEC's examples write them: maps and
 * lists in flow style, plain words bare, anything else (versions, times,
 * `@team`) double-quoted so that every YAML reader gets the same string.
 */
export function render(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return isPlainOk(value) ? value : JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined
  )
  return `{ ${entries.map(([k, v]) => `${isPlainOk(k) ? k : JSON.stringify(k)}: ${render(v)}`).join(', ')} }`
}
