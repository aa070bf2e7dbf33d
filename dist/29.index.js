export const id = 29;
export const ids = [29,740];
export const modules = {

/***/ 15740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactName: () => (/* binding */ artifactName),
/* harmony export */   createArtifactUploader: () => (/* binding */ createArtifactUploader),
/* harmony export */   latestAttempt: () => (/* binding */ latestAttempt)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Uploads an evaluation output folder as a workflow artifact (SPEC §3 `evaluate`), and lists and
 * downloads the artifacts of this workflow run (`download-artifact` of compare and promote).
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(151), __webpack_require__.e(913), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 34398));
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
        },
        async list() {
            const { artifacts } = await client.listArtifacts().catch((error) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`cannot list the artifacts of this workflow run: ${firstLine(error)}`);
            });
            return artifacts.map(a => ({ id: a.id, name: a.name, size: a.size }));
        },
        async download(artifact, folder) {
            await client.downloadArtifact(artifact.id, { path: folder }).catch((error) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`artifact ${artifact.name}: download failed: ${firstLine(error)}`);
            });
        }
    };
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
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
/**
 * The artifact of `model` `version` from the latest attempt of the run (a re-run of failed jobs
 * leaves the earlier attempts' artifacts beside the new ones); undefined when there is none.
 */
function latestAttempt(artifacts, model, version) {
    const prefix = artifactName(model, version, 'N').slice(0, -1);
    let best;
    for (const artifact of artifacts) {
        if (!artifact.name.startsWith(prefix))
            continue;
        const rest = artifact.name.slice(prefix.length);
        if (!/^\d+$/.test(rest))
            continue;
        const attempt = Number(rest);
        if (!best || attempt > best.attempt)
            best = { artifact, attempt };
    }
    return best?.artifact;
}


/***/ }),

/***/ 50855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ planHash),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The `Modelgate-Plan` trailer of SPEC §5: a hash of the planned moves and
 * manifest edits with every timestamp (and run link) left out, so that planning the same
 * promotion again later gives the same hash and `promote` can recognise a
 * branch that already carries this plan.
 */

function planHash(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(canonicalJson(withoutTimestamps(parts)))
        .digest('hex');
}
/**
 * Keys that say when and from which run, not what: `at` (of `retired` and
 * history entries), `createdAt` and `run` links. The same change asked for
 * again from another workflow run is the same plan, so it is `unchanged`
 * instead of a new commit that differs only in a link.
 */
const CIRCUMSTANTIAL = new Set(['at', 'createdAt', 'run']);
function withoutTimestamps(value) {
    if (Array.isArray(value))
        return value.map(withoutTimestamps);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (!CIRCUMSTANTIAL.has(k))
            out[k] = withoutTimestamps(v);
    }
    return out;
}
/** JSON with object keys sorted, so key order never changes the hash. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}


/***/ }),

/***/ 95029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/artifact.ts
var adapters_artifact = __webpack_require__(15740);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/evaluation/result-file.ts
var result_file = __webpack_require__(34580);
// EXTERNAL MODULE: ./src/evaluation/blank-outputs.ts
var blank_outputs = __webpack_require__(6143);
// EXTERNAL MODULE: ./src/evaluation/cache-key.ts
var cache_key = __webpack_require__(14358);
// EXTERNAL MODULE: ./src/evaluation/cache-material.ts
var cache_material = __webpack_require__(60320);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/changes/plan-hash.ts
var plan_hash = __webpack_require__(50855);
// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/evaluation/own-outputs.ts
var own_outputs = __webpack_require__(24829);
;// CONCATENATED MODULE: ./src/evaluation/cached-result.ts
/**
 * An evaluation's entry in the cache (SPEC §4, "Evaluation cache"), the same
 * in every store: the output folder as the evaluation left it — result.json,
 * predictions, the trained model with `train` — under `files/`, and
 * `entry.json` listing each file's digest and a digest of that listing.
 *
 * An entry is used only when its bytes are the ones listed and the listing
 * is the one its digest names: anything else (a byte changed, a file added
 * or missing, a link) is a miss with a warning, and the evaluation runs. The
 * digests catch damage and tampering after the save; who may save at all is
 * decided by the caller (untrusted runs never do).
 */









const ENTRY_FILE = 'entry.json';
const FILES = 'files';
/** Saves the output folder of `t` (a successful evaluation) under `key`; false when it was not saved. */
async function saveCachedResult(store, key, t, now, log) {
    try {
        return await store.save(key, async (dir) => {
            const files = {};
            for (const rel of (await regularFiles(t.outputDir)) ?? []) {
                if (/^result\.json\.\d+\.tmp$/.test(rel))
                    continue;
                const copy = external_node_path_default().join(dir, FILES, ...rel.split('/'));
                await (0,promises_.mkdir)(external_node_path_default().dirname(copy), { recursive: true });
                await (0,promises_.copyFile)(external_node_path_default().join(t.outputDir, ...rel.split('/')), copy);
                files[rel] = (0,registry_digest/* contentDigest */.eZ)((0,registry_digest/* digestFileSync */.EX)(copy));
            }
            const listing = { format: cache_key/* CACHE_FORMAT */.rz, key, savedAt: now.toISOString(), files };
            const entry = { ...listing, digest: listingDigest(listing) };
            await (0,promises_.writeFile)(external_node_path_default().join(dir, ENTRY_FILE), JSON.stringify(entry, null, 2) + '\n');
        });
    }
    catch (error) {
        // A cache that cannot be written costs the next run an evaluation, not this one its result.
        log.warning(`evaluation cache: could not save ${(0,cache_key/* shortKey */.qU)(key)} to ${store.where}: ${error.message}`);
        return false;
    }
}
/**
 * The result cached under `key`, restored into the output folder of `t` and
 * relabelled as `t` (its model, version, target and stage); undefined on a
 * miss, or when the entry is not what it was saved as (with a warning).
 */
async function restoreCachedResult(store, key, t, log) {
    const fetched = await store.fetch(key);
    if (!fetched)
        return undefined;
    try {
        const checked = await checkEntry(fetched.dir, key);
        if (typeof checked === 'string') {
            log.warning(`evaluation cache: the entry ${(0,cache_key/* shortKey */.qU)(key)} in ${store.where} ${checked}; not used, evaluating again`);
            return undefined;
        }
        const { entry, result } = checked;
        await (0,own_outputs/* clearOwnOutputs */.E)(t);
        await (0,promises_.mkdir)(t.outputDir, { recursive: true });
        try {
            for (const rel of Object.keys(entry.files)) {
                if (rel === result_file/* RESULT_FILE */.FX)
                    continue;
                await restoreFile(external_node_path_default().join(fetched.dir, FILES, ...rel.split('/')), t.outputDir, rel);
            }
        }
        catch (error) {
            log.warning(`evaluation cache: ${error.message}; evaluating again`);
            return undefined;
        }
        return {
            ...result,
            model: t.model.name,
            version: t.version,
            target: t.target,
            stage: t.stage,
            cache: {
                key,
                hit: true,
                from: {
                    run: result.runner?.run,
                    runId: result.runner?.runId,
                    model: result.model,
                    version: result.version,
                    stage: result.stage,
                    evaluatedAt: result.startedAt,
                    savedAt: entry.savedAt
                }
            }
        };
    }
    finally {
        await fetched.release();
    }
}
/** The entry and its result when every byte is the one listed; else what is wrong. */
async function checkEntry(dir, key) {
    let entry;
    try {
        entry = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, ENTRY_FILE), 'utf8'));
    }
    catch {
        return `has no readable ${ENTRY_FILE}`;
    }
    if (!entry || entry.format !== cache_key/* CACHE_FORMAT */.rz || entry.key !== key || !isListing(entry.files)) {
        return `is not a ${cache_key/* CACHE_FORMAT */.rz} entry for this key`;
    }
    const listing = {
        format: entry.format,
        key: entry.key,
        savedAt: entry.savedAt,
        files: entry.files
    };
    if (entry.digest !== listingDigest(listing))
        return 'does not match its digest';
    const found = await regularFiles(external_node_path_default().join(dir, FILES), true);
    if (found === undefined)
        return 'holds something other than files';
    const listed = Object.keys(entry.files).sort();
    if ((0,plan_hash/* canonicalJson */.d)(found) !== (0,plan_hash/* canonicalJson */.d)(listed))
        return 'holds other files than it lists';
    for (const rel of listed) {
        if ((0,paths/* unsafePathReason */.m0)(rel))
            return `lists an unsafe path ${JSON.stringify(rel)}`;
        const digest = (0,registry_digest/* contentDigest */.eZ)((0,registry_digest/* digestFileSync */.EX)(external_node_path_default().join(dir, FILES, ...rel.split('/'))));
        if (digest !== entry.files[rel])
            return `has ${rel} changed since it was saved`;
    }
    if (!listed.includes(result_file/* RESULT_FILE */.FX))
        return `holds no ${result_file/* RESULT_FILE */.FX}`;
    let result;
    try {
        result = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, FILES, result_file/* RESULT_FILE */.FX), 'utf8'));
    }
    catch {
        return `holds a ${result_file/* RESULT_FILE */.FX} that is not JSON`;
    }
    if (result?.schema !== result_file/* RESULT_SCHEMA */.w || result.status !== 'ok' || !result.metrics) {
        return `holds no successful ${result_file/* RESULT_SCHEMA */.w} result`;
    }
    return { entry, result };
}
function isListing(files) {
    return (!!files &&
        typeof files === 'object' &&
        !Array.isArray(files) &&
        Object.values(files).every(v => typeof v === 'string'));
}
function listingDigest(listing) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,plan_hash/* canonicalJson */.d)(listing)).digest('hex')}`;
}
/**
 * Every regular file under `root`, relative with `/`, sorted; symbolic links
 * and other kinds are skipped, or with `strict` make the answer undefined.
 */
async function regularFiles(root, strict = false) {
    const out = [];
    const walk = async (rel) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(root, rel), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!(await walk(child)))
                    return false;
            }
            else if (e.isFile())
                out.push(child);
            else if (strict)
                return false;
        }
        return true;
    };
    if (!(await walk('')))
        return undefined;
    return out.sort();
}
/**
 * Copies an entry's file to `rel` below `outputDir`, through real folders
 * only: a link or a file where a folder should be stops the restore, and a
 * link where the file goes is replaced, never followed.
 */
async function restoreFile(from, outputDir, rel) {
    const parts = rel.split('/');
    let at = outputDir;
    for (const part of parts.slice(0, -1)) {
        at = external_node_path_default().join(at, part);
        const st = await (0,promises_.lstat)(at).catch(() => undefined);
        if (!st)
            await (0,promises_.mkdir)(at);
        else if (!st.isDirectory() || st.isSymbolicLink()) {
            throw new Error(`${at} is not a folder; cannot restore ${rel} there`);
        }
    }
    const to = external_node_path_default().join(at, parts[parts.length - 1]);
    const st = await (0,promises_.lstat)(to).catch(() => undefined);
    if (st && !st.isDirectory())
        await (0,promises_.unlink)(to);
    await (0,promises_.copyFile)(from, to);
}

;// CONCATENATED MODULE: ./src/evaluation/run-cached.ts





/**
 * The evaluation itself, loaded only when something runs: with it come the
 * metric-file reader (the `yaml` package), the predictions parser and the
 * process runner, most of what a cache hit would otherwise load for nothing.
 */
async function runEvaluation(...args) {
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(28), __webpack_require__.e(681)]).then(__webpack_require__.bind(__webpack_require__, 8681))).runEvaluation(...args);
}
async function runCachedEvaluation(reg, t, deps, cache) {
    if (!cache)
        return runEvaluation(reg, t, deps);
    const subject = `${t.model.name} ${t.target === 'benchmark' ? 'benchmark' : t.version}`;
    const keyed = (0,cache_material/* cacheKeyOf */.D)(reg, t);
    if ('uncached' in keyed) {
        deps.log.info(`${subject}: not looked up in the evaluation cache: ${keyed.uncached}`);
        return runEvaluation(reg, t, deps);
    }
    const { key } = keyed;
    const restored = await restoreCachedResult(cache.store, key, t, deps.log);
    if (restored) {
        await (0,blank_outputs/* blankSecretsIn */.R)(t.outputDir, deps.secrets, deps.log);
        const written = deps.secrets.redactValue(restored);
        await (0,result_file/* writeResult */.Zk)(t.outputDir, written);
        const from = restored.cache?.from;
        const origin = from?.run
            ? `run ${from.run}`
            : from?.runId
                ? `run #${from.runId}`
                : `a run outside Actions at ${from?.evaluatedAt}`;
        deps.log.info(`${subject}: cached (key ${(0,cache_key/* shortKey */.qU)(key)}, from ${origin}); nothing was run`);
        return written;
    }
    const result = await runEvaluation(reg, t, deps, { key, hit: false });
    if (result.status !== 'ok')
        return result;
    if (!cache.save) {
        deps.log.info(`${subject}: not saved to the evaluation cache: this run is not trusted`);
        return result;
    }
    if (await saveCachedResult(cache.store, key, t, deps.now(), deps.log))
        deps.log.info(`${subject}: saved to ${cache.store.where} (key ${(0,cache_key/* shortKey */.qU)(key)})`);
    return result;
}

// EXTERNAL MODULE: ./src/evaluation/target.ts
var target = __webpack_require__(98945);
// EXTERNAL MODULE: ./src/evaluation/trust.ts
var evaluation_trust = __webpack_require__(26212);
// EXTERNAL MODULE: ./src/registry/output-dir.ts
var output_dir = __webpack_require__(2552);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
// EXTERNAL MODULE: ./src/commands/output-dir.ts
var commands_output_dir = __webpack_require__(29547);
;// CONCATENATED MODULE: ./src/commands/evaluate.ts
/**
 * `evaluate` (SPEC §3): runs a model's train/evaluate commands for a version,
 * the benchmark copy, or the `entries` of a plan, writes result.json for
 * each and uploads the results as an artifact inside Actions.
 * Recipe: check trust → load → resolve targets → look up the cache → run
 * (or restore) → save → upload → report.
 */











async function evaluate(settings, ctx) {
    const wanted = requestedTargets(settings);
    const trust = (0,evaluation_trust/* judgeTrust */.g)(settings.event);
    if (!trust.trusted && !settings.allowUntrusted) {
        throw new errors/* DecisionError */.bW(`refusing to run manifest commands: ${trust.reason}. The train/evaluate commands come from the pull request and would run with this workflow's token; set allow-untrusted: true only if you accept that (SPEC §7)`);
    }
    const models = new Set(wanted.map(w => w.model));
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, models.size === 1 ? [...models][0] : undefined);
    const targets = wanted.map(w => (0,target/* resolveTarget */.u1)(reg, w.model, w.version, settings.outputDir, settings.train));
    await (0,commands_output_dir/* checkOutputDir */.V)(reg, settings.workspace, settings.outputDir, targets.map(t => t.outputDir), [result_file/* RESULT_FILE */.FX]);
    const deps = { ...ctx, runner: await ctx.processes(), git: ctx.git(reg.repoRoot) };
    const cache = await evaluationCache(settings, ctx, reg, trust.trusted);
    const results = [];
    for (const t of targets)
        results.push(await runCachedEvaluation(reg, t, deps, cache));
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
/** The cache to read (and, for a trusted run, write), unless `cache: false` or there is none here. */
async function evaluationCache(settings, ctx, reg, trusted) {
    if (!settings.cache)
        return undefined;
    const problem = settings.cacheDir && cacheDirProblem(reg, settings.cacheDir);
    if (problem)
        throw new errors/* UsageError */.eb(problem);
    const store = await ctx.evaluationCache({
        workspace: settings.workspace,
        outputDir: settings.outputDir,
        cacheDir: settings.cacheDir
    });
    if (!store) {
        ctx.log.info(ctx.env.GITHUB_ACTIONS === 'true'
            ? 'evaluation cache off: no Actions cache service here'
            : 'evaluation cache off: no user cache folder (set cache-dir, XDG_CACHE_HOME or HOME)');
        return undefined;
    }
    return { store, save: trusted };
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
/**
 * A cache folder is written like the output folder: inside the repository it
 * must keep clear of what the registry keeps (registry/output-dir.ts), and it
 * never holds the repository. Anywhere else (the user's cache folder) it may be.
 */
function cacheDirProblem(reg, cacheDir) {
    const dir = external_node_path_default().resolve(cacheDir);
    if ((0,paths/* isInside */.FK)(dir, reg.repoRoot))
        return `cache-dir ${dir} holds the repository ${reg.repoRoot}`;
    if (!(0,paths/* isInside */.FK)(reg.repoRoot, dir))
        return undefined;
    return (0,output_dir/* outputDirProblem */.u)(reg, dir, reg.repoRoot)?.replace(/^output-dir/, 'cache-dir');
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

/***/ 14358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   St: () => (/* binding */ evaluationCacheKey),
/* harmony export */   qU: () => (/* binding */ shortKey),
/* harmony export */   rz: () => (/* binding */ CACHE_FORMAT)
/* harmony export */ });
/* unused harmony export CACHE_KEY_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _changes_plan_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50855);
/* harmony import */ var _policy_computed_metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61435);
/* harmony import */ var _result_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34580);
/**
 * The key of an evaluation in the cache (SPEC §4, "Evaluation cache"): a
 * digest of everything that can change its result, and of nothing that
 * differs between machines, stages or versions holding the same bytes. Pure:
 * the digests are gathered by cache-material.ts.
 *
 * What goes in: the digests of the evaluated model files (none with `train`:
 * the model is what `train` writes); each command that runs (`train` with
 * `train: true`, then `evaluate`) as the manifest writes it, with the names of
 * the files it reports and of the variables its `env` passes; the digests of
 * its `inputs` (the evaluation's code) and of `evaluate.data`; the metric
 * names modelgate computes from predictions; the result and cache formats.
 *
 * A command line goes in as written, placeholders and all: `{model_dir}`,
 * `{output_dir}`, `{workspace}`, `{version}` and `{stage}` are folders and
 * names that differ per machine, stage and version while the bytes they lead
 * to are keyed by their digests, so the benchmark copy and the production
 * version it copies, or a version before and after a promotion, share a key.
 */




/** Bumped whenever what an entry holds, or how a key is made, changes. */
const CACHE_FORMAT = 'modelgate/evaluation-cache/v1';
/** Every key starts so: the Actions cache lists entries by key, and these read as modelgate's. */
const CACHE_KEY_PREFIX = 'modelgate-evaluation-';
/** `modelgate-evaluation-<sha256 hex>` of the material and modelgate's own formats. */
function evaluationCacheKey(material) {
    const keyed = {
        format: CACHE_FORMAT,
        result: _result_file_js__WEBPACK_IMPORTED_MODULE_3__/* .RESULT_SCHEMA */ .w,
        computedMetrics: [..._policy_computed_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPUTED_METRIC_NAMES */ .Qt],
        ...material
    };
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_changes_plan_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(keyed)).digest('hex');
    return `${CACHE_KEY_PREFIX}${hex}`;
}
/** The short form shown in the log: the prefix and 12 hex digits. */
function shortKey(key) {
    return key.slice(0, CACHE_KEY_PREFIX.length + 12);
}


/***/ }),

/***/ 60320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ cacheKeyOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35035);
/* harmony import */ var _registry_file_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6472);
/* harmony import */ var _registry_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74001);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(143);
/* harmony import */ var _cache_key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14358);
/**
 * Gathers what an evaluation's cache key is made of (cache-key.ts) from the
 * checkout: the digests of the model files, of `evaluate.data` and of each
 * command's `inputs`. Reads files the way an evaluation does (file-kind.ts):
 * a symbolic link only within the repository, never a FIFO or a folder.
 *
 * When the key cannot be made — a model or data file missing or not a file —
 * the answer is the reason instead: the evaluation then runs uncached and
 * reports the problem itself, as it would without a cache.
 */







/**
 * The key of evaluating `t`. `recordedFiles`: take the model file digests the
 * manifest records instead of reading the files (plan, which looks at many
 * versions and evaluates none); evaluate reads them, so that bytes other than
 * the recorded ones are keyed as what they are.
 */
function cacheKeyOf(reg, t, options = {}) {
    const digestOf = (r, abs) => memoDigest(r, abs, options.memo);
    const spec = t.model.spec;
    const at = t.model.at.length ? t.model.at : [t.model.name];
    let files = null;
    if (!t.train) {
        files = options.recordedFiles ?? {};
        if (!options.recordedFiles) {
            for (const [name, abs] of Object.entries(t.files)) {
                const digest = digestOf(reg, abs);
                if (typeof digest !== 'string')
                    return { uncached: `model file ${name} ${digest.reason}` };
                files[name] = digest;
            }
        }
    }
    const data = {};
    for (const rel of spec.evaluate.data ?? []) {
        const digest = digestOf(reg, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(reg.repoRoot, rel));
        if (typeof digest !== 'string')
            return { uncached: `evaluation data ${rel} ${digest.reason}` };
        data[rel] = digest;
    }
    const material = {
        files,
        fileNames: Object.keys(t.files),
        evaluate: commandMaterial(reg, spec.evaluate, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .keyPath */ .Dw)([...at, 'evaluate', 'inputs']), digestOf),
        data
    };
    if (t.train)
        material.train = commandMaterial(reg, spec.train, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .keyPath */ .Dw)([...at, 'train', 'inputs']), digestOf);
    return { key: (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluationCacheKey */ .St)(material), material };
}
function commandMaterial(reg, spec, where, digestOf) {
    return {
        run: spec.run,
        shell: spec.shell,
        metrics: spec.metrics,
        predictions: spec.predictions,
        env: [...(spec.env ?? [])].sort(),
        inputs: inputDigests(reg, spec.inputs ?? [], where, digestOf)
    };
}
/**
 * Path → digest of every file `inputs` names: a glob's matches, every file
 * below a folder, a file. One that matches nothing is keyed as missing (its
 * appearance changes the key); one that is unsafe or not readable is the
 * user's to fix, named with its key.
 */
function inputDigests(reg, inputs, where, digestOf) {
    const out = {};
    for (const entry of inputs) {
        const unsafe = (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .unsafePathReason */ .m0)(entry, 'input');
        if (unsafe)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`${where}: ${unsafe}`);
        const pattern = entry.replace(/\/+$/, '');
        const matches = (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .isGlobPattern */ .tv)(pattern)
            ? (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .expandGlob */ .hT)(reg.repoRoot, pattern)
            : isFolder(reg, pattern)
                ? (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .expandGlob */ .hT)(reg.repoRoot, `${pattern}/**/*`)
                : [pattern];
        if (matches.length === 0)
            out[entry] = 'missing';
        for (const rel of matches) {
            const digest = digestOf(reg, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, rel));
            if (typeof digest === 'string')
                out[rel] = digest;
            else if (digest.missing)
                out[rel] = 'missing';
            else
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`${where}: ${rel} ${digest.reason}`);
        }
    }
    return out;
}
function isFolder(reg, rel) {
    const state = (0,_registry_file_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .inspectFile */ .Xp)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reg.repoRoot, rel), { linksWithin: [reg.repoRoot] });
    return state.kind === 'bad' && state.reason.includes('a folder');
}
function memoDigest(reg, abs, memo) {
    const known = memo?.get(abs);
    if (known)
        return known;
    const digest = readDigest(reg, abs);
    if (typeof digest === 'string')
        memo?.set(abs, digest);
    return digest;
}
function readDigest(reg, abs) {
    const state = (0,_registry_file_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .inspectFile */ .Xp)(abs, { linksWithin: [reg.repoRoot], within: 'the repository' });
    if (state.kind === 'missing')
        return { reason: 'is missing', missing: true };
    if (state.kind === 'bad')
        return { reason: state.reason, missing: false };
    return (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .contentDigest */ .eZ)((0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestFileSync */ .EX)(state.real));
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

/***/ 26212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ judgeTrust)
/* harmony export */ });
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

/***/ 57922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   MO: () => (/* binding */ templatePlace),
/* harmony export */   eq: () => (/* binding */ registryMatcher),
/* harmony export */   p4: () => (/* binding */ stagePlaces)
/* harmony export */ });
/* harmony import */ var _layout_template_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44898);
/* harmony import */ var _layout_template_version_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68205);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71300);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _version_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91106);
/**
 * A registry's layout templates seen from the file system (issue #12): which
 * folders hold stage, benchmark and archive files (what `validate` walks and
 * what the output folder must stay clear of), and which (stage, model,
 * version) a path belongs to (what tells a model file from a stray one, and
 * which model's `ignore:` applies to it).
 *
 * A template's `{stage}` segment says where its folder's files are: under
 * `{stage}/{model}/{version}` with root `models`, in `models/staging`; under
 * `{stage}{ext}` with root `resources`, in the files and folders of
 * `resources` whose name begins with `staging` (`resources/staging.keras`,
 * and a stray `resources/staging.old`), while `resources/artifacts/` is
 * under no stage at all.
 */






/** Every place the templates in force put files of the managed folders, without duplicates. */
function stagePlaces(reg) {
    const out = new Map();
    const folders = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .managedFolders */ .BR)(reg);
    const seen = new Set();
    const add = (t, folder) => {
        const p = templatePlace(reg.root, t, folder);
        out.set(`${p.base}\0${p.depth}\0${p.start}\0${p.exact}`, p);
    };
    for (const folder of folders) {
        seen.clear();
        // Most models share a template: each distinct one is looked at once per folder.
        if (!reg.models.length)
            add((0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, '', folder), folder);
        for (const m of reg.models) {
            const t = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, m.name, folder);
            if (seen.has(t))
                continue;
            seen.add(t);
            add(t, folder);
        }
    }
    return [...out.values()];
}
/** Where `t` puts the files of `folder` (a stage, the benchmark or archive folder) under `root`. */
function templatePlace(root, t, folder) {
    const before = [];
    let staticText = '';
    let sawPlaceholder = false;
    for (const p of t.parts) {
        if (p.kind === 'placeholder' && p.name === 'stage')
            break;
        if (p.kind === 'placeholder')
            sawPlaceholder = true;
        const text = p.kind === 'text' ? p.text : `{${p.name}}`;
        before.push(text);
        if (!sawPlaceholder)
            staticText += text;
    }
    const all = before.join('');
    const segmentStart = all.lastIndexOf('/') + 1;
    const inSegment = all.slice(segmentStart);
    const staticFolder = staticText.slice(0, staticText.lastIndexOf('/') + 1).replace(/\/$/, '');
    const depth = all.slice(0, segmentStart).split('/').length - 1 - countSegments(staticFolder);
    const anchored = !inSegment.includes('{');
    const stageIndex = t.parts.findIndex(p => p.kind === 'placeholder' && p.name === 'stage');
    const after = t.parts[stageIndex + 1];
    const exact = anchored &&
        inSegment === '' &&
        (after === undefined || (after.kind === 'text' && after.text.startsWith('/')));
    return {
        folder,
        base: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .joinRel */ .gN)(root, staticFolder || '.'),
        depth,
        start: anchored ? inSegment + folder : folder,
        exact,
        anchored
    };
}
function countSegments(folder) {
    return folder === '' ? 0 : folder.split('/').length;
}
/**
 * The place a repository-relative path lies in (its `{stage}` segment
 * begins with a managed folder's name), or undefined for a path under no
 * stage. Where two folder names fit (`prod` and `production`), the longer.
 */
function placeOf(places, rel) {
    let best;
    for (const p of places) {
        const below = p.base === '.' ? rel : rel.startsWith(`${p.base}/`) ? rel.slice(p.base.length + 1) : undefined;
        if (below === undefined)
            continue;
        const segments = below.split('/');
        if (segments.length <= p.depth)
            continue;
        const segment = segments[p.depth];
        const fits = p.exact
            ? segment === p.folder && segments.length > p.depth + 1
            : p.anchored
                ? segment.startsWith(p.start)
                : segment.includes(p.start);
        if (fits && (!best || p.start.length > best.start.length))
            best = p;
    }
    return best;
}
/**
 * The matcher for a registry's templates: most specific first (the folders'
 * own layouts, then the models', then the registry's or the default), each
 * with the versions its models accept.
 */
function registryMatcher(reg) {
    const matcher = buildMatcher(reg);
    return {
        place(rel) {
            const match = matcher.match(rel);
            if (!match)
                return undefined;
            const model = match.model ?? (match.entry.models?.length === 1 ? match.entry.models[0] : undefined);
            return { match, model };
        }
    };
}
function buildMatcher(reg) {
    const groups = new Map();
    const ids = new Map();
    const templatesVersionings = new Map();
    for (const m of reg.models) {
        const versioning = (0,_version_order_js__WEBPACK_IMPORTED_MODULE_4__/* .versioningOf */ .eu)(reg, m);
        for (const folder of (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .managedFolders */ .BR)(reg)) {
            const t = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, m.name, folder);
            if (!ids.has(t))
                ids.set(t, ids.size);
            const key = `${ids.get(t)}\0${versioning}`;
            let g = groups.get(key);
            if (!g) {
                g = {
                    template: t,
                    versioning,
                    level: levelOf(reg, t, m),
                    stages: new Set(),
                    models: new Set()
                };
                groups.set(key, g);
            }
            g.stages.add(folder);
            g.models.add(m.name);
            const vs = templatesVersionings.get(t) ?? new Set();
            vs.add(versioning);
            templatesVersionings.set(t, vs);
        }
    }
    const entries = [...groups.values()]
        .sort((a, b) => a.level - b.level)
        .map(g => {
        // A template with {model} that every model reads the same way places any model name, so a
        // folder of a model the registry lacks is reported as such; otherwise it names its models.
        const anyModel = g.template.uses.has('model') &&
            g.level > 1 &&
            templatesVersionings.get(g.template).size === 1;
        return {
            template: g.template,
            stages: [...g.stages],
            ...(anyModel ? {} : { models: [...g.models] }),
            isVersion: (0,_layout_template_version_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .versionRule */ .Ju)(g.versioning === 'ordered' ? 'ordered' : 'semver'),
            tag: { level: g.level }
        };
    });
    return (0,_layout_template_match_js__WEBPACK_IMPORTED_MODULE_0__/* .compileLayouts */ .R)(reg.root, entries);
}
/** 0: a folder's own layout, 1: a model's, 2: the registry's or the built-in default. */
function levelOf(reg, t, model) {
    const site = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .templateSite */ .wx)(reg, t);
    if (!site)
        return 2;
    if (site.source === model.source && model.spec.layout === t.source && isModelSite(site.at, model))
        return 1;
    return site.at.length === 1 && site.at[0] === 'layout' && site.source === reg.manifest ? 2 : 0;
}
function isModelSite(at, model) {
    return at.length === model.at.length + 1 && model.at.every((k, i) => at[i] === k);
}


/***/ }),

/***/ 44898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ compileLayouts)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99863);
/**
 * Reading a path back into (stage, model, version, file) for a registry's
 * layout templates: what `validate` needs to tell a stray file from a model
 * file, and `init` to find the versions of a repository it adopts.
 *
 * Each template is compiled once (a RegExp that rejects most paths at once,
 * and a list of tokens for the exact match); a path is then matched without
 * parsing anything. Rules:
 * - `{stage}` matches one of the folder names the template is for;
 * - `{model}` matches a non-empty name without `/` (one of the given models,
 *   where the entry names them), `{version}` a non-empty text without `/`
 *   that the entry's version rule accepts;
 * - `{file}` and `{name}` match non-empty text that may hold `/` (a file
 *   name in `files` may name a nested file), `{ext}` an extension or nothing;
 * - where two placeholders meet (`{model}_v{version}`) and the text could
 *   split two ways, the earlier placeholder takes the longest text that
 *   still leaves a valid match: the model name is the longest prefix that
 *   leaves a valid version (`a_v1_v2` is model `a_v1`, version `2`);
 * - except right before `{ext}`, which takes the path's last extension:
 *   `{version}{ext}` reads `0.9.2.json` as `0.9.2` and `.json` even where
 *   `0.9.2.json` would be a valid `ordered` version (in such a layout an
 *   extension-less file `model` of `ordered` version `1.0` therefore reads
 *   back as `model.0` of version `1`: give such files an extension, or use
 *   `{file}`);
 * - entries are tried in the order given, and the first that matches wins:
 *   list the most specific layouts (stage, then model) first.
 */


function compileLayouts(root, entries) {
    const normalised = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .joinRel */ .gN)(root).replace(/\/+$/, '');
    const prefix = normalised === '.' ? '' : normalised;
    const compiled = entries.map(compileEntry);
    return {
        match(path) {
            let rel = path;
            if (prefix) {
                if (!path.startsWith(prefix + '/'))
                    return undefined;
                rel = path.slice(prefix.length + 1);
            }
            for (const c of compiled) {
                if (!c.quick.test(rel))
                    continue;
                const found = matchEntry(c, rel);
                if (found)
                    return found;
            }
            return undefined;
        }
    };
}
function compileEntry(entry) {
    const alternatives = (names) => `(?:${names.map(escape).join('|')})`;
    const body = entry.template.parts
        .map(p => {
        if (p.kind === 'text')
            return escape(p.text);
        switch (p.name) {
            case 'stage':
                return alternatives(entry.stages);
            case 'model':
                return entry.models ? alternatives(entry.models) : '[^/]+';
            case 'version':
                return '[^/]+';
            case 'ext':
                return '(?:\\.[^/.]*)?';
            case 'file':
            case 'name':
                return '.+';
        }
    })
        .join('');
    return {
        entry,
        quick: new RegExp(`^${body}$`),
        stages: new Set(entry.stages),
        models: entry.models ? new Set(entry.models) : undefined,
        keptNameSeparator: (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .keptNameSeparator */ .BM)(entry.template.parts, entry.template.parts.findIndex(p => p.kind === 'placeholder' && p.name === 'name'))
    };
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** An empty, `.` or `..` segment: never part of a file name. */
const BAD_SEGMENT = /(?:^|\/)\.{0,2}(?:\/|$)/;
function matchEntry(c, rel) {
    const parts = c.entry.template.parts;
    const caps = {};
    if (!solve(0, 0))
        return undefined;
    return {
        entry: c.entry,
        stage: caps.stage,
        model: caps.model,
        version: caps.version,
        files: fileCandidates(c, caps),
        fileParts: filePartsOf(caps)
    };
    /** Backtracking over the parts; each placeholder tries its longest text first. */
    function solve(i, pos) {
        if (i === parts.length)
            return pos === rel.length && consistent(caps);
        const p = parts[i];
        if (p.kind === 'text')
            return rel.startsWith(p.text, pos) && solve(i + 1, pos + p.text.length);
        const known = caps[p.name];
        if (known !== undefined)
            return rel.startsWith(known, pos) && solve(i + 1, pos + known.length);
        const crossesFolders = p.name === 'file' || p.name === 'name';
        const slash = crossesFolders ? -1 : rel.indexOf('/', pos);
        const limit = slash < 0 ? rel.length : slash;
        const shortest = p.name === 'ext' ? pos : pos + 1;
        for (const end of candidateEnds(rel, parts[i + 1], shortest, limit)) {
            const value = rel.slice(pos, end);
            if (!accepts(c, p.name, value))
                continue;
            caps[p.name] = value;
            if (solve(i + 1, end))
                return true;
        }
        delete caps[p.name];
        return false;
    }
}
/**
 * Where a placeholder's text may end, in the order to try them: the longest
 * first, except right before {ext} (the shortest first, so {ext} takes the
 * path's last extension). Before literal text only where that text follows,
 * and at the end of the template only at the end of the path.
 */
function candidateEnds(rel, next, shortest, limit) {
    const ends = [];
    if (next === undefined) {
        if (rel.length <= limit && rel.length >= shortest)
            ends.push(rel.length);
    }
    else if (next.kind === 'text') {
        for (let e = rel.lastIndexOf(next.text, limit); e >= shortest; e = rel.lastIndexOf(next.text, e - 1)) {
            ends.push(e);
            if (e === 0)
                break;
        }
    }
    else if (next.name === 'ext') {
        for (let e = shortest; e <= limit; e++)
            ends.push(e);
    }
    else {
        for (let e = limit; e >= shortest; e--)
            ends.push(e);
    }
    return ends;
}
function accepts(c, name, value) {
    switch (name) {
        case 'stage':
            return c.stages.has(value);
        case 'model':
            return c.models ? c.models.has(value) : true;
        case 'version':
            return c.entry.isVersion(value);
        case 'ext':
            return value === '' || (value[0] === '.' && !value.includes('.', 1));
        case 'file':
        case 'name':
            return !BAD_SEGMENT.test(value);
    }
}
/** `{name}` and `{ext}` must be how the file name they make up splits. */
function consistent(caps) {
    if (caps.name === undefined || caps.ext === undefined)
        return true;
    const split = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFileName */ .se)(caps.name + caps.ext);
    return split.name === caps.name && split.ext === caps.ext;
}
function filePartsOf(caps) {
    const parts = {};
    if (caps.file !== undefined)
        parts.file = caps.file;
    if (caps.name !== undefined)
        parts.name = caps.name;
    if (caps.ext !== undefined)
        parts.ext = caps.ext;
    return parts;
}
/**
 * The logical names that render to the path, worked out from the captures
 * (this runs for every path, so it does not render): `{name}{ext}` is one
 * name, and under the kept-name rule (`{name}<text>{version}`) a path may be
 * a renamed file or one that kept its name; a name that already ends in
 * `<text><version>` would not have been renamed, and a kept name must
 * still end in the captured extension.
 */
function fileCandidates(c, caps) {
    if (caps.file !== undefined)
        return [caps.file];
    if (caps.name === undefined || caps.ext === undefined)
        return [];
    if (c.keptNameSeparator === undefined || caps.version === undefined)
        return [caps.name + caps.ext];
    const suffix = c.keptNameSeparator + caps.version;
    const out = [];
    if (!caps.name.endsWith(suffix))
        out.push(caps.name + caps.ext);
    const kept = caps.name + suffix + caps.ext;
    if ((0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFileName */ .se)(kept).ext === caps.ext)
        out.push(kept);
    return out;
}


/***/ }),

/***/ 68205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ versionRule),
/* harmony export */   gm: () => (/* binding */ isOrderedVersion)
/* harmony export */ });
/* unused harmony export ORDERED_VERSION */
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34323);
/**
 * What may be a version, per the model's `versioning` (issue #12): `semver`
 * (the default, SPEC §2: SemVer with an optional leading `v`) or `ordered`
 * (any name such as a training session id, ordered by `createdAt`).
 * The matcher takes one of these to split `{model}_v{version}`.
 */

/** The names `versioning: ordered` accepts. */
const ORDERED_VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
function isOrderedVersion(version) {
    return ORDERED_VERSION.test(version);
}
function versionRule(versioning) {
    return versioning === 'ordered' ? isOrderedVersion : _semver_js__WEBPACK_IMPORTED_MODULE_0__/* .isSemVer */ .R6;
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


/***/ })

};
