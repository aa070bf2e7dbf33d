export const id = 797;
export const ids = [797];
export const modules = {

/***/ 38985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ additionsOf),
/* harmony export */   v: () => (/* binding */ movesFile)
/* harmony export */ });
/** True for a move of one file (a name changes on the way), false for a whole folder. */
function movesFile(move) {
    return move.kind === 'file';
}
/** The files a plan adds: a registration's, none for the other kinds. */
function additionsOf(plan) {
    return plan.kind === 'register' ? plan.additions : [];
}


/***/ }),

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

/***/ 58651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ comparisonText),
/* harmony export */   vR: () => (/* binding */ comparisonMarkdown)
/* harmony export */ });
/* unused harmony export comparisonRows */
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98775);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97402);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83213);



const COMPARISON_HEADER = [
    'metric',
    'goal',
    'benchmark',
    'candidate',
    'Δ',
    'Δ%',
    'CI / p-value',
    'verdict'
];
/** benchmark, candidate, Δ and Δ%: aligned right. */
const NUMBER_COLUMNS = [2, 3, 4, 5];
function comparisonRows(c) {
    return c.metrics.map(row);
}
function row(m) {
    const role = m.role === 'primary' ? ' (primary)' : m.role === 'guardrail' ? ' (guardrail)' : '';
    return [
        `${m.name}${role}`,
        m.goal ?? '—',
        m.benchmark === undefined ? '—' : (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.benchmark),
        m.candidate === undefined ? '—' : (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.candidate),
        m.delta === undefined ? '—' : (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.delta),
        m.deltaPct === undefined ? '—' : (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPercent */ .h9)(m.deltaPct),
        evidence(m),
        VERDICT_CELL[m.verdict]
    ];
}
/** `info`: a metric no rule judges (a goal alone) is shown, never passed. */
const VERDICT_CELL = {
    pass: '✅ pass',
    fail: '❌ fail',
    info: 'ℹ️ info'
};
function evidence(m) {
    const parts = [];
    if (m.ci)
        parts.push(`[${(0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.ci[0])}, ${(0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.ci[1])}]`);
    if (m.pValue !== undefined)
        parts.push((0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(m.pValue));
    return parts.join(' ') || '—';
}
function comparisonMarkdown(c) {
    const reasons = c.metrics.filter(m => m.verdict === 'fail').map(m => `- ❌ ${m.reason}`);
    return [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(COMPARISON_HEADER, comparisonRows(c), NUMBER_COLUMNS),
        '',
        ...(reasons.length ? reasons : c.reasons.map(r => `- ${r}`))
    ].join('\n');
}
function comparisonText(c) {
    const rows = [
        COMPARISON_HEADER,
        ...comparisonRows(c).map(r => [...r.slice(0, 7), r[7].replace(/^(✅|❌|ℹ️) /u, '')])
    ];
    return (0,_text_table_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(rows, NUMBER_COLUMNS).join('\n');
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

/***/ 25797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeView: () => (/* binding */ changeView),
/* harmony export */   gatesRefusedView: () => (/* binding */ gatesRefusedView)
/* harmony export */ });
/* harmony import */ var _comparison_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58651);
/* harmony import */ var _changes_change_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38985);


function changeView(command, result) {
    const { headline, gates, body } = result;
    if (result.dryRun) {
        return {
            text: dryRunText(result),
            summary: [`## modelgate ${command} (dry run): ${headline}`, '', body].join('\n')
        };
    }
    const pr = result.pullRequest;
    return {
        text: [
            `✔ ${headline}: ${publishedLine(pr)}`,
            ...gates.map(l => `  gate: ${l}`),
            `  branch: ${pr.branch} at ${pr.headSha.slice(0, 7)}`
        ].join('\n'),
        summary: [`## modelgate ${command}: ${headline}`, '', publishedLine(pr), '', body].join('\n')
    };
}
function gatesRefusedView(r) {
    const headline = `${r.model} ${r.version} → ${r.to}`;
    return {
        text: [
            `✖ refused: ${headline}: a gate of "${r.to}" does not hold`,
            ...r.gates.map(l => `  ${l}`),
            ...r.reasons.map(reason => `  ✖ ${reason}`),
            ...(r.comparison ? ['', (0,_comparison_table_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonText */ .VF)(r.comparison)] : [])
        ].join('\n'),
        summary: [
            `## modelgate promote: ✖ ${headline} refused`,
            '',
            ...r.gates.map(l => `- ${l}`),
            '',
            ...(r.comparison ? [(0,_comparison_table_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonMarkdown */ .vR)(r.comparison)] : [])
        ].join('\n')
    };
}
function publishedLine(pr) {
    const what = {
        created: 'opened',
        updated: 'updated',
        unchanged: 'unchanged (already up to date)'
    };
    return `Pull request #${pr.number} ${what[pr.operation]}: ${pr.url}`;
}
function dryRunText(r) {
    return [
        `✔ dry run: ${r.headline} (no request made, nothing written)`,
        ...r.gates.map(l => `  gate: ${l}`),
        `  branch: ${r.branch}`,
        ...(r.additions
            ? [
                '  adds:',
                ...r.additions.map(a => `    ${a.path}  [${a.lfs ? 'Git LFS pointer' : 'new blob'}]`),
                ...(r.moves.length ? ['  moves:', ...r.moves.map(moveLine)] : []),
                `  manifest: ${r.manifest} (one new version entry and one history entry${r.moves.length ? "; the archived versions' keys" : ''})`
            ]
            : [
                r.moves.length ? '  moves:' : '  moves: none (a rollout step changes the manifest only)',
                ...r.moves.map(moveLine),
                `  manifest: ${r.manifest} (only the moved versions' keys and one history entry change)`
            ]),
        `  plan: ${r.hash}`,
        '',
        '--- pull request body ---',
        r.body
    ].join('\n');
}
/** One move of a dry run: a version's folder, or one file where names change on the way. */
function moveLine(m) {
    const file = (0,_changes_change_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .movesFile */ .v)(m) ? ', one file' : '';
    return `    ${m.from} → ${m.to ?? '(removed: derived data)'}  [${m.reason}${file}]`;
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
