export const id = 357;
export const ids = [357];
export const modules = {

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

/***/ 81357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jN: () => (/* binding */ GITHUB_FILE_LIMIT),
  U4: () => (/* reexport */ IGNORED_NAMES),
  gw: () => (/* binding */ checkFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/ignore.ts
var registry_ignore = __webpack_require__(40085);
// EXTERNAL MODULE: ./src/registry/file-tree.ts
var file_tree = __webpack_require__(61822);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/layouts.ts
var layouts = __webpack_require__(71300);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/registry/file-check-parts.ts

/** Every version's files where their layout puts them, with what the manifest records. */
function expectations(reg, models) {
    const expected = new Map();
    for (const model of models) {
        model.spec.versions.forEach((v, i) => {
            for (const [file, rel] of (0,layout/* versionFilePaths */.XC)(reg, model.name, v)) {
                expected.set(rel, {
                    model,
                    at: [...model.at, 'versions', i, 'files', file],
                    digest: v.files[file],
                    kind: 'version',
                    label: `${model.name} ${v.version}`
                });
            }
        });
    }
    return expected;
}
/** Where each model's benchmark copy must be: its production version's files in the benchmark folder. */
function benchmarkPaths(reg, models) {
    const out = [];
    if (!reg.benchmark)
        return out;
    for (const model of models) {
        const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
        if (!prod)
            continue;
        const copy = { ...prod, stage: reg.benchmark.folder };
        for (const [, rel] of (0,layout/* versionFilePaths */.XC)(reg, model.name, copy))
            out.push(rel);
    }
    return out;
}
/** Files a user may keep in empty folders so git tracks them. */
const IGNORED_NAMES = new Set(['.gitkeep']);
/**
 * `3 stray files under models/staging/clf: 0.9.0/ (2 files), notes.txt`: the
 * folder (the deepest one that holds them all) and its first entries, a
 * sub-folder as one, then `… and N more`.
 */
function strayFiles(key, files) {
    const what = files.length === 1 ? 'stray file' : `${files.length} stray files`;
    if (files.length === 1 && files[0] === key)
        return `${what} ${key}`;
    let folder = key;
    for (;;) {
        const next = files[0].slice(folder.length + 1).split('/')[0];
        const sub = `${folder}/${next}`;
        if (!files.every(f => f.startsWith(`${sub}/`)))
            break;
        folder = sub;
    }
    const counts = new Map();
    for (const f of files) {
        const below = f.slice(folder.length + 1);
        const slash = below.indexOf('/');
        const entry = slash < 0 ? below : `${below.slice(0, slash)}/`;
        counts.set(entry, (counts.get(entry) ?? 0) + 1);
    }
    const entries = [...counts].map(([e, n]) => e.endsWith('/') ? `${e} (${n} file${n === 1 ? '' : 's'})` : e);
    const shown = entries.slice(0, STRAYS_LISTED);
    const more = entries.length - shown.length;
    return `${what} under ${folder}: ${shown.join(', ')}${more > 0 ? `, … and ${more} more` : ''}`;
}
/** How many entries of a folder a stray-file message names. */
const STRAYS_LISTED = 5;
/** The key path of a stage's entry in `stages:`, when the manifest declares it. */
function stageEntry(reg, name) {
    const stages = reg.data.stages;
    if (!Array.isArray(stages))
        return undefined;
    const i = stages.findIndex(s => s?.name === name);
    return i < 0 ? undefined : ['stages', i];
}
/** Where a model the registry lacks would be added: `models:`, else `include:`. */
function modelsKey(reg) {
    return reg.data.models ? ['models'] : reg.data.include ? ['include'] : [];
}
function missing(rel, exp) {
    return exp.model.source.diagnostic(exp.at, `missing file ${rel} (recorded for ${exp.label})`);
}
/**
 * The model's benchmark copy (SPEC §2), whatever the layout: every problem is
 * reported at the copied version's `stage:` line, once per copy (missing,
 * incomplete, stale: a copy of another version), and the files present are
 * handed back for hashing (other bytes are found then). `staleOf` names the
 * copies found that are not of the copied version (undefined: the model has
 * none to copy), which the caller reads from the layout.
 */
function checkBenchmarkCopy(reg, model, tree, staleOf, expected, out) {
    const bench = reg.benchmark;
    if (!bench)
        return;
    const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
    const stale = staleOf(prod);
    if (!prod) {
        for (const copy of stale) {
            out.diagnostics.push(model.source.diagnostic([...model.at, 'versions'], `stale benchmark copy ${copy}: ${model.name} has no ${bench.copyOf} version`));
        }
        return;
    }
    const i = model.spec.versions.indexOf(prod);
    const at = [...model.at, 'versions', i, 'stage'];
    // Positions are built only when there is something to report.
    const report = (message) => out.diagnostics.push(model.source.diagnostic(at, message, model.source.locate(at, 'value')));
    const { files, where } = expected(prod);
    const label = `${bench.copyOf} ${model.name} ${prod.version}`;
    const absent = files.filter(f => !tree.has(f.rel)).map(f => f.file);
    if (absent.length === files.length) {
        report(stale.length
            ? `stale benchmark copy ${stale.join(', ')}: ${label} is expected at ${where}`
            : `missing benchmark copy of ${label}: expected ${where}`);
        return;
    }
    if (absent.length)
        report(`benchmark copy ${where} of ${label} is incomplete: missing ${absent.join(', ')}`);
    for (const other of stale)
        report(`stale benchmark copy ${other}: ${label} is the one to copy`);
    for (const { rel, digest } of files) {
        const entry = tree.get(rel);
        if (!entry)
            continue;
        if (entry.problem)
            report(`${rel} is ${entry.problem}`);
        else
            out.toHash.push([rel, { model, at, digest, kind: 'benchmark', label }, entry.abs]);
    }
}

// EXTERNAL MODULE: ./src/registry/layout-places.ts
var layout_places = __webpack_require__(57922);
// EXTERNAL MODULE: ./src/registry/layout-template/render.ts
var render = __webpack_require__(99863);
// EXTERNAL MODULE: ./src/registry/version-order.ts
var version_order = __webpack_require__(91106);
;// CONCATENATED MODULE: ./src/registry/template-file-checks.ts
/**
 * The file rules of SPEC §2 under layout templates (issue #12), where a
 * version's files are not `<root>/<stage>/<model>/<version>/<file>`: each
 * file is expected where its template renders it, the places the templates
 * give the stage, benchmark and archive folders are walked, and a file
 * there is stray unless a template places it as a file of a version the
 * manifest lists (or `ignore:` names it). The layout matcher says whose a
 * path is, so stray files are reported at that model's `versions:`, and a
 * model's own `ignore:` applies to the paths it attributes to the model.
 *
 * The default layout keeps the fast path of file-checks.ts, whose messages
 * these follow.
 */










/**
 * The repository-relative paths to walk: a stage folder itself where the
 * `{stage}` segment is the folder name; else the entries of the folder above
 * it whose name begins with the folder name (`resources/production.keras`);
 * else (a placeholder above `{stage}`) the whole folder above it.
 */
function templateWalkRoots(reg) {
    const out = new Set();
    const listed = new Map();
    const namesIn = (base) => {
        let names = listed.get(base);
        if (!names) {
            try {
                names = (0,external_node_fs_.readdirSync)(external_node_path_default().join(reg.repoRoot, base));
            }
            catch {
                names = []; // a folder that does not exist holds nothing
            }
            listed.set(base, names);
        }
        return names;
    };
    for (const p of (0,layout_places/* stagePlaces */.p4)(reg)) {
        if (p.depth > 0) {
            // Any folder may hold a stage folder below: all of them but git's own.
            for (const name of namesIn(p.base))
                if (name !== '.git')
                    out.add((0,paths/* joinRel */.gN)(p.base, name));
        }
        else if (p.exact)
            out.add((0,paths/* joinRel */.gN)(p.base, p.folder));
        else {
            for (const name of namesIn(p.base)) {
                if (p.anchored ? name.startsWith(p.start) : name.includes(p.start))
                    out.add((0,paths/* joinRel */.gN)(p.base, name));
            }
        }
    }
    // A path inside another is walked once, with the outer one.
    const roots = [...out].sort();
    return roots.filter((r, i) => !roots.slice(0, i).some(o => r.startsWith(`${o}/`)));
}
/**
 * The benchmark copies and the stray files. `expected` holds every version
 * file (reported missing or hashed by the caller), `reported` the paths the
 * caller already reported (through a linked folder).
 */
function checkTemplateFiles(reg, models, tree, expected, reported) {
    const diagnostics = [];
    const toHash = [];
    const places = (0,layout_places/* stagePlaces */.p4)(reg);
    const matcher = (0,layout_places/* registryMatcher */.eq)(reg);
    const ignore = (0,registry_ignore/* ignoreRules */.ep)(reg);
    const byName = new Map(reg.models.map(m => [m.name, m]));
    const bench = reg.benchmark || undefined;
    const copyPaths = new Set(benchmarkPaths(reg, models));
    /** Model → copy (its folder, or the file of a file layout) → its files: copies of no production version. */
    const staleCopies = new Map();
    const groups = new Map();
    const add = (key, group, rel) => {
        const g = groups.get(key);
        if (g)
            g.files.push(rel);
        else
            groups.set(key, { ...group, files: [rel] });
    };
    for (const rel of tree.keys()) {
        if (reported.has(rel) || expected.has(rel) || copyPaths.has(rel))
            continue;
        if (IGNORED_NAMES.has(rel.slice(rel.lastIndexOf('/') + 1)))
            continue;
        const place = (0,layout_places/* placeOf */.$t)(places, rel);
        if (!place || ignore.anywhere(rel))
            continue;
        const placed = matcher.place(rel);
        const name = placed?.model;
        if (name !== undefined && ignore.forModel(name, rel))
            continue;
        if (reg.onlyModel && name !== reg.onlyModel)
            continue;
        if (!placed || name === undefined) {
            add(`u\0${place.folder}`, { kind: 'unplaced', stage: place.folder }, rel);
            continue;
        }
        const model = byName.get(name);
        if (!model) {
            add(`x\0${name}`, { kind: 'unknown-model', stage: placed.match.stage, model: name }, rel);
            continue;
        }
        const { stage, version } = placed.match;
        const identity = (0,version_order/* versionIdentity */.HN)(reg, model);
        const same = (a, b) => identity(a) === identity(b);
        if (bench && stage === bench.folder) {
            const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
            if (!prod || (version !== undefined && !same(version, prod.version))) {
                const copies = staleCopies.get(name) ?? new Map();
                const key = copyKey(reg, name, stage, version, rel);
                copies.set(key, [...(copies.get(key) ?? []), rel]);
                staleCopies.set(name, copies);
            }
            else {
                const label = `the benchmark copy of ${name} ${prod.version}`;
                add(`b\0${name}`, { kind: 'listed', stage, model: name, label }, rel);
            }
            continue;
        }
        const i = model.spec.versions.findIndex(v => v.stage === stage && (version === undefined || same(v.version, version)));
        if (i >= 0) {
            const label = `${name} ${model.spec.versions[i].version}`;
            add(`v\0${name}\0${i}`, { kind: 'listed', stage, model: name, label }, rel);
        }
        else {
            add(`n\0${name}\0${stage}`, { kind: 'unlisted', stage, model: name }, rel);
        }
    }
    if (bench) {
        for (const model of models)
            benchmarkCopy(reg, model, tree, staleCopies, { diagnostics, toHash });
    }
    for (const g of groups.values())
        diagnostics.push(strayDiagnostic(reg, byName, g));
    return { diagnostics, toHash };
}
/** A stale copy's name in messages: its folder (`…/`) under a folder layout, else the file. */
function copyKey(reg, model, folder, version, rel) {
    const t = (0,layouts/* layoutFor */.Q2)(reg, model, folder);
    if (!t.folder || (version === undefined && t.uses.has('version')))
        return rel;
    return `${(0,render/* renderFolder */.jz)(t, reg.root, { stage: folder, model, version: version ?? '' })}/`;
}
/** The model's benchmark copy where the benchmark folder's layout puts it (see checkBenchmarkCopy). */
function benchmarkCopy(reg, model, tree, staleCopies, out) {
    const bench = reg.benchmark;
    if (!bench)
        return;
    const stale = [...(staleCopies.get(model.name)?.keys() ?? [])];
    checkBenchmarkCopy(reg, model, tree, () => stale, copied => {
        const files = Object.entries(copied.files).map(([file, digest]) => ({
            file,
            digest,
            rel: (0,layout/* benchmarkFilePath */.$z)(reg, model.name, copied.version, file)
        }));
        const ownFolder = (0,layouts/* layoutFor */.Q2)(reg, model.name, bench.folder).folder;
        const where = ownFolder
            ? `${(0,layout/* benchmarkDir */.z4)(reg, model.name, copied.version, (0,layout/* versionFiles */.uP)(copied))}/`
            : files.map(f => f.rel).join(', ');
        return { files, where };
    }, out);
}
function strayDiagnostic(reg, byName, g) {
    const stray = strayList(g.files);
    const model = g.model === undefined ? undefined : byName.get(g.model);
    if (g.kind === 'unplaced' || !model) {
        if (g.kind === 'unknown-model')
            return reg.manifest.diagnostic(modelsKey(reg), `${stray}: no model "${g.model}" in the registry`);
        return reg.manifest.diagnostic(folderEntry(reg, g.stage), `${stray}: no layout of "${g.stage}" (${layoutsOf(reg, g.stage)}) places ${g.files.length === 1 ? 'it' : 'them'} as a file of a version; list ${g.files.length === 1 ? 'it' : 'them'} under ignore: if ${g.files.length === 1 ? 'it is not a model file' : 'they are not model files'}`);
    }
    const at = [...model.at, 'versions'];
    if (g.kind === 'listed') {
        return model.source.diagnostic(at, g.files.length === 1
            ? `stray file ${g.files[0]}: not one of the files the manifest lists for it (${g.label})`
            : `${stray}: not among the files the manifest lists for ${g.label}`);
    }
    return model.source.diagnostic(at, `${stray}: no version of ${model.name} in "${g.stage}" is listed for ${g.files.length === 1 ? 'it' : 'them'}`);
}
/** `stray file a/b`, or the files under the deepest folder that holds them all. */
function strayList(files) {
    if (files.length === 1)
        return `stray file ${files[0]}`;
    const folder = commonFolder(files);
    if (folder === '')
        return `${files.length} stray files: ${files.slice(0, 5).join(', ')}${files.length > 5 ? `, … and ${files.length - 5} more` : ''}`;
    return strayFiles(folder, files);
}
function commonFolder(files) {
    let parts = files[0].split('/').slice(0, -1);
    for (const f of files) {
        const other = f.split('/');
        let i = 0;
        while (i < parts.length && i < other.length - 1 && parts[i] === other[i])
            i++;
        parts = parts.slice(0, i);
    }
    return parts.join('/');
}
/** The distinct templates in force in a folder, as written. */
function layoutsOf(reg, folder) {
    const names = [...new Set(reg.models.map(m => `"${(0,layouts/* layoutFor */.Q2)(reg, m.name, folder).source}"`))];
    return names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
}
/** Where a folder's stray files are reported: its stage entry, `archive:` or `benchmark:` when written. */
function folderEntry(reg, folder) {
    const stage = stageEntry(reg, folder);
    if (stage)
        return stage;
    if (folder === reg.archive.folder && reg.data.archive !== undefined)
        return ['archive'];
    if (reg.benchmark && folder === reg.benchmark.folder && reg.data.benchmark !== undefined)
        return ['benchmark'];
    return modelsKey(reg);
}

;// CONCATENATED MODULE: ./src/registry/file-checks.ts
/**
 * The file rules of SPEC §2: every version's files exist where the folder
 * convention puts them with the recorded sha256 (LFS pointers by their oid),
 * nothing unknown sits under a stage folder, and the benchmark copy mirrors
 * the production version byte for byte. Under any layout but the default
 * (issue #12) the paths come from the templates: template-file-checks.ts.
 */











/** GitHub refuses files over 100 MiB in git (LFS objects are exempt). */
const GITHUB_FILE_LIMIT = 100 * 1024 * 1024;
/** From this many files on, the folder walk runs in a worker thread (it costs ~40 ms to start). */
const WORKER_THRESHOLD = 2000;
async function checkFiles(reg, options = {}) {
    const out = [];
    const stats = { files: 0, bytes: 0, lfsPointers: 0 };
    const large = [];
    const limit = options.largeFileBytes ?? GITHUB_FILE_LIMIT;
    // Synchronous, as the digests below are: a few calls, and node:fs/promises
    // would be loaded for them alone at every start of `validate` (bench: cold start).
    const realRepo = external_node_fs_.realpathSync.native(reg.repoRoot);
    const rootAbs = external_node_path_default().join(reg.repoRoot, reg.root);
    try {
        if (!(0,paths/* isInside */.FK)(realRepo, external_node_fs_.realpathSync.native(rootAbs))) {
            out.push(reg.manifest.diagnostic(['root'], `root "${reg.root}" is a symbolic link that leaves the repository`));
            return { diagnostics: out, stats, large };
        }
    }
    catch {
        // A root that does not exist yet holds no files; missing files are reported below.
    }
    const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models;
    // The default layout keeps its own fast path; any other goes by its templates.
    const templated = !(0,layouts/* usesDefaultLayout */.MZ)(reg);
    const dirs = templated
        ? templateWalkRoots(reg)
        : (0,layout/* managedFolders */.BR)(reg).map(f => reg.onlyModel ? (0,paths/* joinRel */.gN)(reg.root, f, reg.onlyModel) : (0,paths/* joinRel */.gN)(reg.root, f));
    // A stage folder that is itself a link out of the repository would make
    // every file check below read foreign files: stop at that one error.
    for (const dir of dirs) {
        const target = realTarget(external_node_path_default().join(reg.repoRoot, dir));
        if (target && !(0,paths/* isInside */.FK)(realRepo, target)) {
            const at = reg.data.root !== undefined ? ['root'] : [];
            out.push(reg.manifest.diagnostic(at, `${dir} is a symbolic link to ${target}, outside the repository`));
        }
    }
    if (out.length)
        return { diagnostics: out, stats, large };
    const expected = expectations(reg, models);
    // Large registries: walk in a worker while this thread hashes every file
    // the manifest names (without following links: the walk says where links go).
    const walking = expected.size >= (options.workerThreshold ?? WORKER_THRESHOLD)
        ? (0,file_tree/* listTreeInWorker */.C)(reg.repoRoot, realRepo, dirs)
        : Promise.resolve((0,file_tree/* listTree */.n)(reg.repoRoot, realRepo, dirs));
    const early = new Map();
    const copies = benchmarkPaths(reg, models);
    const digested = options.digested ?? new Map();
    for (const rel of [...expected.keys(), ...copies]) {
        if (digested.has(rel))
            continue;
        const d = digestIfPlainFile(external_node_path_default().join(reg.repoRoot, rel));
        if (d)
            early.set(rel, d);
    }
    const tree = await walking;
    const toHash = [];
    // A version folder that is a link was not walked: its files are reported
    // through the link, once, instead of one "missing file" each.
    const linkedFolders = [...tree].filter(([, e]) => e.folder).map(([rel]) => rel);
    const reportedLinks = new Set();
    for (const [rel, exp] of expected) {
        const entry = tree.get(rel);
        const viaLink = entry ? undefined : linkedFolders.find(f => rel.startsWith(`${f}/`));
        if (viaLink !== undefined) {
            if (!reportedLinks.has(viaLink)) {
                reportedLinks.add(viaLink);
                out.push(exp.model.source.diagnostic(exp.at, `${viaLink} is ${tree.get(viaLink).problem}`));
            }
        }
        else if (!entry) {
            out.push(missing(rel, exp));
        }
        else if (entry.problem) {
            out.push(exp.model.source.diagnostic(exp.at, `${rel} is ${entry.problem}`));
        }
        else {
            toHash.push([rel, exp, entry.abs]);
        }
    }
    if (templated) {
        const placed = checkTemplateFiles(reg, models, tree, expected, reportedLinks);
        out.push(...placed.diagnostics);
        toHash.push(...placed.toHash);
    }
    else {
        const benchmark = checkBenchmarks(reg, models, tree);
        out.push(...benchmark.diagnostics);
        toHash.push(...benchmark.toHash);
        out.push(...strays(reg, models, tree, expected, reportedLinks));
    }
    toHash.forEach(([rel, exp, abs]) => {
        const d = early.get(rel) ?? digested.get(rel) ?? readDigest(abs);
        if (typeof d === 'string') {
            out.push(exp.model.source.diagnostic(exp.at, `cannot read ${rel}: ${d}`));
            return;
        }
        stats.files++;
        stats.bytes += d.size;
        if (d.lfs)
            stats.lfsPointers++;
        else if (d.size > limit && exp.kind === 'version')
            large.push({ rel, size: d.size, model: exp.model, at: exp.at });
        const actual = (0,digest/* contentDigest */.eZ)(d);
        if (actual === exp.digest)
            return;
        const source = exp.model.source;
        if (exp.kind === 'benchmark') {
            out.push(source.diagnostic(exp.at, `stale benchmark copy: ${rel} differs from ${exp.label} (recorded ${exp.digest}, file has ${actual})`, source.locate(exp.at, 'value')));
        }
        else if (d.lfs) {
            out.push(source.diagnostic(exp.at, `Git LFS pointer ${rel} carries oid ${actual}, but the manifest records ${exp.digest}`, source.locate(exp.at, 'value')));
        }
        else {
            out.push(source.diagnostic(exp.at, `digest mismatch for ${rel}: the manifest records ${exp.digest}, the file has ${actual}`, source.locate(exp.at, 'value')));
        }
    });
    return { diagnostics: out, stats, large };
}
/**
 * Hashes a path the manifest names if it is a plain regular file; anything
 * else (missing, a link, a FIFO) is left to the checks that follow the walk.
 */
function digestIfPlainFile(abs) {
    try {
        return (0,digest/* digestFileSync */.EX)(abs, { noFollow: true });
    }
    catch {
        return undefined;
    }
}
/** The digest of a file the walk found, or why it cannot be read. */
function readDigest(abs) {
    try {
        return (0,digest/* digestFileSync */.EX)(abs);
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
/**
 * The benchmark copy of each model (SPEC §2) under the default layout: the
 * copied version's files at `<root>/<benchmark>/<M>/<V>/`; the copies found
 * are the folders under `<root>/<benchmark>/<M>/`.
 */
function checkBenchmarks(reg, models, tree) {
    const out = { diagnostics: [], toHash: [] };
    if (!reg.benchmark)
        return out;
    const base = (0,paths/* joinRel */.gN)(reg.root, reg.benchmark.folder);
    const copies = new Map();
    for (const rel of tree.keys()) {
        if (!rel.startsWith(base + '/'))
            continue;
        const [model, version] = rel.slice(base.length + 1).split('/');
        if (version === undefined)
            continue;
        const dirs = copies.get(model) ?? new Set();
        dirs.add(`${base}/${model}/${version}`);
        copies.set(model, dirs);
    }
    for (const model of models) {
        const found = [...(copies.get(model.name) ?? [])];
        const dirOf = (copied) => (0,layout/* benchmarkDir */.z4)(reg, model.name, copied.version);
        checkBenchmarkCopy(reg, model, tree, copied => {
            const dir = copied && dirOf(copied);
            return found.filter(d => d !== dir).map(d => `${d}/`);
        }, copied => {
            const dir = dirOf(copied);
            const files = Object.entries(copied.files);
            return {
                files: files.map(([file, digest]) => ({ file, digest, rel: `${dir}/${file}` })),
                where: `${dir}/`
            };
        }, out);
    }
    return out;
}
/**
 * Files under managed folders that no expectation names, one diagnostic per
 * folder (SPEC §2): a registered version's folder for files it should not
 * hold; a model's folder in a stage for versions the manifest does not list
 * (or any files of a model it does not have); a stage folder for files
 * lying loose in it. Each lists a few of its files (`… and N more`) and sits
 * where the fix goes: the model's `versions:` key, the stage's entry, or
 * `models:` for a model the registry lacks.
 */
function strays(reg, models, tree, expected, reported) {
    const ignored = (0,registry_ignore/* ignoredBy */.gP)(reg);
    const byName = new Map(models.map(m => [m.name, m]));
    const known = new Set([...expected.keys()].map(rel => rel.slice(0, rel.lastIndexOf('/'))));
    const rootPrefix = reg.root === '.' ? '' : `${reg.root}/`;
    const groups = new Map();
    const benchmarkBase = reg.benchmark ? (0,paths/* joinRel */.gN)(reg.root, reg.benchmark.folder) + '/' : undefined;
    for (const rel of tree.keys()) {
        if (benchmarkBase &&
            rel.startsWith(benchmarkBase) &&
            rel.split('/').length > benchmarkBase.split('/').length + 1)
            continue;
        if (reported.has(rel) ||
            expected.has(rel) ||
            IGNORED_NAMES.has(rel.slice(rel.lastIndexOf('/') + 1)) ||
            ignored(rel))
            continue;
        const parts = rel.slice(rootPrefix.length).split('/');
        const [folder, model, version] = parts;
        const versionFolder = parts.length > 3 ? `${rootPrefix}${folder}/${model}/${version}` : undefined;
        const key = parts.length < 3
            ? `${rootPrefix}${folder}` // loose in a stage folder
            : (reg.benchmark && folder === reg.benchmark.folder) ||
                (versionFolder && known.has(versionFolder))
                ? (versionFolder ?? rel)
                : `${rootPrefix}${folder}/${model}`;
        groups.set(key, [...(groups.get(key) ?? []), rel]);
    }
    const out = [];
    for (const [key, files] of groups) {
        const [folder, modelName] = key.slice(rootPrefix.length).split('/');
        const stray = strayFiles(key, files);
        const model = modelName === undefined ? undefined : byName.get(modelName);
        if (modelName === undefined) {
            out.push(reg.manifest.diagnostic(stageEntry(reg, folder) ?? modelsKey(reg), `${stray}: ${key} holds only model folders (${key}/<model>/<version>/)`));
        }
        else if (!model) {
            out.push(reg.manifest.diagnostic(modelsKey(reg), `${stray}: no model "${modelName}" in the registry`));
        }
        else if (reg.benchmark && folder === reg.benchmark.folder && key !== files[0]) {
            const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
            const why = prod
                ? `production of ${model.name} is ${prod.version}`
                : `${model.name} has no production version`;
            out.push(model.source.diagnostic([...model.at, 'versions'], `stale benchmark copy ${key}/: ${why}`));
        }
        else if (known.has(key)) {
            out.push(model.source.diagnostic([...model.at, 'versions'], files.length === 1
                ? `stray file ${files[0]}: not one of the files the manifest lists for it`
                : `${stray}: not among the files the manifest lists for ${model.name} ${key.slice(key.lastIndexOf('/') + 1)}`));
        }
        else {
            out.push(model.source.diagnostic([...model.at, 'versions'], `${stray}: no version of ${model.name} in "${folder}" is listed for ${files.length === 1 ? 'it' : 'them'}`));
        }
    }
    return out;
}
/** Where a path really leads, links resolved; undefined when it does not exist. */
function realTarget(file) {
    try {
        return external_node_fs_.realpathSync.native(file);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 61822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listTreeInWorker),
/* harmony export */   n: () => (/* binding */ listTree)
/* harmony export */ });
/**
 * Lists the files under the managed folders (stage, benchmark and archive
 * folders; a place that is a file is listed as itself) once, so that existence, stray-file and symlink checks need no
 * per-file stat. A symbolic link is never followed: git would commit the
 * link, not the model file, and one leaving the repository would make
 * modelgate read foreign files (SPEC §7). Each is an entry with its problem.
 *
 * On a large registry the walk (120,000 folders for 10,000 models) is bound
 * by the kernel, and hashing is the other half of `validate`'s time: the walk
 * then runs in a worker thread while the main thread hashes (bench).
 */
/**
 * The walk. Self-contained on purpose (built-in modules fetched inside, no
 * module-level names), because its source is also what the worker runs.
 * Synchronous: one readdir per folder with no thread-pool hop is ~4× faster
 * than unbounded async readdir (bench).
 */
function listTree(repoRoot, realRoot, relDirs) {
    const fs = process.getBuiltinModule('node:fs');
    const path = process.getBuiltinModule('node:path');
    const maxDepth = 32;
    const tree = new Map();
    const inside = (child) => {
        const rel = path.relative(realRoot, child);
        return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    };
    const walk = (rel, depth) => {
        if (depth > maxDepth)
            return;
        let entries;
        try {
            entries = fs.readdirSync(path.join(repoRoot, rel), { withFileTypes: true });
        }
        catch {
            // A place a layout names may be a file itself (`resources/production.keras` under `{stage}{ext}`).
            if (depth === 0)
                top(rel);
            return; // a folder that does not exist holds nothing
        }
        for (const e of entries) {
            const childRel = `${rel}/${e.name}`;
            const abs = path.join(repoRoot, childRel);
            if (e.isDirectory())
                walk(childRel, depth + 1);
            else if (e.isFile())
                tree.set(childRel, { abs });
            else if (e.isSymbolicLink())
                link(childRel, abs);
            else
                tree.set(childRel, { abs, problem: 'not a regular file (a FIFO, socket or device)' });
        }
    };
    const link = (rel, abs) => {
        let target;
        try {
            target = fs.realpathSync(abs);
        }
        catch {
            tree.set(rel, { abs, link: true, problem: 'a broken symbolic link' });
            return;
        }
        const folder = fs.statSync(target).isDirectory();
        const problem = !inside(target)
            ? `a symbolic link to ${target}, outside the repository`
            : folder
                ? 'a symbolic link to a folder: git would commit the link, not the model files (put the folder itself here)'
                : 'a symbolic link: git would commit the link, not the model file (put the file itself here)';
        tree.set(rel, { abs, link: true, ...(folder ? { folder } : {}), problem });
    };
    const top = (rel) => {
        const abs = path.join(repoRoot, rel);
        const st = fs.lstatSync(abs, { throwIfNoEntry: false });
        if (!st || st.isDirectory())
            return;
        if (st.isFile())
            tree.set(rel, { abs });
        else if (st.isSymbolicLink())
            link(rel, abs);
        else
            tree.set(rel, { abs, problem: 'not a regular file (a FIFO, socket or device)' });
    };
    for (const d of relDirs)
        walk(d, 0);
    return tree;
}
/** The same walk in a worker thread, so the caller's thread can hash meanwhile. */
function listTreeInWorker(repoRoot, realRoot, relDirs) {
    const source = "const { parentPort, workerData: w } = require('node:worker_threads');" +
        `parentPort.postMessage((${listTree.toString()})(w.repoRoot, w.realRoot, w.relDirs));`;
    return new Promise((resolve, reject) => {
        // Fetched here: worker_threads costs every start ~3 ms, and small registries never walk in a worker.
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        const worker = new Worker(source, { eval: true, workerData: { repoRoot, realRoot, relDirs } });
        worker.once('message', tree => resolve(tree));
        worker.once('error', reject);
        worker.once('exit', code => {
            if (code !== 0)
                reject(new Error(`the file-tree worker stopped with exit code ${code}`));
        });
    });
}


/***/ }),

/***/ 40085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ literalGlob),
/* harmony export */   ep: () => (/* binding */ ignoreRules),
/* harmony export */   gP: () => (/* binding */ ignoredBy)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * `ignore:` (issue #12): globs, relative to `root`, naming files that sit in
 * the stage, benchmark or archive folders but are not model files — a
 * `README.md`, training logs, a `notebooks/` folder. They are neither
 * digested nor reported as stray, and a version folder that moves whole
 * carries them along. The registry's list applies to every path; a model's
 * own list to the paths of that model: `<folder>/<model>/…` under the default
 * layout (ignoredBy), the paths the layout matcher attributes to it under
 * any other (ignoreRules).
 *
 * picomatch does the matching, so `[a-z]`, `{a,b}` and `**` mean what a user
 * expects from `.gitignore`-style tools; `dot: true` lets `**` reach hidden
 * folders.
 */

const rules = new WeakMap();
const tests = new WeakMap();
/**
 * Whether the repository-relative path is one `ignore:` names, a model's
 * list applying to `<folder>/<model>/…` (the default layout); compiled once
 * per registry.
 */
function ignoredBy(reg) {
    const cached = tests.get(reg);
    if (cached)
        return cached;
    const { anywhere, forModel, any } = ignoreRules(reg);
    const prefix = rootPrefix(reg);
    const test = any
        ? repoRel => {
            if (anywhere(repoRel))
                return true;
            const model = repoRel.startsWith(prefix)
                ? repoRel.slice(prefix.length).split('/')[1]
                : undefined;
            return model !== undefined && forModel(model, repoRel);
        }
        : () => false;
    tests.set(reg, test);
    return test;
}
/**
 * The lists apart, for layouts where a path's model is not its second
 * segment (`{stage}/{model}_v{version}`, or no `{model}` at all): the caller
 * asks the layout matcher whose a path is and then applies that model's list.
 */
function ignoreRules(reg) {
    const cached = rules.get(reg);
    if (cached)
        return cached;
    const options = { dot: true };
    const own = reg.data.ignore ?? [];
    const registryWide = own.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(own, options) : undefined;
    const perModel = new Map();
    for (const m of reg.models) {
        if (m.spec.ignore?.length)
            perModel.set(m.name, picomatch__WEBPACK_IMPORTED_MODULE_0___default()(m.spec.ignore, options));
    }
    const prefix = rootPrefix(reg);
    const underRoot = (repoRel) => repoRel.startsWith(prefix) ? repoRel.slice(prefix.length) : undefined;
    const made = {
        anywhere: repoRel => {
            const rel = underRoot(repoRel);
            return registryWide !== undefined && rel !== undefined && registryWide(rel);
        },
        forModel: (model, repoRel) => {
            const test = perModel.get(model);
            const rel = underRoot(repoRel);
            return test !== undefined && rel !== undefined && test(rel);
        },
        any: registryWide !== undefined || perModel.size > 0
    };
    rules.set(reg, made);
    return made;
}
/** What a repository-relative path under `root` starts with. */
function rootPrefix(reg) {
    return reg.root === '.' || reg.root === '' ? '' : `${reg.root}/`;
}
/** A glob that names exactly `rel` (a path relative to `root`): picomatch's special characters escaped. */
function literalGlob(rel) {
    return rel.replace(/[\\*?[\](){}!+@|^$]/g, c => `\\${c}`);
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


/***/ })

};
