/**
 * The import-direction check of `npm run lint` (docs/architecture.md): it passes on this tree,
 * and on a copy of src/ with a planted upward import or a planted type-only cycle it fails,
 * naming the file and line of each on its own line.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from './helpers/registry-fixture.js'

const CHECK = path.resolve('scripts', 'check-architecture.mjs')

function check(...args: string[]) {
  const r = spawnSync(process.execPath, [CHECK, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const copies: string[] = []
afterAll(() => copies.forEach(dir => rmSync(dir, { recursive: true, force: true })))

/** A copy of what the check reads: src/, tsconfig.json, package.json and node_modules (linked). */
function copyOfTree(): string {
  const root = tempDir('modelgate-arch-')
  copies.push(root)
  cpSync('src', path.join(root, 'src'), { recursive: true })
  cpSync('tsconfig.json', path.join(root, 'tsconfig.json'))
  cpSync('package.json', path.join(root, 'package.json'))
  symlinkSync(realpathSync('node_modules'), path.join(root, 'node_modules'), 'dir')
  return root
}

describe('architecture check', () => {
  it('passes on the tree as it is', () => {
    const r = check()
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^architecture: no violations \(\d+ modules, \d+ imports/m)
    expect(r.status).toBe(0)
  })

  it('fails on an import from the domain up into a command or the Actions toolkit, and on js-yaml imported around its CommonJS build', () => {
    const root = copyOfTree()
    const file = path.join(root, 'src/registry/semver.ts')
    const line = readFileSync(file, 'utf8').split('\n').length
    appendFileSync(
      file,
      "import { validate } from '../commands/validate.js'\nexport const planted = validate\n" +
        "import { info } from '@actions/core'\nexport const log = info\n" +
        "import { load } from 'js-yaml'\nexport const parse = load\n"
    )
    const r = check(root)
    expect(r.status).toBe(1)
    const lines = r.stdout.split('\n')
    // The command imports registry modules back, so cycles are reported too; these are the
    // lines of the two planted imports.
    expect(lines.filter(l => l.includes('[domain-stays-pure:'))).toEqual([
      `src/registry/semver.ts:${line} → src/commands/validate.ts  [domain-stays-pure: ` +
        'the domain imports no @actions/*, @octokit/*, adapters/, evaluation/, commands/, ' +
        'present/, settings/, cli/ or entry]',
      expect.stringMatching(
        new RegExp(
          `^src/registry/semver\\.ts:${line + 2} → @actions/core {2}\\[domain-stays-pure: `
        )
      )
    ])
    expect(lines.filter(l => l.includes('[js-yaml-through-its-commonjs-build:'))).toEqual([
      expect.stringMatching(
        new RegExp(`^src/registry/semver\\.ts:${line + 4} → js-yaml {2}\\[js-yaml-through-`)
      )
    ])
  })

  it('fails on a cycle that only types make', () => {
    const root = copyOfTree()
    // layout.ts imports semver.ts; a type import back closes the cycle.
    appendFileSync(
      path.join(root, 'src/registry/semver.ts'),
      "import type { stageNames } from './layout.js'\nexport type Planted = typeof stageNames\n"
    )
    const r = check(root)
    expect(r.status).toBe(1)
    const lines = r.stdout.split('\n')
    // Reported from the value import's side, with the type-only step named.
    expect(lines.filter(l => l.includes('[no-cycle:'))).toEqual([
      expect.stringMatching(
        new RegExp(
          // layout.ts reaches semver.ts directly or through version-order.ts
          '^src/registry/layout\\.ts:\\d+ → (?:src/registry/version-order\\.ts → )?src/registry/semver\\.ts → src/registry/layout\\.ts ' +
            '\\(type-only: src/registry/semver\\.ts → src/registry/layout\\.ts\\) {2}\\[no-cycle: '
        )
      )
    ])
    expect(r.stdout).toMatch(/^architecture: 1 violation\(s\)/m)
  })
})
