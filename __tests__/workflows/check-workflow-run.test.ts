/**
 * modelgate-check.yml driven from its own YAML: every job's modelgate step is run in-process
 * with the `with:` the workflow gives it (expressions replaced by what the runner would put
 * in: the workflow's input defaults, the matrix entry, the pull request's base, `toJSON(needs)`
 * built from the jobs' results and the outputs the workflow maps), each job in its own fresh
 * clone of the pull request head, against the artifact service stand-in (each job its own
 * runtime token) and the GitHub REST stand-in. plan → evaluate matrix (uploads) → compare
 * matrix (downloads) → gates (posts `modelgate/gates`), with no shell in between.
 * `actions/checkout` and `actions/setup-python` are not run: each job starts from a clone.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import type { ActionRun } from '../helpers/action-runner.js'
import { startArtifactService, type ArtifactServiceStandIn } from '../helpers/artifact-service.js'
import { runActionInProcess } from '../helpers/in-process-action.js'
import { apiEnv, git, publishRepo, TOKEN, type RemoteRepo } from '../helpers/remote-repo.js'
import { modelBytes, sha256, validRegistry, writeFile } from '../helpers/registry-fixture.js'

interface Step {
  id?: string
  name?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string[]
  outputs?: Record<string, string>
  strategy?: { matrix: string }
  steps: Step[]
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { default?: unknown }> } }
  jobs: Record<string, Job>
}

const workflow = parse(
  readFileSync('.github/workflows/modelgate-check.yml', 'utf8')
) as unknown as Workflow

let service: ArtifactServiceStandIn
let remote: RemoteRepo
let base: string
let head: string

beforeAll(async () => {
  service = await startArtifactService()
  const fx = validRegistry()
  // An evaluate command that needs no Python: metrics by version, 1.3.0 the best.
  writeFile(
    fx.dir,
    'tools/eval.mjs',
    `import { writeFileSync } from 'node:fs'
const accuracy = { '1.1.0': 0.93, '1.2.0': 0.94, '1.3.0': 0.96 }[process.argv[3]]
writeFileSync(process.argv[2] + '/metrics.json', JSON.stringify({ accuracy, latency_ms: 12 }))
`
  )
  fx.edit(
    '    compare: { primary: [accuracy], significance: 0.05 }',
    '    compare: { primary: [accuracy] }\n    evaluate: { run: "node tools/eval.mjs {output_dir} {version}", metrics: metrics.json }'
  )
  remote = await publishRepo(fx.dir)
  fx.cleanup()
  // The pull request: new bytes for 1.3.0's model.bin, and its digest in the manifest.
  const ws = remote.clone()
  base = git(ws, 'rev-parse', 'HEAD').trim()
  const bytes = 'retrained weights\n'
  writeFile(ws, 'models/development/clf/1.3.0/model.bin', bytes)
  const manifest = path.join(ws, 'models/registry.yaml')
  const text = readFileSync(manifest, 'utf8')
  writeFile(
    ws,
    'models/registry.yaml',
    text.replace(sha256(modelBytes('clf', '1.3.0', 'model.bin')), sha256(bytes))
  )
  git(ws, 'commit', '-q', '-am', 'Retrain clf 1.3.0')
  head = git(ws, 'rev-parse', 'HEAD').trim()
  git(ws, 'push', '-q', '--no-verify', 'origin', 'HEAD:refs/heads/retrain')
}, 60_000)

afterAll(async () => {
  await service.close()
  await remote.close()
})

const event = () => ({
  name: 'pull_request',
  payload: {
    repository: { full_name: 'acme/models', default_branch: 'main' },
    pull_request: {
      number: 3,
      head: { sha: head, ref: 'retrain', repo: { full_name: 'acme/models' } },
      base: { sha: base, ref: 'main', repo: { full_name: 'acme/models' } }
    }
  }
})

/** A fresh checkout of the pull request head, as each job's actions/checkout gives. */
function checkout(): string {
  const dir = remote.clone()
  git(dir, 'checkout', '-q', head)
  return dir
}

interface Context {
  matrix?: Record<string, string>
  needs?: Record<string, { result: string; outputs: Record<string, string> }>
  steps?: Record<string, Record<string, string>>
}

/** The runner's value of one `${{ }}` expression this workflow uses; an unknown one fails. */
function evaluate(expression: string, ctx: Context): string {
  const e = expression.trim()
  let m: RegExpExecArray | null
  if ((m = /^inputs\.([\w-]+)$/.exec(e))) {
    return String(workflow.on.workflow_call.inputs[m[1]]?.default ?? '')
  }
  if ((m = /^matrix\.([\w-]+)$/.exec(e))) return ctx.matrix?.[m[1]] ?? ''
  if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e))) return ctx.steps?.[m[1]]?.[m[2]] ?? ''
  // The gates job's `state` output: GitHub's && / || pick one of the two strings.
  if ((m = /^steps\.([\w-]+)\.outputs\.decision == 'pass' && 'success' \|\| 'failure'$/.exec(e))) {
    return ctx.steps?.[m[1]]?.decision === 'pass' ? 'success' : 'failure'
  }
  if (e === 'github.event.pull_request.base.sha || github.event.merge_group.base_sha') return base
  if (e === 'github.sha') return head
  if (e === 'toJSON(needs)') return JSON.stringify(ctx.needs, null, 2)
  throw new Error(`the test has no value for \${{ ${e} }}`)
}

function substitute(value: unknown, ctx: Context): string {
  return String(value).replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => evaluate(e, ctx))
}

/** Runs a job's modelgate steps in a fresh checkout; the job fails at its first failing step. */
async function runJob(name: string, ctx: Context): Promise<{ ok: boolean; runs: ActionRun[] }> {
  const workspace = checkout()
  const steps: Record<string, Record<string, string>> = {}
  const runs: ActionRun[] = []
  const jobEnv = service.anotherJob()
  for (const step of workflow.jobs[name].steps) {
    if (!step.uses?.startsWith('acme/modelgate@')) continue
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(v, { ...ctx, steps })])
    )
    const run = await runActionInProcess({
      inputs: { token: TOKEN, ...inputs },
      workspace,
      env: { ...jobEnv, ...apiEnv(remote.gh, { GITHUB_SHA: head, GITHUB_RUN_ATTEMPT: '1' }) },
      event: event()
    })
    runs.push(run)
    if (step.id) steps[step.id] = run.outputs
    if (run.code !== 0) return { ok: false, runs }
  }
  return { ok: true, runs }
}

/** A job's outputs as the workflow maps them from its steps. */
function jobOutputs(name: string, steps: Record<string, Record<string, string>>) {
  return Object.fromEntries(
    Object.entries(workflow.jobs[name].outputs ?? {}).map(([k, v]) => [k, substitute(v, { steps })])
  )
}

describe('modelgate-check.yml, its jobs run from the workflow file', () => {
  it('plans, evaluates, compares from the uploaded results and posts modelgate/gates', async () => {
    // plan
    const planJob = await runJob('plan', {})
    expect(planJob.runs.map(r => r.code)).toEqual([0, 0])
    const planOutputs = jobOutputs('plan', { plan: planJob.runs[1].outputs })
    expect(JSON.parse(planOutputs.matrix).include).toEqual([
      { model: 'clf', version: '1.3.0' },
      { model: 'clf', version: 'benchmark' }
    ])
    expect(planOutputs['candidate-count']).toBe('1')

    // the evaluate matrix: each entry in its own job, each uploading its results
    const evaluations = []
    for (const matrix of JSON.parse(planOutputs.matrix).include) {
      evaluations.push(await runJob('evaluate', { matrix }))
    }
    expect(evaluations.map(j => j.ok)).toEqual([true, true])
    expect([...service.artifacts.keys()]).toEqual([
      'modelgate-clf-1.3.0-attempt-1',
      'modelgate-clf-benchmark-attempt-1'
    ])

    // the compare matrix: one job per candidate, downloading what evaluate uploaded
    const comparisons = []
    for (const matrix of JSON.parse(planOutputs.candidates).include) {
      comparisons.push(await runJob('compare', { matrix }))
    }
    expect(comparisons.map(j => [j.ok, j.runs[0].outputs.decision])).toEqual([[true, 'pass']])
    expect(comparisons[0].runs[0].stdout).toContain('clf 1.3.0: modelgate-clf-1.3.0-attempt-1 -> ')

    // gates: toJSON(needs) of its three jobs
    const needs = {
      plan: { result: 'success', outputs: planOutputs },
      evaluate: { result: 'success', outputs: {} },
      compare: { result: 'success', outputs: {} }
    }
    expect(workflow.jobs.gates.needs).toEqual(Object.keys(needs))
    const gates = await runJob('gates', { needs })
    expect(gates.ok).toBe(true)
    expect(remote.gh.statuses).toEqual([
      {
        sha: head,
        state: 'success',
        context: 'modelgate/gates',
        description: 'registry valid; 2 evaluation(s), 1 comparison(s) passed',
        targetUrl: 'https://github.com/acme/models/actions/runs/42'
      }
    ])
    expect(gates.runs[0].summary).toMatch(/^## modelgate\/gates: success\n/)
    expect(jobOutputs('gates', { gates: gates.runs[0].outputs })).toEqual({ state: 'success' })
  }, 120_000)
})
