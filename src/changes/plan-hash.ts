/**
 * The `Modelgate-Plan` trailer of SPEC §5: a hash of the planned moves and
 * manifest edits with every timestamp (and run link) left out, so that planning the same
 * promotion again later gives the same hash and `promote` can recognise a
 * branch that already carries this plan.
 */
import { createHash } from 'node:crypto'

export function planHash(parts: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(withoutTimestamps(parts)))
    .digest('hex')
}

/**
 * Keys that say when and from which run, not what: `at` (of `retired` and
 * history entries), `createdAt` and `run` links. The same change asked for
 * again from another workflow run is the same plan, so it is `unchanged`
 * instead of a new commit that differs only in a link.
 */
const CIRCUMSTANTIAL = new Set(['at', 'createdAt', 'run'])

function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimestamps)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (!CIRCUMSTANTIAL.has(k)) out[k] = withoutTimestamps(v)
  }
  return out
}

/** JSON with object keys sorted, so key order never changes the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}
