/**
 * `download-artifact` of compare and promote: the evaluation results a
 * matrix of `evaluate` jobs uploaded to this workflow run, put where the
 * command looks for them (`<output-dir>/<model>/<version>/` and
 * `<output-dir>/<model>/benchmark/`). A re-run of failed jobs leaves the
 * earlier attempts' artifacts, so the latest attempt of each wins. The
 * output folder is checked before anything is written to it.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { latestAttempt } from '../adapters/artifact.js'
import { DecisionError, EnvironmentError } from '../errors.js'
import { BENCHMARK } from '../evaluation/target.js'
import { RESULT_FILE } from '../evaluation/result-file.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import { findVersion } from '../registry/semver.js'
import type { CommandContext } from './context.js'
import { checkOutputDir } from './output-dir.js'

/** `version` (or `benchmark`) → the name of the artifact its folder came from. */
export type DownloadedResults = Record<string, string>

export async function downloadResults(
  reg: Registry,
  model: LoadedModel,
  version: string,
  where: { outputDir: string; workspace: string },
  ctx: CommandContext
): Promise<DownloadedResults> {
  const client = await ctx.artifacts()
  if (!client) {
    throw new EnvironmentError(
      'download-artifact: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set only for action steps of a workflow run); give the results as candidate-results/benchmark-results instead'
    )
  }
  // The registry's spelling of the version names the artifact evaluate uploaded.
  const candidate = findVersion(model.spec.versions, version)?.version ?? version
  const folders = [candidate, BENCHMARK].map(v => path.join(where.outputDir, model.name, v))
  await checkOutputDir(reg, where.workspace, where.outputDir, folders, [RESULT_FILE])

  const artifacts = await client.list()
  const downloaded: DownloadedResults = {}
  for (const [i, v] of [candidate, BENCHMARK].entries()) {
    const artifact = latestAttempt(artifacts, model.name, v)
    if (!artifact) continue
    // What an earlier run left in the folder must not mix with the downloaded files.
    await rm(folders[i], { recursive: true, force: true })
    await client.download(artifact, folders[i])
    ctx.log.info(`${model.name} ${v}: ${artifact.name} -> ${folders[i]}`)
    downloaded[v] = artifact.name
  }
  if (!downloaded[candidate]) {
    throw new DecisionError(
      `no evaluation results for ${model.name} ${candidate} in this workflow run: its evaluate job failed before uploading them, or did not run (artifacts: ${describe(artifacts.map(a => a.name))})`
    )
  }
  return downloaded
}

function describe(names: string[]): string {
  if (names.length === 0) return 'none'
  const shown = names.slice(0, 5).join(', ')
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown
}
