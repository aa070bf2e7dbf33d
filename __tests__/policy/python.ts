/**
 * Runs a Python snippet with an interpreter that has scikit-learn and SciPy
 * (Debian's python3-sklearn and python3-scipy, which `npm run setup`
 * installs, or the virtual environment it suggests elsewhere). The first
 * `python3` on PATH may be another interpreter without them.
 * A missing library makes the calling test fail with a message saying what
 * to install: the comparison with the reference implementation is the point
 * of those tests, so skipping them would hide a broken environment.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { sklearnPythonDir } from '../helpers/examples.js'

const python = () => path.join(sklearnPythonDir(), 'python3')

/** Runs `script` with `input` as JSON on stdin; the script prints one JSON value. */
export function runPython<T>(script: string, input: unknown, modules: string[]): T {
  let out: Buffer
  try {
    out = execFileSync(python(), ['-c', script], {
      input: JSON.stringify(input),
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024
    })
  } catch (err) {
    // Only when it failed: is a library missing? Then say what to install.
    requireModules(modules)
    throw err
  }
  return JSON.parse(out.toString()) as T
}

function requireModules(modules: string[]): void {
  const probe = `import importlib, sys\nfor m in ${JSON.stringify(modules)}:\n    importlib.import_module(m)\n`
  try {
    execFileSync(python(), ['-c', probe], { stdio: 'pipe' })
  } catch (err) {
    // The last line of a traceback names the missing module; ENOENT has no stderr.
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim()
    const detail = stderr ? stderr.split('\n').pop() : String(err)
    throw new Error(
      `${python()} cannot import ${modules.join(', ')} (run npm run setup: it installs python3-sklearn python3-scipy); ` +
        `these tests compare modelgate with them. ${detail}`
    )
  }
}
