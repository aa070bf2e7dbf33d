export const id = 937;
export const ids = [937,740];
export const modules = {

/***/ 15740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactName: () => (/* binding */ artifactName),
/* harmony export */   createArtifactUploader: () => (/* binding */ createArtifactUploader)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 40111));
    const client = new DefaultArtifactClient();
    return {
        async upload(name, folder) {
            const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(folder);
            const files = await listFiles(root);
            // The library would throw a generic "No files were found to upload" after validation;
            // naming the folder tells the user which output went missing.
            if (files.length === 0) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`artifact ${name}: no files to upload in ${root}`);
            }
            const result = await client
                .uploadArtifact(name, files, root, options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays })
                .catch((error) => {
                // The library's own errors (network, a refused upload) become one line naming the artifact.
                const why = error instanceof Error ? error.message : String(error);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`artifact ${name}: upload failed: ${why.split('\n')[0]}`);
            });
            // The response type marks id optional (it is absent only for "nothing uploaded");
            // reporting id 0 would hide a broken upload.
            if (result.id === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`artifact ${name}: the artifact service returned no artifact id`);
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
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
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
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(link)).isFile();
    }
    catch {
        return false; // dangling link: nothing to upload
    }
}


/***/ }),

/***/ 31402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/adapters/artifact.ts
var adapters_artifact = __webpack_require__(15740);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/evaluation/result-file.ts
var result_file = __webpack_require__(34580);
// EXTERNAL MODULE: ./src/evaluation/run-evaluation.ts + 4 modules
var run_evaluation = __webpack_require__(42988);
// EXTERNAL MODULE: ./src/evaluation/target.ts
var target = __webpack_require__(98945);
;// CONCATENATED MODULE: ./src/evaluation/trust.ts
/** Events about a pull request: their payload must say where its head comes from. */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_review',
    'pull_request_review_comment'
]);
function judgeTrust(event) {
    if (event.name === 'pull_request_target') {
        return { trusted: false, reason: 'the event is pull_request_target' };
    }
    if (event.name === 'workflow_run' || event.workflowRun) {
        const run = event.workflowRun;
        // A run whose head repository is gone, or unknown, cannot be shown to come from here.
        if (!run?.head || !run.repository || run.head !== run.repository) {
            return {
                trusted: false,
                reason: `the workflow run comes from ${run?.head ?? 'an unknown or deleted repository'}, not ${run?.repository ?? 'this repository'}`
            };
        }
    }
    const pr = event.pullRequest;
    if (!pr) {
        return event.name && PULL_REQUEST_EVENTS.has(event.name)
            ? {
                trusted: false,
                reason: `the ${event.name} event's payload does not say where the pull request comes from`
            }
            : { trusted: true };
    }
    const { head, base } = pr;
    // A deleted fork has `head.repo: null`: its origin cannot be shown, so it is not trusted.
    if (!head || (base && head !== base)) {
        return {
            trusted: false,
            reason: `the pull request comes from ${head ?? 'a deleted repository'}, not ${base ?? 'this repository'}`
        };
    }
    return { trusted: true };
}

// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
// EXTERNAL MODULE: ./src/commands/output-dir.ts + 1 modules
var output_dir = __webpack_require__(81325);
;// CONCATENATED MODULE: ./src/commands/evaluate.ts
/**
 * `evaluate` (SPEC §3): runs a model's train/evaluate commands for a version,
 * the benchmark copy, or the `entries` of a plan, writes result.json for
 * each and uploads the results as an artifact inside Actions.
 * Recipe: check trust → load → resolve targets → run → upload → report.
 */








async function evaluate(settings, ctx) {
    const wanted = requestedTargets(settings);
    const trust = judgeTrust(settings.event);
    if (!trust.trusted && !settings.allowUntrusted) {
        throw new errors/* DecisionError */.bW(`refusing to run manifest commands: ${trust.reason}. The train/evaluate commands come from the pull request and would run with this workflow's token; set allow-untrusted: true only if you accept that (SPEC §7)`);
    }
    const models = new Set(wanted.map(w => w.model));
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, models.size === 1 ? [...models][0] : undefined);
    const targets = wanted.map(w => (0,target/* resolveTarget */.u1)(reg, w.model, w.version, settings.outputDir, settings.train));
    await (0,output_dir/* checkOutputDir */.V)(reg, settings.workspace, settings.outputDir, targets.map(t => t.outputDir), [result_file/* RESULT_FILE */.FX]);
    const deps = { ...ctx, runner: await ctx.processes(), git: ctx.git(reg.repoRoot) };
    const results = [];
    for (const t of targets)
        results.push(await (0,run_evaluation/* runEvaluation */.K)(reg, t, deps));
    const uploaded = await upload(settings, ctx, targets);
    const failed = results.filter(r => r.status !== 'ok');
    const ok = failed.length === 0;
    return {
        command: 'evaluate',
        ok,
        decision: ok ? 'pass' : 'fail',
        diagnostics: [],
        result: {
            results: results.map((r, i) => ({ ...r, outputDir: targets[i].outputDir })),
            artifacts: uploaded
        },
        outputs: {},
        exitCode: ok ? 0 : 1
    };
}
function requestedTargets(settings) {
    if (settings.entries !== undefined)
        return (0,target/* parseEntries */.Km)(settings.entries);
    return [{ model: settings.model, version: settings.version }];
}
async function upload(settings, ctx, targets) {
    if (!settings.uploadArtifact)
        return [];
    const uploader = await ctx.artifacts();
    if (!uploader) {
        if (ctx.env.GITHUB_ACTIONS === 'true') {
            ctx.log.warning('results not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN is not set); they stay in the output folder');
        }
        return [];
    }
    const out = [];
    for (const t of targets) {
        const name = (0,adapters_artifact.artifactName)(t.model.name, t.target === 'benchmark' ? 'benchmark' : t.version, ctx.env.GITHUB_RUN_ATTEMPT);
        const artifact = await uploader.upload(name, t.outputDir);
        ctx.log.info(`uploaded ${t.outputDir} as artifact ${artifact.name} (${artifact.size} bytes)`);
        out.push(artifact);
    }
    return out;
}


/***/ }),

/***/ 19994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ loadSoundRegistry),
/* harmony export */   b: () => (/* binding */ requireSound)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83854);
/* harmony import */ var _registry_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70956);
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

/***/ 98945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ parseEntries),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   uq: () => (/* binding */ BENCHMARK)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27853);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77936);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34323);
/**
 * What one evaluation is about (SPEC §3 `evaluate`): the model, the version
 * or the benchmark copy, where its files are and where results go.
 */





const BENCHMARK = 'benchmark';
function resolveTarget(reg, modelName, version, outputRoot, train) {
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .findModel */ .P)(reg, modelName);
    if (!model) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`model "${modelName}" is not in the registry (models: ${(0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .someModelNames */ .W)(reg)})`);
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
            modelDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarkDir */ .z4)(reg, modelName, prod.version)),
            outputDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outputRoot, modelName, BENCHMARK),
            train: false
        };
    }
    const entry = model.spec.versions.find(v => v.version === version) ??
        model.spec.versions.find(v => (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(v.version, version) === 0);
    const outputDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outputRoot, modelName, entry?.version ?? version);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`model "${modelName}" has no version "${version}" (versions: ${model.spec.versions.map(v => v.version).join(', ') || 'none'})`);
    }
    return {
        model,
        version: entry.version,
        target: 'version',
        stage: entry.stage,
        modelDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionDir */ .EE)(reg, modelName, entry)),
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "entries": "${item}" is not model@version`);
        }
        return { model: item.slice(0, at), version: item.slice(at + 1) };
    });
}


/***/ }),

/***/ 35035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ digestFileSync),
/* harmony export */   FW: () => (/* binding */ lfsPointer),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   eZ: () => (/* binding */ contentDigest)
/* harmony export */ });
/* unused harmony export parseLfsPointer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * sha256 of a file, streamed through one reusable buffer so memory stays flat
 * whatever the file's size (SPEC §2). A Git LFS pointer file is recognised by
 * its content and reported with the `oid` it carries, so a checkout without
 * LFS objects (actions/checkout's default) still validates.
 *
 * Synchronous reads on purpose (measured in `npm run bench`): the async
 * FileHandle path costs four thread-pool round trips per small file (open,
 * read, the read that returns 0, close), ~6× slower over 50,000 model files,
 * and for large files it alternates waiting and hashing. A 128 KiB buffer
 * stays in the L2 cache: hashing then runs at openssl's speed.
 */


const CHUNK_SIZE = 128 * 1024;
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\r?\n(?:[a-z0-9.-]+ [^\n]*\r?\n)*?oid sha256:([0-9a-f]{64})\r?\nsize (\d+)\r?\n?$/;
/** The LFS spec caps pointer files well below this. */
const MAX_POINTER_SIZE = 1024;
const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
/** The path is not a regular file (a FIFO, a device): reading it could block or never end. */
class NotRegularFileError extends Error {
    code = 'ENOTREG';
}
function digestFileSync(absPath, options = {}) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is then refused below.
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK | (options.noFollow ? node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW : 0);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(absPath, flags);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).isFile())
            throw new NotRegularFileError(`${absPath} is not a regular file`);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        let first;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, CHUNK_SIZE, null);
            if (n === 0)
                break;
            if (size === 0 && n <= MAX_POINTER_SIZE)
                first = buffer.toString('utf8', 0, n);
            hash.update(buffer.subarray(0, n));
            size += n;
        }
        const result = { digest: `sha256:${hash.digest('hex')}`, size };
        if (first !== undefined && size === Buffer.byteLength(first)) {
            const lfs = parseLfsPointer(first);
            if (lfs)
                result.lfs = lfs;
        }
        return result;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** The same, for callers in async code. */
async function digestFile(absPath) {
    return digestFileSync(absPath);
}
function parseLfsPointer(text) {
    const m = LFS_POINTER.exec(text);
    return m ? { digest: `sha256:${m[1]}`, size: Number(m[2]) } : undefined;
}
/** The pointer file Git LFS writes for content with this digest and size (spec v1). */
function lfsPointer(digest, size) {
    const oid = digest.replace(/^sha256:/, '');
    return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
}
/** The digest that stands for the file's content: the LFS oid for a pointer. */
function contentDigest(d) {
    return d.lfs ? d.lfs.digest : d.digest;
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


/***/ }),

/***/ 77316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ workflowRunUrl)
/* harmony export */ });
/** The link to the workflow run this is part of, when running inside GitHub Actions. */
function workflowRunUrl(env) {
    return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
}


/***/ })

};
