/**
 * The `Modelgate-Plan` trailer of SPEC §5: a hash of the planned moves and
 * manifest edits with every timestamp left out, so that planning the same
 * promotion again later gives the same hash and `promote` can recognise a
 * branch that already carries this plan.
 */
import { createHash } from 'node:crypto'

export function planHash(parts: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(withoutTimestamps(parts)))
    .digest('hex')
}

/** Drops every `at` key (the `at` of `retired` and of history entries). */
function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimestamps)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (k !== 'at') out[k] = withoutTimestamps(v)
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
