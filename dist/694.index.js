export const id = 694;
export const ids = [694];
export const modules = {

/***/ 23581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ MAX_JOBS),
/* harmony export */   Kn: () => (/* binding */ buildMatrix),
/* harmony export */   WL: () => (/* binding */ formatEntry)
/* harmony export */ });
/**
 * The job matrix `plan` hands to a workflow (SPEC §3): one job per entry,
 * `{"include":[{"model","version"}…]}`; past GitHub's 256 jobs per matrix,
 * entries are grouped per job as `{"entries":"m@v,m@v,…"}` (what
 * `evaluate --entries` reads), in at most 256 jobs of nearly equal size.
 */
/** GitHub Actions runs at most 256 jobs per matrix. */
const MAX_JOBS = 256;
function buildMatrix(entries, maxJobs = MAX_JOBS) {
    if (entries.length <= maxJobs) {
        return {
            include: entries.map(e => ({
                model: e.model,
                version: e.version,
                ...(e.cached ? { cached: true } : {})
            }))
        };
    }
    // Consecutive runs keep a model's entries together (one shard read per job), and sizes
    // differ by one at most, so no job waits on a long tail.
    const size = Math.floor(entries.length / maxJobs);
    const extra = entries.length % maxJobs;
    const include = [];
    let at = 0;
    for (let job = 0; job < maxJobs; job++) {
        const n = size + (job < extra ? 1 : 0);
        include.push({
            entries: entries
                .slice(at, at + n)
                .map(formatEntry)
                .join(',')
        });
        at += n;
    }
    return { include };
}
/** `model@version`, as `evaluate --entries` parses it (a model name has no `@`). */
function formatEntry(e) {
    return `${e.model}@${e.version}`;
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

/***/ 9694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planView: () => (/* binding */ planView)
/* harmony export */ });
/* harmony import */ var _evaluation_plan_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23581);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97402);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99513);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83213);




const TEXT_ROWS = 50;
const SUMMARY_ROWS = 500;
const WHY = {
    all: 'not archived',
    new: 'new version',
    files: 'files changed',
    policy: 'model policy changed',
    inputs: 'evaluation code or data changed',
    benchmark: 'benchmark copy (for the comparison)'
};
const COLUMNS = ['model', 'version', 'stage', 'why'];
function planView({ result }) {
    const { entries, matrix } = result;
    const head = headline(result);
    const parts = ['## modelgate plan', '', head, ''];
    if (entries.length) {
        const { shown, note } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .capped */ .uo)(entries, SUMMARY_ROWS);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(COLUMNS, shown.map(row)), '');
        if (note)
            parts.push(note, '');
    }
    if (matrix.include.some(job => 'entries' in job)) {
        parts.push(`More than ${_evaluation_plan_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JOBS */ .Eu} entries: grouped into ${matrix.include.length} jobs, each evaluating a list such as \`${(0,_evaluation_plan_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(entries[0])},…\` with \`evaluate --entries\`.`);
    }
    return { text: [head, ...textLines(entries)].join('\n'), summary: parts.join('\n') };
}
function headline({ base, baseRef, head, entries, matrix, cached }) {
    const scope = base
        ? `changed between ${baseRef} (${base.slice(0, 12)}) and ${head ?? 'the checkout'}`
        : 'every version not archived (no base)';
    return entries.length === 0
        ? `plan: nothing to evaluate (${scope})`
        : `plan: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(entries.length, 'entry', 'entries')} in ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(matrix.include.length, 'job')}${cached ? `, ${cached} cached` : ''} (${scope})`;
}
function textLines(entries) {
    if (!entries.length)
        return [];
    const { shown, note } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .capped */ .uo)(entries, TEXT_ROWS);
    const lines = (0,_text_table_js__WEBPACK_IMPORTED_MODULE_3__/* .textTable */ .e)([COLUMNS, ...shown.map(row)]);
    return note ? [...lines, note] : lines;
}
function row(e) {
    return [e.model, e.version, e.stage, `${WHY[e.reason]}${e.cached ? '; cached' : ''}`];
}


/***/ }),

/***/ 99513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** `3 models`, `1 model`; `many` for irregular plurals. */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
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
