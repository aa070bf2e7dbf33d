/**
 * What an evaluation removes from its output folder before it runs (SPEC
 * §7): only what an earlier modelgate run wrote there, so that a stale
 * result cannot survive a failed run, and nothing else — the folder is
 * never emptied. Those files are:
 *
 * - `result.json` (and a temp file a crashed write left, `result.json.<pid>.tmp`);
 * - the metrics and predictions files the manifest names for the commands
 *   being run (`evaluate.metrics`/`predictions`, and `train`'s with `train`);
 * - with `train`, the model's `files`: the folder is where `train` writes the model;
 * - the predictions file and, for a trained model, the model files an earlier
 *   `result.json` of this model in this folder records.
 *
 * Each name must be a plain relative name (no `..`, not absolute) that stays
 * in the folder without passing through a symbolic link; a folder found at
 * such a name is left alone. A symbolic link at such a name is removed as a
 * link, never followed.
 */
import { lstat, readdir, readFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import { inspectFile } from '../registry/file-kind.js'
import { isInside, unsafeFileNameReason } from '../registry/paths.js'
import { RESULT_FILE, RESULT_SCHEMA, type EvaluationResult } from './result-file.js'
import type { EvaluationTarget } from './target.js'

/** The names (relative to the output folder) an evaluation of `t` may remove; see the file comment. */
export async function ownOutputNames(t: EvaluationTarget): Promise<string[]> {
  const spec = t.model.spec
  const names = [RESULT_FILE, spec.evaluate?.metrics, spec.evaluate?.predictions]
  if (t.train) names.push(spec.train?.metrics, spec.train?.predictions, ...Object.keys(t.files))
  const previous = await previousResult(t)
  if (previous) {
    names.push(previous.predictions)
    if (previous.stage === 'trained') names.push(...Object.keys(previous.files ?? {}))
  }
  const temps = await readdir(t.outputDir).catch(() => [] as string[])
  names.push(...temps.filter(n => /^result\.json\.\d+\.tmp$/.test(n)))
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && safeName(n)))]
}

/** Removes what `ownOutputNames` lists; returns the names removed. */
export async function clearOwnOutputs(t: EvaluationTarget): Promise<string[]> {
  const removed: string[] = []
  for (const name of await ownOutputNames(t)) {
    const abs = path.join(t.outputDir, name)
    if (!isInside(t.outputDir, abs) || !(await realFoldersOnTheWay(t.outputDir, abs))) continue
    const st = await lstat(abs).catch(() => undefined)
    if (!st || st.isDirectory()) continue
    await unlink(abs)
    removed.push(name)
  }
  return removed
}

function safeName(name: string): boolean {
  return name !== '' && unsafeFileNameReason(name) === undefined
}

/** True when every folder between `base` and `abs` is a real folder (no link, no file). */
async function realFoldersOnTheWay(base: string, abs: string): Promise<boolean> {
  const steps = path.relative(base, path.dirname(abs)).split(path.sep).filter(Boolean)
  let at = base
  for (const step of steps) {
    at = path.join(at, step)
    const st = await lstat(at).catch(() => undefined)
    if (!st || !st.isDirectory()) return false
  }
  return true
}

/** The folder's earlier result.json when it is a modelgate result of this model. */
async function previousResult(t: EvaluationTarget): Promise<Partial<EvaluationResult> | undefined> {
  const file = path.join(t.outputDir, RESULT_FILE)
  if (inspectFile(file).kind !== 'file') return undefined
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<EvaluationResult>
    if (!data || typeof data !== 'object' || data.schema !== RESULT_SCHEMA) return undefined
    return data.model === t.model.name ? data : undefined
  } catch {
    return undefined
  }
}
