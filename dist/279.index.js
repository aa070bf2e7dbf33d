export const id = 279;
export const ids = [279];
export const modules = {

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

/***/ 31279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plan: () => (/* binding */ plan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/evaluation/cache-material.ts
var cache_material = __webpack_require__(60320);
// EXTERNAL MODULE: ./src/evaluation/plan-matrix.ts
var plan_matrix = __webpack_require__(23581);
// EXTERNAL MODULE: ./src/evaluation/target.ts
var target = __webpack_require__(98945);
;// CONCATENATED MODULE: ./src/evaluation/plan-cache.ts



/** The indexes of `entries` whose evaluation is in `store`. */
async function cachedEntries(reg, entries, store, outputDir) {
    const cached = new Set();
    if (entries.length > plan_matrix/* MAX_JOBS */.Eu)
        return cached;
    const memo = new Map();
    for (const [i, e] of entries.entries()) {
        let key;
        try {
            const t = (0,target/* resolveTarget */.u1)(reg, e.model, e.version, outputDir, false);
            const recordedFiles = t.model.spec.versions.find(v => v.version === t.version)?.files;
            if (!recordedFiles)
                continue;
            const keyed = (0,cache_material/* cacheKeyOf */.D)(reg, t, { recordedFiles, memo });
            if ('key' in keyed)
                key = keyed.key;
        }
        catch {
            // A model plan cannot key (no evaluate command, unsafe inputs): evaluate says why.
            continue;
        }
        if (key && (await store.has(key)))
            cached.add(i);
    }
    return cached;
}

// EXTERNAL MODULE: ./src/registry/changed-versions.ts
var changed_versions = __webpack_require__(76665);
// EXTERNAL MODULE: ./src/registry/repo-root.ts
var repo_root = __webpack_require__(75568);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
// EXTERNAL MODULE: ./src/commands/revision-registry.ts
var revision_registry = __webpack_require__(54705);
;// CONCATENATED MODULE: ./src/commands/plan.ts
/**
 * `plan` (SPEC §3): which versions need evaluation, as a job matrix. Without
 * `base`, every version that is not archived; with it, those whose files or
 * model policy changed between `base` and `head`, plus each such model's
 * benchmark copy. Outputs `matrix` (JSON) and `count` (entries, not jobs:
 * a caller skips the matrix job at 0), and `candidates` / `candidate-count`:
 * the entries to compare with the benchmark copy (every one but the copies),
 * one matrix job each, for the check workflow's compare matrix.
 * Recipe: start git's diff → load head → read base → select → look up the cache → matrix →
 * report.
 */








async function plan(settings, ctx) {
    const changed = settings.base
        ? (0,revision_registry/* diffStartedEarly */.CZ)(ctx, settings.manifest, settings.base, { head: settings.head })
        : undefined;
    const { reg, shards } = await loadHead(settings, ctx);
    let base;
    if (settings.base) {
        const git = await (0,revision_registry/* gitWithCommit */.gS)(ctx.git(reg.repoRoot), settings.base, 'base');
        base = await (0,revision_registry/* readBase */.wZ)(git, reg, settings.base, {
            head: settings.head,
            known: await changed,
            headShards: shards
        });
    }
    const entries = await markCached(settings, ctx, reg, (0,changed_versions/* selectVersions */.Q)(reg, base));
    const matrix = (0,plan_matrix/* buildMatrix */.Kn)(entries);
    // Never grouped: compare takes one candidate. Past 256 the check workflow's gate says so.
    const candidates = {
        include: entries
            .filter(e => e.version !== target/* BENCHMARK */.uq)
            .map(e => ({ model: e.model, version: e.version }))
    };
    const result = {
        base: base?.commit ?? null,
        baseRef: settings.base ?? null,
        head: settings.head ?? null,
        count: entries.length,
        cached: entries.filter(e => e.cached).length,
        benchmarksToEvaluate: entries
            .filter(e => e.version === target/* BENCHMARK */.uq && !e.cached)
            .map(plan_matrix/* formatEntry */.WL)
            .join(','),
        jobs: matrix.include.length,
        matrix,
        candidates,
        entries
    };
    return {
        command: 'plan',
        ok: true,
        diagnostics: [],
        result,
        outputs: {
            matrix: JSON.stringify(matrix),
            count: String(entries.length),
            candidates: JSON.stringify(candidates),
            'candidate-count': String(candidates.include.length)
        },
        repoRoot: reg.repoRoot,
        exitCode: 0
    };
}
/** The entries, those whose result the evaluation cache holds marked `cached: true`. */
async function markCached(settings, ctx, reg, entries) {
    if (!settings.cache || entries.length === 0)
        return entries;
    const store = await ctx.evaluationCache({
        workspace: settings.workspace,
        outputDir: settings.outputDir,
        cacheDir: settings.cacheDir
    });
    if (!store)
        return entries;
    const cached = await cachedEntries(reg, entries, store, settings.outputDir);
    return entries.map((e, i) => (cached.has(i) ? { ...e, cached: true } : e));
}
/**
 * The registry under review: the checkout's working tree, or `head` read from git (with the
 * shard files it was read from, which spare listing the base).
 */
async function loadHead(settings, ctx) {
    const env = ctx.env;
    if (!settings.head)
        return { reg: await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, env) };
    const repoRoot = (0,repo_root/* findRepoRoot */.G)(external_node_path_default().dirname(settings.manifest), env);
    const git = await (0,revision_registry/* gitWithCommit */.gS)(ctx.git(repoRoot), settings.head, 'head');
    const manifestRel = external_node_path_default().relative(repoRoot, settings.manifest).split((external_node_path_default()).sep).join('/');
    const { loaded, shards } = await (0,revision_registry/* readRegistryAt */.ri)(git, repoRoot, manifestRel, settings.head);
    return { reg: (0,load_for_command/* requireSound */.b)(loaded), shards };
}


/***/ }),

/***/ 54705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ diffStartedEarly),
/* harmony export */   gS: () => (/* binding */ gitWithCommit),
/* harmony export */   ri: () => (/* binding */ readRegistryAt),
/* harmony export */   wZ: () => (/* binding */ readBase)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95861);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74001);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17117);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(143);
/* harmony import */ var _registry_repo_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75568);
/* harmony import */ var _registry_source_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28236);
/**
 * The registry as a git revision has it, for `plan` and `validate --base`:
 * the manifest and its shards read with `git show` (one `git cat-file
 * --batch`) and loaded by the same loader as the working tree.
 *
 * For the base, only files that differ from the head are read from git: a
 * shard the diff does not name is the head's own file, so its model entry
 * is reused as it is. On a 10,000-shard registry a pull request that touches
 * one model reads one shard, not 10,000. When the head is itself a revision
 * and the base's manifest includes the same patterns, the base is not even
 * listed: its shards are the head's, less and plus the paths the diff names.
 */








/**
 * Past this many shard paths named by the diff, the base is listed whole: `git ls-tree` with
 * n paths costs about n × the listing of one (10,000 shards: 0.19 s for 1,000 paths, 0.6 s for
 * the whole listing read and sorted).
 */
const MAX_NAMED_SHARDS = 1000;
/** The git CLI in the repository, after checking that `rev` is a commit it has. */
async function gitWithCommit(git, rev, input) {
    if (rev.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${input}": ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_7__/* .quote */ .hD)(rev)} is not a git revision`);
    if (!(await git.hasCommit(rev))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(rev)} is not in this checkout: check out with fetch-depth: 0 (actions/checkout fetches one commit by default)`);
    }
    return git;
}
/** Reads the base revision. */
async function readBase(git, reg, base, reading = {}) {
    const { head, known } = reading;
    const commit = await git.revParse(base);
    const changedPaths = known ?? (await git.diffNames(commit, head, reading.untracked));
    const changed = new Set(changedPaths);
    const manifestRel = reg.manifest.relPath;
    const headShards = reading.headShards ?? (head === undefined ? await trackedShards(git, reg) : undefined);
    // A link's bytes are its target's: an unchanged link to a changed file is no shard "as the
    // head has it", so links are always read at the base.
    const named = (patterns) => headShards && sameList(patterns, headShards.patterns)
        ? shardCandidates(patterns, changedPaths, headShards.links)
        : undefined;
    const atBase = await loadAtRevision(git, reg.repoRoot, manifestRel, commit, {
        keep: (f, link) => link || changed.has(f),
        named
    });
    const models = new Map();
    const histories = [];
    if (atBase?.loaded.registry) {
        const baseReg = atBase.loaded.registry;
        histories.push(baseReg.data.history ?? []);
        for (const m of baseReg.models) {
            models.set(m.name, m.spec);
            if (m.spec.history)
                histories.push(m.spec.history);
        }
        // Shards the diff leaves out are byte for byte the head's. Without a listing of the base,
        // they are the head's own shards: the same patterns match the same unchanged paths, and a
        // revision's files are all tracked (a working tree's ignored files are not).
        const listed = atBase.listedAll || !headShards ? atBase.shards : headShards;
        const unchanged = listed.files.filter(f => !changed.has(f) && !atBase.shards.links.has(f) && !headShards?.links.has(f));
        const sameAsHead = new Set(unchanged);
        for (const m of reg.models) {
            if (m.source === reg.manifest || !sameAsHead.has(m.source.relPath))
                continue;
            models.set(m.name, m.spec);
            if (m.spec.history)
                histories.push(m.spec.history);
        }
    }
    return { rev: base, commit, models, histories, changedPaths };
}
/**
 * The paths that may be shards at the base and differ from the head's: the changed paths the
 * patterns match, and the head's links; undefined past MAX_NAMED_SHARDS (list the base whole).
 */
function shardCandidates(patterns, changedPaths, links) {
    const paths = new Set([...patterns.flatMap(p => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .matchGlob */ .sB)(p, changedPaths)), ...links]);
    return paths.size <= MAX_NAMED_SHARDS ? [...paths] : undefined;
}
/**
 * The working tree's shard files that git tracks, from the index: unlike its ignored files,
 * one that `git diff` does not name is the base's file byte for byte.
 */
async function trackedShards(git, reg) {
    const patterns = safePatterns(reg.data.include);
    const tracked = await listFolders(patterns, under => git.indexFiles(under));
    return shardsIn(tracked, patterns, reg.manifest.relPath);
}
/** The files of a listing the include patterns match (never the manifest), links marked. */
function shardsIn(listing, patterns, manifestRel) {
    const listed = listing.map(f => f.path);
    const files = [...new Set(patterns.flatMap(p => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .matchGlob */ .sB)(p, listed)))].filter(f => f !== manifestRel);
    const shardSet = new Set(files);
    const links = new Set(listing.filter(f => f.link && shardSet.has(f.path)).map(f => f.path));
    return { patterns, files, links };
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/**
 * `git diff` between `base` and `head` (the working tree when `head` is undefined, its untracked
 * files included unless `untracked` is false), started before the head is loaded: on a large working tree git's walk takes
 * seconds (130,000 folders: 2 s), and it runs on another core while the loader parses. Any
 * failure gives undefined, so that readBase asks again and reports it in its own order, after
 * the head's problems and the check that `base` is a commit.
 */
function diffStartedEarly(ctx, manifestPath, base, { head, untracked } = {}) {
    // An option-like revision is refused by gitWithCommit later; it never reaches git here.
    if (base.startsWith('-') || head?.startsWith('-'))
        return Promise.resolve(undefined);
    let repoRoot;
    try {
        repoRoot = (0,_registry_repo_root_js__WEBPACK_IMPORTED_MODULE_5__/* .findRepoRoot */ .G)(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(manifestPath), ctx.env);
    }
    catch {
        return Promise.resolve(undefined); // loading the registry says why
    }
    return ctx
        .git(repoRoot)
        .diffNames(base, head, untracked)
        .catch(() => undefined);
}
/** The whole registry at `rev` (plan's `head`), with the shard files it was read from. */
async function readRegistryAt(git, repoRoot, manifestRel, rev) {
    const found = await loadAtRevision(git, repoRoot, manifestRel, rev, { keep: () => true });
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the manifest ${manifestRel} does not exist at ${rev}`);
    return { loaded: found.loaded, shards: found.shards };
}
/**
 * Loads the manifest at `rev` and those of its shards `reading.keep` accepts.
 * Undefined when the manifest does not exist at `rev` (a registry created
 * since: everything in it is new).
 */
async function loadAtRevision(git, repoRoot, manifestRel, rev, reading) {
    const [manifestEntry] = await git.lsTree(rev, [manifestRel]);
    if (!manifestEntry)
        return undefined;
    const manifestLinks = new Set(manifestEntry.mode === LINK_MODE ? [manifestRel] : []);
    const manifestBytes = (await readAt(git, rev, [manifestRel], manifestLinks)).get(manifestRel);
    if (manifestBytes === undefined)
        return undefined;
    if (manifestBytes instanceof _registry_load_js__WEBPACK_IMPORTED_MODULE_3__/* .UnreadableFileError */ .o2)
        throw manifestBytes;
    // Include patterns from a lossy decoding at most: the loader reports the encoding.
    const manifestText = manifestBytes.toString('utf8');
    const patterns = includePatterns(new _registry_source_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceFile */ .s(manifestRel, manifestRel, manifestText));
    const named = reading.named?.(patterns);
    const listing = named
        ? await namedFiles(git, rev, named)
        : await listFolders(patterns, under => git.listFiles(rev, under));
    const shards = shardsIn(listing, patterns, manifestRel);
    const shardFiles = shards.files;
    const links = new Set([...manifestLinks, ...shards.links]);
    const wanted = shardFiles.filter(f => reading.keep(f, shards.links.has(f)));
    // The blob ids of the files to read, not of the whole listing (70,000 files for 10,000 shards).
    const read = new Set(wanted);
    const ids = new Map(listing.filter(f => read.has(f.path)).map(f => [f.path, f.sha]));
    const blobs = await readAt(git, rev, wanted, links, ids);
    blobs.set(manifestRel, manifestBytes);
    const loaded = await (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRegistryWith */ .yV)({
        read: rel => textOf(blobs.get(rel)),
        glob: pattern => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .matchGlob */ .sB)(pattern, wanted),
        partial: named !== undefined || wanted.length < shardFiles.length
    }, { repoRoot, manifestRel });
    return { loaded, shards, listedAll: named === undefined };
}
/** Every file under the folders the patterns start in, as `list` gives them. */
function listFolders(patterns, list) {
    return list([...new Set(patterns.map(p => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globBase */ .EI)(p) || '.'))]);
}
/** The files among `paths` at `rev`, as listFiles gives them: what is not a folder. */
async function namedFiles(git, rev, paths) {
    const entries = await git.lsTree(rev, paths);
    return entries
        .filter(e => e.type !== 'tree')
        .map(e => ({ path: e.path, link: e.mode === LINK_MODE, sha: e.sha }));
}
const LINK_MODE = '120000';
/**
 * The bytes of `paths` at `rev`: by blob id where the revision's listing gave
 * one (`ids`), else by path. A symbolic link (in `links`) is read through
 * when its target is a file inside the repository, as the working tree's
 * loader does; one leaving the repository, broken, or leading to another
 * link or a folder is refused by name, and its target's bytes are never read.
 */
async function readAt(git, rev, paths, links, ids = new Map()) {
    const known = paths.filter(p => ids.has(p));
    const byId = await git.blobs(known.map(p => ids.get(p)));
    const out = new Map(await git.show(rev, paths.filter(p => !ids.has(p))));
    for (const p of known) {
        const bytes = byId.get(ids.get(p));
        if (bytes)
            out.set(p, bytes);
    }
    const targets = new Map();
    for (const p of paths) {
        const blob = out.get(p);
        if (!links.has(p) || !(blob instanceof Buffer))
            continue;
        const written = blob.toString();
        const target = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(p), written));
        if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(written) || target === '..' || target.startsWith('../')) {
            out.set(p, new _registry_load_js__WEBPACK_IMPORTED_MODULE_3__/* .UnreadableFileError */ .o2(p, `is a symbolic link leaving the repository (at ${rev})`, p));
        }
        else
            targets.set(p, target);
    }
    if (!targets.size)
        return out;
    const plainFiles = (await git.lsTree(rev, [...new Set(targets.values())]))
        .filter(e => e.type === 'blob' && e.mode !== LINK_MODE)
        .map(e => e.path);
    const through = await git.show(rev, plainFiles);
    for (const [p, target] of targets) {
        out.set(p, through.get(target) ??
            new _registry_load_js__WEBPACK_IMPORTED_MODULE_3__/* .UnreadableFileError */ .o2(p, `is a symbolic link to ${target}, which is not a file at ${rev}`, p));
    }
    return out;
}
/** The text of a file read at a revision: strict UTF-8, as from the working tree. */
function textOf(bytes) {
    if (bytes instanceof _registry_load_js__WEBPACK_IMPORTED_MODULE_3__/* .UnreadableFileError */ .o2)
        throw bytes;
    return bytes === undefined ? undefined : (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Text */ .Hp)(bytes);
}
/** The manifest's safe `include` globs; none when it does not parse (the loader says why). */
function includePatterns(manifest) {
    let data;
    try {
        data = manifest.parse();
    }
    catch {
        return [];
    }
    return safePatterns(data?.include);
}
/** The `include` patterns the loader reads: strings that stay inside the repository. */
function safePatterns(include) {
    if (!Array.isArray(include))
        return [];
    return include.filter((p) => typeof p === 'string' && !(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .unsafePathReason */ .m0)(p, 'include pattern'));
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

/***/ 23581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ MAX_JOBS),
/* harmony export */   Kn: () => (/* binding */ buildMatrix),
/* harmony export */   WL: () => (/* binding */ formatEntry)
/* harmony export */ });
/**
 * The job matrix `plan` hands to a workflow (SPEC §3): one job per entry,
 * `{"include":[{"model","version"}…]}`; past GitHub's 256 jobs per matrix,
 * entries are grouped per job as `{"entries":"m@v,m@v,…"}` (what
 * `evaluate --entries` reads), in at most 256 jobs of nearly equal size.
 */
/** GitHub Actions runs at most 256 jobs per matrix. */
const MAX_JOBS = 256;
function buildMatrix(entries, maxJobs = MAX_JOBS) {
    if (entries.length <= maxJobs) {
        return {
            include: entries.map(e => ({
                model: e.model,
                version: e.version,
                ...(e.cached ? { cached: true } : {})
            }))
        };
    }
    // Consecutive runs keep a model's entries together (one shard read per job), and sizes
    // differ by one at most, so no job waits on a long tail.
    const size = Math.floor(entries.length / maxJobs);
    const extra = entries.length % maxJobs;
    const include = [];
    let at = 0;
    for (let job = 0; job < maxJobs; job++) {
        const n = size + (job < extra ? 1 : 0);
        include.push({
            entries: entries
                .slice(at, at + n)
                .map(formatEntry)
                .join(',')
        });
        at += n;
    }
    return { include };
}
/** `model@version`, as `evaluate --entries` parses it (a model name has no `@`). */
function formatEntry(e) {
    return `${e.model}@${e.version}`;
}


/***/ }),

/***/ 76665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ canonical),
/* harmony export */   Q: () => (/* binding */ selectVersions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74001);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27853);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34323);
/**
 * Which versions need evaluation (SPEC §3 `plan`). Pure: the caller reads
 * the head registry, the base revision's model entries and the paths git
 * says changed; this module only decides.
 *
 * - Without a base every version that is not archived is selected.
 * - With one, a version is selected when it is new, when its `files`
 *   digests changed, when a file under its folder changed (under a layout
 *   that gives each version a folder; else when one of its files, at the
 *   path its layout renders, changed), or when its
 *   model's policy (`metrics`, `compare`, `evaluate`, `train`) changed — a
 *   policy change selects every version of the model that is not archived —
 *   or a file its evaluation reads (`evaluate.data`, `evaluate.inputs`: the
 *   evaluation cache keys the same files, so the result would differ too).
 * - The benchmark copy joins a model's entries when a selected version may
 *   be compared with it: one outside the stage the copy mirrors (the
 *   production version's own copy would be compared with itself).
 */




/** The `version` of the benchmark copy's entry, as `evaluate` reads it. */
const BENCHMARK_VERSION = 'benchmark';
/** The keys whose change means every live version of the model must be evaluated again. */
const POLICY_KEYS = ['metrics', 'compare', 'evaluate', 'train'];
function selectVersions(reg, base) {
    const changed = base
        ? changesOf(base.changedPaths)
        : { paths: new Set(), folders: new Set() };
    const readsChanged = evaluationReadsIn(changed);
    const out = [];
    for (const model of reg.models) {
        const live = model.spec.versions.filter(v => v.stage !== reg.archive.folder);
        const baseSpec = base?.models.get(model.name);
        const modelChanged = baseSpec && modelChangeOf(baseSpec, model.spec, readsChanged);
        const picked = [];
        for (const v of live) {
            const reason = base ? why(reg, model, v, baseSpec, modelChanged, changed) : 'all';
            if (reason)
                picked.push({ model: model.name, version: v.version, stage: v.stage, reason });
        }
        out.push(...picked);
        const copy = benchmarkEntry(reg, model, picked);
        if (copy)
            out.push(copy);
    }
    return out;
}
function why(reg, model, v, baseSpec, modelChanged, changed) {
    const before = baseSpec && (0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .findVersion */ .Am)(baseSpec.versions, v.version);
    if (!before)
        return 'new';
    // The same entry (a shard the diff leaves out is the head's own) has the same files.
    if (before !== v && canonical(before.files) !== canonical(v.files))
        return 'files';
    if (touched(reg, model, v, changed))
        return 'files';
    return modelChanged;
}
/** The change that selects every live version of a model the base also has, if any. */
function modelChangeOf(before, now, readsChanged) {
    if (policyDiffers(before, now))
        return 'policy';
    return readsChanged(now) ? 'inputs' : undefined;
}
/**
 * Whether a changed path is a file the model's evaluation reads: one of `evaluate.data`, or
 * one `evaluate.inputs` names. Each entry is matched once per plan, however many models share
 * it (a `common.py` of every model).
 */
function evaluationReadsIn(changed) {
    const memo = new Map();
    const hit = (entry) => {
        if (!memo.has(entry))
            memo.set(entry, entryChanged(entry, changed));
        return memo.get(entry);
    };
    return spec => [...(spec.evaluate?.data ?? []), ...(spec.evaluate?.inputs ?? [])].some(hit);
}
/** Whether an `inputs` or `data` entry names a changed path: a glob's match, a file below a folder, the file. */
function entryChanged(entry, changed) {
    // As git names paths: `./evaluate.py` is `evaluate.py`, `lib/` is the folder `lib`.
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(entry).replace(/\/+$/, '');
    if (rel === '.')
        return changed.paths.size > 0;
    if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlobPattern */ .tv)(rel))
        return (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchGlob */ .sB)(rel, changed.paths).length > 0;
    return changed.paths.has(rel) || changed.folders.has(rel);
}
function benchmarkEntry(reg, model, picked) {
    if (!reg.benchmark)
        return undefined;
    const copyOf = reg.benchmark.copyOf;
    if (!picked.some(e => e.stage !== copyOf))
        return undefined;
    if (!(0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarkSource */ .Dv)(reg, model))
        return undefined;
    return {
        model: model.name,
        version: BENCHMARK_VERSION,
        stage: reg.benchmark.folder,
        reason: 'benchmark'
    };
}
function policyDiffers(a, b) {
    return a !== b && POLICY_KEYS.some(k => canonical(a[k]) !== canonical(b[k]));
}
function changesOf(changedPaths) {
    const paths = new Set(changedPaths);
    const folders = new Set();
    for (const p of paths) {
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
            folders.add(p.slice(0, i));
    }
    return { paths, folders };
}
/**
 * Whether a changed path is the version's: anything in its own folder (a
 * README there travels with it), or, where versions share a folder
 * (`resources/staging.keras`), one of its files.
 */
function touched(reg, model, v, changed) {
    if ((0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwnFolder */ .fR)(reg, model.name, v.stage))
        return changed.folders.has((0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionDir */ .EE)(reg, model.name, v));
    return (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionFiles */ .uP)(v).some(f => changed.paths.has((0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionFilePath */ .ES)(reg, model.name, v, f)));
}
/** JSON with sorted keys: a reordered mapping in the manifest is not a change. */
function canonical(value) {
    return (JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v) ?? 'undefined');
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


/***/ })

};
