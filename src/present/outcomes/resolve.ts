/**
 * `resolve` as people read it: one line per version — version, share of
 * traffic, the paths of its files — so `modelgate resolve --model M` in a
 * terminal answers "what serves, and from where" at a glance.
 */
import type { ResolveOutcome } from '../../commands/resolve.js'
import { table } from '../markdown.js'
import { textTable } from '../text-table.js'
import type { View } from './view.js'

export function resolveView({ result }: ResolveOutcome): View {
  const { model, stage, versions } = result
  const head = `## modelgate resolve: ${model} in ${stage}`
  if (versions.length === 0) {
    const none = `no version of ${model} is in ${stage}`
    return { text: none, summary: [head, '', none].join('\n') }
  }
  const text = textTable(
    versions.map(v => [v.version, `${v.traffic}%`, Object.values(v.files).join('  ')]),
    [1]
  )
  const rows = versions.map(v => [
    v.version,
    `${v.traffic}%`,
    Object.values(v.files)
      .map(p => `\`${p}\``)
      .join(', ')
  ])
  return {
    text: text.join('\n'),
    summary: [head, '', table(['version', 'traffic', 'files'], rows, [1])].join('\n')
  }
}
