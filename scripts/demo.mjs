#!/usr/bin/env node
// The demo: the bundled CLI on the bundled examples, as a user would run it
// in their own repository, in about a hundred lines. Each example is copied
// into its own fresh git repository under one output folder (kept, so the
// report page and the pull request bodies can be opened afterwards); every
// path shown is relative to that copy.
//
//   node scripts/demo.mjs [--out DIR]     (default: <tmp>/modelgate-demo)
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findPythonDir } from './prerequisites.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const cli = path.join(root, 'dist/cli/index.js')
const outFlag = process.argv.indexOf('--out')
if (outFlag > 0 && !process.argv[outFlag + 1]) {
  console.error('usage: node scripts/demo.mjs [--out DIR]')
  process.exit(2)
}
const out = path.resolve(
  outFlag > 0 ? process.argv[outFlag + 1] : path.join(os.tmpdir(), 'modelgate-demo')
)
const bold = s => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const dim = s => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s)

// The main job needs the examples' Python: no python, no demo (never a silent skip).
const pythonDir = findPythonDir()
if (!pythonDir) {
  console.error(
    'demo: no python3 with scikit-learn, scipy and joblib found (PATH, /usr/bin, /usr/local/bin).\n' +
      'Run `npm run setup`: it installs them with apt-get where it can, or prints the command for this machine.'
  )
  process.exit(1)
}
// A fresh evaluation cache each run, inside the demo's folder: the demo shows evaluations
// running, and a run never reuses (or fills) the user's own cache.
const cacheHome = path.join(out, 'cache')
rmSync(cacheHome, { recursive: true, force: true })
const env = {
  ...process.env,
  PATH: `${pythonDir}${path.delimiter}${process.env.PATH}`,
  XDG_CACHE_HOME: cacheHome
}

/** A copy of examples/<name> as its own git repository: `<out>/<as>`. */
function copyExample(name, as = name) {
  const dir = path.join(out, as)
  rmSync(dir, { recursive: true, force: true })
  cpSync(path.join(root, 'examples', name), dir, { recursive: true })
  execFileSync('git', ['init', '-q', dir])
  return dir
}

/**
 * Runs `modelgate args` in `dir` and prints the command after the copy's name, as a prompt,
 * then the lines `pick` keeps of its output (default: the outcome lines, ✔ or ✖), below it or
 * `inline`, with paths made relative to `dir`. An unexpected exit status stops the demo.
 */
function modelgate(dir, args, { expectFail = false, pick = outcome, inline = false } = {}) {
  process.stdout.write(`  ${dim(`${path.basename(dir)} $`)} modelgate ${args.join(' ')}`)
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env })
  const text = (run.stderr + run.stdout).trimEnd().replaceAll(`${dir}/`, '').replaceAll(dir, '.')
  const shown = pick(text.split('\n'))
  const exit = run.status === 0 ? '' : dim(`   → exit ${run.status}`)
  if (inline) console.log(`${exit}   ${shown.map(l => l.trim()).join(' ')}`)
  else console.log([exit, ...shown.map(l => `    ${l}`)].join('\n'))
  if ((run.status !== 0) !== expectFail) {
    console.error(
      `\nunexpected exit status ${run.status} from modelgate ${args.join(' ')}:\n${text}`
    )
    process.exit(1)
  }
  return text
}
const outcome = lines => lines.filter(l => /^\s*[✔✖]/.test(l))
const errors = lines => lines.filter(l => /^\S+:\d+:\d+: /.test(l))
const nonBlank = lines => lines.filter(l => l.trim())
const step = title => console.log(bold(title))

/** The pull request body of a dry run, saved in full; `full` shows all of it, else its title. */
function showBody(dir, text, name, { full = false } = {}) {
  const mark = '--- pull request body ---\n'
  if (!text.includes(mark)) throw new Error(`no pull request body in:\n${text}`)
  const body = text.slice(text.indexOf(mark) + mark.length)
  const file = `.modelgate/pull-requests/${name}.md`
  mkdirSync(path.join(dir, '.modelgate/pull-requests'), { recursive: true })
  writeFileSync(path.join(dir, file), `${body}\n`)
  const lines = body.split('\n')
  if (full) console.log(lines.map(l => `    │ ${l}`.trimEnd()).join('\n'))
  else console.log(`    │ ${lines[0]}   ${dim(`(${lines.length} lines in ${file})`)}`)
}

const repo = copyExample('sklearn-classifier')
console.log(`Examples copied to ${out}/<example>, each a git repository; paths are relative to it.`)

step('1. validate: schema, rules and the sha256 of every model file, in each example')
modelgate(repo, ['validate'], { inline: true })
modelgate(copyExample('raw-validated'), ['validate'], { inline: true })
modelgate(copyExample('sharded'), ['validate'], { inline: true })

step(
  '2. validate catches what review misses: a typo in a stage; once fixed, a file changed by hand'
)
const broken = copyExample('sklearn-classifier', 'sklearn-classifier-broken')
const manifest = path.join(broken, 'models/registry.yaml')
const text = readFileSync(manifest, 'utf8')
writeFileSync(path.join(broken, 'models/staging/breast-cancer/1.2.0/model.json'), '{}\n')
writeFileSync(manifest, text.replace('stage: development', 'stage: developement'))
modelgate(broken, ['validate'], { expectFail: true, pick: errors })
writeFileSync(manifest, text)
modelgate(broken, ['validate'], { expectFail: true, pick: errors })

step("3. evaluate: the model's own evaluate.py on the benchmark copy and two candidates")
for (const version of ['benchmark', '1.2.0', '1.0.0']) {
  modelgate(repo, ['evaluate', '--model', 'breast-cancer', '--version', version])
}

step("4. compare with the benchmark copy under the manifest's policy (McNemar on accuracy)")
// Its table is the promotion body's in step 5.
modelgate(repo, ['compare', '--model', 'breast-cancer', '--version', '1.2.0'])
modelgate(repo, ['compare', '--model', 'breast-cancer', '--version', '1.0.0'], {
  expectFail: true
})

step('5. promote, dry run: gates, the plan and the pull request body; nothing written')
const promote = ['promote', '--model', 'breast-cancer', '--version', '1.2.0', '--to', 'production']
showBody(repo, modelgate(repo, [...promote, '--dry-run']), 'promote', { full: true })

step('6. rollback, dry run: production goes back to the version it replaced, byte for byte')
showBody(repo, modelgate(repo, ['rollback', '--model', 'breast-cancer', '--dry-run']), 'rollback')

step("7. a new candidate: trained by the model's own train.py, then registered (dry run)")
modelgate(repo, ['evaluate', '--model', 'breast-cancer', '--version', '1.4.0', '--train'])
const candidate = '.modelgate/breast-cancer/1.4.0'
const register = ['register', '--model', 'breast-cancer', '--version', '1.4.0']
const registered = modelgate(repo, [
  ...register,
  ...['--source', candidate, '--candidate-results', candidate, '--dry-run']
])
showBody(repo, registered, 'register')

step('8. monitor: production re-evaluated on fresh data, its features checked for drift')
modelgate(path.join(out, 'raw-validated'), ['monitor', '--dry-run'], { inline: true })

step('9. report: the registry at a glance, as the job summary and one self-contained HTML page')
// Without a token the report cannot list open pull requests; it says so twice, the demo not at all.
const reportLines = lines => nonBlank(lines).filter(l => !/^(warning:|Open promotion)/.test(l))
modelgate(repo, ['report'], { pick: reportLines })

step('10. every command speaks JSON for scripts')
modelgate(repo, ['plan', '--json'], { pick: lines => lines.map(l => `${l.slice(0, 96)} …`) })
console.log(
  `${bold('Done:')} validate → evaluate → compare → promote, rollback, register (dry runs; without\n` +
    '--dry-run they open pull requests: GITHUB_TOKEN, GITHUB_REPOSITORY) → monitor → report.'
)
