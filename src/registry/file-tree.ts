/**
 * Lists the files under the managed folders (stage, benchmark and archive
 * folders) once, so that existence, stray-file and symlink checks need no
 * per-file stat. Symbolic links are resolved and must stay inside the
 * repository (SPEC §2, §7).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { isInside } from './paths.js'

export interface TreeEntry {
  /** Absolute path to read (the link target for a symbolic link). */
  abs: string
  /** Set when the entry is a symbolic link whose target leaves the repository. */
  escapes?: string
}

/** Repository-relative path (`/`-separated) → entry. */
export type FileTree = Map<string, TreeEntry>

const MAX_DEPTH = 32

/**
 * Synchronous on purpose: one readdir per folder with no thread-pool hop is
 * ~4× faster than unbounded async readdir over 120,000 folders (bench).
 */
export function listTree(repoRoot: string, realRoot: string, relDirs: string[]): FileTree {
  const tree: FileTree = new Map()
  for (const d of relDirs) walk(d, 0)
  return tree

  function walk(rel: string, depth: number): void {
    if (depth > MAX_DEPTH) return
    let entries
    try {
      entries = readdirSync(path.join(repoRoot, rel), { withFileTypes: true })
    } catch {
      return // a folder that does not exist holds nothing
    }
    for (const e of entries) {
      const childRel = `${rel}/${e.name}`
      const abs = path.join(repoRoot, childRel)
      if (e.isDirectory()) walk(childRel, depth + 1)
      else if (e.isFile()) tree.set(childRel, { abs })
      else if (e.isSymbolicLink()) link(childRel, abs, depth)
    }
  }

  function link(rel: string, abs: string, depth: number): void {
    let target: string
    try {
      target = realpathSync(abs)
    } catch {
      tree.set(rel, { abs, escapes: 'a broken symbolic link' })
      return
    }
    if (!isInside(realRoot, target)) {
      tree.set(rel, { abs, escapes: `a symbolic link to ${target}, outside the repository` })
      return
    }
    if (statSync(target).isDirectory()) walk(rel, depth + 1)
    else tree.set(rel, { abs: target })
  }
}
