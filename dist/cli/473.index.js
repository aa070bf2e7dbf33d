export const id = 473;
export const ids = [473];
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

/***/ 5473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveView: () => (/* binding */ resolveView)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97402);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83213);


function resolveView({ result }) {
    const { model, stage, versions } = result;
    const head = `## modelgate resolve: ${model} in ${stage}`;
    if (versions.length === 0) {
        const none = `no version of ${model} is in ${stage}`;
        return { text: none, summary: [head, '', none].join('\n') };
    }
    const text = (0,_text_table_js__WEBPACK_IMPORTED_MODULE_0__/* .textTable */ .e)(versions.map(v => [v.version, `${v.traffic}%`, Object.values(v.files).join('  ')]), [1]);
    const rows = versions.map(v => [
        v.version,
        `${v.traffic}%`,
        Object.values(v.files)
            .map(p => `\`${p}\``)
            .join(', ')
    ]);
    return {
        text: text.join('\n'),
        summary: [head, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['version', 'traffic', 'files'], rows, [1])].join('\n')
    };
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
