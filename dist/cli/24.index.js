export const id = 24;
export const ids = [24];
export const modules = {

/***/ 98775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ formatFractionAsPercent),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   dJ: () => (/* binding */ chartable),
/* harmony export */   h9: () => (/* binding */ formatSignedPercent),
/* harmony export */   ku: () => (/* binding */ plainNumber),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/**
 * Numbers written as text: every formatting of a number modelgate shows
 * (reading numbers from text cells is numbers.ts).
 *
 * For people — comparison reasons, tables, summaries: metrics range from
 * 0.9213 (accuracy) to 31 (latency in ms) to 1.2e-5 (a loss), so values are
 * shown with a fixed number of significant digits rather than decimals, and
 * without trailing zeros ("33", not "33.00").
 *
 * For charts — mermaid and SVG (present/charts/): `plainNumber` never writes
 * an exponent, which mermaid cannot read, so `chartable` keeps out what it
 * cannot write in full.
 */
/** `x` with `digits` significant digits: 0.92134 → "0.9213", 33 → "33", 123456.7 → "123457". */
function formatNumber(x, digits = 4) {
    if (!Number.isFinite(x))
        return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
    if (x === 0)
        return '0';
    const abs = Math.abs(x);
    if (abs >= 1e-4 && abs < 1e15) {
        // Integer digits are never dropped: 123456.7 keeps all six.
        const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
        return trimZeros(x.toFixed(Math.min(decimals, 100)));
    }
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent}`;
}
/** A signed change: "+0.009", "-2", "±0" for no change. */
function formatSigned(x, digits = 4) {
    if (x === 0)
        return '±0';
    const text = formatNumber(x, digits);
    return x > 0 ? `+${text}` : text;
}
/** A change already in percent (1.0 = 1 %): "+1.0%", "-0.25%", "±0%". */
function formatSignedPercent(pct) {
    if (pct === 0)
        return '±0%';
    // One decimal reads well for most changes; tiny ones keep two significant digits.
    const text = Math.abs(pct) >= 1 ? pct.toFixed(1) : formatNumber(pct, 2);
    return `${pct > 0 ? '+' : ''}${text}%`;
}
/** A fraction as a percentage: 0.1 → "10%", 0.025 → "2.5%". */
function formatFractionAsPercent(fraction) {
    return `${formatNumber(fraction * 100, 3)}%`;
}
/** "p = 0.031", "p = 0.0012", "p < 0.0001". */
function formatPValue(p) {
    if (Number.isNaN(p))
        return 'p = NaN';
    if (p < 1e-4)
        return 'p < 0.0001';
    return `p = ${formatNumber(p, 2)}`;
}
/** A value a chart can place: finite, and printable without an exponent. */
function chartable(x) {
    // Beyond 1e21 JavaScript prints exponents only, which mermaid does not read.
    return typeof x === 'number' && Number.isFinite(x) && Math.abs(x) < 1e21;
}
/** A number mermaid parses: no exponent, no float noise (0.1 + 0.2 → 0.3). */
function plainNumber(x) {
    const s = String(Number(x.toPrecision(6)));
    if (!/e/i.test(s))
        return s;
    return x.toFixed(20).replace(/\.?0+$/, '');
}
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}


/***/ }),

/***/ 58529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ age)
/* harmony export */ });
/** How long ago something happened, as the report's tables say it. */
/** "5 min", "3 h", "12 d", "4 mo": how long ago `iso` was, for people. */
function age(iso, now) {
    if (!iso)
        return '';
    const then = Date.parse(iso);
    if (Number.isNaN(then))
        return '';
    const minutes = Math.max(0, (Date.parse(now) - then) / 60_000);
    if (minutes < 1)
        return 'just now';
    if (minutes < 60)
        return `${Math.floor(minutes)} min`;
    const hours = minutes / 60;
    if (hours < 48)
        return `${Math.floor(hours)} h`;
    const days = hours / 24;
    if (days < 60)
        return `${Math.floor(days)} d`;
    if (days < 730)
        return `${Math.floor(days / 30.44)} mo`;
    return `${Math.floor(days / 365.25)} y`;
}


/***/ }),

/***/ 41024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportHtml: () => (/* binding */ reportHtml)
});

// EXTERNAL MODULE: ./src/policy/format.ts
var format = __webpack_require__(98775);
;// CONCATENATED MODULE: ./src/present/escape-html.ts
/** Text into HTML (and inline SVG): every manifest string goes through here. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

// EXTERNAL MODULE: ./src/present/report/age.ts
var age = __webpack_require__(58529);
;// CONCATENATED MODULE: ./src/present/charts/svg-chart.ts


const CHART_WIDTH = 640;
const CHART_HEIGHT = 260;
const MARGIN = { top: 16, right: 20, bottom: 64, left: 64 };
/** More x labels than this overlap; every n-th is shown (and always the last). */
const MAX_X_LABELS = 12;
function svgLineChart({ id, title, yLabel, points }) {
    const plotW = CHART_WIDTH - MARGIN.left - MARGIN.right;
    const plotH = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
    const ticks = niceTicks(points.map(p => p.value));
    const lo = ticks[0];
    const hi = ticks[ticks.length - 1];
    const x = (i) => MARGIN.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
    const y = (v) => MARGIN.top + plotH - ((v - lo) / (hi - lo)) * plotH;
    const bottom = MARGIN.top + plotH;
    const every = Math.ceil(points.length / MAX_X_LABELS);
    const grid = ticks.map(t => {
        const ty = r(y(t));
        return (`<line class="grid" x1="${MARGIN.left}" y1="${ty}" x2="${MARGIN.left + plotW}" y2="${ty}"></line>` +
            `<text class="tick" x="${MARGIN.left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle">${(0,format/* plainNumber */.ku)(t)}</text>`);
    });
    const xLabels = points.map((p, i) => {
        if (i % every !== 0 && i !== points.length - 1)
            return '';
        const tx = r(x(i));
        return `<text class="tick" x="${tx}" y="${bottom + 14}" text-anchor="end" transform="rotate(-35 ${tx} ${bottom + 14})">${escapeHtml(p.version)}</text>`;
    });
    const line = points.map((p, i) => `${r(x(i))},${r(y(p.value))}`).join(' ');
    const dots = points.map((p, i) => `<circle cx="${r(x(i))}" cy="${r(y(p.value))}" r="3.5"><title>${escapeHtml(`${p.version}: ${(0,format/* plainNumber */.ku)(p.value)}`)}</title></circle>`);
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
    ].join('\n');
}
/** About five round tick values that enclose every value. */
function niceTicks(values) {
    let min = Math.min(...values);
    let max = Math.max(...values);
    if (min === max) {
        // A flat line still needs a scale: a band around the value.
        const pad = Math.abs(min) * 0.05 || 1;
        min -= pad;
        max += pad;
    }
    const raw = (max - min) / 4;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map(m => m * magnitude).find(s => s >= raw) ?? 10 * magnitude;
    const first = Math.floor(min / step) * step;
    const ticks = [];
    for (let t = first; t < max + step * 1e-9; t += step)
        ticks.push(Number(t.toPrecision(12)));
    if (ticks[ticks.length - 1] < max)
        ticks.push(Number((first + ticks.length * step).toPrecision(12)));
    return ticks.length >= 2 ? ticks : [first, first + step];
}
/** Coordinates to 0.1 px: enough on any screen, and small files. */
function r(n) {
    return Math.round(n * 10) / 10;
}

;// CONCATENATED MODULE: ./src/present/report/html.ts
/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts,
 * no script, no font, no image, nothing fetched (a Content-Security-Policy
 * says so to the browser too), so it can be uploaded as an artifact and
 * opened anywhere. Tables scroll sideways inside their own box, so the page
 * itself fits a phone's width.
 */




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
`;
function reportHtml(status) {
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        // Inline styles only: whatever a manifest string held, the page loads nothing.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        `<title>Model registry — ${escapeHtml(status.manifest)}</title>`,
        `<style>${CSS}</style>`,
        '</head>',
        '<body>',
        '<main>',
        '<h1>Model registry</h1>',
        `<p class="meta"><code>${escapeHtml(status.manifest)}</code> · ${count(status.models.length, 'model')} · generated <time datetime="${escapeHtml(status.generatedAt)}">${escapeHtml(status.generatedAt)}</time></p>`,
        stagesSection(status),
        pullsSection(status),
        chartsSection(status),
        eventsSection(status),
        '</main>',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}
function stagesSection(status) {
    const head = ['model', ...status.stages, status.archive].map(h => `<th scope="col">${escapeHtml(h)}</th>`);
    const rows = status.models.map(m => {
        const cells = status.stages.map(s => `<td>${(m.stages[s] ?? []).map(x => entry(x, status.generatedAt)).join('')}</td>`);
        return `<tr><th scope="row">${modelCell(m)}</th>${cells.join('')}<td>${m.archived || ''}</td></tr>`;
    });
    return [
        '<section id="stages">',
        '<h2>Stages</h2>',
        status.models.length
            ? `<div class="scroll"><table class="stages"><thead><tr>${head.join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
            : '<p>The registry has no models yet.</p>',
        '</section>'
    ].join('\n');
}
function modelCell(m) {
    const about = [m.description, m.owners.length ? `owners: ${m.owners.join(', ')}` : '']
        .filter(Boolean)
        .join(' · ');
    return `<div class="entry">${escapeHtml(m.name)}${about ? `<small>${escapeHtml(about)}</small>` : ''}</div>`;
}
function entry(x, now) {
    const since = (0,age/* age */.K)(x.since, now);
    const details = [
        since ? `<span title="${escapeHtml(x.since ?? '')}">${escapeHtml(since)}</span>` : '',
        ...x.metrics.map(m => `${escapeHtml(m.name)} ${(0,format/* plainNumber */.ku)(m.value)}`)
    ].filter(Boolean);
    const traffic = x.traffic !== undefined ? ` (${x.traffic}% traffic)` : '';
    return `<div class="entry"><code>${escapeHtml(x.version)}</code>${traffic}${details.length ? `<small>${details.join(' · ')}</small>` : ''}</div>`;
}
function pullsSection(status) {
    const p = status.pulls;
    let body;
    if (p.state === 'unavailable') {
        body = `<p class="warn">Open promotion pull requests are not listed: ${escapeHtml(p.reason)}</p>`;
    }
    else if (!p.pulls.length) {
        body = '<p>No open promotion pull requests.</p>';
    }
    else {
        const rows = p.pulls.map(pr => `<tr><td>${html_link(pr.url, `#${pr.number}`)}</td><td>${escapeHtml(pr.title)}${pr.draft ? ' (draft)' : ''}</td><td><span title="${escapeHtml(pr.createdAt)}">${escapeHtml((0,age/* age */.K)(pr.createdAt, status.generatedAt))}</span></td></tr>`);
        body = `<div class="scroll"><table class="pulls"><thead><tr><th scope="col">pull request</th><th scope="col">title</th><th scope="col">open for</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
    }
    return ['<section id="pulls">', '<h2>Waiting for review</h2>', body, '</section>'].join('\n');
}
function chartsSection(status) {
    const charted = status.models.filter(m => m.chart);
    const figures = charted.map((m, i) => {
        const { metric, points } = m.chart;
        const svg = svgLineChart({
            id: `chart-${i}`,
            title: `${m.name}: ${metric} by version`,
            yLabel: metric,
            points
        });
        return `<figure><h3>${escapeHtml(m.name)}</h3><figcaption>${escapeHtml(metric)} by version (${points.length} versions)</figcaption>\n${svg}\n</figure>`;
    });
    const flat = status.models.filter(m => !m.chart).map(m => escapeHtml(m.name));
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
        .join('\n');
}
function eventsSection(status) {
    const rows = status.events.map(h => `<tr><td><time datetime="${escapeHtml(h.at)}">${escapeHtml(h.at)}</time></td><td>${escapeHtml(h.model)}</td><td><code>${escapeHtml(h.version)}</code></td><td>${escapeHtml(h.from ?? '—')} → ${escapeHtml(h.to)}</td><td>${escapeHtml(h.actor ?? '')}</td><td>${escapeHtml(h.reason ?? '')}</td></tr>`);
    const rest = status.eventCount - status.events.length;
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
        .join('\n');
}
/** Only web links become anchors: a URL is data from the API, never a `javascript:` link. */
function html_link(url, label) {
    return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}
function count(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ })

};
