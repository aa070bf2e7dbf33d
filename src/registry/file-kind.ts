/**
 * What sits at a path where modelgate expects a file (SPEC §7), found with
 * lstat/stat before anything opens it: a FIFO would hang the read, a folder
 * would fail it with EISDIR, and a symbolic link may lead out of the
 * workspace, whose files must never be read or quoted. Callers name the
 * path and what it is for; the reason here says what is wrong with it.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  type Stats
} from 'node:fs'
import { clip } from '../clip.js'
import { isInside } from './paths.js'

export type FileState =
  | { kind: 'file'; /** The path to read: the link's target for a link. */ real: string }
  | { kind: 'missing' }
  | { kind: 'bad'; reason: string }

export interface FileRules {
  /**
   * Folders a symbolic link may lead into (compared by real path); a link
   * anywhere else is refused. Empty or absent: every link is refused.
   */
  linksWithin?: string[]
  /** What the folders of `linksWithin` are called in a message ("the repository"). */
  within?: string
}

/** "a folder", "a FIFO (named pipe)", … for anything that is not a regular file. */
export function notFileKind(st: Stats): string {
  if (st.isDirectory()) return 'a folder'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/** Looks at `abs` without opening it. */
export function inspectFile(abs: string, rules: FileRules = {}): FileState {
  let st: Stats | undefined
  try {
    st = lstatSync(abs, { throwIfNoEntry: false })
  } catch (err) {
    return { kind: 'bad', reason: `cannot be read (${(err as NodeJS.ErrnoException).code})` }
  }
  if (!st) return { kind: 'missing' }
  let real = abs
  if (st.isSymbolicLink()) {
    const roots = rules.linksWithin ?? []
    if (roots.length === 0) {
      return {
        kind: 'bad',
        reason: 'is a symbolic link; modelgate takes the file itself, not a link to it'
      }
    }
    try {
      real = realpathSync(abs)
    } catch {
      return { kind: 'bad', reason: 'is a broken symbolic link' }
    }
    if (!roots.some(r => isInside(realOrSame(r), real))) {
      return {
        kind: 'bad',
        reason: `is a symbolic link to ${clip(real)}, outside ${rules.within ?? 'the workspace'}`
      }
    }
    st = statSync(real)
  }
  if (!st.isFile()) return { kind: 'bad', reason: `is ${notFileKind(st)}, not a file` }
  return { kind: 'file', real }
}

/** The path with every link resolved, or the path itself when it does not resolve. */
export function realOrSame(p: string): string {
  try {
    return realpathSync(p)
  } catch {
    return p
  }
}

/**
 * The bytes of `abs` when it is a regular file and not a link, with one open
 * and no lstat first (10,000 shards: one syscall and one Stats each fewer);
 * undefined for anything else — missing, a link, a FIFO, a folder — which
 * `inspectFile` then explains. O_NOFOLLOW refuses a link at the open, and
 * O_NONBLOCK keeps a FIFO's open from waiting for a writer.
 */
export function readIfPlainFile(abs: string): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(
      abs,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
    )
  } catch {
    return undefined
  }
  try {
    const st = fstatSync(fd)
    return st.isFile() ? readWhole(fd, st.size) : undefined
  } finally {
    closeSync(fd)
  }
}

/**
 * A regular file's bytes, read into a buffer one byte larger than its size:
 * a read that stops at the size fstat gave has met the end, so an unchanged
 * file costs one read (readFileSync(fd) would fstat again, then read once
 * more to see the end). A file that grew meanwhile is read on to its end.
 */
function readWhole(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size + 1)
  let filled = 0
  while (filled < buffer.length) {
    const n = readSync(fd, buffer, filled, buffer.length - filled, null)
    if (n === 0) return buffer.subarray(0, filled)
    filled += n
    if (filled === size) return buffer.subarray(0, filled)
  }
  return Buffer.concat([buffer, readFileSync(fd)])
}
