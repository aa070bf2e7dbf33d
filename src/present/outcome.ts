/**
 * Every command's outcome as people read it: the CLI's text and the job
 * summary's Markdown. The entries call this; commands render nothing. Each
 * command's view is loaded when its outcome is shown, so a command pays only
 * for its own rendering.
 */
import type { CommandResult } from '../commands/outcomes.js'
import type { View } from './outcomes/view.js'

export type { View }

export async function viewOf(outcome: CommandResult): Promise<View> {
  // A refusal is its one line; there is nothing to summarise.
  if (outcome.refusal !== undefined) return { text: outcome.refusal, summary: '' }
  switch (outcome.command) {
    case 'validate':
      return (await import('./outcomes/validate.js')).validateView(outcome)
    case 'plan':
      return (await import('./outcomes/plan.js')).planView(outcome)
    case 'evaluate':
      return (await import('./outcomes/evaluate.js')).evaluateView(outcome)
    case 'compare':
      return (await import('./outcomes/compare.js')).compareView(outcome)
    case 'report':
      return (await import('./outcomes/report.js')).reportView(outcome)
    case 'monitor':
      return (await import('./outcomes/monitor.js')).monitorView(outcome)
    case 'init':
      return (await import('./outcomes/init.js')).initView(outcome)
    case 'resolve':
      return (await import('./outcomes/resolve.js')).resolveView(outcome)
    case 'promote':
    case 'rollback':
    case 'register':
    case 'retire': {
      const { changeView, gatesRefusedView } = await import('./outcomes/change.js')
      return 'reasons' in outcome.result
        ? gatesRefusedView(outcome.result)
        : changeView(outcome.command, outcome.result)
    }
  }
}
