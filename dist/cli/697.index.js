export const id = 697;
export const ids = [697];
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

/***/ 45942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ mermaidLineChart)
/* harmony export */ });
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98775);

function mermaidLineChart({ title, yLabel, points }) {
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${quote(title)}`,
        `    x-axis [${points.map(p => quote(p.version)).join(', ')}]`,
        `    y-axis ${quote(yLabel)}`,
        `    line [${points.map(p => (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plainNumber */ .ku)(p.value)).join(', ')}]`,
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

/***/ 97402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: () => (/* binding */ rawTable),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uo: () => (/* binding */ capped)
/* harmony export */ });
/** Small Markdown builders shared by the summaries, bodies and reports. */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** A Markdown table; columns listed in `rightAligned` (numbers) are aligned right. */
function table(header, rows, rightAligned = []) {
    const escaped = (cells) => cells.map(escapeCell);
    return rawTable(escaped(header), rows.map(escaped), rightAligned);
}
/** `table` for cells that were escaped as they were built. */
function rawTable(header, rows, rightAligned = []) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = header.map((_, c) => (rightAligned.includes(c) ? '---:' : '---'));
    return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
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

/***/ 55697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportView: () => (/* binding */ reportView)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/present/charts/mermaid-xychart.ts
var mermaid_xychart = __webpack_require__(45942);
// EXTERNAL MODULE: ./src/policy/format.ts
var format = __webpack_require__(98775);
// EXTERNAL MODULE: ./src/present/markdown.ts
var markdown = __webpack_require__(97402);
// EXTERNAL MODULE: ./src/present/report/age.ts
var age = __webpack_require__(58529);
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
        stagesSection(status),
        pullsSection(status),
        chartsSection(status),
        eventsSection(status)
    ].join('\n');
}
function stagesSection(status) {
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
    lines.push((0,markdown/* rawTable */.PK)(header.map(markdown_text), rows));
    if (note)
        lines.push('', note);
    return [...lines, ''].join('\n');
}
function cell(e, now) {
    const parts = [`\`${e.version}\`${e.traffic !== undefined ? ` (${e.traffic}%)` : ''}`];
    const since = (0,age/* age */.K)(e.since, now);
    if (since)
        parts.push(since);
    parts.push(...e.metrics.map(m => `${markdown_text(m.name)} ${(0,format/* plainNumber */.ku)(m.value)}`));
    return parts.join(' · ');
}
function pullsSection(status) {
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
            const when = (0,age/* age */.K)(pr.createdAt, status.generatedAt);
            lines.push(`- [#${pr.number} ${title}](${pr.url})${pr.draft ? ' (draft)' : ''}${when ? ` · opened ${when === 'just now' ? when : `${when} ago`}` : ''}`);
        }
        if (note)
            lines.push('', note);
    }
    return [...lines, ''].join('\n');
}
function chartsSection(status) {
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
function eventsSection(status) {
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
    lines.push((0,markdown/* rawTable */.PK)(['when', 'model', 'version', 'move', 'actor', 'reason'].map(markdown_text), rows));
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
function countOf(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/present/text-table.ts
var text_table = __webpack_require__(83213);
;// CONCATENATED MODULE: ./src/present/report/text.ts


/** Rows printed; the HTML page and `--json` hold every model. */
const TEXT_MODELS = 200;
function reportText(status, htmlPath) {
    const header = ['model', ...status.stages];
    const rows = status.models.slice(0, TEXT_MODELS).map(m => [
        m.name,
        ...status.stages.map(s => (m.stages[s] ?? [])
            .map(x => {
            const since = (0,age/* age */.K)(x.since, status.generatedAt);
            const traffic = x.traffic !== undefined ? ` ${x.traffic}%` : '';
            return `${x.version}${traffic}${since ? ` (${since})` : ''}`;
        })
            .join(', '))
    ]);
    const lines = [
        ...(0,text_table/* textTable */.e)([header, ...rows]),
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

;// CONCATENATED MODULE: ./src/present/outcomes/report.ts
/** `report` as people read it: the stage table in the terminal, the full report as the summary. */



function reportView({ result, repoRoot }) {
    const { status, reportPath } = result;
    // The summary links the page by its path in the repository's checkout.
    const relative = repoRoot ? external_node_path_default().relative(repoRoot, reportPath) : '';
    return {
        text: reportText(status, reportPath),
        summary: reportMarkdown(status, relative || external_node_path_default().basename(reportPath))
    };
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

/***/ 83213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
/** Aligned columns for the terminal: the text tables of `report`, `plan` and `compare`. */
/**
 * One line per row (the header is the first row), each column as wide as its widest cell,
 * two spaces apart, trailing spaces dropped. Columns listed in `rightAligned` (numbers) are
 * padded on the left.
 */
function textTable(rows, rightAligned = []) {
    if (rows.length === 0)
        return [];
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    return rows.map(r => r
        .map((cell, c) => rightAligned.includes(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd());
}


/***/ })

};
