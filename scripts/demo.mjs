#!/usr/bin/env node
// The demo: the bundled CLI on the bundled examples, as a user would run it
// in their own repository. Each example is copied into a fresh git
// repository (examples are self-contained repository layouts), validated,
// and then broken on purpose to show what an error looks like.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const cli = path.join(root, 'dist/cli/index.js')
const bold = s => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const dim = s => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s)

function copyExample(name) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `modelgate-demo-${name}-`))
  cpSync(path.join(root, 'examples', name), dir, { recursive: true })
  execFileSync('git', ['init', '-q', dir])
  return dir
}

/** PATH with a python3 that has scikit-learn (Debian's python3-sklearn), or undefined. */
function sklearnPath() {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/bin']) {
    const ok = spawnSync(path.join(dir, 'python3'), ['-c', 'import sklearn'], { stdio: 'ignore' })
    if (ok.status === 0) return `${dir}:${process.env.PATH}`
  }
  return undefined
}

function modelgate(dir, args, { expectFail = false, env = process.env } = {}) {
  console.log(dim(`$ modelgate ${args.join(' ')}`))
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env })
  const out = (run.stderr + run.stdout).trimEnd()
  console.log(
    out
      .split('\n')
      .map(l => `  ${l}`)
      .join('\n')
  )
  const failed = run.status !== 0
  if (failed !== expectFail) {
    console.error(`\nunexpected exit status ${run.status} from modelgate ${args.join(' ')}`)
    process.exit(1)
  }
  console.log(dim(`  (exit ${run.status})`))
  return run
}

const dirs = []
try {
  console.log(
    bold('\n1. validate: every example registry, schema + rules + sha256 of every model file\n')
  )
  for (const name of ['sklearn-classifier', 'raw-validated', 'sharded']) {
    const dir = copyExample(name)
    dirs.push(dir)
    console.log(bold(`examples/${name}`))
    modelgate(dir, ['validate'])
    console.log()
  }

  console.log(
    bold(
      '2. validate catches what review misses: a model file changed by hand, a typo in a stage\n'
    )
  )
  const dir = copyExample('sklearn-classifier')
  dirs.push(dir)
  writeFileSync(
    path.join(dir, 'models/staging/breast-cancer/1.2.0/model.json'),
    '{"tampered": true}\n'
  )
  const manifest = path.join(dir, 'models/registry.yaml')
  const text = readFileSync(manifest, 'utf8')
  writeFileSync(manifest, text.replace('stage: development', 'stage: developement'))
  modelgate(dir, ['validate'], { expectFail: true })
  console.log(
    dim(
      '\n  (files are checked once the manifest itself is sound: fix the stage, and the changed file is reported)'
    )
  )
  writeFileSync(manifest, text)
  modelgate(dir, ['validate'], { expectFail: true })

  console.log(
    bold("\n3. evaluate: the model's own evaluate.py on the benchmark copy and on candidates\n")
  )
  const pathWithSklearn = sklearnPath()
  if (!pathWithSklearn) {
    console.log(
      '  skipped: no python3 with scikit-learn here (apt-get install python3-sklearn python3-scipy)'
    )
  } else {
    const env = { ...process.env, PATH: pathWithSklearn }
    const repo = dirs[0]
    modelgate(repo, ['evaluate', '--model', 'breast-cancer', '--version', 'benchmark'], { env })
    modelgate(repo, ['evaluate', '--model', 'breast-cancer', '--version', '1.2.0'], { env })
    modelgate(repo, ['evaluate', '--model', 'breast-cancer', '--version', '1.0.0'], { env })

    console.log(
      bold(
        '\n4. compare: candidate vs the benchmark copy, under the metric policy in the manifest\n'
      )
    )
    console.log(
      dim(
        '  1.2.0 must improve accuracy significantly (McNemar, paired by example id) and keep roc_auc:'
      )
    )
    modelgate(repo, ['compare', '--model', 'breast-cancer', '--version', '1.2.0'])
    console.log(dim('\n  1.0.0, the version production replaced, must not pass:'))
    modelgate(repo, ['compare', '--model', 'breast-cancer', '--version', '1.0.0'], {
      expectFail: true
    })
    console.log(
      bold(
        '\n5. promote, as a dry run: gates, the plan and the pull request body; nothing written\n'
      )
    )
    modelgate(repo, [
      'promote',
      '--model',
      'breast-cancer',
      '--version',
      '1.2.0',
      '--to',
      'production',
      '--dry-run'
    ])
    console.log(
      bold(
        '\n6. rollback, as a dry run: production goes back to the version it replaced, byte for byte\n'
      )
    )
    modelgate(repo, ['rollback', '--model', 'breast-cancer', '--dry-run'])
    console.log(
      bold(
        "\n7. a new candidate: train it with the model's own train.py, then register it (dry run)\n"
      )
    )
    modelgate(repo, ['evaluate', '--model', 'breast-cancer', '--version', '1.4.0', '--train'], {
      env
    })
    modelgate(repo, [
      'register',
      '--model',
      'breast-cancer',
      '--version',
      '1.4.0',
      '--source',
      '.modelgate/breast-cancer/1.4.0',
      '--candidate-results',
      '.modelgate/breast-cancer/1.4.0',
      '--dry-run'
    ])
    console.log(
      dim(
        '\n  Without --dry-run these open pull requests through the GitHub API (GITHUB_TOKEN,\n  GITHUB_REPOSITORY): promote and rollback move folders by their tree SHAs (no model bytes\n  sent); register uploads the new files, once.'
      )
    )

    console.log(
      bold('\n8. monitor: production re-evaluated on fresh data, its features checked for drift\n')
    )
    console.log(dim('  examples/raw-validated declares what to watch (monitor: in its manifest):'))
    modelgate(dirs[1], ['monitor', '--dry-run'], { env })
  }

  console.log(
    bold('\n9. report: the registry at a glance, for the job summary and as one HTML page\n')
  )
  const reported = modelgate(dirs[0], ['report'])
  const page = /report\.html/.test(reported.stdout) ? '' : ' (see --json for the path)'
  console.log(dim(`  the HTML page is self-contained: inline CSS and SVG, no requests${page}`))

  console.log(bold('\n10. every command speaks JSON for scripts\n'))
  modelgate(dirs[0], ['plan', '--json'])
  console.log(
    bold('\nDone.') +
      ' validate → evaluate → compare → promote, rollback, register (dry runs) → monitor → report.'
  )
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
}
