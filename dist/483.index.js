export const id = 483;
export const ids = [483];
export const modules = {

/***/ 27496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ openGitHubSession),
/* harmony export */   y: () => (/* binding */ checkoutFacts)
/* harmony export */ });
/* harmony import */ var _settings_github_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48624);

async function openGitHubSession(reg, settings, ctx) {
    const git = ctx.git(reg.repoRoot);
    const target = await (0,_settings_github_target_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGitHubTarget */ .Tr)(settings, ctx.env, checkoutFacts(git));
    return { api: await ctx.github(target), git, target };
}
/** What the checkout tells when the environment does not: the origin remote, the branch. */
function checkoutFacts(git) {
    return { originUrl: () => git.remoteUrl('origin'), currentBranch: () => git.currentBranch() };
}


/***/ }),

/***/ 28468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ loadSoundRegistry),
/* harmony export */   b: () => (/* binding */ requireSound)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92174);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62114);
/* harmony import */ var _registry_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77118);
/**
 * Loading the registry for a command other than `validate`: the manifest must
 * be sound (schema and rules) before anything acts on it; file digests are
 * left to `validate` and to each command's own checks.
 */



async function loadSoundRegistry(manifestPath, env, onlyModel) {
    return requireSound(await (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRegistry */ .Ag)({ manifestPath, onlyModel, env }));
}
/** The loaded registry, or the refusal naming the first error (a registry read from git too). */
function requireSound(loaded) {
    const diagnostics = [
        ...loaded.diagnostics,
        ...(loaded.registry ? (0,_registry_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRules */ .M)(loaded.registry) : [])
    ];
    const errors = diagnostics.filter(d => d.severity === 'error');
    if (errors.length || !loaded.registry) {
        const first = errors[0] ? `: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(errors[0])}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`the registry ${loaded.manifest.relPath} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}; run validate)${first}`, errors);
    }
    return loaded.registry;
}


/***/ }),

/***/ 4483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_FILE: () => (/* binding */ REPORT_FILE),
  report: () => (/* binding */ report)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
// EXTERNAL MODULE: ./src/present/charts/numbers.ts
var numbers = __webpack_require__(65601);
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

// EXTERNAL MODULE: ./src/present/charts/metric-series.ts
var metric_series = __webpack_require__(53929);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(24079);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(24797);
;// CONCATENATED MODULE: ./src/present/report/status.ts



const RECENT_EVENTS = 20;
function registryStatus(reg, now, pulls) {
    const history = allHistory(reg);
    return {
        manifest: reg.manifest.relPath,
        generatedAt: now.toISOString(),
        stages: (0,layout/* stageNames */.hL)(reg),
        archive: reg.archive.folder,
        models: reg.models.map(m => modelStatus(m, (0,layout/* stageNames */.hL)(reg), reg.archive.folder, history)),
        events: recentEvents(history, RECENT_EVENTS),
        eventCount: history.length,
        pulls
    };
}
/** The registry file's history and each shard's own (SPEC §2: a shard keeps its history). */
function allHistory(reg) {
    return [...(reg.data.history ?? []), ...reg.models.flatMap(m => m.spec.history ?? [])];
}
/** The model's primary metrics, else every metric of its policy. */
function keyMetrics(model) {
    const primary = model.spec.compare?.primary ?? [];
    return primary.length ? primary : Object.keys(model.spec.metrics ?? {});
}
function modelStatus(model, stages, archive, history) {
    const keys = keyMetrics(model);
    const byStage = {};
    const ordered = [...model.spec.versions].sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version));
    for (const v of ordered) {
        if (!stages.includes(v.stage))
            continue;
        (byStage[v.stage] ??= []).push(stageEntry(model.name, v, keys, history));
    }
    const metric = keys[0];
    const points = metric ? (0,metric_series/* metricSeries */.Q)(model.spec.versions, metric) : [];
    return {
        name: model.name,
        ...(model.spec.description ? { description: model.spec.description } : {}),
        owners: model.spec.owners ?? [],
        stages: byStage,
        archived: model.spec.versions.filter(v => v.stage === archive).length,
        ...(metric && points.length >= 2 ? { chart: { metric, points } } : {})
    };
}
function stageEntry(model, v, keys, history) {
    // The latest entry that moved this version into its stage: a version can come back (rollback).
    const moved = history
        .filter(h => h.model === model && h.version === v.version && h.to === v.stage)
        .reduce((last, h) => (!last || time(h.at) >= time(last.at) ? h : last), undefined);
    const since = moved?.at ?? v.createdAt;
    return {
        version: v.version,
        ...(v.traffic !== undefined && v.traffic < 100 ? { traffic: v.traffic } : {}),
        ...(since ? { since } : {}),
        metrics: keys
            .map(name => ({ name, value: v.metrics?.[name] }))
            .filter((m) => typeof m.value === 'number')
    };
}
/** Newest first; entries with the same time keep the log's order, the later one first. */
function recentEvents(history, max) {
    return history
        .map((h, i) => ({ h, i }))
        .sort((a, b) => time(b.h.at) - time(a.h.at) || b.i - a.i)
        .slice(0, max)
        .map(x => x.h);
}
function time(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? 0 : t;
}
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
            `<text class="tick" x="${MARGIN.left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle">${(0,numbers/* plainNumber */.k)(t)}</text>`);
    });
    const xLabels = points.map((p, i) => {
        if (i % every !== 0 && i !== points.length - 1)
            return '';
        const tx = r(x(i));
        return `<text class="tick" x="${tx}" y="${bottom + 14}" text-anchor="end" transform="rotate(-35 ${tx} ${bottom + 14})">${escapeHtml(p.version)}</text>`;
    });
    const line = points.map((p, i) => `${r(x(i))},${r(y(p.value))}`).join(' ');
    const dots = points.map((p, i) => `<circle cx="${r(x(i))}" cy="${r(y(p.value))}" r="3.5"><title>${escapeHtml(`${p.version}: ${(0,numbers/* plainNumber */.k)(p.value)}`)}</title></circle>`);
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
    const since = age(x.since, now);
    const details = [
        since ? `<span title="${escapeHtml(x.since ?? '')}">${escapeHtml(since)}</span>` : '',
        ...x.metrics.map(m => `${escapeHtml(m.name)} ${(0,numbers/* plainNumber */.k)(m.value)}`)
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
        const rows = p.pulls.map(pr => `<tr><td>${html_link(pr.url, `#${pr.number}`)}</td><td>${escapeHtml(pr.title)}${pr.draft ? ' (draft)' : ''}</td><td><span title="${escapeHtml(pr.createdAt)}">${escapeHtml(age(pr.createdAt, status.generatedAt))}</span></td></tr>`);
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

// EXTERNAL MODULE: ./src/present/charts/mermaid-xychart.ts
var mermaid_xychart = __webpack_require__(88168);
// EXTERNAL MODULE: ./src/present/markdown.ts
var markdown = __webpack_require__(44244);
;// CONCATENATED MODULE: ./src/present/report/markdown.ts
/**
 * The report as Markdown for the job summary: the stage table, the pull
 * requests waiting for review, a mermaid chart of each model's primary
 * metric and the recent history events. Long lists are capped with a note;
 * the action cuts the whole at GitHub's 1 MiB summary limit.
 */




/** Rows of the stage table; more go to the HTML report. */
const MARKDOWN_MODELS = 500;
/** Charts in the summary: each is a mermaid block GitHub renders client-side. */
const MARKDOWN_CHARTS = 50;
function reportMarkdown(status, htmlName) {
    return [
        '## modelgate report',
        '',
        `\`${status.manifest}\` · ${countOf(status.models.length, 'model')} · ${status.generatedAt}` +
            (htmlName ? ` · the full page is \`${htmlName}\`` : ''),
        '',
        markdown_stagesSection(status),
        markdown_pullsSection(status),
        markdown_chartsSection(status),
        markdown_eventsSection(status)
    ].join('\n');
}
function markdown_stagesSection(status) {
    const lines = ['### Stages', ''];
    if (!status.models.length)
        return [...lines, 'The registry has no models yet.', ''].join('\n');
    const { shown, note } = (0,markdown/* capped */.uo)(status.models, MARKDOWN_MODELS);
    const header = ['model', ...status.stages, status.archive];
    const rows = shown.map(m => [
        `**${markdown_text(m.name)}**`,
        ...status.stages.map(s => (m.stages[s] ?? []).map(e => cell(e, status.generatedAt)).join('<br>')),
        m.archived ? String(m.archived) : ''
    ]);
    // The cells carry their own escaping (`<br>` between versions must survive): no second pass.
    lines.push(rawTable(header, rows));
    if (note)
        lines.push('', note);
    return [...lines, ''].join('\n');
}
function cell(e, now) {
    const parts = [`\`${e.version}\`${e.traffic !== undefined ? ` (${e.traffic}%)` : ''}`];
    const since = age(e.since, now);
    if (since)
        parts.push(since);
    parts.push(...e.metrics.map(m => `${markdown_text(m.name)} ${(0,numbers/* plainNumber */.k)(m.value)}`));
    return parts.join(' · ');
}
function markdown_pullsSection(status) {
    const lines = ['### Waiting for review', ''];
    const p = status.pulls;
    if (p.state === 'unavailable') {
        lines.push(`> ⚠️ Open promotion pull requests are not listed: ${markdown_text(p.reason)}`);
    }
    else if (!p.pulls.length) {
        lines.push('No open promotion pull requests.');
    }
    else {
        const { shown, note } = (0,markdown/* capped */.uo)(p.pulls, MARKDOWN_MODELS);
        for (const pr of shown) {
            const title = markdown_text(pr.title).replace(/[[\]]/g, '\\$&');
            const when = age(pr.createdAt, status.generatedAt);
            lines.push(`- [#${pr.number} ${title}](${pr.url})${pr.draft ? ' (draft)' : ''}${when ? ` · opened ${when === 'just now' ? when : `${when} ago`}` : ''}`);
        }
        if (note)
            lines.push('', note);
    }
    return [...lines, ''].join('\n');
}
function markdown_chartsSection(status) {
    const charted = status.models.filter(m => m.chart);
    const lines = ['### Metric history', ''];
    const { shown, note } = (0,markdown/* capped */.uo)(charted, MARKDOWN_CHARTS);
    for (const m of shown)
        lines.push(`#### ${markdown_text(m.name)}`, '', chart(m), '');
    if (note)
        lines.push(note, '');
    const flat = status.models.filter(m => !m.chart);
    if (flat.length) {
        const names = (0,markdown/* capped */.uo)(flat, 50);
        lines.push(`Not charted (fewer than two versions record their primary metric): ${names.shown
            .map(m => markdown_text(m.name))
            .join(', ')}${names.note ? ` ${names.note}` : ''}`, '');
    }
    return lines.join('\n');
}
function chart(m) {
    const { metric, points } = m.chart;
    return (0,mermaid_xychart/* mermaidLineChart */.E)({ title: `${m.name}: ${metric} by version`, yLabel: metric, points });
}
function markdown_eventsSection(status) {
    const lines = ['### Recent events', ''];
    if (!status.events.length)
        return [...lines, 'No history yet.', ''].join('\n');
    const rows = status.events.map(h => [
        h.at,
        markdown_text(h.model),
        `\`${h.version}\``,
        `${h.from ? markdown_text(h.from) : '—'} → ${markdown_text(h.to)}`,
        h.actor ? markdown_text(h.actor) : '',
        h.reason ? markdown_text(h.reason) : ''
    ]);
    lines.push(rawTable(['when', 'model', 'version', 'move', 'actor', 'reason'], rows));
    const rest = status.eventCount - status.events.length;
    if (rest > 0)
        lines.push('', `… and ${rest} earlier events in the manifest's history`);
    return [...lines, ''].join('\n');
}
/** Manifest text in Markdown: no HTML (a description may hold `<script>`), one line, no `|`. */
function markdown_text(s) {
    return (0,markdown/* escapeCell */.kq)(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
        .replace(/\s*\r?\n\s*/g, ' ')
        .trim();
}
function rawTable(header, rows) {
    // Not `table` from present/markdown: these cells were escaped as they were built.
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        line(header.map(markdown_text)),
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map(line)
    ].join('\n');
}
function countOf(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/present/report/text.ts
/** The report as the CLI prints it: one line per model, one column per stage. */

/** Rows printed; the HTML page and `--json` hold every model. */
const TEXT_MODELS = 200;
function reportText(status, htmlPath) {
    const header = ['model', ...status.stages];
    const rows = status.models.slice(0, TEXT_MODELS).map(m => [
        m.name,
        ...status.stages.map(s => (m.stages[s] ?? [])
            .map(x => {
            const since = age(x.since, status.generatedAt);
            const traffic = x.traffic !== undefined ? ` ${x.traffic}%` : '';
            return `${x.version}${traffic}${since ? ` (${since})` : ''}`;
        })
            .join(', '))
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const lines = [
        line(header),
        ...rows.map(line),
        ...(status.models.length > TEXT_MODELS
            ? [`… and ${status.models.length - TEXT_MODELS} more models (see the HTML page)`]
            : []),
        '',
        pullsLine(status),
        `Report: ${htmlPath}`
    ];
    return lines.join('\n');
}
function pullsLine({ pulls }) {
    if (pulls.state === 'unavailable')
        return `Open promotion pull requests: not listed (${pulls.reason})`;
    const n = pulls.pulls.length;
    return `Open promotion pull requests: ${n ? pulls.pulls.map(p => `#${p.number}`).join(', ') : 'none'}`;
}

// EXTERNAL MODULE: ./src/settings/github-target.ts
var github_target = __webpack_require__(48624);
// EXTERNAL MODULE: ./src/commands/github-session.ts
var github_session = __webpack_require__(27496);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(28468);
;// CONCATENATED MODULE: ./src/commands/report.ts
/**
 * `report` (SPEC §3): the registry's status for people — a Markdown job
 * summary with mermaid charts and one self-contained HTML page at
 * `<output-dir>/report.html` (output `report-path`). The open promotion pull
 * requests are listed when a token is at hand; without one, or when GitHub
 * refuses, the report says so and the step still succeeds: a status page must
 * not fail for lack of a read.
 * Recipe: load → list pull requests → status → render → write.
 */










const REPORT_FILE = 'report.html';
/** Branches modelgate opens its pull requests from (promote, rollback, register, retire). */
const BRANCH_PREFIX = 'modelgate/';
async function report(settings, ctx) {
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, settings.model);
    const pulls = await openPulls(reg, settings, ctx);
    if (pulls.state === 'unavailable') {
        ctx.log.warning(`open promotion pull requests are not listed: ${pulls.reason}`);
    }
    const status = registryStatus(reg, ctx.now(), pulls);
    const reportPath = external_node_path_default().join(settings.outputDir, REPORT_FILE);
    await (0,promises_.mkdir)(settings.outputDir, { recursive: true });
    await (0,promises_.writeFile)(reportPath, reportHtml(status));
    const result = { manifest: status.manifest, reportPath, status };
    return {
        command: 'report',
        ok: true,
        diagnostics: [],
        result,
        text: reportText(status, reportPath),
        summary: reportMarkdown(status, external_node_path_default().relative(reg.repoRoot, reportPath) || REPORT_FILE),
        outputs: { 'report-path': reportPath },
        repoRoot: reg.repoRoot,
        exitCode: 0
    };
}
async function openPulls(reg, settings, ctx) {
    const token = settings.token || ctx.env.GITHUB_TOKEN?.trim();
    if (!token) {
        return {
            state: 'unavailable',
            reason: 'no token; set the `token` input or GITHUB_TOKEN to list them'
        };
    }
    try {
        const git = ctx.git(reg.repoRoot);
        const { owner, repo } = await (0,github_target/* repository */.Jk)(ctx.env, (0,github_session/* checkoutFacts */.y)(git));
        const api = await ctx.github({ token, apiUrl: (0,github_target/* apiBaseUrl */.tj)(ctx.env), owner, repo });
        return { state: 'listed', pulls: await api.listOpenPulls(BRANCH_PREFIX) };
    }
    catch (error) {
        // The adapter's errors name the call and the permission; anything else is a bug and rethrown.
        if (error instanceof errors/* ModelgateError */.HJ)
            return { state: 'unavailable', reason: error.message };
        throw error;
    }
}


/***/ }),

/***/ 88168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ mermaidLineChart)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65601);

function mermaidLineChart({ title, yLabel, points }) {
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${quote(title)}`,
        `    x-axis [${points.map(p => quote(p.version)).join(', ')}]`,
        `    y-axis ${quote(yLabel)}`,
        `    line [${points.map(p => (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .plainNumber */ .k)(p.value)).join(', ')}]`,
        '```'
    ].join('\n');
}
/** Mermaid strings have no escapes: a double quote inside would end the string. */
function quote(text) {
    return `"${text
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/"/g, "'")}"`;
}


/***/ }),

/***/ 53929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ metricSeries)
/* harmony export */ });
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24797);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65601);
/** One metric across a model's versions: the points a history chart draws. */


/** The versions that record `metric` (a finite value), in SemVer order. */
function metricSeries(versions, metric) {
    return versions
        .map(v => ({ version: v.version, value: v.metrics?.[metric] }))
        .filter((p) => (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .chartable */ .d)(p.value))
        .sort((a, b) => (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(a.version, b.version));
}


/***/ }),

/***/ 65601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ chartable),
/* harmony export */   k: () => (/* binding */ plainNumber)
/* harmony export */ });
/** Numbers as charts show them, shared by the mermaid and the SVG charts. */
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


/***/ }),

/***/ 44244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uo: () => (/* binding */ capped)
/* harmony export */ });
/** Small Markdown builders shared by command summaries. */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/**
 * Caps a list for a summary, with a note saying how many were left out:
 * long outputs are cut, never dropped silently (SPEC §5).
 */
function capped(items, max) {
    if (items.length <= max)
        return { shown: items };
    return {
        shown: items.slice(0, max),
        note: `… and ${items.length - max} more (see the log or --json)`
    };
}


/***/ }),

/***/ 48624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   Tr: () => (/* binding */ resolveGitHubTarget),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* unused harmony export parseRemoteUrl */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92174);
/**
 * Where a pull request goes: the repository, the base branch, the API URL
 * and the token. Inside Actions all of it comes from the runner's
 * environment; on a laptop the repository falls back to the `origin`
 * remote and the base branch to the checkout's current branch.
 */


async function resolveGitHubTarget(settings, env, checkout) {
    const token = settings.token || env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('a token is needed to open the pull request: set the `token` input (the default is github.token) or GITHUB_TOKEN; or use dry-run');
    }
    const { owner, repo } = await repository(env, checkout);
    const base = settings.base ||
        defaultBranchFromEvent(env) ||
        env.GITHUB_REF_NAME ||
        (await checkout.currentBranch());
    if (!base) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('cannot tell which branch the pull request targets: set the `base` input (e.g. main)');
    }
    return { owner, repo, base, apiUrl: apiBaseUrl(env), token };
}
/** GITHUB_API_URL (GitHub Enterprise sets it), else github.com's. */
function apiBaseUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The repository: GITHUB_REPOSITORY, else the `origin` remote (also used by `report`). */
async function repository(env, checkout) {
    const named = env.GITHUB_REPOSITORY?.trim();
    if (named) {
        const m = /^([^/\s]+)\/([^/\s]+)$/.exec(named);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`GITHUB_REPOSITORY is "${named}"; expected "owner/repo"`);
        return { owner: m[1], repo: m[2] };
    }
    const origin = await checkout.originUrl();
    const parsed = origin ? parseRemoteUrl(origin) : undefined;
    if (!parsed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot tell which GitHub repository to open the pull request in${origin ? ` (origin is "${withoutCredentials(origin)}")` : ''}: set GITHUB_REPOSITORY=owner/repo`);
    }
    return parsed;
}
/** `https://host/owner/repo(.git)`, `git@host:owner/repo(.git)`, `ssh://git@host/owner/repo`. */
function parseRemoteUrl(url) {
    const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim());
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
function defaultBranchFromEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const branch = payload.repository?.default_branch;
        return typeof branch === 'string' && branch ? branch : undefined;
    }
    catch {
        return undefined; // an unreadable payload says nothing about the branch
    }
}
/** `https://user:token@host/…` → `https://***@host/…`: a remote URL may carry a token. */
function withoutCredentials(url) {
    return url.replace(/^([a-z+]+:\/\/)[^@/]+@/i, '$1***@');
}


/***/ })

};
