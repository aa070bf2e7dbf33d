/**
 * Every command's outcome as people read it: the CLI's text and the job
 * summary's Markdown. The entries call this; commands render nothing.
 */
import type { CommandResult } from '../commands/outcomes.js'
import { changeView, gatesRefusedView } from './outcomes/change.js'
import { compareView } from './outcomes/compare.js'
import { evaluateView } from './outcomes/evaluate.js'
import { monitorView } from './outcomes/monitor.js'
import { planView } from './outcomes/plan.js'
import { reportView } from './outcomes/report.js'
import { validateView } from './outcomes/validate.js'
import type { View } from './outcomes/view.js'

export type { View }

export function viewOf(outcome: CommandResult): View {
  // A refusal is its one line; there is nothing to summarise.
  if (outcome.refusal !== undefined) return { text: outcome.refusal, summary: '' }
  switch (outcome.command) {
    case 'validate':
      return validateView(outcome)
    case 'plan':
      return planView(outcome)
    case 'evaluate':
      return evaluateView(outcome)
    case 'compare':
      return compareView(outcome)
    case 'report':
      return reportView(outcome)
    case 'monitor':
      return monitorView(outcome)
    case 'promote':
    case 'rollback':
    case 'register':
    case 'retire':
      return 'reasons' in outcome.result
        ? gatesRefusedView(outcome.result)
        : changeView(outcome.command, outcome.result)
  }
}
