/**
 * The tree entries of the promotion commit (SPEC §5 step 3). A version
 * folder that moves whole is one `040000` entry pointing at the folder's
 * existing tree SHA; a file that moves on its own (issue #12: a name changes
 * on the way) is one blob entry with the file's existing blob SHA and mode.
 * Either way one `sha: null` entry deletes the old path, GitHub reuses the
 * objects it already has and no model bytes travel, whatever their size.
 * The manifest is the only content sent. Pure: the SHAs come from the caller.
 *
 * GitHub applies the entries in order, a later entry for a path winning over
 * an earlier one, and refuses to delete a path that does not exist. So a
 * deletion is left out where an addition writes the same path (a file
 * layout archives `resources/production.keras` and puts the new version at
 * that path in the same commit; the benchmark copy `benchmark.keras` is
 * refreshed in place) or a folder that is written whole, and where an
 * earlier deletion already took a folder that holds it.
 */
import type { TreeEntry } from '../ports/github-api.js'
import { movesFile, type Move } from './change-plan.js'

/** What a move reads from: a folder's tree, or a file's blob with its mode. */
export interface SourceObject {
  sha: string
  mode: TreeEntry['mode']
}

export interface TreeInputs {
  moves: Move[]
  /** New files (register), each with the SHA of the blob uploaded for it. */
  blobs?: ReadonlyArray<{ path: string; sha: string }>
  /** The object at each path a move reads from (see `sourcePaths`), keyed by repository-relative path. */
  sources: ReadonlyMap<string, SourceObject>
  manifest: { path: string; mode: TreeEntry['mode']; text: string }
}

/** The folders and files whose objects `treeEntries` needs. */
export function sourcePaths(moves: Move[]): string[] {
  return [...new Set(moves.filter(m => m.to !== null).map(m => m.from))]
}

export function treeEntries({ moves, blobs = [], sources, manifest }: TreeInputs): TreeEntry[] {
  const deletions: TreeEntry[] = []
  const additions: TreeEntry[] = []
  for (const move of moves) {
    const file = movesFile(move)
    if (move.to !== null) {
      const source = sources.get(move.from)
      if (!source) throw new Error(`no ${file ? 'blob' : 'tree'} SHA for ${move.from}`)
      additions.push(
        file
          ? { path: move.to, mode: source.mode, type: 'blob', sha: source.sha }
          : { path: move.to, mode: '040000', type: 'tree', sha: source.sha }
      )
    }
    // A benchmark refresh copies: its source stays where it is (and moves on by its own entry).
    if (move.reason !== 'benchmark-refresh') {
      deletions.push(
        file
          ? { path: move.from, mode: '100644', type: 'blob', sha: null }
          : { path: move.from, mode: '040000', type: 'tree', sha: null }
      )
    }
  }
  const added = [
    ...additions,
    ...blobs.map(b => ({
      path: b.path,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: b.sha
    }))
  ]
  // Deletions first: an addition must never be undone by a deletion of a parent path.
  return [
    ...neededDeletions(deletions, added),
    ...added,
    { path: manifest.path, mode: manifest.mode, type: 'blob', content: manifest.text }
  ]
}

/**
 * The deletions left once those that another entry makes pointless are gone:
 * a path deleted twice, a path inside a folder deleted before, a path an
 * addition writes (or a path inside a folder an addition writes whole).
 */
function neededDeletions(deletions: TreeEntry[], additions: TreeEntry[]): TreeEntry[] {
  const written = additions.map(a => ({ path: a.path, whole: a.type === 'tree' }))
  const kept: TreeEntry[] = []
  for (const d of deletions) {
    if (kept.some(k => d.path === k.path || inside(d.path, k.path))) continue
    if (written.some(w => d.path === w.path || (w.whole && inside(d.path, w.path)))) continue
    kept.push(d)
  }
  return kept
}

function inside(path: string, folder: string): boolean {
  return path.startsWith(`${folder}/`)
}
