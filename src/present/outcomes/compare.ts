/** `compare` as people read it: the decision, the comparison table, the failing metrics. */
import type { CompareOutcome } from '../../commands/compare.js'
import { noBenchmarkWords } from '../../policy/compare.js'
import { comparisonMarkdown, comparisonText } from '../comparison-table.js'
import type { View } from './view.js'

export function compareView({ result }: CompareOutcome): View {
  const { benchmark } = result
  const versus = benchmark
    ? `benchmark ${benchmark.version}${benchmark.source === 'recorded' ? ' (recorded metrics)' : ''}`
    : noBenchmarkWords(result.benchmarkOff)
  const headline = `${result.decision === 'pass' ? '✔ pass' : '✖ fail'}: ${result.model} ${result.candidate.version} vs ${versus}`
  const failing = result.metrics.filter(m => m.verdict === 'fail').map(m => `  ✖ ${m.reason}`)
  return {
    text: [headline, '', comparisonText(result), ...(failing.length ? ['', ...failing] : [])].join(
      '\n'
    ),
    summary: [
      `## modelgate compare: ${headline}`,
      '',
      ...result.warnings.map(w => `> ⚠️ ${w}`),
      '',
      comparisonMarkdown(result)
    ].join('\n')
  }
}
