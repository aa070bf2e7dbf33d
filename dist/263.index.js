export const id = 263;
export const ids = [263];
export const modules = {

/***/ 61263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initView: () => (/* binding */ initView)
/* harmony export */ });
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99513);

const GITIGNORE_WORDS = {
    created: '.gitignore created with .modelgate/',
    appended: '.modelgate/ added to .gitignore',
    present: '.gitignore already ignores .modelgate/',
    unchanged: '.gitignore unchanged'
};
function initView({ result }) {
    const facts = [
        `stages: ${result.stages.join(' → ')}`,
        `benchmark: ${result.benchmark ? `${result.benchmark.folder}/ (the copy of ${result.benchmark.copyOf})` : 'none'}`,
        `archive: ${result.archive}/`,
        ...result.models.map(m => `${m.name}: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(m.versions, 'version')}, ${m.files ? `files ${m.files.join(', ')}` : 'each version with its own files'}`),
        ...result.notes.map(n => `note: ${n}`)
    ];
    const found = `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(result.models.length, 'model')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(result.versions, 'version')}`;
    if (!result.written) {
        const text = [
            result.text.trimEnd(),
            '',
            `# modelgate init --dry-run: ${result.manifest} not written (${found})`,
            ...result.notes.map(n => `# note: ${n}`)
        ].join('\n');
        return {
            text,
            summary: [
                `## modelgate init (dry run): ${result.manifest}, ${found}`,
                '',
                '```yaml',
                result.text.trimEnd(),
                '```'
            ].join('\n')
        };
    }
    const headline = `✔ wrote ${result.manifest}: ${found}; no file was moved or changed`;
    return {
        text: [
            headline,
            ...facts.map(f => `  ${f}`),
            `  ${GITIGNORE_WORDS[result.gitignore]}`,
            '',
            `Next: add gates and metric policies, run modelgate validate --manifest ${result.manifest}, and commit it with .gitignore.`
        ].join('\n'),
        summary: [`## modelgate init: ${headline}`, '', ...facts.map(f => `- ${f}`)].join('\n')
    };
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
