/**
 * Everything a comparison needs, gathered and checked (SPEC §4): the
 * candidate's result, the benchmark's (or, with a warning, the production
 * version's recorded metrics), proof both were evaluated on the same data,
 * and significance evidence from their paired predictions.
 */
import { clip } from '../clip.js'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DecisionError, UsageError } from '../errors.js'
import { compareMetrics, type Comparison } from '../policy/compare.js'
import { parsePredictions, pairPredictions, type Predictions } from '../policy/predictions.js'
import { testImprovement, type SignificanceEvidence } from '../policy/significance.js'
import { inspectFile } from '../registry/file-kind.js'
import { benchmarkSource } from '../registry/layout.js'
import { unsafeFileNameReason } from '../registry/paths.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import { findVersion, sameVersion } from '../registry/semver.js'
import { readResult, resolveResultPath, type EvaluationResult } from './result-file.js'
import { BENCHMARK } from './target.js'

export interface ComparisonInputs {
  candidate: EvaluationResult
  candidateFile: string
  /** Undefined when the model has no production version: "no benchmark yet". */
  benchmark?: {
    version: string
    metrics: Record<string, number>
    /** `results` from an evaluation of the benchmark copy; `recorded` from the manifest. */
    source: 'results' | 'recorded'
    result?: EvaluationResult
    file?: string
  }
  evidence: Record<string, SignificanceEvidence>
  warnings: string[]
  /** The registry keeps no benchmark copy (`benchmark: false`): there never is one to compare with. */
  benchmarkOff?: boolean
}

/**
 * The candidate is the result evaluate wrote for `version` under `outputDir`,
 * or the `candidateResults` file named (then `version`, when set, must be the
 * one it records). getSettings makes sure a `compare` has one or the other.
 */
export type ComparisonRequest = {
  model: LoadedModel
  outputDir: string
  /** Result and predictions files that are symbolic links may lead only here (and into `outputDir`). */
  workspace?: string
  benchmarkResults?: string
} & (
  { version: string; candidateResults?: string } | { version?: undefined; candidateResults: string }
)

/** The decision on gathered inputs under the model's policy, as `compare` and the stage gates take it. */
export function decideComparison(model: LoadedModel, inputs: ComparisonInputs): Comparison {
  return compareMetrics({
    policy: model.spec.metrics ?? {},
    compare: model.spec.compare,
    candidate: inputs.candidate.metrics!,
    benchmark: inputs.benchmark?.metrics,
    benchmarkOff: inputs.benchmarkOff,
    evidence: inputs.evidence
  })
}

/** Fixed so the same results always give the same decision. */
export const BOOTSTRAP_SEED = 20240101

/**
 * The candidate's result.json, checked: it names the model (and the version,
 * when one is asked for) and, for a registered version, the very files the
 * manifest records.
 */
export async function readCandidate(
  req: ComparisonRequest
): Promise<{ candidate: EvaluationResult; candidateFile: string }> {
  const { model } = req
  const candidateFile = resolveResultPath(
    req.version === undefined
      ? req.candidateResults
      : (req.candidateResults ??
          path.join(req.outputDir, model.name, asWritten(model, req.version)))
  )
  if (!req.candidateResults && !model.spec.evaluate && !existsSync(candidateFile)) {
    // "run evaluate first" would send the user to a command that cannot run for this model.
    throw new UsageError(
      `candidate results not found: ${candidateFile}: ${model.name} has no evaluate command, so nothing writes them there; give candidate-results (a result.json for ${model.name} ${req.version})`
    )
  }
  const candidate = await readResult(candidateFile, 'candidate results', linkRoots(req))
  checkBelongs(candidate, model, 'candidate results', candidateFile)
  if (req.version && !sameVersion(candidate.version, req.version)) {
    throw new DecisionError(
      `candidate results ${candidateFile} are for version ${candidate.version}, not ${req.version}`
    )
  }
  checkDigests(candidate, model, candidateFile)
  return { candidate, candidateFile }
}

export async function gatherComparison(
  reg: Registry,
  req: ComparisonRequest
): Promise<ComparisonInputs> {
  const { model } = req
  const warnings: string[] = []
  const { candidate, candidateFile } = await readCandidate(req)

  const prod = benchmarkSource(reg, model)
  if (!prod) {
    return {
      candidate,
      candidateFile,
      evidence: {},
      warnings,
      benchmarkOff: reg.benchmark === false
    }
  }

  const benchmarkFile = resolveResultPath(
    req.benchmarkResults ?? path.join(req.outputDir, model.name, BENCHMARK)
  )
  let benchmark: ComparisonInputs['benchmark']
  if (req.benchmarkResults || existsSync(benchmarkFile)) {
    const result = await readResult(benchmarkFile, 'benchmark results', linkRoots(req))
    checkBelongs(result, model, 'benchmark results', benchmarkFile)
    if (result.version !== prod.version) {
      throw new DecisionError(
        `benchmark results ${benchmarkFile} are for ${model.name} ${result.version}, but production is ${prod.version}: evaluate --version benchmark again`
      )
    }
    checkSameData(candidate, result)
    benchmark = {
      version: prod.version,
      metrics: result.metrics!,
      source: 'results',
      result,
      file: benchmarkFile
    }
  } else {
    if (!prod.metrics || Object.keys(prod.metrics).length === 0) {
      const fix = model.spec.evaluate
        ? 'run evaluate --version benchmark'
        : `${model.name} has no evaluate command: give benchmark-results, or record metrics for ${prod.version}`
      throw new DecisionError(
        `no benchmark results at ${benchmarkFile} and production ${model.name} ${prod.version} records no metrics: ${fix}`
      )
    }
    warnings.push(
      `no benchmark results at ${benchmarkFile}: comparing with the metrics recorded for production ${prod.version} (no significance test is possible)`
    )
    benchmark = { version: prod.version, metrics: prod.metrics, source: 'recorded' }
  }

  const evidence = await significanceEvidence(
    model,
    candidate,
    candidateFile,
    benchmark,
    linkRoots(req)
  )
  return { candidate, candidateFile, benchmark, evidence, warnings }
}

/** The manifest's spelling of `version` (evaluate writes results under it), else `version`. */
function asWritten(model: LoadedModel, version: string): string {
  return findVersion(model.spec.versions, version)?.version ?? version
}

function checkBelongs(r: EvaluationResult, model: LoadedModel, what: string, file: string): void {
  if (r.model !== model.name)
    throw new DecisionError(`${what} ${file} are for model ${r.model}, not ${model.name}`)
}

/** Results of a registered version count only if they are about the bytes the manifest records. */
function checkDigests(r: EvaluationResult, model: LoadedModel, file: string): void {
  const entry = findVersion(model.spec.versions, r.version)
  if (!entry || r.stage === 'trained') return
  for (const [name, digest] of Object.entries(entry.files)) {
    if (r.files[name] !== digest) {
      throw new DecisionError(
        `candidate results ${file} were made on other files than ${model.name} ${r.version} records (${name}: ${r.files[name] ?? 'missing'}, manifest ${digest}): evaluate again`
      )
    }
  }
}

function checkSameData(a: EvaluationResult, b: EvaluationResult): void {
  const names = new Set([...Object.keys(a.data ?? {}), ...Object.keys(b.data ?? {})])
  const differing = [...names].filter(n => a.data?.[n] !== b.data?.[n])
  if (differing.length) {
    const n = differing[0]
    throw new DecisionError(
      `candidate and benchmark were evaluated on different data (${n}: ${a.data?.[n] ?? 'absent'} vs ${b.data?.[n] ?? 'absent'}); evaluate both on the same data`
    )
  }
}

async function significanceEvidence(
  model: LoadedModel,
  candidate: EvaluationResult,
  candidateFile: string,
  benchmark: NonNullable<ComparisonInputs['benchmark']>,
  linksWithin: string[]
): Promise<Record<string, SignificanceEvidence>> {
  const alpha = model.spec.compare?.significance
  const primary = model.spec.compare?.primary ?? []
  if (alpha === undefined || primary.length === 0) return {}
  if (
    !benchmark.result ||
    !benchmark.file ||
    !candidate.predictions ||
    !benchmark.result.predictions
  ) {
    return {} // compareMetrics says why: no paired predictions
  }
  const mine = await readPredictions(candidateFile, candidate.predictions, linksWithin)
  const theirs = await readPredictions(benchmark.file, benchmark.result.predictions, linksWithin)
  const pairs = pairPredictions(mine, theirs)
  const out: Record<string, SignificanceEvidence> = {}
  for (const metric of primary) {
    const goal = model.spec.metrics?.[metric]?.goal
    if (goal) out[metric] = testImprovement(metric, goal, pairs, { alpha, seed: BOOTSTRAP_SEED })
  }
  return out
}

/** Where result and predictions files that are symbolic links may lead. */
function linkRoots(req: ComparisonRequest): string[] {
  return req.workspace ? [req.workspace, req.outputDir] : [req.outputDir]
}

/**
 * The predictions file a result.json names, relative to its folder: a plain
 * name that stays in that folder, and a regular file (a link only into the workspace).
 */
async function readPredictions(
  resultFile: string,
  rel: string,
  linksWithin: string[]
): Promise<Predictions> {
  const unsafe = typeof rel === 'string' ? unsafeFileNameReason(rel) : 'not a string'
  if (unsafe)
    throw new DecisionError(`${resultFile} names a predictions file that is not allowed: ${unsafe}`)
  const file = path.join(path.dirname(resultFile), rel)
  const state = inspectFile(file, { linksWithin, within: 'the workspace' })
  if (state.kind === 'missing')
    throw new DecisionError(`predictions file ${file} named by ${resultFile} is missing`)
  if (state.kind === 'bad')
    throw new DecisionError(
      `predictions file ${clip(file)} named by ${clip(resultFile)} ${state.reason}`
    )
  return parsePredictions(await readFile(state.real, 'utf8'), file)
}
