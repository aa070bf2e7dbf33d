/**
 * The bundled examples as a user has them: each example folder copied into
 * a fresh git repository. Manifest commands say `python3`; the PATH given
 * here finds a python3 with scikit-learn (Debian's), and says so loudly when
 * there is none instead of letting tests skip.
 */
import { execFileSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import path from 'node:path'
import { fixture, gitInit, tempDir, type Fixture } from './registry-fixture.js'

export function exampleRepo(name: string): Fixture {
  const dir = tempDir(`modelgate-${name}-`)
  cpSync(path.resolve('examples', name), dir, { recursive: true })
  gitInit(dir)
  return fixture(dir, path.join(dir, 'models/registry.yaml'))
}

let cached: string | undefined
/** PATH with a python3 that imports sklearn first. */
export function sklearnPath(): string {
  if (cached) return cached
  for (const dir of ['/usr/bin', '/usr/local/bin', ...(process.env.PATH ?? '').split(':')]) {
    try {
      execFileSync(path.join(dir, 'python3'), ['-c', 'import sklearn, scipy'], { stdio: 'ignore' })
      cached = `${dir}:${process.env.PATH}`
      return cached
    } catch {
      // not this one
    }
  }
  throw new Error(
    'no python3 with scikit-learn and scipy found: install python3-sklearn python3-scipy (see .ci/run)'
  )
}
