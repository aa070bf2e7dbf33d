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

/**
 * The folder of a python3 that imports sklearn and scipy: Debian's, or one on PATH (a virtual
 * environment, as `npm run setup` suggests on macOS). Looked for once per jest worker (the
 * answer is kept in its environment, which every test file of the worker shares): importing
 * scikit-learn takes about a second.
 */
export function sklearnPythonDir(): string {
  const known = process.env.MODELGATE_TEST_SKLEARN_PYTHON_DIR
  if (known) return known
  for (const dir of ['/usr/bin', '/usr/local/bin', ...(process.env.PATH ?? '').split(':')]) {
    try {
      execFileSync(path.join(dir, 'python3'), ['-c', 'import sklearn, scipy'], { stdio: 'ignore' })
      process.env.MODELGATE_TEST_SKLEARN_PYTHON_DIR = dir
      return dir
    } catch {
      // not this one
    }
  }
  throw new Error(
    'no python3 with scikit-learn and scipy found: run npm run setup (it installs python3-sklearn python3-scipy)'
  )
}

/** PATH with that python3 first. */
export function sklearnPath(): string {
  return `${sklearnPythonDir()}:${process.env.PATH}`
}
