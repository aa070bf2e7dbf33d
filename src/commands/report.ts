/**
 * `report` (SPEC §3): the registry's status for people — a Markdown job
 * summary with mermaid charts and one self-contained HTML page at
 * `<output-dir>/report.html` (output `report-path`). The open promotion pull
 * requests are listed when a token is at hand; without one, or when GitHub
 * refuses, the report says so and the step still succeeds: a status page must
 * not fail for lack of a read.
 * Recipe: load → list pull requests → status → render → write.
 */
import { clip } from '../clip.js'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ModelgateError, UsageError } from '../errors.js'
import { inspectFile } from '../registry/file-kind.js'
import { registryStatus, type PullsStatus, type RegistryStatus } from '../report/status.js'
import type { Registry } from '../registry/registry.js'
import { apiBaseUrl, repository } from '../settings/github-target.js'
import type { ReportSettings } from '../settings/settings.js'
import type { CommandOutcome } from './command-result.js'
import type { CommandContext } from './context.js'
import { checkoutFacts } from './github-session.js'
import { loadSoundRegistry } from './load-for-command.js'
import { checkOutputDir } from './output-dir.js'

const REPORT_FILE = 'report.html'
/** Branches modelgate opens its pull requests from (promote, rollback, register, retire). */
const BRANCH_PREFIX = 'modelgate/'

export interface ReportResult {
  manifest: string
  reportPath: string
  status: RegistryStatus
}

export type ReportOutcome = CommandOutcome<'report', ReportResult>

export async function report(
  settings: ReportSettings,
  ctx: CommandContext
): Promise<ReportOutcome> {
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, settings.model)
  await checkOutputDir(reg, settings.workspace, settings.outputDir)
  const reportPath = path.join(settings.outputDir, REPORT_FILE)
  const there = inspectFile(reportPath, {
    linksWithin: [settings.outputDir],
    within: 'the output folder'
  })
  if (there.kind === 'bad')
    throw new UsageError(`${clip(reportPath)} ${there.reason}; it is where report writes the page`)
  const pulls = await openPulls(reg, settings, ctx)
  if (pulls.state === 'unavailable') {
    ctx.log.warning(`open promotion pull requests are not listed: ${pulls.reason}`)
  }
  const status = registryStatus(reg, ctx.now(), pulls)
  await mkdir(settings.outputDir, { recursive: true })
  // A temp file renamed over the page: a reader never sees half of it.
  const tmp = `${reportPath}.${process.pid}.tmp`
  await writeFile(tmp, await ctx.render.reportPage(status))
  await rename(tmp, reportPath)
  const result: ReportResult = { manifest: status.manifest, reportPath, status }
  return {
    command: 'report',
    ok: true,
    diagnostics: [],
    result,
    outputs: { 'report-path': reportPath },
    repoRoot: reg.repoRoot,
    exitCode: 0
  }
}

async function openPulls(
  reg: Registry,
  settings: ReportSettings,
  ctx: CommandContext
): Promise<PullsStatus> {
  const token = settings.token || ctx.env.GITHUB_TOKEN?.trim()
  if (!token) {
    return {
      state: 'unavailable',
      reason: 'no token; set the `token` input or GITHUB_TOKEN to list them'
    }
  }
  try {
    const git = ctx.git(reg.repoRoot)
    const { owner, repo } = await repository(ctx.env, checkoutFacts(git))
    const api = await ctx.github({ token, apiUrl: apiBaseUrl(ctx.env), owner, repo })
    return { state: 'listed', pulls: await api.listOpenPulls(BRANCH_PREFIX) }
  } catch (error) {
    // The adapter's errors name the call and the permission; anything else is a bug and rethrown.
    if (error instanceof ModelgateError) return { state: 'unavailable', reason: error.message }
    throw error
  }
}
