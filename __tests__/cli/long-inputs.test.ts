/**
 * Long inputs (#13): a value of thousands of characters — in a manifest key or
 * value, a model name, a CLI argument, an action input, a command's output —
 * is quoted cut at 200 characters with a note of its length, in every output
 * (CLI text and --json, the action's log, annotations and summary,
 * result.json), and the exit status is what it would be for a short one. A
 * manifest with thousands of bad entries prints its first problems and
 * "… and N more". In process: the CLI's runCli and the action's run().
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CLIP_CHARS } from '../../src/clip.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { cli } from '../helpers/run-cli.js'
import { validRegistry, writeFile, type Fixture } from '../helpers/registry-fixture.js'

/** The long value's one character: its longest run in an output is what was echoed of it. */
const X = 'q'
const LONG = 5000
const long = X.repeat(LONG)
const NOTE = `… (${LONG.toLocaleString('en-US')} characters, cut)`

/** The longest run of `ch` in `text`. */
function longestRun(text: string, ch: string): number {
  let best = 0
  let run = 0
  for (const c of text) {
    run = c === ch ? run + 1 : 0
    if (run > best) best = run
  }
  return best
}

/** Every output of a run holds the value cut, never more than CLIP_CHARS of it. */
function expectCut(outputs: string[]): void {
  const all = outputs.join('\n')
  expect(all).toContain(NOTE)
  for (const text of outputs) expect(longestRun(text, X)).toBeLessThanOrEqual(CLIP_CHARS)
  expect(all).not.toMatch(/\n\s+at /) // no stack trace
}

describe('long inputs are quoted cut, with a note', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  // [case, how the registry is spoilt (or undefined), CLI arguments, exit status, message]
  const cases: Array<[string, ((f: Fixture) => void) | undefined, string[], number, RegExp]> = [
    [
      'a long unknown key in the manifest',
      f =>
        f.edit(
          '    description: A test classifier',
          `    description: A test classifier\n    ${long}: 1`
        ),
      ['validate'],
      1,
      /unknown key "q{200}… \(5,000 characters, cut\)"/
    ],
    [
      'a long value in the manifest (a digest)',
      f => f.edit('labels.json: "sha256:', `labels.json: "${long}"\n          old.json: "sha256:`),
      ['validate'],
      1,
      /"q{200}… \(5,000 characters, cut\)" is not a digest/
    ],
    [
      'a long model name in the manifest',
      f => f.edit('  clf:\n', `  ${long}:\n`),
      ['validate'],
      1,
      /invalid name "q{200}… \(5,000 characters, cut\)"/
    ],
    [
      'a long model name given to validate',
      undefined,
      ['validate', '--model', long],
      1,
      /model "q{200}… \(5,000 characters, cut\)" is not in the registry/
    ],
    [
      'a long version given to evaluate',
      f =>
        f.edit(
          '    compare: { primary: [accuracy], significance: 0.05 }',
          '    compare: { primary: [accuracy], significance: 0.05 }\n    evaluate: { run: "node eval.mjs", metrics: metrics.json }'
        ),
      ['evaluate', '--model', 'clf', '--version', long],
      1,
      /has no version "q{200}… \(5,000 characters, cut\)"/
    ],
    [
      'a long model name given to promote',
      undefined,
      ['promote', '--model', long, '--version', '1.2.0', '--to', 'production', '--dry-run'],
      1,
      /unknown model "q{200}… \(5,000 characters, cut\)"/
    ],
    [
      'a long stage given to promote',
      undefined,
      ['promote', '--model', 'clf', '--version', '1.2.0', '--to', long, '--dry-run'],
      1,
      /unknown stage "q{200}… \(5,000 characters, cut\)"/
    ],
    [
      'a long version given to register',
      undefined,
      ['register', '--model', 'clf', '--version', long, '--source', 'trained', '--dry-run'],
      1,
      /"q{200}… \(5,000 characters, cut\)" is not a SemVer version/
    ],
    [
      'a long manifest path',
      undefined,
      ['validate', '--manifest', long],
      2,
      /manifest not found: \/.*q… \([\d,]+ characters, cut\) \(set the "manifest" input/
    ],
    [
      'a long output folder given to report',
      undefined,
      ['report', '--output-dir', long],
      2,
      /q… \([\d,]+ characters, cut\) cannot be read \(ENAMETOOLONG\); it is where report writes/
    ],
    [
      'a long unknown option',
      undefined,
      ['validate', `--${long}`],
      2,
      /unknown option "--q{198}… \(5,002 characters, cut\)"/
    ],
    [
      'a long stray argument',
      undefined,
      ['validate', long],
      2,
      /unexpected argument "q{200}… \(5,000 characters, cut\)"/
    ],
    [
      'a long boolean value',
      undefined,
      ['validate', `--dry-run=${long}`],
      2,
      /input "dry-run" must be true or false, got "q{200}… \(5,000 characters, cut\)"/
    ]
  ]

  it.each(cases)(
    '%s: exit status unchanged, the value cut',
    async (_name, spoil, args, code, message) => {
      fx = validRegistry()
      spoil?.(fx)
      const text = await cli(args, fx.dir)
      const json = await cli([...args, '--json'], fx.dir)
      expect(text.code).toBe(code)
      expect(json.code).toBe(code)
      expect(text.stderr).toMatch(message)
      for (const out of [text.stdout, text.stderr, json.stdout, json.stderr]) {
        expect(longestRun(out, X)).toBeLessThanOrEqual(CLIP_CHARS)
        expect(out).not.toMatch(/\n\s+at /) // no stack trace
      }
      const envelope = JSON.parse(json.stdout) as {
        ok: boolean
        errors: Array<{ message: string }>
      }
      expect(envelope.ok).toBe(false)
      expect(envelope.errors.map(e => e.message).join('\n')).toMatch(message)
    }
  )

  it('a long action input: exit 2, the value cut in the failure and the log', async () => {
    fx = validRegistry()
    const run = await runActionInProcess({
      inputs: { command: 'validate', 'dry-run': long },
      workspace: fx.dir
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(
      /::error::input "dry-run" must be true or false, got "q{200}… \(5,000 characters, cut\)"/
    )
    expectCut([run.stdout, run.summary, ...Object.values(run.outputs)])
  })

  it('a long model name in the manifest, through the action: annotations and summary cut', async () => {
    fx = validRegistry()
    fx.edit('  clf:\n', `  ${long}:\n`)
    const run = await runActionInProcess({ inputs: { command: 'validate' }, workspace: fx.dir })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error title=modelgate%3A models\.q{200}… \(5%2C000 characters%2C cut\)/
    )
    expectCut([run.stdout, run.summary, ...Object.values(run.outputs)])
  })
})

describe('a long command output in result.json', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  const token = 'ghs_SeCrEtToKeN0123456789abcdefABCDEF'

  it('is cut line by line, as is a long argument; a secret the cut splits is still blanked', async () => {
    fx = validRegistry()
    const original = fx.manifest()
    // With `ok` it writes the metrics; else it prints a 5,000-character line and a line whose
    // cut falls inside the token, and fails.
    writeFile(
      fx.dir,
      'tools/eval.mjs',
      `import { writeFileSync } from 'node:fs'
const [out, mode] = process.argv.slice(2)
if (mode === 'ok') writeFileSync(out + '/metrics.json', '{"accuracy": 0.91}')
else {
  console.log('${X}'.repeat(${LONG}))
  console.log('p'.repeat(${CLIP_CHARS - 10}) + '${token}' + 'p'.repeat(500))
  process.exit(3)
}
`
    )
    const evaluate = (mode: string) => {
      fx!.setManifest(
        original.replace(
          '    compare: { primary: [accuracy], significance: 0.05 }',
          `    compare: { primary: [accuracy], significance: 0.05 }\n    evaluate: { run: "node tools/eval.mjs {output_dir} ${mode} ${long}", metrics: metrics.json }`
        )
      )
      return cli(['evaluate', '--model', 'clf', '--version', '1.2.0', '--json'], fx!.dir, {
        GITHUB_TOKEN: token
      })
    }
    const file = path.join(fx.dir, '.modelgate/clf/1.2.0/result.json')

    // A command that works: its long argument is recorded cut.
    expect((await evaluate('ok')).code).toBe(0)
    const ok = JSON.parse(readFileSync(file, 'utf8'))
    expect(ok.status).toBe('ok')
    expect(ok.commands[0].argv.slice(1)).toEqual([
      'tools/eval.mjs',
      path.join(fx.dir, '.modelgate/clf/1.2.0'),
      'ok',
      `${X.repeat(200)}${NOTE}`
    ])

    // A command that fails: its last output is quoted line by line, each line cut.
    const run = await evaluate('fail')
    expect(run.code).toBe(1)
    expect(existsSync(file)).toBe(true)
    const stored = readFileSync(file, 'utf8')
    const result = JSON.parse(stored)
    expect(result.status).toBe('error')
    expect(result.error).toMatch(
      /failed with exit code 3; its last output:\n {2}q{200}… \(5,000 characters, cut\)\n {2}p{190}\*\*\*… \(727 characters, cut\)$/
    )
    for (const out of [stored, run.stdout, run.stderr]) {
      expect(longestRun(out, X)).toBeLessThanOrEqual(CLIP_CHARS)
      // Not even the part of the token before the cut.
      expect(out).not.toContain(token.slice(0, 8))
    }
  })
})

describe('a manifest with many bad entries', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  const BAD = 2000

  /** The registry with `BAD` more versions, each with a digest that is not one. */
  function manyBadDigests(): Fixture {
    const f = validRegistry()
    const versions = Array.from(
      { length: BAD },
      (_, i) =>
        `      - version: "2.${i}.0"\n        stage: development\n        files: { model.bin: "sha256:bad${i}", labels.json: "sha256:bad${i}" }`
    )
    f.edit('    versions:\n', `    versions:\n${versions.join('\n')}\n`)
    return f
  }

  it('the CLI prints the first 50 and "… and N more"; --json lists every one; exit 1', async () => {
    fx = manyBadDigests()
    const text = await cli(['validate'], fx.dir)
    expect(text.code).toBe(1)
    const lines = text.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(51)
    expect(lines[0]).toMatch(/^models\/registry\.yaml:\d+:\d+: .*"sha256:bad0" is not a digest/)
    expect(lines[50]).toBe(
      `… and ${(2 * BAD - 50).toLocaleString('en-US')} more problems (--json lists every one)`
    )
    expect(text.stdout).toMatch(/^✖ models\/registry\.yaml: 4,?000 errors\n$/)

    const json = await cli(['validate', '--json'], fx.dir)
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout).errors).toHaveLength(2 * BAD)
  })

  it('the action: 10 annotations, 1,000 log lines and a count, a capped summary; exit 1', async () => {
    fx = manyBadDigests()
    const run = await runActionInProcess({ inputs: { command: 'validate' }, workspace: fx.dir })
    expect(run.code).toBe(1)
    const annotations = run.stdout.split('\n').filter(l => l.startsWith('::error'))
    // Nine located ones, the tenth's count, and the failure itself.
    expect(annotations).toHaveLength(11)
    expect(annotations[9]).toBe(
      `::error::… and ${2 * BAD - 9} more errors: see the log of this step`
    )
    const logged = run.stdout.split('\n').filter(l => l.startsWith('models/registry.yaml:'))
    expect(logged).toHaveLength(1000)
    expect(run.stdout).toContain(
      `… and ${(2 * BAD - 1000).toLocaleString('en-US')} more problems (\`modelgate <command> --json\` lists every one)`
    )
    expect(run.summary).toContain(`… and ${2 * BAD - 200} more (see the log or --json)`)
  })
})
