export const id = 990;
export const ids = [990];
export const modules = {

/***/ 71678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ openGitHubSession),
/* harmony export */   y: () => (/* binding */ checkoutFacts)
/* harmony export */ });
/* harmony import */ var _settings_github_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94470);

async function openGitHubSession(reg, settings, ctx) {
    const git = ctx.git(reg.repoRoot);
    const target = await (0,_settings_github_target_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGitHubTarget */ .Tr)(settings, ctx.env, checkoutFacts(git));
    return { api: await ctx.github(target), git, target };
}
/** What the checkout tells when the environment does not: the origin remote, the branch. */
function checkoutFacts(git) {
    return { originUrl: () => git.remoteUrl('origin'), currentBranch: () => git.currentBranch() };
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

/***/ 66990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/file-checks.ts + 2 modules
var file_checks = __webpack_require__(81357);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/registry/layout-places.ts
var layout_places = __webpack_require__(57922);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/registry/lfs-attributes.ts
/**
 * Git LFS warnings for `validate` (issue #5):
 *
 * - a version file over GitHub's 100 MiB limit stored as a real file that
 *   nothing routes through Git LFS: a push would be refused;
 * - `.gitattributes` that route a model's files through LFS in some managed
 *   folders (stage, archive, benchmark) but not in others: a promotion moves
 *   the pointer into a folder where git treats it as a plain file.
 *
 * `.gitattributes` are evaluated exactly as git does, by one
 * `git check-attr -z --stdin filter` over every path asked about. git runs
 * only when an attributes file that can apply to model files mentions
 * `filter=lfs` (see `lfsAttributeFiles`): a registry without LFS costs a few
 * `readFileSync` calls and no process. When git is missing or the folder is no
 * repository the attribute-based warnings are skipped (the reason is in the
 * returned note): `validate` never fails because of them.
 */






const LFS_FILTER = /(?:^|\s)filter=lfs(?:\s|$)/m;
async function checkLfs(reg, large, options) {
    const t0 = performance.now();
    const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models;
    const attributes = lfsAttributeFiles(reg);
    const note = { attributes, paths: 0, ms: 0 };
    const done = (diagnostics) => {
        note.ms = Math.round((performance.now() - t0) * 10) / 10;
        return { diagnostics, note };
    };
    // Nothing mentions LFS: no path is routed through it, and git need not run.
    if (!attributes.length)
        return done(lfsDiagnostics(reg, models, large, () => false));
    const paths = new Set(large.map(f => f.rel));
    for (const model of models) {
        for (const byFile of folderPaths(reg, model).values()) {
            for (const rel of byFile.values())
                paths.add(rel);
        }
    }
    let answers;
    try {
        answers = await options.runner(reg.repoRoot, [...paths], {
            ...(options.env ?? process.env)
        });
    }
    catch (err) {
        note.skipped = err instanceof Error ? err.message : String(err);
        return done([]);
    }
    note.paths = paths.size;
    return done(lfsDiagnostics(reg, models, large, rel => answers.get(rel) === 'lfs'));
}
/**
 * The attributes files that decide whether git must run: `.gitattributes` in
 * the repository root and in every folder down to the registry root, and
 * `.git/info/attributes`, kept when they mention `filter=lfs` (macros that
 * set it included, as their definition does). Files deeper down need not be
 * read: inside a managed folder a `.gitattributes` is a stray file, which
 * `validate` already reports, and no other folder holds model files.
 * Attributes outside the repository (core.attributesFile, the system file)
 * are not committed, so GitHub and other clones never see them.
 */
function lfsAttributeFiles(reg) {
    const candidates = ['.git/info/attributes', '.gitattributes'];
    let dir = '';
    for (const part of reg.root === '.' ? [] : reg.root.split('/')) {
        dir = dir ? `${dir}/${part}` : part;
        candidates.push(`${dir}/.gitattributes`);
    }
    return candidates.filter(rel => {
        try {
            return LFS_FILTER.test((0,external_node_fs_.readFileSync)(external_node_path_default().join(reg.repoRoot, rel), 'utf8'));
        }
        catch {
            return false; // absent (or `.git` is a file: a worktree, whose info is elsewhere)
        }
    });
}
/**
 * Where the model's files would sit in each managed folder (folder → logical
 * file name → repository-relative path, rendered by the layout in force
 * there): each file the model's versions hold, at the first version that
 * holds it (attribute patterns rarely depend on the version); for a model
 * without versions, its `files`.
 */
function folderPaths(reg, model) {
    const holder = new Map();
    for (const v of model.spec.versions) {
        for (const file of (0,layout/* versionFiles */.uP)(v))
            if (!holder.has(file))
                holder.set(file, v.version);
    }
    // A model without versions yet: its `files`, at a version that stands for any.
    if (!model.spec.versions.length)
        for (const file of model.spec.files ?? [])
            holder.set(file, '0.0.0');
    return new Map((0,layout/* managedFolders */.BR)(reg).map(folder => [
        folder,
        new Map([...holder].map(([file, version]) => [
            file,
            (0,layout/* versionFilePath */.ES)(reg, model.name, { stage: folder, version }, file)
        ]))
    ]));
}
/**
 * The rule, given whether git routes a path through LFS:
 * - each large file not routed → a warning at its `files` entry;
 * - each folder that would receive a model's pointer file from a folder that
 *   routes it through LFS, while not routing it itself → a warning per model
 *   and folder, at the model entry. A folder receives versions from: the
 *   stages before it and the archive (a stage), every stage (the archive),
 *   the stage it copies (the benchmark).
 * The reverse (a plain file promoted into an LFS folder) keeps working on
 * checkout and is not reported.
 */
function lfsDiagnostics(reg, models, large, isLfs) {
    const out = [];
    const limitMiB = file_checks/* GITHUB_FILE_LIMIT */.jN / 2 ** 20;
    for (const f of large) {
        if (isLfs(f.rel))
            continue;
        out.push(f.model.source.diagnostic(f.at, `${f.rel} is ${mebibytes(f.size)} MiB and not in Git LFS: GitHub refuses files over ${limitMiB} MiB in git; track it with \`git lfs track\` (.gitattributes)`, undefined, 'warning'));
    }
    const sources = movesInto(reg);
    for (const model of models) {
        const routed = new Map();
        const rendered = folderPaths(reg, model);
        for (const [folder, byFile] of rendered) {
            routed.set(folder, new Set([...byFile].filter(([, rel]) => isLfs(rel)).map(([f]) => f)));
        }
        for (const [folder, from] of sources) {
            const here = routed.get(folder);
            const missing = new Set();
            const where = [];
            for (const source of from) {
                const files = [...routed.get(source)].filter(f => !here.has(f));
                if (!files.length)
                    continue;
                files.forEach(f => missing.add(f));
                where.push(source);
            }
            if (!missing.size)
                continue;
            out.push(model.source.diagnostic(model.at, `.gitattributes routes ${model.name}'s ${[...missing].join(', ')} through Git LFS in ${where.join(', ')} but not in ${folder}: a version moved there would be a plain pointer file; add a pattern for ${patternHint(reg, folder, rendered.get(folder), missing)}`, undefined, 'warning'));
        }
    }
    return out;
}
/**
 * What an attributes pattern must cover: the folder's files (`models/archived/**`)
 * where the folder is a folder of its own, else the rendered paths themselves
 * (`resources/production.keras` under `{stage}{ext}`).
 */
function patternHint(reg, folder, byFile, files) {
    const place = (0,layout_places/* stagePlaces */.p4)(reg).find(p => p.folder === folder && p.exact && p.depth === 0);
    if (place)
        return `${(0,paths/* joinRel */.gN)(place.base, folder)}/**`;
    return [...files].map(f => byFile.get(f)).join(', ');
}
/** Managed folder → the folders whose versions can move into it (promotion, archiving, rollback, benchmark copy). */
function movesInto(reg) {
    const stages = (0,layout/* stageNames */.hL)(reg);
    const archive = reg.archive.folder;
    const out = new Map();
    stages.forEach((s, i) => out.set(s, [...stages.slice(0, i), archive]));
    out.set(archive, stages);
    if (reg.benchmark)
        out.set(reg.benchmark.folder, [reg.benchmark.copyOf]);
    return out;
}
function mebibytes(bytes) {
    return Math.round(bytes / 2 ** 20);
}

// EXTERNAL MODULE: ./src/registry/load.ts + 3 modules
var load = __webpack_require__(17117);
// EXTERNAL MODULE: ./src/registry/registry.ts
var registry = __webpack_require__(77936);
// EXTERNAL MODULE: ./src/registry/rules.ts + 2 modules
var rules = __webpack_require__(24415);
// EXTERNAL MODULE: ./src/registry/changed-versions.ts
var changed_versions = __webpack_require__(76665);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
;// CONCATENATED MODULE: ./src/registry/history-rules.ts


function checkHistorySince(reg, base) {
    const out = [];
    const headLists = headHistories(reg);
    const head = byModel(headLists.flatMap(l => l.entries));
    const before = byModel(base.histories.flat().map(entry => ({ entry })));
    const grown = new Set();
    for (const [name, old] of before) {
        // `validate --model M` loaded only M: the others are not under review.
        if (reg.onlyModel && name !== reg.onlyModel)
            continue;
        const now = head.get(name) ?? [];
        const problem = prefixProblem(old, now, base.rev);
        if (!problem) {
            grown.add(name);
            continue;
        }
        const at = problem.at ?? lastPlace(reg, name, headLists);
        out.push(at.source.diagnostic(at.path, problem.message));
    }
    for (const model of reg.models) {
        const all = head.get(model.name) ?? [];
        // A model whose history was rewritten already has its one error; its new entries are unknown.
        if (before.has(model.name) && !grown.has(model.name))
            continue;
        const appended = all.slice(before.get(model.name)?.length ?? 0);
        out.push(...checkStageChanges(reg, model, base, appended));
    }
    return out;
}
function headHistories(reg) {
    const list = (source, at, history) => ({
        source,
        at,
        entries: (history ?? []).map((entry, i) => ({ entry, source, path: [...at, i] }))
    });
    return [
        list(reg.manifest, ['history'], reg.data.history),
        ...reg.models.map(m => list(m.source, [...m.at, 'history'], m.spec.history))
    ];
}
function byModel(items) {
    const out = new Map();
    for (const item of items) {
        const list = out.get(item.entry.model) ?? [];
        list.push(item);
        out.set(item.entry.model, list);
    }
    return out;
}
/** The first way `now` is not `old` plus appended entries, if any. */
function prefixProblem(old, now, rev) {
    for (let i = 0; i < old.length; i++) {
        const was = old[i].entry;
        if (i >= now.length) {
            const lost = old.length - now.length;
            return {
                message: `history of model ${was.model} lost ${lost} entr${lost === 1 ? 'y' : 'ies'} since ${rev} (first: ${describe(was)}); history is append-only`
            };
        }
        if ((0,changed_versions/* canonical */.$)(was) !== (0,changed_versions/* canonical */.$)(now[i].entry)) {
            return {
                message: `history entry ${describe(now[i].entry)} differs from the one at ${rev} (${describe(was)}): history is append-only, entries are never edited, removed or reordered`,
                at: now[i]
            };
        }
    }
    return undefined;
}
/** Where to report lost entries: the model's last remaining entry, else a history key. */
function lastPlace(reg, name, lists) {
    const remaining = lists.flatMap(l => l.entries).filter(e => e.entry.model === name);
    if (remaining.length)
        return remaining[remaining.length - 1];
    const model = reg.models.find(m => m.name === name);
    if (model)
        return { source: model.source, path: [...model.at, 'versions'] };
    return { source: reg.manifest, path: ['history'] };
}
function checkStageChanges(reg, model, base, appended) {
    const out = [];
    const archive = reg.archive.folder;
    const baseSpec = base.models.get(model.name);
    const versions = model.spec.versions;
    const claimed = new Set();
    versions.forEach((v, index) => {
        const mine = appended.filter(e => (0,semver/* sameVersion */.r1)(e.entry.version, v.version));
        mine.forEach(e => claimed.add(e));
        const start = baseSpec ? ((0,semver/* findVersion */.Am)(baseSpec.versions, v.version)?.stage ?? null) : null;
        let current = start;
        for (const e of mine) {
            const from = e.entry.from ?? null;
            const displacedThenRestored = from === archive && current !== null && current !== archive;
            if (from !== current && !displacedThenRestored) {
                out.push(e.source.diagnostic(e.path, `history entry ${describe(e.entry)} does not follow from where ${model.name} ${v.version} was: ${current === null ? `not in the registry at ${base.rev}` : `in ${current}`}${current === start ? ` at ${base.rev}` : ' after the entries before it'}`));
                return;
            }
            current = e.entry.to;
        }
        if (current === v.stage || displacedBy(v, current, archive, appended))
            return;
        const stagePath = [...model.at, 'versions', index, 'stage'];
        out.push(model.source.diagnostic(current === null && start === null ? [...model.at, 'versions', index] : stagePath, current === null
            ? `${model.name} ${v.version} is new since ${base.rev} but has no history entry { from: null, to: ${v.stage} }: add versions with register`
            : `${model.name} ${v.version} moved from ${current} to ${v.stage} since ${base.rev} without a history entry { from: ${current}, to: ${v.stage} }: move versions with promote, rollback or retire, not by hand`));
    });
    for (const e of appended) {
        if (claimed.has(e))
            continue;
        out.push(e.source.diagnostic(e.path, `history entry ${describe(e.entry)} names version ${e.entry.version}, which model ${model.name} does not have`));
    }
    if (baseSpec) {
        for (const old of baseSpec.versions) {
            if ((0,semver/* findVersion */.Am)(versions, old.version))
                continue;
            out.push(model.source.diagnostic([...model.at, 'versions'], `${model.name} ${old.version} (${old.stage} at ${base.rev}) was removed: versions are never deleted, they move to the archive (retire)`));
        }
    }
    return out;
}
/**
 * A version a promotion or rollback displaced: archived with `replaced` or
 * `rolled-back`, by a version whose new entry took it into the stage this
 * one left.
 */
function displacedBy(v, left, archive, appended) {
    const r = v.retired;
    if (v.stage !== archive || left === null || left === archive || !r?.replacedBy)
        return false;
    if (r.reason !== 'replaced' && r.reason !== 'rolled-back')
        return false;
    return appended.some(e => (0,semver/* sameVersion */.r1)(e.entry.version, r.replacedBy) && e.entry.to === left);
}
function describe(h) {
    return `${h.model} ${h.version} ${h.from ?? 'null'} → ${h.to} (${h.at})`;
}

// EXTERNAL MODULE: ./src/commands/revision-registry.ts
var revision_registry = __webpack_require__(54705);
;// CONCATENATED MODULE: ./src/evaluation/check-gate.ts
/**
 * The `modelgate/gates` decision of a pull request: the registry is valid and
 * every job of the check workflow (plan, the evaluate matrix, the compare
 * matrix) did its part. The jobs arrive as GitHub's `needs` context in JSON
 * (`toJSON(needs)`): `{ "<job>": { "result": "success|failure|cancelled|skipped",
 * "outputs": { … } } }`; plan's outputs `count` and `candidate-count` say how
 * many evaluations and comparisons there were. Pure: no I/O.
 */


/** A matrix holds at most this many jobs (GitHub's limit). */
const MATRIX_LIMIT = 256;
/** GitHub keeps this many characters of a commit status description. */
const STATUS_DESCRIPTION_MAX = 140;
const RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
/** What a failed job of the kit's check workflow means, by its job id. */
const FAILED = {
    plan: 'the registry is invalid, or plan failed (see the validate and plan job)',
    evaluate: 'an evaluation failed (see the evaluate jobs)',
    compare: 'a candidate did not pass its comparison (see the compare jobs)'
};
/** Parses the `jobs` input; anything but the shape of `toJSON(needs)` is a usage error. */
function parseJobs(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new src_errors/* UsageError */.eb(`input "jobs" is not JSON (${error.message}); expected \${{ toJSON(needs) }}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src_errors/* UsageError */.eb('input "jobs" must be a JSON object of jobs, each with its "result" (${{ toJSON(needs) }})');
    }
    return Object.entries(value).map(([name, job]) => {
        const result = job?.result;
        if (!RESULTS.includes(result)) {
            throw new src_errors/* UsageError */.eb(`input "jobs": job ${(0,clip/* quote */.hD)(name)} has result ${(0,clip/* clip */.$Q)(String(JSON.stringify(result)))}; expected one of ${RESULTS.join(', ')}`);
        }
        const outputs = job.outputs;
        return {
            name,
            result: result,
            outputs: typeof outputs === 'object' && outputs !== null
                ? Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, String(v)]))
                : {}
        };
    });
}
function decideGate({ valid, jobs, trust, allowUntrusted }) {
    const evaluations = countOutput(jobs, 'count');
    const comparisons = countOutput(jobs, 'candidate-count');
    const failure = (description) => ({
        state: 'failure',
        description,
        evaluations,
        comparisons
    });
    if (!valid)
        return failure('the registry is invalid (see the validate step)');
    if (comparisons !== undefined && comparisons > MATRIX_LIMIT) {
        return failure(`${comparisons} candidates to compare: a matrix holds at most ${MATRIX_LIMIT} jobs; split the change into smaller pull requests`);
    }
    const failed = jobs.find(j => j.result === 'failure' || j.result === 'cancelled');
    if (failed) {
        return failure(failed.result === 'cancelled'
            ? `the ${failed.name} job was cancelled`
            : (FAILED[failed.name] ?? `the ${failed.name} job failed`));
    }
    if (evaluations === 0) {
        return {
            state: 'success',
            description: 'registry valid; no model changed, nothing to evaluate',
            evaluations,
            comparisons
        };
    }
    const skipped = jobs.filter(j => j.result === 'skipped');
    if (skipped.length) {
        if (!trust.trusted && !allowUntrusted) {
            return failure(`evaluations not run: ${trust.reason}, and allow-untrusted is false`);
        }
        return failure(`the ${skipped.map(j => j.name).join(', ')} job(s) did not run`);
    }
    const parts = ['registry valid'];
    if (evaluations !== undefined)
        parts.push(`${evaluations} evaluation(s)`);
    if (comparisons !== undefined)
        parts.push(`${comparisons} comparison(s) passed`);
    return {
        state: 'success',
        description: parts.length > 1 ? `${parts[0]}; ${parts.slice(1).join(', ')}` : parts[0],
        evaluations,
        comparisons
    };
}
/** The description as GitHub keeps it: at most 140 characters, a cut marked with an ellipsis. */
function statusDescription(text) {
    const chars = [...text];
    return chars.length <= STATUS_DESCRIPTION_MAX
        ? text
        : `${chars.slice(0, STATUS_DESCRIPTION_MAX - 1).join('')}…`;
}
/** A job's number output (`count`, `candidate-count`); undefined when no job has it. */
function countOutput(jobs, name) {
    for (const job of jobs) {
        const value = job.outputs[name];
        if (value !== undefined && /^\d+$/.test(value.trim()))
            return Number(value);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/evaluation/trust.ts
var trust = __webpack_require__(26212);
// EXTERNAL MODULE: ./src/settings/github-target.ts
var github_target = __webpack_require__(94470);
// EXTERNAL MODULE: ./src/settings/workflow-run.ts
var workflow_run = __webpack_require__(77316);
// EXTERNAL MODULE: ./src/commands/github-session.ts
var github_session = __webpack_require__(71678);
;// CONCATENATED MODULE: ./src/commands/gate-status.ts
/**
 * `validate` with `jobs` and `commit-status` (the gates job of the check
 * workflow): decides the `modelgate/gates` gate from the registry's
 * validation and the check workflow's jobs, and posts it as the commit status
 * of the pull request head through the GitHub API adapter. A fork pull
 * request's token cannot write statuses, so there nothing is posted and the
 * step's own result (which fails with the gate) stands in for the status.
 */






const GATES_CONTEXT = 'modelgate/gates';
/** The `jobs` input, read before validating so a malformed one is refused at once. */
function gateJobs(settings) {
    if (settings.jobs === undefined && !settings.commitStatus)
        return undefined;
    return settings.jobs === undefined ? [] : parseJobs(settings.jobs);
}
/** The gate, when the step was asked for one (`jobs` given: see gateJobs); else null. */
async function checkGate(settings, jobs, valid, repoRoot, ctx) {
    if (jobs === undefined)
        return null;
    const decision = decideGate({
        valid,
        jobs,
        trust: (0,trust/* judgeTrust */.g)(settings.event),
        allowUntrusted: settings.allowUntrusted
    });
    const status = settings.commitStatus
        ? await postStatus(settings, decision, repoRoot ?? settings.workspace, ctx)
        : null;
    return { ...decision, jobs: jobs.map(j => ({ name: j.name, result: j.result })), status };
}
async function postStatus(settings, decision, repoRoot, ctx) {
    const pr = settings.event.pullRequest;
    if (pr && (!pr.head || pr.head !== pr.base)) {
        return {
            posted: false,
            reason: `${GATES_CONTEXT} not posted: the token of a pull request from ${pr.head ?? 'a deleted fork'} cannot write commit statuses; this step's result stands in`
        };
    }
    const sha = pr?.headSha ?? ctx.env.GITHUB_SHA?.trim();
    if (!sha) {
        throw new src_errors/* UsageError */.eb('commit-status: no commit to post the status on (neither the event payload nor GITHUB_SHA names one)');
    }
    const token = settings.token || ctx.env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw new src_errors/* UsageError */.eb('commit-status needs a token with statuses: write: set the `token` input (the default is github.token) or GITHUB_TOKEN');
    }
    const { owner, repo } = await (0,github_target/* repository */.Jk)(ctx.env, (0,github_session/* checkoutFacts */.y)(ctx.git(repoRoot)));
    const api = await ctx.github({ token, apiUrl: (0,github_target/* apiBaseUrl */.tj)(ctx.env), owner, repo });
    const description = statusDescription(decision.description);
    const targetUrl = (0,workflow_run/* workflowRunUrl */.C)(ctx.env);
    await api.createStatus(sha, {
        state: decision.state,
        context: GATES_CONTEXT,
        description,
        ...(targetUrl ? { targetUrl } : {})
    });
    ctx.log.info(`${GATES_CONTEXT}: ${decision.state} on ${sha}`);
    return {
        posted: true,
        context: GATES_CONTEXT,
        sha,
        description,
        ...(targetUrl ? { targetUrl } : {})
    };
}

;// CONCATENATED MODULE: ./src/commands/validate.ts
/**
 * `validate` (SPEC §2, §3): schema, rules and files, every error located.
 * Recipe: (start git's diff with a base) → load → rules → files → report.
 */











async function validate(settings, ctx) {
    const jobs = gateJobs(settings);
    // git's diff runs while the registry loads and its rules run. The history check needs no
    // untracked file (see BaseReading), and finding them would walk every folder of the checkout.
    const changed = settings.base
        ? (0,revision_registry/* diffStartedEarly */.CZ)(ctx, settings.manifest, settings.base, { untracked: false })
        : undefined;
    const t0 = performance.now();
    const loaded = await (0,load/* loadRegistry */.Ag)({
        manifestPath: settings.manifest,
        onlyModel: settings.model,
        env: ctx.env
    });
    const t1 = performance.now();
    const diagnostics = [...loaded.diagnostics];
    const reg = loaded.registry;
    let files = null;
    let lfs = null;
    let t2 = t1;
    if (reg && !diagnostics.some(d => d.severity === 'error')) {
        if (settings.model && !reg.models.some(m => m.name === settings.model)) {
            throw new src_errors/* DecisionError */.bW(`model ${(0,clip/* quote */.hD)(settings.model)} is not in the registry ${reg.manifest.relPath} (models: ${(0,registry/* someModelNames */.W)(reg)})`);
        }
        diagnostics.push(...(0,rules/* checkRules */.M)(reg));
        // Given a base, the history must have only grown since and cover every stage change.
        if (settings.base)
            diagnostics.push(...(await historySince(reg, settings.base, ctx, await changed)));
        t2 = performance.now();
        if (!diagnostics.some(d => d.severity === 'error')) {
            const checked = await ctx.log.group('Verifying model files', () => (0,file_checks/* checkFiles */.gw)(reg));
            diagnostics.push(...checked.diagnostics);
            files = checked.stats;
            // Warnings only: a push GitHub would refuse, promotions that would break LFS.
            const lfsCheck = await checkLfs(reg, checked.large, {
                runner: (root, paths) => ctx.git(root).checkAttr(paths, 'filter')
            });
            diagnostics.push(...lfsCheck.diagnostics);
            lfs = lfsCheck.note;
        }
    }
    const t3 = performance.now();
    sortDiagnostics(diagnostics);
    const errors = diagnostics.filter(d => d.severity === 'error');
    const valid = errors.length === 0;
    const gate = await checkGate(settings, jobs, valid, loaded.repoRoot, ctx);
    const ok = gate ? gate.state === 'success' : valid;
    const manifest = loaded.manifest.relPath;
    const models = reg
        ? settings.model
            ? reg.models.filter(m => m.name === settings.model)
            : reg.models
        : [];
    const result = {
        manifest,
        models: models.length,
        versions: models.reduce((n, m) => n + m.spec.versions.length, 0),
        files,
        lfs,
        stages: reg ? stageTable(reg, settings.model) : {},
        stageNames: reg ? (0,layout/* knownStages */.Vd)(reg) : null,
        timings: { loadMs: round(t1 - t0), rulesMs: round(t2 - t1), filesMs: round(t3 - t2) },
        gate
    };
    return {
        command: 'validate',
        ok,
        decision: ok ? 'pass' : 'fail',
        diagnostics,
        result,
        outputs: {},
        repoRoot: loaded.repoRoot,
        exitCode: ok ? 0 : 1
    };
}
async function historySince(reg, base, ctx, changedPaths) {
    const git = await (0,revision_registry/* gitWithCommit */.gS)(ctx.git(reg.repoRoot), base, 'base');
    const atBase = await (0,revision_registry/* readBase */.wZ)(git, reg, base, { known: changedPaths, untracked: false });
    return checkHistorySince(reg, { ...atBase, rev: base });
}
function stageTable(reg, only) {
    const out = {};
    for (const m of reg.models) {
        if (only && m.name !== only)
            continue;
        const row = {};
        for (const v of m.spec.versions) {
            const label = v.traffic !== undefined && v.traffic < 100 ? `${v.version} (${v.traffic}%)` : v.version;
            (row[v.stage] ??= []).push(label);
        }
        out[m.name] = row;
    }
    return out;
}
function sortDiagnostics(list) {
    // Most problems share a file: equal names need no localeCompare (100,000 problems: ~1.7 million comparisons).
    list.sort((a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.col - b.col);
}
function round(ms) {
    return Math.round(ms * 10) / 10;
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

/***/ 94470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   Tr: () => (/* binding */ resolveGitHubTarget),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* unused harmony exports parseRemoteUrl, describeRemote */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95861);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Where a pull request goes: the repository, the base branch, the API URL
 * and the token. Inside Actions all of it comes from the runner's
 * environment; on a laptop the repository falls back to the `origin`
 * remote and the base branch to the checkout's current branch. The event
 * payload is read once, with the settings (runner-event.ts).
 */


async function resolveGitHubTarget(settings, env, checkout) {
    const token = settings.token || env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('a token is needed to open the pull request: set the `token` input (the default is github.token) or GITHUB_TOKEN; or use dry-run');
    }
    const { owner, repo } = await repository(env, checkout);
    const base = settings.base ||
        settings.event.defaultBranch ||
        env.GITHUB_REF_NAME ||
        (await checkout.currentBranch());
    if (!base) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('cannot tell which branch the pull request targets: set the `base` input (e.g. main)');
    }
    return { owner, repo, base, apiUrl: apiBaseUrl(env), token };
}
/** GITHUB_API_URL (GitHub Enterprise sets it), else github.com's. */
function apiBaseUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The repository: GITHUB_REPOSITORY, else the `origin` remote (also used by `report`). */
async function repository(env, checkout) {
    const named = env.GITHUB_REPOSITORY?.trim();
    if (named) {
        const m = /^([^/\s]+)\/([^/\s]+)$/.exec(named);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`GITHUB_REPOSITORY is ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(named)}; expected "owner/repo"`);
        return { owner: m[1], repo: m[2] };
    }
    const origin = await checkout.originUrl();
    const parsed = origin ? parseRemoteUrl(origin) : undefined;
    if (!parsed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot tell which GitHub repository to open the pull request in${origin ? ` (${describeRemote(origin)})` : ''}: set GITHUB_REPOSITORY=owner/repo`);
    }
    return parsed;
}
/** An owner (user or organisation) as GitHub allows it. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** A repository name as GitHub allows it (`.` and `..` aside). */
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** `scheme://…`: parsed as a URL, whose user and password are dropped. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `[user@]host:path`, git's scp-like form. */
const SCP = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.*)$/;
/**
 * `https://host/owner/repo(.git)`, `git@host:owner/repo(.git)`, `ssh://git@host/owner/repo`;
 * credentials in it are dropped. Only an owner and a repository name GitHub allows come out,
 * so nothing else in a malformed URL (a password, a query, `@`, `:`) can reach a request path
 * or a pull request's URL.
 */
function parseRemoteUrl(url) {
    const text = url.trim();
    let pathname;
    if (SCHEME.test(text)) {
        try {
            pathname = new URL(text).pathname;
        }
        catch {
            return undefined;
        }
    }
    else {
        pathname = SCP.exec(text)?.[2];
    }
    const m = pathname ? /^\/*([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(pathname) : null;
    if (!m)
        return undefined;
    const [, owner, repo] = m;
    if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..')
        return undefined;
    return { owner, repo };
}
/**
 * The remote for a message, never its credentials: a URL without user, password, query and
 * fragment, `host:path`, or a plain path; anything that does not read as one of those may
 * hold a secret anywhere, and is not shown.
 */
function describeRemote(url) {
    const text = url.trim();
    let shown;
    if (SCHEME.test(text)) {
        try {
            const u = new URL(text);
            shown = `${u.protocol}//${u.host}${u.pathname}`;
        }
        catch {
            shown = undefined;
        }
    }
    else {
        const scp = SCP.exec(text);
        shown = scp ? `${scp[1]}:${scp[2]}` : text;
    }
    const plain = /^(?:[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9.-]+(?::\d+)?|[A-Za-z0-9.-]+:)?[A-Za-z0-9._~/-]*$/i;
    return shown && plain.test(shown)
        ? `origin is "${shown}"`
        : 'origin is not shown: it is no plain URL and may hold credentials';
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
