export const id = 42;
export const ids = [42];
export const modules = {

/***/ 36161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ compareMetrics),
/* harmony export */   s: () => (/* binding */ noBenchmarkWords)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98775);

const NO_BENCHMARK = 'no benchmark yet';
const BENCHMARK_OFF = 'no benchmark (benchmark: false)';
/** What stands where there is no benchmark: "no benchmark yet", or why there never is one. */
function noBenchmarkWords(benchmarkOff) {
    return benchmarkOff ? BENCHMARK_OFF : NO_BENCHMARK;
}
const NEEDS_PAIRED_PREDICTIONS = 'significance test needs predictions of candidate and benchmark on the same examples';
function compareMetrics(input) {
    const primary = input.compare?.primary ?? [];
    const names = [...Object.keys(input.policy), ...primary.filter(p => !(p in input.policy))];
    const metrics = names.map(name => compareOne(name, primary.includes(name), input));
    const failed = metrics.filter(m => m.verdict === 'fail');
    const hasBenchmark = input.benchmark !== undefined;
    const reasons = [];
    if (!hasBenchmark) {
        reasons.push(`${noBenchmarkWords(input.benchmarkOff)}: only the thresholds were checked`);
    }
    else if (primary.length === 0) {
        reasons.push('no primary metric (compare.primary): only thresholds and guardrails were checked');
    }
    if (failed.length > 0) {
        for (const m of failed) {
            for (const c of m.checks)
                if (c.verdict === 'fail')
                    reasons.push(c.reason);
        }
    }
    else {
        const shown = hasBenchmark ? metrics.filter(m => m.role === 'primary') : [];
        const info = metrics.filter(m => m.verdict === 'info').length;
        if (shown.length > 0)
            reasons.push(...shown.map(m => m.reason));
        else if (info === 0)
            reasons.push(`all ${metrics.length} metrics pass`);
        else
            reasons.push(`all ${metrics.length - info} judged metrics pass (${info} for information only)`);
    }
    return {
        decision: failed.length > 0 ? 'fail' : 'pass',
        metrics,
        reasons,
        hasBenchmark,
        ...(input.benchmarkOff ? { benchmarkOff: true } : {})
    };
}
function compareOne(name, isPrimary, input) {
    const policy = input.policy[name];
    const role = isPrimary
        ? 'primary'
        : policy?.tolerance !== undefined || policy?.maxRegression !== undefined
            ? 'guardrail'
            : 'threshold-only';
    const row = { name, role, checks: [] };
    const checks = row.checks;
    const done = () => finish(row);
    if (policy === undefined) {
        checks.push(fail('value', `${name} is a primary metric but has no policy with a goal`));
        return done();
    }
    row.goal = policy.goal;
    if (policy.min !== undefined || policy.max !== undefined) {
        row.threshold = {
            ...(policy.min !== undefined && { min: policy.min }),
            ...(policy.max !== undefined && { max: policy.max })
        };
    }
    const candidate = input.candidate[name];
    const candidateProblem = valueProblem(name, candidate, "the candidate's");
    if (candidateProblem) {
        checks.push(fail('value', candidateProblem));
        return done();
    }
    row.candidate = candidate;
    checkThresholds(name, candidate, policy, checks);
    if (input.benchmark === undefined) {
        if (role !== 'threshold-only') {
            checks.push(pass('value', `${name}: ${noBenchmarkWords(input.benchmarkOff)}`));
        }
        return done();
    }
    const benchmark = input.benchmark[name];
    const benchmarkProblem = valueProblem(name, benchmark, "the benchmark's");
    if (benchmarkProblem) {
        // Only a rule that needs the benchmark value fails on it.
        if (role !== 'threshold-only')
            checks.push(fail('value', benchmarkProblem));
        return done();
    }
    row.benchmark = benchmark;
    row.delta = candidate - benchmark;
    if (benchmark !== 0)
        row.deltaPct = (row.delta / Math.abs(benchmark)) * 100;
    if (role === 'primary') {
        checks.push(improvementCheck(name, policy, candidate, benchmark, row.deltaPct));
        const alpha = input.compare?.significance;
        if (alpha !== undefined) {
            const evidence = input.evidence?.[name];
            if (evidence !== undefined && 'pValue' in evidence) {
                row.pValue = evidence.pValue;
                if (evidence.ci)
                    row.ci = evidence.ci;
            }
            checks.push(significanceCheck(name, alpha, evidence));
        }
    }
    else if (role === 'guardrail') {
        checks.push(...guardrailChecks(name, policy, candidate, benchmark));
    }
    return done();
}
function finish(row) {
    const failing = row.checks.filter(c => c.verdict === 'fail');
    // No rule judged it: shown for information, never as a pass.
    const verdict = failing.length > 0 ? 'fail' : row.checks.length > 0 ? 'pass' : 'info';
    const shown = verdict === 'fail' ? failing : row.checks;
    const reason = shown.length > 0
        ? shown.map(c => c.reason).join('; ')
        : `${row.name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(row.candidate)} (no threshold)`;
    return { ...row, verdict, reason };
}
function valueProblem(name, value, whose) {
    if (value === undefined)
        return `${name} is missing from ${whose} metrics`;
    if (typeof value !== 'number')
        return `${name} in ${whose} metrics is not a number`;
    if (Number.isNaN(value))
        return `${name} is NaN in ${whose} metrics`;
    if (!Number.isFinite(value))
        return `${name} is infinite in ${whose} metrics`;
    return undefined;
}
function checkThresholds(name, value, policy, checks) {
    const v = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value);
    if (policy.min !== undefined) {
        const min = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(policy.min);
        checks.push(value >= policy.min
            ? pass('min', `${name} ${v} ≥ min ${min}`)
            : fail('min', `${name} ${v} < min ${min}`));
    }
    if (policy.max !== undefined) {
        const max = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(policy.max);
        checks.push(value <= policy.max
            ? pass('max', `${name} ${v} ≤ max ${max}`)
            : fail('max', `${name} ${v} > max ${max}`));
    }
}
/**
 * Differences of two decimals carry rounding error (0.914 − 0.912 is
 * 0.0020000000000000018); without a little slack a candidate that improves
 * by exactly minDelta, or ties, could fail on the last bit.
 */
function slack(a, b) {
    return 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}
function improvementCheck(name, policy, candidate, benchmark, deltaPct) {
    const delta = candidate - benchmark;
    const improvement = policy.goal === 'maximize' ? delta : -delta;
    const byAbsolute = policy.minDelta ?? 0;
    const byRelative = (policy.minRelDelta ?? 0) * Math.abs(benchmark);
    const required = Math.max(byAbsolute, byRelative);
    const ok = improvement >= required - slack(candidate, benchmark);
    const change = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(delta)}${deltaPct === undefined ? '' : ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPercent */ .h9)(deltaPct)})`}`;
    const direction = policy.goal === 'maximize' ? '≥' : '≤';
    const needed = required === 0 ? '0' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(policy.goal === 'maximize' ? required : -required);
    const relNote = policy.minRelDelta !== undefined && byRelative >= byAbsolute && required !== 0
        ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFractionAsPercent */ .$r)(policy.minRelDelta)} of the benchmark)`
        : '';
    const reason = `${name} ${change} vs benchmark ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(benchmark)}, needs ${direction} ${needed}${relNote}`;
    return ok ? pass('improvement', reason) : fail('improvement', reason);
}
function significanceCheck(name, alpha, evidence) {
    if (evidence === undefined)
        return fail('significance', `${name}: ${NEEDS_PAIRED_PREDICTIONS}`);
    if ('unavailable' in evidence) {
        return fail('significance', `${name}: no significance test: ${evidence.unavailable}`);
    }
    const p = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(evidence.pValue);
    const a = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(alpha);
    if (!(evidence.pValue >= 0 && evidence.pValue <= 1)) {
        return fail('significance', `${name}: the significance test gave no valid p-value (${p})`);
    }
    return evidence.pValue < alpha
        ? pass('significance', `${name} improvement is significant: ${p} < ${a} (${evidence.method})`)
        : fail('significance', `${name} improvement is not significant: ${p} ≥ ${a} (${evidence.method})`);
}
function guardrailChecks(name, policy, candidate, benchmark) {
    const checks = [];
    const maximize = policy.goal === 'maximize';
    const within = (limit) => maximize
        ? candidate >= limit - slack(candidate, limit)
        : candidate <= limit + slack(candidate, limit);
    const c = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(candidate);
    const b = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(benchmark);
    if (policy.tolerance !== undefined) {
        const allowed = policy.tolerance * Math.abs(benchmark);
        const limit = maximize ? benchmark - allowed : benchmark + allowed;
        const tol = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFractionAsPercent */ .$r)(policy.tolerance);
        checks.push(within(limit)
            ? pass('tolerance', `${name} ${c} within tolerance ${tol} of ${b}`)
            : fail('tolerance', `${name} ${c} is worse than ${b} by more than the tolerance ${tol} (limit ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(limit)})`));
    }
    if (policy.maxRegression !== undefined) {
        const limit = maximize ? benchmark - policy.maxRegression : benchmark + policy.maxRegression;
        const mr = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(policy.maxRegression);
        checks.push(within(limit)
            ? pass('maxRegression', `${name} ${c} within maxRegression ${mr} of ${b}`)
            : fail('maxRegression', `${name} ${c} is worse than ${b} by more than maxRegression ${mr} (limit ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(limit)})`));
    }
    return checks;
}
function pass(rule, reason) {
    return { rule, verdict: 'pass', reason };
}
function fail(rule, reason) {
    return { rule, verdict: 'fail', reason };
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

/***/ 58042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareView: () => (/* binding */ compareView)
/* harmony export */ });
/* harmony import */ var _policy_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36161);
/* harmony import */ var _comparison_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58651);


function compareView({ result }) {
    const { benchmark } = result;
    const versus = benchmark
        ? `benchmark ${benchmark.version}${benchmark.source === 'recorded' ? ' (recorded metrics)' : ''}`
        : (0,_policy_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .noBenchmarkWords */ .s)(result.benchmarkOff);
    const headline = `${result.decision === 'pass' ? '✔ pass' : '✖ fail'}: ${result.model} ${result.candidate.version} vs ${versus}`;
    const failing = result.metrics.filter(m => m.verdict === 'fail').map(m => `  ✖ ${m.reason}`);
    return {
        text: [headline, '', (0,_comparison_table_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonText */ .VF)(result), ...(failing.length ? ['', ...failing] : [])].join('\n'),
        summary: [
            `## modelgate compare: ${headline}`,
            '',
            ...result.warnings.map(w => `> ⚠️ ${w}`),
            '',
            (0,_comparison_table_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonMarkdown */ .vR)(result)
        ].join('\n')
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
