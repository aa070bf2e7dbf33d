export const id = 403;
export const ids = [403];
export const modules = {

/***/ 59573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ metricsToRecord)
/* harmony export */ });
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34323);
/**
 * Which fresh metrics go into a version entry (promote, register): those the
 * entry already records and those the model's policy names. Evaluation also
 * reports derived metrics (micro averages and the like); recording them all
 * would bury the review in noise. With neither, all of them.
 */

function metricsToRecord(spec, version, fresh) {
    if (!fresh)
        return undefined;
    const recorded = (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .findVersion */ .Am)(spec.versions, version)?.metrics ?? {};
    const wanted = new Set([...Object.keys(recorded), ...Object.keys(spec.metrics ?? {})]);
    if (!wanted.size)
        return fresh;
    return Object.fromEntries(Object.entries(fresh).filter(([name]) => wanted.has(name)));
}


/***/ }),

/***/ 17403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/evaluation/stage-gates.ts
var stage_gates = __webpack_require__(95973);
;// CONCATENATED MODULE: ./src/evaluation/registration-gates.ts
/**
 * The first stage's gates, checked by `register` as `promote` checks every
 * other stage's (SPEC §5 step 1): `metrics` — the thresholds hold on the
 * candidate's results; `compare: benchmark` — it beats the benchmark copy,
 * which needs the result.json of its evaluation. Without candidate results
 * a gated first stage cannot be entered: nothing would show it holds.
 */


async function checkRegistrationGates(reg, model, version, results, where) {
    const stage = reg.stages[0];
    const gates = stage.gates ?? {};
    const none = { decision: 'pass', lines: [], reasons: [], warnings: [] };
    if (!gates.metrics && gates.compare !== 'benchmark')
        return none;
    const id = `${model.name} ${version}`;
    const named = [gates.metrics ? 'metrics' : '', gates.compare ? 'compare: benchmark' : '']
        .filter(Boolean)
        .join(', ');
    if (!results) {
        throw new errors/* DecisionError */.bW(`${id} cannot be registered: ${stage.name} has gates (${named}) and nothing shows they hold; give candidate-results (the result.json of its evaluation, or its metrics file)`);
    }
    if (gates.compare !== 'benchmark') {
        return { ...none, ...(0,stage_gates/* thresholdGate */.f)(model.spec.metrics ?? {}, results.metrics) };
    }
    if (!results.resultFile) {
        throw new errors/* DecisionError */.bW(`${id} cannot be registered: ${stage.name} compares with the benchmark (compare: benchmark), which needs the result.json of an evaluation of ${id} as candidate-results, not a metrics file`);
    }
    return (0,stage_gates/* checkStageGates */.V)(reg, model, stage, {
        model,
        version,
        candidateResults: results.resultFile,
        ...where
    });
}

// EXTERNAL MODULE: ./src/policy/metric-file.ts
var metric_file = __webpack_require__(46935);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
// EXTERNAL MODULE: ./src/evaluation/result-file.ts
var result_file = __webpack_require__(34580);
;// CONCATENATED MODULE: ./src/evaluation/registration-results.ts
/**
 * What `register --candidate-results R` records: the metrics, and the
 * lineage when R is a result.json. A result.json counts only when it is a
 * successful evaluation of this model and version and of exactly the bytes
 * being registered; otherwise its metrics would describe another model.
 * A plain metrics file (JSON, YAML or `name,value` CSV) is taken as it is.
 */





async function readRegistrationResults(fileOrDir, expect, 
/** Where a symbolic link may lead: the workspace (none: a link is refused). */
linksWithin = []) {
    const { file, text, outside } = await (0,result_file/* readResultText */.l1)(fileOrDir, file => `candidate results not found: ${file}`, { what: 'candidate results', linksWithin });
    if (!isResultJson(text)) {
        try {
            return { metrics: (0,metric_file/* parseMetricFile */.K)(text, external_node_path_default().basename(file)) };
        }
        catch (err) {
            // A metrics file's errors quote it; one outside the workspace is never quoted.
            if (!outside || !(err instanceof errors/* ModelgateError */.HJ))
                throw err;
            throw new errors/* DecisionError */.bW(`candidate results ${file} are neither a modelgate result.json nor a metrics file (it is outside the workspace, so its content is not shown)`);
        }
    }
    const result = (0,result_file/* parseResult */.F)(text, file, 'candidate results');
    const id = `${expect.model} ${expect.version}`;
    if (result.model !== expect.model || !(0,semver/* sameVersion */.r1)(result.version, expect.version)) {
        throw new errors/* DecisionError */.bW(`candidate results ${file} are for ${result.model} ${result.version}, not ${id}`);
    }
    for (const [name, digest] of Object.entries(expect.digests)) {
        if (result.files[name] !== digest) {
            throw new errors/* DecisionError */.bW(`candidate results ${file} were made with other bytes of ${name} (${result.files[name] ?? 'not evaluated'}) than the ones registered (${digest})`);
        }
    }
    return {
        metrics: result.metrics ?? {},
        resultFile: file,
        ...(result.commit ? { commit: result.commit } : {}),
        ...(result.runner?.run ? { run: result.runner.run } : {})
    };
}
function isResultJson(text) {
    try {
        return JSON.parse(text)?.schema === result_file/* RESULT_SCHEMA */.w;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/changes/plan-change.ts + 3 modules
var plan_change = __webpack_require__(76904);
// EXTERNAL MODULE: ./src/changes/recorded-metrics.ts
var recorded_metrics = __webpack_require__(59573);
// EXTERNAL MODULE: ./src/changes/register-plan.ts
var register_plan = __webpack_require__(17846);
// EXTERNAL MODULE: ./src/registry/ignore.ts
var ignore = __webpack_require__(40085);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/layout-template/render.ts
var render = __webpack_require__(99863);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/file-kind.ts
var file_kind = __webpack_require__(6472);
;// CONCATENATED MODULE: ./src/registry/source-folder.ts
/**
 * The folder a trained model is registered from (`register --source`), with
 * the digests of the files that make the new version:
 *
 * - where the model lists its `files`, exactly those: a file the list does
 *   not name is refused rather than left behind, since it usually means the
 *   list is missing something the model needs (a tokenizer, a vocabulary);
 * - without the list (issue #12), every file in the folder.
 *
 * Either way, files that are known not to be part of the model are left
 * out: the ones modelgate itself writes next to a trained model
 * (result.json, the evaluation's metrics and predictions; `ignored`) and the
 * ones the registry's `ignore:` names at their new path (`skip`).
 */





function readSourceFolder(dir, listed, ignored, skip = () => false) {
    const found = { files: [], refused: [] };
    try {
        listFiles(dir, '', found);
    }
    catch {
        throw new errors/* UsageError */.eb(`the source folder ${dir} does not exist or cannot be read`);
    }
    // A link would be committed as a link, not as the model (and a link to /etc/passwd would be
    // uploaded as the model's bytes); a FIFO would hang the read. Refused by name, before any read.
    const refused = found.refused.filter(([rel]) => !ignored.includes(rel) && !skip(rel));
    if (refused.length) {
        throw new errors/* DecisionError */.bW(`${dir}: ${refused.map(([rel, why]) => `${rel} ${why}`).join('; ')}: a model's files and folders must be real files and folders in the source folder`);
    }
    const present = found.files.sort();
    const names = listed ? [...listed] : present.filter(n => !ignored.includes(n) && !skip(n));
    if (!names.length) {
        throw new errors/* DecisionError */.bW(`${dir} holds no file to register${present.length ? ` (${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} left out: written by modelgate or named by \`ignore\`)` : ''}`);
    }
    const missing = names.filter(n => !present.includes(n));
    if (missing.length) {
        throw new errors/* DecisionError */.bW(`${dir} has no ${missing.join(', ')}: a version is made of ${names.join(', ')} (the model's files)`);
    }
    const extra = present.filter(n => !names.includes(n) && !ignored.includes(n) && !skip(n));
    if (extra.length) {
        throw new errors/* DecisionError */.bW(`${dir} also holds ${extra.join(', ')}, which the model's files (${names.join(', ')}) do not name: add ${extra.length === 1 ? 'it' : 'them'} to the model's \`files\` if the model needs ${extra.length === 1 ? 'it' : 'them'}, or remove ${extra.length === 1 ? 'it' : 'them'} from the folder`);
    }
    return names.map(name => {
        const source = external_node_path_default().join(dir, name);
        const d = (0,digest/* digestFileSync */.EX)(source);
        return { name, source, digest: d.digest, size: d.size, ...(d.lfs ? { lfs: d.lfs } : {}) };
    });
}
/** Every file below `dir`, relative with `/`, hidden entries (`.git`, `.DS_Store`) left out. */
function listFiles(dir, prefix, into) {
    for (const entry of (0,external_node_fs_.readdirSync)(external_node_path_default().join(dir, prefix), { withFileTypes: true })) {
        if (entry.name.startsWith('.'))
            continue;
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            listFiles(dir, rel, into);
        else if (entry.isFile())
            into.files.push(rel);
        else if (entry.isSymbolicLink()) {
            into.refused.push([rel, 'is a symbolic link (git would commit the link, not the model)']);
        }
        else
            into.refused.push([rel, `is ${(0,file_kind/* notFileKind */.qV)((0,external_node_fs_.lstatSync)(external_node_path_default().join(dir, rel)))}`]);
    }
}

// EXTERNAL MODULE: ./src/commands/show-or-apply.ts + 2 modules
var show_or_apply = __webpack_require__(40518);
// EXTERNAL MODULE: ./src/commands/change-stamp.ts
var change_stamp = __webpack_require__(85414);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
;// CONCATENATED MODULE: ./src/commands/register.ts
/**
 * `register --model M --version V --source DIR [--candidate-results R]`
 * (SPEC §3): a trained model enters the first stage by pull request on
 * `modelgate/register/<M>-<V>`. Recipe: load → read the source folder
 * (exactly the model's `files`, or without that list every file `ignore:`
 * does not name) → ask git which new paths Git LFS takes → read the
 * metrics and lineage → check the first stage's gates, as promote checks
 * every other stage's (a "no" is a refusal) → plan (refusals) → show (dry
 * run) or open the PR, whose new blobs are the only bytes uploaded.
 */















async function register(settings, ctx) {
    const { model: name, version, source } = settings;
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, name);
    // Unknown model, existing or older version: refused before any file is read.
    const model = (0,register_plan/* checkRegistration */.Mi)(reg, {
        model: name,
        version,
        allowOlder: settings.allowOlder,
        at: new Date().toISOString()
    });
    const spec = model.spec;
    const stamp = (0,change_stamp/* changeStamp */.a)(ctx);
    const sourceDir = external_node_path_default().resolve(settings.workspace, source);
    const resultsFile = settings.candidateResults
        ? external_node_path_default().resolve(settings.workspace, settings.candidateResults)
        : undefined;
    // Where each file lands: the first stage's layout renders its path.
    const landing = (file) => (0,layout/* versionFilePath */.ES)(reg, name, { stage: reg.stages[0].name, version }, file);
    const ignored = (0,ignore/* ignoredBy */.gP)(reg);
    const trained = readSourceFolder(sourceDir, spec.files?.map(f => (0,render/* expandFileName */.ED)(f, name, version)), knownOutputs(model, sourceDir, resultsFile), file => ignored(landing(file)));
    const git = ctx.git(reg.repoRoot);
    // Where a file also lands when registering refreshes the benchmark copy: .gitattributes may
    // route the copy's folder otherwise.
    const copied = (file) => (0,register_plan/* benchmarkCopyPath */.St)(reg, name, version, file);
    const newPaths = trained.flatMap(f => [landing(f.name), copied(f.name)]);
    const lfs = await lfsRouted(newPaths.filter((p) => p !== undefined), git);
    const files = trained.map(f => {
        const copy = copied(f.name);
        return {
            name: f.name,
            source: f.source,
            // A pointer in the folder stands for its object: record the object's digest, keep the pointer.
            digest: f.lfs?.digest ?? f.digest,
            size: f.lfs?.size ?? f.size,
            lfs: lfs.has(landing(f.name)) || f.lfs !== undefined,
            ...(copy ? { benchmarkCopyLfs: lfs.has(copy) || f.lfs !== undefined } : {})
        };
    });
    const digests = Object.fromEntries(files.map(f => [f.name, f.digest]));
    const results = resultsFile
        ? await readRegistrationResults(resultsFile, { model: name, version, digests }, [
            settings.workspace
        ])
        : undefined;
    // The first stage's gates, as promote checks every other stage's: a "no" writes nothing.
    const gates = await checkRegistrationGates(reg, model, version, results, {
        outputDir: settings.outputDir,
        workspace: settings.workspace,
        benchmarkResults: settings.benchmarkResults
    });
    for (const w of gates.warnings)
        ctx.log.warning(w);
    if (gates.decision === 'fail') {
        throw new errors/* DecisionError */.bW(`${name} ${version} cannot be registered: the gates of ${reg.stages[0].name} do not hold: ${gates.reasons.join('; ')}`);
    }
    const commit = results?.commit ?? ctx.env.GITHUB_SHA ?? (await git.headCommit().catch(() => ''));
    const metrics = (0,recorded_metrics/* metricsToRecord */.k)(spec, version, results?.metrics);
    const lineage = { commit: commit || undefined, run: results?.run ?? stamp.run };
    const plan = (0,plan_change/* planChange */.A)(reg, {
        kind: 'register',
        model: name,
        version,
        files,
        metrics,
        source: lineage,
        ...stamp,
        allowOlder: settings.allowOlder
    });
    for (const w of lfsNotes(files))
        ctx.log.warning(w);
    return (0,show_or_apply/* showOrApply */.l)({
        reg,
        plan,
        candidate: { version, source: lineage, createdAt: stamp.at, metrics },
        gates: gates.lines,
        comparison: gates.comparison,
        runUrl: stamp.run
    }, settings, ctx);
}
/** Files modelgate writes next to a trained model, which are not part of it. */
function knownOutputs(model, dir, resultsFile) {
    const names = [
        result_file/* RESULT_FILE */.FX,
        model.spec.evaluate?.metrics,
        model.spec.evaluate?.predictions,
        model.spec.train?.metrics,
        model.spec.train?.predictions
    ];
    if (resultsFile && external_node_path_default().dirname(resultsFile) === dir)
        names.push(external_node_path_default().basename(resultsFile));
    return names.filter((n) => Boolean(n));
}
/** The new paths .gitattributes routes through Git LFS (`filter=lfs`). */
async function lfsRouted(paths, git) {
    const attrs = await git.checkAttr(paths, 'filter');
    return new Set([...attrs].filter(([, v]) => v === 'lfs').map(([p]) => p));
}
/** Git LFS objects do not travel through the API: say how they reach the LFS server. */
function lfsNotes(files) {
    const lfs = files.filter(f => f.lfs);
    if (!lfs.length)
        return [];
    const oids = lfs.map(f => f.digest.replace(/^sha256:/, ''));
    return [
        `${lfs.map(f => f.name).join(', ')} ${lfs.length === 1 ? 'is' : 'are'} registered as ${lfs.length === 1 ? 'a Git LFS pointer' : 'Git LFS pointers'}; the pull request uploads no LFS object. Before merging, push the object${lfs.length === 1 ? '' : 's'} from a checkout that has ${lfs.length === 1 ? 'it' : 'them'}: ${lfs.map(f => `git lfs clean -- ${f.name} < ${f.source} > /dev/null`).join('; ')}; git lfs push --object-id origin ${oids.join(' ')}`
    ];
}


/***/ }),

/***/ 95973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ checkStageGates),
/* harmony export */   f: () => (/* binding */ thresholdGate)
/* harmony export */ });
/* harmony import */ var _policy_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36161);
/* harmony import */ var _comparison_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22541);
/**
 * The gates of a target stage (SPEC §2, §5 step 1): `metrics` — the
 * candidate's absolute thresholds hold on its checked result.json;
 * `compare: benchmark` — the candidate beats the benchmark copy under the
 * model's policy, exactly as `compare` decides. `approvals` is not checked
 * here: reviewers are requested on the pull request, which records them.
 */


/**
 * The `metrics` gate on its own: the candidate's min/max thresholds. No
 * benchmark is given, so only they are judged; it is not a comparison, so
 * none is reported (a table would read "no benchmark").
 */
function thresholdGate(policy, metrics) {
    const thresholds = (0,_policy_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMetrics */ .f)({ policy, candidate: metrics });
    const held = thresholds.metrics.flatMap(m => m.checks.filter(c => c.rule === 'min' || c.rule === 'max' || c.verdict === 'fail'));
    return {
        decision: thresholds.decision,
        lines: [
            `thresholds: ${thresholds.decision}${held.length ? ` (${held.map(c => c.reason).join('; ')})` : ''}`
        ],
        reasons: thresholds.metrics.filter(m => m.verdict === 'fail').map(m => m.reason)
    };
}
async function checkStageGates(reg, model, stage, req) {
    const gates = stage.gates ?? {};
    const out = { decision: 'pass', lines: [], reasons: [], warnings: [] };
    if (!gates.metrics && gates.compare !== 'benchmark') {
        out.lines.push(`stage "${stage.name}" has no metric or compare gate`);
        return out;
    }
    const policy = model.spec.metrics ?? {};
    if (gates.compare === 'benchmark') {
        const inputs = await (0,_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .gatherComparison */ .$6)(reg, { ...req, model });
        out.candidate = inputs.candidate;
        out.warnings.push(...inputs.warnings);
        out.comparison = (0,_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .decideComparison */ .Ed)(model, inputs);
        const versus = inputs.benchmark
            ? `benchmark ${inputs.benchmark.version}`
            : (0,_policy_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .noBenchmarkWords */ .s)(inputs.benchmarkOff);
        out.lines.push(`compare with ${versus}: ${out.comparison.decision}`);
    }
    else {
        const { candidate } = await (0,_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readCandidate */ .G9)({ ...req, model });
        return { ...out, ...thresholdGate(policy, candidate.metrics), candidate };
    }
    const failed = out.comparison.metrics.filter(m => m.verdict === 'fail');
    out.reasons = failed.map(m => m.reason);
    out.decision = failed.length ? 'fail' : 'pass';
    return out;
}


/***/ }),

/***/ 46935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseMetricFile)
/* harmony export */ });
/* unused harmony export MetricFileError */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95861);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98914);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79652);
/**
 * Reads the metrics file an evaluation script writes (SPEC §4): JSON or YAML
 * with nested objects flattened with `.` the way `dvc metrics show` does, or
 * CSV with `name,value` rows. Every value must be a finite number: a quoted
 * "0.91" or a NaN usually means a bug in the script, and accepting it quietly
 * would let a gate pass or fail for the wrong reason.
 */





/** A metrics file that cannot be read; `metric` is the offending (flattened) name, if any. */
class MetricFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW {
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
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
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
            throw new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} is a list; expected a number (or an object of numbers)`, name);
        }
        const number = checkValue(value, name, fileName);
        if (out.has(name)) {
            // `{"a.b": 1, "a": {"b": 2}}` flattens both to `a.b`.
            throw new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} is given twice`, name);
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
        if ((0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonFiniteSpelling */ .j)(value)) {
            throw nonFinite(fileName, name, /nan/i.test(value) ? 'NaN' : 'infinite');
        }
        const hint = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberCell */ .A)(value).kind === 'number' ? ' (write the number without quotes)' : '';
        throw new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} must be a finite number, got the string ${JSON.stringify((0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(value))}${hint}`, name);
    }
    throw new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} must be a finite number, got ${describe(value)}`, name);
}
function nonFinite(fileName, name, what) {
    return new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} is ${what}; a metric must be a finite number`, name);
}
const CSV_HEADER_NAMES = new Set(['name', 'metric']);
function parseCsvMetrics(text, fileName) {
    let records;
    try {
        records = (0,_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCsv */ .W)(text);
    }
    catch (err) {
        if (err instanceof _csv_js__WEBPACK_IMPORTED_MODULE_2__/* .CsvSyntaxError */ .o) {
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
        const cell = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberCell */ .A)(fields[1]);
        if (cell.kind === 'non-finite') {
            throw nonFinite(fileName, name, /nan/i.test(cell.text) ? 'NaN' : 'infinite');
        }
        if (cell.kind === 'invalid') {
            throw new MetricFileError(fileName, `line ${line}: metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} must be a finite number, got ${JSON.stringify((0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(cell.text))}`, name);
        }
        if (out.has(name)) {
            throw new MetricFileError(fileName, `line ${line}: metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} is given twice`, name);
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
        return `the string ${JSON.stringify((0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(value))}`;
    if (typeof value === 'number')
        return String(value);
    if (value instanceof Date)
        return `the date ${value.toISOString()}`;
    return `a ${typeof value}`;
}


/***/ })

};
