export const id = 462;
export const ids = [462];
export const modules = {

/***/ 85414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ changeStamp),
/* harmony export */   y: () => (/* binding */ requireSoundFiles)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_file_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81357);
/* harmony import */ var _settings_workflow_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77316);
/**
 * What promote and rollback share before they plan: who makes the change,
 * when, from which run — and the refusal of a checkout whose model files do
 * not match their digests, since the commit moves exactly those files.
 */




function changeStamp({ env, now }) {
    return {
        at: now().toISOString(),
        actor: env.GITHUB_ACTOR || node_os__WEBPACK_IMPORTED_MODULE_0___default().userInfo().username,
        run: (0,_settings_workflow_run_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowRunUrl */ .C)(env)
    };
}
/** Refuses when a file of the registry (loaded for one model) fails its digest. */
async function requireSoundFiles(reg, what) {
    const files = await (0,_registry_file_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFiles */ .gw)(reg);
    const errors = files.diagnostics.filter(d => d.severity === 'error');
    if (errors.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(errors[0])}`, errors);
    }
}


/***/ }),

/***/ 71678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ openGitHubSession),
/* harmony export */   y: () => (/* binding */ checkoutFacts)
/* harmony export */ });
/* harmony import */ var _settings_github_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94470);

async function openGitHubSession(reg, settings, ctx) {
    const git = ctx.git(reg.repoRoot);
    const target = await (0,_settings_github_target_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGitHubTarget */ .Tr)(settings, ctx.env, checkoutFacts(git));
    return { api: await ctx.github(target), git, target };
}
/** What the checkout tells when the environment does not: the origin remote, the branch. */
function checkoutFacts(git) {
    return { originUrl: () => git.remoteUrl('origin'), currentBranch: () => git.currentBranch() };
}


/***/ }),

/***/ 50148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitor: () => (/* binding */ monitor)
});

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/evaluation/result-file.ts
var result_file = __webpack_require__(34580);
// EXTERNAL MODULE: ./src/evaluation/run-evaluation.ts + 2 modules
var run_evaluation = __webpack_require__(8681);
// EXTERNAL MODULE: ./src/evaluation/target.ts
var evaluation_target = __webpack_require__(98945);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/monitoring/drift/csv-fields.ts
var csv_fields = __webpack_require__(10162);
;// CONCATENATED MODULE: ./src/monitoring/drift/csv-reader.ts
/**
 * Streaming reader of feature CSV files: a header row naming the columns,
 * then one record per row, RFC 4180 quoting (fields in double quotes may hold
 * commas, doubled quotes `""` and line breaks, kept as they are). Lines may
 * end in LF or CRLF; a UTF-8 byte-order mark is skipped. Records must have as
 * many fields as the header. Blank lines are skipped, except in a one-column
 * file, where a blank line is a missing value. How values become numbers,
 * categories or missing: columns.ts.
 *
 * It works on whole decoded 1 MiB chunks rather than line by line: a record
 * without quotes is parsed in place (csv-fields.ts), with no substring for
 * numbers. That is what lets two files of 10⁶ rows × 20 columns be read
 * in seconds (bench `monitor`). Records with quotes take a slower, simpler
 * path; a record cut by a chunk boundary is carried over to the next chunk.
 */




class FeatureFileError extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(`${file}:${line}: ${message}`);
        this.file = file;
        this.line = line;
        this.name = 'FeatureFileError';
    }
}
const CHUNK = 1 << 20;
const QUOTE = 34;
const COMMA = 44;
const CR = 13;
/** Reads one CSV file into a new table. */
async function readCsvFeatures(path) {
    const table = new TableBuilder();
    await addCsvFile(table, path);
    return table.finish();
}
/** Adds the rows of a CSV file to `table` (columns matched by header name). */
async function addCsvFile(table, path) {
    table.files.push(path);
    const parser = new CsvParser(table, path);
    // Chunks are cut after their last line feed (a byte that cannot be part of
    // a multi-byte UTF-8 character) and decoded whole: the parser then reads a
    // flat string, which V8 indexes several times faster than the concatenation
    // `rest + chunk` would be. The bytes after the cut go in front of the next chunk.
    let carry = Buffer.alloc(0);
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, {
        highWaterMark: CHUNK
    })) {
        const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        const cut = buf.lastIndexOf(10) + 1;
        if (cut === 0) {
            carry = buf;
            continue;
        }
        const text = buf.toString('utf8', 0, cut);
        // An all-ASCII chunk (the usual feature file) is also parsed from its bytes.
        const used = parser.parse(text, false, (0,external_node_buffer_.isAscii)(buf.subarray(0, cut)) ? buf : undefined);
        // A quoted field with line breaks may run past the cut: keep its start too.
        carry =
            used < text.length
                ? Buffer.concat([Buffer.from(text.slice(used)), buf.subarray(cut)])
                : buf.subarray(cut);
    }
    parser.parse(carry.toString('utf8'), true);
    if (!parser.columns)
        throw new FeatureFileError(path, 1, 'no header row');
}
class CsvParser {
    table;
    path;
    columns;
    /** The line the next record starts on. */
    line = 1;
    atStart = true;
    constructor(table, path) {
        this.table = table;
        this.path = path;
    }
    /** The bytes `buf` was decoded from, when it is all ASCII (byte i is character i). */
    bytes;
    /** Parses the complete records of `buf`; returns how many characters they took. */
    parse(buf, eof, bytes) {
        this.bytes = bytes;
        let p = 0;
        if (this.atStart) {
            if (buf.length === 0 && !eof)
                return 0;
            if (buf.charCodeAt(0) === 0xfeff)
                p = 1;
            this.atStart = false;
        }
        let nextQuote = buf.indexOf('"', p);
        while (p < buf.length) {
            const nl = buf.indexOf('\n', p);
            if (nextQuote !== -1 && nextQuote < p)
                nextQuote = buf.indexOf('"', p);
            if (nextQuote === -1 || (nl !== -1 && nl < nextQuote)) {
                // No quote before the end of the line: the fast path.
                if (nl === -1 && !eof)
                    return p;
                let end = nl === -1 ? buf.length : nl;
                if (end > p && buf.charCodeAt(end - 1) === CR)
                    end--;
                this.unquotedRecord(buf, p, end);
                this.line++;
                p = nl === -1 ? buf.length : nl + 1;
                continue;
            }
            // A quoted record: its end is the first line feed outside quotes.
            let i = p;
            let inQuotes = false;
            let breaks = 0;
            for (; i < buf.length; i++) {
                const c = buf.charCodeAt(i);
                if (c === QUOTE)
                    inQuotes = !inQuotes;
                else if (c === 10) {
                    if (!inQuotes)
                        break;
                    breaks++;
                }
            }
            if (i === buf.length && !eof)
                return p;
            if (inQuotes)
                this.fail('a quoted field is not closed by the end of the file');
            let end = i;
            if (end > p && buf.charCodeAt(end - 1) === CR)
                end--;
            const start = p;
            this.record((0,csv_fields/* quotedFields */.uY)(buf, p, end, (problem, at) => this.fail(quoting(problem, at - start))));
            this.line += 1 + breaks;
            p = i === buf.length ? i : i + 1;
            nextQuote = buf.indexOf('"', p);
        }
        return p;
    }
    unquotedRecord(buf, start, end) {
        const columns = this.columns;
        if (!columns || start === end) {
            if (start === end) {
                if (columns?.length === 1)
                    this.record(['']);
                return;
            }
            return this.record(buf.slice(start, end).split(','));
        }
        let i = start;
        let field = 0;
        const bytes = this.bytes;
        for (;;) {
            if (field === columns.length)
                this.fieldCountError(countFields(buf, start, end));
            i = bytes
                ? (0,csv_fields/* addUnquotedFieldAscii */.oL)(bytes, buf, i, end, columns[field++])
                : (0,csv_fields/* addUnquotedField */.f1)(buf, i, end, columns[field++]);
            if (i >= end)
                break;
            i++; // the comma
        }
        if (field !== columns.length)
            this.fieldCountError(field);
        this.table.rows++;
    }
    record(fields) {
        if (!this.columns) {
            const seen = new Set();
            for (const f of fields) {
                if (seen.has(f))
                    this.fail(`duplicate column "${f}" in the header`);
                seen.add(f);
            }
            this.columns = fields.map(f => this.table.column(f));
            return;
        }
        if (fields.length !== this.columns.length)
            this.fieldCountError(fields.length);
        for (let i = 0; i < fields.length; i++)
            this.columns[i].addText(fields[i]);
        this.table.rows++;
    }
    fieldCountError(found) {
        this.fail(`expected ${this.columns.length} fields as in the header, found ${found}`);
    }
    fail(message) {
        throw new FeatureFileError(this.path, this.line, message);
    }
}
/** What the feature reader says about a badly quoted record; `offset` is 0-based in the record. */
function quoting(problem, offset) {
    switch (problem) {
        case 'unclosed':
            return 'a quoted field is not closed';
        case 'text-after-quote':
            return `unexpected text after a closing quote (character ${offset + 1} of the record)`;
        case 'quote-in-field':
            return `a quote inside an unquoted field (character ${offset + 1} of the record)`;
    }
}
function countFields(buf, start, end) {
    let n = 1;
    for (let i = start; i < end; i++)
        if (buf.charCodeAt(i) === COMMA)
            n++;
    return n;
}

;// CONCATENATED MODULE: ./src/monitoring/drift/lines.ts
/**
 * Streams a text file line by line without holding it, for the JSON-lines
 * reader (CSV has its own chunked parser: its quotes may span lines). 1 MiB
 * chunks, split at '\n', a trailing '\r' dropped (CRLF files), a UTF-8
 * byte-order mark dropped. Lighter than node:readline, whose per-line events
 * cost more than the parsing on files of millions of short lines.
 */

const lines_CHUNK = 1 << 20;
/** Calls `onLine(line, lineNumber)` (1-based) for each line of the file. */
async function forEachLine(path, onLine) {
    const stream = (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: lines_CHUNK });
    let rest = '';
    let lineNumber = 0;
    const emit = (line) => {
        lineNumber++;
        if (line.charCodeAt(line.length - 1) === 13)
            line = line.slice(0, -1);
        if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff)
            line = line.slice(1);
        onLine(line, lineNumber);
    };
    for await (const chunk of stream) {
        const text = rest + chunk;
        let start = 0;
        let nl;
        while ((nl = text.indexOf('\n', start)) !== -1) {
            emit(text.slice(start, nl));
            start = nl + 1;
        }
        rest = text.slice(start);
    }
    if (rest.length > 0)
        emit(rest);
}

;// CONCATENATED MODULE: ./src/monitoring/drift/jsonl-reader.ts
/**
 * Streaming reader of feature files in JSON lines: one flat JSON object per
 * line, its keys the columns (a key a line lacks is a missing value there;
 * nested objects and arrays are refused). Numbers are numbers; strings and
 * booleans are categories; `null` and `""` are missing (columns.ts). Blank
 * lines are skipped.
 */



/** Reads one JSON-lines file into a new table. */
async function readJsonlFeatures(path) {
    const table = new TableBuilder();
    await addJsonlFile(table, path);
    return table.finish();
}
/** Adds the rows of a JSON-lines file to `table`. */
async function addJsonlFile(table, path) {
    table.files.push(path);
    await forEachLine(path, (line, lineNumber) => {
        if (line.trim().length === 0)
            return;
        let row;
        try {
            row = JSON.parse(line);
        }
        catch (err) {
            throw new FeatureFileError(path, lineNumber, `not JSON: ${err.message}`);
        }
        if (row === null || typeof row !== 'object' || Array.isArray(row)) {
            throw new FeatureFileError(path, lineNumber, 'expected one JSON object per line');
        }
        try {
            for (const [key, value] of Object.entries(row))
                table.column(key).addJson(value);
        }
        catch (err) {
            throw new FeatureFileError(path, lineNumber, err.message);
        }
        table.rows++;
    });
}

;// CONCATENATED MODULE: ./src/monitoring/drift/columns.ts
/**
 * Feature columns as the drift statistics need them, and the builders the
 * streaming readers fill. Per column only this is kept: the numbers of a
 * numeric column (a Float64Array that grows by doubling — 8 bytes a value,
 * so 10⁶ rows × 20 columns is 160 MB a side), or the count per category of a
 * categorical one, plus the number of missing values.
 *
 * A column is numeric when every non-missing value is a finite number: a
 * decimal in CSV text (`12`, `-0.5`, `1e-3`, surrounding blanks allowed;
 * not `0x1f`, `Infinity` or `NaN`), a number in JSON. The first value that is
 * not turns the column categorical, and from then on, and for the numbers
 * seen before, a number is the category of its shortest spelling
 * (`String(x)`: CSV `1.0` and `1` are the same category `1`), so that the
 * result does not depend on where in the file the first text appeared.
 * Missing: an empty (or blank) CSV field, JSON `null` or `""`, or a key a
 * JSON line lacks.
 */
/** Values (not missing) in a column. */
function columnSize(column) {
    if (column.kind === 'numeric')
        return column.values.length;
    let n = 0;
    for (const c of column.counts.values())
        n += c;
    return n;
}
/** The column as categories: numbers become the category of their shortest spelling. */
function asCategorical(column) {
    if (column.kind === 'categorical')
        return column;
    const counts = new Map();
    for (const v of column.values) {
        const k = String(v);
        counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return { kind: 'categorical', name: column.name, counts, missing: column.missing };
}
/**
 * The number a CSV field spells, or NaN when it is not a finite decimal.
 * `+s` alone would also accept hexadecimal, binary and octal literals, so
 * the characters are checked too (after the cheap conversion, which rejects
 * most text at once).
 */
function parseDecimal(s) {
    // A category (`web`, `m7`) is rejected by its first character, before the
    // conversion: on a categorical column that is nearly every field.
    if (s.length > 0 && !maybeDecimal(s.charCodeAt(0)))
        return NaN;
    const x = +s;
    if (x !== x || x === Infinity || x === -Infinity)
        return NaN;
    for (let i = 0; i < s.length; i++) {
        if (!maybeDecimal(s.charCodeAt(i)))
            return NaN;
    }
    return x;
}
/** 0-9 . e E + - space tab: the characters a decimal may hold. */
function maybeDecimal(c) {
    return ((c >= 48 && c <= 57) ||
        c === 46 ||
        c === 101 ||
        c === 69 ||
        c === 43 ||
        c === 45 ||
        c === 32 ||
        c === 9);
}
const INITIAL_CAPACITY = 1024;
/** Accumulates one column's values as a reader meets them. */
class ColumnBuilder {
    name;
    values = new Float64Array(INITIAL_CAPACITY);
    size = 0;
    counts;
    missing = 0;
    /** Rows that had this column (a value or a missing one): the rest of the rows lacked it. */
    seen = 0;
    constructor(name) {
        this.name = name;
    }
    /** A CSV field. */
    addText(s) {
        this.seen++;
        if (s.length === 0 || (isBlank(s.charCodeAt(0)) && s.trim().length === 0)) {
            this.missing++;
            return;
        }
        const x = parseDecimal(s);
        if (this.counts === undefined) {
            if (x === x)
                return this.push(x);
            this.toCategorical();
        }
        this.count(x === x ? String(x) : s);
    }
    /** A number already parsed (the CSV reader's fast path). */
    addNumber(x) {
        this.seen++;
        if (this.counts === undefined)
            this.push(x);
        else
            this.count(String(x));
    }
    /** A JSON value of a flat object. */
    addJson(v) {
        this.seen++;
        if (v === null || v === '') {
            this.missing++;
        }
        else if (typeof v === 'number') {
            this.seen--;
            this.addNumber(v);
        }
        else if (typeof v === 'string' || typeof v === 'boolean') {
            if (this.counts === undefined)
                this.toCategorical();
            this.count(String(v));
        }
        else {
            throw new TypeError(`expected a flat object, but "${this.name}" holds an ${Array.isArray(v) ? 'array' : 'object'}`);
        }
    }
    finish(rows) {
        const missing = this.missing + (rows - this.seen);
        if (this.counts)
            return { kind: 'categorical', name: this.name, counts: this.counts, missing };
        // Drop the unused capacity (up to half the buffer) rather than keep it
        // alive, by a copy; unless it is small (10⁶ values fill 95% of their
        // 2²⁰), when the copy would cost more time and peak memory than it saves.
        const all = this.values;
        const values = all.length - this.size <= all.length / 8
            ? all.subarray(0, this.size)
            : all.slice(0, this.size);
        this.values = undefined;
        return { kind: 'numeric', name: this.name, values, missing };
    }
    push(x) {
        let values = this.values;
        if (this.size === values.length) {
            const grown = new Float64Array(values.length * 2);
            grown.set(values);
            this.values = values = grown;
        }
        values[this.size++] = x;
    }
    count(key) {
        const counts = this.counts;
        const c = counts.get(key);
        // A key sliced from a read chunk would keep the whole chunk (1 MiB) alive: copy new keys.
        if (c === undefined)
            counts.set(Buffer.from(key).toString(), 1);
        else
            counts.set(key, c + 1);
    }
    toCategorical() {
        this.counts = new Map();
        const values = this.values;
        for (let i = 0; i < this.size; i++)
            this.count(String(values[i]));
        this.values = undefined;
        this.size = 0;
    }
}
function isBlank(c) {
    return c === 32 || c === 9;
}
/** The columns of one table, filled file after file. */
class columns_TableBuilder {
    builders = new Map();
    rows = 0;
    files = [];
    column(name) {
        let b = this.builders.get(name);
        if (!b) {
            b = new ColumnBuilder(name);
            this.builders.set(name, b);
        }
        return b;
    }
    finish() {
        const columns = new Map();
        for (const [name, b] of this.builders)
            columns.set(name, b.finish(this.rows));
        return { rows: this.rows, columns, files: [...this.files] };
    }
}

;// CONCATENATED MODULE: ./src/monitoring/drift/read.ts
/**
 * Reads the feature files of `monitor.reference` / `monitor.current`
 * (SPEC §4): CSV or JSON lines, told apart by extension. Several files (a
 * glob the caller expanded) make one table, columns matched by name; a
 * column a file lacks counts as missing in that file's rows.
 */



/** The format of a feature file by its extension: .csv, or .jsonl / .ndjson / .json. */
function featureFormat(path) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.csv'))
        return 'csv';
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) {
        return 'jsonl';
    }
    throw new Error(`${path}: feature data must be CSV (.csv) or JSON lines (.jsonl, .ndjson, .json)`);
}
/** Reads feature files, in the order given, into one table. */
async function readFeatures(paths) {
    const list = typeof paths === 'string' ? [paths] : paths;
    if (list.length === 0)
        throw new Error('no feature files to read');
    const table = new columns_TableBuilder();
    for (const path of list) {
        if (featureFormat(path) === 'csv')
            await addCsvFile(table, path);
        else
            await addJsonlFile(table, path);
    }
    return table.finish();
}

;// CONCATENATED MODULE: ./src/monitoring/drift/smirnov.ts
/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic,
 * smirnov(n, x) = P(D⁺_n ≥ x), as SciPy's `scipy.special.smirnov` (xsf/cephes
 * `kolmogorov.h`, `_smirnov`) computes it on the paths the two-sided
 * distribution uses: the Birnbaum–Tingey sum
 *   x · Σ_{j=0}^{⌊n(1−x)⌋} C(n, j) (1 − x − j/n)^(n−j) (x + j/n)^(j−1)
 * with the same special cases and early stop. SciPy sums in double-double;
 * here each term is formed in log space and summed in doubles (all terms are
 * positive, so nothing cancels), which agrees far below the 1e-6 we need.
 */
// Bound once: under a vm context (jest) every `Math.` lookup in a hot loop goes
// through an interceptor and blocks optimisation (as in src/policy/random.ts).
const { exp, log, log1p, expm1, pow, floor, LN2 } = Math;
/** Below this log, e^x underflows a double (cephes MINLOG). */
const MIN_LOG = -708.3964185322641;
/** Above this n, SciPy switches to an approximation (SMIRNOV_MAX_COMPUTE_N). */
const MAX_COMPUTE_N = 1_000_000;
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const nx = n * x;
    let nxfl = floor(nx);
    let alpha = nx - nxfl;
    if (alpha === 1) {
        nxfl += 1;
        alpha = 0;
    }
    let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
    // When n·x is an integer, the last term of the sum is excluded.
    if (alpha === 0)
        n1mxfl -= 1;
    if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
        // x ≤ 1/n: closed form.
        return smirnov_clip(1 - x * pow(1 + x, n - 1));
    }
    if (-2 * n * x * x < MIN_LOG)
        return 0;
    if (nxfl >= n - 1)
        return smirnov_clip(pow(1 - x, n));
    if (n > MAX_COMPUTE_N) {
        // SciPy's approximation p ≈ exp(−(6nx + 1)² / 18n).
        const logp = -pow(6 * n * x + 1, 2) / 18 / n;
        return smirnov_clip(logp < -LN2 ? exp(logp) : 1 + expm1(logp));
    }
    const nTerms = n1mxfl + 1;
    const vmid = floor(n / 2);
    // Term 0 is (1 − x)^n / x; logC tracks log C(n, j).
    let sum = exp(n * log1p(-x)) / x;
    let logC = log(n);
    for (let j = 1; j < nTerms; j++) {
        const a = (n - j) / n - x;
        const b = j / n + x;
        const term = exp(logC + (n - j) * log(a) + (j - 1) * log(b));
        if (term !== 0) {
            sum += term;
            if (4 * (nTerms - j) * term < Number.EPSILON * sum && j !== nTerms - 1)
                break;
        }
        else if (j > vmid) {
            break;
        }
        logC += log((n - j) / (j + 1));
    }
    return smirnov_clip(x * sum);
}
function smirnov_clip(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}

;// CONCATENATED MODULE: ./src/monitoring/drift/kolmogorov.ts
/**
 * Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic,
 * P(D_n ≥ x) — SciPy's `kstwo.sf(x, n)`, which `ks_2samp` uses for its
 * asymptotic p-value. Ported from SciPy 1.10 `scipy/stats/_ksstats.py`
 * (`_kolmogn` with cdf=False), after Simard & L'Ecuyer (2011): the same
 * choice of method by n and n·x², so that p-values agree with SciPy's.
 */

// Bound once: under a vm context (jest) every `Math.` lookup in a hot loop goes
// through an interceptor and blocks optimisation (as in src/policy/random.ts).
const { exp: kolmogorov_exp, log: kolmogorov_log, pow: kolmogorov_pow, sqrt, ceil, floor: kolmogorov_floor, abs, max, min, PI } = Math;
const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = sqrt(2 * PI);
const LOG_2PI = kolmogorov_log(2 * PI);
const kolmogorov_MIN_LOG = -708;
const PI2 = PI ** 2;
const PI4 = PI ** 4;
const PI6 = PI ** 6;
/** B_{2j}/(2j)/(2j−1) for j = 8…1 (SciPy's `_STIRLING_COEFFS`, as doubles). */
const STIRLING = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
    -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333
];
/** P(D_n ≥ x) for integer n ≥ 1. */
function kolmogorovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x))
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        // Ruben–Gambino: 1/2n ≤ x ≤ 1/n.
        if (t <= 0.5)
            return 1;
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = kolmogorov_exp(logFactorialOverPower(n) + n * kolmogorov_log(2 * t - 1));
        }
        return kolmogorov_clip(1 - cdf);
    }
    if (t >= n - 1)
        return kolmogorov_clip(2 * kolmogorov_pow(1 - x, n));
    if (x >= 0.5)
        return kolmogorov_clip(2 * smirnovSf(n, x));
    const nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return kolmogorov_clip(1 - durbinCdf(n, x));
        if (nxSquared <= 4)
            return kolmogorov_clip(1 - pomeranzCdf(n, x));
        return kolmogorov_clip(2 * smirnovSf(n, x));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return kolmogorov_clip(2 * smirnovSf(n, x));
    const cdf = nxSquared >= 18 ? 1 : n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x);
    return kolmogorov_clip(1 - cdf);
}
/** log(n! / nⁿ) by Stirling's series, with n·log n removed up front. */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn / n) + c;
    return kolmogorov_log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b) {
    const m = a.length;
    const out = Array.from({ length: m }, () => new Float64Array(m));
    for (let i = 0; i < m; i++) {
        const ai = a[i];
        const oi = out[i];
        for (let k = 0; k < m; k++) {
            const aik = ai[k];
            if (aik === 0)
                continue;
            const bk = b[k];
            for (let j = 0; j < m; j++)
                oi[j] += aik * bk[j];
        }
    }
    return out;
}
/**
 * P(D_n ≤ d) by Durbin's matrix method as Marsaglia, Tsang & Wang (2003)
 * evaluate it (SciPy's `_kolmogn_DMTW`): the k-th diagonal entry of Hⁿ,
 * times n!/nⁿ, with powers of 2 split off to stay within range.
 */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let hm = Array.from({ length: m }, () => new Float64Array(m));
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            hm[r][i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        hm[r][0] = v[r];
    for (let c = 0; c < m; c++)
        hm[m - 1][c] = v[m - 1 - c];
    let power = Array.from({ length: m }, (_, i) => {
        const row = new Float64Array(m);
        row[i] = 1;
        return row;
    });
    let nn = n;
    let expnt = 0;
    let hExpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            power = matmul(power, hm);
            expnt += hExpnt;
        }
        hm = matmul(hm, hm);
        hExpnt *= 2;
        if (abs(hm[k - 1][k - 1]) > E128) {
            for (const row of hm)
                for (let j = 0; j < m; j++)
                    row[j] /= E128;
            hExpnt += 128;
        }
        nn = kolmogorov_floor(nn / 2);
    }
    let p = power[k - 1][k - 1];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (abs(p) < EM128) {
            p *= E128;
            expnt -= 128;
        }
    }
    return kolmogorov_clip(p * 2 ** expnt);
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = kolmogorov_floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [max(j1 + 2, 0), min(j2, n)];
}
/** P(D_n ≤ x) by Pomeranz's (1974) recursion (SciPy's `_kolmogn_Pomeranz`). */
function pomeranzCdf(n, x) {
    const t = n * x;
    const ll = kolmogorov_floor(t);
    const f = t - ll;
    const g = min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * (g / n)) / m;
        twogpower[m] = (twogpower[m - 1] * ((2 * g) / n)) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * ((1 - 2 * g) / n)) / m;
    }
    let v0 = new Float64Array(npwrs);
    let v1 = new Float64Array(npwrs);
    v1[0] = 1;
    let v0s = 0;
    let v1s = 0;
    let expnt = 0;
    let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [v0, v1] = [v1, v0];
        [v0s, v1s] = [v1s, v0s];
        v1.fill(0);
        [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // conv = np.convolve(V0[k1−V0s : k1−V0s+ln2], pwrs[:ln2]); keep conv[j1−k1 : j2−k1+1].
            const start = j1 - k1;
            const len = j2 - j1 + 1;
            const base = k1 - v0s;
            let largest = 0;
            for (let r = 0; r < len; r++) {
                const c = start + r;
                let s = 0;
                for (let q = max(0, c - ln2 + 1); q <= min(c, ln2 - 1); q++) {
                    s += v0[base + q] * pwrs[c - q];
                }
                v1[r] = s;
                if (s > largest)
                    largest = s;
            }
            if (largest > 0 && largest < EM128) {
                for (let r = 0; r < npwrs; r++)
                    v1[r] *= E128;
                expnt -= 128;
            }
            v1s = v0s + j1 - k1;
        }
    }
    let ans = v1[n - v1s];
    for (let m = 1; m <= n; m++) {
        if (abs(ans) > E128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= m;
    }
    return kolmogorov_clip(ans * 2 ** expnt);
}
/** The Pelz–Good (1976) asymptotic series for P(D_n ≤ x) (SciPy's `_kolmogn_PelzGood`). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < kolmogorov_MIN_LOG)
        return 0;
    let q = kolmogorov_exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const k = [0, 0, 0, 0];
    const maxk = ceil((16 * z) / PI);
    for (let kk = maxk; kk > 0; kk--) {
        const m = 2 * kk - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qpower = kolmogorov_pow(q, 8 * kk);
        const coeffs = [
            1,
            k1a + k1b * m2,
            k2a + k2b * m2 + k2c * m4,
            k3a + k3b * m2 + k3c * m4 + k3d * m6
        ];
        for (let i = 0; i < 4; i++)
            k[i] = k[i] * qpower + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        k[i] = (k[i] * q * SQRT2PI) / div[i];
    q = kolmogorov_exp(-PI2 / 2 / z2);
    const sqrt3z = sqrt(3) * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let kk = maxk; kk > 0; kk--) {
        const ks2 = kk * kk;
        const qp = kolmogorov_pow(q, ks2);
        const kspi = PI * kk;
        k2extra += ks2 * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
    }
    k[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    k[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += k[i] / kolmogorov_pow(n, i / 2);
    return sum;
}
function kolmogorov_clip(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}

;// CONCATENATED MODULE: ./src/monitoring/drift/ks-exact.ts
/**
 * Exact two-sided p-value of the two-sample Kolmogorov–Smirnov statistic,
 * ported from SciPy 1.10 (`scipy/stats/_stats_py.py`: `_compute_prob_outside_square`;
 * `scipy/stats/_stats_pythran.py`: `_compute_outer_prob_inside_method`), which
 * count lattice paths after Hodges (1958), with Viehmann's (2021) recursion
 * for 1 − p. Both work with ratios ≤ 1, so plain doubles do not overflow.
 */
/**
 * P(D_{n,n} ≥ h/n) for two samples of size n.
 * Alternating sum 2·Σ (−1)^(k+1) C(2n, n−kh) / C(2n, n), evaluated Horner-like
 * (P = 2·A0·(1 − A1·(1 − A2·…))) to avoid the cancellation of the plain sum.
 */
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        p = p1 * (1 - p);
    }
    return 2 * p;
}
/**
 * P(D_{m,n} ≥ h/lcm(m, n)): the share of lattice paths from (0, 0) to (m, n)
 * that leave the band |x/m − y/n| < h/lcm. `g` = gcd(m, n). One column of the
 * path-count matrix is kept, as a sliding window, and every entry is already
 * divided by its binomial coefficient, so that values stay in [0, 1].
 */
function probOutsideBand(m, n, g, h) {
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const a = new Float64Array(lenA).fill(1);
    a.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
            a[jj] = val;
        }
        curlen = maxj - minj;
        // Entries carried over from the longer previous window count as "outside" (1).
        if (lastlen > curlen)
            a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return a[maxj - minj - 1];
}

;// CONCATENATED MODULE: ./src/monitoring/drift/rounding.ts
/** Small numeric helpers shared by the drift statistics. */
/**
 * Rounds to the nearest integer, ties to even — NumPy's `np.round`, which
 * SciPy uses where the KS code rounds (`h = round(d·lcm)`, `n = round(en)`);
 * `Math.round` rounds ties up and would pick another `n` for, e.g., en = 10000.5.
 */
function roundHalfEven(x) {
    const r = Math.round(x);
    return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Clips a probability to [0, 1] (NaN stays NaN). */
function clipProbability(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
/** Greatest common divisor of two non-negative integers. */
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}

;// CONCATENATED MODULE: ./src/monitoring/drift/ks.ts
/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, as `scipy.stats.ks_2samp(a, b)`
 * computes it with its default `method='auto'` (SciPy 1.10): the exact
 * p-value when both samples have at most 10,000 values, else the asymptotic
 * one, P(D_n ≥ d) of the one-sample Kolmogorov distribution with
 * n = round(n₁n₂/(n₁+n₂)). When the exact computation fails numerically
 * (a probability outside [0, 1]) SciPy falls back to the asymptotic one, and
 * so does this.
 */




/** SciPy's MAX_AUTO_N: `auto` is exact when both sizes are at most this. */
const KS_EXACT_MAX_N = 10_000;
/** KS test of two samples in any order (copied and sorted; NaN is not allowed). */
function ksTwoSample(a, b) {
    return ksTwoSampleSorted(sortedCopy(a), sortedCopy(b));
}
/** KS test of two samples already sorted ascending (not checked). */
function ksTwoSampleSorted(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('the KS test needs values on both sides');
    const d = ksStatisticSorted(a, b);
    if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
        const exact = exactPValue(n1, n2, d);
        if (exact)
            return { ...exact, method: 'exact' };
    }
    // Smirnov's asymptotic distribution via the one-sample one with the effective n.
    const en = (n1 * n2) / (n1 + n2);
    return {
        statistic: d,
        pValue: clipProbability(kolmogorovSf(roundHalfEven(en), d)),
        method: 'asymptotic'
    };
}
/**
 * D = max over the pooled values v of |F_a(v) − F_b(v)|, the ECDFs taken
 * right-continuous (SciPy's `searchsorted(side='right')`): tied values are
 * passed together before the difference is read, so ties never inflate D.
 */
function ksStatisticSorted(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < n1 && j < n2) {
        const x = a[i];
        const y = b[j];
        // Along a run of values of one side only, i/n1 − j/n2 moves one way, so
        // its largest |·| is at an end of the run: the start was read after the
        // step before, so reading the end alone gives the same D with fewer divisions.
        if (x < y) {
            i++;
            while (i < n1 && a[i] < y)
                i++;
        }
        else if (y < x) {
            j++;
            while (j < n2 && b[j] < x)
                j++;
        }
        else {
            i++;
            j++;
            while (i < n1 && a[i] === x)
                i++;
            while (j < n2 && b[j] === x)
                j++;
        }
        const diff = Math.abs(i / n1 - j / n2);
        if (diff > d)
            d = diff;
    }
    // Once one side is exhausted its ECDF is 1 and the other's only grows towards 1.
    return d;
}
function exactPValue(n1, n2, d) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    const statistic = h / lcm;
    if (h === 0)
        return { statistic, pValue: 1 };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
    if (!(p >= 0 && p <= 1))
        return undefined;
    return { statistic, pValue: p };
}
function sortedCopy(x) {
    for (let i = 0; i < x.length; i++) {
        if (Number.isNaN(x[i]))
            throw new RangeError('the KS test got NaN');
    }
    return sortedFloat64(x);
}

;// CONCATENATED MODULE: ./src/monitoring/drift/holm.ts
/**
 * Holm's step-down correction of p-values for multiple tests (Holm 1979),
 * as `statsmodels.stats.multitest.multipletests(p, method='holm')` reports
 * adjusted p-values: sort ascending, multiply the k-th smallest (k = 1…m) by
 * m − k + 1, carry the running maximum so that the adjusted values keep the
 * order of the raw ones, cap at 1. Rejecting where adjusted p < α controls
 * the family-wise error rate at α across the columns, under any dependence
 * between them — features are rarely independent.
 */
/** Adjusted p-values, in the order of `pValues`. */
function holmAdjust(pValues) {
    const m = pValues.length;
    for (const p of pValues) {
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`p-values must be in [0, 1], got ${p}`);
    }
    // Stable order: equal p-values keep their positions, so results are deterministic.
    const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
    const adjusted = new Array(m);
    let running = 0;
    order.forEach((index, k) => {
        running = Math.max(running, Math.min(1, (m - k) * pValues[index]));
        adjusted[index] = running;
    });
    return adjusted;
}

;// CONCATENATED MODULE: ./src/monitoring/drift/radix-sort.ts
/**
 * Sorts doubles ascending by LSD radix sort on their bit patterns: six
 * passes of 11 (or 10) bits over the 64-bit keys, linear in n, with digit
 * tables small enough (2,048 buckets) to stay in cache while values scatter.
 * Drift sorts two columns of every numeric feature, millions of values each,
 * where this beats Float64Array#sort (a comparison sort) — see the bench.
 * No NaN expected (numeric columns never hold one); −0 sorts before +0,
 * which compare equal.
 *
 * The passes sort the raw bit patterns as unsigned integers, which orders
 * the non-negative values ascending, followed by the negative ones by
 * ascending magnitude; two reversals at the end put the negative block, in
 * reverse, in front. Keeping the patterns unchanged (rather than mapping them
 * to order-preserving keys) means every element is a real double, so a pass
 * moves it as one Float64 load and store instead of two 32-bit words — a
 * mapped key could be a NaN pattern, which a Float64 copy need not keep.
 * All six digit histograms are counted in one read of the input.
 */
/** [word, shift, bits] of each pass: word 0 is the low half of a double, 1 the high half. */
const PASSES = [
    [0, 0, 11],
    [0, 11, 11],
    [0, 22, 10],
    [1, 0, 11],
    [1, 11, 11],
    [1, 22, 10]
];
const RADIX = 1 << 11;
const SMALL = 512;
/**
 * A sorted copy of `values` (which is left as it is). `scratch`, a buffer of
 * at least 2·n words, saves the allocation of one when many columns are sorted
 * in a row (fresh buffers cost page faults as well as time in the collector).
 */
function radix_sort_sortedFloat64(values, scratch) {
    const n = values.length;
    const input = values instanceof Float64Array ? values : Float64Array.from(values);
    if (n < SMALL)
        return input === values ? input.slice().sort() : input.sort();
    const out = new Float64Array(n);
    // Little-endian layout is assumed (x86, ARM): word 2i is the low half of
    // value i, 2i+1 the high one.
    const inWords = new Uint32Array(input.buffer, input.byteOffset, 2 * n);
    const spare = scratch && scratch.length >= 2 * n && scratch.byteOffset % 8 === 0
        ? new Float64Array(scratch.buffer, scratch.byteOffset, n)
        : new Float64Array(n);
    const counts = new Uint32Array(PASSES.length * RADIX);
    for (let i = 0; i < 2 * n; i += 2) {
        const lo = inWords[i];
        const hi = inWords[i + 1];
        counts[lo & 0x7ff]++;
        counts[RADIX + ((lo >>> 11) & 0x7ff)]++;
        counts[2 * RADIX + (lo >>> 22)]++;
        counts[3 * RADIX + (hi & 0x7ff)]++;
        counts[4 * RADIX + ((hi >>> 11) & 0x7ff)]++;
        counts[5 * RADIX + (hi >>> 22)]++;
    }
    // Patterns from 0x80000000_00000000 up are the negative values (the sign
    // bit is the top bit of the last digit).
    let negatives = 0;
    for (let b = RADIX / 4; b < RADIX / 2; b++)
        negatives += counts[5 * RADIX + b];
    // A digit that is the same for every key leaves the order as it is: skip it.
    const passes = [];
    for (let p = 0; p < PASSES.length; p++) {
        const [word, shift, bits] = PASSES[p];
        const base = p * RADIX;
        if (counts[base + ((inWords[word] >>> shift) & ((1 << bits) - 1))] === n)
            continue;
        let sum = 0;
        for (let b = 0; b < 1 << bits; b++) {
            const c = counts[base + b];
            counts[base + b] = sum;
            sum += c;
        }
        passes.push(p);
    }
    // Ping-pong between `out` and `spare` so that the last pass writes `out`.
    let src = input;
    let dst = passes.length % 2 === 1 ? out : spare;
    for (const p of passes) {
        const [word, shift, bits] = PASSES[p];
        const mask = (1 << bits) - 1;
        const base = p * RADIX;
        const srcWords = new Uint32Array(src.buffer, src.byteOffset, 2 * n);
        for (let i = 0; i < n; i++) {
            dst[counts[base + ((srcWords[2 * i + word] >>> shift) & mask)]++] = src[i];
        }
        src = dst;
        dst = dst === out ? spare : out;
    }
    if (passes.length === 0)
        out.set(input);
    if (negatives > 0) {
        // [non-negative ascending][negative by magnitude] → reversed whole:
        // [negative ascending][non-negative descending]; then the tail back.
        reverse(out, 0, n);
        reverse(out, negatives, n);
    }
    return out;
}
function reverse(a, from, to) {
    for (let i = from, j = to - 1; i < j; i++, j--) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

;// CONCATENATED MODULE: ./src/monitoring/drift/psi.ts
/**
 * Population Stability Index, PSI = Σ (cᵢ − rᵢ) · ln(cᵢ / rᵢ) over bins,
 * with rᵢ, cᵢ the shares of the reference and current values in bin i
 * (SPEC §4, Monitoring). Common reading: < 0.1 stable, 0.1–0.2 a moderate
 * shift, > 0.2 a significant one.
 *
 * Numeric columns: the bins are cut at the reference's deciles (PSI_BINS = 10
 * bins), each computed like NumPy's default `np.quantile` (linear
 * interpolation, "type 7"). Bins are right-closed and the outer ones open:
 * (−∞, q₁], (q₁, q₂], …, (q₉, ∞), so current values beyond the reference's
 * range still land in a bin. Tied values can make deciles coincide; duplicate
 * edges are merged, which leaves fewer, wider bins instead of empty ones
 * (a column that is 60% zeros gets one bin (−∞, 0] holding those 60%).
 *
 * Categorical columns: one bin per category of either side.
 *
 * A bin empty on one side would make ln(c/r) infinite; its share is taken as
 * PSI_EPSILON = 1e-4 instead (the usual practice), without renormalising.
 * Missing values are not part of either share: they are reported apart.
 */

const PSI_BINS = 10;
const PSI_EPSILON = 1e-4;
/** PSI from the counts per bin of both sides (same bins, same order). */
function psiFromCounts(reference, current) {
    if (reference.length !== current.length)
        throw new RangeError('bin counts differ in length');
    const nr = sum(reference);
    const nc = sum(current);
    if (nr === 0 || nc === 0)
        throw new RangeError('PSI needs values on both sides');
    let psi = 0;
    for (let i = 0; i < reference.length; i++) {
        const r = reference[i] / nr || PSI_EPSILON;
        const c = current[i] / nc || PSI_EPSILON;
        psi += (c - r) * Math.log(c / r);
    }
    return psi;
}
/**
 * The inner bin edges of a numeric column: the reference's quantiles at
 * 1/bins, 2/bins, …, (bins−1)/bins, as `np.quantile` computes them,
 * duplicates removed. `sortedReference` must be sorted ascending.
 */
function quantileEdges(sortedReference, bins = PSI_BINS) {
    const n = sortedReference.length;
    if (n === 0)
        throw new RangeError('quantiles of an empty sample');
    if (!Number.isInteger(bins) || bins < 1)
        throw new RangeError(`bins must be ≥ 1, got ${bins}`);
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const q = (n - 1) * (i / bins);
        const lo = Math.floor(q);
        const t = q - lo;
        const a = sortedReference[lo];
        const b = sortedReference[Math.min(lo + 1, n - 1)];
        // NumPy's _lerp: from the nearer end, so that t = 1 gives b exactly.
        const v = t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
        if (edges.length === 0 || v !== edges[edges.length - 1])
            edges.push(v);
    }
    return edges;
}
/** Counts of sorted values per bin (−∞, e₀], (e₀, e₁], …, (e_last, ∞). */
function binCountsSorted(sorted, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    let start = 0;
    for (let b = 0; b < edges.length; b++) {
        const end = upperBound(sorted, edges[b], start);
        counts[b] = end - start;
        start = end;
    }
    counts[edges.length] = sorted.length - start;
    return counts;
}
/** PSI of a numeric column; both samples sorted ascending (not checked). */
function psiNumericSorted(sortedReference, sortedCurrent, bins = PSI_BINS) {
    const edges = quantileEdges(sortedReference, bins);
    const r = binCountsSorted(sortedReference, edges);
    const c = binCountsSorted(sortedCurrent, edges);
    const labels = r.map((_, i) => `(${i === 0 ? '-inf' : edges[i - 1]}, ${i === edges.length ? 'inf)' : `${edges[i]}]`}`);
    return { psi: psiFromCounts(r, c), bins: labels, ...shares(r, c) };
}
/** PSI of a numeric column in any order (copies and sorts). */
function psiNumeric(reference, current, bins = PSI_BINS) {
    return psiNumericSorted(sortedFloat64(reference), sortedFloat64(current), bins);
}
/** PSI of a categorical column from the counts per category; bins sorted by category. */
function psiCategorical(reference, current) {
    const categories = [...new Set([...reference.keys(), ...current.keys()])].sort();
    const r = categories.map(k => reference.get(k) ?? 0);
    const c = categories.map(k => current.get(k) ?? 0);
    return { psi: psiFromCounts(r, c), bins: categories, ...shares(r, c) };
}
function shares(r, c) {
    const nr = sum(r);
    const nc = sum(c);
    return { reference: r.map(x => x / nr), current: c.map(x => x / nc) };
}
function sum(x) {
    let s = 0;
    for (let i = 0; i < x.length; i++)
        s += x[i];
    return s;
}
/** First index ≥ `from` whose value is > v (the array sorted ascending). */
function upperBound(sorted, v, from) {
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/monitoring/drift/report.ts
/**
 * Drift between the reference features (what production was trained on)
 * and current ones, per column (SPEC §4, Monitoring; `monitor.drift`):
 * the Population Stability Index for every column and the two-sample
 * Kolmogorov–Smirnov test for numeric ones, its p-values Holm-corrected
 * across the numeric columns. A column has drifted when its PSI exceeds
 * `psi` or its adjusted KS p-value is below `ksAlpha`.
 *
 * A column is compared as numeric when it is numeric on both sides, else as
 * categorical (numbers then count by their spelling, see columns.ts), so a
 * stray text value in `current` does not hide the column. A column with no
 * values on one side, or present on one side only, is not compared: it is
 * reported (`note`, `onlyInReference`, `onlyInCurrent`) for the caller to
 * decide, not counted as drift. Missing values are left out of both
 * statistics and reported per side.
 */





/** Used for thresholds `monitor.drift` leaves out: the SPEC's example values (PSI > 0.2 is the usual "significant shift"). */
const DEFAULT_DRIFT_THRESHOLDS = { psi: 0.2, ksAlpha: 0.01 };
/**
 * Compares every column the two tables share. Pure; reads the tables without
 * changing them (numeric values are sorted in copies, one column at a time).
 */
function driftReport(reference, current, options = {}) {
    const thresholds = {
        psi: options.psi ?? DEFAULT_DRIFT_THRESHOLDS.psi,
        ksAlpha: options.ksAlpha ?? DEFAULT_DRIFT_THRESHOLDS.ksAlpha
    };
    if (!(thresholds.psi > 0))
        throw new RangeError(`psi must be > 0, got ${thresholds.psi}`);
    if (!(thresholds.ksAlpha > 0 && thresholds.ksAlpha < 1)) {
        throw new RangeError(`ksAlpha must be in (0, 1), got ${thresholds.ksAlpha}`);
    }
    const bins = options.bins ?? PSI_BINS;
    const columns = [];
    const scratch = new Uint32Array(2 * Math.max(reference.rows, current.rows));
    for (const [name, ref] of reference.columns) {
        const cur = current.columns.get(name);
        if (cur)
            columns.push(compareColumn(name, ref, cur, bins, scratch));
    }
    const tested = columns.filter(c => c.ks !== null);
    const adjusted = holmAdjust(tested.map(c => c.ks.pValue));
    tested.forEach((c, i) => (c.ks.adjustedPValue = adjusted[i]));
    for (const c of columns) {
        if (c.psi !== null && c.psi > thresholds.psi) {
            c.reasons.push(`PSI ${fmt(c.psi)} > ${thresholds.psi}`);
        }
        if (c.ks && c.ks.adjustedPValue < thresholds.ksAlpha) {
            c.reasons.push(`KS D = ${fmt(c.ks.statistic)}, p = ${fmt(c.ks.adjustedPValue)} (Holm-adjusted) < ${thresholds.ksAlpha}`);
        }
        c.drifted = c.reasons.length > 0;
    }
    const driftedColumns = columns.filter(c => c.drifted).map(c => c.column);
    return {
        thresholds,
        rows: { reference: reference.rows, current: current.rows },
        columns,
        onlyInReference: [...reference.columns.keys()].filter(k => !current.columns.has(k)),
        onlyInCurrent: [...current.columns.keys()].filter(k => !reference.columns.has(k)),
        driftedColumns,
        drifted: driftedColumns.length > 0
    };
}
function compareColumn(name, ref, cur, bins, scratch) {
    const type = ref.kind === 'numeric' && cur.kind === 'numeric' ? 'numeric' : 'categorical';
    const result = {
        column: name,
        type,
        reference: { n: columnSize(ref), missing: ref.missing },
        current: { n: columnSize(cur), missing: cur.missing },
        psi: null,
        psiBins: null,
        ks: null,
        drifted: false,
        reasons: []
    };
    const empty = [
        result.reference.n === 0 ? 'reference' : undefined,
        result.current.n === 0 ? 'current' : undefined
    ].filter(Boolean);
    if (empty.length) {
        result.note = `not compared: no values in ${empty.join(' and ')}`;
        return result;
    }
    let psi;
    if (ref.kind === 'numeric' && cur.kind === 'numeric') {
        const a = radix_sort_sortedFloat64(ref.values, scratch);
        const b = radix_sort_sortedFloat64(cur.values, scratch);
        psi = psiNumericSorted(a, b, bins);
        result.ks = { ...ksTwoSampleSorted(a, b), adjustedPValue: NaN };
    }
    else {
        psi = psiCategorical(asCategorical(ref).counts, asCategorical(cur).counts);
    }
    const { psi: value, ...detail } = psi;
    result.psi = value;
    result.psiBins = detail;
    return result;
}
function fmt(x) {
    return x === 0 ? '0' : Math.abs(x) >= 1e-3 ? x.toPrecision(3) : x.toExponential(2);
}

;// CONCATENATED MODULE: ./src/monitoring/drift/index.ts
/**
 * Drift statistics for `monitor` (SPEC §4, Monitoring). Pure code apart from
 * the file readers; no @actions imports.
 *
 *   const reference = await readFeatures('data/reference.csv')
 *   const current = await readFeatures(expandedGlobPaths)   // CSV or JSON lines
 *   const report = driftReport(reference, current, { psi: 0.2, ksAlpha: 0.01 })
 *   report.drifted, report.driftedColumns, report.columns[i].{psi, ks, reasons, …}
 *
 * Building blocks, usable alone: psiNumeric / psiCategorical (psi.ts),
 * ksTwoSample (ks.ts, matches scipy.stats.ks_2samp), holmAdjust (holm.ts).
 */









;// CONCATENATED MODULE: ./src/monitoring/metric-health.ts
function judgeMetrics(policy, recorded, fresh) {
    const rows = [];
    for (const [metric, p] of Object.entries(policy)) {
        const value = fresh[metric];
        if (value === undefined)
            continue;
        const before = recorded[metric];
        const delta = before === undefined ? undefined : value - before;
        const problems = [];
        if (p.min !== undefined && value < p.min)
            problems.push(`${metric_health_fmt(value)} < min ${p.min}`);
        if (p.max !== undefined && value > p.max)
            problems.push(`${metric_health_fmt(value)} > max ${p.max}`);
        const allowed = allowedRegression(p, before);
        // A regression is a move against the goal.
        const regression = delta === undefined ? 0 : p.goal === 'maximize' ? -delta : delta;
        if (allowed !== undefined && regression > allowed + 1e-12) {
            problems.push(`${metric_health_fmt(value)} regressed ${metric_health_fmt(regression)} from ${metric_health_fmt(before)} (allowed ${metric_health_fmt(allowed)})`);
        }
        rows.push({
            metric,
            ...(before !== undefined ? { recorded: before } : {}),
            fresh: value,
            ...(delta !== undefined ? { delta } : {}),
            healthy: problems.length === 0,
            judged: p.min !== undefined || p.max !== undefined || allowed !== undefined,
            reason: problems.length ? problems.join('; ') : checkedAgainst(p, allowed)
        });
    }
    return rows;
}
/** The largest regression the policy accepts, or undefined when it sets none. */
function allowedRegression(p, recorded) {
    if (recorded === undefined)
        return undefined;
    const limits = [];
    if (p.tolerance !== undefined)
        limits.push(p.tolerance * Math.abs(recorded));
    if (p.maxRegression !== undefined)
        limits.push(p.maxRegression);
    return limits.length ? Math.min(...limits) : undefined;
}
function checkedAgainst(p, allowed) {
    const parts = [
        p.min !== undefined ? `≥ ${p.min}` : '',
        p.max !== undefined ? `≤ ${p.max}` : '',
        allowed !== undefined ? `regression ≤ ${metric_health_fmt(allowed)}` : ''
    ].filter(Boolean);
    return parts.length ? `ok (${parts.join(', ')})` : 'info (no threshold)';
}
function metric_health_fmt(x) {
    return Number.isInteger(x) ? String(x) : x.toPrecision(4).replace(/\.?0+$/, '');
}

// EXTERNAL MODULE: ./src/monitoring/health.ts
var health = __webpack_require__(10650);
// EXTERNAL MODULE: ./src/registry/file-kind.ts
var file_kind = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/registry/glob.ts
var glob = __webpack_require__(74001);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/version-order.ts
var version_order = __webpack_require__(91106);
// EXTERNAL MODULE: ./src/commands/change-stamp.ts
var change_stamp = __webpack_require__(85414);
// EXTERNAL MODULE: ./src/commands/github-session.ts
var github_session = __webpack_require__(71678);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
// EXTERNAL MODULE: ./src/commands/output-dir.ts
var output_dir = __webpack_require__(29547);
;// CONCATENATED MODULE: ./src/commands/monitor.ts
/**
 * `monitor` (SPEC §3, §4 Monitoring): re-checks every production model that
 * declares `monitor` — re-evaluation on fresh data judged against the
 * version's recorded metrics, and feature drift between `reference` and
 * `current` — then keeps one issue per model (label `modelgate:monitor`):
 * opened or updated while a check fails, closed by the first healthy run.
 * When the issue is opened, the retraining workflow (`monitor.retrain`) is
 * dispatched. Recipe: load → check each model → report → issues.
 *
 * Exit 1 (a decision "no") when a model fails; `dry-run` checks and reports
 * but touches no issue.
 */

















async function monitor(settings, ctx) {
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, settings.model);
    const production = reg.stages[reg.stages.length - 1].name;
    const watched = reg.models.filter(m => m.spec.monitor && liveVersion(reg, m, production));
    if (settings.model && !watched.some(m => m.name === settings.model)) {
        throw new errors/* DecisionError */.bW(`model ${(0,clip/* quote */.hD)(settings.model)} has no ${production} version with a \`monitor\` section to check`);
    }
    const checked = watched.filter(m => !settings.model || m.name === settings.model);
    const evaluated = checked.filter(m => m.spec.monitor?.evaluate);
    if (evaluated.length) {
        await (0,output_dir/* checkOutputDir */.V)(reg, settings.workspace, settings.outputDir, evaluated.map(m => monitorOutputDir(settings, m)), [result_file/* RESULT_FILE */.FX]);
    }
    const stamp = (0,change_stamp/* changeStamp */.a)(ctx);
    const healths = [];
    for (const model of checked) {
        healths.push(await ctx.log.group(`Check ${model.name} in ${production}`, () => checkModel(reg, model, liveVersion(reg, model, production), settings, ctx)));
    }
    const issues = settings.dryRun ? [] : await keepIssues(healths, reg, settings, ctx, stamp);
    const failing = healths.filter(h => !h.healthy);
    return {
        command: 'monitor',
        ok: failing.length === 0,
        decision: failing.length ? 'fail' : 'pass',
        diagnostics: [],
        result: {
            models: healths,
            issues,
            dryRun: settings.dryRun,
            checkedAt: stamp.at,
            run: stamp.run
        },
        outputs: {},
        exitCode: failing.length ? 1 : 0
    };
}
/** Where the monitor's evaluation of a model writes: `<output-dir>/<model>/monitor/`. */
function monitorOutputDir(settings, model) {
    return external_node_path_default().join(settings.outputDir, model.name, 'monitor');
}
function liveVersion(reg, model, stage) {
    return (0,version_order/* newestFirst */.ll)(reg, model, model.spec.versions.filter(v => v.stage === stage && (0,layout/* isLive */.DG)(v)))[0];
}
async function checkModel(reg, model, entry, settings, ctx) {
    const spec = model.spec.monitor;
    const health = {
        model: model.name,
        version: entry.version,
        stage: entry.stage,
        healthy: true,
        problems: []
    };
    if (spec.evaluate) {
        // The production version's files, evaluated by the monitor's own command on fresh data.
        const target = {
            model: { ...model, spec: { ...model.spec, evaluate: spec.evaluate } },
            version: entry.version,
            target: 'version',
            stage: entry.stage,
            modelDir: external_node_path_default().join(reg.repoRoot, (0,layout/* versionDir */.EE)(reg, model.name, entry)),
            files: (0,evaluation_target/* filePaths */.B2)(reg, model.name, entry),
            outputDir: monitorOutputDir(settings, model),
            train: false
        };
        const result = await (0,run_evaluation.runEvaluation)(reg, target, {
            runner: await ctx.processes(),
            git: ctx.git(reg.repoRoot),
            log: ctx.log,
            env: ctx.env,
            secrets: ctx.secrets,
            now: ctx.now
        });
        if (result.status !== 'ok') {
            health.evaluation = { error: result.error ?? 'no reason given', metrics: [] };
            health.problems.push(`the evaluation on fresh data failed: ${result.error ?? 'no reason'}`);
        }
        else {
            const metrics = judgeMetrics(model.spec.metrics ?? {}, entry.metrics ?? {}, result.metrics ?? {});
            health.evaluation = { metrics };
            for (const m of metrics.filter(x => !x.healthy))
                health.problems.push(`${m.metric}: ${m.reason}`);
        }
    }
    if (spec.reference && spec.current) {
        const reference = spec.reference;
        const current = (0,glob/* hasGlob */.bz)(spec.current) ? (0,glob/* expandGlob */.hT)(reg.repoRoot, spec.current) : [spec.current];
        if (!current.length) {
            throw new errors/* DecisionError */.bW(`models.${model.name}.monitor.current "${spec.current}" matches no file`);
        }
        const thresholds = { ...DEFAULT_DRIFT_THRESHOLDS, ...spec.drift };
        const report = await readAndCompare(reg.repoRoot, reference, current, thresholds, model.name);
        health.drift = {
            rows: driftRows(report),
            reference,
            current,
            psi: thresholds.psi,
            ksAlpha: thresholds.ksAlpha
        };
        if (report.drifted) {
            health.problems.push(`feature drift in ${report.driftedColumns.join(', ')}`);
        }
    }
    health.healthy = health.problems.length === 0;
    ctx.log.info(health.healthy
        ? `${model.name} ${entry.version}: healthy`
        : `${model.name} ${entry.version}: ${health.problems.join('; ')}`);
    return health;
}
async function readAndCompare(root, reference, current, thresholds, model) {
    // Looked at before they are opened: a FIFO would hang the read, a link may not leave the repository.
    for (const rel of [reference, ...current]) {
        const state = (0,file_kind/* inspectFile */.Xp)(external_node_path_default().join(root, rel), {
            linksWithin: [root],
            within: 'the repository'
        });
        if (state.kind === 'bad')
            throw new errors/* DecisionError */.bW(`models.${model}.monitor: ${(0,clip/* clip */.$Q)(rel)} ${state.reason}`);
    }
    try {
        const ref = await readFeatures(external_node_path_default().join(root, reference));
        const cur = await readFeatures(current.map(c => external_node_path_default().join(root, c)));
        return driftReport(ref, cur, thresholds);
    }
    catch (error) {
        if (error instanceof errors/* ModelgateError */.HJ)
            throw error;
        // A missing or malformed feature file is the manifest's or the data's problem: say which.
        throw new errors/* DecisionError */.bW(`models.${model}.monitor: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function driftRows(report) {
    return report.columns
        .filter(c => c.psi !== null)
        .map(c => ({
        column: c.column,
        kind: c.type,
        psi: c.psi,
        ...(c.ks
            ? { ks: { d: c.ks.statistic, p: c.ks.pValue, pAdjusted: c.ks.adjustedPValue } }
            : {}),
        drifted: c.drifted,
        why: c.reasons.join('; ')
    }));
}
/** One issue per model: opened or updated while it fails, closed when healthy again. */
async function keepIssues(healths, reg, settings, ctx, stamp) {
    if (!healths.length)
        return [];
    const { api, target } = await (0,github_session/* openGitHubSession */.w)(reg, settings, ctx);
    return ctx.log.group('Keep the monitor issues', async () => {
        const open = await api.listOpenIssues(health/* MONITOR_LABEL */.q);
        const outcomes = [];
        for (const h of healths) {
            const mine = open.find(i => i.body?.includes((0,health/* monitorMarker */.t)(h.model)));
            const { title, body } = await ctx.render.monitorIssue(h, stamp.at, stamp.run);
            if (h.healthy) {
                if (!mine) {
                    outcomes.push({ model: h.model, action: 'none' });
                    continue;
                }
                await api.updateIssue(mine.number, { body, state: 'closed' });
                ctx.log.info(`closed #${mine.number}: ${h.model} is healthy again`);
                outcomes.push({ model: h.model, action: 'closed', number: mine.number, url: mine.url });
                continue;
            }
            if (mine) {
                await api.updateIssue(mine.number, { body });
                ctx.log.info(`updated #${mine.number} (${h.model})`);
                outcomes.push({ model: h.model, action: 'updated', number: mine.number, url: mine.url });
                continue;
            }
            const issue = await openIssueOnce(api, h.model, { title, body, labels: [health/* MONITOR_LABEL */.q] });
            ctx.log.info(`opened #${issue.number} (${h.model}): ${issue.url}`);
            const outcome = {
                model: h.model,
                action: 'opened',
                number: issue.number,
                url: issue.url
            };
            // Retraining is asked for once, when the problem is first seen, not on every failing run.
            const retrain = reg.models.find(m => m.name === h.model)?.spec.monitor?.retrain;
            if (retrain) {
                const ref = retrain.ref ?? target.base;
                await api.dispatchWorkflow(retrain.workflow, ref, { model: h.model });
                ctx.log.info(`dispatched ${retrain.workflow} on ${ref} to retrain ${h.model}`);
                outcome.dispatched = `${retrain.workflow}@${ref}`;
            }
            outcomes.push(outcome);
        }
        return outcomes;
    });
}
/**
 * Opens a model's issue, once: when the answer is lost (the connection dropped after GitHub
 * may have acted), the open issues are read again and the one carrying the model's marker is
 * the issue, so a rerun or a retry never opens a second one.
 */
async function openIssueOnce(api, model, issue) {
    try {
        return await api.createIssue(issue);
    }
    catch (error) {
        const opened = (await api.listOpenIssues(health/* MONITOR_LABEL */.q)).find(i => i.body?.includes((0,health/* monitorMarker */.t)(model)));
        if (opened)
            return opened;
        throw error;
    }
}


/***/ }),

/***/ 29547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ checkOutputDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _registry_file_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6472);
/* harmony import */ var _registry_output_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2552);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(143);
/**
 * The output folder's checks, once per command that writes there (evaluate,
 * report, monitor) and before anything is written: where it may be
 * (registry/output-dir.ts), then on disk — no part of it below the
 * workspace is a symbolic link (a committed `.modelgate` link would send the
 * results, and the removal of earlier ones, anywhere), and no part is a
 * file. A refusal is a usage error (exit 2) naming the path.
 */






/**
 * Checks `outputDir` and each folder below it the command will write
 * (`<output-dir>/<model>/<version>/`): every existing step from the
 * workspace down is a real folder, and none of `files` (written by name in
 * each of `folders`, like result.json) is a folder.
 */
async function checkOutputDir(reg, workspace, outputDir, folders = [], files = []) {
    const problem = (0,_registry_output_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .outputDirProblem */ .u)(reg, outputDir, workspace);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(problem);
    for (const folder of [outputDir, ...folders]) {
        if (!(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isInside */ .FK)(outputDir, folder)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${folder} is not inside output-dir ${outputDir}`);
        }
        const steps = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, folder).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
        let at = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
        for (const step of steps) {
            at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(at, step);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at).catch(() => undefined);
            if (!st)
                break;
            if (st.isSymbolicLink()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`output-dir ${outputDir} passes through the symbolic link ${at}; modelgate writes only into real folders of the workspace`);
            }
            if (!st.isDirectory()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`output-dir ${outputDir}: ${at} is ${st.isFile() ? 'a file' : (0,_registry_file_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .notFileKind */ .qV)(st)}, not a folder`);
            }
        }
        for (const name of folders.includes(folder) ? files : []) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, name);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined);
            if (st?.isDirectory()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${abs} is a folder; modelgate writes its ${name} there`);
            }
        }
    }
}


/***/ }),

/***/ 6143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ blankSecretsIn)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27194);
/**
 * The files a manifest command wrote into its output folder are uploaded as
 * an artifact, which the runner never masks. A file in which a secret of the
 * run appears (a command that dumped its environment or `.git/config` there)
 * has it replaced by `***` before anything reads or uploads it, and the log
 * names the file. Symbolic links are not followed; only regular files are
 * read, a chunk at a time.
 */




/** Blanks the secrets in every regular file under `dir`; resolves with the files changed. */
async function blankSecretsIn(dir, secrets, log) {
    const forms = secrets.forms.map(f => Buffer.from(f, 'utf8'));
    if (!forms.length)
        return [];
    const changed = [];
    for (const file of await regularFiles(dir)) {
        if (!(await holdsAny(file, forms)))
            continue;
        let bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        for (const form of forms)
            bytes = replaceAll(bytes, form, Buffer.from(_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .MASK */ .v5));
        const tmp = `${file}.${process.pid}.blank`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, bytes);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
        changed.push(file);
        log.warning(`${file} held a secret of this run; it was replaced by ${_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .MASK */ .v5} before upload`);
    }
    return changed;
}
async function regularFiles(dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return []; // no output folder: nothing was written
    }
    const out = [];
    for (const entry of entries) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.name);
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
        if (stat.isDirectory())
            out.push(...(await regularFiles(full)));
        else if (stat.isFile())
            out.push(full);
    }
    return out;
}
/** Whether any of `forms` occurs in the file, read in chunks that overlap by the longest form. */
async function holdsAny(file, forms) {
    const overlap = Math.max(...forms.map(f => f.length)) - 1;
    let tail = Buffer.alloc(0);
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file)) {
        const window = Buffer.concat([tail, chunk]);
        if (forms.some(f => window.includes(f)))
            return true;
        tail = window.subarray(Math.max(0, window.length - overlap));
    }
    return false;
}
function replaceAll(bytes, find, by) {
    const parts = [];
    let at = 0;
    for (let i = bytes.indexOf(find); i >= 0; i = bytes.indexOf(find, at)) {
        parts.push(bytes.subarray(at, i), by);
        at = i + find.length;
    }
    if (at === 0)
        return bytes;
    parts.push(bytes.subarray(at));
    return Buffer.concat(parts);
}


/***/ }),

/***/ 24829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ clearOwnOutputs)
/* harmony export */ });
/* unused harmony export ownOutputNames */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _registry_file_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6472);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _result_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34580);
/**
 * What an evaluation removes from its output folder before it runs (SPEC
 * §7): only what an earlier modelgate run wrote there, so that a stale
 * result cannot survive a failed run, and nothing else — the folder is
 * never emptied. Those files are:
 *
 * - `result.json` (and a temp file a crashed write left, `result.json.<pid>.tmp`);
 * - the metrics and predictions files the manifest names for the commands
 *   being run (`evaluate.metrics`/`predictions`, and `train`'s with `train`);
 * - with `train`, the model's `files`: the folder is where `train` writes the model;
 * - the predictions file and, for a trained model, the model files an earlier
 *   `result.json` of this model in this folder records.
 *
 * Each name must be a plain relative name (no `..`, not absolute) that stays
 * in the folder without passing through a symbolic link; a folder found at
 * such a name is left alone. A symbolic link at such a name is removed as a
 * link, never followed.
 */





/** The names (relative to the output folder) an evaluation of `t` may remove; see the file comment. */
async function ownOutputNames(t) {
    const spec = t.model.spec;
    const names = [_result_file_js__WEBPACK_IMPORTED_MODULE_4__/* .RESULT_FILE */ .FX, spec.evaluate?.metrics, spec.evaluate?.predictions];
    if (t.train)
        names.push(spec.train?.metrics, spec.train?.predictions, ...Object.keys(t.files));
    const previous = await previousResult(t);
    if (previous) {
        names.push(previous.predictions);
        if (previous.stage === 'trained')
            names.push(...Object.keys(previous.files ?? {}));
    }
    const temps = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(t.outputDir).catch(() => []);
    names.push(...temps.filter(n => /^result\.json\.\d+\.tmp$/.test(n)));
    return [...new Set(names.filter((n) => typeof n === 'string' && safeName(n)))];
}
/** Removes what `ownOutputNames` lists; returns the names removed. */
async function clearOwnOutputs(t) {
    const removed = [];
    for (const name of await ownOutputNames(t)) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(t.outputDir, name);
        if (!(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(t.outputDir, abs) || !(await realFoldersOnTheWay(t.outputDir, abs)))
            continue;
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined);
        if (!st || st.isDirectory())
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(abs);
        removed.push(name);
    }
    return removed;
}
function safeName(name) {
    return name !== '' && (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .unsafeFileNameReason */ .E_)(name) === undefined;
}
/** True when every folder between `base` and `abs` is a real folder (no link, no file). */
async function realFoldersOnTheWay(base, abs) {
    const steps = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean);
    let at = base;
    for (const step of steps) {
        at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(at, step);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at).catch(() => undefined);
        if (!st || !st.isDirectory())
            return false;
    }
    return true;
}
/** The folder's earlier result.json when it is a modelgate result of this model. */
async function previousResult(t) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(t.outputDir, _result_file_js__WEBPACK_IMPORTED_MODULE_4__/* .RESULT_FILE */ .FX);
    if ((0,_registry_file_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .inspectFile */ .Xp)(file).kind !== 'file')
        return undefined;
    try {
        const data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
        if (!data || typeof data !== 'object' || data.schema !== _result_file_js__WEBPACK_IMPORTED_MODULE_4__/* .RESULT_SCHEMA */ .w)
            return undefined;
        return data.model === t.model.name ? data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

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

/***/ 2552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ outputDirProblem)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _layout_places_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57922);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(143);
/**
 * Where the output folder (`output-dir`, default `.modelgate`) may be (SPEC
 * §7): inside the workspace, and clear of everything the registry keeps —
 * the manifest and its shards, the registry `root`, and every stage,
 * benchmark and archive folder (not equal to one, not holding one, not
 * inside one). evaluate, report and monitor write there, and evaluate
 * removes its own earlier outputs there, so a folder that overlaps the
 * registry could lose a model. Under layout templates the folders are the
 * places the `{stage}` segments name (layout-places.ts). Pure path arithmetic; the command layer adds
 * the checks that need the disk (symbolic links, files in the way).
 */



/** Why `outputDir` (absolute) cannot be the output folder, or undefined when it can. */
function outputDirProblem(reg, outputDir, workspace) {
    const out = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(outputDir);
    const shown = `output-dir ${out}`;
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(workspace, out) || out === node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace)) {
        return `${shown} is not inside the workspace ${workspace}; use a folder of its own there (default .modelgate)`;
    }
    const gitDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, '.git');
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(out, reg.repoRoot))
        return `${shown} holds the repository ${reg.repoRoot}`;
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(gitDir, out))
        return `${shown} is inside ${gitDir}`;
    for (const file of [reg.manifest, ...reg.shards]) {
        if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(out, file.absPath))
            return `${shown} holds the manifest ${file.relPath}`;
    }
    const rootAbs = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, reg.root);
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(out, rootAbs))
        return `${shown} is or holds the registry root ${reg.root}`;
    const places = (0,_layout_places_js__WEBPACK_IMPORTED_MODULE_1__/* .stagePlaces */ .p4)(reg);
    const outRel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(reg.repoRoot, out).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    for (const p of places) {
        // Exactly a folder (`models/staging`), else the files and folders whose name begins with it
        // (`resources/staging*` under `{stage}{ext}`), else all of a folder with placeholders above.
        const exact = p.exact && p.depth === 0;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, exact ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRel */ .gN)(p.base, p.folder) : p.base);
        const within = (0,_layout_places_js__WEBPACK_IMPORTED_MODULE_1__/* .placeOf */ .$t)([p], `${outRel}/x`) !== undefined;
        if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(out, abs) || (exact ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(abs, out) : within)) {
            const shownPlace = exact
                ? node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(reg.repoRoot, abs)
                : p.depth === 0
                    ? `${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRel */ .gN)(p.base, p.start)}*`
                    : p.base;
            return `${shown} overlaps the registry folder ${shownPlace} (a stage, benchmark or archive folder); model files live there`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 94470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   Tr: () => (/* binding */ resolveGitHubTarget),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* unused harmony exports parseRemoteUrl, describeRemote */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95861);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Where a pull request goes: the repository, the base branch, the API URL
 * and the token. Inside Actions all of it comes from the runner's
 * environment; on a laptop the repository falls back to the `origin`
 * remote and the base branch to the checkout's current branch. The event
 * payload is read once, with the settings (runner-event.ts).
 */


async function resolveGitHubTarget(settings, env, checkout) {
    const token = settings.token || env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('a token is needed to open the pull request: set the `token` input (the default is github.token) or GITHUB_TOKEN; or use dry-run');
    }
    const { owner, repo } = await repository(env, checkout);
    const base = settings.base ||
        settings.event.defaultBranch ||
        env.GITHUB_REF_NAME ||
        (await checkout.currentBranch());
    if (!base) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('cannot tell which branch the pull request targets: set the `base` input (e.g. main)');
    }
    return { owner, repo, base, apiUrl: apiBaseUrl(env), token };
}
/** GITHUB_API_URL (GitHub Enterprise sets it), else github.com's. */
function apiBaseUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The repository: GITHUB_REPOSITORY, else the `origin` remote (also used by `report`). */
async function repository(env, checkout) {
    const named = env.GITHUB_REPOSITORY?.trim();
    if (named) {
        const m = /^([^/\s]+)\/([^/\s]+)$/.exec(named);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`GITHUB_REPOSITORY is ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(named)}; expected "owner/repo"`);
        return { owner: m[1], repo: m[2] };
    }
    const origin = await checkout.originUrl();
    const parsed = origin ? parseRemoteUrl(origin) : undefined;
    if (!parsed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot tell which GitHub repository to open the pull request in${origin ? ` (${describeRemote(origin)})` : ''}: set GITHUB_REPOSITORY=owner/repo`);
    }
    return parsed;
}
/** An owner (user or organisation) as GitHub allows it. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** A repository name as GitHub allows it (`.` and `..` aside). */
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** `scheme://…`: parsed as a URL, whose user and password are dropped. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `[user@]host:path`, git's scp-like form. */
const SCP = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.*)$/;
/**
 * `https://host/owner/repo(.git)`, `git@host:owner/repo(.git)`, `ssh://git@host/owner/repo`;
 * credentials in it are dropped. Only an owner and a repository name GitHub allows come out,
 * so nothing else in a malformed URL (a password, a query, `@`, `:`) can reach a request path
 * or a pull request's URL.
 */
function parseRemoteUrl(url) {
    const text = url.trim();
    let pathname;
    if (SCHEME.test(text)) {
        try {
            pathname = new URL(text).pathname;
        }
        catch {
            return undefined;
        }
    }
    else {
        pathname = SCP.exec(text)?.[2];
    }
    const m = pathname ? /^\/*([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(pathname) : null;
    if (!m)
        return undefined;
    const [, owner, repo] = m;
    if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..')
        return undefined;
    return { owner, repo };
}
/**
 * The remote for a message, never its credentials: a URL without user, password, query and
 * fragment, `host:path`, or a plain path; anything that does not read as one of those may
 * hold a secret anywhere, and is not shown.
 */
function describeRemote(url) {
    const text = url.trim();
    let shown;
    if (SCHEME.test(text)) {
        try {
            const u = new URL(text);
            shown = `${u.protocol}//${u.host}${u.pathname}`;
        }
        catch {
            shown = undefined;
        }
    }
    else {
        const scp = SCP.exec(text);
        shown = scp ? `${scp[1]}:${scp[2]}` : text;
    }
    const plain = /^(?:[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9.-]+(?::\d+)?|[A-Za-z0-9.-]+:)?[A-Za-z0-9._~/-]*$/i;
    return shown && plain.test(shown)
        ? `origin is "${shown}"`
        : 'origin is not shown: it is no plain URL and may hold credentials';
}


/***/ })

};
