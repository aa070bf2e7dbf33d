/**
 * Each example, copied into a repository of its own as a user starts from it, keeps what
 * modelgate writes out of git: `git add -A` after evaluating and reporting stages none of the
 * results, reports or model copies under the output folder.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { INPUTS } from '../../src/settings/inputs.js'
import { exampleRepo } from '../helpers/examples.js'
import { writeFile } from '../helpers/registry-fixture.js'

const EXAMPLES = readdirSync('examples', { withFileTypes: true })
  .filter(e => e.isDirectory())
  .map(e => e.name)
  .sort()
const OUTPUT_DIR = INPUTS.find(i => i.name === 'output-dir')!.default!

describe("the examples' .gitignore", () => {
  it('there are examples to check', () => {
    expect(EXAMPLES.length).toBeGreaterThan(0)
  })

  it.each(EXAMPLES)('%s: git add -A stages nothing modelgate wrote', name => {
    const example = exampleRepo(name)
    const root = example.dir
    // Where evaluate, compare and report write, and a copy of a model's files.
    const written = [
      `${OUTPUT_DIR}/some-model/1.0.0/result.json`,
      `${OUTPUT_DIR}/report.html`,
      `${OUTPUT_DIR}/cache/some-model/model.bin`
    ]
    for (const file of written) writeFile(root, file, '{}')
    writeFile(root, 'models/new-file.txt', 'a file the user added')
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })
    git('add', '-A')
    const staged = git('diff', '--cached', '--name-only').split('\n').filter(Boolean)
    expect(staged).toContain('models/new-file.txt')
    expect(staged.filter(f => f.startsWith(`${OUTPUT_DIR}/`))).toEqual([])
    expect(staged).toContain('.gitignore')
    example.cleanup()
  })
})
