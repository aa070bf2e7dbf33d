export const id = 612;
export const ids = [612];
export const modules = {

/***/ 59573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ metricsToRecord)
/* harmony export */ });
function metricsToRecord(spec, version, fresh) {
    if (!fresh)
        return undefined;
    const recorded = spec.versions.find(v => v.version === version)?.metrics ?? {};
    const wanted = new Set([...Object.keys(recorded), ...Object.keys(spec.metrics ?? {})]);
    if (!wanted.size)
        return fresh;
    return Object.fromEntries(Object.entries(fresh).filter(([name]) => wanted.has(name)));
}


/***/ }),

/***/ 77612:
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
// EXTERNAL MODULE: ./src/policy/metric-file.ts
var metric_file = __webpack_require__(46935);
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
    if (result.model !== expect.model || result.version !== expect.version) {
        throw new errors/* DecisionError */.bW(`candidate results ${file} are for ${result.model} ${result.version}, not ${id}`);
    }
    for (const [name, digest] of Object.entries(expect.digests)) {
        if (result.files[name] !== digest) {
            throw new errors/* DecisionError */.bW(`candidate results ${file} were made with other bytes of ${name} (${result.files[name] ?? 'not evaluated'}) than the ones registered (${digest})`);
        }
    }
    return {
        metrics: result.metrics ?? {},
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

// EXTERNAL MODULE: ./src/changes/plan-change.ts + 4 modules
var plan_change = __webpack_require__(44822);
// EXTERNAL MODULE: ./src/changes/recorded-metrics.ts
var recorded_metrics = __webpack_require__(59573);
// EXTERNAL MODULE: ./src/changes/register-plan.ts
var register_plan = __webpack_require__(17846);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/file-kind.ts
var file_kind = __webpack_require__(6472);
;// CONCATENATED MODULE: ./src/registry/source-folder.ts
/**
 * The folder a trained model is registered from (`register --source`): the
 * files the model's `files` names, with their digests, and what else the
 * folder holds. A file the manifest does not name is refused rather than
 * left behind: it usually means `files` is missing something the model
 * needs (a tokenizer, a vocabulary) — except the files modelgate itself
 * writes next to a trained model (result.json, the evaluation's metrics and
 * predictions), which are known not to be part of it.
 */





function readSourceFolder(dir, names, ignored) {
    const found = { files: [], refused: [] };
    try {
        listFiles(dir, '', found);
    }
    catch {
        throw new errors/* UsageError */.eb(`the source folder ${dir} does not exist or cannot be read`);
    }
    // A link would be committed as a link, not as the model (and a link to /etc/passwd would be
    // uploaded as the model's bytes); a FIFO would hang the read. Refused by name, before any read.
    const refused = found.refused.filter(([rel]) => !ignored.includes(rel));
    if (refused.length) {
        throw new errors/* DecisionError */.bW(`${dir}: ${refused.map(([rel, why]) => `${rel} ${why}`).join('; ')}: a model's files and folders must be real files and folders in the source folder`);
    }
    const present = found.files.sort();
    const missing = names.filter(n => !present.includes(n));
    if (missing.length) {
        throw new errors/* DecisionError */.bW(`${dir} has no ${missing.join(', ')}: a version is made of ${names.join(', ')} (the model's files)`);
    }
    const extra = present.filter(n => !names.includes(n) && !ignored.includes(n));
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

// EXTERNAL MODULE: ./src/commands/show-or-apply.ts + 3 modules
var show_or_apply = __webpack_require__(41679);
// EXTERNAL MODULE: ./src/commands/change-stamp.ts
var change_stamp = __webpack_require__(85414);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
;// CONCATENATED MODULE: ./src/commands/register.ts
/**
 * `register --model M --version V --source DIR [--candidate-results R]`
 * (SPEC §3): a trained model enters the first stage by pull request on
 * `modelgate/register/<M>-<V>`. Recipe: load → read the source folder
 * (exactly the model's files) → ask git which paths Git LFS takes → read the
 * metrics and lineage → plan (refusals) → show (dry run) or open the PR,
 * whose new blobs are the only bytes uploaded.
 */











async function register(settings, ctx) {
    const { model: name, version, source } = settings;
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, name);
    // Unknown model, existing or older version: refused before any file is read.
    const model = (0,register_plan/* checkRegistration */.Mi)(reg, { model: name, version, allowOlder: settings.allowOlder });
    const spec = model.spec;
    const stamp = (0,change_stamp/* changeStamp */.a)(ctx);
    const sourceDir = external_node_path_default().resolve(settings.workspace, source);
    const resultsFile = settings.candidateResults
        ? external_node_path_default().resolve(settings.workspace, settings.candidateResults)
        : undefined;
    const trained = readSourceFolder(sourceDir, spec.files, knownOutputs(model, sourceDir, resultsFile));
    const git = ctx.git(reg.repoRoot);
    const lfs = await lfsRouted(reg, model, version, git);
    const files = trained.map(f => ({
        name: f.name,
        source: f.source,
        // A pointer in the folder stands for its object: record the object's digest, keep the pointer.
        digest: f.lfs?.digest ?? f.digest,
        size: f.lfs?.size ?? f.size,
        lfs: lfs.has(f.name) || f.lfs !== undefined
    }));
    const digests = Object.fromEntries(files.map(f => [f.name, f.digest]));
    const results = resultsFile
        ? await readRegistrationResults(resultsFile, { model: name, version, digests }, [
            settings.workspace
        ])
        : undefined;
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
        gates: [],
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
/** The model's files whose new paths .gitattributes routes through Git LFS (`filter=lfs`). */
async function lfsRouted(reg, model, version, git) {
    const folder = (0,paths/* joinRel */.gN)(reg.root, reg.stages[0].name, model.name, version);
    const byPath = new Map(model.spec.files.map(f => [`${folder}/${f}`, f]));
    const attrs = await git.checkAttr([...byPath.keys()], 'filter');
    return new Set([...attrs].filter(([, v]) => v === 'lfs').map(([p]) => byPath.get(p)));
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

/***/ 46935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseMetricFile)
/* harmony export */ });
/* unused harmony export MetricFileError */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98914);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79652);
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
        if ((0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .isNonFiniteSpelling */ .j)(value)) {
            throw nonFinite(fileName, name, /nan/i.test(value) ? 'NaN' : 'infinite');
        }
        const hint = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .readNumberCell */ .A)(value).kind === 'number' ? ' (write the number without quotes)' : '';
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
        const cell = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .readNumberCell */ .A)(fields[1]);
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


/***/ })

};
