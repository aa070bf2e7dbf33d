/** The report as the CLI prints it: one line per model, one column per stage. */
import type { RegistryStatus } from '../../report/status.js'
import { textTable } from '../text-table.js'
import { age } from './age.js'

/** Rows printed; the HTML page and `--json` hold every model. */
const TEXT_MODELS = 200

export function reportText(status: RegistryStatus, htmlPath: string): string {
  const header = ['model', ...status.stages]
  const rows = status.models.slice(0, TEXT_MODELS).map(m => [
    m.name,
    ...status.stages.map(s =>
      (m.stages[s] ?? [])
        .map(x => {
          const since = age(x.since, status.generatedAt)
          const traffic = x.traffic !== undefined ? ` ${x.traffic}%` : ''
          return `${x.version}${traffic}${since ? ` (${since})` : ''}`
        })
        .join(', ')
    )
  ])
  const lines = [
    ...textTable([header, ...rows]),
    ...(status.models.length > TEXT_MODELS
      ? [`… and ${status.models.length - TEXT_MODELS} more models (see the HTML page)`]
      : []),
    '',
    pullsLine(status),
    `Report: ${htmlPath}`
  ]
  return lines.join('\n')
}

function pullsLine({ pulls }: RegistryStatus): string {
  if (pulls.state === 'unavailable')
    return `Open promotion pull requests: not listed (${pulls.reason})`
  const n = pulls.pulls.length
  return `Open promotion pull requests: ${n ? pulls.pulls.map(p => `#${p.number}`).join(', ') : 'none'}`
}
