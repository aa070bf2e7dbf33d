/**
 * A change command (promote, rollback, register, retire) as people read it:
 * the dry run's plan and body, the pull request it opened or updated, or
 * the gates that said no.
 */
import type { GatesRefused } from '../../commands/promote.js'
import type { ChangeResult } from '../../commands/show-or-apply.js'
import type { Published } from '../../commands/publish-pull-request.js'
import { comparisonMarkdown, comparisonText } from '../comparison-table.js'
import type { View } from './view.js'
import { movesFile, type Move } from '../../changes/change-plan.js'

export function changeView(command: string, result: ChangeResult): View {
  const { headline, gates, body } = result
  if (result.dryRun) {
    return {
      text: dryRunText(result),
      summary: [`## modelgate ${command} (dry run): ${headline}`, '', body].join('\n')
    }
  }
  const pr = result.pullRequest
  return {
    text: [
      `✔ ${headline}: ${publishedLine(pr)}`,
      ...gates.map(l => `  gate: ${l}`),
      `  branch: ${pr.branch} at ${pr.headSha.slice(0, 7)}`
    ].join('\n'),
    summary: [`## modelgate ${command}: ${headline}`, '', publishedLine(pr), '', body].join('\n')
  }
}

export function gatesRefusedView(r: GatesRefused): View {
  const headline = `${r.model} ${r.version} → ${r.to}`
  return {
    text: [
      `✖ refused: ${headline}: a gate of "${r.to}" does not hold`,
      ...r.gates.map(l => `  ${l}`),
      ...r.reasons.map(reason => `  ✖ ${reason}`),
      ...(r.comparison ? ['', comparisonText(r.comparison)] : [])
    ].join('\n'),
    summary: [
      `## modelgate promote: ✖ ${headline} refused`,
      '',
      ...r.gates.map(l => `- ${l}`),
      '',
      ...(r.comparison ? [comparisonMarkdown(r.comparison)] : [])
    ].join('\n')
  }
}

function publishedLine(pr: Published): string {
  const what = {
    created: 'opened',
    updated: 'updated',
    unchanged: 'unchanged (already up to date)'
  }
  return `Pull request #${pr.number} ${what[pr.operation]}: ${pr.url}`
}

function dryRunText(r: ChangeResult): string {
  return [
    `✔ dry run: ${r.headline} (no request made, nothing written)`,
    ...r.gates.map(l => `  gate: ${l}`),
    `  branch: ${r.branch}`,
    ...(r.additions
      ? [
          '  adds:',
          ...r.additions.map(a => `    ${a.path}  [${a.lfs ? 'Git LFS pointer' : 'new blob'}]`),
          ...(r.moves.length ? ['  moves:', ...r.moves.map(moveLine)] : []),
          `  manifest: ${r.manifest} (one new version entry and one history entry${r.moves.length ? "; the archived versions' keys" : ''})`
        ]
      : [
          r.moves.length ? '  moves:' : '  moves: none (a rollout step changes the manifest only)',
          ...r.moves.map(moveLine),
          `  manifest: ${r.manifest} (only the moved versions' keys and one history entry change)`
        ]),
    `  plan: ${r.hash}`,
    '',
    '--- pull request body ---',
    r.body
  ].join('\n')
}

/** One move of a dry run: a version's folder, or one file where names change on the way. */
function moveLine(m: Move): string {
  const file = movesFile(m) ? ', one file' : ''
  return `    ${m.from} → ${m.to ?? '(removed: derived data)'}  [${m.reason}${file}]`
}
