/**
 * No data loss and no leak through paths (issue 13): the output folder is
 * checked before anything is written (inside the workspace, clear of the
 * registry's folders, no symbolic link on the way); a run removes only what
 * an earlier run wrote there; symbolic links are refused where git would
 * commit the link (register sources) and followed only inside the
 * workspace elsewhere, without ever quoting the file behind them; a FIFO, a
 * folder or a device where a file belongs is one error naming it, at once.
 * Every case runs the CLI in-process on real files, links and FIFOs.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { cli, type CliRun } from '../helpers/run-cli.js'
import {
  shardClf,
  snapshot,
  tempDir,
  validRegistry,
  writeFile,
  type Fixture
} from '../helpers/registry-fixture.js'

/** Text that must never appear in any output: it stands for a file outside the workspace. */
const SECRET = 'TOP-SECRET-CONTENT-7f3a'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

function registry(): Fixture {
  const fx = validRegistry()
  cleanups.push(fx.cleanup)
  return fx
}

/** A folder outside the workspace holding one secret file. */
function outside(): { dir: string; file: string } {
  const dir = tempDir('modelgate-outside-')
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return { dir, file: writeFile(dir, 'secret.txt', `${SECRET}\nroot:x:0:0\n`) }
}

function fifo(abs: string): string {
  mkdirSync(path.dirname(abs), { recursive: true })
  execFileSync('mkfifo', [abs])
  return abs
}

/** A registry whose evaluate command is a node script writing metrics.json (ok) or nothing (none). */
function evaluating(mode: 'ok' | 'none', extra = ''): Fixture {
  const fx = registry()
  writeFile(
    fx.dir,
    'tools/eval.mjs',
    `import { writeFileSync, mkdirSync } from 'node:fs'
const [out, mode] = process.argv.slice(2)
mkdirSync(out, { recursive: true })
if (mode === 'ok') writeFileSync(out + '/metrics.json', JSON.stringify({ accuracy: 0.91 }))
`
  )
  fx.edit(
    '    compare: { primary: [accuracy], significance: 0.05 }',
    `    compare: { primary: [accuracy], significance: 0.05 }\n    evaluate: { run: "node tools/eval.mjs {output_dir} ${mode}", metrics: metrics.json, timeout: 20s${extra} }`
  )
  return fx
}

/** One clean error: the exit status, one line naming the culprit, no stack trace, no secret. */
function expectOneError(run: CliRun, code: number, message: RegExp): void {
  // The CLI prints the groups it enters (`▸ Check clf in production`) on stderr too.
  const stderr = run.stderr.replace(/^▸ .*\n/gm, '')
  expect({ code: run.code, stderr }).toEqual({ code, stderr: expect.stringMatching(message) })
  expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.stdout + run.stderr).not.toContain(SECRET)
}

describe('the output folder', () => {
  // [what, how the folder is made (returns the output-dir to pass), the message]
  const cases: Array<[string, (fx: Fixture) => string, RegExp]> = [
    [
      'a stage folder',
      () => 'models/production',
      /^modelgate: output-dir \S+\/models\/production overlaps the registry folder models\/production \(a stage, benchmark or archive folder\); model files live there\n$/
    ],
    [
      'a version folder inside a stage folder',
      () => 'models/production/clf/1.1.0',
      /overlaps the registry folder models\/production /
    ],
    [
      'the benchmark folder',
      () => 'models/benchmark',
      /overlaps the registry folder models\/benchmark /
    ],
    [
      'the archive folder',
      () => 'models/archived',
      /overlaps the registry folder models\/archived /
    ],
    [
      'the registry root, which holds the manifest',
      () => 'models',
      /^modelgate: output-dir \S+\/models holds the manifest models\/registry\.yaml\n$/
    ],
    ['the workspace itself', () => '.', /is not inside the workspace /],
    [
      'a folder outside the workspace',
      fx => `../${path.basename(fx.dir)}-elsewhere`,
      /is not inside the workspace /
    ],
    ['a folder inside .git', () => '.git/results', /is inside \S+\/\.git\n$/],
    [
      'a symbolic link to a folder outside',
      fx => {
        symlinkSync(outside().dir, path.join(fx.dir, '.modelgate'))
        return '.modelgate'
      },
      /^modelgate: output-dir \S+\/\.modelgate passes through the symbolic link \S+\/\.modelgate; modelgate writes only into real folders of the workspace\n$/
    ],
    [
      'a folder below it that is a symbolic link',
      fx => {
        mkdirSync(path.join(fx.dir, '.modelgate'))
        symlinkSync(outside().dir, path.join(fx.dir, '.modelgate/clf'))
        return '.modelgate'
      },
      /passes through the symbolic link \S+\/\.modelgate\/clf;/
    ],
    [
      'a file',
      fx => {
        writeFile(fx.dir, 'results.txt', 'notes\n')
        return 'results.txt'
      },
      /^modelgate: output-dir \S+\/results\.txt: \S+\/results\.txt is a file, not a folder\n$/
    ]
  ]

  it.each(cases)('%s: evaluate refuses, exit 2, nothing changed', async (_what, make, message) => {
    const fx = evaluating('ok')
    const outputDir = make(fx)
    const before = snapshot(fx.dir)
    const elsewhere = path.resolve(fx.dir, `../${path.basename(fx.dir)}-elsewhere`)
    const run = await cli(
      ['evaluate', '--model', 'clf', '--version', '1.2.0', '--output-dir', outputDir],
      fx.dir
    )
    expectOneError(run, 2, message)
    expect(snapshot(fx.dir)).toEqual(before)
    expect(existsSync(elsewhere)).toBe(false)
  })

  it.each(cases.filter(([what]) => !what.includes('below')))(
    '%s: report refuses, exit 2, nothing changed',
    async (_what, make, message) => {
      const fx = evaluating('ok')
      const outputDir = make(fx)
      const before = snapshot(fx.dir)
      const run = await cli(['report', '--output-dir', outputDir], fx.dir)
      expectOneError(run, 2, message)
      expect(snapshot(fx.dir)).toEqual(before)
    }
  )

  it.each(cases.filter(([what]) => /stage folder|symbolic link/.test(what)))(
    '%s: monitor refuses, exit 2, nothing changed',
    async (_what, make, message) => {
      const fx = evaluating('ok')
      fx.edit(
        '    compare: { primary: [accuracy], significance: 0.05 }',
        '    compare: { primary: [accuracy], significance: 0.05 }\n    monitor: { evaluate: { run: "node tools/eval.mjs {output_dir} ok", metrics: metrics.json } }'
      )
      const outputDir = make(fx)
      const before = snapshot(fx.dir)
      const run = await cli(['monitor', '--dry-run', 'true', '--output-dir', outputDir], fx.dir)
      expectOneError(run, 2, message)
      expect(snapshot(fx.dir)).toEqual(before)
    }
  )

  it.each([
    [
      'a FIFO',
      (abs: string) => void fifo(abs),
      /^modelgate: models\.clf\.monitor: data\/reference\.csv is a FIFO \(named pipe\), not a file\n$/
    ],
    [
      'a symbolic link out of the repository',
      (abs: string) => symlinkSync(outside().file, abs),
      /^modelgate: models\.clf\.monitor: data\/reference\.csv is a symbolic link to \S+\/secret\.txt, outside the repository\n$/
    ]
  ])(
    'monitor: the reference data is %s: exit 1 naming it, at once',
    async (_what, make, message) => {
      const fx = registry()
      fx.edit(
        '    compare: { primary: [accuracy], significance: 0.05 }',
        '    compare: { primary: [accuracy], significance: 0.05 }\n    monitor: { reference: data/reference.csv, current: data/current.csv }'
      )
      writeFile(fx.dir, 'data/current.csv', 'x\n1\n2\n')
      make(path.join(fx.dir, 'data/reference.csv'))
      const run = await cli(['monitor', '--dry-run', 'true'], fx.dir)
      expectOneError(run, 1, message)
    },
    10000
  )

  it('a trained version whose name climbs out of the output folder is refused', async () => {
    const fx = evaluating('ok')
    fx.edit(
      '    compare: { primary: [accuracy], significance: 0.05 }',
      '    compare: { primary: [accuracy], significance: 0.05 }\n    train: { run: "node tools/eval.mjs {output_dir} ok" }'
    )
    const before = snapshot(fx.dir)
    const run = await cli(
      [
        'evaluate',
        '--model',
        'clf',
        '--train',
        'true',
        '--version',
        '../../models/production/clf/1.1.0'
      ],
      fx.dir
    )
    expectOneError(
      run,
      2,
      /^modelgate: \S+\/models\/production\/clf\/1\.1\.0 is not inside output-dir \S+\/\.modelgate\n$/
    )
    expect(snapshot(fx.dir)).toEqual(before)
  })

  it('evaluate refuses a folder where result.json belongs', async () => {
    const fx = evaluating('ok')
    mkdirSync(path.join(fx.dir, '.modelgate/clf/1.2.0/result.json'), { recursive: true })
    const before = snapshot(fx.dir)
    const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0'], fx.dir)
    expectOneError(
      run,
      2,
      /^modelgate: \S+\/\.modelgate\/clf\/1\.2\.0\/result\.json is a folder; modelgate writes its result\.json there\n$/
    )
    expect(snapshot(fx.dir)).toEqual(before)
  })

  it('report refuses a folder where report.html belongs', async () => {
    const fx = evaluating('ok')
    mkdirSync(path.join(fx.dir, '.modelgate/report.html'), { recursive: true })
    const run = await cli(['report'], fx.dir)
    expectOneError(
      run,
      2,
      /^modelgate: \S+\/\.modelgate\/report\.html is a folder, not a file; it is where report writes the page\n$/
    )
  })

  it('the default folder works (the control case)', async () => {
    const fx = evaluating('ok')
    const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0'], fx.dir)
    expect(run.code).toBe(0)
    const report = await cli(['report'], fx.dir)
    expect(report.code).toBe(0)
    expect(
      (await cli(['monitor', '--dry-run', 'true', '--output-dir', '.modelgate'], fx.dir)).stderr
    ).not.toMatch(/output-dir/)
    expect(existsSync(path.join(fx.dir, '.modelgate/report.html'))).toBe(true)
  })
})

describe('a run removes only what modelgate wrote before', () => {
  const out = '.modelgate/clf/1.2.0'

  it('keeps files it did not write, removes its stale metrics and result', async () => {
    const fx = evaluating('none')
    const secret = outside()
    writeFile(fx.dir, `${out}/notes.txt`, 'my notes\n')
    writeFile(fx.dir, `${out}/plots/roc.svg`, '<svg/>\n')
    writeFile(fx.dir, `${out}/metrics.json`, '{"accuracy": 0.99}')
    // An earlier result.json names files outside its folder: they are not its to remove.
    writeFile(
      fx.dir,
      `${out}/result.json`,
      JSON.stringify({
        schema: 'modelgate/result/v1',
        status: 'ok',
        model: 'clf',
        version: '1.2.0',
        stage: 'trained',
        files: { '../../../models/production/clf/1.1.0/model.bin': 'x', [secret.file]: 'x' },
        predictions: '../../../models/registry.yaml',
        metrics: { accuracy: 0.99 }
      })
    )
    const before = snapshot(fx.dir)
    const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0', '--json'], fx.dir)
    expect(run.code).toBe(1)
    const after = snapshot(fx.dir)
    // The stale metrics are gone, so the failed run cannot pass for a good one.
    expect(after[`${out}/metrics.json`]).toBeUndefined()
    const result = JSON.parse(readFileSync(path.join(fx.dir, out, 'result.json'), 'utf8'))
    expect(result).toMatchObject({
      status: 'error',
      error: expect.stringMatching(/wrote no metrics file/)
    })
    // Everything else is as it was.
    const kept = (s: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(s).filter(([k]) => k !== `${out}/metrics.json` && k !== `${out}/result.json`)
      )
    expect(kept(after)).toEqual(kept(before))
    expect(readFileSync(secret.file, 'utf8')).toContain(SECRET)
  })

  it('removes a link at its own name as a link, never what it points to', async () => {
    const fx = evaluating('ok')
    const secret = outside()
    mkdirSync(path.join(fx.dir, out), { recursive: true })
    symlinkSync(secret.file, path.join(fx.dir, out, 'metrics.json'))
    const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0'], fx.dir)
    expect(run.code).toBe(0)
    expect(readFileSync(secret.file, 'utf8')).toContain(SECRET)
    expect(JSON.parse(readFileSync(path.join(fx.dir, out, 'metrics.json'), 'utf8'))).toEqual({
      accuracy: 0.91
    })
  })
})

describe('what evaluate reads back', () => {
  /** A registry whose evaluate command puts `kind` at metrics.json. */
  function odd(kind: 'fifo' | 'dir' | 'link', target = ''): Fixture {
    const fx = evaluating('ok')
    writeFile(
      fx.dir,
      'tools/odd.mjs',
      `import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
const [out, kind, target] = process.argv.slice(2)
mkdirSync(out, { recursive: true })
const file = out + '/metrics.json'
if (kind === 'fifo') execFileSync('mkfifo', [file])
if (kind === 'dir') mkdirSync(file)
if (kind === 'link') symlinkSync(target, file)
`
    )
    fx.edit(
      'run: "node tools/eval.mjs {output_dir} ok"',
      `run: "node tools/odd.mjs {output_dir} ${kind} ${target}"`
    )
    return fx
  }

  it.each([
    ['a FIFO', () => odd('fifo'), /^metrics file \S+ is a FIFO \(named pipe\), not a file$/],
    ['a folder', () => odd('dir'), /^metrics file \S+ is a folder, not a file$/],
    [
      'a link out of the workspace',
      () => odd('link', outside().file),
      /^metrics file \S+ is a symbolic link to \S+\/secret\.txt, outside the repository and the output folder$/
    ]
  ])(
    'the metrics file is %s: result.json says so, exit 1, at once',
    async (_what, make, message) => {
      const fx = make()
      const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0', '--json'], fx.dir)
      const result = JSON.parse(
        readFileSync(path.join(fx.dir, '.modelgate/clf/1.2.0/result.json'), 'utf8')
      )
      expect({ code: run.code, status: result.status }).toEqual({ code: 1, status: 'error' })
      expect(result.error).toMatch(message)
      expect(run.stdout + run.stderr).not.toContain(SECRET)
      expect(JSON.stringify(result)).not.toContain(SECRET)
    },
    10000
  )

  it('a metrics name that climbs out of the output folder is refused, never read', async () => {
    const fx = evaluating('ok')
    const rel = path.relative(path.join(fx.dir, '.modelgate/clf/1.2.0'), outside().file)
    fx.edit('metrics: metrics.json', `metrics: "${rel}"`)
    const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0', '--json'], fx.dir)
    const result = JSON.parse(
      readFileSync(path.join(fx.dir, '.modelgate/clf/1.2.0/result.json'), 'utf8')
    )
    expect({ code: run.code, status: result.status }).toEqual({ code: 1, status: 'error' })
    expect(result.error).toMatch(
      /^models\.clf\.evaluate\.run: the metrics file \S+\/secret\.txt is outside the output folder \S+ \(evaluate\.metrics is relative to \{output_dir\}\)$/
    )
    expect(run.stdout + run.stderr + JSON.stringify(result)).not.toContain(SECRET)
  })

  it('a metrics file that links inside the repository is read (the control case)', async () => {
    const fx = odd('link', 'PLACEHOLDER')
    const target = writeFile(fx.dir, 'data/metrics.json', '{"accuracy": 0.93}')
    fx.edit('link PLACEHOLDER', `link ${target}`)
    const run = await cli(['evaluate', '--model', 'clf', '--version', '1.2.0'], fx.dir)
    expect(run.code).toBe(0)
  })
})

describe('register sources', () => {
  /** A trained folder inside the workspace with the model's two files, `model.bin` made by `make`. */
  function trained(fx: Fixture, make?: (abs: string) => void): void {
    writeFile(fx.dir, 'trained/labels.json', '["a","b"]\n')
    const model = path.join(fx.dir, 'trained/model.bin')
    if (make) make(model)
    else writeFile(fx.dir, 'trained/model.bin', 'weights\n')
  }
  const register = (fx: Fixture) =>
    cli(
      [
        'register',
        '--model',
        'clf',
        '--version',
        '2.0.0',
        '--source',
        'trained',
        '--dry-run',
        'true'
      ],
      fx.dir
    )

  it.each([
    [
      'a symbolic link to a file outside (/etc/passwd)',
      (abs: string) => symlinkSync(outside().file, abs),
      /^modelgate: \S+\/trained: model\.bin is a symbolic link \(git would commit the link, not the model\): a model's files and folders must be real files and folders in the source folder\n$/
    ],
    [
      'a symbolic link to a file inside the workspace',
      (abs: string) => symlinkSync(writeFile(path.dirname(abs), '../weights.bin', 'w\n'), abs),
      /^modelgate: \S+\/trained: model\.bin is a symbolic link \(git would commit the link/
    ],
    [
      'a FIFO',
      (abs: string) => void fifo(abs),
      /: model\.bin is a FIFO \(named pipe\): a model's files/
    ]
  ])(
    'model.bin is %s: refused by name, exit 1, at once',
    async (_what, make, message) => {
      const fx = registry()
      trained(fx, make)
      const before = snapshot(fx.dir)
      const run = await register(fx)
      expectOneError(run, 1, message)
      expect(snapshot(fx.dir)).toEqual(before)
    },
    10000
  )

  it('candidate results outside the workspace that do not parse are not quoted', async () => {
    const fx = registry()
    trained(fx)
    const args = ['--model', 'clf', '--candidate-results', outside().file]
    const registered = await cli(
      ['register', '--version', '2.0.0', '--source', 'trained', '--dry-run', 'true', ...args],
      fx.dir
    )
    expectOneError(
      registered,
      1,
      /^modelgate: candidate results \S+\/secret\.txt are neither a modelgate result\.json nor a metrics file \(it is outside the workspace, so its content is not shown\)\n$/
    )
    const compared = await cli(['compare', ...args], fx.dir)
    expectOneError(
      compared,
      1,
      /^modelgate: candidate results \S+\/secret\.txt is not valid JSON: Unexpected token …, … is not valid JSON\n$/
    )
  })

  it('a folder in the source that is a symbolic link is refused by name', async () => {
    const fx = registry()
    trained(fx)
    symlinkSync(outside().dir, path.join(fx.dir, 'trained/assets'))
    expectOneError(await register(fx), 1, /: assets is a symbolic link \(git would commit/)
  })

  it('real files register (the control case)', async () => {
    const fx = registry()
    trained(fx)
    const run = await register(fx)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })
})

describe('the manifest and its shards', () => {
  const validate = (fx: Fixture, ...args: string[]) => cli(['validate', ...args], fx.dir)

  it.each([
    ['a FIFO', (abs: string) => void fifo(abs), /is a FIFO \(named pipe\), not a file\n$/],
    ['a folder', (abs: string) => mkdirSync(abs), /is a folder, not a file\n$/],
    [
      'a symbolic link out of the repository',
      (abs: string) => symlinkSync(outside().file, abs),
      /is a symbolic link to \S+\/secret\.txt, outside the repository\n$/
    ]
  ])(
    'the manifest is %s: exit 2, one line naming it, at once',
    async (_what, make, message) => {
      const fx = registry()
      rmSync(fx.manifestPath)
      make(fx.manifestPath)
      const run = await validate(fx)
      expectOneError(
        run,
        2,
        new RegExp(`^modelgate: manifest \\S+/models/registry\\.yaml ${message.source}`)
      )
    },
    10000
  )

  it('a manifest that links inside the repository is read (the control case)', async () => {
    const fx = registry()
    const real = path.join(fx.dir, 'config/registry.yaml')
    mkdirSync(path.dirname(real))
    writeFile(fx.dir, 'config/registry.yaml', fx.manifest())
    rmSync(fx.manifestPath)
    symlinkSync(real, fx.manifestPath)
    const run = await validate(fx, '--manifest', 'models/registry.yaml')
    expect(run.stderr).not.toMatch(/symbolic link|error/)
    expect(run.code).toBe(0)
  })

  it.each([
    ['a FIFO', (abs: string) => void fifo(abs), /is a FIFO \(named pipe\), not a file/],
    [
      'a symbolic link out of the repository',
      (abs: string) => symlinkSync(outside().file, abs),
      /is a symbolic link to \S+\/secret\.txt, outside the repository/
    ]
  ])(
    'a shard is %s: exit 1 naming it, whether read by the glob or for one model',
    async (_what, make, message) => {
      const fx = registry()
      shardClf(fx)
      const shard = path.join(fx.dir, 'models/clf/model.yaml')
      rmSync(shard)
      make(shard)
      for (const args of [[], ['--model', 'clf']]) {
        const run = await validate(fx, ...args)
        expect(run.code).toBe(1)
        expect(run.stderr).toMatch(
          new RegExp(
            `models/clf/model\\.yaml: shard \\S+/models/clf/model\\.yaml ${message.source}`
          )
        )
        expect(run.stderr).not.toMatch(/\n\s+at /)
        expect(run.stdout + run.stderr).not.toContain(SECRET)
      }
    },
    10000
  )
  it('a shard that links inside the repository is read, by the glob and for one model (the control case)', async () => {
    const fx = registry()
    shardClf(fx)
    const shard = path.join(fx.dir, 'models/clf/model.yaml')
    writeFile(fx.dir, 'shards/clf.yaml', readFileSync(shard, 'utf8'))
    rmSync(shard)
    symlinkSync(path.join(fx.dir, 'shards/clf.yaml'), shard)
    for (const args of [[], ['--model', 'clf']]) {
      const run = await validate(fx, ...args)
      expect(run.stderr).not.toMatch(/symbolic link|error/)
      expect({ code: run.code, stdout: run.stdout }).toEqual({
        code: 0,
        stdout: expect.stringMatching(/1 model/)
      })
    }
  })
})

describe('what compare reads', () => {
  const result = (version: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      schema: 'modelgate/result/v1',
      status: 'ok',
      model: 'clf',
      version,
      target: 'version',
      stage: 'trained',
      files: {},
      data: {},
      metrics: { accuracy: 0.95 },
      ...extra
    })
  const compare = (fx: Fixture, candidate: string) =>
    cli(['compare', '--model', 'clf', '--candidate-results', candidate], fx.dir)

  it.each([
    [
      'a FIFO',
      (fx: Fixture) => fifo(path.join(fx.dir, 'results/result.json')),
      /^modelgate: candidate results \S+\/results\/result\.json is a FIFO \(named pipe\), not a file\n$/
    ],
    [
      'a folder whose result.json is a folder',
      (fx: Fixture) => {
        mkdirSync(path.join(fx.dir, 'results/result.json'), { recursive: true })
        return path.join(fx.dir, 'results')
      },
      /^modelgate: candidate results \S+\/results\/result\.json is a folder, not a file\n$/
    ],
    [
      'a symbolic link out of the workspace',
      (fx: Fixture) => {
        const abs = path.join(fx.dir, 'results.json')
        symlinkSync(outside().file, abs)
        return abs
      },
      /^modelgate: candidate results \S+\/results\.json is a symbolic link to \S+\/secret\.txt, outside the workspace\n$/
    ]
  ])(
    'the candidate results are %s: exit 2, one line naming them, at once',
    async (_what, make, message) => {
      const fx = registry()
      const run = await compare(fx, make(fx))
      expectOneError(run, 2, message)
    },
    10000
  )

  it('a predictions file named outside the result folder is refused, never read', async () => {
    const fx = registry()
    const secret = outside()
    const rel = path.relative(path.join(fx.dir, '.modelgate/clf/1.2.0'), secret.file)
    writeFile(fx.dir, '.modelgate/clf/1.2.0/result.json', result('1.2.0', { predictions: rel }))
    writeFile(
      fx.dir,
      '.modelgate/clf/benchmark/result.json',
      result('1.1.0', { stage: 'benchmark', target: 'benchmark', predictions: 'predictions.csv' })
    )
    writeFile(fx.dir, '.modelgate/clf/benchmark/predictions.csv', 'y_true,y_pred\n1,1\n')
    const run = await cli(['compare', '--model', 'clf', '--version', '1.2.0'], fx.dir)
    expectOneError(
      run,
      1,
      /^modelgate: \S+\/\.modelgate\/clf\/1\.2\.0\/result\.json names a predictions file that is not allowed: file name "\S+" leaves the version folder with "\.\."\n$/
    )
  })
})
