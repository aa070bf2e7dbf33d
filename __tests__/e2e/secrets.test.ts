/**
 * The attack of issue 13, run as the runner runs the action (src/main.ts in-process, its
 * INPUT_*, GITHUB_OUTPUT, summary and event files) and as the CLI: a manifest `evaluate`
 * command that prints its whole environment and each credential cut in two writes, on the
 * scikit-learn example with its real evaluation. Withheld, the credentials never reach the
 * command; handed to it through `env:`, they reach no output — not the log, the outputs, the
 * job summary, result.json, the uploaded artifact, nor the issue `monitor` opens — but `***`
 * does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startArtifactService, type ArtifactServiceStandIn } from '../helpers/artifact-service.js'
import type { ActionRun } from '../helpers/action-runner.js'
import { exampleRepo, sklearnPath } from '../helpers/examples.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { writeFile, type Fixture } from '../helpers/registry-fixture.js'
import { apiEnv, publishRepo, TOKEN as STAND_IN_TOKEN } from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'

const TOKEN = 'ghp_tokenInputSecret0123456789abcdefABCD'
const GITHUB_TOKEN = 'ghs_jobTokenSecret0123456789abcdefABCDEF'
const OIDC_TOKEN = 'eyJoidcRequestSecret.0123456789.abcdefABCD'

/**
 * Prints the environment, each credential in two writes, one on stderr, and the checkout's
 * .git/config (where actions/checkout leaves the token, base64-encoded), and writes both into
 * its output folder, which is uploaded; exits with argv[1].
 */
const LEAK = `import os, sys, time
print(os.environ)
print(open(".git/config").read())
os.makedirs(os.environ["MODELGATE_OUTPUT_DIR"], exist_ok=True)
with open(os.path.join(os.environ["MODELGATE_OUTPUT_DIR"], "dump.txt"), "w") as dump:
    dump.write(repr(dict(os.environ)) + open(".git/config").read())
for name in ["INPUT_TOKEN", "GITHUB_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"]:
    value = os.environ.get(name, "")
    sys.stdout.write(name + "=" + value[:9])
    sys.stdout.flush()
    time.sleep(0.05)
    sys.stdout.write(value[9:] + "\\n")
    sys.stdout.flush()
sys.stderr.write("on stderr: " + os.environ.get("GITHUB_TOKEN", "") + "\\n")
sys.exit(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
`

/** What actions/checkout writes into .git/config (persist-credentials, its default). */
const EXTRAHEADER = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')

const EVALUATE = '      run: "python3 evaluate.py --model {model_dir} --out {output_dir}"'
const ALL = [
  'INPUT_TOKEN',
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
]

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .map(e => path.join(e.parentPath, e.name))
}

describe('a manifest command that prints its environment', () => {
  let fx: Fixture
  let service: ArtifactServiceStandIn
  let secrets: string[]
  beforeAll(async () => {
    fx = exampleRepo('sklearn-classifier')
    writeFile(fx.dir, 'tools/leak.py', LEAK)
    execFileSync(
      'git',
      ['config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${EXTRAHEADER}`],
      { cwd: fx.dir }
    )
    service = await startArtifactService()
    secrets = [TOKEN, GITHUB_TOKEN, OIDC_TOKEN, service.env.ACTIONS_RUNTIME_TOKEN, EXTRAHEADER]
  })
  afterAll(async () => {
    fx.cleanup()
    await service.close()
  })

  /** The evaluate command for this case. */
  let current = EVALUATE
  function evaluateWith(lines: string): void {
    fx.edit(current, lines)
    current = lines
  }

  /** Everything the run left for anyone to read, the runner's own `::add-mask::` commands aside. */
  function everything(run: ActionRun, artifact: string): string {
    const log = run.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    const results = files(path.join(fx.dir, '.modelgate')).map(f => readFileSync(f, 'utf8'))
    const stored = service.artifacts.get(artifact)
    expect(stored?.finalized).toBe(true)
    const zip = path.join(fx.dir, '..', `${path.basename(fx.dir)}-${artifact}.zip`)
    writeFileSync(zip, stored!.zip!)
    const unzipped = execFileSync('unzip', ['-p', zip], { encoding: 'utf8' })
    return [log, run.stderr, JSON.stringify(run.outputs), run.summary, ...results, unzipped].join(
      '\n'
    )
  }

  const cases: Array<{
    name: string
    lines: string
    attempt: string
    code: number
    passed: string[]
    shown: RegExp[]
  }> = [
    {
      name: 'withheld: the command gets no credential but the one in .git/config, blanked',
      lines: `      run: "python3 tools/leak.py && python3 evaluate.py --model {model_dir} --out {output_dir}"\n      shell: bash`,
      attempt: '1',
      code: 0,
      passed: [],
      // The command ran and printed its environment, with none of the credentials in it.
      shown: [
        /'GITHUB_WORKSPACE'/,
        ...ALL.map(n => new RegExp(`^${n}=$`, 'm')),
        /extraheader = AUTHORIZATION: basic \*\*\*$/m
      ]
    },
    {
      name: 'handed over by `env:`: printed, and blanked everywhere',
      lines: `      run: "python3 tools/leak.py && python3 evaluate.py --model {model_dir} --out {output_dir}"\n      shell: bash\n      env: [${ALL.join(', ')}]`,
      attempt: '2',
      code: 0,
      passed: ALL,
      shown: [...ALL.map(n => new RegExp(`^${n}=\\*\\*\\*$`, 'm')), /on stderr: \*\*\*/]
    },
    {
      name: 'handed over, and the command fails: its last output, quoted, is blanked',
      lines: `      run: "python3 tools/leak.py 3"\n      env: [${ALL.join(', ')}]`,
      attempt: '3',
      code: 1,
      passed: ALL,
      shown: [/evaluate\.run failed with exit code 3; its last output:/, /GITHUB_TOKEN=\*\*\*/]
    }
  ]

  it.each(cases)('$name', async ({ lines, attempt, code, passed, shown }) => {
    evaluateWith(lines)
    const run = await runActionInProcess({
      inputs: { command: 'evaluate', model: 'breast-cancer', version: '1.2.0', token: TOKEN },
      workspace: fx.dir,
      env: {
        PATH: sklearnPath(),
        GITHUB_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
        ...service.env,
        GITHUB_RUN_ATTEMPT: attempt
      }
    })
    expect(run.code).toBe(code)
    const all = everything(run, `modelgate-breast-cancer-1.2.0-attempt-${attempt}`)
    for (const secret of secrets) expect(all).not.toContain(secret)
    for (const pattern of shown) expect(all).toMatch(pattern)
    // The dump the command left in its output folder was blanked before anything read it.
    const dump = readFileSync(path.join(fx.dir, '.modelgate/breast-cancer/1.2.0/dump.txt'), 'utf8')
    expect(dump).toContain('AUTHORIZATION: basic ***')
    expect(run.stdout).toContain(
      'dump.txt held a secret of this run; it was replaced by *** before upload'
    )
    for (const name of ALL) {
      const line = `passing ${name} to evaluate of breast-cancer 1.2.0, as its \`env\` asks`
      if (passed.includes(name)) expect(run.stdout).toContain(line)
      else expect(run.stdout).not.toContain(line)
    }
    const result = JSON.parse(
      readFileSync(path.join(fx.dir, '.modelgate/breast-cancer/1.2.0/result.json'), 'utf8')
    )
    expect(result.status).toBe(code === 0 ? 'ok' : 'error')
    if (code !== 0) {
      expect(result.error).toContain('GITHUB_TOKEN=***')
      expect(run.summary).toContain('GITHUB_TOKEN=***')
      expect(run.outputs.result).toContain('GITHUB_TOKEN=***')
    }
  })

  it.each([
    ['text', []],
    ['JSON', ['--json']]
  ])('the CLI (%s) prints none of them either', async (_how, json) => {
    evaluateWith(`      run: "python3 tools/leak.py 3"\n      env: [GITHUB_TOKEN]`)
    const run = await cli(
      ['evaluate', '--model', 'breast-cancer', '--version', '1.2.0', '--token', TOKEN, ...json],
      fx.dir,
      { PATH: sklearnPath(), GITHUB_TOKEN, GIT_LFS_SKIP_SMUDGE: '1' }
    )
    expect(run.code).toBe(1)
    const all = [run.stdout, run.stderr].join('\n')
    for (const secret of secrets) expect(all).not.toContain(secret)
    expect(all).toContain('GITHUB_TOKEN=***')
    const result = readFileSync(path.join(fx.dir, '.modelgate/breast-cancer/1.2.0/result.json'))
    expect(result.toString()).not.toContain(GITHUB_TOKEN)
  })
})

describe('a monitor evaluate command that prints its environment and fails', () => {
  it('leaves the credentials out of the issue it opens and of every request', async () => {
    const source = exampleRepo('sklearn-classifier')
    writeFile(source.dir, 'tools/leak.py', LEAK)
    source.edit(
      '    versions:\n',
      [
        '    monitor:',
        '      evaluate: { run: "python3 tools/leak.py 3", env: [INPUT_TOKEN, GITHUB_TOKEN], metrics: metrics.json }',
        '    versions:\n'
      ].join('\n')
    )
    const remote = await publishRepo(source.dir)
    source.cleanup()
    try {
      const run = await runActionInProcess({
        inputs: { command: 'monitor', token: STAND_IN_TOKEN },
        workspace: remote.clone(),
        env: { ...apiEnv(remote.gh), PATH: sklearnPath(), GITHUB_TOKEN }
      })
      expect(run.code).toBe(1)
      expect(remote.gh.issues).toHaveLength(1)
      const [issue] = remote.gh.issues
      expect(issue.body).toContain('GITHUB_TOKEN=***')
      expect(issue.body).toContain('INPUT_TOKEN=***')
      const sent = JSON.stringify(remote.gh.requests.map(r => r.body))
      const log = run.stdout
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n')
      for (const text of [sent, issue.title, log, run.summary, JSON.stringify(run.outputs)]) {
        expect(text).not.toContain(STAND_IN_TOKEN)
        expect(text).not.toContain(GITHUB_TOKEN)
      }
    } finally {
      await remote.close()
    }
  })
})
