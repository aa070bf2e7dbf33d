/**
 * A mermaid `xychart-beta` line chart, as GitHub renders it in pull request
 * bodies and job summaries.
 */
import type { MetricPoint } from '../../report/metric-series.js'
import { plainNumber } from '../../policy/format.js'

export interface MermaidLineChart {
  title: string
  yLabel: string
  points: MetricPoint[]
}

export function mermaidLineChart({ title, yLabel, points }: MermaidLineChart): string {
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${quote(title)}`,
    `    x-axis [${points.map(p => quote(p.version)).join(', ')}]`,
    `    y-axis ${quote(yLabel)}`,
    `    line [${points.map(p => plainNumber(p.value)).join(', ')}]`,
    '```'
  ].join('\n')
}

/** Mermaid strings have no escapes: a double quote inside would end the string. */
function quote(text: string): string {
  return `"${text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/"/g, "'")}"`
}
