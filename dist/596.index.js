export const id = 596;
export const ids = [596];
export const modules = {

/***/ 28596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/adapters/artifact.ts
/**
 * Uploads an evaluation output folder as a workflow artifact (SPEC §3 `evaluate`).
 *
 * @actions/artifact reads ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_SERVER_URL and its
 * tuning variables from `process.env` when `uploadArtifact` runs, not from anything passed in:
 * `env` here only decides whether an upload is possible at all. Nothing is written to the
 * environment by this module.
 */


/**
 * An uploader when running inside Actions (the runtime token and results service URL are only
 * given to actions, not to `run:` steps), else undefined so the caller can warn and keep the
 * local folder.
 */
async function createArtifactUploader(env, options = {}) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
        return undefined;
    // Loaded lazily: the library pulls in the Azure storage SDK, archiver and protobuf runtime,
    // which commands that never upload should not pay for.
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 20584));
    const client = new DefaultArtifactClient();
    return {
        async upload(name, folder) {
            const root = external_node_path_default().resolve(folder);
            const files = await listFiles(root);
            // The library would throw a generic "No files were found to upload" after validation;
            // naming the folder tells the user which output went missing.
            if (files.length === 0)
                throw new Error(`artifact ${name}: no files to upload in ${root}`);
            const result = await client.uploadArtifact(name, files, root, options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays });
            // The response type marks id optional (it is absent only for "nothing uploaded");
            // reporting id 0 would hide a broken upload.
            if (result.id === undefined) {
                throw new Error(`artifact ${name}: the artifact service returned no artifact id`);
            }
            return { id: result.id, size: result.size ?? 0, name };
        }
    };
}
const INVALID_NAME_CHARACTERS = /[":<>|*?\\/\r\n]/g;
/**
 * `modelgate-<model>-<version>-attempt-<n>`; characters the artifact service rejects in names
 * (`" : < > | * ? \ /`, CR, LF) become `-`. The attempt keeps re-runs from colliding with the
 * artifact of an earlier attempt, which the service refuses to overwrite.
 */
function artifactName(model, version, attempt) {
    const n = attempt?.trim() || '1';
    return `modelgate-${model}-${version}-attempt-${n}`.replace(INVALID_NAME_CHARACTERS, '-');
}
/** Every file under `root`, absolute and sorted so the zip's entry order is reproducible. */
async function listFiles(root) {
    const found = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            // Symlinks to files are kept (the library zips their target); symlinked directories are
            // not followed, which also rules out cycles.
            else if (entry.isFile() || (entry.isSymbolicLink() && (await isFileTarget(full)))) {
                found.push(full);
            }
        }
    };
    await walk(root);
    return found.sort();
}
async function isFileTarget(link) {
    try {
        return (await (0,promises_.stat)(link)).isFile();
    }
    catch {
        return false; // dangling link: nothing to upload
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/adapters/process-runner.ts
/**
 * Runs manifest commands (SPEC §7). Each command leads its own process group
 * (and session), so a timeout — or the CLI itself being interrupted — can
 * kill everything the command started, grandchildren included, not just its
 * first process. POSIX only: it signals process groups.
 */



const DEFAULT_KILL_GRACE_MS = 5000;
const OUTPUT_TAIL_CHARS = 64 * 1024;
/** setTimeout fires at once beyond this; longer limits are clamped to it (~24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const POLL_MS = 50;
/** The command could not be started at all (not found, not executable, no such cwd). */
class CommandStartError extends Error {
    program;
    code;
    constructor(message, program, code) {
        super(message);
        this.name = 'CommandStartError';
        this.program = program;
        this.code = code;
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function fromLabel(options) {
    return options.label ? ` (from ${options.label})` : '';
}
function startError(err, program, options) {
    const make = (message) => new CommandStartError(message + fromLabel(options), program, err.code);
    // A missing cwd also surfaces as ENOENT, which would blame the program.
    if (!isDirectory(options.cwd))
        return make(`working directory does not exist: ${options.cwd}`);
    if (err.code === 'ENOENT') {
        // execve says ENOENT for an existing script whose #! interpreter is missing.
        return program.includes('/') && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(options.cwd, program))
            ? make(`cannot run ${program}: the interpreter on its #! line was not found`)
            : make(`command not found: ${program}`);
    }
    if (err.code === 'EACCES')
        return make(`permission denied: ${program} is not executable`);
    return make(`cannot run ${program}: ${err.message}`);
}
/** Sends `signal` to the group; false when the group no longer exists. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch (err) {
        // EPERM: a member we may not signal (e.g. setuid) — the group still exists.
        return err.code === 'EPERM';
    }
}
/**
 * Whether any member of the group is still running. kill(-pgid, 0) also
 * succeeds while only zombies remain, and an init that reaps slowly (as in
 * containers) would keep a dead group "alive" for the whole grace period, so
 * on Linux /proc decides; elsewhere kill's answer stands.
 */
function groupAlive(pgid) {
    if (!signalGroup(pgid, 0))
        return false;
    let pids;
    try {
        pids = (0,external_node_fs_.readdirSync)('/proc').filter(name => /^\d+$/.test(name));
    }
    catch {
        return true;
    }
    for (const pid of pids) {
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        }
        catch {
            continue; // ended while we looked
        }
        // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses.
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X')
            return true;
    }
    return false;
}
/**
 * Groups that may still have members. While any exist, the parent's exit or a
 * terminating signal kills them first: the children are in their own session,
 * so a Ctrl-C at the terminal never reaches them by itself.
 */
const liveGroups = new Set();
const PARENT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function killLiveGroups() {
    for (const pgid of liveGroups)
        signalGroup(pgid, 'SIGKILL');
}
function onParentSignal(signal) {
    killLiveGroups();
    removeParentHandlers();
    // Our listener replaced the default action; with no other listener, restore
    // it so the parent still dies of the signal (exit status 128+n).
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
function addParentHandlers() {
    process.once('exit', killLiveGroups);
    for (const signal of PARENT_SIGNALS)
        process.once(signal, onParentSignal);
}
function removeParentHandlers() {
    process.removeListener('exit', killLiveGroups);
    for (const signal of PARENT_SIGNALS)
        process.removeListener(signal, onParentSignal);
}
function trackGroup(pgid) {
    if (liveGroups.size === 0)
        addParentHandlers();
    liveGroups.add(pgid);
}
function untrackGroup(pgid) {
    if (liveGroups.delete(pgid) && liveGroups.size === 0)
        removeParentHandlers();
}
/** Keeps the last `OUTPUT_TAIL_CHARS` characters without holding everything. */
class OutputTail {
    chunks = [];
    length = 0;
    push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        while (this.length - this.chunks[0].length >= OUTPUT_TAIL_CHARS) {
            this.length -= this.chunks[0].length;
            this.chunks.shift();
        }
    }
    toString() {
        const all = this.chunks.join('');
        return all.length > OUTPUT_TAIL_CHARS ? all.slice(all.length - OUTPUT_TAIL_CHARS) : all;
    }
}
function timerDelay(timeoutMs) {
    if (timeoutMs === undefined || timeoutMs === Infinity)
        return undefined;
    if (!(timeoutMs > 0))
        throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
    return Math.min(timeoutMs, MAX_TIMER_MS);
}
function createProcessRunner(settings = {}) {
    const graceMs = settings.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    return { run: options => runCommand(options, graceMs) };
}
function runCommand(options, graceMs) {
    return new Promise((resolve, reject) => {
        const program = options.argv[0];
        if (!program) {
            reject(new CommandStartError(`empty command${fromLabel(options)}`, '', undefined));
            return;
        }
        let delay;
        let child;
        const started = Date.now();
        try {
            delay = timerDelay(options.timeoutMs);
            child = (0,external_node_child_process_.spawn)(program, options.argv.slice(1), {
                cwd: options.cwd,
                env: options.env ?? process.env,
                // detached: setsid(), so the child leads a new process group we can signal as one.
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe']
            });
        }
        catch (err) {
            // Invalid arguments (e.g. a NUL byte) throw instead of emitting 'error'.
            reject(err);
            return;
        }
        const pgid = child.pid;
        if (pgid === undefined) {
            child.once('error', err => reject(startError(err, program, options)));
            return;
        }
        trackGroup(pgid);
        const tail = new OutputTail();
        let timedOut = false;
        let exit;
        let closed = false;
        let gone = false;
        let terminating = false;
        let settled = false;
        let timeout;
        let poll;
        let drain;
        for (const stream of ['stdout', 'stderr']) {
            const pipe = child[stream];
            pipe.setEncoding('utf8');
            pipe.on('data', (chunk) => {
                tail.push(chunk);
                options.onOutput?.(chunk, stream);
            });
        }
        const finish = () => {
            if (settled || !exit || !gone || !closed)
                return;
            settled = true;
            clearTimeout(timeout);
            clearTimeout(drain);
            resolve({
                exitCode: exit.code,
                signal: exit.signal,
                timedOut,
                durationMs: exit.at - started,
                outputTail: tail.toString()
            });
        };
        const groupGone = () => {
            gone = true;
            clearTimeout(poll);
            untrackGroup(pgid);
            // Everything in the group is dead, so the pipes close unless a process
            // left the group (setsid) still holds them: don't wait on it forever.
            if (!closed) {
                drain = setTimeout(() => {
                    closed = true;
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    finish();
                }, graceMs);
            }
            finish();
        };
        // SIGTERM to the group, SIGKILL after the grace period to whatever is left.
        const terminate = () => {
            if (terminating)
                return;
            terminating = true;
            if (!signalGroup(pgid, 'SIGTERM'))
                return groupGone();
            const killAt = Date.now() + graceMs;
            let killed = false;
            const check = () => {
                if (!groupAlive(pgid))
                    return groupGone();
                if (!killed && Date.now() >= killAt) {
                    killed = true;
                    signalGroup(pgid, 'SIGKILL');
                }
                else if (killed && Date.now() >= killAt + 1000) {
                    // SIGKILL cannot be ignored; a process stuck in the kernel is beyond our reach.
                    return groupGone();
                }
                poll = setTimeout(check, POLL_MS);
            };
            poll = setTimeout(check, POLL_MS);
        };
        if (delay !== undefined) {
            timeout = setTimeout(() => {
                timedOut = true;
                terminate();
            }, delay);
        }
        child.on('error', () => {
            // After a successful spawn this only reports failed child.kill() calls,
            // which we do not make; the exit/close events still follow.
        });
        child.once('exit', (code, signal) => {
            exit = { code, signal, at: Date.now() };
            clearTimeout(timeout);
            // Background processes the command left behind are part of it: they
            // would hold the output pipes open and outlive the job step.
            if (groupAlive(pgid))
                terminate();
            else if (!terminating)
                groupGone();
            finish();
        });
        child.once('close', () => {
            closed = true;
            finish();
        });
    });
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/policy/auc.ts
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

;// CONCATENATED MODULE: ./src/policy/classification.ts
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

;// CONCATENATED MODULE: ./src/policy/numbers.ts
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

;// CONCATENATED MODULE: ./src/policy/labels.ts
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
        if (readNumberCell(label).kind !== 'number')
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

;// CONCATENATED MODULE: ./src/policy/regression.ts
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

;// CONCATENATED MODULE: ./src/policy/computed-metrics.ts
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
    ...CLASSIFICATION_SCORE_NAMES,
    'roc_auc',
    ...REGRESSION_SCORE_NAMES
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
    const { labels, codes: [trueCodes, predCodes] } = encodeLabels([p.yTrue, p.yPred]);
    const k = labels.length;
    const tp = new Float64Array(k);
    const fp = new Float64Array(k);
    const fn = new Float64Array(k);
    for (let i = 0; i < n; i++)
        countExample(tp, fp, fn, trueCodes[i], predCodes[i], 1);
    const notes = [];
    const metrics = { ...scoresFromCounts(tp, fp, fn, n) };
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
    const classes = sortLabels(p.yTrue);
    if (classes.length !== 2) {
        notes.push(`roc_auc not computed: y_true has ${classes.length} classes; roc_auc is for binary tasks`);
        return undefined;
    }
    const positive = classes[1];
    const isPositive = Uint8Array.from(p.yTrue, y => (y === positive ? 1 : 0));
    return weightedAuc(sortScores(p.yScore), isPositive);
}
function regressionMetrics(p) {
    const n = p.yTrue.length;
    const sse = new CompensatedSum();
    const sae = new CompensatedSum();
    const sum = new CompensatedSum();
    for (let i = 0; i < n; i++) {
        const e = p.yTrue[i] - p.yPred[i];
        sse.add(e * e);
        sae.add(Math.abs(e));
        sum.add(p.yTrue[i]);
    }
    // Two passes (mean first) so that the total sum of squares does not lose
    // its digits when y_true is large relative to its spread.
    const mean = sum.value / n;
    const sst = new CompensatedSum();
    for (let i = 0; i < n; i++)
        sst.add((p.yTrue[i] - mean) ** 2);
    const scores = scoresFromSums(sse.value, sae.value, sst.value, n);
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
class MetricMismatchError extends src_errors/* DecisionError */.bW {
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/policy/csv.ts
/**
 * A minimal RFC 4180 CSV reader for the two CSV files modelgate reads (metric
 * files and predictions). It keeps the line on which each record starts so
 * that errors can point at the line a user sees in an editor; a quoted field
 * may span lines, so that is not always the record's index + 1.
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
/** Parses one record that contains quotes, possibly spanning several physical lines. */
function parseQuotedRecord(lines, first) {
    const fields = [];
    let field = '';
    let lineIndex = first;
    let text = lines[lineIndex];
    let pos = 0;
    for (;;) {
        if (text[pos] === '"') {
            // Quoted field: read to the closing quote; "" is an escaped quote.
            pos++;
            for (;;) {
                if (pos >= text.length) {
                    lineIndex++;
                    if (lineIndex >= lines.length) {
                        throw new CsvSyntaxError('unterminated quoted field', first + 1);
                    }
                    field += '\n';
                    text = lines[lineIndex];
                    pos = 0;
                    continue;
                }
                const ch = text[pos];
                if (ch === '"') {
                    if (text[pos + 1] === '"') {
                        field += '"';
                        pos += 2;
                        continue;
                    }
                    pos++;
                    break;
                }
                field += ch;
                pos++;
            }
            if (pos < text.length && text[pos] !== ',') {
                throw new CsvSyntaxError(`unexpected character ${JSON.stringify(text[pos])} after a closing quote`, lineIndex + 1);
            }
        }
        else {
            const comma = text.indexOf(',', pos);
            const end = comma === -1 ? text.length : comma;
            const raw = text.slice(pos, end);
            if (raw.includes('"')) {
                throw new CsvSyntaxError('a quote inside an unquoted field (quote the whole field and double inner quotes)', lineIndex + 1);
            }
            field = raw;
            pos = end;
        }
        fields.push(field);
        field = '';
        if (pos >= text.length)
            break;
        pos++; // skip the comma
        if (pos === text.length) {
            // A trailing comma means one more, empty, field.
            fields.push('');
            break;
        }
    }
    return { fields, linesUsed: lineIndex - first + 1 };
}

;// CONCATENATED MODULE: ./src/policy/metric-file.ts
/**
 * Reads the metrics file an evaluation script writes (SPEC §4): JSON or YAML
 * with nested objects flattened with `.` the way `dvc metrics show` does, or
 * CSV with `name,value` rows. Every value must be a finite number: a quoted
 * "0.91" or a NaN usually means a bug in the script, and accepting it quietly
 * would let a gate pass or fail for the wrong reason.
 */




/** A metrics file that cannot be read; `metric` is the offending (flattened) name, if any. */
class MetricFileError extends src_errors/* DecisionError */.bW {
    metric;
    fileName;
    constructor(fileName, message, metric) {
        super(`${fileName}: ${message}`, [
            { file: fileName, line: 0, col: 0, key: metric ?? '', message, severity: 'error' }
        ]);
        this.name = 'MetricFileError';
        this.metric = metric;
        this.fileName = fileName;
    }
}
/** Parses a metrics file into flat `name → value`; throws MetricFileError on anything else. */
function parseMetricFile(text, fileName) {
    const format = formatOf(text, fileName);
    if (format === 'csv')
        return parseCsvMetrics(text, fileName);
    const data = format === 'json' ? parseJson(text, fileName) : parseYamlText(text, fileName);
    if (data === null || data === undefined) {
        throw new MetricFileError(fileName, 'is empty; expected an object of metric names to numbers');
    }
    if (!isPlainObject(data)) {
        throw new MetricFileError(fileName, `expected an object of metric names to numbers, got ${describe(data)}`);
    }
    // A Map, then fromEntries: assigning `out['__proto__'] = 1` would not create a key.
    const out = new Map();
    flatten(data, '', out, fileName);
    return Object.fromEntries(out);
}
function formatOf(text, fileName) {
    const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
    if (ext === 'json')
        return 'json';
    if (ext === 'yaml' || ext === 'yml')
        return 'yaml';
    if (ext === 'csv')
        return 'csv';
    // Unknown extension (e.g. `metrics.txt`): a JSON document starts with a
    // brace; a CSV line has a comma but, unlike YAML, no `key:`.
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return 'json';
    const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
    if (firstLine.includes(',') && !firstLine.includes(':'))
        return 'csv';
    return 'yaml';
}
function parseJson(text, fileName) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        // Python's json.dump writes NaN and Infinity as bare words, which is not
        // JSON. Give those the same clear error as a NaN in YAML, not a syntax error.
        const patched = markNonFiniteTokens(text);
        if (patched !== undefined) {
            try {
                return JSON.parse(patched);
            }
            catch {
                // fall through to the original error
            }
        }
        throw new MetricFileError(fileName, `is not valid JSON: ${err.message}`);
    }
}
function parseYamlText(text, fileName) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new MetricFileError(fileName, `is not valid YAML: ${err.message}`);
    }
}
// A string no real metric value contains; flatten() reports it as NaN/infinite.
const NON_FINITE_MARK = '\u0000non-finite:';
/** Replaces bare NaN/Infinity/-Infinity outside strings with marked strings, or undefined if none. */
function markNonFiniteTokens(text) {
    let out = '';
    let found = false;
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
            // Copy a string literal verbatim, honouring backslash escapes.
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j + 1;
            continue;
        }
        const token = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1];
        if (token !== undefined) {
            out += JSON.stringify(NON_FINITE_MARK + token);
            i += token.length;
            found = true;
            continue;
        }
        out += ch;
        i++;
    }
    return found ? out : undefined;
}
function flatten(obj, prefix, out, fileName) {
    for (const [key, value] of Object.entries(obj)) {
        const name = prefix + key;
        if (isPlainObject(value)) {
            flatten(value, `${name}.`, out, fileName);
            continue;
        }
        if (Array.isArray(value)) {
            throw new MetricFileError(fileName, `metric "${name}" is a list; expected a number (or an object of numbers)`, name);
        }
        const number = checkValue(value, name, fileName);
        if (out.has(name)) {
            // `{"a.b": 1, "a": {"b": 2}}` flattens both to `a.b`.
            throw new MetricFileError(fileName, `metric "${name}" is given twice`, name);
        }
        out.set(name, number);
    }
}
function checkValue(value, name, fileName) {
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            throw nonFinite(fileName, name, 'NaN');
        if (!Number.isFinite(value))
            throw nonFinite(fileName, name, 'infinite');
        return value;
    }
    if (typeof value === 'string') {
        if (value.startsWith(NON_FINITE_MARK)) {
            throw nonFinite(fileName, name, value.endsWith('NaN') ? 'NaN' : 'infinite');
        }
        if (isNonFiniteSpelling(value)) {
            throw nonFinite(fileName, name, /nan/i.test(value) ? 'NaN' : 'infinite');
        }
        const hint = readNumberCell(value).kind === 'number' ? ' (write the number without quotes)' : '';
        throw new MetricFileError(fileName, `metric "${name}" must be a finite number, got the string ${JSON.stringify(value)}${hint}`, name);
    }
    throw new MetricFileError(fileName, `metric "${name}" must be a finite number, got ${describe(value)}`, name);
}
function nonFinite(fileName, name, what) {
    return new MetricFileError(fileName, `metric "${name}" is ${what}; a metric must be a finite number`, name);
}
const CSV_HEADER_NAMES = new Set(['name', 'metric']);
function parseCsvMetrics(text, fileName) {
    let records;
    try {
        records = parseCsv(text);
    }
    catch (err) {
        if (err instanceof CsvSyntaxError) {
            throw new MetricFileError(fileName, `line ${err.line}: ${err.message}`);
        }
        throw err;
    }
    // The header is optional; only `name,value` (or `metric,value`) counts as
    // one, so a misspelt first metric is still an error rather than skipped.
    const first = records[0]?.fields.map(f => f.trim().toLowerCase());
    if (first && first.length === 2 && CSV_HEADER_NAMES.has(first[0]) && first[1] === 'value') {
        records = records.slice(1);
    }
    const out = new Map();
    for (const { fields, line } of records) {
        if (fields.length !== 2) {
            throw new MetricFileError(fileName, `line ${line}: expected 2 fields (name,value), got ${fields.length}`);
        }
        const name = fields[0].trim();
        if (name === '')
            throw new MetricFileError(fileName, `line ${line}: the metric name is empty`);
        const cell = readNumberCell(fields[1]);
        if (cell.kind === 'non-finite') {
            throw nonFinite(fileName, name, /nan/i.test(cell.text) ? 'NaN' : 'infinite');
        }
        if (cell.kind === 'invalid') {
            throw new MetricFileError(fileName, `line ${line}: metric "${name}" must be a finite number, got ${JSON.stringify(cell.text)}`, name);
        }
        if (out.has(name)) {
            throw new MetricFileError(fileName, `line ${line}: metric "${name}" is given twice`, name);
        }
        out.set(name, cell.value);
    }
    return Object.fromEntries(out);
}
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'boolean')
        return `${value} (a boolean)`;
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value)}`;
    if (typeof value === 'number')
        return String(value);
    if (value instanceof Date)
        return `the date ${value.toISOString()}`;
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/policy/pairing.ts
/**
 * Pairs the candidate's and the benchmark's predictions example by example,
 * which the significance tests need (SPEC §4): by the `id` column when both
 * files have one, otherwise by row order. Pairing also checks that the two
 * were evaluated on the same data, since a paired test on different examples
 * would be meaningless: same examples, same y_true.
 */

/** Candidate and benchmark predictions that cannot be paired. */
class PairingError extends src_errors/* DecisionError */.bW {
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
class PredictionsError extends src_errors/* DecisionError */.bW {
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
        records = parseCsv(text);
    }
    catch (err) {
        if (err instanceof CsvSyntaxError)
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
            const cell = readNumberCell(fields[scoreColumn]);
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
            const cell = readNumberCell(text);
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

// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
;// CONCATENATED MODULE: ./src/evaluation/command-line.ts
/**
 * Manifest command lines (SPEC §7): `train.run` / `evaluate.run` are split
 * into argv the way a POSIX shell splits words, but nothing is expanded, so a
 * command means the same thing on every runner and a value substituted into
 * it can never turn into shell syntax. Pure: no I/O.
 */
/** A command line, placeholder or duration the manifest got wrong. */
class CommandLineError extends Error {
    /** Where in the command line the problem is, when it has a place. */
    position;
    constructor(message, position) {
        super(message);
        this.name = 'CommandLineError';
        this.position = position;
    }
}
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { offset, line: before.split('\n').length, column: offset - lineStart + 1 };
}
function describePosition(p) {
    return p.line > 1 ? `line ${p.line}, column ${p.column}` : `column ${p.column}`;
}
function syntaxError(text, offset, what) {
    const position = positionOf(text, offset);
    throw new CommandLineError(what(describePosition(position)), position);
}
/** The blanks a shell separates words at; other whitespace belongs to the word, as in bash. */
const BLANKS = new Set([' ', '\t', '\n']);
/** Inside double quotes a backslash only escapes these; before anything else it is literal. */
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);
/**
 * Splits a command line into words exactly as a POSIX shell does — single
 * quotes are literal, double quotes honour backslash before `$ \` " \` and
 * newline, a backslash outside quotes escapes the next character (and
 * backslash-newline joins lines), adjacent quoted and unquoted parts make one
 * word, and `''` or `""` is an empty word — but performs no expansion and
 * knows no operators: `$VAR`, `$(…)`, globs, `~`, `{a,b}`, `#`, `;`, `|`,
 * `&&`, `<` and `>` are ordinary characters of the word they are in. A newline
 * outside quotes separates words (there are no separate commands). An empty
 * or blank line gives `[]`.
 *
 * @throws CommandLineError for an unterminated quote or a trailing backslash.
 */
function splitWords(line) {
    const words = [];
    let word = '';
    // A word exists once any part of it was seen, so `''` yields an empty word.
    let inWord = false;
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (BLANKS.has(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length) {
                syntaxError(line, i, at => `trailing backslash at ${at}: there is nothing after it to escape`);
            }
            // Backslash-newline is a line continuation: both characters vanish.
            if (line[i + 1] !== '\n') {
                word += line[i + 1];
                inWord = true;
            }
            i += 2;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                syntaxError(line, i, at => `unterminated single quote: the ' at ${at} is never closed`);
            word += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            let j = i + 1;
            for (;;) {
                if (j >= line.length) {
                    syntaxError(line, i, at => `unterminated double quote: the " at ${at} is never closed`);
                }
                const d = line[j];
                if (d === '"')
                    break;
                if (d === '\\' && j + 1 < line.length && DOUBLE_QUOTE_ESCAPES.has(line[j + 1])) {
                    if (line[j + 1] !== '\n')
                        word += line[j + 1];
                    j += 2;
                }
                else {
                    word += d;
                    j++;
                }
            }
            inWord = true;
            i = j + 1;
        }
        else {
            word += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
function knownList(values) {
    const names = Object.keys(values).sort();
    return names.length ? names.map(n => `{${n}}`).join(', ') : 'none';
}
/**
 * Parses `{name}` placeholders the way Python's str.format does: `{{` and
 * `}}` are literal braces and any other brace must belong to a placeholder,
 * so a typo like `{output_dir` is an error rather than a silently literal
 * word. `where` describes the text for messages.
 */
function parsePlaceholders(text, values, where) {
    const pieces = [];
    let literal = '';
    const hint = 'write {{ and }} for literal braces';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if ((c === '{' || c === '}') && text[i + 1] === c) {
            literal += c;
            i += 2;
        }
        else if (c === '}') {
            throw new CommandLineError(`single '}' at column ${i + 1} of ${where}; ${hint}`);
        }
        else if (c === '{') {
            const match = /^\{([^{}]*)\}/.exec(text.slice(i));
            if (!match)
                throw new CommandLineError(`unmatched '{' at column ${i + 1} of ${where}; ${hint}`);
            const name = match[1];
            if (!Object.hasOwn(values, name)) {
                throw new CommandLineError(`unknown placeholder {${name}} in ${where}; known placeholders: ${knownList(values)} (${hint})`);
            }
            if (literal)
                pieces.push({ text: literal });
            literal = '';
            pieces.push({ name });
            i += match[0].length;
        }
        else {
            literal += c;
            i++;
        }
    }
    if (literal)
        pieces.push({ text: literal });
    return pieces;
}
/**
 * Replaces `{name}` inside each argument with `values[name]`. It runs after
 * splitting, so a value with spaces or quotes stays part of its one argument
 * and is never re-parsed. `{{` and `}}` are literal braces; an unknown name
 * or a stray brace is an error naming the argument and the known names.
 */
function substitutePlaceholders(argv, values) {
    return argv.map((arg, index) => parsePlaceholders(arg, values, `argument ${index + 1} (${JSON.stringify(arg)})`)
        .map(piece => ('name' in piece ? values[piece.name] : piece.text))
        .join(''));
}
/** Quotes `word` for a POSIX shell: inside single quotes nothing is special but `'` itself. */
function shellQuote(word) {
    return `'${word.replaceAll("'", `'\\''`)}'`;
}
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 };
/** `90s`, `10m`, `1.5h` → milliseconds (the schema's `duration`); anything else is an error. */
function parseDuration(text) {
    const match = typeof text === 'string' ? /^([0-9]+(?:\.[0-9]+)?)([smh])$/.exec(text) : null;
    if (!match) {
        throw new CommandLineError(`invalid duration ${JSON.stringify(text)}: expected a number followed by s, m or h (90s, 10m, 1.5h)`);
    }
    const ms = Math.round(Number(match[1]) * UNIT_MS[match[2]]);
    // A zero limit would kill the command before it starts; that is never what was meant.
    if (ms <= 0)
        throw new CommandLineError(`invalid duration "${text}": must be longer than zero`);
    return ms;
}
/** Characters after which `#` starts a comment, because a new word begins there. */
const WORD_BREAKS = new Set(['', ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
/**
 * Tracks just enough bash quoting to know, at each placeholder, whether it
 * sits unquoted, in '…', in "…", in $'…', in a comment or in $(…), so the
 * value can be inserted as exactly one literal string in that context.
 * Backticks and here-documents are not tracked (use $(…) and files).
 */
class ShellContext {
    stack = [{ kind: 'plain' }];
    escaped = false;
    prev = '';
    get top() {
        return this.stack[this.stack.length - 1];
    }
    /** Feeds one character of the (already placeholder-free) line. */
    feed(c) {
        const top = this.top;
        if (this.escaped) {
            this.escaped = false;
            this.prev = 'x';
            return;
        }
        switch (top.kind) {
            case 'plain':
            case 'subst':
                if (c === '\\')
                    this.escaped = true;
                else if (c === "'")
                    this.stack.push({ kind: this.prev === '$' ? 'ansi' : 'single' });
                else if (c === '"')
                    this.stack.push({ kind: 'double' });
                else if (c === '#' && WORD_BREAKS.has(this.prev))
                    this.stack.push({ kind: 'comment' });
                else if (c === '(' && this.prev === '$')
                    this.stack.push({ kind: 'subst', depth: 0 });
                else if (top.kind === 'subst' && c === '(')
                    top.depth++;
                else if (top.kind === 'subst' && c === ')') {
                    if (top.depth === 0)
                        this.stack.pop();
                    else
                        top.depth--;
                }
                break;
            case 'single':
                if (c === "'")
                    this.stack.pop();
                break;
            case 'ansi':
                if (c === '\\')
                    this.escaped = true;
                else if (c === "'")
                    this.stack.pop();
                break;
            case 'double':
                if (c === '\\')
                    this.escaped = true;
                else if (c === '"')
                    this.stack.pop();
                else if (c === '(' && this.prev === '$')
                    this.stack.push({ kind: 'subst', depth: 0 });
                break;
            case 'comment':
                if (c === '\n')
                    this.stack.pop();
                break;
        }
        this.prev = c;
    }
    /** The text that makes `value` one literal string at the current position. */
    quote(value, name) {
        const kind = this.top.kind;
        if (this.escaped && kind !== 'comment') {
            throw new CommandLineError(`a backslash right before {${name}} would escape the quoting added around its value; remove the backslash`);
        }
        this.prev = 'x';
        switch (kind) {
            case 'single': // close the quote, add the value's own quotes escaped, reopen
                return value.replaceAll("'", `'\\''`);
            case 'double': // close "…", add the single-quoted value, reopen: still one word
                return `"${shellQuote(value)}"`;
            case 'ansi':
                return `'${shellQuote(value)}$'`;
            default:
                return shellQuote(value);
        }
    }
}
/**
 * argv for a `shell: bash` command: `['bash', '-c', line]`, with each
 * `{name}` in the line replaced by its value quoted for the shell. Unquoted,
 * a value becomes `'value'` (every `'` in it written `'\''`); inside '…', "…"
 * or $'…' the surrounding quote is closed, the single-quoted value added and
 * the quote reopened — so a value is always exactly one literal string to
 * bash and can never run code. Placeholders are recognised everywhere in the
 * line, including inside quotes: write `{{`/`}}` for braces bash should see
 * (e.g. `${{HOME}}`, `awk '{{print $1}}'`).
 */
function bashArgv(line, values) {
    const context = new ShellContext();
    let script = '';
    for (const piece of parsePlaceholders(line, values, 'the command line')) {
        if ('name' in piece) {
            script += context.quote(values[piece.name], piece.name);
        }
        else {
            for (const c of piece.text)
                context.feed(c);
            script += piece.text;
        }
    }
    return ['bash', '-c', script];
}

;// CONCATENATED MODULE: ./src/evaluation/result-file.ts
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
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, RESULT_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(result, null, 2) + '\n');
    await (0,promises_.rename)(tmp, file);
    return file;
}
/** `result.json` itself, or the folder that holds it. */
function resolveResultPath(fileOrDir) {
    return existsSync(fileOrDir) && statSync(fileOrDir).isDirectory()
        ? path.join(fileOrDir, RESULT_FILE)
        : fileOrDir;
}
/**
 * Reads a result file and checks its shape; `what` names it in messages
 * ("candidate results"). A missing file is a usage error (exit 2): the
 * caller did not run `evaluate` or pointed at the wrong place.
 */
async function readResult(fileOrDir, what) {
    const file = resolveResultPath(fileOrDir);
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch {
        throw new UsageError(`${what} not found: ${file} (run evaluate first, or set the path)`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new DecisionError(`${what} ${file} is not valid JSON: ${err.message}`);
    }
    const r = data;
    if (!r || typeof r !== 'object' || r.schema !== RESULT_SCHEMA) {
        throw new DecisionError(`${what} ${file} is not a modelgate result (expected "schema": "${RESULT_SCHEMA}")`);
    }
    if (typeof r.model !== 'string' || typeof r.version !== 'string') {
        throw new DecisionError(`${what} ${file} names no model or version`);
    }
    if (r.status !== 'ok') {
        throw new DecisionError(`${what} ${file} records a failed evaluation: ${r.error ?? 'no reason given'}`);
    }
    if (!r.metrics || typeof r.metrics !== 'object') {
        throw new DecisionError(`${what} ${file} holds no metrics`);
    }
    return r;
}

;// CONCATENATED MODULE: ./src/evaluation/run-evaluation.ts
/**
 * One evaluation, as a recipe: clear the output folder → run `train` (when
 * asked) and `evaluate` → read the metrics file and the predictions →
 * reconcile reported and computed metrics → record digests of the evaluated
 * files and the data → write `result.json`. Any failure still writes
 * `result.json`, with `status: error` and no metrics (SPEC §3).
 */













/** Runs one evaluation; resolves with the result written (status ok or error). */
async function runEvaluation(reg, t, deps) {
    const started = Date.now();
    const result = {
        schema: RESULT_SCHEMA,
        status: 'error',
        model: t.model.name,
        version: t.version,
        target: t.target,
        stage: t.stage,
        files: {},
        data: {},
        commands: [],
        startedAt: new Date(started).toISOString(),
        durationMs: 0,
        commit: commitOf(reg.repoRoot, deps.env),
        runner: runnerInfo(deps.env)
    };
    try {
        // The folder is modelgate's own output: a stale result.json from an
        // earlier run must not survive a failed one.
        await (0,promises_.rm)(t.outputDir, { recursive: true, force: true });
        const values = placeholders(reg, t);
        const steps = [];
        if (t.train)
            steps.push(['train', t.model.spec.train]);
        steps.push(['evaluate', t.model.spec.evaluate]);
        for (const [name, spec] of steps) {
            result.commands.push(await runStep(reg, t, name, spec, values, deps));
        }
        Object.assign(result, await collectMetrics(t));
        result.files = await modelDigests(reg, t);
        result.data = await dataDigests(reg, t);
        result.status = 'ok';
    }
    catch (error) {
        if (!(error instanceof src_errors/* ModelgateError */.HJ))
            throw error;
        result.error = error.message;
        for (const k of [
            'metrics',
            'reportedMetrics',
            'computedMetrics',
            'confusionMatrix',
            'predictions'
        ])
            delete result[k];
    }
    result.durationMs = Date.now() - started;
    await writeResult(t.outputDir, result);
    return result;
}
function label(t, name) {
    return (0,src_errors/* keyPath */.Dw)([...(t.model.at.length ? t.model.at : [t.model.name]), name, 'run']);
}
function placeholders(reg, t) {
    return {
        model: t.model.name,
        version: t.version,
        stage: t.stage,
        model_dir: t.modelDir,
        output_dir: t.outputDir,
        workspace: reg.repoRoot
    };
}
async function runStep(reg, t, name, spec, values, deps) {
    const where = label(t, name);
    let argv;
    let timeoutMs;
    try {
        argv =
            spec.shell === 'bash'
                ? bashArgv(spec.run, values)
                : substitutePlaceholders(splitWords(spec.run), values);
        timeoutMs = spec.timeout ? parseDuration(spec.timeout) : undefined;
    }
    catch (err) {
        // A bad command line or timeout in the manifest: the user's to fix.
        if (err instanceof CommandLineError || err instanceof Error)
            throw new src_errors/* DecisionError */.bW(`${where}: ${err.message}`);
        throw err;
    }
    await (0,promises_.mkdir)(t.outputDir, { recursive: true });
    const run = await deps.log.group(`${name} ${t.model.name} ${t.target === 'benchmark' ? 'benchmark' : t.version}: ${argv.join(' ')}`, async () => {
        try {
            return await deps.runner.run({
                argv,
                cwd: reg.repoRoot,
                env: {
                    ...deps.env,
                    MODELGATE_MODEL: t.model.name,
                    MODELGATE_VERSION: t.version,
                    MODELGATE_OUTPUT_DIR: t.outputDir
                },
                timeoutMs,
                label: where,
                onOutput: chunk => deps.log.write(chunk)
            });
        }
        catch (err) {
            if (err instanceof CommandStartError)
                throw new src_errors/* DecisionError */.bW(err.message);
            throw err;
        }
    });
    const record = {
        name,
        argv,
        exitCode: run.exitCode,
        signal: run.signal,
        timedOut: run.timedOut,
        durationMs: run.durationMs
    };
    const tail = lastLines(run.outputTail, 15);
    if (run.timedOut) {
        throw new src_errors/* DecisionError */.bW(`${where} timed out after ${spec.timeout}; its process group was killed${tail}`);
    }
    if (run.signal)
        throw new src_errors/* DecisionError */.bW(`${where} was killed by ${run.signal}${tail}`);
    if (run.exitCode !== 0)
        throw new src_errors/* DecisionError */.bW(`${where} failed with exit code ${run.exitCode}${tail}`);
    return record;
}
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n').slice(-n);
    return lines.length && lines[0] !== ''
        ? `; its last output:\n${lines.map(l => `  ${l}`).join('\n')}`
        : '';
}
async function collectMetrics(t) {
    const spec = t.model.spec.evaluate;
    let reported = {};
    if (spec.metrics) {
        const file = external_node_path_default().join(t.outputDir, spec.metrics);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new src_errors/* DecisionError */.bW(`${label(t, 'evaluate')} wrote no metrics file: expected ${file} (evaluate.metrics)`);
        }
        reported = parseMetricFile(await (0,promises_.readFile)(file, 'utf8'), file);
    }
    const out = { reportedMetrics: reported };
    let computed = {};
    if (spec.predictions) {
        const file = external_node_path_default().join(t.outputDir, spec.predictions);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new src_errors/* DecisionError */.bW(`${label(t, 'evaluate')} wrote no predictions file: expected ${file} (evaluate.predictions)`);
        }
        const predictions = parsePredictions(await (0,promises_.readFile)(file, 'utf8'), file);
        if (predictions.yTrue.length === 0)
            throw new src_errors/* DecisionError */.bW(`${file} holds a header but no predictions`);
        const c = computeMetrics(predictions);
        computed = c.metrics;
        out.computedMetrics = c.metrics;
        if (c.confusion)
            out.confusionMatrix = c.confusion;
        out.predictions = spec.predictions;
    }
    out.metrics = reconcileMetrics(reported, computed);
    if (Object.keys(out.metrics).length === 0) {
        throw new src_errors/* DecisionError */.bW(`${label(t, 'evaluate')} produced no metrics: ${spec.metrics ? `${spec.metrics} is empty` : 'set evaluate.metrics or evaluate.predictions'}`);
    }
    return out;
}
/** Digests of the evaluated files; for a registered version they must be the recorded ones. */
async function modelDigests(reg, t) {
    const out = {};
    const recorded = t.target === 'benchmark' || !t.train
        ? t.model.spec.versions.find(v => v.version === t.version)?.files
        : undefined;
    for (const file of t.model.spec.files) {
        const abs = external_node_path_default().join(t.modelDir, file);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new src_errors/* DecisionError */.bW(`model file missing after ${t.train ? 'training' : 'evaluation'}: ${abs}`);
        out[file] = (0,digest/* contentDigest */.eZ)(await (0,digest/* digestFile */.TM)(abs));
        if (recorded && recorded[file] !== out[file]) {
            throw new src_errors/* DecisionError */.bW(`${external_node_path_default().relative(reg.repoRoot, abs)} is not the file the manifest records for ${t.model.name} ${t.version} (${recorded[file]}, found ${out[file]}): run validate`);
        }
    }
    return out;
}
async function dataDigests(reg, t) {
    const out = {};
    for (const rel of t.model.spec.evaluate.data ?? []) {
        const abs = external_node_path_default().resolve(reg.repoRoot, rel);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new src_errors/* DecisionError */.bW(`evaluation data file not found: ${rel} (evaluate.data)`);
        out[rel] = (0,digest/* contentDigest */.eZ)(await (0,digest/* digestFile */.TM)(abs));
    }
    return out;
}
function commitOf(repoRoot, env) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], {
            cwd: repoRoot,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore']
        }).trim();
    }
    catch {
        return undefined; // not a git checkout, or no commit yet
    }
}
function runnerInfo(env) {
    const run = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return {
        os: `${external_node_os_default().platform()} ${external_node_os_default().arch()}`,
        node: process.version,
        repository: env.GITHUB_REPOSITORY,
        workflow: env.GITHUB_WORKFLOW,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        run
    };
}

// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
;// CONCATENATED MODULE: ./src/registry/registry.ts
function findModel(reg, name) {
    return reg.models.find(m => m.name === name);
}

// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
;// CONCATENATED MODULE: ./src/evaluation/target.ts
/**
 * What one evaluation is about (SPEC §3 `evaluate`): the model, the version
 * or the benchmark copy, where its files are and where results go.
 */





const BENCHMARK = 'benchmark';
function resolveTarget(reg, modelName, version, outputRoot, train) {
    const model = findModel(reg, modelName);
    if (!model) {
        throw new src_errors/* DecisionError */.bW(`model "${modelName}" is not in the registry (models: ${reg.models
            .map(m => m.name)
            .slice(0, 20)
            .join(', ') || 'none'})`);
    }
    if (!model.spec.evaluate) {
        throw new src_errors/* DecisionError */.bW(`model "${modelName}" has no evaluate command (add models.${modelName}.evaluate.run)`);
    }
    if (train && !model.spec.train) {
        throw new src_errors/* DecisionError */.bW(`train is true but model "${modelName}" has no train command (add models.${modelName}.train.run)`);
    }
    if (version === BENCHMARK) {
        if (!reg.benchmark)
            throw new src_errors/* DecisionError */.bW('the registry sets "benchmark: false": there is no benchmark copy to evaluate');
        const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
        if (!prod)
            throw new src_errors/* DecisionError */.bW(`model "${modelName}" has no ${reg.benchmark.copyOf} version, so no benchmark copy to evaluate`);
        return {
            model,
            version: prod.version,
            target: 'benchmark',
            stage: reg.benchmark.folder,
            modelDir: external_node_path_default().join(reg.repoRoot, (0,layout/* benchmarkDir */.z4)(reg, modelName, prod.version)),
            outputDir: external_node_path_default().join(outputRoot, modelName, BENCHMARK),
            train: false
        };
    }
    const entry = model.spec.versions.find(v => v.version === version) ??
        model.spec.versions.find(v => (0,semver/* compareVersions */.Zy)(v.version, version) === 0);
    const outputDir = external_node_path_default().join(outputRoot, modelName, entry?.version ?? version);
    if (train) {
        // A fresh training run: the model is whatever `train` writes to the output folder.
        return {
            model,
            version: entry?.version ?? version,
            target: 'version',
            stage: 'trained',
            modelDir: outputDir,
            outputDir,
            train: true
        };
    }
    if (!entry) {
        throw new src_errors/* DecisionError */.bW(`model "${modelName}" has no version "${version}" (versions: ${model.spec.versions.map(v => v.version).join(', ') || 'none'})`);
    }
    return {
        model,
        version: entry.version,
        target: 'version',
        stage: entry.stage,
        modelDir: external_node_path_default().join(reg.repoRoot, (0,layout/* versionDir */.EE)(reg, modelName, entry)),
        outputDir,
        train: false
    };
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
            throw new src_errors/* UsageError */.eb(`input "entries": "${item}" is not model@version`);
        }
        return { model: item.slice(0, at), version: item.slice(at + 1) };
    });
}

;// CONCATENATED MODULE: ./src/evaluation/trust.ts
/**
 * SPEC §7: manifest commands are code from the repository. On
 * `pull_request_target`, or a pull request from a fork, that code comes from
 * someone who may not be trusted with the workflow's secrets and token, so
 * `evaluate` refuses to run it unless `allow-untrusted: true`.
 */

function judgeTrust(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event === 'pull_request_target') {
        return { trusted: false, reason: 'the event is pull_request_target' };
    }
    if (!env.GITHUB_EVENT_PATH)
        return { trusted: true };
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return { trusted: true }; // no readable payload: not a pull request event we can judge
    }
    const pr = payload.pull_request;
    if (!pr)
        return { trusted: true };
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    // A deleted fork has `head.repo: null`: its origin cannot be shown, so it is not trusted.
    if (!head || (base && head !== base)) {
        return {
            trusted: false,
            reason: `the pull request comes from ${head ?? 'a deleted repository'}, not ${base ?? 'this repository'}`
        };
    }
    return { trusted: true };
}

;// CONCATENATED MODULE: ./src/policy/format.ts
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

// EXTERNAL MODULE: ./src/registry/load.ts + 7 modules
var load = __webpack_require__(92518);
// EXTERNAL MODULE: ./src/registry/rules.ts
var rules = __webpack_require__(70956);
;// CONCATENATED MODULE: ./src/commands/load-for-command.ts
/**
 * Loading the registry for a command other than `validate`: the manifest must
 * be sound (schema and rules) before anything acts on it; file digests are
 * left to `validate` and to each command's own checks.
 */



async function loadSoundRegistry(manifestPath, env, onlyModel) {
    const loaded = await (0,load/* loadRegistry */.A)({ manifestPath, onlyModel, env });
    const diagnostics = [
        ...loaded.diagnostics,
        ...(loaded.registry ? (0,rules/* checkRules */.M)(loaded.registry) : [])
    ];
    const errors = diagnostics.filter(d => d.severity === 'error');
    if (errors.length || !loaded.registry) {
        const first = errors[0] ? `: ${(0,src_errors/* formatDiagnostic */.xy)(errors[0])}` : '';
        throw new src_errors/* DecisionError */.bW(`the registry ${loaded.manifest.relPath} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}; run validate)${first}`, errors);
    }
    return loaded.registry;
}

// EXTERNAL MODULE: ./src/commands/markdown.ts
var markdown = __webpack_require__(76469);
;// CONCATENATED MODULE: ./src/commands/evaluate.ts
/**
 * `evaluate` (SPEC §3): runs a model's train/evaluate commands for a version,
 * the benchmark copy, or the `entries` of a plan, writes result.json for
 * each and uploads the results as an artifact inside Actions.
 * Recipe: check trust → load → resolve targets → run → upload → report.
 */









async function evaluate(settings, ctx) {
    const wanted = requestedTargets(settings);
    const trust = judgeTrust(ctx.env);
    if (!trust.trusted && !settings.allowUntrusted) {
        throw new src_errors/* DecisionError */.bW(`refusing to run manifest commands: ${trust.reason}. The train/evaluate commands come from the pull request and would run with this workflow's token; set allow-untrusted: true only if you accept that (SPEC §7)`);
    }
    const models = new Set(wanted.map(w => w.model));
    const reg = await loadSoundRegistry(settings.manifest, ctx.env, models.size === 1 ? [...models][0] : undefined);
    const targets = wanted.map(w => resolveTarget(reg, w.model, w.version, settings.outputDir, settings.train));
    const runner = createProcessRunner();
    const results = [];
    for (const t of targets)
        results.push(await runEvaluation(reg, t, { runner, log: ctx.log, env: ctx.env }));
    const uploaded = await upload(settings, ctx, targets);
    const failed = results.filter(r => r.status !== 'ok');
    const ok = failed.length === 0;
    const lines = results.map(r => `${r.status === 'ok' ? '✔' : '✖'} ${r.model} ${r.target === 'benchmark' ? `benchmark (${r.version})` : r.version}: ${r.status === 'ok' ? metricsLine(r.metrics) : r.error}`);
    return {
        command: 'evaluate',
        ok,
        decision: ok ? 'pass' : 'fail',
        diagnostics: [],
        result: {
            results: results.map((r, i) => ({ ...r, outputDir: targets[i].outputDir })),
            artifacts: uploaded
        },
        text: lines.join('\n'),
        summary: summary(results, uploaded),
        outputs: {},
        exitCode: ok ? 0 : 1
    };
}
function requestedTargets(settings) {
    if (settings.entries)
        return parseEntries(settings.entries);
    if (!settings.model)
        throw new src_errors/* UsageError */.eb('evaluate needs "model" and "version" (or "entries" from plan)');
    if (!settings.version)
        throw new src_errors/* UsageError */.eb('evaluate needs "version": a version of the model, or "benchmark"');
    return [{ model: settings.model, version: settings.version }];
}
async function upload(settings, ctx, targets) {
    if (!settings.uploadArtifact)
        return [];
    const uploader = await createArtifactUploader(ctx.env);
    if (!uploader) {
        if (ctx.env.GITHUB_ACTIONS === 'true') {
            ctx.log.warning('results not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN is not set); they stay in the output folder');
        }
        return [];
    }
    const out = [];
    for (const t of targets) {
        const name = artifactName(t.model.name, t.target === 'benchmark' ? 'benchmark' : t.version, ctx.env.GITHUB_RUN_ATTEMPT);
        const artifact = await uploader.upload(name, t.outputDir);
        ctx.log.info(`uploaded ${t.outputDir} as artifact ${artifact.name} (${artifact.size} bytes)`);
        out.push(artifact);
    }
    return out;
}
function metricsLine(metrics) {
    return Object.entries(metrics)
        .map(([k, v]) => `${k}=${formatNumber(v)}`)
        .join(' ');
}
function summary(results, artifacts) {
    const parts = ['## modelgate evaluate', ''];
    for (const r of results) {
        const what = r.target === 'benchmark' ? `benchmark copy of ${r.version}` : r.version;
        parts.push(`### ${r.model} ${what}: ${r.status === 'ok' ? '✔ ok' : '✖ error'}`, '');
        if (r.status !== 'ok') {
            parts.push('```', r.error ?? '', '```', '');
            continue;
        }
        parts.push((0,markdown/* table */.tp)(['metric', 'value', 'source'], Object.entries(r.metrics).map(([k, v]) => [
            k,
            formatNumber(v),
            r.reportedMetrics && k in r.reportedMetrics ? 'reported' : 'computed'
        ])), '');
    }
    if (artifacts.length)
        parts.push(`Artifacts: ${artifacts.map(a => `\`${a.name}\``).join(', ')}`);
    return parts.join('\n');
}


/***/ })

};
