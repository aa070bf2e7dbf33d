export const id = 779;
export const ids = [779];
export const modules = {

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

/***/ 46779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateView: () => (/* binding */ validateView)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97402);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99513);



/** Models in the summary's stage table; --json holds every one. */
const SUMMARY_ROWS = 500;
function validateView({ result, diagnostics }) {
    const errors = diagnostics.filter(d => d.severity === 'error');
    const { files } = result;
    const valid = errors.length === 0;
    const validated = valid
        ? `✔ ${result.manifest} is valid: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(result.models, 'model')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(result.versions, 'version')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(files?.files ?? 0, 'file')} verified${files?.lfsPointers ? ` (${files.lfsPointers} by Git LFS pointer)` : ''}`
        : `✖ ${result.manifest}: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(errors.length, 'error')}`;
    const text = result.gate ? [validated, ...gateLines(result.gate)].join('\n') : validated;
    const parts = [
        ...(result.gate ? gateSummary(result.gate) : []),
        `## modelgate validate`,
        '',
        validated,
        ''
    ];
    if (result.stageNames) {
        const columns = result.stageNames;
        const names = Object.keys(result.stages);
        const { shown, note } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capped */ .uo)(names, SUMMARY_ROWS);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['model', ...columns], shown.map(name => [name, ...columns.map(c => (result.stages[name][c] ?? []).join(', '))])), '');
        if (note)
            parts.push(note, '');
    }
    if (diagnostics.length) {
        const { shown, note } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capped */ .uo)(diagnostics, 200);
        parts.push('### Problems', '', ...shown.map(d => `- \`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\``));
        if (note)
            parts.push('', note);
    }
    return { text, summary: parts.join('\n') };
}
/** The gate's decision, then where its status went. */
function gateLines(gate) {
    const lines = [
        `${gate.state === 'success' ? '✔' : '✖'} modelgate/gates: ${gate.state}: ${gate.description}`
    ];
    if (gate.status?.posted)
        lines.push(`  posted on ${gate.status.sha}`);
    else if (gate.status)
        lines.push(`  ${gate.status.reason}`);
    return lines;
}
/** The summary's head: the decision and the job that each result came from. */
function gateSummary(gate) {
    const count = (name) => name === 'plan' && gate.evaluations !== undefined
        ? ` (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(gate.evaluations, 'entry', 'entries')} planned)`
        : name === 'compare' && gate.comparisons !== undefined
            ? ` (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(gate.comparisons, 'candidate')})`
            : '';
    const parts = [`## modelgate/gates: ${gate.state}`, '', gate.description, ''];
    if (gate.jobs.length) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['job', 'result'], gate.jobs.map(j => [j.name, `${j.result}${count(j.name)}`])), '');
    }
    if (gate.status && !gate.status.posted)
        parts.push(`> ${gate.status.reason}`, '');
    return parts;
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


/***/ })

};
