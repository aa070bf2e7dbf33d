export const id = 307;
export const ids = [307];
export const modules = {

/***/ 307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compare: () => (/* binding */ compare)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92174);
/* harmony import */ var _evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75617);
/* harmony import */ var _present_comparison_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22797);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23662);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28468);
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
            (0,_present_comparison_table_js__WEBPACK_IMPORTED_MODULE_4__/* .comparisonText */ .VF)(comparison),
            ...(failing.length ? ['', ...failing] : [])
        ].join('\n'),
        summary: [
            `## modelgate compare: ${headline}`,
            '',
            ...inputs.warnings.map(w => `> ⚠️ ${w}`),
            '',
            (0,_present_comparison_table_js__WEBPACK_IMPORTED_MODULE_4__/* .comparisonMarkdown */ .vR)(comparison)
        ].join('\n'),
        outputs: {},
        exitCode: comparison.decision === 'pass' ? 0 : 1
    };
}


/***/ }),

/***/ 28468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ loadSoundRegistry),
/* harmony export */   b: () => (/* binding */ requireSound)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92174);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62114);
/* harmony import */ var _registry_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77118);
/**
 * Loading the registry for a command other than `validate`: the manifest must
 * be sound (schema and rules) before anything acts on it; file digests are
 * left to `validate` and to each command's own checks.
 */



async function loadSoundRegistry(manifestPath, env, onlyModel) {
    return requireSound(await (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRegistry */ .Ag)({ manifestPath, onlyModel, env }));
}
/** The loaded registry, or the refusal naming the first error (a registry read from git too). */
function requireSound(loaded) {
    const diagnostics = [
        ...loaded.diagnostics,
        ...(loaded.registry ? (0,_registry_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRules */ .M)(loaded.registry) : [])
    ];
    const errors = diagnostics.filter(d => d.severity === 'error');
    if (errors.length || !loaded.registry) {
        const first = errors[0] ? `: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(errors[0])}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`the registry ${loaded.manifest.relPath} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}; run validate)${first}`, errors);
    }
    return loaded.registry;
}


/***/ }),

/***/ 94113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ formatFractionAsPercent),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   h9: () => (/* binding */ formatSignedPercent),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/**
 * Number formatting for comparison reasons and tables. Metrics range from
 * 0.9213 (accuracy) to 31 (latency in ms) to 1.2e-5 (a loss), so values are
 * shown with a fixed number of significant digits rather than decimals, and
 * without trailing zeros ("33", not "33.00").
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
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}


/***/ }),

/***/ 22797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ comparisonText),
/* harmony export */   vR: () => (/* binding */ comparisonMarkdown)
/* harmony export */ });
/* unused harmony exports COMPARISON_HEADER, comparisonRows */
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94113);

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
        m.benchmark === undefined ? '—' : (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.benchmark),
        m.candidate === undefined ? '—' : (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.candidate),
        m.delta === undefined ? '—' : (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.delta),
        m.deltaPct === undefined ? '—' : (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPercent */ .h9)(m.deltaPct),
        evidence(m),
        m.verdict === 'pass' ? '✅ pass' : '❌ fail'
    ];
}
function evidence(m) {
    const parts = [];
    if (m.ci)
        parts.push(`[${(0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.ci[0])}, ${(0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.ci[1])}]`);
    if (m.pValue !== undefined)
        parts.push((0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(m.pValue));
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


/***/ }),

/***/ 23662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ findModel)
/* harmony export */ });
function findModel(reg, name) {
    return reg.models.find(m => m.name === name);
}


/***/ })

};
