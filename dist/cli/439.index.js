export const id = 439;
export const ids = [439];
export const modules = {

/***/ 10650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ MONITOR_LABEL),
/* harmony export */   t: () => (/* binding */ monitorMarker)
/* harmony export */ });
const MONITOR_LABEL = 'modelgate:monitor';
function monitorMarker(model) {
    return `<!-- modelgate:monitor model=${model} -->`;
}


/***/ }),

/***/ 84551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ leadingLinesWithin),
/* harmony export */   c7: () => (/* binding */ BODY_MAX_BYTES),
/* harmony export */   oA: () => (/* binding */ largestFitting),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/**
 * GitHub refuses a pull request or issue body over 65,536 characters; modelgate keeps its bodies
 * under 60,000 UTF-8 bytes (a byte count bounds the character count whatever the text holds).
 * Pure and runtime-neutral (no Buffer).
 */
/** What a pull request or issue body may weigh, in UTF-8 bytes. */
const BODY_MAX_BYTES = 60_000;
/** UTF-8 length without Buffer, so the module stays runtime-neutral. */
function utf8Length(text) {
    let n = 0;
    for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return n;
}
/** The longest run of whole lines from the start of `text` within `maxBytes` ('' when none fits). */
function leadingLinesWithin(text, maxBytes) {
    const lines = text.split('\n');
    let kept = 0;
    let size = 0;
    for (const line of lines) {
        const next = size + utf8Length(line) + (kept > 0 ? 1 : 0);
        if (next > maxBytes)
            break;
        size = next;
        kept++;
    }
    return lines.slice(0, kept).join('\n');
}
/** The largest n in [0, max] for which `fits(n)` holds, given that it holds for 0 and is monotone. */
function largestFitting(max, fits) {
    let lo = 0;
    let hi = max;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
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

/***/ 14439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   issueBody: () => (/* binding */ issueBody),
/* harmony export */   issueTitle: () => (/* binding */ issueTitle)
/* harmony export */ });
/* harmony import */ var _byte_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84551);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97402);
/* harmony import */ var _monitoring_health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10650);
/**
 * The issue `monitor` keeps per production model (SPEC §3): opened when a
 * check fails, its body replaced on each failing run, closed by the first
 * healthy one. A marker in the body, not the title, finds it again, so
 * people may retitle the issue. Pure: the command does the API calls.
 *
 * GitHub refuses an issue body over 65,536 characters, and a data set with
 * thousands of columns makes a drift table that long: the body is kept under
 * `maxBytes` (60,000 UTF-8 bytes) by showing the first drift rows (the
 * drifted ones come first) with a pointer to the job summary, which holds
 * the whole table. The closing line and the marker always survive.
 */



function issueTitle(h) {
    return `modelgate monitor: ${h.model} ${h.version} in ${h.stage} needs attention`;
}
/**
 * The issue's body; `maxBytes` (default 60,000) bounds its UTF-8 size, `Infinity` renders it
 * whole (the job summary).
 */
function issueBody(h, at, runUrl, maxBytes = _byte_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .BODY_MAX_BYTES */ .c7) {
    const rows = h.drift?.rows.length ?? 0;
    const whole = assemble(h, at, runUrl, rows);
    if ((0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(whole) <= maxBytes)
        return whole;
    const fits = (n) => (0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(assemble(h, at, runUrl, n)) <= maxBytes;
    if (fits(0))
        return assemble(h, at, runUrl, (0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .largestFitting */ .oA)(rows, fits));
    // Still too large (a very long problem list or evaluation error): cut the text at a line,
    // keeping the note, the closing line and the marker.
    const tail = closing(h, true);
    const head = (0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingLinesWithin */ .Jd)(opening(h, at, runUrl, 0).join('\n'), maxBytes - (0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(tail) - 1);
    return `${head}\n${tail}`;
}
/** The body with the first `driftRows` rows of the drift table. */
function assemble(h, at, runUrl, driftRows) {
    const cut = driftRows < (h.drift?.rows.length ?? 0);
    return [...opening(h, at, runUrl, driftRows), closing(h, cut)].join('\n');
}
function opening(h, at, runUrl, driftRows) {
    const lines = [
        `## ${h.model} ${h.version} in ${h.stage}: ${h.healthy ? 'healthy again' : 'needs attention'}`,
        '',
        `Checked ${at}${runUrl ? ` in [this run](${runUrl})` : ''}.`,
        ''
    ];
    if (h.problems.length)
        lines.push(...h.problems.map(p => `- ❌ ${p}`), '');
    lines.push(...metricsSection(h), ...driftSection(h, driftRows));
    return lines;
}
/** The closing line and the marker, after the truncation note when the body was cut. */
function closing(h, truncated) {
    const lines = truncated
        ? ["> ✂ Truncated to fit GitHub's limit; the full report is in the job summary.", '']
        : [];
    lines.push(h.healthy
        ? 'Closed by modelgate: every check passes again.'
        : 'modelgate updates this issue on every failing run and closes it on the first healthy one.', '', (0,_monitoring_health_js__WEBPACK_IMPORTED_MODULE_1__/* .monitorMarker */ .t)(h.model));
    return lines.join('\n') + '\n';
}
function metricsSection(h) {
    if (!h.evaluation)
        return [];
    const out = ['### Metrics on fresh data', ''];
    if (h.evaluation.error)
        return [...out, `The evaluation failed: ${h.evaluation.error}`, ''];
    const rows = h.evaluation.metrics.map(m => [
        m.metric,
        m.recorded === undefined ? '—' : num(m.recorded),
        num(m.fresh),
        m.delta === undefined ? '—' : signed(m.delta),
        `${!m.healthy ? '❌' : m.judged ? '✅' : 'ℹ️'} ${m.reason}`
    ]);
    return [...out, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['metric', 'recorded', 'now', 'Δ', 'verdict'], rows), ''];
}
function driftSection(h, shown) {
    if (!h.drift)
        return [];
    const d = h.drift;
    const rows = [...d.rows]
        .sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.psi - a.psi)
        .slice(0, shown)
        .map(r => [
        r.column,
        r.kind,
        num(r.psi),
        r.ks ? num(r.ks.d) : '—',
        r.ks ? `${pValue(r.ks.p)} / ${pValue(r.ks.pAdjusted)}` : '—',
        r.drifted ? `❌ ${r.why}` : '✅'
    ]);
    return [
        '### Feature drift',
        '',
        `\`${d.reference}\` (reference) vs ${d.current.map(c => `\`${c}\``).join(', ')} (current); a column drifts when PSI > ${d.psi} or its Holm-adjusted KS p-value < ${d.ksAlpha}.`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['column', 'type', 'PSI', 'KS D', 'p / Holm p', 'drifted'], rows),
        ...(d.rows.length > shown
            ? ['', `… and ${d.rows.length - shown} more columns in the job summary`]
            : []),
        ''
    ];
}
function num(x) {
    return Number.isInteger(x) ? String(x) : x.toPrecision(4);
}
function signed(x) {
    return `${x >= 0 ? '+' : ''}${num(x)}`;
}
function pValue(p) {
    return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2);
}


/***/ })

};
