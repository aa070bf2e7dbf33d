export const id = 395;
export const ids = [395];
export const modules = {

/***/ 19994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ loadSoundRegistry),
/* harmony export */   b: () => (/* binding */ requireSound)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17117);
/* harmony import */ var _registry_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24415);
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

/***/ 34580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ resolveResultPath),
/* harmony export */   F: () => (/* binding */ parseResult),
/* harmony export */   FX: () => (/* binding */ RESULT_FILE),
/* harmony export */   OC: () => (/* binding */ withoutOutputTail),
/* harmony export */   Uv: () => (/* binding */ readResult),
/* harmony export */   Zk: () => (/* binding */ writeResult),
/* harmony export */   l1: () => (/* binding */ readResultText),
/* harmony export */   w: () => (/* binding */ RESULT_SCHEMA),
/* harmony export */   zU: () => (/* binding */ OUTPUT_TAIL)
/* harmony export */ });
/* unused harmony export jsonSyntaxError */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95861);
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
/**
 * How a failed command's error ends: its last lines of output. result.json
 * and the job summary keep them; where the output was just streamed live
 * (the log, the terminal) `withoutOutputTail` leaves them out, so a
 * traceback is shown once.
 */
const OUTPUT_TAIL = '; its last output:\n';
function withoutOutputTail(error) {
    const at = error.indexOf(OUTPUT_TAIL);
    return at < 0 ? error : `${error.slice(0, at)} (its output is above)`;
}
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${options.what} ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_6__/* .clip */ .$Q)(file)} ${state.reason}`);
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

/***/ 98945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ filePaths),
/* harmony export */   Km: () => (/* binding */ parseEntries),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   uq: () => (/* binding */ BENCHMARK)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95861);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27853);
/* harmony import */ var _registry_layout_template_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99863);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77936);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34323);
/**
 * What one evaluation is about (SPEC §3 `evaluate`): the model, the version
 * or the benchmark copy, where its files are and where results go.
 */







const BENCHMARK = 'benchmark';
function resolveTarget(reg, modelName, version, outputRoot, train) {
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .findModel */ .P)(reg, modelName);
    if (!model) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`model ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(modelName)} is not in the registry (models: ${(0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .someModelNames */ .W)(reg)})`);
    }
    if (!model.spec.evaluate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`model "${modelName}" has no evaluate command (add models.${modelName}.evaluate.run)`);
    }
    if (train && !model.spec.train) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`train is true but model "${modelName}" has no train command (add models.${modelName}.train.run)`);
    }
    if (version === BENCHMARK) {
        if (!reg.benchmark)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW('the registry sets "benchmark: false": there is no benchmark copy to evaluate');
        const prod = (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarkSource */ .Dv)(reg, model);
        if (!prod)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`model "${modelName}" has no ${reg.benchmark.copyOf} version, so no benchmark copy to evaluate`);
        return {
            model,
            version: prod.version,
            target: 'benchmark',
            stage: reg.benchmark.folder,
            modelDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarkDir */ .z4)(reg, modelName, prod.version, (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionFiles */ .uP)(prod))),
            files: filePaths(reg, modelName, { ...prod, stage: reg.benchmark.folder }),
            outputDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outputRoot, modelName, BENCHMARK),
            train: false
        };
    }
    const entry = (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_6__/* .findVersion */ .Am)(model.spec.versions, version);
    const outputDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outputRoot, modelName, entry?.version ?? version);
    if (train) {
        // A fresh training run: the model is whatever `train` writes to the output folder.
        return {
            model,
            version: entry?.version ?? version,
            target: 'version',
            stage: 'trained',
            modelDir: outputDir,
            // What `train` must write: the model's files, else those of the version it retrains.
            files: Object.fromEntries((model.spec.files ?? (entry ? (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionFiles */ .uP)(entry) : [])).map(f => {
                const name = (0,_registry_layout_template_render_js__WEBPACK_IMPORTED_MODULE_3__/* .expandFileName */ .ED)(f, modelName, entry?.version ?? version);
                return [name, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outputDir, name)];
            })),
            outputDir,
            train: true
        };
    }
    if (!entry) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`model ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(modelName)} has no version ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(version)} (versions: ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$Q)(model.spec.versions.map(v => v.version).join(', ')) || 'none'})`);
    }
    return {
        model,
        version: entry.version,
        target: 'version',
        stage: entry.stage,
        modelDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionDir */ .EE)(reg, modelName, entry)),
        files: filePaths(reg, modelName, entry),
        outputDir,
        train: false
    };
}
/** Each of the version's files (in the stage `v` names) with its absolute path. */
function filePaths(reg, model, v) {
    return Object.fromEntries((0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionFilePaths */ .XC)(reg, model, v).map(([file, rel]) => [file, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, rel)]));
}
/** Parses `entries` from `plan`: `model@version` items separated by commas or new lines. */
function parseEntries(entries) {
    return entries
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(Boolean)
        .map(item => {
        const at = item.lastIndexOf('@');
        if (at <= 0 || at === item.length - 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "entries": ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(item)} is not model@version`);
        }
        return { model: item.slice(0, at), version: item.slice(at + 1) };
    });
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
