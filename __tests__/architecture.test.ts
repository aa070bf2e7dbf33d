/**
 * The import-direction check of `npm run lint` (docs/architecture.md): it passes on this tree,
 * and on a copy of src/ with planted upward imports and a planted type-only cycle it fails,
 * naming the file and line of each on its own line.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
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

  // One planted copy serves both tests below (each run of the check takes seconds): the upward
  // imports sit in a new domain file that nothing imports, so they close no cycle, and the
  // cycle is the one type-only import planted in semver.ts.
  describe('on a copy with planted violations', () => {
    let r: ReturnType<typeof check>
    let lines: string[]
    beforeAll(() => {
      const root = copyOfTree()
      writeFileSync(
        path.join(root, 'src/registry/planted.ts'),
        "import { validate } from '../commands/validate.js'\nexport const planted = validate\n" +
          "import { info } from '@actions/core'\nexport const log = info\n" +
          "import { load } from 'js-yaml'\nexport const parse = load\n"
      )
      // layout.ts imports semver.ts; a type import back closes the cycle.
      appendFileSync(
        path.join(root, 'src/registry/semver.ts'),
        "import type { stageNames } from './layout.js'\nexport type Planted = typeof stageNames\n"
      )
      r = check(root)
      lines = r.stdout.split('\n')
    })

    it('fails, and counts each violation', () => {
      expect(r.status).toBe(1)
      expect(r.stdout).toMatch(/^architecture: 4 violation\(s\)/m)
    })

    it('names an import from the domain up into a command or the Actions toolkit, and js-yaml imported around its CommonJS build', () => {
      expect(lines.filter(l => l.includes('[domain-stays-pure:'))).toEqual([
        'src/registry/planted.ts:1 → src/commands/validate.ts  [domain-stays-pure: ' +
          'the domain imports no @actions/*, @octokit/*, adapters/, evaluation/, commands/, ' +
          'present/, settings/, cli/ or entry]',
        expect.stringMatching(
          /^src\/registry\/planted\.ts:3 → @actions\/core {2}\[domain-stays-pure: /
        )
      ])
      expect(lines.filter(l => l.includes('[js-yaml-through-its-commonjs-build:'))).toEqual([
        expect.stringMatching(/^src\/registry\/planted\.ts:5 → js-yaml {2}\[js-yaml-through-/)
      ])
    })

    it('names a cycle that only types make', () => {
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
    })
  })
})
