/**
 * SemVer 2.0.0 parsing and precedence (a leading `v` is accepted, SPEC §2).
 * Small enough to own: the registry only needs parse, compare and equality.
 */
import type { VersionEntry } from './types.js'

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

export interface SemVer {
  major: number
  minor: number
  patch: number
  prerelease: string[]
  raw: string
}

export function parseSemVer(raw: string): SemVer | undefined {
  const m = SEMVER.exec(raw)
  if (!m) return undefined
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split('.') : [],
    raw
  }
}

export function isSemVer(raw: string): boolean {
  return SEMVER.test(raw)
}

/**
 * The SemVer version a person most likely meant by a short or numeric
 * spelling: `1` and `1.0` → `1.0.0`, `1.10` → `1.10.0`, `v2.1` → `v2.1.0`.
 * Undefined when the text is not one to three dot-separated numbers, so a
 * suggestion is only ever a valid SemVer version.
 */
export function semverSuggestion(text: string): string | undefined {
  const m = /^(v?)(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim())
  if (!m) return undefined
  // Leading zeros are not SemVer: 01.2 reads as 1.2.
  const parts = [m[2], m[3] ?? '0', m[4] ?? '0'].map(p => String(Number(p)))
  const suggestion = `${m[1]}${parts.join('.')}`
  return isSemVer(suggestion) && suggestion !== text ? suggestion : undefined
}

/** Precedence per SemVer §11; build metadata is ignored. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  for (const k of ['major', 'minor', 'patch'] as const) {
    if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1
  }
  if (!a.prerelease.length || !b.prerelease.length) {
    return b.prerelease.length - a.prerelease.length
  }
  const n = Math.max(a.prerelease.length, b.prerelease.length)
  for (let i = 0; i < n; i++) {
    const x = a.prerelease[i]
    const y = b.prerelease[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    const xn = /^\d+$/.test(x)
    const yn = /^\d+$/.test(y)
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1
    if (xn !== yn) return xn ? -1 : 1
    return x < y ? -1 : 1
  }
  return 0
}

/**
 * True when two version strings name the same version: the same text, or the
 * same SemVer version written with and without a leading `v` (`v1.3.0` is
 * `1.3.0`). Build metadata still tells two versions apart, as it does for
 * validate's "listed twice", so a lookup never picks a version validate
 * counts as another one. The spelling itself is kept for folders and display.
 */
export function sameVersion(a: string, b: string): boolean {
  if (a === b) return true
  return isSemVer(a) && isSemVer(b) && withoutV(a) === withoutV(b)
}

/** The version without a leading `v`. */
export function withoutV(version: string): string {
  return version.startsWith('v') ? version.slice(1) : version
}

/**
 * The entry of `version` among `versions`: the one written the same, else the
 * one that is the same version (`v1.3.0` finds `1.3.0`).
 */
export function findVersion(
  versions: readonly VersionEntry[],
  version: string
): VersionEntry | undefined {
  return (
    versions.find(v => v.version === version) ?? versions.find(v => sameVersion(v.version, version))
  )
}

/** Compares two version strings; unparsable ones sort first, by text. */
export function compareVersions(a: string, b: string): number {
  const pa = parseSemVer(a)
  const pb = parseSemVer(b)
  if (pa && pb) return compareSemVer(pa, pb)
  if (!pa && !pb) return a < b ? -1 : a > b ? 1 : 0
  return pa ? 1 : -1
}
