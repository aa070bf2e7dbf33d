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

// EXTERNAL MODULE: ./src/evaluation/run-evaluation.ts + 2 modules
var run_evaluation = __webpack_require__(8681);
;// CONCATENATED MODULE: ./src/evaluation/run-cached.ts






async function runCachedEvaluation(reg, t, deps, cache) {
    if (!cache)
        return (0,run_evaluation/* runEvaluation */.K)(reg, t, deps);
    const subject = `${t.model.name} ${t.target === 'benchmark' ? 'benchmark' : t.version}`;
    const keyed = (0,cache_material/* cacheKeyOf */.D)(reg, t);
    if ('uncached' in keyed) {
        deps.log.info(`${subject}: not looked up in the evaluation cache: ${keyed.uncached}`);
        return (0,run_evaluation/* runEvaluation */.K)(reg, t, deps);
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
    const result = await (0,run_evaluation/* runEvaluation */.K)(reg, t, deps, { key, hit: false });
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
            for (const name of spec.files) {
                const digest = digestOf(reg, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(t.modelDir, name));
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
        fileNames: [...spec.files],
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
        const matches = pattern.split('/').some(_registry_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .hasGlob */ .bz)
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

/***/ 98945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ parseEntries),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   uq: () => (/* binding */ BENCHMARK)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95861);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27853);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77936);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34323);
/**
 * What one evaluation is about (SPEC §3 `evaluate`): the model, the version
 * or the benchmark copy, where its files are and where results go.
 */






const BENCHMARK = 'benchmark';
function resolveTarget(reg, modelName, version, outputRoot, train) {
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .findModel */ .P)(reg, modelName);
    if (!model) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`model ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(modelName)} is not in the registry (models: ${(0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .someModelNames */ .W)(reg)})`);
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
    const entry = (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_5__/* .findVersion */ .Am)(model.spec.versions, version);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`model ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(modelName)} has no version ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(version)} (versions: ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(model.spec.versions.map(v => v.version).join(', ')) || 'none'})`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "entries": ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(item)} is not model@version`);
        }
        return { model: item.slice(0, at), version: item.slice(at + 1) };
    });
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
