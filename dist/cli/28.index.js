export const id = 28;
export const ids = [28];
export const modules = {

/***/ 10162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f1: () => (/* binding */ addUnquotedField),
/* harmony export */   oL: () => (/* binding */ addUnquotedFieldAscii),
/* harmony export */   uY: () => (/* binding */ quotedFields)
/* harmony export */ });
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_FAST_DIGITS = 15;
const COMMA = 44;
const QUOTE = 34;
/**
 * Adds the unquoted field starting at `start` (ending at a comma or at
 * `end`) to `column`; returns the index just past it (at the comma or `end`).
 */
function addUnquotedField(text, start, end, column) {
    let i = start;
    let c = i < end ? text.charCodeAt(i) : COMMA;
    let negative = false;
    if (c === 45 || c === 43) {
        negative = c === 45;
        c = ++i < end ? text.charCodeAt(i) : COMMA;
    }
    let mantissa = 0;
    let digits = 0;
    let significant = 0;
    let scale = 0;
    while (c >= 48 && c <= 57) {
        if (significant > 0 || c !== 48) {
            mantissa = mantissa * 10 + (c - 48);
            significant++;
        }
        digits++;
        c = ++i < end ? text.charCodeAt(i) : COMMA;
    }
    if (c === 46) {
        c = ++i < end ? text.charCodeAt(i) : COMMA;
        while (c >= 48 && c <= 57) {
            if (significant > 0 || c !== 48) {
                mantissa = mantissa * 10 + (c - 48);
                significant++;
            }
            digits++;
            scale--;
            c = ++i < end ? text.charCodeAt(i) : COMMA;
        }
    }
    let ok = digits > 0;
    if (ok && (c === 101 || c === 69)) {
        c = ++i < end ? text.charCodeAt(i) : COMMA;
        let expNegative = false;
        if (c === 45 || c === 43) {
            expNegative = c === 45;
            c = ++i < end ? text.charCodeAt(i) : COMMA;
        }
        let exp = 0;
        let expDigits = 0;
        while (c >= 48 && c <= 57) {
            exp = exp < 1e6 ? exp * 10 + (c - 48) : exp;
            expDigits++;
            c = ++i < end ? text.charCodeAt(i) : COMMA;
        }
        ok = expDigits > 0;
        scale += expNegative ? -exp : exp;
    }
    if (ok && c === COMMA) {
        // A whole decimal number (the field ends here: a comma, or `end`).
        let x;
        if (significant <= MAX_FAST_DIGITS && scale >= -22 && scale <= 22) {
            x = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
            if (negative)
                x = -x;
        }
        else {
            x = +text.slice(start, i);
        }
        if (x === Infinity || x === -Infinity)
            column.addText(text.slice(start, i));
        else
            column.addNumber(x);
        return i;
    }
    let stop = text.indexOf(',', i);
    if (stop === -1 || stop > end)
        stop = end;
    column.addText(text.slice(start, stop));
    return stop;
}
/**
 * The same as addUnquotedField, reading the characters from the chunk's
 * bytes, for a chunk that is all ASCII (so byte i is character i of `text`,
 * which the fallbacks still slice). Indexing a Uint8Array is a plain load,
 * where charCodeAt must check the string's representation on every call:
 * this loop is most of the time spent reading a numeric CSV. Kept as a copy
 * of the loop above rather than one loop over an accessor, which V8 would
 * not inline as well.
 */
function addUnquotedFieldAscii(bytes, text, start, end, column) {
    let i = start;
    let c = i < end ? bytes[i] : COMMA;
    let negative = false;
    if (c === 45 || c === 43) {
        negative = c === 45;
        c = ++i < end ? bytes[i] : COMMA;
    }
    let mantissa = 0;
    let digits = 0;
    let significant = 0;
    let scale = 0;
    while (c >= 48 && c <= 57) {
        if (significant > 0 || c !== 48) {
            mantissa = mantissa * 10 + (c - 48);
            significant++;
        }
        digits++;
        c = ++i < end ? bytes[i] : COMMA;
    }
    if (c === 46) {
        c = ++i < end ? bytes[i] : COMMA;
        while (c >= 48 && c <= 57) {
            if (significant > 0 || c !== 48) {
                mantissa = mantissa * 10 + (c - 48);
                significant++;
            }
            digits++;
            scale--;
            c = ++i < end ? bytes[i] : COMMA;
        }
    }
    let ok = digits > 0;
    if (ok && (c === 101 || c === 69)) {
        c = ++i < end ? bytes[i] : COMMA;
        let expNegative = false;
        if (c === 45 || c === 43) {
            expNegative = c === 45;
            c = ++i < end ? bytes[i] : COMMA;
        }
        let exp = 0;
        let expDigits = 0;
        while (c >= 48 && c <= 57) {
            exp = exp < 1e6 ? exp * 10 + (c - 48) : exp;
            expDigits++;
            c = ++i < end ? bytes[i] : COMMA;
        }
        ok = expDigits > 0;
        scale += expNegative ? -exp : exp;
    }
    if (ok && c === COMMA) {
        // A whole decimal number (the field ends here: a comma, or `end`).
        let x;
        if (significant <= MAX_FAST_DIGITS && scale >= -22 && scale <= 22) {
            x = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
            if (negative)
                x = -x;
        }
        else {
            x = +text.slice(start, i);
        }
        if (x === Infinity || x === -Infinity)
            column.addText(text.slice(start, i));
        else
            column.addNumber(x);
        return i;
    }
    let stop = text.indexOf(',', i);
    if (stop === -1 || stop > end)
        stop = end;
    column.addText(text.slice(start, stop));
    return stop;
}
/**
 * The fields of the record `text[start, end)`, which contains quotes, decoded
 * (RFC 4180): a field in double quotes may hold commas, doubled quotes `""`
 * and line breaks, kept as they are. A problem goes to `fail` with the index
 * in `text` of the character at fault (for `unclosed`, the opening quote).
 */
function quotedFields(text, start, end, fail) {
    const fields = [];
    let i = start;
    for (;;) {
        if (i < end && text.charCodeAt(i) === QUOTE) {
            let value = '';
            let j = i + 1;
            for (;;) {
                const q = text.indexOf('"', j);
                if (q === -1 || q >= end)
                    fail('unclosed', i);
                value += text.slice(j, q);
                if (q + 1 < end && text.charCodeAt(q + 1) === QUOTE) {
                    value += '"';
                    j = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            if (i < end && text.charCodeAt(i) !== COMMA)
                fail('text-after-quote', i);
            fields.push(value);
        }
        else {
            let stop = i;
            while (stop < end && text.charCodeAt(stop) !== COMMA) {
                if (text.charCodeAt(stop) === QUOTE)
                    fail('quote-in-field', stop);
                stop++;
            }
            fields.push(text.slice(i, stop));
            i = stop;
        }
        if (i >= end)
            return fields;
        i++; // the comma
        if (i === end) {
            fields.push('');
            return fields;
        }
    }
}


/***/ }),

/***/ 98914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseCsv),
/* harmony export */   o: () => (/* binding */ CsvSyntaxError)
/* harmony export */ });
/* harmony import */ var _monitoring_drift_csv_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10162);
/**
 * A minimal RFC 4180 CSV reader for the two small CSV files modelgate reads
 * whole (metric files and predictions). It keeps the line on which each
 * record starts so that errors can point at the line a user sees in an
 * editor; a quoted field may span lines, so that is not always the record's
 * index + 1.
 *
 * Why not the feature reader of `monitor` (monitoring/drift/csv-reader.ts):
 * that one streams files of millions of rows in chunks straight into typed
 * columns, with no record as a list of strings, while predictions need their
 * cells as strings (labels) and errors by line. Both decode records with
 * quotes with the same `quotedFields` (monitoring/drift/csv-fields.ts); this
 * one reads CRLF and LF line ends alike, also inside quoted fields.
 */

/** Thrown for malformed quoting; callers turn it into their own error naming the file. */
class CsvSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.name = 'CsvSyntaxError';
        this.line = line;
    }
}
/**
 * Splits `text` into records. Blank lines are skipped (editors and scripts
 * often leave a trailing one); a UTF-8 byte order mark is dropped.
 */
function parseCsv(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const records = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const start = i + 1;
        i++;
        if (line.trim() === '')
            continue;
        // Fast path: most prediction files have no quotes at all, and split() is
        // an order of magnitude quicker than scanning characters.
        if (!line.includes('"')) {
            records.push({ fields: line.split(','), line: start });
            continue;
        }
        const { fields, linesUsed } = parseQuotedRecord(lines, i - 1);
        i += linesUsed - 1;
        records.push({ fields, line: start });
    }
    return records;
}
/**
 * The fields of the record with quotes that starts at `lines[first]`. It ends at the first line
 * end outside quotes, where the quotes so far are even in number (a quote that is not part of a
 * properly quoted field is an error before that matters); its lines are joined with `\n`, as
 * a line break inside a quoted field reads.
 */
function parseQuotedRecord(lines, first) {
    let last = first;
    let quotes = countQuotes(lines[first]);
    while (quotes % 2 === 1 && last + 1 < lines.length)
        quotes += countQuotes(lines[++last]);
    const text = lines.slice(first, last + 1).join('\n');
    const fields = (0,_monitoring_drift_csv_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedFields */ .uY)(text, 0, text.length, (problem, at) => {
        if (problem === 'unclosed')
            throw new CsvSyntaxError('unterminated quoted field', first + 1);
        const line = first + 1 + countNewlines(text, at);
        throw new CsvSyntaxError(problem === 'text-after-quote'
            ? `unexpected character ${JSON.stringify(text[at])} after a closing quote`
            : 'a quote inside an unquoted field (quote the whole field and double inner quotes)', line);
    });
    return { fields, linesUsed: last - first + 1 };
}
function countQuotes(line) {
    let n = 0;
    for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1))
        n++;
    return n;
}
function countNewlines(text, before) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < before; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}


/***/ }),

/***/ 31028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bl: () => (/* reexport */ pairPredictions),
  Y8: () => (/* binding */ parsePredictions)
});

// UNUSED EXPORTS: PairingError, PredictionsError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/csv.ts
var csv = __webpack_require__(98914);
// EXTERNAL MODULE: ./src/policy/numbers.ts
var numbers = __webpack_require__(79652);
;// CONCATENATED MODULE: ./src/policy/pairing.ts
/**
 * Pairs the candidate's and the benchmark's predictions example by example,
 * which the significance tests need (SPEC §4): by the `id` column when both
 * files have one, otherwise by row order. Pairing also checks that the two
 * were evaluated on the same data, since a paired test on different examples
 * would be meaningless: same examples, same y_true.
 */

/** Candidate and benchmark predictions that cannot be paired. */
class PairingError extends errors/* DecisionError */.bW {
    constructor(message) {
        super(message);
        this.name = 'PairingError';
    }
}
// y_true may be printed with different precision by two scripts (float32 vs
// float64); this is about the identity of the examples, not metric precision.
const REGRESSION_Y_TRUE_TOLERANCE = 1e-6;
const SHOWN = 5;
function pairPredictions(candidate, benchmark) {
    if (candidate.task !== benchmark.task) {
        throw new PairingError(`the candidate's predictions read as ${candidate.task} but the benchmark's as ` +
            `${benchmark.task}; both must predict the same kind of target ` +
            '(regression: numbers with at least one non-integer; otherwise classes)');
    }
    const order = alignment(candidate, benchmark);
    const reorder = (values) => order.map(i => values[i]);
    checkSameTruth(candidate, reorder(benchmark.yTrue));
    // Both arms share one union type; the cast restores the task/label link
    // that TypeScript loses across the spread (both files have the same task).
    return {
        task: candidate.task,
        ...(candidate.ids && benchmark.ids && { ids: candidate.ids }),
        yTrue: candidate.yTrue,
        candidate: { yPred: candidate.yPred, ...(candidate.yScore && { yScore: candidate.yScore }) },
        benchmark: {
            yPred: reorder(benchmark.yPred),
            ...(benchmark.yScore && { yScore: reorder(benchmark.yScore) })
        }
    };
}
/** For each candidate row, the index of its benchmark row. */
function alignment(candidate, benchmark) {
    if (candidate.ids && benchmark.ids) {
        const position = new Map(benchmark.ids.map((id, i) => [id, i]));
        const onlyCandidate = candidate.ids.filter(id => !position.has(id));
        const candidateIds = new Set(candidate.ids);
        const onlyBenchmark = benchmark.ids.filter(id => !candidateIds.has(id));
        if (onlyCandidate.length > 0 || onlyBenchmark.length > 0) {
            const parts = [
                onlyCandidate.length > 0 &&
                    `${onlyCandidate.length} ids only in the candidate's (${list(onlyCandidate)})`,
                onlyBenchmark.length > 0 &&
                    `${onlyBenchmark.length} only in the benchmark's (${list(onlyBenchmark)})`
            ].filter(Boolean);
            throw new PairingError(`candidate and benchmark predictions are not on the same examples: ${parts.join(', ')}; ` +
                `the candidate has ${candidate.ids.length} rows, the benchmark ${benchmark.ids.length}`);
        }
        return candidate.ids.map(id => position.get(id));
    }
    if (candidate.yTrue.length !== benchmark.yTrue.length) {
        throw new PairingError(`candidate and benchmark predictions have different numbers of rows ` +
            `(${candidate.yTrue.length} and ${benchmark.yTrue.length}); without an id column ` +
            'in both files rows pair by order, so both must list the same examples');
    }
    return candidate.yTrue.map((_, i) => i);
}
function checkSameTruth(candidate, benchmarkTruth) {
    const differs = [];
    candidate.yTrue.forEach((value, i) => {
        if (!sameTruth(value, benchmarkTruth[i]))
            differs.push(i);
    });
    if (differs.length === 0)
        return;
    const i = differs[0];
    const where = candidate.ids ? `id ${JSON.stringify(candidate.ids[i])}` : `row ${i + 1}`;
    throw new PairingError(`y_true differs for ${differs.length} of ${candidate.yTrue.length} paired examples ` +
        `(first at ${where}: candidate ${JSON.stringify(candidate.yTrue[i])}, ` +
        `benchmark ${JSON.stringify(benchmarkTruth[i])}); candidate and benchmark must be ` +
        'evaluated on the same data');
}
function sameTruth(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        return Math.abs(a - b) <= REGRESSION_Y_TRUE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
    }
    return a === b;
}
function list(ids) {
    const shown = ids.slice(0, SHOWN).map(id => JSON.stringify(id));
    return ids.length > SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
}

;// CONCATENATED MODULE: ./src/policy/predictions.ts
/**
 * Predictions files (SPEC §4): CSV with a header naming `y_true` and `y_pred`,
 * optionally `y_score` (the score of the positive class, for roc_auc) and
 * `id` (to pair candidate and benchmark rows), in any order; other columns
 * are ignored so scripts can keep features or notes beside them.
 *
 * Task rule: when every y_true and y_pred is a number and at least one of
 * them is not an integer, the file is a regression; otherwise it is a
 * classification. So `0,1` labels and `1.0,0.0` labels are classes, and
 * string labels are classes. Integer-valued regression targets (counts) are
 * therefore read as classes unless the caller forces `task: 'regression'`.
 * Numeric class labels are normalised (`1.0` and `1` are the same class, as
 * they are once pandas reads the column as numbers).
 */




/** A predictions file that cannot be read; `line` is the 1-based line in the file when known. */
class PredictionsError extends errors/* DecisionError */.bW {
    fileName;
    line;
    constructor(fileName, message, line) {
        const where = line === undefined ? fileName : `${fileName}:${line}`;
        super(`${where}: ${message}`, [
            { file: fileName, line: line ?? 0, col: 0, key: '', message, severity: 'error' }
        ]);
        this.name = 'PredictionsError';
        this.fileName = fileName;
        this.line = line;
    }
}
const KNOWN_COLUMNS = ['y_true', 'y_pred', 'y_score', 'id'];
function parsePredictions(text, fileName, options = {}) {
    let records;
    try {
        records = (0,csv/* parseCsv */.W)(text);
    }
    catch (err) {
        if (err instanceof csv/* CsvSyntaxError */.o)
            throw new PredictionsError(fileName, err.message, err.line);
        throw err;
    }
    if (records.length === 0) {
        throw new PredictionsError(fileName, 'is empty; expected a header with y_true,y_pred');
    }
    const [header, ...rows] = records;
    const columns = readHeader(header.fields, fileName, header.line);
    if (rows.length === 0)
        throw new PredictionsError(fileName, 'has a header but no rows');
    const yTrueText = [];
    const yPredText = [];
    const idColumn = columns.id;
    const scoreColumn = columns.y_score;
    const ids = idColumn === undefined ? undefined : [];
    const yScore = scoreColumn === undefined ? undefined : [];
    const idLines = new Map();
    for (const { fields, line } of rows) {
        if (fields.length !== header.fields.length) {
            throw new PredictionsError(fileName, `expected ${header.fields.length} fields as in the header, got ${fields.length}`, line);
        }
        yTrueText.push(requireCell(fields[columns.y_true], 'y_true', fileName, line));
        yPredText.push(requireCell(fields[columns.y_pred], 'y_pred', fileName, line));
        if (ids !== undefined && idColumn !== undefined) {
            const id = requireCell(fields[idColumn], 'id', fileName, line);
            const previous = idLines.get(id);
            if (previous !== undefined) {
                throw new PredictionsError(fileName, `id ${JSON.stringify(id)} repeats line ${previous}; ids must be unique`, line);
            }
            idLines.set(id, line);
            ids.push(id);
        }
        if (yScore !== undefined && scoreColumn !== undefined) {
            const cell = (0,numbers/* readNumberCell */.A)(fields[scoreColumn]);
            if (cell.kind !== 'number') {
                const what = cell.kind === 'non-finite' ? 'is NaN or infinite' : 'is not a number';
                throw new PredictionsError(fileName, `y_score ${JSON.stringify(cell.text)} ${what}`, line);
            }
            yScore.push(cell.value);
        }
    }
    const lines = rows.map(r => r.line);
    const base = { ...(ids && { ids }), ...(yScore && { yScore }) };
    const numeric = readNumbers(yTrueText, yPredText);
    const task = options.task ?? inferTask(numeric);
    if (task === 'regression') {
        if (numeric.bad !== undefined) {
            const { column, row, text: cellText } = numeric.bad;
            throw new PredictionsError(fileName, `${column} ${JSON.stringify(cellText)} is not a finite number, as regression needs`, lines[row]);
        }
        return { task, yTrue: numeric.yTrue, yPred: numeric.yPred, ...base };
    }
    // Numeric class labels: one spelling per class, as once read as numbers.
    if (numeric.bad === undefined) {
        return {
            task,
            yTrue: numeric.yTrue.map(String),
            yPred: numeric.yPred.map(String),
            ...base
        };
    }
    return { task, yTrue: yTrueText, yPred: yPredText, ...base };
}
function readNumbers(yTrue, yPred) {
    const out = { yTrue: [], yPred: [], anyNonInteger: false };
    for (let i = 0; i < yTrue.length; i++) {
        for (const column of ['y_true', 'y_pred']) {
            const text = column === 'y_true' ? yTrue[i] : yPred[i];
            const cell = (0,numbers/* readNumberCell */.A)(text);
            if (cell.kind !== 'number') {
                out.bad = { column, row: i, text };
                return out;
            }
            if (!Number.isInteger(cell.value))
                out.anyNonInteger = true;
            (column === 'y_true' ? out.yTrue : out.yPred).push(cell.value === 0 ? 0 : cell.value);
        }
    }
    return out;
}
/** The task rule in the module comment, applied to already-read columns. */
function inferTask(numeric) {
    return numeric.bad === undefined && numeric.anyNonInteger ? 'regression' : 'classification';
}
function readHeader(fields, fileName, line) {
    const found = {};
    fields.forEach((raw, i) => {
        const name = raw.trim().toLowerCase();
        if (!KNOWN_COLUMNS.includes(name))
            return;
        if (found[name] !== undefined) {
            throw new PredictionsError(fileName, `the header names column ${name} twice`, line);
        }
        found[name] = i;
    });
    if (found.y_true === undefined || found.y_pred === undefined) {
        const names = fields.map(f => f.trim()).join(', ');
        throw new PredictionsError(fileName, `the header must name the columns y_true and y_pred (optionally y_score, id); found: ${names}`, line);
    }
    return found;
}
function requireCell(value, column, fileName, line) {
    const trimmed = value.trim();
    if (trimmed === '')
        throw new PredictionsError(fileName, `${column} is empty`, line);
    return trimmed;
}


/***/ })

};
