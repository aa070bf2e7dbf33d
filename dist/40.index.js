export const id = 40;
export const ids = [40];
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

/***/ 66659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ IGNORED_NAMES),
/* harmony export */   gw: () => (/* binding */ checkFiles),
/* harmony export */   jN: () => (/* binding */ GITHUB_FILE_LIMIT)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35035);
/* harmony import */ var _ignore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40085);
/* harmony import */ var _file_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61822);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27853);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(143);
/**
 * The file rules of SPEC §2: every version's files exist where the folder
 * convention puts them with the recorded sha256 (LFS pointers by their oid),
 * nothing unknown sits under a stage folder, and the benchmark copy mirrors
 * the production version byte for byte.
 */







/** GitHub refuses files over 100 MiB in git (LFS objects are exempt). */
const GITHUB_FILE_LIMIT = 100 * 1024 * 1024;
/** From this many files on, the folder walk runs in a worker thread (it costs ~40 ms to start). */
const WORKER_THRESHOLD = 2000;
/** Files a user may keep in empty folders so git tracks them. */
const IGNORED_NAMES = new Set(['.gitkeep']);
async function checkFiles(reg, options = {}) {
    const out = [];
    const stats = { files: 0, bytes: 0, lfsPointers: 0 };
    const large = [];
    const limit = options.largeFileBytes ?? GITHUB_FILE_LIMIT;
    const realRepo = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(reg.repoRoot);
    const rootAbs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(reg.repoRoot, reg.root);
    try {
        if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(realRepo, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(rootAbs))) {
            out.push(reg.manifest.diagnostic(['root'], `root "${reg.root}" is a symbolic link that leaves the repository`));
            return { diagnostics: out, stats, large };
        }
    }
    catch {
        // A root that does not exist yet holds no files; missing files are reported below.
    }
    const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models;
    const dirs = (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .managedFolders */ .BR)(reg).map(f => reg.onlyModel ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .joinRel */ .gN)(reg.root, f, reg.onlyModel) : (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .joinRel */ .gN)(reg.root, f));
    // A stage folder that is itself a link out of the repository would make
    // every file check below read foreign files: stop at that one error.
    for (const dir of dirs) {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(reg.repoRoot, dir)).catch(() => undefined);
        if (target && !(0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(realRepo, target)) {
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
        ? (0,_file_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .listTreeInWorker */ .C)(reg.repoRoot, realRepo, dirs)
        : Promise.resolve((0,_file_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .listTree */ .n)(reg.repoRoot, realRepo, dirs));
    const early = new Map();
    for (const rel of [...expected.keys(), ...benchmarkPaths(reg, models)]) {
        const d = digestIfPlainFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(reg.repoRoot, rel));
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
    const benchmark = checkBenchmarks(reg, models, tree);
    out.push(...benchmark.diagnostics);
    toHash.push(...benchmark.toHash);
    out.push(...strays(reg, models, tree, expected, reportedLinks));
    toHash.forEach(([rel, exp, abs]) => {
        const d = early.get(rel) ?? readDigest(abs);
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
        const actual = (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .contentDigest */ .eZ)(d);
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
function expectations(reg, models) {
    const expected = new Map();
    for (const model of models) {
        model.spec.versions.forEach((v, i) => {
            const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .versionDir */ .EE)(reg, model.name, v);
            for (const [file, digest] of Object.entries(v.files)) {
                expected.set(`${dir}/${file}`, {
                    model,
                    at: [...model.at, 'versions', i, 'files', file],
                    digest,
                    kind: 'version',
                    label: `${model.name} ${v.version}`
                });
            }
        });
    }
    return expected;
}
/**
 * Hashes a path the manifest names if it is a plain regular file; anything
 * else (missing, a link, a FIFO) is left to the checks that follow the walk.
 */
function digestIfPlainFile(abs) {
    try {
        return (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestFileSync */ .EX)(abs, { noFollow: true });
    }
    catch {
        return undefined;
    }
}
/** The digest of a file the walk found, or why it cannot be read. */
function readDigest(abs) {
    try {
        return (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestFileSync */ .EX)(abs);
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
/** Where each model's benchmark copy must be: the production version's files. */
function benchmarkPaths(reg, models) {
    const out = [];
    for (const model of models) {
        const prod = (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .benchmarkSource */ .Dv)(reg, model);
        if (!prod)
            continue;
        const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .benchmarkDir */ .z4)(reg, model.name, prod.version);
        for (const file of Object.keys(prod.files))
            out.push(`${dir}/${file}`);
    }
    return out;
}
function missing(rel, exp) {
    return exp.model.source.diagnostic(exp.at, `missing file ${rel} (recorded for ${exp.label})`);
}
/**
 * The benchmark copy of each model (SPEC §2): the production version's files
 * at `<root>/<benchmark>/<M>/<V>/`. Every problem with a copy is reported at
 * the production version's `stage:` line, once per copy: missing, incomplete,
 * or stale (a copy of another version; other bytes are found when hashing).
 */
function checkBenchmarks(reg, models, tree) {
    const diagnostics = [];
    const toHash = [];
    if (!reg.benchmark)
        return { diagnostics, toHash };
    const base = (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .joinRel */ .gN)(reg.root, reg.benchmark.folder);
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
        const prod = (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .benchmarkSource */ .Dv)(reg, model);
        const found = [...(copies.get(model.name) ?? [])];
        if (!prod) {
            for (const dir of found) {
                diagnostics.push(model.source.diagnostic([...model.at, 'versions'], `stale benchmark copy ${dir}/: ${model.name} has no ${reg.benchmark.copyOf} version`));
            }
            continue;
        }
        const i = model.spec.versions.indexOf(prod);
        const at = [...model.at, 'versions', i, 'stage'];
        // Positions are built only when there is something to report.
        const report = (message) => diagnostics.push(model.source.diagnostic(at, message, model.source.locate(at, 'value')));
        const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .benchmarkDir */ .z4)(reg, model.name, prod.version);
        const label = `${reg.benchmark.copyOf} ${model.name} ${prod.version}`;
        const others = found.filter(d => d !== dir);
        const files = Object.entries(prod.files);
        const absent = files.filter(([f]) => !tree.has(`${dir}/${f}`)).map(([f]) => f);
        if (absent.length === files.length) {
            const why = others.length
                ? `stale benchmark copy ${others.join('/, ')}/: ${label} is expected at ${dir}/`
                : `missing benchmark copy of ${label}: expected ${dir}/`;
            report(why);
            continue;
        }
        if (absent.length)
            report(`benchmark copy ${dir}/ of ${label} is incomplete: missing ${absent.join(', ')}`);
        for (const other of others)
            report(`stale benchmark copy ${other}/: ${label} is the one to copy`);
        for (const [file, digest] of files) {
            const rel = `${dir}/${file}`;
            const entry = tree.get(rel);
            if (!entry)
                continue;
            if (entry.problem)
                report(`${rel} is ${entry.problem}`);
            else
                toHash.push([rel, { model, at, digest, kind: 'benchmark', label }, entry.abs]);
        }
    }
    return { diagnostics, toHash };
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
    const ignored = (0,_ignore_js__WEBPACK_IMPORTED_MODULE_3__/* .ignoredBy */ .g)(reg);
    const byName = new Map(models.map(m => [m.name, m]));
    const known = new Set([...expected.keys()].map(rel => rel.slice(0, rel.lastIndexOf('/'))));
    const rootPrefix = reg.root === '.' ? '' : `${reg.root}/`;
    const groups = new Map();
    const benchmarkBase = reg.benchmark ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .joinRel */ .gN)(reg.root, reg.benchmark.folder) + '/' : undefined;
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
            const prod = (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .benchmarkSource */ .Dv)(reg, model);
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


/***/ }),

/***/ 61822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listTreeInWorker),
/* harmony export */   n: () => (/* binding */ listTree)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Lists the files under the managed folders (stage, benchmark and archive
 * folders) once, so that existence, stray-file and symlink checks need no
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
    for (const d of relDirs)
        walk(d, 0);
    return tree;
}
/** The same walk in a worker thread, so the caller's thread can hash meanwhile. */
function listTreeInWorker(repoRoot, realRoot, relDirs) {
    const source = "const { parentPort, workerData: w } = require('node:worker_threads');" +
        `parentPort.postMessage((${listTree.toString()})(w.repoRoot, w.realRoot, w.relDirs));`;
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(source, { eval: true, workerData: { repoRoot, realRoot, relDirs } });
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
/* harmony export */   I: () => (/* binding */ literalGlob),
/* harmony export */   g: () => (/* binding */ ignoredBy)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * `ignore:` (issue #12): globs, relative to `root`, naming files that sit in
 * the stage, benchmark or archive folders but are not model files — a
 * `README.md`, training logs, a `notebooks/` folder. They are neither
 * digested nor reported as stray, and a version folder that moves whole
 * carries them along. The registry's list applies to every path; a model's
 * own list to the paths of that model (`<folder>/<model>/…`).
 *
 * picomatch does the matching, so `[a-z]`, `{a,b}` and `**` mean what a user
 * expects from `.gitignore`-style tools; `dot: true` lets `**` reach hidden
 * folders.
 */

const tests = new WeakMap();
/** Whether the repository-relative path is one `ignore:` names; compiled once per registry. */
function ignoredBy(reg) {
    const cached = tests.get(reg);
    if (cached)
        return cached;
    const test = compile(reg);
    tests.set(reg, test);
    return test;
}
function compile(reg) {
    const options = { dot: true };
    const own = reg.data.ignore ?? [];
    const registryWide = own.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(own, options) : undefined;
    const perModel = new Map();
    for (const m of reg.models) {
        if (m.spec.ignore?.length)
            perModel.set(m.name, picomatch__WEBPACK_IMPORTED_MODULE_0___default()(m.spec.ignore, options));
    }
    if (!registryWide && perModel.size === 0)
        return () => false;
    const prefix = reg.root === '.' || reg.root === '' ? '' : `${reg.root}/`;
    return repoRel => {
        if (!repoRel.startsWith(prefix))
            return false;
        const rel = repoRel.slice(prefix.length);
        if (registryWide?.(rel))
            return true;
        const model = rel.split('/')[1];
        return model !== undefined && (perModel.get(model)?.(rel) ?? false);
    };
}
/** A glob that names exactly `rel` (a path relative to `root`): picomatch's special characters escaped. */
function literalGlob(rel) {
    return rel.replace(/[\\*?[\](){}!+@|^$]/g, c => `\\${c}`);
}


/***/ })

};
