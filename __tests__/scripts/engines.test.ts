/**
 * `npm ci` on the Node versions package.json's `engines` names gives no EBADENGINE warning:
 * every package in package-lock.json declares support for the oldest and the newest release
 * of each named line (the overrides in package.json keep the Azure SDK under
 * @actions/artifact and @actions/cache, and @octokit/request's content-type, at versions that
 * do). The README names the same versions.
 */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const read = (file: string) => JSON.parse(readFileSync(path.join(PROJECT, file), 'utf8'))

// npm's own range semantics; semver is in every npm tree (jest, eslint and babel use it).
interface Semver {
  satisfies(version: string, range: string): boolean
  minVersion(range: string): { major: number; version: string } | null
}
const semver = createRequire(import.meta.url)('semver') as Semver

const engines: string = read('package.json').engines.node
/** The first and the last release of each line `engines` names (`^20.19.0` → 20.19.0, 20.999.0). */
const named = engines.split('||').flatMap(range => {
  const min = semver.minVersion(range.trim())
  if (!min) throw new Error(`engines.node: no version satisfies ${range}`)
  return [min.version, `${min.major}.999.0`]
})

it('names supported Node lines, the one action.yml runs on among them', () => {
  expect(named).toContain('24.999.0')
  expect(named.every(version => semver.satisfies(version, engines))).toBe(true)
  const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8')
  expect(readme).toContain('Node 20.19+, 22.13+ or 24')
})

it('has no package in the lock file whose engines exclude one of those versions', () => {
  const packages: Record<string, { version?: string; engines?: { node?: string } }> =
    read('package-lock.json').packages
  const excluded = Object.entries(packages).flatMap(([where, entry]) => {
    const range = entry.engines?.node
    if (!where || !range) return []
    const outside = named.filter(version => !semver.satisfies(version, range))
    return outside.length ? [`${where}@${entry.version} (node ${range}) excludes ${outside}`] : []
  })
  expect(excluded).toEqual([])
})
