/**
 * The bundled examples as a user has them: each example folder copied into
 * a fresh git repository. Manifest commands say `python3`; the PATH given
 * here finds a python3 with scikit-learn (Debian's), and says so loudly when
 * there is none instead of letting tests skip.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
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
 * environment, as `npm run setup` suggests on macOS). Importing scikit-learn takes about a
 * second, so it is looked for once per test run: the answer is kept in the worker's
 * environment and in a file of the run's temporary folder (run-temp-folder.mjs), which every
 * worker of the run reads (jest gives each test file its own copy of the environment).
 */
export function sklearnPythonDir(): string {
  const known = process.env.MODELGATE_TEST_SKLEARN_PYTHON_DIR ?? sharedAnswer()
  if (known) return known
  for (const dir of ['/usr/bin', '/usr/local/bin', ...(process.env.PATH ?? '').split(':')]) {
    try {
      execFileSync(path.join(dir, 'python3'), ['-c', 'import sklearn, scipy'], { stdio: 'ignore' })
      process.env.MODELGATE_TEST_SKLEARN_PYTHON_DIR = dir
      shareAnswer(dir)
      return dir
    } catch {
      // not this one
    }
  }
  throw new Error(
    'no python3 with scikit-learn and scipy found: run npm run setup (it installs python3-sklearn python3-scipy)'
  )
}

/** Where the run keeps the answer; undefined outside a jest run with its globalSetup. */
function answerFile(): string | undefined {
  const runTmp = process.env.MODELGATE_TEST_RUN_TMP
  return runTmp ? path.join(runTmp, 'sklearn-python-dir') : undefined
}

function sharedAnswer(): string | undefined {
  const file = answerFile()
  if (!file) return undefined
  try {
    return readFileSync(file, 'utf8') || undefined
  } catch {
    return undefined
  }
}

function shareAnswer(dir: string): void {
  const file = answerFile()
  if (!file) return
  // Written whole and renamed, so a worker reading meanwhile sees all of it or nothing.
  const partial = `${file}.${process.pid}`
  writeFileSync(partial, dir)
  renameSync(partial, file)
}

/** PATH with that python3 first. */
export function sklearnPath(): string {
  return `${sklearnPythonDir()}:${process.env.PATH}`
}
