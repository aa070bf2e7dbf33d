/**
 * `npm run demo` (scripts/demo.mjs) reads in a minute: under 120 lines, each step's outcome,
 * one pull request body in full and the others saved with their first line shown, paths
 * relative to the example. One run of the demo (it runs the examples' real Python), read by
 * every test below.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

let out: string
let status: number | null
let lines: string[]

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'modelgate-demo-test-'))
  const run = spawnSync(process.execPath, ['scripts/demo.mjs', '--out', out], {
    cwd: PROJECT,
    encoding: 'utf8'
  })
  status = run.status
  lines = run.stdout.trimEnd().split('\n')
  if (run.status !== 0) console.error(run.stdout, run.stderr)
}, 240_000)

afterAll(() => rmSync(out, { recursive: true, force: true }))

const shown = (pattern: RegExp) => lines.filter(l => pattern.test(l))
const bodyShown = () => lines.filter(l => l.startsWith('    │')).map(l => l.replace(/^ {4}│ ?/, ''))

it('runs every step and stays under 120 lines', () => {
  expect(status).toBe(0)
  expect(lines.length).toBeLessThan(120)
  expect(lines.at(-2)).toMatch(/^Done: validate → evaluate → compare → promote/)
})

it("shows each step's outcome", () => {
  expect(shown(/\$ modelgate validate +✔ models\/registry\.yaml is valid/)).toHaveLength(3)
  expect(shown(/^ {4}models\/registry\.yaml:\d+:\d+: unknown stage "developement"/)).toHaveLength(1)
  expect(shown(/^ {4}models\/registry\.yaml:\d+:\d+: digest mismatch/)).toHaveLength(1)
  for (const version of ['benchmark \\(1\\.1\\.0\\)', '1\\.2\\.0', '1\\.0\\.0', '1\\.4\\.0']) {
    expect(
      shown(new RegExp(`^ {4}✔ breast-cancer ${version}: accuracy=0\\.9\\d{3} `))
    ).toHaveLength(1)
  }
  expect(shown(/^ {4}✔ pass: breast-cancer 1\.2\.0 vs benchmark 1\.1\.0$/)).toHaveLength(1)
  expect(shown(/compare --model breast-cancer --version 1\.0\.0 +→ exit 1$/)).toHaveLength(1)
  expect(shown(/^ {4}✖ fail: breast-cancer 1\.0\.0 vs benchmark 1\.1\.0$/)).toHaveLength(1)
  expect(shown(/^ {4}✔ dry run: breast-cancer 1\.2\.0 → production /)).toHaveLength(1)
  expect(shown(/^ {4}✔ dry run: breast-cancer production: 1\.1\.0 → 1\.0\.0 /)).toHaveLength(1)
  expect(shown(/^ {4}✔ dry run: breast-cancer 1\.4\.0 → development /)).toHaveLength(1)
  expect(
    shown(/monitor --dry-run +✔ diabetes-ridge 1\.1\.0 \(production\): healthy$/)
  ).toHaveLength(1)
  expect(shown(/^ {4}Report: \.modelgate\/report\.html$/)).toHaveLength(1)
  expect(existsSync(path.join(out, 'sklearn-classifier/.modelgate/report.html'))).toBe(true)
})

it('shows the promotion body in full and saves the others, showing their first line', () => {
  const saved = (name: string) =>
    readFileSync(path.join(out, `sklearn-classifier/.modelgate/pull-requests/${name}.md`), 'utf8')
  const promote = saved('promote').trimEnd().split('\n')
  expect(promote[0]).toBe('Promote **breast-cancer 1.2.0**: staging → production')
  expect(promote).toContain('### Comparison with the benchmark')
  // The body lines shown first are the promotion's, all of them.
  expect(bodyShown().slice(0, promote.length)).toEqual(promote)
  for (const [name, title] of [
    ['rollback', '## ⏪ Rollback of breast-cancer in production'],
    ['register', '## 🆕 Registration of breast-cancer 1.4.0']
  ]) {
    const body = saved(name).trimEnd().split('\n')
    expect(body[0]).toBe(title)
    expect(body).toContain('### Lineage')
    const mention = `(${body.length} lines in .modelgate/pull-requests/${name}.md)`
    expect(lines).toContain(`    │ ${title}   ${mention}`)
  }
  expect(bodyShown()).toHaveLength(promote.length + 2)
})

it('names the output folder once and shows every other path relative to the example', () => {
  expect(lines[0]).toBe(
    `Examples copied to ${out}/<example>, each a git repository; paths are relative to it.`
  )
  expect(lines.slice(1).filter(l => l.includes(tmpdir()))).toEqual([])
})
