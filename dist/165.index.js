export const id = 165;
export const ids = [165];
export const modules = {

/***/ 51165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compare: () => (/* binding */ compare)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22541);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77936);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19994);
/**
 * `compare` (SPEC §3–4): the candidate against the benchmark copy under the
 * model's metric policy; decision `pass` or `fail` with a reason per metric.
 * Recipe: load → gather results → decide → report.
 */




async function compare(settings, ctx) {
    const reg = await (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSoundRegistry */ .L)(settings.manifest, ctx.env, settings.model);
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .findModel */ .P)(reg, settings.model);
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`model "${settings.model}" is not in the registry`);
    // version, candidate-results, benchmark-results and output-dir, as the settings have them.
    const inputs = await (0,_evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .gatherComparison */ .$6)(reg, { ...settings, model });
    for (const w of inputs.warnings)
        ctx.log.warning(w);
    const comparison = (0,_evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .decideComparison */ .Ed)(model, inputs);
    return {
        command: 'compare',
        ok: comparison.decision === 'pass',
        decision: comparison.decision,
        diagnostics: [],
        result: {
            model: model.name,
            candidate: { version: inputs.candidate.version, results: inputs.candidateFile },
            benchmark: inputs.benchmark
                ? {
                    version: inputs.benchmark.version,
                    source: inputs.benchmark.source,
                    results: inputs.benchmark.file
                }
                : null,
            ...comparison,
            warnings: inputs.warnings
        },
        outputs: {},
        exitCode: comparison.decision === 'pass' ? 0 : 1
    };
}


/***/ }),

/***/ 77936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ findModel),
/* harmony export */   W: () => (/* binding */ someModelNames)
/* harmony export */ });
function findModel(reg, name) {
    return reg.models.find(m => m.name === name);
}
/** The first `max` model names, for a message about a model that is not there; 'none' when empty. */
function someModelNames(reg, max = 20) {
    return (reg.models
        .map(m => m.name)
        .slice(0, max)
        .join(', ') || 'none');
}


/***/ })

};
