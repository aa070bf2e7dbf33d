/**
 * `plan` (SPEC §3): which versions need evaluation, as a job matrix. Without
 * `base`, every version that is not archived; with it, those whose files or
 * model policy changed between `base` and `head`, plus each such model's
 * benchmark copy. Outputs `matrix` (JSON) and `count` (entries, not jobs:
 * a caller skips the matrix job at 0).
 * Recipe: load head → read base → select → matrix → report.
 */
import path from 'node:path'
import { buildMatrix, formatEntry, MAX_JOBS, type Matrix } from '../evaluation/plan-matrix.js'
import { selectVersions, type SelectedEntry } from '../registry/changed-versions.js'
import type { Registry } from '../registry/registry.js'
import { findRepoRoot } from '../registry/repo-root.js'
import type { PlanSettings } from '../settings/settings.js'
import type { CommandContext, CommandResult } from './command-result.js'
import { loadSoundRegistry, requireSound } from './load-for-command.js'
import { capped, table } from '../present/markdown.js'
import { gitWithCommit, readBase, readRegistryAt } from './revision-registry.js'

export interface PlanResult {
  /** The base commit compared with; null without `base` (every live version). */
  base: string | null
  /** The head revision as given; null for the checkout's working tree. */
  head: string | null
  count: number
  jobs: number
  matrix: Matrix
  entries: SelectedEntry[]
}

const TEXT_ROWS = 50
const SUMMARY_ROWS = 500

const WHY: Record<SelectedEntry['reason'], string> = {
  all: 'not archived',
  new: 'new version',
  files: 'files changed',
  policy: 'model policy changed',
  benchmark: 'benchmark copy (for the comparison)'
}

export async function plan(settings: PlanSettings, ctx: CommandContext): Promise<CommandResult> {
  const reg = await loadHead(settings, ctx.env)
  let base: Awaited<ReturnType<typeof readBase>> | undefined
  if (settings.base) {
    const git = await gitWithCommit(reg.repoRoot, ctx.env, settings.base, 'base')
    base = await readBase(git, reg, settings.base, settings.head)
  }
  const entries = selectVersions(reg, base)
  const matrix = buildMatrix(entries)
  const result: PlanResult = {
    base: base?.commit ?? null,
    head: settings.head ?? null,
    count: entries.length,
    jobs: matrix.include.length,
    matrix,
    entries
  }
  const scope = base
    ? `changed between ${settings.base} (${base.commit.slice(0, 12)}) and ${settings.head ?? 'the checkout'}`
    : 'every version not archived (no base)'
  const headline =
    entries.length === 0
      ? `plan: nothing to evaluate (${scope})`
      : `plan: ${plural(entries.length, 'entry', 'entries')} in ${plural(matrix.include.length, 'job')} (${scope})`
  return {
    command: 'plan',
    ok: true,
    diagnostics: [],
    result,
    text: [headline, ...textTable(entries)].join('\n'),
    summary: summary(headline, entries, matrix),
    outputs: { matrix: JSON.stringify(matrix), count: String(entries.length) },
    repoRoot: reg.repoRoot,
    exitCode: 0
  }
}

/** The registry under review: the checkout's working tree, or `head` read from git. */
async function loadHead(settings: PlanSettings, env: NodeJS.ProcessEnv): Promise<Registry> {
  if (!settings.head) return loadSoundRegistry(settings.manifest, env)
  const repoRoot = findRepoRoot(path.dirname(settings.manifest), env)
  const git = await gitWithCommit(repoRoot, env, settings.head, 'head')
  const manifestRel = path.relative(repoRoot, settings.manifest).split(path.sep).join('/')
  const loaded = await readRegistryAt(git, repoRoot, manifestRel, settings.head)
  return requireSound(loaded)
}

function textTable(entries: SelectedEntry[]): string[] {
  if (!entries.length) return []
  const { shown, note } = capped(entries, TEXT_ROWS)
  const rows = [['model', 'version', 'stage', 'why'], ...shown.map(row)]
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)))
  const lines = rows.map(r =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd()
  )
  return note ? [...lines, note] : lines
}

function row(e: SelectedEntry): string[] {
  return [e.model, e.version, e.stage, WHY[e.reason]]
}

function summary(headline: string, entries: SelectedEntry[], matrix: Matrix): string {
  const parts = ['## modelgate plan', '', headline, '']
  if (entries.length) {
    const { shown, note } = capped(entries, SUMMARY_ROWS)
    parts.push(table(['model', 'version', 'stage', 'why'], shown.map(row)), '')
    if (note) parts.push(note, '')
  }
  if (matrix.include.some(job => 'entries' in job)) {
    parts.push(
      `More than ${MAX_JOBS} entries: grouped into ${matrix.include.length} jobs, each evaluating a list such as \`${formatEntry(entries[0])},…\` with \`evaluate --entries\`.`
    )
  }
  return parts.join('\n')
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}
