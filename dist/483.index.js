export const id = 483;
export const ids = [483];
export const modules = {

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

/***/ 74483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   plan: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _evaluation_plan_matrix_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23581);
/* harmony import */ var _registry_changed_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76665);
/* harmony import */ var _registry_repo_root_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75568);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19994);
/* harmony import */ var _revision_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54705);
/**
 * `plan` (SPEC §3): which versions need evaluation, as a job matrix. Without
 * `base`, every version that is not archived; with it, those whose files or
 * model policy changed between `base` and `head`, plus each such model's
 * benchmark copy. Outputs `matrix` (JSON) and `count` (entries, not jobs:
 * a caller skips the matrix job at 0).
 * Recipe: load head → read base → select → matrix → report.
 */






async function plan(settings, ctx) {
    const reg = await loadHead(settings, ctx);
    let base;
    if (settings.base) {
        const git = await (0,_revision_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .gitWithCommit */ .gS)(ctx.git(reg.repoRoot), settings.base, 'base');
        base = await (0,_revision_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .readBase */ .wZ)(git, reg, settings.base, settings.head);
    }
    const entries = (0,_registry_changed_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .selectVersions */ .QR)(reg, base);
    const matrix = (0,_evaluation_plan_matrix_js__WEBPACK_IMPORTED_MODULE_5__/* .buildMatrix */ .Kn)(entries);
    const result = {
        base: base?.commit ?? null,
        baseRef: settings.base ?? null,
        head: settings.head ?? null,
        count: entries.length,
        jobs: matrix.include.length,
        matrix,
        entries
    };
    return {
        command: 'plan',
        ok: true,
        diagnostics: [],
        result,
        outputs: { matrix: JSON.stringify(matrix), count: String(entries.length) },
        repoRoot: reg.repoRoot,
        exitCode: 0
    };
}
/** The registry under review: the checkout's working tree, or `head` read from git. */
async function loadHead(settings, ctx) {
    const env = ctx.env;
    if (!settings.head)
        return (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSoundRegistry */ .L)(settings.manifest, env);
    const repoRoot = (0,_registry_repo_root_js__WEBPACK_IMPORTED_MODULE_2__/* .findRepoRoot */ .G)(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(settings.manifest), env);
    const git = await (0,_revision_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .gitWithCommit */ .gS)(ctx.git(repoRoot), settings.head, 'head');
    const manifestRel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(repoRoot, settings.manifest).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    const loaded = await (0,_revision_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistryAt */ .ri)(git, repoRoot, manifestRel, settings.head);
    return (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_3__/* .requireSound */ .b)(loaded);
}


/***/ }),

/***/ 54705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gS: () => (/* binding */ gitWithCommit),
/* harmony export */   ri: () => (/* binding */ readRegistryAt),
/* harmony export */   wZ: () => (/* binding */ readBase)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74001);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83854);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _registry_source_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63166);





/** The git CLI in the repository, after checking that `rev` is a commit it has. */
async function gitWithCommit(git, rev, input) {
    if (rev.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input "${input}": "${rev}" is not a git revision`);
    if (!(await git.hasCommit(rev))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input} ${rev} is not in this checkout: check out with fetch-depth: 0 (actions/checkout fetches one commit by default)`);
    }
    return git;
}
/**
 * Reads the base revision. `head` is a revision, or undefined for the
 * working tree (what `reg` was loaded from).
 */
async function readBase(git, reg, base, head) {
    const commit = await git.revParse(base);
    const changedPaths = await git.diffNames(commit, head);
    const changed = new Set(changedPaths);
    const manifestRel = reg.manifest.relPath;
    const atBase = await loadAtRevision(git, reg.repoRoot, manifestRel, commit, f => changed.has(f));
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
        // Shards the diff leaves out are byte for byte the head's.
        const sameAsHead = new Set(atBase.shardFiles.filter(f => !changed.has(f)));
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
/** The whole registry at `rev` (plan's `head`). */
async function readRegistryAt(git, repoRoot, manifestRel, rev) {
    const found = await loadAtRevision(git, repoRoot, manifestRel, rev, () => true);
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the manifest ${manifestRel} does not exist at ${rev}`);
    return found.loaded;
}
/**
 * Loads the manifest at `rev` and those of its shards `keep` accepts.
 * Undefined when the manifest does not exist at `rev` (a registry created
 * since: everything in it is new).
 */
async function loadAtRevision(git, repoRoot, manifestRel, rev, keep) {
    const manifestText = (await git.show(rev, [manifestRel])).get(manifestRel);
    if (manifestText === undefined)
        return undefined;
    const patterns = includePatterns(new _registry_source_file_js__WEBPACK_IMPORTED_MODULE_4__/* .SourceFile */ .s(manifestRel, manifestRel, manifestText));
    const folders = [...new Set(patterns.map(p => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globBase */ .EI)(p) || '.'))];
    const listing = await git.listFiles(rev, folders);
    const shardFiles = [...new Set(patterns.flatMap(p => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchGlob */ .sB)(p, listing)))].filter(f => f !== manifestRel);
    const wanted = shardFiles.filter(keep);
    const texts = await git.show(rev, wanted);
    texts.set(manifestRel, manifestText);
    const loaded = await (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRegistryWith */ .yV)({
        read: rel => texts.get(rel),
        glob: pattern => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchGlob */ .sB)(pattern, wanted),
        partial: wanted.length < shardFiles.length
    }, { repoRoot, manifestRel });
    return { loaded, shardFiles };
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
    const include = data?.include;
    if (!Array.isArray(include))
        return [];
    return include.filter((p) => typeof p === 'string' && !(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .unsafePathReason */ .m0)(p, 'include pattern'));
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
        return { include: entries.map(e => ({ model: e.model, version: e.version })) };
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
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Am: () => (/* binding */ findVersion),
/* harmony export */   QR: () => (/* binding */ selectVersions)
/* harmony export */ });
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34323);
/**
 * Which versions need evaluation (SPEC §3 `plan`). Pure: the caller reads
 * the head registry, the base revision's model entries and the paths git
 * says changed; this module only decides.
 *
 * - Without a base every version that is not archived is selected.
 * - With one, a version is selected when it is new, when its `files`
 *   digests changed, when a file under its folder changed, or when its
 *   model's policy (`metrics`, `compare`, `evaluate`, `train`) changed — a
 *   policy change selects every version of the model that is not archived.
 * - The benchmark copy joins a model's entries when a selected version may
 *   be compared with it: one outside the stage the copy mirrors (the
 *   production version's own copy would be compared with itself).
 */


/** The `version` of the benchmark copy's entry, as `evaluate` reads it. */
const BENCHMARK_VERSION = 'benchmark';
/** The keys whose change means every live version of the model must be evaluated again. */
const POLICY_KEYS = ['metrics', 'compare', 'evaluate', 'train'];
function selectVersions(reg, base) {
    const changedFolders = base ? foldersOf(base.changedPaths) : new Set();
    const out = [];
    for (const model of reg.models) {
        const live = model.spec.versions.filter(v => v.stage !== reg.archive.folder);
        const baseSpec = base?.models.get(model.name);
        const policyChanged = base !== undefined && baseSpec !== undefined && policyDiffers(baseSpec, model.spec);
        const picked = [];
        for (const v of live) {
            const reason = base ? why(reg, model, v, baseSpec, policyChanged, changedFolders) : 'all';
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
function why(reg, model, v, baseSpec, policyChanged, changedFolders) {
    const before = baseSpec && findVersion(baseSpec.versions, v.version);
    if (!before)
        return 'new';
    if (canonical(before.files) !== canonical(v.files))
        return 'files';
    if (changedFolders.has((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .versionDir */ .EE)(reg, model.name, v)))
        return 'files';
    if (policyChanged)
        return 'policy';
    return undefined;
}
function benchmarkEntry(reg, model, picked) {
    if (!reg.benchmark)
        return undefined;
    const copyOf = reg.benchmark.copyOf;
    if (!picked.some(e => e.stage !== copyOf))
        return undefined;
    if (!(0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .benchmarkSource */ .Dv)(reg, model))
        return undefined;
    return {
        model: model.name,
        version: BENCHMARK_VERSION,
        stage: reg.benchmark.folder,
        reason: 'benchmark'
    };
}
function policyDiffers(a, b) {
    return POLICY_KEYS.some(k => canonical(a[k]) !== canonical(b[k]));
}
/** The version entry for `version`: the same text, else the same SemVer precedence. */
function findVersion(versions, version) {
    return (versions.find(v => v.version === version) ??
        versions.find(v => (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(v.version, version) === 0));
}
/** Every folder that holds a changed path, at any depth: one set lookup per version. */
function foldersOf(paths) {
    const out = new Set();
    for (const p of paths) {
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
            out.add(p.slice(0, i));
    }
    return out;
}
/** JSON with sorted keys: a reordered mapping in the manifest is not a change. */
function canonical(value) {
    return (JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v) ?? 'undefined');
}


/***/ })

};
