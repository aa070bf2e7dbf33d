/**
 * scripts/check-dist-fresh.mjs, the first step of `npm test`: it fails, naming what changed,
 * when dist/ was not built from the sources as they are. Run on a copy of the project's
 * inputs, stamped as scripts/bundle.mjs stamps dist/ (without running the 45 s build).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const COPIED = ['src', 'schema', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']

interface BundleInputs {
  writeInputsStamp(root: string, distDir: string): void
}

let root: string
let stamp: (distDir?: string) => void

beforeAll(async () => {
  // A non-literal specifier: the module is plain JavaScript, loaded as it is.
  const inputs = (await import(
    pathToFileURL(path.join(PROJECT, 'scripts/bundle-inputs.mjs')).href
  )) as BundleInputs
  root = mkdtempSync(path.join(tmpdir(), 'modelgate-dist-fresh-'))
  for (const name of COPIED) {
    cpSync(path.join(PROJECT, name), path.join(root, name), { recursive: true })
  }
  stamp = (distDir = path.join(root, 'dist')) => inputs.writeInputsStamp(root, distDir)
})

/** Files a test changed in the copy, put back from the project after it. */
const touched = new Set<string>()
const at = (rel: string) => {
  touched.add(rel)
  return path.join(root, rel)
}

beforeEach(() => {
  mkdirSync(path.join(root, 'dist'))
  stamp()
})

afterEach(() => {
  for (const rel of touched) {
    rmSync(path.join(root, rel), { force: true })
    if (existsSync(path.join(PROJECT, rel))) cpSync(path.join(PROJECT, rel), path.join(root, rel))
  }
  touched.clear()
  for (const build of ['dist', 'wip'])
    rmSync(path.join(root, build), { recursive: true, force: true })
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

function check(env: NodeJS.ProcessEnv = {}) {
  const clean = { ...process.env }
  delete clean.MODELGATE_TEST_DIST
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/check-dist-fresh.mjs')], {
    cwd: root,
    env: { ...clean, ...env },
    encoding: 'utf8'
  })
  return { status: run.status, stderr: run.stderr }
}

describe('check-dist-fresh', () => {
  it('passes, silently, when nothing changed since the bundle', () => {
    expect(check()).toEqual({ status: 0, stderr: '' })
  })

  it('fails naming the source file edited since the bundle', () => {
    appendFileSync(at('src/errors.ts'), '// edited\n')
    expect(check()).toEqual({
      status: 1,
      stderr:
        'dist/ is stale (src/errors.ts changed since the last `npm run bundle`): run npm run bundle\n'
    })
  })

  it('names two of several changes: edited, added, removed', () => {
    appendFileSync(at('package-lock.json'), '\n')
    writeFileSync(at('src/added.ts'), 'export const added = 1\n')
    rmSync(at('schema/registry.schema.json'))
    expect(check()).toEqual({
      status: 1,
      stderr:
        'dist/ is stale (package-lock.json changed, src/added.ts added and 1 more since the last ' +
        '`npm run bundle`): run npm run bundle\n'
    })
    rmSync(at('src/added.ts'))
    expect(check().stderr).toContain(
      '(package-lock.json changed, schema/registry.schema.json removed'
    )
  })

  it("counts package.json's module type, not its scripts, and no dotfiles", () => {
    const file = at('package.json')
    const pkg = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify({ ...pkg, scripts: { ...pkg.scripts, extra: 'true' } }))
    writeFileSync(at('src/.errors.ts.swp'), 'editor state')
    expect(check().status).toBe(0)
    writeFileSync(file, JSON.stringify({ ...pkg, type: 'commonjs' }))
    expect(check().stderr).toContain('(package.json (type, imports) changed since')
  })

  it('says so when dist/ carries no digests or does not exist', () => {
    rmSync(path.join(root, 'dist/bundle-inputs.json'))
    expect(check()).toEqual({
      status: 1,
      stderr:
        'dist/ is stale (it has no bundle-inputs.json, so what it was built from is unknown): ' +
        'run npm run bundle\n'
    })
    rmSync(path.join(root, 'dist'), { recursive: true })
    expect(check().stderr).toBe('dist/ is stale (it does not exist): run npm run bundle\n')
  })

  it('checks the private build MODELGATE_TEST_DIST names instead of dist/', () => {
    const build = path.join(root, 'wip')
    mkdirSync(build)
    stamp(build)
    rmSync(path.join(root, 'dist'), { recursive: true })
    expect(check({ MODELGATE_TEST_DIST: 'wip' })).toEqual({ status: 0, stderr: '' })
    appendFileSync(at('src/errors.ts'), '// edited\n')
    expect(check({ MODELGATE_TEST_DIST: 'wip' }).stderr).toBe(
      'wip/ is stale (src/errors.ts changed since the last `npm run bundle`): ' +
        'run node scripts/bundle.mjs --out wip\n'
    )
  })
})
