/**
 * What may be a version, per the model's `versioning` (issue #12): `semver`
 * (the default, SPEC §2: SemVer with an optional leading `v`) or `ordered`
 * (any name such as a training session id, ordered by `createdAt`).
 * The matcher takes one of these to split `{model}_v{version}`.
 */
import { isSemVer } from '../semver.js'

import type { Versioning } from '../types.js'
export type { Versioning }

/** The names `versioning: ordered` accepts. */
export const ORDERED_VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/

export function isOrderedVersion(version: string): boolean {
  return ORDERED_VERSION.test(version)
}

export function versionRule(versioning: Versioning): (version: string) => boolean {
  return versioning === 'ordered' ? isOrderedVersion : isSemVer
}
