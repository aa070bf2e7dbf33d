/**
 * Where evaluation results are kept between runs (SPEC §4, "Evaluation
 * cache"): a folder on a laptop (adapters/folder-cache-store.ts), the
 * Actions cache inside Actions (adapters/actions-cache-store.ts). A store
 * only moves folders of bytes by key; what an entry holds, and whether its
 * bytes are still the ones saved, is decided above it (evaluation/cached-result.ts),
 * so both stores are trusted exactly as little.
 */

/** An entry fetched from a store: a folder to read, and what to do when done with it. */
export interface FetchedEntry {
  /** Absolute folder holding the entry as it was saved. */
  dir: string
  /** Removes what the store unpacked for this read (nothing for a folder store). */
  release(): Promise<void>
}

export interface EvaluationCacheStore {
  /** Where entries are kept, for messages ("the cache folder /home/me/.cache/modelgate"). */
  readonly where: string
  /** Whether an entry for `key` exists, without fetching it (plan). */
  has(key: string): Promise<boolean>
  /** The entry saved for `key`, or undefined on a miss. */
  fetch(key: string): Promise<FetchedEntry | undefined>
  /**
   * Saves an entry for `key` (replacing one that is there): `write` fills a
   * fresh empty folder the store chose, which the store then keeps. Resolves
   * false when the store declined (the Actions cache keeps the first entry
   * saved under a key, and says so as a notice).
   */
  save(key: string, write: (dir: string) => Promise<void>): Promise<boolean>
}

/** What a command says about the cache it wants: where its files are, and any folder asked for. */
export interface EvaluationCacheRequest {
  workspace: string
  /** The command's output folder (the Actions store unpacks entries below it). */
  outputDir: string
  /** `cache-dir`: a folder store there, whatever the environment. */
  cacheDir?: string
}
