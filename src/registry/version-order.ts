/**
 * The order of a model's versions (issue #12): SemVer precedence under
 * `versioning: semver` (the default), `createdAt` under `versioning: ordered`
 * (training session ids and other free names carry no order of their own).
 * Every command that asks for "newer", "previous" or "highest" uses this.
 */
import type { LoadedModel, Registry } from './registry.js'
import { compareVersions, isSemVer, withoutV } from './semver.js'
import type { VersionEntry, Versioning } from './types.js'

/** The model's `versioning`, else the registry's, else semver. */
export function versioningOf(reg: Registry, model: LoadedModel): Versioning {
  return model.spec.versioning ?? reg.data.versioning ?? 'semver'
}

/** What ordering reads of a version. */
export type Ordered = Pick<VersionEntry, 'version' | 'createdAt'>
/**
 * What every spelling of one version of the model has in common: under
 * `semver` a SemVer version without its leading `v` (`v1.3.0` is `1.3.0`),
 * under `ordered` the name itself. Two entries with one identity are one
 * version listed twice.
 */
export function versionIdentity(reg: Registry, model: LoadedModel): (version: string) => string {
  return versioningOf(reg, model) === 'ordered'
    ? version => version
    : version => (isSemVer(version) ? withoutV(version) : version)
}

export type VersionComparator = (a: Ordered, b: Ordered) => number

/** Ascending order of the model's versions (oldest or lowest first). */
export function versionComparator(reg: Registry, model: LoadedModel): VersionComparator {
  return versioningOf(reg, model) === 'ordered' ? byCreatedAt : bySemVer
}

/** The model's versions among `entries`, newest (highest) first; `entries` is left as it is. */
export function newestFirst<T extends Ordered>(
  reg: Registry,
  model: LoadedModel,
  entries: readonly T[]
): T[] {
  const compare = versionComparator(reg, model)
  return [...entries].sort((a, b) => compare(b, a))
}

export function bySemVer(a: Ordered, b: Ordered): number {
  return compareVersions(a.version, b.version)
}

/**
 * By `createdAt` as an instant (offsets differ between writers), then by name
 * so the order is total; a version without `createdAt` (which validate refuses
 * under `ordered`) counts as the oldest.
 */
function byCreatedAt(a: Ordered, b: Ordered): number {
  const ta = instant(a.createdAt)
  const tb = instant(b.createdAt)
  if (ta !== tb) return ta < tb ? -1 : 1
  return a.version < b.version ? -1 : a.version > b.version ? 1 : 0
}

function instant(at: string | undefined): number {
  const t = at === undefined ? NaN : Date.parse(at)
  return Number.isNaN(t) ? -Infinity : t
}
