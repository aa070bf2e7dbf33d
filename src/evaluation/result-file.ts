/**
 * `result.json`: what `evaluate` writes into `<output-dir>/<model>/<version>/`
 * and what `compare` and `promote` read (SPEC §3–4). Written atomically
 * (temp file + rename) so a reader never sees half a file, and written with
 * `status: error` and no metrics when evaluation fails, so nothing can
 * mistake a failed run for a passing one.
 */
import { clip } from '../clip.js'
import { existsSync, statSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DecisionError, UsageError } from '../errors.js'
import { inspectFile, realOrSame } from '../registry/file-kind.js'
import { isInside } from '../registry/paths.js'

export const RESULT_FILE = 'result.json'

/**
 * How a failed command's error ends: its last lines of output. result.json
 * and the job summary keep them; where the output was just streamed live
 * (the log, the terminal) `withoutOutputTail` leaves them out, so a
 * traceback is shown once.
 */
export const OUTPUT_TAIL = '; its last output:\n'

export function withoutOutputTail(error: string): string {
  const at = error.indexOf(OUTPUT_TAIL)
  return at < 0 ? error : `${error.slice(0, at)} (its output is above)`
}
export const RESULT_SCHEMA = 'modelgate/result/v1'

export interface CommandRecord {
  name: 'train' | 'evaluate'
  argv: string[]
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  durationMs: number
}

export interface EvaluationResult {
  schema: typeof RESULT_SCHEMA
  status: 'ok' | 'error'
  /** Why the evaluation failed (status error). */
  error?: string
  model: string
  /** The version evaluated: for the benchmark copy, the production version it copies. */
  version: string
  /** `version`, or `benchmark` when the benchmark copy was evaluated. */
  target: 'version' | 'benchmark'
  /** The stage folder the evaluated files came from (`benchmark` for the copy, `trained` for a fresh train run). */
  stage: string
  /** sha256 of every evaluated model file, relative to the model folder. */
  files: Record<string, string>
  /** sha256 of every dataset file named by `evaluate.data`, relative to the repository root. */
  data: Record<string, string>
  /** The metrics the decision uses: reported by the script, completed by computed ones. */
  metrics?: Record<string, number>
  reportedMetrics?: Record<string, number>
  computedMetrics?: Record<string, number>
  confusionMatrix?: { labels: string[]; matrix: number[][] }
  /** Predictions file, relative to the result's folder. */
  predictions?: string
  commands: CommandRecord[]
  startedAt: string
  durationMs: number
  commit?: string
  runner: Record<string, string | undefined>
  /** The evaluation cache's part (SPEC §4): absent when the cache was off or could not key the run. */
  cache?: CacheRecord
}

/** Whether a result came from the evaluation cache, under which key, and from which run. */
export interface CacheRecord {
  /** The cache key of the evaluation (evaluation/cache-key.ts). */
  key: string
  /** True when this result was restored from the cache: nothing ran here. */
  hit: boolean
  /** For a hit: the evaluation the result comes from, as it was labelled then. */
  from?: {
    run?: string
    runId?: string
    model: string
    version: string
    stage: string
    evaluatedAt: string
    savedAt: string
  }
}

export async function writeResult(dir: string, result: EvaluationResult): Promise<string> {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, RESULT_FILE)
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, JSON.stringify(result, null, 2) + '\n')
  await rename(tmp, file)
  return file
}

/**
 * `result.json` itself, or the folder that holds it. A folder named
 * `result.json` is taken as the file (and refused as a folder when read).
 */
export function resolveResultPath(fileOrDir: string): string {
  return path.basename(fileOrDir) !== RESULT_FILE &&
    existsSync(fileOrDir) &&
    statSync(fileOrDir).isDirectory()
    ? path.join(fileOrDir, RESULT_FILE)
    : fileOrDir
}

/**
 * Reads a result file and checks its shape; `what` names it in messages
 * ("candidate results"). A missing file is a usage error (exit 2): the
 * caller did not run `evaluate` or pointed at the wrong place. A symbolic
 * link is followed only into `linksWithin` (the workspace).
 */
export async function readResult(
  fileOrDir: string,
  what: string,
  linksWithin: string[]
): Promise<EvaluationResult> {
  const { file, text } = await readResultText(
    fileOrDir,
    file => `${what} not found: ${file} (run evaluate first, or set the path)`,
    { what, linksWithin }
  )
  return parseResult(text, file, what)
}

/**
 * The text of the file `fileOrDir` names (its result.json when it is a folder); a missing
 * file is a usage error worded by `notFound`. What is there is looked at before it is
 * opened: a FIFO, a folder or device, or a symbolic link leading out of `linksWithin`
 * is a usage error naming the path (never hangs, never quotes the file).
 */
export async function readResultText(
  fileOrDir: string,
  notFound: (file: string) => string,
  options: { what: string; linksWithin: string[] }
): Promise<{ file: string; text: string; outside: boolean }> {
  const file = resolveResultPath(fileOrDir)
  const state = inspectFile(file, { linksWithin: options.linksWithin, within: 'the workspace' })
  if (state.kind === 'missing') throw new UsageError(notFound(file))
  if (state.kind === 'bad') throw new UsageError(`${options.what} ${clip(file)} ${state.reason}`)
  let text: string
  try {
    text = await readFile(state.real, 'utf8')
  } catch {
    throw new UsageError(notFound(file))
  }
  const real = realOrSame(state.real)
  return { file, text, outside: !options.linksWithin.some(r => isInside(realOrSame(r), real)) }
}

/**
 * A JSON syntax error without the text it quotes (`Unexpected token 'r', "root:x:0:0"...`):
 * the file may be anything, from anywhere, and its content is never printed.
 */
export function jsonSyntaxError(err: unknown): string {
  return String((err as Error).message)
    .replace(/"(?:[^"\\]|\\.)*"(?:\.\.\.)?/g, '…')
    .replace(/'[^']*'/g, '…')
}

/** Checks the shape of the result.json text read from `file`, as `readResult` does. */
export function parseResult(text: string, file: string, what: string): EvaluationResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new DecisionError(`${what} ${file} is not valid JSON: ${jsonSyntaxError(err)}`)
  }
  const r = data as Partial<EvaluationResult>
  if (!r || typeof r !== 'object' || r.schema !== RESULT_SCHEMA) {
    throw new DecisionError(
      `${what} ${file} is not a modelgate result (expected "schema": "${RESULT_SCHEMA}")`
    )
  }
  if (typeof r.model !== 'string' || typeof r.version !== 'string') {
    throw new DecisionError(`${what} ${file} names no model or version`)
  }
  if (r.status !== 'ok') {
    throw new DecisionError(
      `${what} ${file} records a failed evaluation: ${r.error ?? 'no reason given'}`
    )
  }
  if (!r.metrics || typeof r.metrics !== 'object') {
    throw new DecisionError(`${what} ${file} holds no metrics`)
  }
  return r as EvaluationResult
}
