export const id = 38;
export const ids = [38];
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

/***/ 85038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateView: () => (/* binding */ evaluateView)
/* harmony export */ });
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98775);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97402);


function evaluateView({ result }) {
    const { results, artifacts } = result;
    const text = results
        .map(r => `${r.status === 'ok' ? '✔' : '✖'} ${r.model} ${r.target === 'benchmark' ? `benchmark (${r.version})` : r.version}: ${r.status === 'ok' ? metricsLine(r.metrics) : r.error}`)
        .join('\n');
    const parts = ['## modelgate evaluate', ''];
    for (const r of results) {
        const what = r.target === 'benchmark' ? `benchmark copy of ${r.version}` : r.version;
        parts.push(`### ${r.model} ${what}: ${r.status === 'ok' ? '✔ ok' : '✖ error'}`, '');
        if (r.status !== 'ok') {
            parts.push('```', r.error ?? '', '```', '');
            continue;
        }
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['metric', 'value', 'source'], Object.entries(r.metrics).map(([k, v]) => [
            k,
            (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(v),
            r.reportedMetrics && k in r.reportedMetrics ? 'reported' : 'computed'
        ])), '');
    }
    if (artifacts.length)
        parts.push(`Artifacts: ${artifacts.map(a => `\`${a.name}\``).join(', ')}`);
    return { text, summary: parts.join('\n') };
}
function metricsLine(metrics) {
    return Object.entries(metrics)
        .map(([k, v]) => `${k}=${(0,_policy_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(v)}`)
        .join(' ');
}


/***/ })

};
