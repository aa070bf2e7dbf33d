/**
 * The tree entries of the promotion commit (SPEC §5 step 3). Every version
 * folder moves as one `040000` entry pointing at the folder's existing tree
 * SHA, plus one `sha: null` entry deleting its old path, so GitHub reuses
 * the blobs it already has and no model bytes travel, whatever their size.
 * The manifest is the only content sent. Pure: the SHAs come from the caller.
 */
import type { TreeEntry } from '../ports/github-api.js'
import type { Move } from './change-plan.js'

export interface TreeInputs {
  moves: Move[]
  /** New files (register), each with the SHA of the blob uploaded for it. */
  blobs?: ReadonlyArray<{ path: string; sha: string }>
  /** Tree SHA of each folder a move reads from, keyed by repository-relative path. */
  folderShas: ReadonlyMap<string, string>
  manifest: { path: string; mode: TreeEntry['mode']; text: string }
}

/** The folders whose tree SHAs `treeEntries` needs. */
export function sourceFolders(moves: Move[]): string[] {
  return [...new Set(moves.filter(m => m.to !== null).map(m => m.from))]
}

export function treeEntries({ moves, blobs = [], folderShas, manifest }: TreeInputs): TreeEntry[] {
  const deletions: TreeEntry[] = []
  const additions: TreeEntry[] = []
  for (const move of moves) {
    if (move.to !== null) {
      const sha = folderShas.get(move.from)
      if (!sha) throw new Error(`no tree SHA for ${move.from}`)
      additions.push({ path: move.to, mode: '040000', type: 'tree', sha })
    }
    // A benchmark refresh copies: its source stays where it is (and moves on by its own entry).
    if (move.reason !== 'benchmark-refresh') {
      deletions.push({ path: move.from, mode: '040000', type: 'tree', sha: null })
    }
  }
  // Deletions first: an addition must never be undone by a deletion of a parent path.
  return [
    ...dedupe(deletions),
    ...additions,
    ...blobs.map(b => ({
      path: b.path,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: b.sha
    })),
    { path: manifest.path, mode: manifest.mode, type: 'blob', content: manifest.text }
  ]
}

function dedupe(entries: TreeEntry[]): TreeEntry[] {
  const seen = new Set<string>()
  return entries.filter(e => !seen.has(e.path) && seen.add(e.path))
}
