/**
 * Lists the files under the managed folders (stage, benchmark and archive
 * folders) once, so that existence, stray-file and symlink checks need no
 * per-file stat. Symbolic links are resolved and must stay inside the
 * repository (SPEC §2, §7).
 */
import { readdir, realpath, stat } from 'node:fs/promises'
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

export async function listTree(
  repoRoot: string,
  realRoot: string,
  relDirs: string[]
): Promise<FileTree> {
  const tree: FileTree = new Map()
  await Promise.all(relDirs.map(d => walk(d, 0)))
  return tree

  async function walk(rel: string, depth: number): Promise<void> {
    if (depth > MAX_DEPTH) return
    let entries
    try {
      entries = await readdir(path.join(repoRoot, rel), { withFileTypes: true })
    } catch {
      return // a folder that does not exist holds nothing
    }
    const subdirs: Promise<void>[] = []
    for (const e of entries) {
      const childRel = `${rel}/${e.name}`
      const abs = path.join(repoRoot, childRel)
      if (e.isDirectory()) subdirs.push(walk(childRel, depth + 1))
      else if (e.isFile()) tree.set(childRel, { abs })
      else if (e.isSymbolicLink()) subdirs.push(link(childRel, abs, depth))
    }
    await Promise.all(subdirs)
  }

  async function link(rel: string, abs: string, depth: number): Promise<void> {
    let target: string
    try {
      target = await realpath(abs)
    } catch {
      tree.set(rel, { abs, escapes: 'a broken symbolic link' })
      return
    }
    if (!isInside(realRoot, target)) {
      tree.set(rel, { abs, escapes: `a symbolic link to ${target}, outside the repository` })
      return
    }
    if ((await stat(target)).isDirectory()) await walk(rel, depth + 1)
    else tree.set(rel, { abs: target })
  }
}
