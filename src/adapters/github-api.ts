/**
 * Transitional: the GitHub API interface and its value types moved to
 * src/ports/github-api.ts, where the domain and present/ may name them too.
 * Import from there; this re-export goes once nothing imports this path.
 */
export type * from '../ports/github-api.js'
