export const id = 727;
export const ids = [727];
export const modules = {

/***/ 34580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ resolveResultPath),
/* harmony export */   F: () => (/* binding */ parseResult),
/* harmony export */   FX: () => (/* binding */ RESULT_FILE),
/* harmony export */   Uv: () => (/* binding */ readResult),
/* harmony export */   Zk: () => (/* binding */ writeResult),
/* harmony export */   l1: () => (/* binding */ readResultText),
/* harmony export */   w: () => (/* binding */ RESULT_SCHEMA)
/* harmony export */ });
/* unused harmony export jsonSyntaxError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _registry_file_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6472);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(143);
/**
 * `result.json`: what `evaluate` writes into `<output-dir>/<model>/<version>/`
 * and what `compare` and `promote` read (SPEC §3–4). Written atomically
 * (temp file + rename) so a reader never sees half a file, and written with
 * `status: error` and no metrics when evaluation fails, so nothing can
 * mistake a failed run for a passing one.
 */






const RESULT_FILE = 'result.json';
const RESULT_SCHEMA = 'modelgate/result/v1';
async function writeResult(dir, result) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, RESULT_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(result, null, 2) + '\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    return file;
}
/**
 * `result.json` itself, or the folder that holds it. A folder named
 * `result.json` is taken as the file (and refused as a folder when read).
 */
function resolveResultPath(fileOrDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(fileOrDir) !== RESULT_FILE &&
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(fileOrDir) &&
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(fileOrDir).isDirectory()
        ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(fileOrDir, RESULT_FILE)
        : fileOrDir;
}
/**
 * Reads a result file and checks its shape; `what` names it in messages
 * ("candidate results"). A missing file is a usage error (exit 2): the
 * caller did not run `evaluate` or pointed at the wrong place. A symbolic
 * link is followed only into `linksWithin` (the workspace).
 */
async function readResult(fileOrDir, what, linksWithin) {
    const { file, text } = await readResultText(fileOrDir, file => `${what} not found: ${file} (run evaluate first, or set the path)`, { what, linksWithin });
    return parseResult(text, file, what);
}
/**
 * The text of the file `fileOrDir` names (its result.json when it is a folder); a missing
 * file is a usage error worded by `notFound`. What is there is looked at before it is
 * opened: a FIFO, a folder or device, or a symbolic link leading out of `linksWithin`
 * is a usage error naming the path (never hangs, never quotes the file).
 */
async function readResultText(fileOrDir, notFound, options) {
    const file = resolveResultPath(fileOrDir);
    const state = (0,_registry_file_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectFile */ .Xp)(file, { linksWithin: options.linksWithin, within: 'the workspace' });
    if (state.kind === 'missing')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(notFound(file));
    if (state.kind === 'bad')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${options.what} ${file} ${state.reason}`);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(state.real, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(notFound(file));
    }
    const real = (0,_registry_file_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .realOrSame */ .eF)(state.real);
    return { file, text, outside: !options.linksWithin.some(r => (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isInside */ .FK)((0,_registry_file_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .realOrSame */ .eF)(r), real)) };
}
/**
 * A JSON syntax error without the text it quotes (`Unexpected token 'r', "root:x:0:0"...`):
 * the file may be anything, from anywhere, and its content is never printed.
 */
function jsonSyntaxError(err) {
    return String(err.message)
        .replace(/"(?:[^"\\]|\\.)*"(?:\.\.\.)?/g, '…')
        .replace(/'[^']*'/g, '…');
}
/** Checks the shape of the result.json text read from `file`, as `readResult` does. */
function parseResult(text, file, what) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DecisionError */ .bW(`${what} ${file} is not valid JSON: ${jsonSyntaxError(err)}`);
    }
    const r = data;
    if (!r || typeof r !== 'object' || r.schema !== RESULT_SCHEMA) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DecisionError */ .bW(`${what} ${file} is not a modelgate result (expected "schema": "${RESULT_SCHEMA}")`);
    }
    if (typeof r.model !== 'string' || typeof r.version !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DecisionError */ .bW(`${what} ${file} names no model or version`);
    }
    if (r.status !== 'ok') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DecisionError */ .bW(`${what} ${file} records a failed evaluation: ${r.error ?? 'no reason given'}`);
    }
    if (!r.metrics || typeof r.metrics !== 'object') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DecisionError */ .bW(`${what} ${file} holds no metrics`);
    }
    return r;
}


/***/ }),

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

/***/ 58613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ weightedAuc),
/* harmony export */   W: () => (/* binding */ sortScores)
/* harmony export */ });
/**
 * ROC AUC as the Mann–Whitney U statistic: the probability that a random
 * positive example scores above a random negative one, ties counting one
 * half. With average ranks for ties this equals the area under the ROC curve
 * that scikit-learn's roc_auc_score integrates, ties included.
 *
 * The examples are sorted by score once; each evaluation is then one linear
 * pass, optionally with per-example weights (how often a bootstrap resample
 * drew the example), which keeps the bootstrap of roc_auc O(n) per resample
 * instead of a sort per resample.
 */
function sortScores(scores) {
    const n = scores.length;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    order.sort((a, b) => scores[a] - scores[b]);
    const groupEnd = new Uint32Array(n);
    let start = 0;
    while (start < n) {
        let end = start + 1;
        while (end < n && scores[order[end]] === scores[order[start]])
            end++;
        groupEnd[start] = end;
        start = end;
    }
    return { order, groupEnd };
}
/**
 * AUC of the positive class; NaN when the (weighted) sample has no positive
 * or no negative example, where sklearn raises instead.
 */
function weightedAuc(sorted, isPositive, weights) {
    const { order, groupEnd } = sorted;
    const n = order.length;
    const weighted = weights !== undefined;
    let u = 0;
    let negativesBelow = 0;
    let positives = 0;
    let negatives = 0;
    let k = 0;
    while (k < n) {
        const end = groupEnd[k];
        let pos = 0;
        let neg = 0;
        for (; k < end; k++) {
            const i = order[k];
            const w = weighted ? weights[i] : 1;
            if (isPositive[i] === 1)
                pos += w;
            else
                neg += w;
        }
        // Positives in this group beat every negative below and tie with the
        // negatives in the group (each tie counts 1/2).
        u += pos * (negativesBelow + 0.5 * neg);
        negativesBelow += neg;
        positives += pos;
        negatives += neg;
    }
    return positives > 0 && negatives > 0 ? u / (positives * negatives) : NaN;
}


/***/ }),

/***/ 17932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ countExample),
/* harmony export */   eB: () => (/* binding */ scoresFromCounts),
/* harmony export */   f4: () => (/* binding */ CLASSIFICATION_SCORE_NAMES)
/* harmony export */ });
/**
 * Classification scores from per-class counts, shared by the computed
 * metrics and the bootstrap so that both use one definition.
 *
 * Conventions follow scikit-learn (precision_score, recall_score, f1_score):
 * - zero division gives 0.0 (sklearn's default `zero_division="warn"`);
 * - macro averages run over the labels present in y_true or y_pred, i.e. the
 *   labels with tp + fp + fn > 0 (sklearn's `unique_labels(y_true, y_pred)`);
 * - F1 is 2·tp / (2·tp + fp + fn), which equals 2PR / (P + R) with the
 *   zero-division rule, in one division.
 * For single-label data the micro averages all equal accuracy; they are
 * still computed from their own definitions.
 */
const CLASSIFICATION_SCORE_NAMES = [
    'accuracy',
    'precision_macro',
    'recall_macro',
    'f1_macro',
    'precision_micro',
    'recall_micro',
    'f1_micro'
];
/**
 * @param tp per class: predicted the class and it was right
 * @param fp per class: predicted the class and it was wrong
 * @param fn per class: the true class, predicted as something else
 * @param n number of examples (weighted)
 */
function scoresFromCounts(tp, fp, fn, n) {
    let present = 0;
    let precisionSum = 0;
    let recallSum = 0;
    let f1Sum = 0;
    let tpAll = 0;
    let fpAll = 0;
    let fnAll = 0;
    for (let k = 0; k < tp.length; k++) {
        const t = tp[k];
        const p = fp[k];
        const f = fn[k];
        if (t + p + f === 0)
            continue; // label absent from y_true and y_pred
        present++;
        precisionSum += t + p > 0 ? t / (t + p) : 0;
        recallSum += t + f > 0 ? t / (t + f) : 0;
        f1Sum += (2 * t) / (2 * t + p + f);
        tpAll += t;
        fpAll += p;
        fnAll += f;
    }
    const ratio = (a, b) => (b > 0 ? a / b : 0);
    return {
        accuracy: ratio(tpAll, n),
        precision_macro: ratio(precisionSum, present),
        recall_macro: ratio(recallSum, present),
        f1_macro: ratio(f1Sum, present),
        precision_micro: ratio(tpAll, tpAll + fpAll),
        recall_micro: ratio(tpAll, tpAll + fnAll),
        f1_micro: ratio(2 * tpAll, 2 * tpAll + fpAll + fnAll)
    };
}
/** Adds one example with true class `t` and predicted class `p` (weight `w`) to the counts. */
function countExample(tp, fp, fn, t, p, w) {
    if (t === p) {
        tp[t] += w;
    }
    else {
        fp[p] += w;
        fn[t] += w;
    }
}


/***/ }),

/***/ 61435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ reconcileMetrics),
/* harmony export */   Qt: () => (/* binding */ COMPUTED_METRIC_NAMES),
/* harmony export */   pH: () => (/* binding */ computeMetrics)
/* harmony export */ });
/* unused harmony exports MetricMismatchError, agrees */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _auc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58613);
/* harmony import */ var _classification_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17932);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85447);
/* harmony import */ var _regression_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51605);
/**
 * The standard metrics modelgate computes itself from a predictions file
 * (SPEC §4), matching scikit-learn's definitions, and the check that they
 * agree with what the user's evaluation script reported.
 *
 * Classification vs regression is decided when the file is read (see
 * predictions.ts): all-numeric y_true and y_pred with at least one
 * non-integer value make a regression; anything else is a classification.
 */





const COMPUTED_METRIC_NAMES = [
    ..._classification_js__WEBPACK_IMPORTED_MODULE_1__/* .CLASSIFICATION_SCORE_NAMES */ .f4,
    'roc_auc',
    ..._regression_js__WEBPACK_IMPORTED_MODULE_2__/* .REGRESSION_SCORE_NAMES */ .gq
];
// A confusion matrix is K² numbers in result.json; past a few hundred labels
// it stops being readable and starts being megabytes.
const MAX_CONFUSION_LABELS = 200;
function computeMetrics(predictions) {
    if (predictions.yTrue.length === 0) {
        throw new RangeError('cannot compute metrics from zero predictions');
    }
    return predictions.task === 'classification'
        ? classificationMetrics(predictions)
        : regressionMetrics(predictions);
}
function classificationMetrics(p) {
    const n = p.yTrue.length;
    const { labels, codes: [trueCodes, predCodes] } = (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeLabels */ .e)([p.yTrue, p.yPred]);
    const k = labels.length;
    const tp = new Float64Array(k);
    const fp = new Float64Array(k);
    const fn = new Float64Array(k);
    for (let i = 0; i < n; i++)
        (0,_classification_js__WEBPACK_IMPORTED_MODULE_1__/* .countExample */ .U)(tp, fp, fn, trueCodes[i], predCodes[i], 1);
    const notes = [];
    const metrics = { ...(0,_classification_js__WEBPACK_IMPORTED_MODULE_1__/* .scoresFromCounts */ .eB)(tp, fp, fn, n) };
    const auc = rocAuc(p, notes);
    if (auc !== undefined)
        metrics.roc_auc = auc;
    let confusion;
    if (k <= MAX_CONFUSION_LABELS) {
        const matrix = labels.map(() => new Array(k).fill(0));
        for (let i = 0; i < n; i++)
            matrix[trueCodes[i]][predCodes[i]]++;
        confusion = { labels, matrix };
    }
    else {
        notes.push(`confusion matrix omitted: ${k} labels (more than ${MAX_CONFUSION_LABELS})`);
    }
    return { task: 'classification', metrics, ...(confusion && { confusion }), notes };
}
/** roc_auc for a binary y_true with scores, else undefined with a note saying why. */
function rocAuc(p, notes) {
    if (p.yScore === undefined) {
        notes.push('roc_auc not computed: the predictions have no y_score column');
        return undefined;
    }
    // sklearn's positive class is the greater of the two labels of y_true
    // (np.unique order), whatever y_pred contains.
    const classes = (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .sortLabels */ .C)(p.yTrue);
    if (classes.length !== 2) {
        notes.push(`roc_auc not computed: y_true has ${classes.length} classes; roc_auc is for binary tasks`);
        return undefined;
    }
    const positive = classes[1];
    const isPositive = Uint8Array.from(p.yTrue, y => (y === positive ? 1 : 0));
    return (0,_auc_js__WEBPACK_IMPORTED_MODULE_4__/* .weightedAuc */ .D)((0,_auc_js__WEBPACK_IMPORTED_MODULE_4__/* .sortScores */ .W)(p.yScore), isPositive);
}
function regressionMetrics(p) {
    const n = p.yTrue.length;
    const sse = new _regression_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$N();
    const sae = new _regression_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$N();
    const sum = new _regression_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$N();
    for (let i = 0; i < n; i++) {
        const e = p.yTrue[i] - p.yPred[i];
        sse.add(e * e);
        sae.add(Math.abs(e));
        sum.add(p.yTrue[i]);
    }
    // Two passes (mean first) so that the total sum of squares does not lose
    // its digits when y_true is large relative to its spread.
    const mean = sum.value / n;
    const sst = new _regression_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$N();
    for (let i = 0; i < n; i++)
        sst.add((p.yTrue[i] - mean) ** 2);
    const scores = (0,_regression_js__WEBPACK_IMPORTED_MODULE_2__/* .scoresFromSums */ .Kb)(sse.value, sae.value, sst.value, n);
    const notes = [];
    const metrics = { ...scores };
    if (n < 2) {
        // sklearn returns NaN with a warning: r2 is not defined for one sample.
        delete metrics.r2;
        notes.push('r2 not computed: it needs at least two examples');
    }
    return { task: 'regression', metrics, notes };
}
/** The user's script and the predictions disagree on a metric. */
class MetricMismatchError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW {
    mismatches;
    constructor(mismatches) {
        const lines = mismatches.map(m => `${m.metric}: the metrics file reports ${m.reported} but the predictions give ${m.computed}`);
        super(`${lines.join('; ')} (they must agree to 1e-9, relative); check how the evaluation ` +
            'script computes them and on which rows');
        this.name = 'MetricMismatchError';
        this.mismatches = mismatches;
    }
}
const RECONCILE_TOLERANCE = 1e-9;
/** |a − b| ≤ 1e-9 · max(1, |a|, |b|): relative for large values, absolute near zero. */
function agrees(a, b, tolerance = RECONCILE_TOLERANCE) {
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}
/**
 * Reported metrics win (they are what the user chose to report), computed
 * ones fill in the names not reported; a name in both must agree, a cheap
 * check on buggy evaluation scripts (SPEC §4).
 */
function reconcileMetrics(reported, computed) {
    const merged = new Map(Object.entries(reported));
    const mismatches = [];
    for (const [metric, value] of Object.entries(computed)) {
        if (value === undefined)
            continue;
        const mine = merged.get(metric);
        if (mine === undefined)
            merged.set(metric, value);
        else if (!agrees(mine, value))
            mismatches.push({ metric, reported: mine, computed: value });
    }
    if (mismatches.length > 0)
        throw new MetricMismatchError(mismatches);
    return Object.fromEntries(merged);
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

/***/ 85447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ sortLabels),
/* harmony export */   e: () => (/* binding */ encodeLabels)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79652);
/**
 * Class labels as scikit-learn sees them. sklearn orders labels with
 * np.unique: numerically when they are numbers, by code point when they are
 * strings. The confusion matrix and the positive class of roc_auc follow that
 * order, so ours must too for the numbers to match what users get in Python.
 */

/** Orders strings by Unicode code point, as NumPy does (JS `<` compares UTF-16 units). */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(i);
        if (x !== y)
            return x - y;
        if (x > 0xffff)
            i++; // skip the low surrogate of an astral character
    }
    return a.length - b.length;
}
/** True when every label reads as a decimal number. */
function allNumeric(labels) {
    for (const label of labels)
        if ((0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .readNumberCell */ .A)(label).kind !== 'number')
            return false;
    return true;
}
/** sklearn's label order: numeric if every label is a number, else by code point. */
function sortLabels(labels) {
    const unique = [...new Set(labels)];
    if (allNumeric(unique))
        return unique.sort((a, b) => Number(a) - Number(b));
    return unique.sort(compareCodePoints);
}
/**
 * Maps every label to its index in sklearn's order and encodes the columns
 * as Int32Arrays, which the metric and bootstrap loops index directly.
 */
function encodeLabels(columns) {
    const seen = new Set();
    for (const column of columns)
        for (const label of column)
            seen.add(label);
    const labels = sortLabels(seen);
    const index = new Map(labels.map((label, i) => [label, i]));
    const codes = columns.map(column => {
        const out = new Int32Array(column.length);
        for (let i = 0; i < column.length; i++)
            out[i] = index.get(column[i]);
        return out;
    });
    return { labels, codes };
}


/***/ }),

/***/ 79652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readNumberCell),
/* harmony export */   j: () => (/* binding */ isNonFiniteSpelling)
/* harmony export */ });
/**
 * Reading numbers from text cells. `Number()` is too lenient for metric and
 * prediction files: it turns '' into 0, accepts hex and surrounding spaces,
 * so a broken file would silently produce plausible metrics. These helpers
 * accept decimal notation only and tell NaN/infinity apart from garbage, so
 * errors can say what went wrong.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// Python/R print nan, inf, Infinity; YAML spells them .nan and .inf.
const NON_FINITE = /^[+-]?\.?(?:nan|inf|infinity)$/i;
/** Classifies a text cell (surrounding whitespace ignored). */
function readNumberCell(text) {
    const t = text.trim();
    if (DECIMAL.test(t)) {
        const value = Number(t);
        // 1e999 matches the pattern but overflows to Infinity.
        return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'non-finite', text: t };
    }
    if (NON_FINITE.test(t))
        return { kind: 'non-finite', text: t };
    return { kind: 'invalid', text: t };
}
/** True for the spellings of NaN and infinity that Python, R and YAML writers produce. */
function isNonFiniteSpelling(text) {
    return NON_FINITE.test(text.trim());
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


/***/ }),

/***/ 51605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ r2FromSums),
/* harmony export */   $N: () => (/* binding */ CompensatedSum),
/* harmony export */   Kb: () => (/* binding */ scoresFromSums),
/* harmony export */   gq: () => (/* binding */ REGRESSION_SCORE_NAMES)
/* harmony export */ });
/**
 * Regression scores from sums, shared by the computed metrics and the
 * bootstrap. r2 follows scikit-learn's r2_score with its default
 * `force_finite=True`: a constant y_true (total sum of squares 0) gives 1.0
 * for a perfect prediction and 0.0 otherwise, instead of NaN or -inf.
 */
// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const { abs, sqrt } = Math;
const REGRESSION_SCORE_NAMES = ['mse', 'rmse', 'mae', 'r2'];
/**
 * @param sse sum of squared errors
 * @param sae sum of absolute errors
 * @param sst total sum of squares of y_true around its mean
 * @param n number of examples
 */
function scoresFromSums(sse, sae, sst, n) {
    const mse = sse / n;
    return { mse, rmse: sqrt(mse), mae: sae / n, r2: r2FromSums(sse, sst) };
}
function r2FromSums(sse, sst) {
    if (sse === 0)
        return 1;
    if (sst === 0)
        return 0;
    return 1 - sse / sst;
}
/**
 * Neumaier's compensated sum. The reconciliation check compares our value
 * with the user's (usually NumPy's pairwise sum) to 1e-9; compensating keeps
 * our own rounding error far below that whatever the number of rows.
 */
class CompensatedSum {
    sum = 0;
    compensation = 0;
    add(x) {
        const t = this.sum + x;
        if (abs(this.sum) >= abs(x))
            this.compensation += this.sum - t + x;
        else
            this.compensation += x - t + this.sum;
        this.sum = t;
    }
    get value() {
        return this.sum + this.compensation;
    }
}


/***/ })

};
