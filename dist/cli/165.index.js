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
/* harmony import */ var _policy_comparison_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75744);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77936);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19994);
/**
 * `compare` (SPEC §3–4): the candidate against the benchmark copy under the
 * model's metric policy; decision `pass` or `fail` with a reason per metric.
 * Recipe: load → gather results → decide → report.
 */





async function compare(settings, ctx) {
    if (!settings.model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('compare needs "model" (and "version", or "candidate-results")');
    const reg = await (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSoundRegistry */ .L)(settings.manifest, ctx.env, settings.model);
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .findModel */ .P)(reg, settings.model);
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`model "${settings.model}" is not in the registry`);
    const inputs = await (0,_evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .gatherComparison */ .$6)(reg, {
        model,
        version: settings.version,
        outputDir: settings.outputDir,
        candidateResults: settings.candidateResults,
        benchmarkResults: settings.benchmarkResults
    });
    for (const w of inputs.warnings)
        ctx.log.warning(w);
    const comparison = (0,_evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .decideComparison */ .Ed)(model, inputs);
    const versus = inputs.benchmark
        ? `benchmark ${inputs.benchmark.version}${inputs.benchmark.source === 'recorded' ? ' (recorded metrics)' : ''}`
        : 'no benchmark yet';
    const headline = `${comparison.decision === 'pass' ? '✔ pass' : '✖ fail'}: ${model.name} ${inputs.candidate.version} vs ${versus}`;
    const failing = comparison.metrics.filter(m => m.verdict === 'fail').map(m => `  ✖ ${m.reason}`);
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
        text: [
            headline,
            '',
            (0,_policy_comparison_table_js__WEBPACK_IMPORTED_MODULE_4__/* .comparisonText */ .VF)(comparison),
            ...(failing.length ? ['', ...failing] : [])
        ].join('\n'),
        summary: [
            `## modelgate compare: ${headline}`,
            '',
            ...inputs.warnings.map(w => `> ⚠️ ${w}`),
            '',
            (0,_policy_comparison_table_js__WEBPACK_IMPORTED_MODULE_4__/* .comparisonMarkdown */ .vR)(comparison)
        ].join('\n'),
        outputs: {},
        exitCode: comparison.decision === 'pass' ? 0 : 1
    };
}


/***/ }),

/***/ 75744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ comparisonText),
/* harmony export */   vR: () => (/* binding */ comparisonMarkdown)
/* harmony export */ });
/* unused harmony exports COMPARISON_HEADER, comparisonRows */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98775);

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
function comparisonRows(c) {
    return c.metrics.map(row);
}
function row(m) {
    const role = m.role === 'primary' ? ' (primary)' : m.role === 'guardrail' ? ' (guardrail)' : '';
    return [
        `${m.name}${role}`,
        m.goal ?? '—',
        m.benchmark === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.benchmark),
        m.candidate === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.candidate),
        m.delta === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.delta),
        m.deltaPct === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPercent */ .h9)(m.deltaPct),
        evidence(m),
        m.verdict === 'pass' ? '✅ pass' : '❌ fail'
    ];
}
function evidence(m) {
    const parts = [];
    if (m.ci)
        parts.push(`[${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.ci[0])}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.ci[1])}]`);
    if (m.pValue !== undefined)
        parts.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(m.pValue));
    return parts.join(' ') || '—';
}
function comparisonMarkdown(c) {
    const esc = (s) => s.replace(/\|/g, '\\|');
    const lines = [
        `| ${COMPARISON_HEADER.join(' | ')} |`,
        `| ${COMPARISON_HEADER.map((_, i) => (i >= 2 && i <= 5 ? '---:' : '---')).join(' | ')} |`,
        ...comparisonRows(c).map(r => `| ${r.map(esc).join(' | ')} |`)
    ];
    const reasons = c.metrics.filter(m => m.verdict === 'fail').map(m => `- ❌ ${m.reason}`);
    return [...lines, '', ...(reasons.length ? reasons : c.reasons.map(r => `- ${r}`))].join('\n');
}
function comparisonText(c) {
    const rows = [
        COMPARISON_HEADER,
        ...comparisonRows(c).map(r => [...r.slice(0, 7), r[7].replace(/^[✅❌] /, '')])
    ];
    const widths = COMPARISON_HEADER.map((_, i) => Math.max(...rows.map(r => r[i].length)));
    const fmt = (r) => r
        .map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return rows.map(fmt).join('\n');
}


/***/ })

};
