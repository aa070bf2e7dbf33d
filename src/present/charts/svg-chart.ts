/**
 * A line chart as inline SVG, drawn here rather than by a charting library
 * so the report page stays one self-contained file that makes no request.
 * The versions are spaced evenly along x (they are categories, not a scale);
 * y gets "nice" ticks around the values. The viewBox lets CSS scale it to
 * the screen width.
 */
import type { MetricPoint } from '../../report/metric-series.js'
import { plainNumber } from '../../policy/format.js'
import { escapeHtml } from '../escape-html.js'

const CHART_WIDTH = 640
const CHART_HEIGHT = 260
const MARGIN = { top: 16, right: 20, bottom: 64, left: 64 }
/** More x labels than this overlap; every n-th is shown (and always the last). */
const MAX_X_LABELS = 12

export interface SvgLineChart {
  /** Unique in the page: ties the chart to its title for screen readers. */
  id: string
  title: string
  yLabel: string
  points: MetricPoint[]
}

export function svgLineChart({ id, title, yLabel, points }: SvgLineChart): string {
  const plotW = CHART_WIDTH - MARGIN.left - MARGIN.right
  const plotH = CHART_HEIGHT - MARGIN.top - MARGIN.bottom
  const ticks = niceTicks(points.map(p => p.value))
  const lo = ticks[0]
  const hi = ticks[ticks.length - 1]
  const x = (i: number) =>
    MARGIN.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW)
  const y = (v: number) => MARGIN.top + plotH - ((v - lo) / (hi - lo)) * plotH
  const bottom = MARGIN.top + plotH
  const every = Math.ceil(points.length / MAX_X_LABELS)

  const grid = ticks.map(t => {
    const ty = r(y(t))
    return (
      `<line class="grid" x1="${MARGIN.left}" y1="${ty}" x2="${MARGIN.left + plotW}" y2="${ty}"></line>` +
      `<text class="tick" x="${MARGIN.left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle">${plainNumber(t)}</text>`
    )
  })
  const xLabels = points.map((p, i) => {
    if (i % every !== 0 && i !== points.length - 1) return ''
    const tx = r(x(i))
    return `<text class="tick" x="${tx}" y="${bottom + 14}" text-anchor="end" transform="rotate(-35 ${tx} ${bottom + 14})">${escapeHtml(p.version)}</text>`
  })
  const line = points.map((p, i) => `${r(x(i))},${r(y(p.value))}`).join(' ')
  const dots = points.map(
    (p, i) =>
      `<circle cx="${r(x(i))}" cy="${r(y(p.value))}" r="3.5"><title>${escapeHtml(`${p.version}: ${plainNumber(p.value)}`)}</title></circle>`
  )
  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-labelledby="${id}">`,
    `<title id="${id}">${escapeHtml(title)}</title>`,
    ...grid,
    `<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}"></line>`,
    `<line class="axis" x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotW}" y2="${bottom}"></line>`,
    ...xLabels.filter(Boolean),
    `<text class="label" x="${MARGIN.left + plotW / 2}" y="${CHART_HEIGHT - 4}" text-anchor="middle">version</text>`,
    `<text class="label" x="14" y="${MARGIN.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotH / 2})">${escapeHtml(yLabel)}</text>`,
    `<polyline class="series" points="${line}"></polyline>`,
    ...dots,
    '</svg>'
  ].join('\n')
}

/** About five round tick values that enclose every value. */
function niceTicks(values: number[]): number[] {
  let min = Math.min(...values)
  let max = Math.max(...values)
  if (min === max) {
    // A flat line still needs a scale: a band around the value.
    const pad = Math.abs(min) * 0.05 || 1
    min -= pad
    max += pad
  }
  const raw = (max - min) / 4
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map(m => m * magnitude).find(s => s >= raw) ?? 10 * magnitude
  const first = Math.floor(min / step) * step
  const ticks: number[] = []
  for (let t = first; t < max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)))
  if (ticks[ticks.length - 1] < max)
    ticks.push(Number((first + ticks.length * step).toPrecision(12)))
  return ticks.length >= 2 ? ticks : [first, first + step]
}

/** Coordinates to 0.1 px: enough on any screen, and small files. */
function r(n: number): number {
  return Math.round(n * 10) / 10
}
