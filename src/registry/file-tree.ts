/**
 * Lists the files under the managed folders (stage, benchmark and archive
 * folders; a place that is a file is listed as itself) once, so that existence, stray-file and symlink checks need no
 * per-file stat. A symbolic link is never followed: git would commit the
 * link, not the model file, and one leaving the repository would make
 * modelgate read foreign files (SPEC §7). Each is an entry with its problem.
 *
 * On a large registry the walk (120,000 folders for 10,000 models) is bound
 * by the kernel, and hashing is the other half of `validate`'s time: the walk
 * then runs in a worker thread while the main thread hashes (bench).
 */

export interface TreeEntry {
  /** Absolute path to read (the link target for a symbolic link). */
  abs: string
  /** Set for a symbolic link. */
  link?: boolean
  /** Set for a symbolic link to a folder: nothing below it was walked. */
  folder?: boolean
  /** Why the entry cannot be used: a link leaving the repository, a FIFO or device. */
  problem?: string
}

/** Repository-relative path (`/`-separated) → entry. */
export type FileTree = Map<string, TreeEntry>

/**
 * The walk. Self-contained on purpose (built-in modules fetched inside, no
 * module-level names), because its source is also what the worker runs.
 * Synchronous: one readdir per folder with no thread-pool hop is ~4× faster
 * than unbounded async readdir (bench).
 */
export function listTree(repoRoot: string, realRoot: string, relDirs: string[]): FileTree {
  const fs = process.getBuiltinModule('node:fs')
  const path = process.getBuiltinModule('node:path')
  const maxDepth = 32
  const tree: FileTree = new Map()
  const inside = (child: string) => {
    const rel = path.relative(realRoot, child)
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
  }
  const walk = (rel: string, depth: number): void => {
    if (depth > maxDepth) return
    let entries
    try {
      entries = fs.readdirSync(path.join(repoRoot, rel), { withFileTypes: true })
    } catch {
      // A place a layout names may be a file itself (`resources/production.keras` under `{stage}{ext}`).
      if (depth === 0) top(rel)
      return // a folder that does not exist holds nothing
    }
    for (const e of entries) {
      const childRel = `${rel}/${e.name}`
      const abs = path.join(repoRoot, childRel)
      if (e.isDirectory()) walk(childRel, depth + 1)
      else if (e.isFile()) tree.set(childRel, { abs })
      else if (e.isSymbolicLink()) link(childRel, abs)
      else tree.set(childRel, { abs, problem: 'not a regular file (a FIFO, socket or device)' })
    }
  }
  const link = (rel: string, abs: string): void => {
    let target: string
    try {
      target = fs.realpathSync(abs)
    } catch {
      tree.set(rel, { abs, link: true, problem: 'a broken symbolic link' })
      return
    }
    const folder = fs.statSync(target).isDirectory()
    const problem = !inside(target)
      ? `a symbolic link to ${target}, outside the repository`
      : folder
        ? 'a symbolic link to a folder: git would commit the link, not the model files (put the folder itself here)'
        : 'a symbolic link: git would commit the link, not the model file (put the file itself here)'
    tree.set(rel, { abs, link: true, ...(folder ? { folder } : {}), problem })
  }
  const top = (rel: string): void => {
    const abs = path.join(repoRoot, rel)
    const st = fs.lstatSync(abs, { throwIfNoEntry: false })
    if (!st || st.isDirectory()) return
    if (st.isFile()) tree.set(rel, { abs })
    else if (st.isSymbolicLink()) link(rel, abs)
    else tree.set(rel, { abs, problem: 'not a regular file (a FIFO, socket or device)' })
  }
  for (const d of relDirs) walk(d, 0)
  return tree
}

/** The same walk in a worker thread, so the caller's thread can hash meanwhile. */
export function listTreeInWorker(
  repoRoot: string,
  realRoot: string,
  relDirs: string[]
): Promise<FileTree> {
  const source =
    "const { parentPort, workerData: w } = require('node:worker_threads');" +
    `parentPort.postMessage((${listTree.toString()})(w.repoRoot, w.realRoot, w.relDirs));`
  return new Promise((resolve, reject) => {
    // Fetched here: worker_threads costs every start ~3 ms, and small registries never walk in a worker.
    const { Worker } = process.getBuiltinModule('node:worker_threads')
    const worker = new Worker(source, { eval: true, workerData: { repoRoot, realRoot, relDirs } })
    worker.once('message', tree => resolve(tree as FileTree))
    worker.once('error', reject)
    worker.once('exit', code => {
      if (code !== 0) reject(new Error(`the file-tree worker stopped with exit code ${code}`))
    })
  })
}
