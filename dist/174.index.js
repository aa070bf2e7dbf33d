export const id = 174;
export const ids = [174];
export const modules = {

/***/ 38985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ additionsOf),
/* harmony export */   v: () => (/* binding */ movesFile)
/* harmony export */ });
/** True for a move of one file (a name changes on the way), false for a whole folder. */
function movesFile(move) {
    return move.kind === 'file';
}
/** The files a plan adds: a registration's, none for the other kinds. */
function additionsOf(plan) {
    return plan.kind === 'register' ? plan.additions : [];
}


/***/ }),

/***/ 88313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   O3: () => (/* binding */ wordingOf),
/* harmony export */   p6: () => (/* binding */ humanBytes)
/* harmony export */ });
/* unused harmony export WORDING */
/* harmony import */ var _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45838);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);
/**
 * How each kind of change is named, in one table: its branch, commit
 * subject, pull request title, the one-line headline the CLI and the job
 * summary print, the PR body's heading, what the body says where there is
 * no comparison, the role its version plays in the metric chart, and how
 * each move reads. Planners, the command tail and the PR body all read it,
 * so a kind's words never drift apart between files.
 */


const WORDING = {
    promote: {
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.promote(p.model, p.to),
        subject: p => `Promote ${p.model} ${p.version} from ${p.from} to ${p.to}`,
        title: p => `Promote ${p.model} ${p.version}: ${p.from} → ${p.to}`,
        headline: entering,
        heading: p => [`Promote **${p.model} ${p.version}**: ${p.from} → ${p.to}`],
        notCompared: (_p, stage) => noCompareGate(stage),
        role: 'candidate',
        move: movedOrReplaced
    },
    rollout: {
        // The same branch as the promotion: each step replaces the last one's pull request.
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.promote(p.model, p.to),
        // The commit and the PR say the same.
        subject: p => rolloutStep(p),
        title: p => rolloutStep(p),
        headline: entering,
        heading: (p, context) => rolloutHeading(p, context),
        notCompared: (_p, stage) => noCompareGate(stage),
        role: 'candidate',
        move: (m, p) => m.reason === 'promote' && p.traffic.to < 100
            ? `enters ${p.to} at ${percent(p.traffic.to)} of traffic`
            : movedOrReplaced(m, p)
    },
    rollback: {
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.rollback(p.model),
        subject: p => p.traffic
            ? `Roll back the rollout of ${p.model} ${p.rolledBackFrom} in ${p.to} (${percent(p.traffic.from)}): all traffic to ${p.version}`
            : `Roll back ${p.model} from ${p.rolledBackFrom} to ${p.version}`,
        title: p => p.traffic
            ? `Roll back the rollout of ${p.model} ${p.rolledBackFrom} (${percent(p.traffic.from)}): all traffic to ${p.version}`
            : `Roll back ${p.model} to ${p.version}: ${p.rolledBackFrom} → ${p.from}`,
        headline: p => `${p.model} ${p.to}: ${p.rolledBackFrom} → ${p.version}`,
        heading: p => rollbackHeading(p),
        notCompared: p => p.traffic
            ? `Not compared: stopping the rollout returns all traffic to ${p.version}, the version that serves ${p.to}.`
            : `Not compared: a rollback restores ${p.version}, a version that was in ${p.to} before.`,
        role: 'restored',
        move: (m, p) => commonMove(m, p.to) ??
            (p.traffic
                ? `archived (rollout stopped; all traffic to ${p.version})`
                : `archived (rolled back to ${p.version})`)
    },
    register: {
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.register(p.model, p.version),
        subject: p => `Register ${p.model} ${p.version} in ${p.to}`,
        title: p => `Register ${p.model} ${p.version} in ${p.to}`,
        headline: entering,
        heading: p => registerHeading(p),
        notCompared: (p, _stage, later) => `Not compared: ${p.version} enters ${p.to}; ${whenCompared(later)}`,
        role: 'new',
        move: movedOrReplaced
    },
    retire: {
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.retire(p.model, p.version),
        subject: p => `Retire ${p.model} ${p.version} from ${p.from}`,
        title: p => `Retire ${p.model} ${p.version}: ${p.from} → ${p.to}`,
        headline: p => `${p.model} ${p.version}: ${p.from} → ${p.to} (retired)`,
        heading: p => retireHeading(p),
        notCompared: p => `Not compared: a retirement withdraws ${p.version} from ${p.from}; nothing takes its place.`,
        role: 'retired',
        move: movedOrReplaced
    }
};
function wordingOf(kind) {
    return WORDING[kind];
}
/** A traffic share as titles and commit subjects show it: `10%`, `0% (shadow)`. */
function percent(traffic) {
    return traffic === 0 ? '0% (shadow)' : `${traffic}%`;
}
/** The headline of a version entering a stage: `breast-cancer 1.2.0 → production`. */
function entering(p) {
    return `${p.model} ${p.version} → ${p.to}`;
}
/** When a registered version meets the benchmark, as this registry has it. */
function whenCompared(later) {
    if (!later)
        return 'the comparison with the benchmark is a gate of a later stage.';
    if (later.benchmarkOff) {
        return 'this registry keeps no benchmark copy (`benchmark: false`), so no stage compares with one.';
    }
    return later.stage
        ? `the comparison with the benchmark is a gate of ${later.stage}.`
        : 'no stage of this registry compares with the benchmark (no `compare: benchmark` gate).';
}
function noCompareGate(stage) {
    return `Stage ${stage.name} has no compare gate: the candidate is not compared.`;
}
/** A rollout step's commit subject and PR title. */
function rolloutStep(p) {
    return `Roll out ${p.model} ${p.version} in ${p.to}: ${before(p)} → ${percent(p.traffic.to)}`;
}
/** A move as every kind but a rollback words it: the version that enters replaces the archived one. */
function movedOrReplaced(m, p) {
    return commonMove(m, p.to) ?? `archived (replaced by ${p.version})`;
}
/** The words of the moves that read the same in every kind; undefined for `archive`. */
function commonMove(m, to) {
    switch (m.reason) {
        case 'promote':
            return `promoted to ${to}`;
        case 'restore':
            return `restored to ${to}`;
        case 'retire':
            return 'retired: will not be promoted';
        case 'benchmark-refresh':
            return 'benchmark copy refreshed';
        case 'benchmark-remove':
            return 'old benchmark copy removed';
        case 'archive':
            return undefined;
    }
}
function before(p) {
    return p.traffic.from === undefined ? p.from : percent(p.traffic.from);
}
/** A rollout step: who serves what share of the stage's traffic after the merge. */
function rolloutHeading(p, { model, stage }) {
    const { to } = p.traffic;
    const incumbents = model.spec.versions
        .filter(v => v.stage === p.to && v.version !== p.version && (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .isLive */ .DG)(v))
        .map(v => `**${v.version}**`);
    const others = incumbents.length ? incumbents.join(', ') : 'no other version';
    const steps = stage.rollout?.steps ?? [];
    const next = steps.find(s => s > to);
    return [
        `## 🚦 Rollout of ${p.model} ${p.version} in ${p.to}: ${before(p)} → ${percent(to)}`,
        '',
        to >= 100
            ? `**${p.version}** takes all of ${p.to}'s traffic; capacity, archiving and the benchmark copy apply now (see below).`
            : `**${p.version}** serves ${percent(to)} of ${p.to}'s traffic; ${others} keeps the rest.`,
        '',
        `Steps: ${steps.map(s => (s === to ? `**${s}%**` : `${s}%`)).join(' → ')}` +
            (next === undefined
                ? ''
                : `. After this merges, promote ${p.version} to ${p.to} again for ${percent(next)}.`)
    ];
}
function rollbackHeading(p) {
    if (p.traffic) {
        return [
            `## ⏪ Rollback of the rollout of ${p.model} ${p.rolledBackFrom} in ${p.to}`,
            '',
            `**${p.rolledBackFrom}** (${percent(p.traffic.from)} of traffic) goes to the archive (rolled back); ` +
                `**${p.version}** keeps all of ${p.to}'s traffic.`
        ];
    }
    return [
        `## ⏪ Rollback of ${p.model} in ${p.to}`,
        '',
        `**${p.version}** returns from ${p.from} to ${p.to}; ` +
            `**${p.rolledBackFrom}** goes to ${p.from} (rolled back).`
    ];
}
/** A retirement: what leaves, that nothing replaces it, and why, quoted line by line. */
function retireHeading(p) {
    const reason = p.reason.trim();
    return [
        `## 🗄️ Retirement of ${p.model} ${p.version}`,
        '',
        `**${p.version}** leaves ${p.from} for ${p.to} (retired): ` +
            'it will not be promoted, and nothing replaces it.',
        ...(reason ? ['', '**Reason**', '', ...reason.split('\n').map(l => `> ${l}`.trimEnd())] : [])
    ];
}
/** A registration: the new version, its size, and where its bytes are stored. */
function registerHeading(p) {
    const own = p.additions.filter(a => !a.benchmarkCopy);
    const bytes = own.reduce((n, f) => n + f.size, 0);
    const count = own.length;
    const copy = own.length < p.additions.length ? ` Its benchmark copy replaces the current one.` : '';
    return [
        `## 🆕 Registration of ${p.model} ${p.version}`,
        '',
        `**${p.version}** enters ${p.to}: ${count} file${count === 1 ? '' : 's'}, ${humanBytes(bytes)}.${copy}`
    ];
}
/** Bytes as people read them: `512 B`, `1.5 KiB`, `200 MiB`. */
function humanBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
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

/***/ 45942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ mermaidLineChart)
/* harmony export */ });
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98775);

function mermaidLineChart({ title, yLabel, points }) {
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${quote(title)}`,
        `    x-axis [${points.map(p => quote(p.version)).join(', ')}]`,
        `    y-axis ${quote(yLabel)}`,
        `    line [${points.map(p => (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plainNumber */ .ku)(p.value)).join(', ')}]`,
        '```'
    ].join('\n');
}
/** Mermaid strings have no escapes: a double quote inside would end the string. */
function quote(text) {
    return `"${text
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/"/g, "'")}"`;
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

/***/ 85174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_BYTES: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   MOVES_KEPT_WHEN_TRUNCATED: () => (/* binding */ MOVES_KEPT_WHEN_TRUNCATED),
/* harmony export */   metricChart: () => (/* binding */ metricChart),
/* harmony export */   prTitle: () => (/* binding */ prTitle),
/* harmony export */   primaryMetric: () => (/* binding */ primaryMetric),
/* harmony export */   renderPrBody: () => (/* binding */ renderPrBody),
/* harmony export */   utf8Length: () => (/* reexport safe */ _byte_limit_js__WEBPACK_IMPORTED_MODULE_2__.wI)
/* harmony export */ });
/* harmony import */ var _charts_mermaid_xychart_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45942);
/* harmony import */ var _report_metric_series_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99576);
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98775);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97402);
/* harmony import */ var _comparison_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58651);
/* harmony import */ var _changes_change_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38985);
/* harmony import */ var _changes_wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88313);
/* harmony import */ var _byte_limit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84551);
/**
 * The promotion pull request's title and body (SPEC §5 step 5): what moves
 * where, the comparison with the benchmark, the target stage's checklist,
 * the candidate's lineage and a chart of the primary metric's history.
 * Pure: the caller opens or updates the PR with what this returns.
 *
 * Every kind of change gets the same body; what differs per kind (title,
 * heading, move wording, what stands where nothing was compared) comes from
 * the one wording table, changes/wording.ts. The "candidate" is the version
 * the plan is about: promoted, restored, registered or retired.
 *
 * GitHub rejects bodies over 65,536 characters, so the body is kept under
 * `maxBytes` by dropping the least useful parts first, with a note pointing
 * to the job summary; the footer always survives.
 */









const DEFAULT_MAX_BYTES = _byte_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .BODY_MAX_BYTES */ .c7;
/** Moves shown once the body is too large: the first ones are the promotion and archive. */
const MOVES_KEPT_WHEN_TRUNCATED = 50;
function prTitle(plan) {
    return (0,_changes_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .wordingOf */ .O3)(plan.kind).title(plan);
}
function renderPrBody(input) {
    const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
    const fits = (b) => (0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8Length */ .wI)(assemble(input, b)) <= maxBytes;
    const full = {
        chart: true,
        notes: true,
        moves: Infinity,
        comparisonRows: Infinity,
        truncated: false
    };
    if (fits(full))
        return assemble(input, full);
    // Least important first: the chart, then the notes, then the long tail of moves.
    const steps = [
        { ...full, chart: false, truncated: true },
        { ...full, chart: false, notes: false, truncated: true },
        { ...full, chart: false, notes: false, moves: MOVES_KEPT_WHEN_TRUNCATED, truncated: true }
    ];
    for (const b of steps)
        if (fits(b))
            return assemble(input, b);
    const last = steps[steps.length - 1];
    const rows = input.comparison?.metrics.length ?? 0;
    if (input.comparison && rows > 0) {
        // The most comparison rows that fit: the size grows with the row count, so bisect it.
        if (fits({ ...last, comparisonRows: 0 })) {
            const lo = (0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .largestFitting */ .oA)(rows - 1, n => fits({ ...last, comparisonRows: n }));
            return assemble(input, { ...last, comparisonRows: lo });
        }
    }
    // Still too large (a huge checklist or gate summary): cut the text itself, keeping the end.
    return hardCut(input, { ...last, comparisonRows: 0 }, maxBytes);
}
function assemble(input, b) {
    return [...sections(input, b), ...(b.truncated ? [truncationNote()] : []), footer(input)]
        .filter(s => s !== '')
        .join('\n\n')
        .concat('\n');
}
function sections(input, b) {
    return [
        headline(input),
        movesSection(input.plan, b.moves),
        comparisonSection(input, b.comparisonRows),
        checklistSection(input.stage),
        lineageSection(input, b.notes),
        b.chart ? historySection(input) : ''
    ];
}
function headline({ plan, model, stage }) {
    const lines = [
        ...(0,_changes_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .wordingOf */ .O3)(plan.kind).heading(plan, { model, stage }),
        '',
        `<sub>Plan: \`${plan.hash.slice(0, 12)}\`</sub>`
    ];
    if (model.spec.description)
        lines.push('', `> ${oneLine(model.spec.description)}`);
    if (model.spec.owners?.length) {
        // In code spans: the owners are requested as reviewers already, a mention would ping twice.
        lines.push('', `Owners: ${model.spec.owners.map(o => `\`${o}\``).join(', ')}`);
    }
    return lines.join('\n');
}
/** The new files of a registration: what is uploaded as a blob, what is an LFS pointer. */
function additionsSection(plan) {
    const rows = plan.additions.map(a => [
        `\`${a.path}\``,
        (0,_changes_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .humanBytes */ .p6)(a.size),
        `\`${a.digest.slice(0, 19)}…\``,
        a.lfs ? 'Git LFS pointer (push the object to LFS)' : 'git blob'
    ]);
    return ['### What is added', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['file', 'size', 'sha256', 'stored as'], rows)].join('\n');
}
function movesSection(plan, max) {
    if (plan.kind === 'register') {
        // A first stage that holds one version per model archives its occupant as the new one enters.
        const added = additionsSection(plan);
        return plan.moves.length ? [added, movesTable(plan, max)].join('\n\n') : added;
    }
    if (plan.moves.length === 0) {
        const share = plan.kind === 'rollout' ? `: \`traffic: ${plan.traffic.to}\`` : '';
        return `### What moves\n\nNo folder moves: only ${plan.version}'s entry in the manifest changes${share}.`;
    }
    return movesTable(plan, max);
}
function movesTable(plan, max) {
    const shown = plan.moves.slice(0, max);
    const rows = shown.map(m => [
        m.version,
        `\`${m.from}\``,
        m.to === null ? '—' : `\`${m.to}\``,
        (0,_changes_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .wordingOf */ .O3)(plan.kind).move(m, plan) + ((0,_changes_change_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .movesFile */ .v)(m) ? ` ${FILE_MARK}` : '')
    ]);
    const lines = ['### What moves', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['version', 'from', 'to', 'what happens'], rows)];
    const rest = plan.moves.length - shown.length;
    if (rest > 0)
        lines.push('', `… and ${rest} more moves`);
    if (plan.moves.some(_changes_change_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .movesFile */ .v))
        lines.push('', FILE_MOVES_NOTE);
    return lines.join('\n');
}
/** Marks a row that moves one file rather than a version's folder (issue #12). */
const FILE_MARK = '(one file)';
/** Under the table when files move one by one, so a reader knows why. */
const FILE_MOVES_NOTE = `_${FILE_MARK}: a layout puts the stage or the version in the file's name or path, so the version's files move one by one; other rows move a version's whole folder. Either way the same blobs land at the new paths, and no model byte is uploaded._`;
function comparisonSection(input, maxRows) {
    const lines = ['### Comparison with the benchmark', ''];
    const c = input.comparison;
    if (c) {
        const shown = c.metrics.slice(0, maxRows);
        lines.push((0,_comparison_table_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonMarkdown */ .vR)({ ...c, metrics: shown }));
        const rest = c.metrics.length - shown.length;
        if (rest > 0)
            lines.push('', `… and ${rest} more metrics in the job summary`);
    }
    else if (input.plan.kind === 'register') {
        lines.push(registeredMetrics(input));
    }
    else {
        lines.push((0,_changes_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .wordingOf */ .O3)(input.plan.kind).notCompared(input.plan, input.stage, input.laterComparison));
    }
    if (input.gateSummary.length) {
        lines.push('', '**Gates**', '', ...input.gateSummary.map(gateLine));
    }
    return lines.join('\n');
}
/** A registration is not compared yet: its metrics against the policy's thresholds. */
function registeredMetrics(input) {
    const { plan, model, candidate } = input;
    const metrics = Object.entries(candidate.metrics ?? {});
    const note = (0,_changes_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .wordingOf */ .O3)(plan.kind).notCompared(plan, input.stage, input.laterComparison);
    if (!metrics.length)
        return `${note} No metrics were recorded (candidate-results).`;
    const policy = model.spec.metrics ?? {};
    const rows = metrics.map(([name, value]) => {
        const p = policy[name];
        const bounds = [
            p?.min !== undefined ? `≥ ${p.min}` : '',
            p?.max !== undefined ? `≤ ${p.max}` : ''
        ].filter(Boolean);
        const ok = (p?.min === undefined || value >= p.min) && (p?.max === undefined || value <= p.max);
        return [
            name,
            (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plainNumber */ .ku)(value),
            bounds.join(', ') || '—',
            bounds.length ? (ok ? '✅' : '❌') : ''
        ];
    });
    return [note, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['metric', 'value', 'threshold', ''], rows)].join('\n');
}
/**
 * A gate line as a result: ✅ unless its wording says it failed. Lines the
 * caller already marked are kept as they are.
 */
function gateLine(line) {
    const text = oneLine(line);
    if (/^[✅❌]/u.test(text))
        return `- ${text}`;
    return `- ${/\bfail(s|ed|ure)?\b/i.test(text) ? '❌' : '✅'} ${text}`;
}
function checklistSection(stage) {
    const items = (stage.checklist ?? []).map(item => `- [ ] ${oneLine(item)}`);
    const approvals = stage.gates?.approvals;
    if (approvals) {
        items.push(`- Requires ${approvals} approving review${approvals === 1 ? '' : 's'}`);
    }
    if (items.length === 0)
        return '';
    return ['### Checklist', '', ...items].join('\n');
}
function lineageSection({ candidate, model }, withNotes) {
    // The caller's candidate wins; the manifest entry fills what it leaves out.
    const entry = model.spec.versions.find(v => v.version === candidate.version);
    const source = { ...entry?.source, ...candidate.source };
    const createdAt = candidate.createdAt ?? entry?.createdAt;
    const notes = candidate.notes ?? entry?.notes;
    const lines = [];
    // Not in a code span: GitHub links a bare SHA to its commit.
    if (source.commit)
        lines.push(`- Source commit: ${source.commit.slice(0, 7)}`);
    if (source.run)
        lines.push(`- Training run: [${oneLine(source.run)}](${source.run})`);
    if (createdAt)
        lines.push(`- Created: ${createdAt}`);
    if (withNotes && notes) {
        lines.push('- Notes:', '', ...notes
            .trim()
            .split('\n')
            .map(l => `  > ${l}`));
    }
    if (lines.length === 0)
        return '';
    return ['### Lineage', '', ...lines].join('\n');
}
/** The primary metric: `compare.primary[0]`, else the first metric of the policy. */
function primaryMetric(model) {
    return model.spec.compare?.primary?.[0] ?? Object.keys(model.spec.metrics ?? {})[0];
}
function historySection(input) {
    const chart = metricChart(input);
    return chart ? ['### Metric history', '', chart].join('\n') : '';
}
/**
 * A mermaid `xychart-beta` line of the primary metric over the versions
 * that record it, in SemVer order; undefined under two points, where a
 * chart says nothing.
 */
function metricChart(input) {
    const metric = primaryMetric(input.model);
    if (!metric)
        return undefined;
    const { candidate } = input;
    const fresh = candidate.metrics?.[metric] ?? input.comparison?.metrics.find(m => m.name === metric)?.candidate;
    // A registration's version is not in the manifest yet: it joins the chart as a new point.
    const known = input.model.spec.versions.some(v => v.version === candidate.version);
    const versions = known
        ? input.model.spec.versions
        : [
            ...input.model.spec.versions,
            { version: candidate.version, createdAt: input.plan.history.at }
        ];
    const points = (0,_report_metric_series_js__WEBPACK_IMPORTED_MODULE_6__/* .metricSeries */ .Q)(versions.map(v => v.version === candidate.version && fresh !== undefined
        ? // createdAt kept: under versioning: ordered it places the point
            { version: v.version, createdAt: v.createdAt, metrics: { [metric]: fresh } }
        : v), metric, input.versionOrder);
    if (points.length < 2)
        return undefined;
    const mine = points.find(p => p.version === candidate.version);
    const role = (0,_changes_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .wordingOf */ .O3)(input.plan.kind).role;
    const title = mine
        ? `${metric} by version (${role} ${candidate.version}: ${(0,_policy_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plainNumber */ .ku)(mine.value)})`
        : `${metric} by version`;
    return (0,_charts_mermaid_xychart_js__WEBPACK_IMPORTED_MODULE_7__/* .mermaidLineChart */ .E)({ title, yLabel: metric, points });
}
function truncationNote() {
    return "> ✂ Truncated to fit GitHub's limit; the full report is in the job summary.";
}
function footer({ runUrl }) {
    const by = runUrl ? `Opened by modelgate in [this run](${runUrl}).` : 'Opened by modelgate.';
    return ['---', '', `<sub>${by}</sub>`].join('\n');
}
/** Last resort: the sections cut at a line boundary so the note and the footer fit. */
function hardCut(input, b, maxBytes) {
    const tail = `\n\n${truncationNote()}\n\n${footer(input)}\n`;
    const room = maxBytes - (0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8Length */ .wI)(tail);
    const head = sections(input, b)
        .filter(s => s !== '')
        .join('\n\n');
    const text = (0,_byte_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .leadingLinesWithin */ .Jd)(head, room);
    // With no room at all the note and the footer still go out: they matter more than the limit.
    return text ? text + tail : tail.replace(/^\n+/, '');
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
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


/***/ }),

/***/ 99576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ metricSeries)
/* harmony export */ });
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98775);
/* harmony import */ var _registry_version_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91106);
/** One metric across a model's versions: the points a history chart draws. */


/** The versions that record `metric` (a finite value), oldest first (SemVer precedence, or `order`). */
function metricSeries(versions, metric, order = _registry_version_order_js__WEBPACK_IMPORTED_MODULE_0__/* .bySemVer */ .cn) {
    return versions
        .filter(v => (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_1__/* .chartable */ .dJ)(v.metrics?.[metric]))
        .sort(order)
        .map(v => ({ version: v.version, value: v.metrics[metric] }));
}


/***/ })

};
