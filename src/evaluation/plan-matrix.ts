/**
 * The job matrix `plan` hands to a workflow (SPEC §3): one job per entry,
 * `{"include":[{"model","version"}…]}`; past GitHub's 256 jobs per matrix,
 * entries are grouped per job as `{"entries":"m@v,m@v,…"}` (what
 * `evaluate --entries` reads), in at most 256 jobs of nearly equal size.
 */

/** GitHub Actions runs at most 256 jobs per matrix. */
export const MAX_JOBS = 256

export interface MatrixEntry {
  model: string
  version: string
  /** Set when the evaluation's result is in the evaluation cache (plan-cache.ts). */
  cached?: boolean
}

export type MatrixJob = MatrixEntry | { entries: string }

export interface Matrix {
  include: MatrixJob[]
}

export function buildMatrix(entries: readonly MatrixEntry[], maxJobs = MAX_JOBS): Matrix {
  if (entries.length <= maxJobs) {
    return {
      include: entries.map(e => ({
        model: e.model,
        version: e.version,
        ...(e.cached ? { cached: true } : {})
      }))
    }
  }
  // Consecutive runs keep a model's entries together (one shard read per job), and sizes
  // differ by one at most, so no job waits on a long tail.
  const size = Math.floor(entries.length / maxJobs)
  const extra = entries.length % maxJobs
  const include: MatrixJob[] = []
  let at = 0
  for (let job = 0; job < maxJobs; job++) {
    const n = size + (job < extra ? 1 : 0)
    include.push({
      entries: entries
        .slice(at, at + n)
        .map(formatEntry)
        .join(',')
    })
    at += n
  }
  return { include }
}

/** `model@version`, as `evaluate --entries` parses it (a model name has no `@`). */
export function formatEntry(e: MatrixEntry): string {
  return `${e.model}@${e.version}`
}
