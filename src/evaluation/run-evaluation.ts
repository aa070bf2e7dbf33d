/**
 * One evaluation, as a recipe: remove the earlier run's outputs → run `train` (when
 * asked) and `evaluate` → read the metrics file and the predictions →
 * reconcile reported and computed metrics → record digests of the evaluated
 * files and the data → write `result.json`. Any failure still writes
 * `result.json`, with `status: error` and no metrics (SPEC §3). Commands run
 * without the job's credentials unless their `env` asks (command-env.ts);
 * what they print reaches the log, and result.json is written, with the
 * run's secrets blanked out.
 */
import { clip } from '../clip.js'
import { mkdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GitCommandManager } from '../adapters/git.js'
import type { ProcessRunner } from '../adapters/process-runner.js'
import { CommandStartError } from '../adapters/process-runner.js'
import type { Logger } from '../logger.js'
import type { Secrets } from '../secrets.js'
import { DecisionError, keyPath, ModelgateError } from '../errors.js'
import { computeMetrics, reconcileMetrics } from '../policy/computed-metrics.js'
import { parseMetricFile } from '../policy/metric-file.js'
import { parsePredictions } from '../policy/predictions.js'
import { contentDigest, digestFile } from '../registry/digest.js'
import { inspectFile } from '../registry/file-kind.js'
import { isInside } from '../registry/paths.js'
import type { Registry } from '../registry/registry.js'
import { workflowRunUrl } from '../settings/workflow-run.js'
import type { CommandSpec } from '../registry/types.js'
import {
  bashArgv,
  parseDuration,
  splitWords,
  substitutePlaceholders,
  type Placeholder
} from './command-line.js'
import { blankSecretsIn } from './blank-outputs.js'
import { commandEnvironment } from './command-env.js'
import {
  OUTPUT_TAIL,
  RESULT_SCHEMA,
  writeResult,
  type CacheRecord,
  type CommandRecord,
  type EvaluationResult
} from './result-file.js'
import type { EvaluationTarget } from './target.js'
import { clearOwnOutputs } from './own-outputs.js'

export interface EvaluationDeps {
  runner: ProcessRunner
  /** The checkout's git: the commit the result records. */
  git: GitCommandManager
  log: Logger
  env: NodeJS.ProcessEnv
  /** Blanked out of the commands' output in the log and of result.json. */
  secrets: Secrets
  now(): Date
}

/**
 * Runs one evaluation; resolves with the result written (status ok or error).
 * `cache`: what result.json says of the evaluation cache (the key it was looked up by).
 */
export async function runEvaluation(
  reg: Registry,
  t: EvaluationTarget,
  deps: EvaluationDeps,
  cache?: CacheRecord
): Promise<EvaluationResult> {
  const started = deps.now().getTime()
  const result: EvaluationResult = {
    schema: RESULT_SCHEMA,
    status: 'error',
    model: t.model.name,
    version: t.version,
    target: t.target,
    stage: t.stage,
    files: {},
    data: {},
    commands: [],
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    commit: await commitOf(deps),
    runner: runnerInfo(deps.env),
    ...(cache ? { cache } : {})
  }
  try {
    // A stale result.json (or metrics file) from an earlier run must not
    // survive a failed one; only what modelgate wrote there goes (own-outputs.ts).
    await clearOwnOutputs(t)
    const values = placeholders(reg, t)
    const steps: Array<['train' | 'evaluate', CommandSpec]> = []
    if (t.train) steps.push(['train', t.model.spec.train!])
    steps.push(['evaluate', t.model.spec.evaluate!])
    try {
      for (const [name, spec] of steps) {
        result.commands.push(await runStep(reg, t, name, spec, values, deps))
      }
    } finally {
      // What the commands wrote is read and uploaded next: not with a secret in it.
      await blankSecretsIn(t.outputDir, deps.secrets, deps.log)
    }
    Object.assign(result, await collectMetrics(reg, t))
    result.files = await modelDigests(reg, t)
    result.data = await dataDigests(reg, t)
    result.status = 'ok'
  } catch (error) {
    if (!(error instanceof ModelgateError)) throw error
    result.error = error.message
    for (const k of [
      'metrics',
      'reportedMetrics',
      'computedMetrics',
      'confusionMatrix',
      'predictions'
    ] as const)
      delete result[k]
  }
  result.durationMs = deps.now().getTime() - started
  // result.json is uploaded as an artifact, which the runner never masks.
  const written = deps.secrets.redactValue(result)
  await writeResult(t.outputDir, written)
  return written
}

/** The path of the version's file when it has exactly one (`{model_file}`). */
function oneFile(t: EvaluationTarget): string | undefined {
  const paths = Object.values(t.files)
  return paths.length === 1 ? paths[0] : undefined
}

function label(t: EvaluationTarget, name: string): string {
  return keyPath([...(t.model.at.length ? t.model.at : [t.model.name]), name, 'run'])
}

function placeholders(reg: Registry, t: EvaluationTarget): Record<Placeholder, string> {
  return {
    model: t.model.name,
    version: t.version,
    stage: t.stage,
    model_dir: t.modelDir,
    // Only a one-file version has "the" model file; runStep refuses it for any other.
    model_file: oneFile(t) ?? '',
    output_dir: t.outputDir,
    workspace: reg.repoRoot
  }
}

async function runStep(
  reg: Registry,
  t: EvaluationTarget,
  name: 'train' | 'evaluate',
  spec: CommandSpec,
  values: Record<string, string>,
  deps: EvaluationDeps
): Promise<CommandRecord> {
  const where = label(t, name)
  let argv: string[]
  let timeoutMs: number | undefined
  try {
    const files = Object.keys(t.files)
    if (files.length !== 1 && spec.run.includes('{model_file}')) {
      throw new Error(
        `{model_file} is the path of a version's one file, but ${t.model.name} ${t.version} has ${files.length} (${files.map(f => clip(f)).join(', ')}): name the file with {model_dir}/<file>`
      )
    }
    argv =
      spec.shell === 'bash'
        ? bashArgv(spec.run, values)
        : substitutePlaceholders(splitWords(spec.run), values)
    timeoutMs = spec.timeout ? parseDuration(spec.timeout) : undefined
  } catch (err) {
    // A bad command line or timeout in the manifest: the user's to fix.
    if (err instanceof Error) throw new DecisionError(`${where}: ${err.message}`)
    throw err
  }
  await mkdir(t.outputDir, { recursive: true })
  const subject = `${t.model.name} ${t.target === 'benchmark' ? 'benchmark' : t.version}`
  const environment = commandEnvironment(deps.env, spec.env)
  for (const variable of environment.passed)
    deps.log.info(`passing ${variable} to ${name} of ${subject}, as its \`env\` asks`)
  for (const variable of environment.missing)
    deps.log.info(`${name} of ${subject} asks for ${variable} in its \`env\`, which is not set`)
  const run = await deps.log.group(
    deps.secrets.redact(`${name} ${subject}: ${argv.map(arg => clip(arg)).join(' ')}`),
    async () => {
      // A secret the command prints may arrive cut in two chunks: the stream holds such a tail back.
      const output = deps.secrets.stream(chunk => deps.log.write(chunk))
      try {
        return await deps.runner.run({
          argv,
          cwd: reg.repoRoot,
          env: {
            ...environment.env,
            MODELGATE_MODEL: t.model.name,
            MODELGATE_VERSION: t.version,
            MODELGATE_OUTPUT_DIR: t.outputDir
          },
          timeoutMs,
          label: where,
          onOutput: chunk => output.write(chunk)
        })
      } catch (err) {
        if (err instanceof CommandStartError) throw new DecisionError(err.message)
        throw err
      } finally {
        output.end()
      }
    }
  )
  const record: CommandRecord = {
    name,
    // result.json records what ran; an argument of 100,000 characters is cut there (clip.ts).
    argv: argv.map(arg => clip(arg)),
    exitCode: run.exitCode,
    signal: run.signal,
    timedOut: run.timedOut,
    durationMs: run.durationMs
  }
  const tail = lastLines(run.outputTail, 15)
  if (run.timedOut) {
    throw new DecisionError(
      `${where} timed out after ${spec.timeout}; its process group was killed${tail}`
    )
  }
  if (run.signal) throw new DecisionError(`${where} was killed by ${run.signal}${tail}`)
  if (run.exitCode !== 0)
    throw new DecisionError(`${where} failed with exit code ${run.exitCode}${tail}`)
  return record
}

function lastLines(text: string, n: number): string {
  const lines = text.trimEnd().split('\n').slice(-n)
  return lines.length && lines[0] !== ''
    ? `${OUTPUT_TAIL}${lines.map(l => `  ${clip(l)}`).join('\n')}`
    : ''
}

async function collectMetrics(
  reg: Registry,
  t: EvaluationTarget
): Promise<Partial<EvaluationResult>> {
  const spec = t.model.spec.evaluate!
  let reported: Record<string, number> = {}
  if (spec.metrics) {
    const file = path.join(t.outputDir, spec.metrics)
    reported = parseMetricFile(await readOutput(reg, t, file, 'metrics'), file)
  }
  const out: Partial<EvaluationResult> = { reportedMetrics: reported }
  let computed: Partial<Record<string, number>> = {}
  if (spec.predictions) {
    const file = path.join(t.outputDir, spec.predictions)
    const predictions = parsePredictions(await readOutput(reg, t, file, 'predictions'), file)
    if (predictions.yTrue.length === 0)
      throw new DecisionError(`${file} holds a header but no predictions`)
    const c = computeMetrics(predictions)
    computed = c.metrics
    out.computedMetrics = c.metrics as Record<string, number>
    if (c.confusion) out.confusionMatrix = c.confusion
    out.predictions = spec.predictions
  }
  out.metrics = reconcileMetrics(reported, computed)
  if (Object.keys(out.metrics).length === 0) {
    throw new DecisionError(
      `${label(t, 'evaluate')} produced no metrics: ${spec.metrics ? `${spec.metrics} is empty` : 'set evaluate.metrics or evaluate.predictions'}`
    )
  }
  return out
}

/**
 * The text of a metrics or predictions file the command wrote, looked at
 * before it is opened: a FIFO or a folder there is one clear error, and a
 * symbolic link may lead only within the repository or the output folder.
 */
async function readOutput(
  reg: Registry,
  t: EvaluationTarget,
  file: string,
  what: 'metrics' | 'predictions'
): Promise<string> {
  if (!isInside(t.outputDir, file)) {
    throw new DecisionError(
      `${label(t, 'evaluate')}: the ${what} file ${file} is outside the output folder ${t.outputDir} (evaluate.${what} is relative to {output_dir})`
    )
  }
  const state = inspectFile(file, {
    linksWithin: [reg.repoRoot, t.outputDir],
    within: 'the repository and the output folder'
  })
  if (state.kind === 'missing') {
    throw new DecisionError(
      `${label(t, 'evaluate')} wrote no ${what} file: expected ${file} (evaluate.${what})`
    )
  }
  if (state.kind === 'bad') throw new DecisionError(`${what} file ${clip(file)} ${state.reason}`)
  return readFile(state.real, 'utf8')
}

/** Digests of the evaluated files; for a registered version they must be the recorded ones. */
async function modelDigests(reg: Registry, t: EvaluationTarget): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const recorded =
    t.target === 'benchmark' || !t.train
      ? t.model.spec.versions.find(v => v.version === t.version)?.files
      : undefined
  for (const [file, abs] of Object.entries(t.files)) {
    const state = inspectFile(abs, { linksWithin: [reg.repoRoot], within: 'the repository' })
    if (state.kind === 'missing')
      throw new DecisionError(
        `model file missing after ${t.train ? 'training' : 'evaluation'}: ${abs}`
      )
    if (state.kind === 'bad') throw new DecisionError(`model file ${clip(abs)} ${state.reason}`)
    out[file] = contentDigest(await digestFile(state.real))
    if (recorded && recorded[file] !== out[file]) {
      throw new DecisionError(
        `${path.relative(reg.repoRoot, abs)} is not the file the manifest records for ${t.model.name} ${t.version} (${recorded[file]}, found ${out[file]}): run validate`
      )
    }
  }
  return out
}

async function dataDigests(reg: Registry, t: EvaluationTarget): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const rel of t.model.spec.evaluate!.data ?? []) {
    const abs = path.resolve(reg.repoRoot, rel)
    const state = inspectFile(abs, { linksWithin: [reg.repoRoot], within: 'the repository' })
    if (state.kind === 'missing')
      throw new DecisionError(`evaluation data file not found: ${rel} (evaluate.data)`)
    if (state.kind === 'bad')
      throw new DecisionError(`evaluation data file ${clip(rel)} ${state.reason} (evaluate.data)`)
    out[rel] = contentDigest(await digestFile(state.real))
  }
  return out
}

async function commitOf({ env, git }: EvaluationDeps): Promise<string | undefined> {
  if (env.GITHUB_SHA) return env.GITHUB_SHA
  // Not a git checkout, or no commit yet: the result records no commit.
  return git.headCommit().catch(() => undefined)
}

function runnerInfo(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return {
    os: `${os.platform()} ${os.arch()}`,
    node: process.version,
    repository: env.GITHUB_REPOSITORY,
    workflow: env.GITHUB_WORKFLOW,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    run: workflowRunUrl(env)
  }
}
