/**
 * What `register --candidate-results R` records: the metrics, and the
 * lineage when R is a result.json. A result.json counts only when it is a
 * successful evaluation of this model and version and of exactly the bytes
 * being registered; otherwise its metrics would describe another model.
 * A plain metrics file (JSON, YAML or `name,value` CSV) is taken as it is.
 */
import path from 'node:path'
import { DecisionError, ModelgateError } from '../errors.js'
import { parseMetricFile } from '../policy/metric-file.js'
import { sameVersion } from '../registry/semver.js'
import { parseResult, readResultText, RESULT_SCHEMA } from './result-file.js'

export interface RegistrationResults {
  metrics: Record<string, number>
  /** The commit and run that trained it, from result.json. */
  commit?: string
  run?: string
  /** The result.json read; undefined for a plain metrics file. */
  resultFile?: string
}

export async function readRegistrationResults(
  fileOrDir: string,
  expect: { model: string; version: string; digests: Record<string, string> },
  /** Where a symbolic link may lead: the workspace (none: a link is refused). */
  linksWithin: string[] = []
): Promise<RegistrationResults> {
  const { file, text, outside } = await readResultText(
    fileOrDir,
    file => `candidate results not found: ${file}`,
    { what: 'candidate results', linksWithin }
  )
  if (!isResultJson(text)) {
    try {
      return { metrics: parseMetricFile(text, path.basename(file)) }
    } catch (err) {
      // A metrics file's errors quote it; one outside the workspace is never quoted.
      if (!outside || !(err instanceof ModelgateError)) throw err
      throw new DecisionError(
        `candidate results ${file} are neither a modelgate result.json nor a metrics file (it is outside the workspace, so its content is not shown)`
      )
    }
  }

  const result = parseResult(text, file, 'candidate results')
  const id = `${expect.model} ${expect.version}`
  if (result.model !== expect.model || !sameVersion(result.version, expect.version)) {
    throw new DecisionError(
      `candidate results ${file} are for ${result.model} ${result.version}, not ${id}`
    )
  }
  for (const [name, digest] of Object.entries(expect.digests)) {
    if (result.files[name] !== digest) {
      throw new DecisionError(
        `candidate results ${file} were made with other bytes of ${name} (${result.files[name] ?? 'not evaluated'}) than the ones registered (${digest})`
      )
    }
  }
  return {
    metrics: result.metrics ?? {},
    resultFile: file,
    ...(result.commit ? { commit: result.commit } : {}),
    ...(result.runner?.run ? { run: result.runner.run } : {})
  }
}

function isResultJson(text: string): boolean {
  try {
    return (JSON.parse(text) as { schema?: unknown })?.schema === RESULT_SCHEMA
  } catch {
    return false
  }
}
