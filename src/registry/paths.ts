/**
 * Path safety for every path a manifest names (SPEC §2, §7): relative to the
 * repository root, never absolute, never climbing out with `..`.
 * Symbolic links are checked where files are read (file-tree.ts, file-kind.ts).
 */
import { quote } from '../clip.js'
import path from 'node:path'

export interface PathRules {
  /** What the path is relative to, as messages name it (default: the repository root). */
  base?: 'the repository root' | 'root'
  /** `\` escapes the next character (globs, as picomatch reads them) instead of being refused. */
  backslashEscapes?: boolean
}

/** Returns why a manifest path is unsafe, or undefined when it is fine. */
export function unsafePathReason(
  p: string,
  what = 'path',
  rules: PathRules = {}
): string | undefined {
  const base = rules.base ?? 'the repository root'
  if (p === '') return `${what} is empty`
  if (p.includes('\0')) return `${what} contains a NUL byte`
  if (p.includes('\\') && !rules.backslashEscapes) {
    return `${what} ${quote(p)} uses "\\"; use "/" as the separator`
  }
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) {
    return `${what} ${quote(p)} is absolute; paths are relative to ${base}`
  }
  const parts = p.split('/')
  if (parts.includes('..')) {
    return `${what} ${quote(p)} leaves ${base === 'root' ? 'root' : 'the repository'} with ".."`
  }
  return undefined
}

/** A file name inside a version folder: additionally no globs, no `.` or empty segments. */
export function unsafeFileNameReason(name: string): string | undefined {
  const basic = unsafePathReason(name, 'file name')
  if (basic) return basic.replace('the repository', 'the version folder')
  if (/[*?[\]{}]/.test(name))
    return `file name ${quote(name)} contains a glob character; name files exactly`
  if (name.split('/').some(s => s === '' || s === '.')) {
    return `file name ${quote(name)} has an empty or "." segment`
  }
  return undefined
}

/** Joins repository-relative segments with `/` (manifest paths are POSIX-style). */
export function joinRel(...parts: string[]): string {
  return path.posix.join(...parts.filter(p => p !== '' && p !== '.'))
}

/** True when `child` (absolute) is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}
