/**
 * Expands the `include:` globs of a sharded registry (SPEC §2). Supports `*`
 * and `?` within a segment and `**` across segments, which is what shard
 * layouts use (`models/*\/model.yaml`). Results are repository-relative and
 * sorted, so errors and outputs are stable. Synchronous: a literal segment
 * is one stat, not a folder listing, which matters with 10,000 model folders.
 */
import { lstatSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs'
import path from 'node:path'

function segmentRegex(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
  return new RegExp(`^${body}$`)
}

export function hasGlob(segment: string): boolean {
  return /[*?]/.test(segment)
}

/** Whether a repository-relative path is a glob (some segment has a wildcard), not a path. */
export function isGlobPattern(pattern: string): boolean {
  return pattern.split('/').some(hasGlob)
}

/** Lists files under `repoRoot` matching `pattern` (a repository-relative glob). */
export function expandGlob(repoRoot: string, pattern: string): string[] {
  const segments = pattern.split('/').filter(s => s !== '' && s !== '.')
  const out = new Set<string>()
  walk('', 0)
  return [...out].sort()

  function walk(rel: string, i: number): void {
    if (i === segments.length) {
      out.add(rel)
      return
    }
    const seg = segments[i]
    const last = i === segments.length - 1
    if (seg === '**') {
      walk(rel, i + 1)
      for (const e of list(rel)) if (e.isDirectory()) walk(path.posix.join(rel, e.name), i)
      return
    }
    if (!hasGlob(seg)) {
      const child = path.posix.join(rel, seg)
      const abs = path.join(repoRoot, child)
      const st = (last ? lstatSync : statSync)(abs, { throwIfNoEntry: false })
      if (st && (last ? notFolder(child, st) : st.isDirectory())) walk(child, i + 1)
      return
    }
    const re = segmentRegex(seg)
    for (const e of list(rel)) {
      if (!re.test(e.name) || e.name.startsWith('.')) continue
      const child = path.posix.join(rel, e.name)
      if (last ? notFolder(child, e) : e.isDirectory()) walk(child, i + 1)
    }
  }

  /**
   * A match for the last segment: anything but a folder (or a link to one), so that the
   * reader sees a link, a FIFO or a device where a file belongs and says so, rather
   * than the pattern silently matching less.
   */
  function notFolder(rel: string, e: Dirent | Stats): boolean {
    if (e.isDirectory()) return false
    if (!e.isSymbolicLink()) return true
    const target = statSync(path.join(repoRoot, rel), { throwIfNoEntry: false })
    return !target?.isDirectory()
  }

  function list(rel: string): Dirent[] {
    try {
      return readdirSync(path.join(repoRoot, rel), { withFileTypes: true })
    } catch {
      return []
    }
  }
}

/**
 * For `validate --model M`: the one file a pattern names for model M, found by
 * substituting M for the pattern's single `*` segment, so a command about one
 * model reads only that model's file whatever the registry's size.
 */
export function shardPathFor(pattern: string, model: string): string | undefined {
  const segments = pattern.split('/')
  const wild = segments.filter(hasGlob)
  if (wild.length !== 1 || wild[0] !== '*') return undefined
  return segments.map(s => (s === '*' ? model : s)).join('/')
}

/**
 * The files of `paths` (repository-relative, e.g. a git revision's listing)
 * that `pattern` matches, by the same rules as expandGlob: a wildcard never
 * matches a name starting with `.`. Sorted.
 */
export function matchGlob(pattern: string, paths: Iterable<string>): string[] {
  const segments = pattern.split('/').filter(s => s !== '' && s !== '.')
  const regexes = segments.map(s => (s === '**' || !hasGlob(s) ? undefined : segmentRegex(s)))
  // A literal last segment is the matching path's last part: checked before the path is split,
  // which spares the split of every other file of a revision's listing (70,000 for 10,000 shards).
  const last = segments.at(-1)
  const ends = last !== undefined && last !== '**' && !hasGlob(last) ? last : undefined
  const out: string[] = []
  for (const p of paths) {
    if (ends !== undefined && p !== ends && !p.endsWith(`/${ends}`)) continue
    if (matches(p.split('/'), 0, 0)) out.push(p)
  }
  return out.sort()

  function matches(parts: string[], i: number, j: number): boolean {
    if (i === segments.length) return j === parts.length
    if (j === parts.length) return false
    const seg = segments[i]
    if (seg === '**') {
      // Zero folders, or one more folder (never the file itself).
      return matches(parts, i + 1, j) || (j < parts.length - 1 && matches(parts, i, j + 1))
    }
    const re = regexes[i]
    const ok = re ? re.test(parts[j]) && !parts[j].startsWith('.') : seg === parts[j]
    return ok && matches(parts, i + 1, j + 1)
  }
}

/** The literal folder a pattern starts with (`models` for `models/*\/model.yaml`), '' for none. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/').filter(s => s !== '' && s !== '.')
  const literal: string[] = []
  for (const s of segments.slice(0, -1)) {
    if (s === '**' || hasGlob(s)) break
    literal.push(s)
  }
  return literal.join('/')
}
