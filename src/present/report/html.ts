/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts,
 * no script, no font, no image, nothing fetched (a Content-Security-Policy
 * says so to the browser too), so it can be uploaded as an artifact and
 * opened anywhere. Tables scroll sideways inside their own box, so the page
 * itself fits a phone's width.
 */
import { plainNumber } from '../../policy/format.js'
import { escapeHtml as e } from '../escape-html.js'
import type { ModelStatus, RegistryStatus, StageEntry } from '../../report/status.js'
import { age } from './age.js'
import { svgLineChart } from '../charts/svg-chart.js'

const CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --head: #f6f8fa; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --head: #151b23; --accent: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
main { max-width: 1100px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 0 0 4px; }
.meta, .note, figcaption { color: var(--muted); font-size: 0.9rem; }
a { color: var(--accent); }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; }
.scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); white-space: nowrap; overflow-wrap: normal; }
th { background: var(--head); position: sticky; top: 0; }
tbody tr:last-child td { border-bottom: none; }
.entry + .entry { margin-top: 6px; }
.entry small { display: block; color: var(--muted); }
th[scope="row"] small { white-space: normal; max-width: 24em; font-weight: normal; }
.warn { border-left: 4px solid #d4a72c; padding: 6px 12px; background: var(--head); }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 420px), 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px; min-width: 0; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
svg.chart .tick { fill: var(--muted); font-size: 11px; }
svg.chart .label { fill: var(--fg); font-size: 12px; }
svg.chart .series { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.chart circle { fill: var(--accent); }
`

export function reportHtml(status: RegistryStatus): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Inline styles only: whatever a manifest string held, the page loads nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>Model registry — ${e(status.manifest)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Model registry</h1>',
    `<p class="meta"><code>${e(status.manifest)}</code> · ${count(status.models.length, 'model')} · generated <time datetime="${e(status.generatedAt)}">${e(status.generatedAt)}</time></p>`,
    stagesSection(status),
    pullsSection(status),
    chartsSection(status),
    eventsSection(status),
    '</main>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function stagesSection(status: RegistryStatus): string {
  const head = ['model', ...status.stages, status.archive].map(h => `<th scope="col">${e(h)}</th>`)
  const rows = status.models.map(m => {
    const cells = status.stages.map(
      s => `<td>${(m.stages[s] ?? []).map(x => entry(x, status.generatedAt)).join('')}</td>`
    )
    return `<tr><th scope="row">${modelCell(m)}</th>${cells.join('')}<td>${m.archived || ''}</td></tr>`
  })
  return [
    '<section id="stages">',
    '<h2>Stages</h2>',
    status.models.length
      ? `<div class="scroll"><table class="stages"><thead><tr>${head.join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
      : '<p>The registry has no models yet.</p>',
    '</section>'
  ].join('\n')
}

function modelCell(m: ModelStatus): string {
  const about = [m.description, m.owners.length ? `owners: ${m.owners.join(', ')}` : '']
    .filter(Boolean)
    .join(' · ')
  return `<div class="entry">${e(m.name)}${about ? `<small>${e(about)}</small>` : ''}</div>`
}

function entry(x: StageEntry, now: string): string {
  const since = age(x.since, now)
  const details = [
    since ? `<span title="${e(x.since ?? '')}">${e(since)}</span>` : '',
    ...x.metrics.map(m => `${e(m.name)} ${plainNumber(m.value)}`)
  ].filter(Boolean)
  const traffic = x.traffic !== undefined ? ` (${x.traffic}% traffic)` : ''
  return `<div class="entry"><code>${e(x.version)}</code>${traffic}${details.length ? `<small>${details.join(' · ')}</small>` : ''}</div>`
}

function pullsSection(status: RegistryStatus): string {
  const p = status.pulls
  let body: string
  if (p.state === 'unavailable') {
    body = `<p class="warn">Open promotion pull requests are not listed: ${e(p.reason)}</p>`
  } else if (!p.pulls.length) {
    body = '<p>No open promotion pull requests.</p>'
  } else {
    const rows = p.pulls.map(
      pr =>
        `<tr><td>${link(pr.url, `#${pr.number}`)}</td><td>${e(pr.title)}${pr.draft ? ' (draft)' : ''}</td><td><span title="${e(pr.createdAt)}">${e(age(pr.createdAt, status.generatedAt))}</span></td></tr>`
    )
    body = `<div class="scroll"><table class="pulls"><thead><tr><th scope="col">pull request</th><th scope="col">title</th><th scope="col">open for</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
  }
  return ['<section id="pulls">', '<h2>Waiting for review</h2>', body, '</section>'].join('\n')
}

function chartsSection(status: RegistryStatus): string {
  const charted = status.models.filter(m => m.chart)
  const figures = charted.map((m, i) => {
    const { metric, points } = m.chart!
    const svg = svgLineChart({
      id: `chart-${i}`,
      title: `${m.name}: ${metric} by version`,
      yLabel: metric,
      points
    })
    return `<figure><h3>${e(m.name)}</h3><figcaption>${e(metric)} by version (${points.length} versions)</figcaption>\n${svg}\n</figure>`
  })
  const flat = status.models.filter(m => !m.chart).map(m => e(m.name))
  return [
    '<section id="history">',
    '<h2>Metric history</h2>',
    figures.length ? `<div class="charts">\n${figures.join('\n')}\n</div>` : '',
    flat.length
      ? `<p class="note">Not charted (fewer than two versions record their primary metric): ${flat.join(', ')}</p>`
      : '',
    '</section>'
  ]
    .filter(Boolean)
    .join('\n')
}

function eventsSection(status: RegistryStatus): string {
  const rows = status.events.map(
    h =>
      `<tr><td><time datetime="${e(h.at)}">${e(h.at)}</time></td><td>${e(h.model)}</td><td><code>${e(h.version)}</code></td><td>${e(h.from ?? '—')} → ${e(h.to)}</td><td>${e(h.actor ?? '')}</td><td>${e(h.reason ?? '')}</td></tr>`
  )
  const rest = status.eventCount - status.events.length
  return [
    '<section id="events">',
    '<h2>Recent events</h2>',
    rows.length
      ? `<div class="scroll"><table class="events"><thead><tr><th scope="col">when</th><th scope="col">model</th><th scope="col">version</th><th scope="col">move</th><th scope="col">actor</th><th scope="col">reason</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
      : '<p>No history yet.</p>',
    rest > 0 ? `<p class="note">… and ${rest} earlier events in the manifest's history.</p>` : '',
    '</section>'
  ]
    .filter(Boolean)
    .join('\n')
}

/** Only web links become anchors: a URL is data from the API, never a `javascript:` link. */
function link(url: string, label: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${e(url)}">${e(label)}</a>` : e(label)
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
