/** `report` as people read it: the stage table in the terminal, the full report as the summary. */
import path from 'node:path'
import type { ReportOutcome } from '../../commands/report.js'
import { reportMarkdown } from '../report/markdown.js'
import { reportText } from '../report/text.js'
import type { View } from './view.js'

export function reportView({ result, repoRoot }: ReportOutcome): View {
  const { status, reportPath } = result
  // The summary links the page by its path in the repository's checkout.
  const relative = repoRoot ? path.relative(repoRoot, reportPath) : ''
  return {
    text: reportText(status, reportPath),
    summary: reportMarkdown(status, relative || path.basename(reportPath))
  }
}
