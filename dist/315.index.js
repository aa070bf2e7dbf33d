export const id = 315;
export const ids = [315];
export const modules = {

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xp: () => (/* binding */ inspectFile),
/* harmony export */   eF: () => (/* binding */ realOrSame),
/* harmony export */   gP: () => (/* binding */ readIfPlainFile),
/* harmony export */   qV: () => (/* binding */ notFileKind)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95861);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/**
 * What sits at a path where modelgate expects a file (SPEC §7), found with
 * lstat/stat before anything opens it: a FIFO would hang the read, a folder
 * would fail it with EISDIR, and a symbolic link may lead out of the
 * workspace, whose files must never be read or quoted. Callers name the
 * path and what it is for; the reason here says what is wrong with it.
 */



/** "a folder", "a FIFO (named pipe)", … for anything that is not a regular file. */
function notFileKind(st) {
    if (st.isDirectory())
        return 'a folder';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** Looks at `abs` without opening it. */
function inspectFile(abs, rules = {}) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs, { throwIfNoEntry: false });
    }
    catch (err) {
        return { kind: 'bad', reason: `cannot be read (${err.code})` };
    }
    if (!st)
        return { kind: 'missing' };
    let real = abs;
    if (st.isSymbolicLink()) {
        const roots = rules.linksWithin ?? [];
        if (roots.length === 0) {
            return {
                kind: 'bad',
                reason: 'is a symbolic link; modelgate takes the file itself, not a link to it'
            };
        }
        try {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
        }
        catch {
            return { kind: 'bad', reason: 'is a broken symbolic link' };
        }
        if (!roots.some(r => (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .FK)(realOrSame(r), real))) {
            return {
                kind: 'bad',
                reason: `is a symbolic link to ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(real)}, outside ${rules.within ?? 'the workspace'}`
            };
        }
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    }
    if (!st.isFile())
        return { kind: 'bad', reason: `is ${notFileKind(st)}, not a file` };
    return { kind: 'file', real };
}
/** The path with every link resolved, or the path itself when it does not resolve. */
function realOrSame(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/**
 * The bytes of `abs` when it is a regular file and not a link, with one open
 * and no lstat first (10,000 shards: one syscall and one Stats each fewer);
 * undefined for anything else — missing, a link, a FIFO, a folder — which
 * `inspectFile` then explains. O_NOFOLLOW refuses a link at the open, and
 * O_NONBLOCK keeps a FIFO's open from waiting for a writer.
 */
function readIfPlainFile(abs) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        return st.isFile() ? readWhole(fd, st.size) : undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * A regular file's bytes, read into a buffer one byte larger than its size:
 * a read that stops at the size fstat gave has met the end, so an unchanged
 * file costs one read (readFileSync(fd) would fstat again, then read once
 * more to see the end). A file that grew meanwhile is read on to its end.
 */
function readWhole(fd, size) {
    const buffer = Buffer.allocUnsafe(size + 1);
    let filled = 0;
    while (filled < buffer.length) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, null);
        if (n === 0)
            return buffer.subarray(0, filled);
        filled += n;
        if (filled === size)
            return buffer.subarray(0, filled);
    }
    return Buffer.concat([buffer, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd)]);
}


/***/ }),

/***/ 74001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   NB: () => (/* binding */ shardPathFor),
/* harmony export */   bz: () => (/* binding */ hasGlob),
/* harmony export */   hT: () => (/* binding */ expandGlob),
/* harmony export */   sB: () => (/* binding */ matchGlob),
/* harmony export */   tv: () => (/* binding */ isGlobPattern)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Expands the `include:` globs of a sharded registry (SPEC §2). Supports `*`
 * and `?` within a segment and `**` across segments, which is what shard
 * layouts use (`models/*\/model.yaml`). Results are repository-relative and
 * sorted, so errors and outputs are stable. Synchronous: a literal segment
 * is one stat, not a folder listing, which matters with 10,000 model folders.
 */


function segmentRegex(segment) {
    const body = segment
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${body}$`);
}
function hasGlob(segment) {
    return /[*?]/.test(segment);
}
/** Whether a repository-relative path is a glob (some segment has a wildcard), not a path. */
function isGlobPattern(pattern) {
    return pattern.split('/').some(hasGlob);
}
/** Lists files under `repoRoot` matching `pattern` (a repository-relative glob). */
function expandGlob(repoRoot, pattern) {
    const segments = pattern.split('/').filter(s => s !== '' && s !== '.');
    const out = new Set();
    walk('', 0);
    return [...out].sort();
    function walk(rel, i) {
        if (i === segments.length) {
            out.add(rel);
            return;
        }
        const seg = segments[i];
        const last = i === segments.length - 1;
        if (seg === '**') {
            walk(rel, i + 1);
            for (const e of list(rel))
                if (e.isDirectory())
                    walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(rel, e.name), i);
            return;
        }
        if (!hasGlob(seg)) {
            const child = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(rel, seg);
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, child);
            const st = (last ? node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync : node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs, { throwIfNoEntry: false });
            if (st && (last ? notFolder(child, st) : st.isDirectory()))
                walk(child, i + 1);
            return;
        }
        const re = segmentRegex(seg);
        for (const e of list(rel)) {
            if (!re.test(e.name) || e.name.startsWith('.'))
                continue;
            const child = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(rel, e.name);
            if (last ? notFolder(child, e) : e.isDirectory())
                walk(child, i + 1);
        }
    }
    /**
     * A match for the last segment: anything but a folder (or a link to one), so that the
     * reader sees a link, a FIFO or a device where a file belongs and says so, rather
     * than the pattern silently matching less.
     */
    function notFolder(rel, e) {
        if (e.isDirectory())
            return false;
        if (!e.isSymbolicLink())
            return true;
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, rel), { throwIfNoEntry: false });
        return !target?.isDirectory();
    }
    function list(rel) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, rel), { withFileTypes: true });
        }
        catch {
            return [];
        }
    }
}
/**
 * For `validate --model M`: the one file a pattern names for model M, found by
 * substituting M for the pattern's single `*` segment, so a command about one
 * model reads only that model's file whatever the registry's size.
 */
function shardPathFor(pattern, model) {
    const segments = pattern.split('/');
    const wild = segments.filter(hasGlob);
    if (wild.length !== 1 || wild[0] !== '*')
        return undefined;
    return segments.map(s => (s === '*' ? model : s)).join('/');
}
/**
 * The files of `paths` (repository-relative, e.g. a git revision's listing)
 * that `pattern` matches, by the same rules as expandGlob: a wildcard never
 * matches a name starting with `.`. Sorted.
 */
function matchGlob(pattern, paths) {
    const segments = pattern.split('/').filter(s => s !== '' && s !== '.');
    const regexes = segments.map(s => (s === '**' || !hasGlob(s) ? undefined : segmentRegex(s)));
    // A literal last segment is the matching path's last part: checked before the path is split,
    // which spares the split of every other file of a revision's listing (70,000 for 10,000 shards).
    const last = segments.at(-1);
    const ends = last !== undefined && last !== '**' && !hasGlob(last) ? last : undefined;
    const out = [];
    for (const p of paths) {
        if (ends !== undefined && p !== ends && !p.endsWith(`/${ends}`))
            continue;
        if (matches(p.split('/'), 0, 0))
            out.push(p);
    }
    return out.sort();
    function matches(parts, i, j) {
        if (i === segments.length)
            return j === parts.length;
        if (j === parts.length)
            return false;
        const seg = segments[i];
        if (seg === '**') {
            // Zero folders, or one more folder (never the file itself).
            return matches(parts, i + 1, j) || (j < parts.length - 1 && matches(parts, i, j + 1));
        }
        const re = regexes[i];
        const ok = re ? re.test(parts[j]) && !parts[j].startsWith('.') : seg === parts[j];
        return ok && matches(parts, i + 1, j + 1);
    }
}
/** The literal folder a pattern starts with (`models` for `models/*\/model.yaml`), '' for none. */
function globBase(pattern) {
    const segments = pattern.split('/').filter(s => s !== '' && s !== '.');
    const literal = [];
    for (const s of segments.slice(0, -1)) {
        if (s === '**' || hasGlob(s))
            break;
        literal.push(s);
    }
    return literal.join('/');
}


/***/ }),

/***/ 17117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o2: () => (/* binding */ UnreadableFileError),
  Ag: () => (/* binding */ loadRegistry),
  yV: () => (/* binding */ loadRegistryWith),
  Hp: () => (/* binding */ utf8Text)
});

// UNUSED EXPORTS: ManifestEncodingError

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/registry/encoding.ts
/**
 * Manifests are UTF-8 (SPEC §2). A UTF-8 byte order mark is accepted and kept, so that an edit
 * writes back every byte it did not mean to change; any other encoding (UTF-16 and UTF-32 with
 * or without their byte order mark, Latin-1, Windows-1252, …) is refused with its name and the
 * line of the first byte that is not UTF-8, instead of being read with U+FFFD in its place and
 * rewritten that way by the next promotion. Pure: bytes in, text or the problem out.
 */
const ADVICE = 'save it as UTF-8';
// One decoder for every file: a decode without `stream` starts afresh, and constructing one per
// file was a measurable part of reading 10,000 shards. ignoreBOM keeps a byte order mark in the
// text: it is written back as it was read.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The text of a manifest's bytes, or why they are not UTF-8. */
function decodeManifest(bytes) {
    const lossy = () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const wide = wideEncoding(bytes);
    if (wide) {
        return {
            problem: { message: `the file is ${wide}, not UTF-8; ${ADVICE}`, line: 1, col: 1 },
            lossyText: ''
        };
    }
    try {
        return { text: strictUtf8.decode(bytes) };
    }
    catch {
        // not UTF-8: find where, below
    }
    const bad = firstInvalidUtf8(bytes) ?? 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
    const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    const guess = singleByteGuess(bytes);
    return {
        problem: {
            message: `the file is not UTF-8: byte 0x${byte} at line ${line} is not valid UTF-8${guess}; ${ADVICE}`,
            line,
            col
        },
        lossyText: lossy()
    };
}
/** UTF-16 or UTF-32, by byte order mark or by the NUL bytes ASCII text has in them. */
function wideEncoding(b) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
        return 'UTF-32 (little-endian)';
    if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        return 'UTF-32 (big-endian)';
    if (b[0] === 0xff && b[1] === 0xfe)
        return 'UTF-16 (little-endian)';
    if (b[0] === 0xfe && b[1] === 0xff)
        return 'UTF-16 (big-endian)';
    // Without a byte order mark: ASCII characters in UTF-16 have a NUL byte beside them.
    if (b.length >= 2 && b.indexOf(0) >= 0) {
        if (b.length >= 4 && b[1] === 0 && b[2] === 0 && b[3] === 0)
            return 'UTF-32 (little-endian)';
        if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0)
            return 'UTF-32 (big-endian)';
        if (b[0] !== 0 && b[1] === 0)
            return 'UTF-16 (little-endian, no byte order mark)';
        if (b[0] === 0 && b[1] !== 0)
            return 'UTF-16 (big-endian, no byte order mark)';
    }
    return undefined;
}
/** A hint at the single-byte encoding the file probably is in. */
function singleByteGuess(b) {
    for (const byte of b) {
        if (byte >= 0x80 && byte <= 0x9f)
            return ' (the file looks like Windows-1252)';
    }
    return ' (the file looks like ISO-8859-1 or Windows-1252)';
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        let max = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
            min = c === 0xe0 ? 0xa0 : 0x80;
            max = c === 0xed ? 0x9f : 0xbf;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            // No overlong forms (F0 80..8F) and nothing past U+10FFFF (F4 90..).
            min = c === 0xf0 ? 0x90 : 0x80;
            max = c === 0xf4 ? 0x8f : 0xbf;
        }
        else {
            return i;
        }
        if (b[i + 1] === undefined || b[i + 1] < min || b[i + 1] > max)
            return i;
        for (let k = 2; k <= need; k++) {
            const next = b[i + k];
            if (next === undefined || next < 0x80 || next > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/registry/file-kind.ts
var file_kind = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/registry/glob.ts
var glob = __webpack_require__(74001);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/repo-root.ts
var repo_root = __webpack_require__(75568);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
;// CONCATENATED MODULE: ./src/registry/generated/schema-validators.js
// Generated by scripts/build-schema-validator.mjs from schema/registry.schema.json. Do not edit.
/* eslint-disable */
const func2 = ucs2length["default"] ?? ucs2length;const func0 = equal["default"] ?? equal;"use strict";const validateRegistry = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/acme/modelgate/v1/schema/registry.schema.json","title":"modelgate registry manifest","description":"A modelgate registry (models/registry.yaml): which models exist, which versions sit in which stage folder, and what each model must achieve. Per-model files of a sharded registry validate against #/$defs/modelFile.","type":"object","properties":{"$schema":{"description":"URI of this JSON Schema, for editors (JSON manifests).","type":"string","minLength":1},"apiVersion":{"description":"Manifest format version.","const":"modelgate/v1"},"root":{"description":"Folder that holds the stage folders, relative to the repository root. Default: the manifest's folder.","type":"string","minLength":1},"layout":{"description":"The registry's default layout template (see #/$defs/layout). Default: `{stage}/{model}/{version}`.","$ref":"#/$defs/layout"},"versioning":{"description":"How versions are named and ordered, for every model that does not say (see #/$defs/versioning). Default: semver.","$ref":"#/$defs/versioning"},"stages":{"description":"Ordered promotion path. Stage names must be unique. Default: development → experimental (gates: metrics) → staging (gates: metrics, compare: benchmark) → production (capacity 1; gates: metrics).","type":"array","items":{"$ref":"#/$defs/stage"},"minItems":1,"default":[{"name":"development"},{"name":"experimental","gates":{"metrics":true}},{"name":"staging","gates":{"metrics":true,"compare":"benchmark"}},{"name":"production","capacity":1,"gates":{"metrics":true}}]},"benchmark":{"description":"The benchmark copy of each model's production version, which candidates are compared against; `false` disables copies (then `compare: benchmark` gates are an error).","oneOf":[{"$ref":"#/$defs/benchmark"},{"const":false}],"default":{"folder":"benchmark","copyOf":"production"}},"archive":{"description":"Where displaced and retired versions go.","$ref":"#/$defs/archive","default":{"folder":"archived"}},"include":{"description":"Globs (relative to the repository root) of per-model files, each holding one model (see #/$defs/modelFile).","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"ignore":{"description":"Globs, relative to `root`, of files in the stage, benchmark or archive folders that are not model files (a `README.md`, logs, notebooks): they are neither digested nor reported as stray, and travel with a version folder that moves whole. `**` crosses folders; `[a-z]` and `{a,b}` work as in .gitignore-style tools.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"models":{"description":"Model name → model entry.","type":"object","propertyNames":{"$ref":"#/$defs/modelName"},"additionalProperties":{"$ref":"#/$defs/model"}},"history":{"description":"Append-only promotion log, written in each promotion commit.","type":"array","items":{"$ref":"#/$defs/historyEntry"}}},"required":["apiVersion"],"additionalProperties":false,"$defs":{"modelName":{"title":"Model name","description":"Lower-case letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 63 characters.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$"},"stageName":{"title":"Stage or folder name","description":"A stage name or a benchmark/archive folder name: lower-case letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 63 characters.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$"},"metricName":{"title":"Metric name","description":"A metric name as reported by the evaluation (nested names flattened with `.`).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.:-]*$"},"digest":{"title":"Digest","description":"SHA-256 of the file's bytes: `sha256:` followed by 64 lower-case hex digits.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"withheldVariable":{"title":"Withheld variable","description":"An environment variable modelgate withholds from manifest commands: an action input (`INPUT_*`), `GITHUB_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL` or `ACTIONS_ID_TOKEN_REQUEST_*`.","type":"string","pattern":"^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$"},"duration":{"title":"Duration","description":"A number followed by `s`, `m` or `h` (`90s`, `30m`, `1.5h`).","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?[smh]$"},"timestamp":{"title":"Timestamp","description":"An RFC 3339 date-time (`2026-10-01T12:00:00Z`).","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"},"stage":{"title":"Stage","description":"One step of the promotion path; its folder is `<root>/<name>/` under the default layout.","type":"object","properties":{"name":{"description":"Stage name, also its folder name. Unique.","$ref":"#/$defs/stageName"},"layout":{"description":"Layout template of this stage's folder, for every model (overrides the model's and the registry's `layout`).","$ref":"#/$defs/layout"},"capacity":{"description":"Most versions of one model the stage may hold; entering a full stage archives the version it displaces. Omitted: unlimited.","type":"integer","minimum":1},"gates":{"description":"Conditions a version must meet to enter this stage. Not cumulative: each stage lists its own. Omitted: none.","$ref":"#/$defs/gates"},"checklist":{"description":"Acceptance criteria copied into the promotion pull request body.","type":"array","items":{"type":"string","minLength":1}},"rollout":{"description":"Gradual rollout (shadow, canary, A/B) when entering this stage.","$ref":"#/$defs/rollout"}},"required":["name"],"additionalProperties":false},"gates":{"title":"Gates","description":"Conditions a version must meet to enter a stage.","type":"object","properties":{"metrics":{"description":"Every absolute threshold (`min`/`max`) of the model's metric policy must hold.","type":"boolean","default":false},"compare":{"description":"`benchmark`: the candidate must beat the benchmark copy under the model's `compare` policy and metric policies.","enum":["benchmark"]},"approvals":{"description":"Number of approving reviews required; stated in the pull request checklist.","type":"integer","minimum":0,"default":0}},"additionalProperties":false},"rollout":{"title":"Rollout","description":"Entering the stage puts the candidate beside the incumbent with `traffic` set to the first step; each further promote moves to the next step. Capacity, archiving and the benchmark refresh apply at 100.","type":"object","properties":{"steps":{"description":"Traffic percentages, in order (`0` = shadow mode), e.g. `[10, 25, 50, 100]`.","type":"array","items":{"type":"integer","minimum":0,"maximum":100},"minItems":1,"uniqueItems":true}},"required":["steps"],"additionalProperties":false},"benchmark":{"title":"Benchmark copy","description":"The copy of each model's production version (at `<root>/<folder>/<model>/<version>/` under the default layout), refreshed whenever production changes.","type":"object","properties":{"folder":{"description":"Folder (under `root`) holding the benchmark copies.","$ref":"#/$defs/stageName"},"copyOf":{"description":"The stage whose version is copied.","$ref":"#/$defs/stageName"},"layout":{"description":"Layout template of the benchmark copies (overrides the model's and the registry's `layout`).","$ref":"#/$defs/layout"}},"required":["folder","copyOf"],"additionalProperties":false},"archive":{"title":"Archive","description":"Where displaced and retired versions live (`<root>/<folder>/<model>/<version>/` under the default layout).","type":"object","properties":{"folder":{"description":"Archive folder under `root`; also the `stage` of archived versions.","$ref":"#/$defs/stageName"},"layout":{"description":"Layout template of the archive (overrides the model's and the registry's `layout`); its paths must contain `{version}`, since the archive keeps every retired version.","$ref":"#/$defs/layout"}},"required":["folder"],"additionalProperties":false},"metricPolicy":{"title":"Metric policy","description":"How one metric is judged: thresholds, required improvement, allowed regression.","type":"object","properties":{"goal":{"description":"Whether larger (`maximize`) or smaller (`minimize`) values are better.","enum":["maximize","minimize"]},"min":{"description":"Absolute threshold: the value must be ≥ `min`.","type":"number"},"max":{"description":"Absolute threshold: the value must be ≤ `max`.","type":"number"},"minDelta":{"description":"Primary metric: improvement over the benchmark required, in the metric's units. Default 0 (a tie passes).","type":"number","minimum":0,"default":0},"minRelDelta":{"description":"Primary metric: improvement over the benchmark required, relative to |benchmark| (0.01 = 1%). Default 0.","type":"number","minimum":0,"default":0},"tolerance":{"description":"Guardrail: regression allowed, relative to |benchmark| (maximize: candidate ≥ benchmark − tolerance·|benchmark|; mirrored for minimize).","type":"number","minimum":0},"maxRegression":{"description":"Guardrail: regression allowed, in the metric's units.","type":"number","minimum":0}},"required":["goal"],"additionalProperties":false},"command":{"title":"Command","description":"A command run from the repository root, split into words like a POSIX shell and run without a shell unless `shell: bash`. Placeholders are substituted per argument: `{model}` (the model's name), `{version}`, `{stage}`, `{model_dir}` (the version's folder), `{model_file}` (its one file, for a one-file model), `{output_dir}` (`<output-dir>/<model>/<version>/`, absolute) and `{workspace}` (the repository root); `{{` and `}}` are literal braces.","type":"object","properties":{"run":{"description":"The command line.","type":"string","minLength":1},"timeout":{"description":"Time limit (`<n>s|m|h`); at the limit the whole process group is killed.","$ref":"#/$defs/duration"},"shell":{"description":"Run the command through `bash -c` instead of splitting it into argv.","enum":["bash"]},"metrics":{"description":"Metrics file written by the command (JSON, YAML or `name,value` CSV), relative to `{output_dir}`.","type":"string","minLength":1},"predictions":{"description":"Predictions file (CSV: `y_true,y_pred[,y_score]`, optional `id`), relative to `{output_dir}`; standard metrics are computed from it.","type":"string","minLength":1},"data":{"description":"Dataset files the evaluation reads, relative to the repository root; their digests go into `result.json`, `compare` refuses results made on different data, and `plan` with a base plans every live version of the model again when one of them changes.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"inputs":{"description":"Files the command's result depends on besides the model and `data`: its code, helpers, requirements (e.g. `evaluate.py`, `lib/**/*.py`, `requirements.txt`), relative to the repository root; a glob matches files (`*`, `?`, `**`), a folder stands for every file below it. The evaluation cache keys a result by their digests, so a change to one evaluates again, and `plan` with a base plans every live version of the model again when one of them changes; code not listed here is seen by neither.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"env":{"description":"Variables the command is given although modelgate withholds them from manifest commands: the action's inputs (`INPUT_*`, the token among them), `GITHUB_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL` and `ACTIONS_ID_TOKEN_REQUEST_*`. An explicit opt-in, shown in the log; the job's other variables are always passed.","type":"array","items":{"$ref":"#/$defs/withheldVariable"},"uniqueItems":true}},"required":["run"],"additionalProperties":false},"monitor":{"title":"Monitor","description":"Production monitoring, run by the `monitor` command.","type":"object","properties":{"evaluate":{"description":"Evaluates the production version on fresh data; its metrics are compared with the version's recorded metrics under the model's policy.","$ref":"#/$defs/command"},"reference":{"description":"Feature data the production model was trained on (CSV or JSON lines), relative to the repository root.","type":"string","minLength":1},"current":{"description":"Recent feature data (CSV or JSON lines): a path or a glob, relative to the repository root.","type":"string","minLength":1},"drift":{"description":"Drift thresholds between `reference` and `current`, per column.","type":"object","properties":{"psi":{"description":"Population stability index above which a column has drifted.","type":"number","exclusiveMinimum":0},"ksAlpha":{"description":"Level of the two-sample Kolmogorov–Smirnov test (p-values Holm-corrected across columns).","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}},"additionalProperties":false},"retrain":{"description":"Workflow dispatched (`workflow_dispatch`) when monitoring fails.","type":"object","properties":{"workflow":{"description":"Workflow file name (`train.yml`) or id.","type":"string","minLength":1},"ref":{"description":"Git ref to run the workflow on. Default: the repository's default branch.","type":"string","minLength":1}},"required":["workflow"],"additionalProperties":false}},"additionalProperties":false},"model":{"title":"Model entry","description":"One model: its files, metric policy, commands and versions.","type":"object","properties":{"description":{"description":"One-line description of the model, shown in reports and pull requests.","type":"string","minLength":1},"owners":{"description":"GitHub users or teams (`@user`, `@org/team`) asked to review the model's promotion pull requests.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"layout":{"description":"Layout template of this model's versions (overrides the registry's `layout`; a stage's, the benchmark's or the archive's own `layout` overrides it).","$ref":"#/$defs/layout"},"versioning":{"description":"How this model's versions are named and ordered (overrides the registry's `versioning`).","$ref":"#/$defs/versioning"},"files":{"description":"The files every version must hold, relative to the version's folder (or rendered by the layout's file part). A name may contain `/` (nested folders) and `{model}`/`{version}`; globs are not allowed. Optional: without it, each version's `files` alone say what it holds.","type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"metrics":{"description":"The metric policy: metric name → how the metric is judged.","type":"object","propertyNames":{"$ref":"#/$defs/metricName"},"additionalProperties":{"$ref":"#/$defs/metricPolicy"}},"compare":{"description":"How a candidate is compared with the benchmark copy.","type":"object","properties":{"primary":{"description":"Primary metrics: each must improve on the benchmark by at least its `minDelta`/`minRelDelta`. Every name needs a policy with a `goal` in `metrics`.","type":"array","items":{"$ref":"#/$defs/metricName"},"minItems":1,"uniqueItems":true},"significance":{"description":"Level α of a one-sided significance test each primary improvement must also pass (McNemar for accuracy, paired bootstrap otherwise). Needs predictions. Omitted: no test.","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}},"additionalProperties":false},"train":{"description":"Command that trains the model into `{output_dir}`; run before `evaluate` when the `train` input is true.","$ref":"#/$defs/command"},"evaluate":{"description":"Command that evaluates a version and writes its metrics (and predictions) into `{output_dir}`.","$ref":"#/$defs/command"},"monitor":{"description":"Production monitoring: re-evaluation on fresh data, drift detection, retraining.","$ref":"#/$defs/monitor"},"ignore":{"description":"Globs, relative to `root`, of files in this model's folders (`<stage>/<model>/…`) that are not model files; added to the registry's `ignore`.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"versions":{"description":"Every known version of the model, in every stage and the archive.","type":"array","items":{"$ref":"#/$defs/version"}},"history":{"description":"Append-only promotion log of this model (used in per-model files).","type":"array","items":{"$ref":"#/$defs/historyEntry"}}},"required":["versions"],"additionalProperties":false},"modelFile":{"title":"Per-model file","description":"One model of a sharded registry (listed by the registry's `include`): `name` plus the keys of a model entry, including its own `history`.","type":"object","properties":{"$schema":{"description":"URI of this JSON Schema, for editors (JSON files).","type":"string","minLength":1},"name":{"description":"The model's name.","$ref":"#/$defs/modelName"},"description":{"description":"One-line description of the model, shown in reports and pull requests.","$ref":"#/$defs/model/properties/description"},"owners":{"description":"GitHub users or teams (`@user`, `@org/team`) asked to review the model's promotion pull requests.","$ref":"#/$defs/model/properties/owners"},"layout":{"description":"Layout template of this model's versions (overrides the registry's `layout`; a stage's, the benchmark's or the archive's own `layout` overrides it).","$ref":"#/$defs/model/properties/layout"},"versioning":{"description":"How this model's versions are named and ordered (overrides the registry's `versioning`).","$ref":"#/$defs/model/properties/versioning"},"files":{"description":"The files every version must hold, relative to the version's folder (or rendered by the layout's file part). A name may contain `/` (nested folders) and `{model}`/`{version}`; globs are not allowed. Optional: without it, each version's `files` alone say what it holds.","$ref":"#/$defs/model/properties/files"},"metrics":{"description":"The metric policy: metric name → how the metric is judged.","$ref":"#/$defs/model/properties/metrics"},"compare":{"description":"How a candidate is compared with the benchmark copy.","$ref":"#/$defs/model/properties/compare"},"train":{"description":"Command that trains the model into `{output_dir}`; run before `evaluate` when the `train` input is true.","$ref":"#/$defs/model/properties/train"},"evaluate":{"description":"Command that evaluates a version and writes its metrics (and predictions) into `{output_dir}`.","$ref":"#/$defs/model/properties/evaluate"},"monitor":{"description":"Production monitoring: re-evaluation on fresh data, drift detection, retraining.","$ref":"#/$defs/model/properties/monitor"},"ignore":{"description":"Globs, relative to `root`, of files in this model's folders that are not model files.","$ref":"#/$defs/model/properties/ignore"},"versions":{"description":"Every known version of the model, in every stage and the archive.","$ref":"#/$defs/model/properties/versions"},"history":{"description":"Append-only promotion log of this model (used in per-model files).","$ref":"#/$defs/model/properties/history"}},"required":["name","versions"],"additionalProperties":false},"version":{"title":"Version entry","description":"One version of a model; its files live where the layout renders them (`<root>/<stage>/<model>/<version>/` by default).","type":"object","properties":{"version":{"description":"The version name, as written (see #/$defs/versionName); the layout renders it into paths.","$ref":"#/$defs/versionName"},"stage":{"description":"The stage holding the version, or the archive folder's name.","$ref":"#/$defs/stageName"},"files":{"description":"File name → digest of every file the version holds (at least the model's `files`, where it lists them).","type":"object","propertyNames":{"type":"string","minLength":1},"additionalProperties":{"$ref":"#/$defs/digest"},"minProperties":1},"metrics":{"description":"Metric name → value measured for this version (written on promotion).","type":"object","propertyNames":{"$ref":"#/$defs/metricName"},"additionalProperties":{"type":"number"}},"createdAt":{"description":"When the version was registered; required under `versioning: ordered`, which orders versions by it.","$ref":"#/$defs/timestamp"},"source":{"description":"Lineage of the version.","type":"object","properties":{"commit":{"description":"Commit the version was trained from.","type":"string","minLength":1},"run":{"description":"URL of the workflow run that produced it.","type":"string","minLength":1}},"additionalProperties":false},"notes":{"description":"Free text (lessons learned, etc.).","type":"string"},"retired":{"description":"Set when the version is archived; removed when it is brought back.","$ref":"#/$defs/retired"},"traffic":{"description":"Share of traffic (percent) during a gradual rollout; `0` = shadow mode. Absent: the version serves the stage fully.","type":"number","minimum":0,"maximum":100}},"required":["version","stage","files"],"additionalProperties":false},"retired":{"title":"Retirement","description":"Why and when a version went to the archive.","type":"object","properties":{"at":{"description":"When it was archived.","$ref":"#/$defs/timestamp"},"actor":{"description":"Who archived it (GitHub login).","type":"string","minLength":1},"reason":{"description":"`replaced` (displaced by a promotion), `rolled-back` (removed by a rollback) or `retired` (withdrawn by `retire`).","enum":["replaced","rolled-back","retired"]},"replacedBy":{"description":"The version that took its place, where one exists.","$ref":"#/$defs/versionName"}},"required":["at","reason"],"additionalProperties":false},"historyEntry":{"title":"History entry","description":"One stage change, written in the promotion commit itself.","type":"object","properties":{"at":{"description":"When the change was made.","$ref":"#/$defs/timestamp"},"model":{"description":"The model.","$ref":"#/$defs/modelName"},"version":{"description":"The version that moved.","$ref":"#/$defs/versionName"},"from":{"description":"The stage it left; `null` when it entered the registry (register).","anyOf":[{"$ref":"#/$defs/stageName"},{"type":"null"}]},"to":{"description":"The stage (or archive folder) it entered.","$ref":"#/$defs/stageName"},"actor":{"description":"Who made the change (GitHub login).","type":"string","minLength":1},"run":{"description":"URL of the workflow run that made the change.","type":"string","minLength":1},"pr":{"description":"Number of the pull request that carried the change.","type":"integer","minimum":1},"reason":{"description":"Free-text reason for the change.","type":"string"},"traffic":{"description":"Gradual rollout: the version's share of traffic (percent) in its stage after the change.","type":"number","minimum":0,"maximum":100}},"required":["at","model","version","to"],"additionalProperties":false},"layout":{"title":"Layout template","description":"Where a version's files live under `root`, written with placeholders: `{stage}` (required: the stage, benchmark or archive folder's name), `{model}`, `{version}`, and for the file part `{file}` (the logical file name), `{name}` (it without its last extension) and `{ext}` (the last extension, with its dot). Without a file placeholder the template names a folder and `/{file}` is appended. Default: `{stage}/{model}/{version}`. See docs/layouts.md.","type":"string","minLength":1},"versioning":{"title":"Versioning","description":"How versions are named and ordered: `semver` (SemVer, ordered by precedence; `v1.3.0` and `1.3.0` are one version) or `ordered` (any name of letters, digits, `.`, `_`, `+`, `-`, such as a training session id, ordered by `createdAt`, which every version then needs). Default: semver.","enum":["semver","ordered"]},"versionName":{"title":"Version","description":"A version name: under `versioning: semver` (the default) a SemVer 2.0.0 version, optionally with a leading `v` (`1.3.0`, `v2.0.0-rc.1`); under `versioning: ordered` any name of letters, digits, `.`, `_`, `+`, `-` starting with a letter or digit (at most 128 characters). Must be a string: in YAML a bare `1.3` is a number and is rejected.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"}}};const schema32 = {"title":"Layout template","description":"Where a version's files live under `root`, written with placeholders: `{stage}` (required: the stage, benchmark or archive folder's name), `{model}`, `{version}`, and for the file part `{file}` (the logical file name), `{name}` (it without its last extension) and `{ext}` (the last extension, with its dot). Without a file placeholder the template names a folder and `/{file}` is appended. Default: `{stage}/{model}/{version}`. See docs/layouts.md.","type":"string","minLength":1};const schema33 = {"title":"Versioning","description":"How versions are named and ordered: `semver` (SemVer, ordered by precedence; `v1.3.0` and `1.3.0` are one version) or `ordered` (any name of letters, digits, `.`, `_`, `+`, `-`, such as a training session id, ordered by `createdAt`, which every version then needs). Default: semver.","enum":["semver","ordered"]};const schema46 = {"title":"Model name","description":"Lower-case letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 63 characters.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$"};const func1 = Object.prototype.hasOwnProperty;const schema34 = {"title":"Stage","description":"One step of the promotion path; its folder is `<root>/<name>/` under the default layout.","type":"object","properties":{"name":{"description":"Stage name, also its folder name. Unique.","$ref":"#/$defs/stageName"},"layout":{"description":"Layout template of this stage's folder, for every model (overrides the model's and the registry's `layout`).","$ref":"#/$defs/layout"},"capacity":{"description":"Most versions of one model the stage may hold; entering a full stage archives the version it displaces. Omitted: unlimited.","type":"integer","minimum":1},"gates":{"description":"Conditions a version must meet to enter this stage. Not cumulative: each stage lists its own. Omitted: none.","$ref":"#/$defs/gates"},"checklist":{"description":"Acceptance criteria copied into the promotion pull request body.","type":"array","items":{"type":"string","minLength":1}},"rollout":{"description":"Gradual rollout (shadow, canary, A/B) when entering this stage.","$ref":"#/$defs/rollout"}},"required":["name"],"additionalProperties":false};const schema35 = {"title":"Stage or folder name","description":"A stage name or a benchmark/archive folder name: lower-case letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 63 characters.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$"};const schema37 = {"title":"Gates","description":"Conditions a version must meet to enter a stage.","type":"object","properties":{"metrics":{"description":"Every absolute threshold (`min`/`max`) of the model's metric policy must hold.","type":"boolean","default":false},"compare":{"description":"`benchmark`: the candidate must beat the benchmark copy under the model's `compare` policy and metric policies.","enum":["benchmark"]},"approvals":{"description":"Number of approving reviews required; stated in the pull request checklist.","type":"integer","minimum":0,"default":0}},"additionalProperties":false};const schema38 = {"title":"Rollout","description":"Entering the stage puts the candidate beside the incumbent with `traffic` set to the first step; each further promote moves to the next step. Capacity, archiving and the benchmark refresh apply at 100.","type":"object","properties":{"steps":{"description":"Traffic percentages, in order (`0` = shadow mode), e.g. `[10, 25, 50, 100]`.","type":"array","items":{"type":"integer","minimum":0,"maximum":100},"minItems":1,"uniqueItems":true}},"required":["steps"],"additionalProperties":false};const pattern4 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.required,parentSchema:schema34,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "name") || (key0 === "layout")) || (key0 === "capacity")) || (key0 === "gates")) || (key0 === "checklist")) || (key0 === "rollout"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/stageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/stageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.layout !== undefined){let data1 = data.layout;if(typeof data1 === "string"){if(func2(data1) < 1){const err4 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.capacity !== undefined){let data2 = data.capacity;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err6 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.capacity.type,parentSchema:schema34.properties.capacity,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err7 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema34.properties.capacity,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.gates !== undefined){let data3 = data.gates;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!(((key1 === "metrics") || (key1 === "compare")) || (key1 === "approvals"))){const err8 = {instancePath:instancePath+"/gates",schemaPath:"#/$defs/gates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.metrics !== undefined){let data4 = data3.metrics;if(typeof data4 !== "boolean"){const err9 = {instancePath:instancePath+"/gates/metrics",schemaPath:"#/$defs/gates/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.metrics.type,parentSchema:schema37.properties.metrics,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.compare !== undefined){let data5 = data3.compare;if(!(data5 === "benchmark")){const err10 = {instancePath:instancePath+"/gates/compare",schemaPath:"#/$defs/gates/properties/compare/enum",keyword:"enum",params:{allowedValues: schema37.properties.compare.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.compare.enum,parentSchema:schema37.properties.compare,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.approvals !== undefined){let data6 = data3.approvals;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err11 = {instancePath:instancePath+"/gates/approvals",schemaPath:"#/$defs/gates/properties/approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.approvals.type,parentSchema:schema37.properties.approvals,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 0 || isNaN(data6)){const err12 = {instancePath:instancePath+"/gates/approvals",schemaPath:"#/$defs/gates/properties/approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.approvals,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}}else {const err13 = {instancePath:instancePath+"/gates",schemaPath:"#/$defs/gates/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.checklist !== undefined){let data7 = data.checklist;if(Array.isArray(data7)){const len0 = data7.length;for(let i0=0; i0<len0; i0++){let data8 = data7[i0];if(typeof data8 === "string"){if(func2(data8) < 1){const err14 = {instancePath:instancePath+"/checklist/" + i0,schemaPath:"#/properties/checklist/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.checklist.items,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/checklist/" + i0,schemaPath:"#/properties/checklist/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.checklist.items.type,parentSchema:schema34.properties.checklist.items,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.checklist.type,parentSchema:schema34.properties.checklist,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.rollout !== undefined){let data9 = data.rollout;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.steps === undefined){const err17 = {instancePath:instancePath+"/rollout",schemaPath:"#/$defs/rollout/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema38.required,parentSchema:schema38,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key2 in data9){if(!(key2 === "steps")){const err18 = {instancePath:instancePath+"/rollout",schemaPath:"#/$defs/rollout/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data9.steps !== undefined){let data10 = data9.steps;if(Array.isArray(data10)){if(data10.length < 1){const err19 = {instancePath:instancePath+"/rollout/steps",schemaPath:"#/$defs/rollout/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.steps,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len1 = data10.length;for(let i1=0; i1<len1; i1++){let data11 = data10[i1];if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err20 = {instancePath:instancePath+"/rollout/steps/" + i1,schemaPath:"#/$defs/rollout/properties/steps/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.steps.items.type,parentSchema:schema38.properties.steps.items,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 100 || isNaN(data11)){const err21 = {instancePath:instancePath+"/rollout/steps/" + i1,schemaPath:"#/$defs/rollout/properties/steps/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema38.properties.steps.items,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data11 < 0 || isNaN(data11)){const err22 = {instancePath:instancePath+"/rollout/steps/" + i1,schemaPath:"#/$defs/rollout/properties/steps/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.steps.items,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}let i2 = data10.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data10[i2];if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err23 = {instancePath:instancePath+"/rollout/steps",schemaPath:"#/$defs/rollout/properties/steps/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema38.properties.steps,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;break;}indices0[item0] = i2;}}}else {const err24 = {instancePath:instancePath+"/rollout/steps",schemaPath:"#/$defs/rollout/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.steps.type,parentSchema:schema38.properties.steps,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/rollout",schemaPath:"#/$defs/rollout/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data9};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema39 = {"title":"Benchmark copy","description":"The copy of each model's production version (at `<root>/<folder>/<model>/<version>/` under the default layout), refreshed whenever production changes.","type":"object","properties":{"folder":{"description":"Folder (under `root`) holding the benchmark copies.","$ref":"#/$defs/stageName"},"copyOf":{"description":"The stage whose version is copied.","$ref":"#/$defs/stageName"},"layout":{"description":"Layout template of the benchmark copies (overrides the model's and the registry's `layout`).","$ref":"#/$defs/layout"}},"required":["folder","copyOf"],"additionalProperties":false};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.folder === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "folder"},message:"must have required property '"+"folder"+"'",schema:schema39.required,parentSchema:schema39,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.copyOf === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "copyOf"},message:"must have required property '"+"copyOf"+"'",schema:schema39.required,parentSchema:schema39,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "folder") || (key0 === "copyOf")) || (key0 === "layout"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.folder !== undefined){let data0 = data.folder;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/folder",schemaPath:"#/$defs/stageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/folder",schemaPath:"#/$defs/stageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.copyOf !== undefined){let data1 = data.copyOf;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err5 = {instancePath:instancePath+"/copyOf",schemaPath:"#/$defs/stageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema35,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/copyOf",schemaPath:"#/$defs/stageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.layout !== undefined){let data2 = data.layout;if(typeof data2 === "string"){if(func2(data2) < 1){const err7 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema43 = {"title":"Archive","description":"Where displaced and retired versions live (`<root>/<folder>/<model>/<version>/` under the default layout).","type":"object","properties":{"folder":{"description":"Archive folder under `root`; also the `stage` of archived versions.","$ref":"#/$defs/stageName"},"layout":{"description":"Layout template of the archive (overrides the model's and the registry's `layout`); its paths must contain `{version}`, since the archive keeps every retired version.","$ref":"#/$defs/layout"}},"required":["folder"],"additionalProperties":false};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.folder === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "folder"},message:"must have required property '"+"folder"+"'",schema:schema43.required,parentSchema:schema43,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((key0 === "folder") || (key0 === "layout"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.folder !== undefined){let data0 = data.folder;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err2 = {instancePath:instancePath+"/folder",schemaPath:"#/$defs/stageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/folder",schemaPath:"#/$defs/stageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.layout !== undefined){let data1 = data.layout;if(typeof data1 === "string"){if(func2(data1) < 1){const err4 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema47 = {"title":"Model entry","description":"One model: its files, metric policy, commands and versions.","type":"object","properties":{"description":{"description":"One-line description of the model, shown in reports and pull requests.","type":"string","minLength":1},"owners":{"description":"GitHub users or teams (`@user`, `@org/team`) asked to review the model's promotion pull requests.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"layout":{"description":"Layout template of this model's versions (overrides the registry's `layout`; a stage's, the benchmark's or the archive's own `layout` overrides it).","$ref":"#/$defs/layout"},"versioning":{"description":"How this model's versions are named and ordered (overrides the registry's `versioning`).","$ref":"#/$defs/versioning"},"files":{"description":"The files every version must hold, relative to the version's folder (or rendered by the layout's file part). A name may contain `/` (nested folders) and `{model}`/`{version}`; globs are not allowed. Optional: without it, each version's `files` alone say what it holds.","type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"metrics":{"description":"The metric policy: metric name → how the metric is judged.","type":"object","propertyNames":{"$ref":"#/$defs/metricName"},"additionalProperties":{"$ref":"#/$defs/metricPolicy"}},"compare":{"description":"How a candidate is compared with the benchmark copy.","type":"object","properties":{"primary":{"description":"Primary metrics: each must improve on the benchmark by at least its `minDelta`/`minRelDelta`. Every name needs a policy with a `goal` in `metrics`.","type":"array","items":{"$ref":"#/$defs/metricName"},"minItems":1,"uniqueItems":true},"significance":{"description":"Level α of a one-sided significance test each primary improvement must also pass (McNemar for accuracy, paired bootstrap otherwise). Needs predictions. Omitted: no test.","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}},"additionalProperties":false},"train":{"description":"Command that trains the model into `{output_dir}`; run before `evaluate` when the `train` input is true.","$ref":"#/$defs/command"},"evaluate":{"description":"Command that evaluates a version and writes its metrics (and predictions) into `{output_dir}`.","$ref":"#/$defs/command"},"monitor":{"description":"Production monitoring: re-evaluation on fresh data, drift detection, retraining.","$ref":"#/$defs/monitor"},"ignore":{"description":"Globs, relative to `root`, of files in this model's folders (`<stage>/<model>/…`) that are not model files; added to the registry's `ignore`.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"versions":{"description":"Every known version of the model, in every stage and the archive.","type":"array","items":{"$ref":"#/$defs/version"}},"history":{"description":"Append-only promotion log of this model (used in per-model files).","type":"array","items":{"$ref":"#/$defs/historyEntry"}}},"required":["versions"],"additionalProperties":false};const schema50 = {"title":"Metric name","description":"A metric name as reported by the evaluation (nested names flattened with `.`).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.:-]*$"};const schema51 = {"title":"Metric policy","description":"How one metric is judged: thresholds, required improvement, allowed regression.","type":"object","properties":{"goal":{"description":"Whether larger (`maximize`) or smaller (`minimize`) values are better.","enum":["maximize","minimize"]},"min":{"description":"Absolute threshold: the value must be ≥ `min`.","type":"number"},"max":{"description":"Absolute threshold: the value must be ≤ `max`.","type":"number"},"minDelta":{"description":"Primary metric: improvement over the benchmark required, in the metric's units. Default 0 (a tie passes).","type":"number","minimum":0,"default":0},"minRelDelta":{"description":"Primary metric: improvement over the benchmark required, relative to |benchmark| (0.01 = 1%). Default 0.","type":"number","minimum":0,"default":0},"tolerance":{"description":"Guardrail: regression allowed, relative to |benchmark| (maximize: candidate ≥ benchmark − tolerance·|benchmark|; mirrored for minimize).","type":"number","minimum":0},"maxRegression":{"description":"Guardrail: regression allowed, in the metric's units.","type":"number","minimum":0}},"required":["goal"],"additionalProperties":false};const pattern9 = new RegExp("^[A-Za-z_][A-Za-z0-9_.:-]*$", "u");const schema53 = {"title":"Command","description":"A command run from the repository root, split into words like a POSIX shell and run without a shell unless `shell: bash`. Placeholders are substituted per argument: `{model}` (the model's name), `{version}`, `{stage}`, `{model_dir}` (the version's folder), `{model_file}` (its one file, for a one-file model), `{output_dir}` (`<output-dir>/<model>/<version>/`, absolute) and `{workspace}` (the repository root); `{{` and `}}` are literal braces.","type":"object","properties":{"run":{"description":"The command line.","type":"string","minLength":1},"timeout":{"description":"Time limit (`<n>s|m|h`); at the limit the whole process group is killed.","$ref":"#/$defs/duration"},"shell":{"description":"Run the command through `bash -c` instead of splitting it into argv.","enum":["bash"]},"metrics":{"description":"Metrics file written by the command (JSON, YAML or `name,value` CSV), relative to `{output_dir}`.","type":"string","minLength":1},"predictions":{"description":"Predictions file (CSV: `y_true,y_pred[,y_score]`, optional `id`), relative to `{output_dir}`; standard metrics are computed from it.","type":"string","minLength":1},"data":{"description":"Dataset files the evaluation reads, relative to the repository root; their digests go into `result.json`, `compare` refuses results made on different data, and `plan` with a base plans every live version of the model again when one of them changes.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"inputs":{"description":"Files the command's result depends on besides the model and `data`: its code, helpers, requirements (e.g. `evaluate.py`, `lib/**/*.py`, `requirements.txt`), relative to the repository root; a glob matches files (`*`, `?`, `**`), a folder stands for every file below it. The evaluation cache keys a result by their digests, so a change to one evaluates again, and `plan` with a base plans every live version of the model again when one of them changes; code not listed here is seen by neither.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"env":{"description":"Variables the command is given although modelgate withholds them from manifest commands: the action's inputs (`INPUT_*`, the token among them), `GITHUB_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL` and `ACTIONS_ID_TOKEN_REQUEST_*`. An explicit opt-in, shown in the log; the job's other variables are always passed.","type":"array","items":{"$ref":"#/$defs/withheldVariable"},"uniqueItems":true}},"required":["run"],"additionalProperties":false};const schema54 = {"title":"Duration","description":"A number followed by `s`, `m` or `h` (`90s`, `30m`, `1.5h`).","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?[smh]$"};const schema55 = {"title":"Withheld variable","description":"An environment variable modelgate withholds from manifest commands: an action input (`INPUT_*`), `GITHUB_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL` or `ACTIONS_ID_TOKEN_REQUEST_*`.","type":"string","pattern":"^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$"};const pattern11 = new RegExp("^[0-9]+(\\.[0-9]+)?[smh]$", "u");const pattern12 = new RegExp("^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$", "u");function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate28.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema53.required,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((((key0 === "run") || (key0 === "timeout")) || (key0 === "shell")) || (key0 === "metrics")) || (key0 === "predictions")) || (key0 === "data")) || (key0 === "inputs")) || (key0 === "env"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.run !== undefined){let data0 = data.run;if(typeof data0 === "string"){if(func2(data0) < 1){const err2 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.run,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.run.type,parentSchema:schema53.properties.run,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.timeout !== undefined){let data1 = data.timeout;if(typeof data1 === "string"){if(!pattern11.test(data1)){const err4 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?[smh]$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?[smh]$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?[smh]$",parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.shell !== undefined){let data2 = data.shell;if(!(data2 === "bash")){const err6 = {instancePath:instancePath+"/shell",schemaPath:"#/properties/shell/enum",keyword:"enum",params:{allowedValues: schema53.properties.shell.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.shell.enum,parentSchema:schema53.properties.shell,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.metrics !== undefined){let data3 = data.metrics;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.metrics,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.metrics.type,parentSchema:schema53.properties.metrics,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.predictions !== undefined){let data4 = data.predictions;if(typeof data4 === "string"){if(func2(data4) < 1){const err9 = {instancePath:instancePath+"/predictions",schemaPath:"#/properties/predictions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.predictions,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/predictions",schemaPath:"#/properties/predictions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.predictions.type,parentSchema:schema53.properties.predictions,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.data !== undefined){let data5 = data.data;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 === "string"){if(func2(data6) < 1){const err11 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.data.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.data.items.type,parentSchema:schema53.properties.data.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data5[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err13 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema53.properties.data,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;break;}indices0[item0] = i1;}}}else {const err14 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.data.type,parentSchema:schema53.properties.data,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.inputs !== undefined){let data7 = data.inputs;if(Array.isArray(data7)){const len1 = data7.length;for(let i2=0; i2<len1; i2++){let data8 = data7[i2];if(typeof data8 === "string"){if(func2(data8) < 1){const err15 = {instancePath:instancePath+"/inputs/" + i2,schemaPath:"#/properties/inputs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.inputs.items,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/inputs/" + i2,schemaPath:"#/properties/inputs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.inputs.items.type,parentSchema:schema53.properties.inputs.items,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i3 = data7.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data7[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err17 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema53.properties.inputs,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices1[item1] = i3;}}}else {const err18 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.inputs.type,parentSchema:schema53.properties.inputs,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.env !== undefined){let data9 = data.env;if(Array.isArray(data9)){const len2 = data9.length;for(let i4=0; i4<len2; i4++){let data10 = data9[i4];if(typeof data10 === "string"){if(!pattern12.test(data10)){const err19 = {instancePath:instancePath+"/env/" + i4,schemaPath:"#/$defs/withheldVariable/pattern",keyword:"pattern",params:{pattern: "^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$"},message:"must match pattern \""+"^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$"+"\"",schema:"^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$",parentSchema:schema55,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/env/" + i4,schemaPath:"#/$defs/withheldVariable/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}let i5 = data9.length;let j2;if(i5 > 1){outer0:for(;i5--;){for(j2 = i5; j2--;){if(func0(data9[i5], data9[j2])){const err21 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema53.properties.env,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;break outer0;}}}}}else {const err22 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.env.type,parentSchema:schema53.properties.env,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate28.errors = vErrors;return errors === 0;}validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema56 = {"title":"Monitor","description":"Production monitoring, run by the `monitor` command.","type":"object","properties":{"evaluate":{"description":"Evaluates the production version on fresh data; its metrics are compared with the version's recorded metrics under the model's policy.","$ref":"#/$defs/command"},"reference":{"description":"Feature data the production model was trained on (CSV or JSON lines), relative to the repository root.","type":"string","minLength":1},"current":{"description":"Recent feature data (CSV or JSON lines): a path or a glob, relative to the repository root.","type":"string","minLength":1},"drift":{"description":"Drift thresholds between `reference` and `current`, per column.","type":"object","properties":{"psi":{"description":"Population stability index above which a column has drifted.","type":"number","exclusiveMinimum":0},"ksAlpha":{"description":"Level of the two-sample Kolmogorov–Smirnov test (p-values Holm-corrected across columns).","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}},"additionalProperties":false},"retrain":{"description":"Workflow dispatched (`workflow_dispatch`) when monitoring fails.","type":"object","properties":{"workflow":{"description":"Workflow file name (`train.yml`) or id.","type":"string","minLength":1},"ref":{"description":"Git ref to run the workflow on. Default: the repository's default branch.","type":"string","minLength":1}},"required":["workflow"],"additionalProperties":false}},"additionalProperties":false};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "evaluate") || (key0 === "reference")) || (key0 === "current")) || (key0 === "drift")) || (key0 === "retrain"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.evaluate !== undefined){if(!(validate28(data.evaluate, {instancePath:instancePath+"/evaluate",parentData:data,parentDataProperty:"evaluate",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate28.errors; else for (const e of validate28.errors) vErrors.push(e);errors = vErrors.length;}}if(data.reference !== undefined){let data1 = data.reference;if(typeof data1 === "string"){if(func2(data1) < 1){const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.reference,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.reference.type,parentSchema:schema56.properties.reference,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.current !== undefined){let data2 = data.current;if(typeof data2 === "string"){if(func2(data2) < 1){const err3 = {instancePath:instancePath+"/current",schemaPath:"#/properties/current/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.current,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/current",schemaPath:"#/properties/current/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.current.type,parentSchema:schema56.properties.current,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.drift !== undefined){let data3 = data.drift;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!((key1 === "psi") || (key1 === "ksAlpha"))){const err5 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.drift,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data3.psi !== undefined){let data4 = data3.psi;if((typeof data4 == "number") && (isFinite(data4))){if(data4 <= 0 || isNaN(data4)){const err6 = {instancePath:instancePath+"/drift/psi",schemaPath:"#/properties/drift/properties/psi/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema56.properties.drift.properties.psi,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/drift/psi",schemaPath:"#/properties/drift/properties/psi/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema56.properties.drift.properties.psi.type,parentSchema:schema56.properties.drift.properties.psi,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.ksAlpha !== undefined){let data5 = data3.ksAlpha;if((typeof data5 == "number") && (isFinite(data5))){if(data5 >= 1 || isNaN(data5)){const err8 = {instancePath:instancePath+"/drift/ksAlpha",schemaPath:"#/properties/drift/properties/ksAlpha/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema56.properties.drift.properties.ksAlpha,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data5 <= 0 || isNaN(data5)){const err9 = {instancePath:instancePath+"/drift/ksAlpha",schemaPath:"#/properties/drift/properties/ksAlpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema56.properties.drift.properties.ksAlpha,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/drift/ksAlpha",schemaPath:"#/properties/drift/properties/ksAlpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema56.properties.drift.properties.ksAlpha.type,parentSchema:schema56.properties.drift.properties.ksAlpha,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.drift.type,parentSchema:schema56.properties.drift,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.retrain !== undefined){let data6 = data.retrain;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.workflow === undefined){const err12 = {instancePath:instancePath+"/retrain",schemaPath:"#/properties/retrain/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema56.properties.retrain.required,parentSchema:schema56.properties.retrain,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key2 in data6){if(!((key2 === "workflow") || (key2 === "ref"))){const err13 = {instancePath:instancePath+"/retrain",schemaPath:"#/properties/retrain/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.retrain,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.workflow !== undefined){let data7 = data6.workflow;if(typeof data7 === "string"){if(func2(data7) < 1){const err14 = {instancePath:instancePath+"/retrain/workflow",schemaPath:"#/properties/retrain/properties/workflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.retrain.properties.workflow,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/retrain/workflow",schemaPath:"#/properties/retrain/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.retrain.properties.workflow.type,parentSchema:schema56.properties.retrain.properties.workflow,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.ref !== undefined){let data8 = data6.ref;if(typeof data8 === "string"){if(func2(data8) < 1){const err16 = {instancePath:instancePath+"/retrain/ref",schemaPath:"#/properties/retrain/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.retrain.properties.ref,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/retrain/ref",schemaPath:"#/properties/retrain/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.retrain.properties.ref.type,parentSchema:schema56.properties.retrain.properties.ref,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/retrain",schemaPath:"#/properties/retrain/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.retrain.type,parentSchema:schema56.properties.retrain,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate31.errors = vErrors;return errors === 0;}validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema57 = {"title":"Version entry","description":"One version of a model; its files live where the layout renders them (`<root>/<stage>/<model>/<version>/` by default).","type":"object","properties":{"version":{"description":"The version name, as written (see #/$defs/versionName); the layout renders it into paths.","$ref":"#/$defs/versionName"},"stage":{"description":"The stage holding the version, or the archive folder's name.","$ref":"#/$defs/stageName"},"files":{"description":"File name → digest of every file the version holds (at least the model's `files`, where it lists them).","type":"object","propertyNames":{"type":"string","minLength":1},"additionalProperties":{"$ref":"#/$defs/digest"},"minProperties":1},"metrics":{"description":"Metric name → value measured for this version (written on promotion).","type":"object","propertyNames":{"$ref":"#/$defs/metricName"},"additionalProperties":{"type":"number"}},"createdAt":{"description":"When the version was registered; required under `versioning: ordered`, which orders versions by it.","$ref":"#/$defs/timestamp"},"source":{"description":"Lineage of the version.","type":"object","properties":{"commit":{"description":"Commit the version was trained from.","type":"string","minLength":1},"run":{"description":"URL of the workflow run that produced it.","type":"string","minLength":1}},"additionalProperties":false},"notes":{"description":"Free text (lessons learned, etc.).","type":"string"},"retired":{"description":"Set when the version is archived; removed when it is brought back.","$ref":"#/$defs/retired"},"traffic":{"description":"Share of traffic (percent) during a gradual rollout; `0` = shadow mode. Absent: the version serves the stage fully.","type":"number","minimum":0,"maximum":100}},"required":["version","stage","files"],"additionalProperties":false};const schema58 = {"title":"Version","description":"A version name: under `versioning: semver` (the default) a SemVer 2.0.0 version, optionally with a leading `v` (`1.3.0`, `v2.0.0-rc.1`); under `versioning: ordered` any name of letters, digits, `.`, `_`, `+`, `-` starting with a letter or digit (at most 128 characters). Must be a string: in YAML a bare `1.3` is a number and is rejected.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"};const schema60 = {"title":"Digest","description":"SHA-256 of the file's bytes: `sha256:` followed by 64 lower-case hex digits.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"};const schema62 = {"title":"Timestamp","description":"An RFC 3339 date-time (`2026-10-01T12:00:00Z`).","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"};const pattern13 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$", "u");const pattern15 = new RegExp("^sha256:[0-9a-f]{64}$", "u");const pattern17 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$", "u");const schema63 = {"title":"Retirement","description":"Why and when a version went to the archive.","type":"object","properties":{"at":{"description":"When it was archived.","$ref":"#/$defs/timestamp"},"actor":{"description":"Who archived it (GitHub login).","type":"string","minLength":1},"reason":{"description":"`replaced` (displaced by a promotion), `rolled-back` (removed by a rollback) or `retired` (withdrawn by `retire`).","enum":["replaced","rolled-back","retired"]},"replacedBy":{"description":"The version that took its place, where one exists.","$ref":"#/$defs/versionName"}},"required":["at","reason"],"additionalProperties":false};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate35.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.at === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema63.required,parentSchema:schema63,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.reason === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema63.required,parentSchema:schema63,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "at") || (key0 === "actor")) || (key0 === "reason")) || (key0 === "replacedBy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.at !== undefined){let data0 = data.at;if(typeof data0 === "string"){if(!pattern17.test(data0)){const err3 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$",parentSchema:schema62,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.actor !== undefined){let data1 = data.actor;if(typeof data1 === "string"){if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.actor,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.actor.type,parentSchema:schema63.properties.actor,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.reason !== undefined){let data2 = data.reason;if(!(((data2 === "replaced") || (data2 === "rolled-back")) || (data2 === "retired"))){const err7 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema63.properties.reason.enum},message:"must be equal to one of the allowed values",schema:schema63.properties.reason.enum,parentSchema:schema63.properties.reason,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.replacedBy !== undefined){let data3 = data.replacedBy;if(typeof data3 === "string"){if(!pattern13.test(data3)){const err8 = {instancePath:instancePath+"/replacedBy",schemaPath:"#/$defs/versionName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$",parentSchema:schema58,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/replacedBy",schemaPath:"#/$defs/versionName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate35.errors = vErrors;return errors === 0;}validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate34.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema57.required,parentSchema:schema57,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.stage === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'",schema:schema57.required,parentSchema:schema57,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.files === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema57.required,parentSchema:schema57,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func1.call(schema57.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(typeof data0 === "string"){if(!pattern13.test(data0)){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/versionName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$",parentSchema:schema58,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/versionName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.stage !== undefined){let data1 = data.stage;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err6 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/stageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema35,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/stageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.files !== undefined){let data2 = data.files;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(Object.keys(data2).length < 1){const err8 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema57.properties.files,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key1 in data2){const _errs10 = errors;if(typeof key1 === "string"){if(func2(key1) < 1){const err9 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.files.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.files.propertyNames.type,parentSchema:schema57.properties.files.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var valid3 = _errs10 === errors;if(!valid3){const err11 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema57.properties.files.propertyNames,parentSchema:schema57.properties.files,data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}for(const key2 in data2){let data3 = data2[key2];if(typeof data3 === "string"){if(!pattern15.test(data3)){const err12 = {instancePath:instancePath+"/files/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/files/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.properties.files.type,parentSchema:schema57.properties.files,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.metrics !== undefined){let data4 = data.metrics;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key3 in data4){const _errs18 = errors;if(typeof key3 === "string"){if(!pattern9.test(key3)){const err15 = {instancePath:instancePath+"/metrics",schemaPath:"#/$defs/metricName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.:-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.:-]*$",parentSchema:schema50,data:key3,propertyName:key3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/metrics",schemaPath:"#/$defs/metricName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:key3,propertyName:key3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}var valid6 = _errs18 === errors;if(!valid6){const err17 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema57.properties.metrics.propertyNames,parentSchema:schema57.properties.metrics,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}for(const key4 in data4){let data5 = data4[key4];if(!((typeof data5 == "number") && (isFinite(data5)))){const err18 = {instancePath:instancePath+"/metrics/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.properties.metrics.additionalProperties.type,parentSchema:schema57.properties.metrics.additionalProperties,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.properties.metrics.type,parentSchema:schema57.properties.metrics,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.createdAt !== undefined){let data6 = data.createdAt;if(typeof data6 === "string"){if(!pattern17.test(data6)){const err20 = {instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$",parentSchema:schema62,data:data6};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data6};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.source !== undefined){let data7 = data.source;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key5 in data7){if(!((key5 === "commit") || (key5 === "run"))){const err22 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema57.properties.source,data:data7};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data7.commit !== undefined){let data8 = data7.commit;if(typeof data8 === "string"){if(func2(data8) < 1){const err23 = {instancePath:instancePath+"/source/commit",schemaPath:"#/properties/source/properties/commit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.source.properties.commit,data:data8};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/source/commit",schemaPath:"#/properties/source/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.source.properties.commit.type,parentSchema:schema57.properties.source.properties.commit,data:data8};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data7.run !== undefined){let data9 = data7.run;if(typeof data9 === "string"){if(func2(data9) < 1){const err25 = {instancePath:instancePath+"/source/run",schemaPath:"#/properties/source/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.source.properties.run,data:data9};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/source/run",schemaPath:"#/properties/source/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.source.properties.run.type,parentSchema:schema57.properties.source.properties.run,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.properties.source.type,parentSchema:schema57.properties.source,data:data7};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.notes !== undefined){let data10 = data.notes;if(typeof data10 !== "string"){const err28 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.notes.type,parentSchema:schema57.properties.notes,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.retired !== undefined){if(!(validate35(data.retired, {instancePath:instancePath+"/retired",parentData:data,parentDataProperty:"retired",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate35.errors; else for (const e of validate35.errors) vErrors.push(e);errors = vErrors.length;}}if(data.traffic !== undefined){let data12 = data.traffic;if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 100 || isNaN(data12)){const err29 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema57.properties.traffic,data:data12};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data12 < 0 || isNaN(data12)){const err30 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.traffic,data:data12};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.properties.traffic.type,parentSchema:schema57.properties.traffic,data:data12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}validate34.errors = vErrors;return errors === 0;}validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema66 = {"title":"History entry","description":"One stage change, written in the promotion commit itself.","type":"object","properties":{"at":{"description":"When the change was made.","$ref":"#/$defs/timestamp"},"model":{"description":"The model.","$ref":"#/$defs/modelName"},"version":{"description":"The version that moved.","$ref":"#/$defs/versionName"},"from":{"description":"The stage it left; `null` when it entered the registry (register).","anyOf":[{"$ref":"#/$defs/stageName"},{"type":"null"}]},"to":{"description":"The stage (or archive folder) it entered.","$ref":"#/$defs/stageName"},"actor":{"description":"Who made the change (GitHub login).","type":"string","minLength":1},"run":{"description":"URL of the workflow run that made the change.","type":"string","minLength":1},"pr":{"description":"Number of the pull request that carried the change.","type":"integer","minimum":1},"reason":{"description":"Free-text reason for the change.","type":"string"},"traffic":{"description":"Gradual rollout: the version's share of traffic (percent) in its stage after the change.","type":"number","minimum":0,"maximum":100}},"required":["at","model","version","to"],"additionalProperties":false};function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate38.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.at === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema66.required,parentSchema:schema66,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.model === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema66.required,parentSchema:schema66,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.version === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema66.required,parentSchema:schema66,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.to === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema66.required,parentSchema:schema66,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(func1.call(schema66.properties, key0))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.at !== undefined){let data0 = data.at;if(typeof data0 === "string"){if(!pattern17.test(data0)){const err5 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$",parentSchema:schema62,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.model !== undefined){let data1 = data.model;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err7 = {instancePath:instancePath+"/model",schemaPath:"#/$defs/modelName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema46,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/model",schemaPath:"#/$defs/modelName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.version !== undefined){let data2 = data.version;if(typeof data2 === "string"){if(!pattern13.test(data2)){const err9 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/versionName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$",parentSchema:schema58,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/versionName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.from !== undefined){let data3 = data.from;const _errs12 = errors;let valid4 = false;const _errs13 = errors;if(typeof data3 === "string"){if(!pattern4.test(data3)){const err11 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/stageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema35,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/stageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid0 = _errs13 === errors;valid4 = valid4 || _valid0;const _errs16 = errors;if(data3 !== null){const err13 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema66.properties.from.anyOf[1].type,parentSchema:schema66.properties.from.anyOf[1],data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs16 === errors;valid4 = valid4 || _valid0;if(!valid4){const err14 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema66.properties.from.anyOf,parentSchema:schema66.properties.from,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}}}if(data.to !== undefined){let data4 = data.to;if(typeof data4 === "string"){if(!pattern4.test(data4)){const err15 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/stageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema35,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/stageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.actor !== undefined){let data5 = data.actor;if(typeof data5 === "string"){if(func2(data5) < 1){const err17 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.actor,data:data5};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.actor.type,parentSchema:schema66.properties.actor,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.run !== undefined){let data6 = data.run;if(typeof data6 === "string"){if(func2(data6) < 1){const err19 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.run,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.run.type,parentSchema:schema66.properties.run,data:data6};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.pr !== undefined){let data7 = data.pr;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err21 = {instancePath:instancePath+"/pr",schemaPath:"#/properties/pr/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.pr.type,parentSchema:schema66.properties.pr,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err22 = {instancePath:instancePath+"/pr",schemaPath:"#/properties/pr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema66.properties.pr,data:data7};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data.reason !== undefined){let data8 = data.reason;if(typeof data8 !== "string"){const err23 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.reason.type,parentSchema:schema66.properties.reason,data:data8};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.traffic !== undefined){let data9 = data.traffic;if((typeof data9 == "number") && (isFinite(data9))){if(data9 > 100 || isNaN(data9)){const err24 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema66.properties.traffic,data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data9 < 0 || isNaN(data9)){const err25 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema66.properties.traffic,data:data9};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema66.properties.traffic.type,parentSchema:schema66.properties.traffic,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate38.errors = vErrors;return errors === 0;}validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.versions === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'",schema:schema47.required,parentSchema:schema47,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema47.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.description !== undefined){let data0 = data.description;if(typeof data0 === "string"){if(func2(data0) < 1){const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.description,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.description.type,parentSchema:schema47.properties.description,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.owners !== undefined){let data1 = data.owners;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func2(data2) < 1){const err4 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/properties/owners/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.owners.items,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/properties/owners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.owners.items.type,parentSchema:schema47.properties.owners.items,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}let i1 = data1.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data1[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err6 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema47.properties.owners,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;break;}indices0[item0] = i1;}}}else {const err7 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.owners.type,parentSchema:schema47.properties.owners,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.layout !== undefined){let data3 = data.layout;if(typeof data3 === "string"){if(func2(data3) < 1){const err8 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.versioning !== undefined){let data4 = data.versioning;if(!((data4 === "semver") || (data4 === "ordered"))){const err10 = {instancePath:instancePath+"/versioning",schemaPath:"#/$defs/versioning/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.files !== undefined){let data5 = data.files;if(Array.isArray(data5)){if(data5.length < 1){const err11 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.files,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}const len1 = data5.length;for(let i2=0; i2<len1; i2++){let data6 = data5[i2];if(typeof data6 === "string"){if(func2(data6) < 1){const err12 = {instancePath:instancePath+"/files/" + i2,schemaPath:"#/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.files.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/files/" + i2,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.files.items.type,parentSchema:schema47.properties.files.items,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i3 = data5.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data5[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err14 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema47.properties.files,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices1[item1] = i3;}}}else {const err15 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.files.type,parentSchema:schema47.properties.files,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.metrics !== undefined){let data7 = data.metrics;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){const _errs19 = errors;if(typeof key1 === "string"){if(!pattern9.test(key1)){const err16 = {instancePath:instancePath+"/metrics",schemaPath:"#/$defs/metricName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.:-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.:-]*$",parentSchema:schema50,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/metrics",schemaPath:"#/$defs/metricName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var valid9 = _errs19 === errors;if(!valid9){const err18 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema47.properties.metrics.propertyNames,parentSchema:schema47.properties.metrics,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}for(const key2 in data7){let data8 = data7[key2];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.goal === undefined){const err19 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricPolicy/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema51.required,parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}for(const key3 in data8){if(!(((((((key3 === "goal") || (key3 === "min")) || (key3 === "max")) || (key3 === "minDelta")) || (key3 === "minRelDelta")) || (key3 === "tolerance")) || (key3 === "maxRegression"))){const err20 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data8.goal !== undefined){let data9 = data8.goal;if(!((data9 === "maximize") || (data9 === "minimize"))){const err21 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/goal",schemaPath:"#/$defs/metricPolicy/properties/goal/enum",keyword:"enum",params:{allowedValues: schema51.properties.goal.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.goal.enum,parentSchema:schema51.properties.goal,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data8.min !== undefined){let data10 = data8.min;if(!((typeof data10 == "number") && (isFinite(data10)))){const err22 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/$defs/metricPolicy/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.min.type,parentSchema:schema51.properties.min,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data8.max !== undefined){let data11 = data8.max;if(!((typeof data11 == "number") && (isFinite(data11)))){const err23 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/$defs/metricPolicy/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.max.type,parentSchema:schema51.properties.max,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data8.minDelta !== undefined){let data12 = data8.minDelta;if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 0 || isNaN(data12)){const err24 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minDelta",schemaPath:"#/$defs/metricPolicy/properties/minDelta/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.minDelta,data:data12};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minDelta",schemaPath:"#/$defs/metricPolicy/properties/minDelta/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.minDelta.type,parentSchema:schema51.properties.minDelta,data:data12};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data8.minRelDelta !== undefined){let data13 = data8.minRelDelta;if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 0 || isNaN(data13)){const err26 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minRelDelta",schemaPath:"#/$defs/metricPolicy/properties/minRelDelta/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.minRelDelta,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minRelDelta",schemaPath:"#/$defs/metricPolicy/properties/minRelDelta/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.minRelDelta.type,parentSchema:schema51.properties.minRelDelta,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data8.tolerance !== undefined){let data14 = data8.tolerance;if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 0 || isNaN(data14)){const err28 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/tolerance",schemaPath:"#/$defs/metricPolicy/properties/tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.tolerance,data:data14};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/tolerance",schemaPath:"#/$defs/metricPolicy/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.tolerance.type,parentSchema:schema51.properties.tolerance,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data8.maxRegression !== undefined){let data15 = data8.maxRegression;if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 0 || isNaN(data15)){const err30 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxRegression",schemaPath:"#/$defs/metricPolicy/properties/maxRegression/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.maxRegression,data:data15};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxRegression",schemaPath:"#/$defs/metricPolicy/properties/maxRegression/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.maxRegression.type,parentSchema:schema51.properties.maxRegression,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.metrics.type,parentSchema:schema47.properties.metrics,data:data7};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.compare !== undefined){let data16 = data.compare;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key4 in data16){if(!((key4 === "primary") || (key4 === "significance"))){const err34 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.compare,data:data16};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data16.primary !== undefined){let data17 = data16.primary;if(Array.isArray(data17)){if(data17.length < 1){const err35 = {instancePath:instancePath+"/compare/primary",schemaPath:"#/properties/compare/properties/primary/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.compare.properties.primary,data:data17};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}const len2 = data17.length;for(let i4=0; i4<len2; i4++){let data18 = data17[i4];if(typeof data18 === "string"){if(!pattern9.test(data18)){const err36 = {instancePath:instancePath+"/compare/primary/" + i4,schemaPath:"#/$defs/metricName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.:-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.:-]*$",parentSchema:schema50,data:data18};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/compare/primary/" + i4,schemaPath:"#/$defs/metricName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data18};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}let i5 = data17.length;let j2;if(i5 > 1){outer0:for(;i5--;){for(j2 = i5; j2--;){if(func0(data17[i5], data17[j2])){const err38 = {instancePath:instancePath+"/compare/primary",schemaPath:"#/properties/compare/properties/primary/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema47.properties.compare.properties.primary,data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;break outer0;}}}}}else {const err39 = {instancePath:instancePath+"/compare/primary",schemaPath:"#/properties/compare/properties/primary/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.compare.properties.primary.type,parentSchema:schema47.properties.compare.properties.primary,data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data16.significance !== undefined){let data19 = data16.significance;if((typeof data19 == "number") && (isFinite(data19))){if(data19 >= 1 || isNaN(data19)){const err40 = {instancePath:instancePath+"/compare/significance",schemaPath:"#/properties/compare/properties/significance/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema47.properties.compare.properties.significance,data:data19};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data19 <= 0 || isNaN(data19)){const err41 = {instancePath:instancePath+"/compare/significance",schemaPath:"#/properties/compare/properties/significance/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema47.properties.compare.properties.significance,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/compare/significance",schemaPath:"#/properties/compare/properties/significance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema47.properties.compare.properties.significance.type,parentSchema:schema47.properties.compare.properties.significance,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.compare.type,parentSchema:schema47.properties.compare,data:data16};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.train !== undefined){if(!(validate28(data.train, {instancePath:instancePath+"/train",parentData:data,parentDataProperty:"train",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate28.errors; else for (const e of validate28.errors) vErrors.push(e);errors = vErrors.length;}}if(data.evaluate !== undefined){if(!(validate28(data.evaluate, {instancePath:instancePath+"/evaluate",parentData:data,parentDataProperty:"evaluate",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate28.errors; else for (const e of validate28.errors) vErrors.push(e);errors = vErrors.length;}}if(data.monitor !== undefined){if(!(validate31(data.monitor, {instancePath:instancePath+"/monitor",parentData:data,parentDataProperty:"monitor",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate31.errors; else for (const e of validate31.errors) vErrors.push(e);errors = vErrors.length;}}if(data.ignore !== undefined){let data23 = data.ignore;if(Array.isArray(data23)){const len3 = data23.length;for(let i6=0; i6<len3; i6++){let data24 = data23[i6];if(typeof data24 === "string"){if(func2(data24) < 1){const err44 = {instancePath:instancePath+"/ignore/" + i6,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.ignore.items,data:data24};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/ignore/" + i6,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.ignore.items.type,parentSchema:schema47.properties.ignore.items,data:data24};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}let i7 = data23.length;let j3;if(i7 > 1){const indices2 = {};for(;i7--;){let item2 = data23[i7];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j3 = indices2[item2];const err46 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema47.properties.ignore,data:data23};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;break;}indices2[item2] = i7;}}}else {const err47 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.ignore.type,parentSchema:schema47.properties.ignore,data:data23};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.versions !== undefined){let data25 = data.versions;if(Array.isArray(data25)){const len4 = data25.length;for(let i8=0; i8<len4; i8++){if(!(validate34(data25[i8], {instancePath:instancePath+"/versions/" + i8,parentData:data25,parentDataProperty:i8,rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate34.errors; else for (const e of validate34.errors) vErrors.push(e);errors = vErrors.length;}}}else {const err48 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.versions.type,parentSchema:schema47.properties.versions,data:data25};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.history !== undefined){let data27 = data.history;if(Array.isArray(data27)){const len5 = data27.length;for(let i9=0; i9<len5; i9++){if(!(validate38(data27[i9], {instancePath:instancePath+"/history/" + i9,parentData:data27,parentDataProperty:i9,rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate38.errors; else for (const e of validate38.errors) vErrors.push(e);errors = vErrors.length;}}}else {const err49 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.history.type,parentSchema:schema47.properties.history,data:data27};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}else {const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/acme/modelgate/v1/schema/registry.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.apiVersion === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func2(data0) < 1){const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.apiVersion !== undefined){let data1 = data.apiVersion;if("modelgate/v1" !== data1){const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "modelgate/v1"},message:"must be equal to constant",schema:"modelgate/v1",parentSchema:schema31.properties.apiVersion,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.root !== undefined){let data2 = data.root;if(typeof data2 === "string"){if(func2(data2) < 1){const err5 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.root,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.root.type,parentSchema:schema31.properties.root,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.layout !== undefined){let data3 = data.layout;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/layout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.versioning !== undefined){let data4 = data.versioning;if(!((data4 === "semver") || (data4 === "ordered"))){const err9 = {instancePath:instancePath+"/versioning",schemaPath:"#/$defs/versioning/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.stages !== undefined){let data5 = data.stages;if(Array.isArray(data5)){if(data5.length < 1){const err10 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.stages,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(!(validate21(data5[i0], {instancePath:instancePath+"/stages/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate21.errors; else for (const e of validate21.errors) vErrors.push(e);errors = vErrors.length;}}}else {const err11 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.stages.type,parentSchema:schema31.properties.stages,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.benchmark !== undefined){let data7 = data.benchmark;const _errs16 = errors;let valid5 = false;let passing0 = null;const _errs17 = errors;if(!(validate23(data7, {instancePath:instancePath+"/benchmark",parentData:data,parentDataProperty:"benchmark",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate23.errors; else for (const e of validate23.errors) vErrors.push(e);errors = vErrors.length;}var _valid0 = _errs17 === errors;if(_valid0){valid5 = true;passing0 = 0;}const _errs18 = errors;if(false !== data7){const err12 = {instancePath:instancePath+"/benchmark",schemaPath:"#/properties/benchmark/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema31.properties.benchmark.oneOf[1],data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid0 = _errs18 === errors;if(_valid0 && valid5){valid5 = false;passing0 = [passing0, 1];}else {if(_valid0){valid5 = true;passing0 = 1;}}if(!valid5){const err13 = {instancePath:instancePath+"/benchmark",schemaPath:"#/properties/benchmark/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.benchmark.oneOf,parentSchema:schema31.properties.benchmark,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {errors = _errs16;if(vErrors !== null){if(_errs16){vErrors.length = _errs16;}else {vErrors = null;}}}}if(data.archive !== undefined){if(!(validate25(data.archive, {instancePath:instancePath+"/archive",parentData:data,parentDataProperty:"archive",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate25.errors; else for (const e of validate25.errors) vErrors.push(e);errors = vErrors.length;}}if(data.include !== undefined){let data9 = data.include;if(Array.isArray(data9)){const len1 = data9.length;for(let i1=0; i1<len1; i1++){let data10 = data9[i1];if(typeof data10 === "string"){if(func2(data10) < 1){const err14 = {instancePath:instancePath+"/include/" + i1,schemaPath:"#/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.include.items,data:data10};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/include/" + i1,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.include.items.type,parentSchema:schema31.properties.include.items,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}let i2 = data9.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data9[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err16 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema31.properties.include,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;break;}indices0[item0] = i2;}}}else {const err17 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.include.type,parentSchema:schema31.properties.include,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.ignore !== undefined){let data11 = data.ignore;if(Array.isArray(data11)){const len2 = data11.length;for(let i3=0; i3<len2; i3++){let data12 = data11[i3];if(typeof data12 === "string"){if(func2(data12) < 1){const err18 = {instancePath:instancePath+"/ignore/" + i3,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.ignore.items,data:data12};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/ignore/" + i3,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.ignore.items.type,parentSchema:schema31.properties.ignore.items,data:data12};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}let i4 = data11.length;let j1;if(i4 > 1){const indices1 = {};for(;i4--;){let item1 = data11[i4];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err20 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema31.properties.ignore,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;break;}indices1[item1] = i4;}}}else {const err21 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.ignore.type,parentSchema:schema31.properties.ignore,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.models !== undefined){let data13 = data.models;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key1 in data13){const _errs30 = errors;if(typeof key1 === "string"){if(!pattern4.test(key1)){const err22 = {instancePath:instancePath+"/models",schemaPath:"#/$defs/modelName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema46,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/models",schemaPath:"#/$defs/modelName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}var valid12 = _errs30 === errors;if(!valid12){const err24 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema31.properties.models.propertyNames,parentSchema:schema31.properties.models,data:data13};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}for(const key2 in data13){if(!(validate27(data13[key2], {instancePath:instancePath+"/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data13,parentDataProperty:key2,rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate27.errors; else for (const e of validate27.errors) vErrors.push(e);errors = vErrors.length;}}}else {const err25 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.models.type,parentSchema:schema31.properties.models,data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.history !== undefined){let data15 = data.history;if(Array.isArray(data15)){const len3 = data15.length;for(let i5=0; i5<len3; i5++){if(!(validate38(data15[i5], {instancePath:instancePath+"/history/" + i5,parentData:data15,parentDataProperty:i5,rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate38.errors; else for (const e of validate38.errors) vErrors.push(e);errors = vErrors.length;}}}else {const err26 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.history.type,parentSchema:schema31.properties.history,data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const validateModelFile = validate42;const schema72 = {"title":"Per-model file","description":"One model of a sharded registry (listed by the registry's `include`): `name` plus the keys of a model entry, including its own `history`.","type":"object","properties":{"$schema":{"description":"URI of this JSON Schema, for editors (JSON files).","type":"string","minLength":1},"name":{"description":"The model's name.","$ref":"#/$defs/modelName"},"description":{"description":"One-line description of the model, shown in reports and pull requests.","$ref":"#/$defs/model/properties/description"},"owners":{"description":"GitHub users or teams (`@user`, `@org/team`) asked to review the model's promotion pull requests.","$ref":"#/$defs/model/properties/owners"},"layout":{"description":"Layout template of this model's versions (overrides the registry's `layout`; a stage's, the benchmark's or the archive's own `layout` overrides it).","$ref":"#/$defs/model/properties/layout"},"versioning":{"description":"How this model's versions are named and ordered (overrides the registry's `versioning`).","$ref":"#/$defs/model/properties/versioning"},"files":{"description":"The files every version must hold, relative to the version's folder (or rendered by the layout's file part). A name may contain `/` (nested folders) and `{model}`/`{version}`; globs are not allowed. Optional: without it, each version's `files` alone say what it holds.","$ref":"#/$defs/model/properties/files"},"metrics":{"description":"The metric policy: metric name → how the metric is judged.","$ref":"#/$defs/model/properties/metrics"},"compare":{"description":"How a candidate is compared with the benchmark copy.","$ref":"#/$defs/model/properties/compare"},"train":{"description":"Command that trains the model into `{output_dir}`; run before `evaluate` when the `train` input is true.","$ref":"#/$defs/model/properties/train"},"evaluate":{"description":"Command that evaluates a version and writes its metrics (and predictions) into `{output_dir}`.","$ref":"#/$defs/model/properties/evaluate"},"monitor":{"description":"Production monitoring: re-evaluation on fresh data, drift detection, retraining.","$ref":"#/$defs/model/properties/monitor"},"ignore":{"description":"Globs, relative to `root`, of files in this model's folders that are not model files.","$ref":"#/$defs/model/properties/ignore"},"versions":{"description":"Every known version of the model, in every stage and the archive.","$ref":"#/$defs/model/properties/versions"},"history":{"description":"Append-only promotion log of this model (used in per-model files).","$ref":"#/$defs/model/properties/history"}},"required":["name","versions"],"additionalProperties":false};const schema74 = {"description":"One-line description of the model, shown in reports and pull requests.","type":"string","minLength":1};const schema75 = {"description":"GitHub users or teams (`@user`, `@org/team`) asked to review the model's promotion pull requests.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true};const schema78 = {"description":"The files every version must hold, relative to the version's folder (or rendered by the layout's file part). A name may contain `/` (nested folders) and `{model}`/`{version}`; globs are not allowed. Optional: without it, each version's `files` alone say what it holds.","type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true};const schema91 = {"description":"Globs, relative to `root`, of files in this model's folders (`<stage>/<model>/…`) that are not model files; added to the registry's `ignore`.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true};const schema79 = {"description":"The metric policy: metric name → how the metric is judged.","type":"object","propertyNames":{"$ref":"#/$defs/metricName"},"additionalProperties":{"$ref":"#/$defs/metricPolicy"}};function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate43.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const _errs1 = errors;if(typeof key0 === "string"){if(!pattern9.test(key0)){const err0 = {instancePath,schemaPath:"#/$defs/metricName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.:-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.:-]*$",parentSchema:schema50,data:key0,propertyName:key0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/$defs/metricName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:key0,propertyName:key0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var valid0 = _errs1 === errors;if(!valid0){const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema79.propertyNames,parentSchema:schema79,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}for(const key1 in data){let data0 = data[key1];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.goal === undefined){const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricPolicy/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema51.required,parentSchema:schema51,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key2 in data0){if(!(((((((key2 === "goal") || (key2 === "min")) || (key2 === "max")) || (key2 === "minDelta")) || (key2 === "minRelDelta")) || (key2 === "tolerance")) || (key2 === "maxRegression"))){const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.goal !== undefined){let data1 = data0.goal;if(!((data1 === "maximize") || (data1 === "minimize"))){const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/goal",schemaPath:"#/$defs/metricPolicy/properties/goal/enum",keyword:"enum",params:{allowedValues: schema51.properties.goal.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.goal.enum,parentSchema:schema51.properties.goal,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.min !== undefined){let data2 = data0.min;if(!((typeof data2 == "number") && (isFinite(data2)))){const err6 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/$defs/metricPolicy/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.min.type,parentSchema:schema51.properties.min,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.max !== undefined){let data3 = data0.max;if(!((typeof data3 == "number") && (isFinite(data3)))){const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/$defs/metricPolicy/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.max.type,parentSchema:schema51.properties.max,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.minDelta !== undefined){let data4 = data0.minDelta;if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err8 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/minDelta",schemaPath:"#/$defs/metricPolicy/properties/minDelta/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.minDelta,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/minDelta",schemaPath:"#/$defs/metricPolicy/properties/minDelta/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.minDelta.type,parentSchema:schema51.properties.minDelta,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.minRelDelta !== undefined){let data5 = data0.minRelDelta;if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err10 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/minRelDelta",schemaPath:"#/$defs/metricPolicy/properties/minRelDelta/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.minRelDelta,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/minRelDelta",schemaPath:"#/$defs/metricPolicy/properties/minRelDelta/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.minRelDelta.type,parentSchema:schema51.properties.minRelDelta,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data0.tolerance !== undefined){let data6 = data0.tolerance;if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 0 || isNaN(data6)){const err12 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tolerance",schemaPath:"#/$defs/metricPolicy/properties/tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.tolerance,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tolerance",schemaPath:"#/$defs/metricPolicy/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.tolerance.type,parentSchema:schema51.properties.tolerance,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data0.maxRegression !== undefined){let data7 = data0.maxRegression;if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err14 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxRegression",schemaPath:"#/$defs/metricPolicy/properties/maxRegression/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.maxRegression,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxRegression",schemaPath:"#/$defs/metricPolicy/properties/maxRegression/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.maxRegression.type,parentSchema:schema51.properties.maxRegression,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data0};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate43.errors = vErrors;return errors === 0;}validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema82 = {"description":"How a candidate is compared with the benchmark copy.","type":"object","properties":{"primary":{"description":"Primary metrics: each must improve on the benchmark by at least its `minDelta`/`minRelDelta`. Every name needs a policy with a `goal` in `metrics`.","type":"array","items":{"$ref":"#/$defs/metricName"},"minItems":1,"uniqueItems":true},"significance":{"description":"Level α of a one-sided significance test each primary improvement must also pass (McNemar for accuracy, paired bootstrap otherwise). Needs predictions. Omitted: no test.","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}},"additionalProperties":false};function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate45.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "primary") || (key0 === "significance"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.primary !== undefined){let data0 = data.primary;if(Array.isArray(data0)){if(data0.length < 1){const err1 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema82.properties.primary,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(!pattern9.test(data1)){const err2 = {instancePath:instancePath+"/primary/" + i0,schemaPath:"#/$defs/metricName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.:-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.:-]*$",parentSchema:schema50,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/primary/" + i0,schemaPath:"#/$defs/metricName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data0.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data0[i1], data0[j0])){const err4 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema82.properties.primary,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break outer0;}}}}}else {const err5 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.primary.type,parentSchema:schema82.properties.primary,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.significance !== undefined){let data2 = data.significance;if((typeof data2 == "number") && (isFinite(data2))){if(data2 >= 1 || isNaN(data2)){const err6 = {instancePath:instancePath+"/significance",schemaPath:"#/properties/significance/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema82.properties.significance,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data2 <= 0 || isNaN(data2)){const err7 = {instancePath:instancePath+"/significance",schemaPath:"#/properties/significance/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema82.properties.significance,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/significance",schemaPath:"#/properties/significance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema82.properties.significance.type,parentSchema:schema82.properties.significance,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate45.errors = vErrors;return errors === 0;}validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate47.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema53.required,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((((key0 === "run") || (key0 === "timeout")) || (key0 === "shell")) || (key0 === "metrics")) || (key0 === "predictions")) || (key0 === "data")) || (key0 === "inputs")) || (key0 === "env"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.run !== undefined){let data0 = data.run;if(typeof data0 === "string"){if(func2(data0) < 1){const err2 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.run,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.run.type,parentSchema:schema53.properties.run,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.timeout !== undefined){let data1 = data.timeout;if(typeof data1 === "string"){if(!pattern11.test(data1)){const err4 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?[smh]$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?[smh]$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?[smh]$",parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.shell !== undefined){let data2 = data.shell;if(!(data2 === "bash")){const err6 = {instancePath:instancePath+"/shell",schemaPath:"#/properties/shell/enum",keyword:"enum",params:{allowedValues: schema53.properties.shell.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.shell.enum,parentSchema:schema53.properties.shell,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.metrics !== undefined){let data3 = data.metrics;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.metrics,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.metrics.type,parentSchema:schema53.properties.metrics,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.predictions !== undefined){let data4 = data.predictions;if(typeof data4 === "string"){if(func2(data4) < 1){const err9 = {instancePath:instancePath+"/predictions",schemaPath:"#/properties/predictions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.predictions,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/predictions",schemaPath:"#/properties/predictions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.predictions.type,parentSchema:schema53.properties.predictions,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.data !== undefined){let data5 = data.data;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 === "string"){if(func2(data6) < 1){const err11 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.data.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.data.items.type,parentSchema:schema53.properties.data.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data5[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err13 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema53.properties.data,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;break;}indices0[item0] = i1;}}}else {const err14 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.data.type,parentSchema:schema53.properties.data,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.inputs !== undefined){let data7 = data.inputs;if(Array.isArray(data7)){const len1 = data7.length;for(let i2=0; i2<len1; i2++){let data8 = data7[i2];if(typeof data8 === "string"){if(func2(data8) < 1){const err15 = {instancePath:instancePath+"/inputs/" + i2,schemaPath:"#/properties/inputs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.inputs.items,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/inputs/" + i2,schemaPath:"#/properties/inputs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.inputs.items.type,parentSchema:schema53.properties.inputs.items,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i3 = data7.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data7[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err17 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema53.properties.inputs,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices1[item1] = i3;}}}else {const err18 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.inputs.type,parentSchema:schema53.properties.inputs,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.env !== undefined){let data9 = data.env;if(Array.isArray(data9)){const len2 = data9.length;for(let i4=0; i4<len2; i4++){let data10 = data9[i4];if(typeof data10 === "string"){if(!pattern12.test(data10)){const err19 = {instancePath:instancePath+"/env/" + i4,schemaPath:"#/$defs/withheldVariable/pattern",keyword:"pattern",params:{pattern: "^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$"},message:"must match pattern \""+"^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$"+"\"",schema:"^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$",parentSchema:schema55,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/env/" + i4,schemaPath:"#/$defs/withheldVariable/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}let i5 = data9.length;let j2;if(i5 > 1){outer0:for(;i5--;){for(j2 = i5; j2--;){if(func0(data9[i5], data9[j2])){const err21 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema53.properties.env,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;break outer0;}}}}}else {const err22 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.env.type,parentSchema:schema53.properties.env,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate47.errors = vErrors;return errors === 0;}validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate49.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema53.required,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((((key0 === "run") || (key0 === "timeout")) || (key0 === "shell")) || (key0 === "metrics")) || (key0 === "predictions")) || (key0 === "data")) || (key0 === "inputs")) || (key0 === "env"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.run !== undefined){let data0 = data.run;if(typeof data0 === "string"){if(func2(data0) < 1){const err2 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.run,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.run.type,parentSchema:schema53.properties.run,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.timeout !== undefined){let data1 = data.timeout;if(typeof data1 === "string"){if(!pattern11.test(data1)){const err4 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?[smh]$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?[smh]$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?[smh]$",parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.shell !== undefined){let data2 = data.shell;if(!(data2 === "bash")){const err6 = {instancePath:instancePath+"/shell",schemaPath:"#/properties/shell/enum",keyword:"enum",params:{allowedValues: schema53.properties.shell.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.shell.enum,parentSchema:schema53.properties.shell,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.metrics !== undefined){let data3 = data.metrics;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.metrics,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.metrics.type,parentSchema:schema53.properties.metrics,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.predictions !== undefined){let data4 = data.predictions;if(typeof data4 === "string"){if(func2(data4) < 1){const err9 = {instancePath:instancePath+"/predictions",schemaPath:"#/properties/predictions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.predictions,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/predictions",schemaPath:"#/properties/predictions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.predictions.type,parentSchema:schema53.properties.predictions,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.data !== undefined){let data5 = data.data;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 === "string"){if(func2(data6) < 1){const err11 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.data.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.data.items.type,parentSchema:schema53.properties.data.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data5[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err13 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema53.properties.data,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;break;}indices0[item0] = i1;}}}else {const err14 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.data.type,parentSchema:schema53.properties.data,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.inputs !== undefined){let data7 = data.inputs;if(Array.isArray(data7)){const len1 = data7.length;for(let i2=0; i2<len1; i2++){let data8 = data7[i2];if(typeof data8 === "string"){if(func2(data8) < 1){const err15 = {instancePath:instancePath+"/inputs/" + i2,schemaPath:"#/properties/inputs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.inputs.items,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/inputs/" + i2,schemaPath:"#/properties/inputs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.inputs.items.type,parentSchema:schema53.properties.inputs.items,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i3 = data7.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data7[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err17 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema53.properties.inputs,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices1[item1] = i3;}}}else {const err18 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.inputs.type,parentSchema:schema53.properties.inputs,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.env !== undefined){let data9 = data.env;if(Array.isArray(data9)){const len2 = data9.length;for(let i4=0; i4<len2; i4++){let data10 = data9[i4];if(typeof data10 === "string"){if(!pattern12.test(data10)){const err19 = {instancePath:instancePath+"/env/" + i4,schemaPath:"#/$defs/withheldVariable/pattern",keyword:"pattern",params:{pattern: "^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$"},message:"must match pattern \""+"^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$"+"\"",schema:"^(INPUT_[A-Z0-9_-]+|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_[A-Z0-9_]+)$",parentSchema:schema55,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/env/" + i4,schemaPath:"#/$defs/withheldVariable/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}let i5 = data9.length;let j2;if(i5 > 1){outer0:for(;i5--;){for(j2 = i5; j2--;){if(func0(data9[i5], data9[j2])){const err21 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema53.properties.env,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;break outer0;}}}}}else {const err22 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.env.type,parentSchema:schema53.properties.env,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate49.errors = vErrors;return errors === 0;}validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate51.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "evaluate") || (key0 === "reference")) || (key0 === "current")) || (key0 === "drift")) || (key0 === "retrain"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.evaluate !== undefined){if(!(validate28(data.evaluate, {instancePath:instancePath+"/evaluate",parentData:data,parentDataProperty:"evaluate",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate28.errors; else for (const e of validate28.errors) vErrors.push(e);errors = vErrors.length;}}if(data.reference !== undefined){let data1 = data.reference;if(typeof data1 === "string"){if(func2(data1) < 1){const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.reference,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.reference.type,parentSchema:schema56.properties.reference,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.current !== undefined){let data2 = data.current;if(typeof data2 === "string"){if(func2(data2) < 1){const err3 = {instancePath:instancePath+"/current",schemaPath:"#/properties/current/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.current,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/current",schemaPath:"#/properties/current/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.current.type,parentSchema:schema56.properties.current,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.drift !== undefined){let data3 = data.drift;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!((key1 === "psi") || (key1 === "ksAlpha"))){const err5 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.drift,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data3.psi !== undefined){let data4 = data3.psi;if((typeof data4 == "number") && (isFinite(data4))){if(data4 <= 0 || isNaN(data4)){const err6 = {instancePath:instancePath+"/drift/psi",schemaPath:"#/properties/drift/properties/psi/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema56.properties.drift.properties.psi,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/drift/psi",schemaPath:"#/properties/drift/properties/psi/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema56.properties.drift.properties.psi.type,parentSchema:schema56.properties.drift.properties.psi,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.ksAlpha !== undefined){let data5 = data3.ksAlpha;if((typeof data5 == "number") && (isFinite(data5))){if(data5 >= 1 || isNaN(data5)){const err8 = {instancePath:instancePath+"/drift/ksAlpha",schemaPath:"#/properties/drift/properties/ksAlpha/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema56.properties.drift.properties.ksAlpha,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data5 <= 0 || isNaN(data5)){const err9 = {instancePath:instancePath+"/drift/ksAlpha",schemaPath:"#/properties/drift/properties/ksAlpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema56.properties.drift.properties.ksAlpha,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/drift/ksAlpha",schemaPath:"#/properties/drift/properties/ksAlpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema56.properties.drift.properties.ksAlpha.type,parentSchema:schema56.properties.drift.properties.ksAlpha,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.drift.type,parentSchema:schema56.properties.drift,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.retrain !== undefined){let data6 = data.retrain;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.workflow === undefined){const err12 = {instancePath:instancePath+"/retrain",schemaPath:"#/properties/retrain/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema56.properties.retrain.required,parentSchema:schema56.properties.retrain,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key2 in data6){if(!((key2 === "workflow") || (key2 === "ref"))){const err13 = {instancePath:instancePath+"/retrain",schemaPath:"#/properties/retrain/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.retrain,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.workflow !== undefined){let data7 = data6.workflow;if(typeof data7 === "string"){if(func2(data7) < 1){const err14 = {instancePath:instancePath+"/retrain/workflow",schemaPath:"#/properties/retrain/properties/workflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.retrain.properties.workflow,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/retrain/workflow",schemaPath:"#/properties/retrain/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.retrain.properties.workflow.type,parentSchema:schema56.properties.retrain.properties.workflow,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.ref !== undefined){let data8 = data6.ref;if(typeof data8 === "string"){if(func2(data8) < 1){const err16 = {instancePath:instancePath+"/retrain/ref",schemaPath:"#/properties/retrain/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.retrain.properties.ref,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/retrain/ref",schemaPath:"#/properties/retrain/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.retrain.properties.ref.type,parentSchema:schema56.properties.retrain.properties.ref,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/retrain",schemaPath:"#/properties/retrain/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.retrain.type,parentSchema:schema56.properties.retrain,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate51.errors = vErrors;return errors === 0;}validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema92 = {"description":"Every known version of the model, in every stage and the archive.","type":"array","items":{"$ref":"#/$defs/version"}};function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate54.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate34(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate34.errors; else for (const e of validate34.errors) vErrors.push(e);errors = vErrors.length;}}}else {const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.type,parentSchema:schema92,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate54.errors = vErrors;return errors === 0;}validate54.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const schema93 = {"description":"Append-only promotion log of this model (used in per-model files).","type":"array","items":{"$ref":"#/$defs/historyEntry"}};function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate57.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate38(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate38.errors; else for (const e of validate38.errors) vErrors.push(e);errors = vErrors.length;}}}else {const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.type,parentSchema:schema93,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate57.errors = vErrors;return errors === 0;}validate57.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate42.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.versions === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func1.call(schema72.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func2(data0) < 1){const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.$schema.type,parentSchema:schema72.properties.$schema,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/modelName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema46,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/modelName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 === "string"){if(func2(data2) < 1){const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/model/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/model/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.owners !== undefined){let data3 = data.owners;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(func2(data4) < 1){const err9 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/$defs/model/properties/owners/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.items,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/$defs/model/properties/owners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.items.type,parentSchema:schema75.items,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}let i1 = data3.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data3[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err11 = {instancePath:instancePath+"/owners",schemaPath:"#/$defs/model/properties/owners/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema75,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;break;}indices0[item0] = i1;}}}else {const err12 = {instancePath:instancePath+"/owners",schemaPath:"#/$defs/model/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.type,parentSchema:schema75,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.layout !== undefined){let data5 = data.layout;if(typeof data5 === "string"){if(func2(data5) < 1){const err13 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/model/properties/layout/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/layout",schemaPath:"#/$defs/model/properties/layout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.versioning !== undefined){let data6 = data.versioning;if(!((data6 === "semver") || (data6 === "ordered"))){const err15 = {instancePath:instancePath+"/versioning",schemaPath:"#/$defs/model/properties/versioning/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.files !== undefined){let data7 = data.files;if(Array.isArray(data7)){if(data7.length < 1){const err16 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/model/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema78,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}const len1 = data7.length;for(let i2=0; i2<len1; i2++){let data8 = data7[i2];if(typeof data8 === "string"){if(func2(data8) < 1){const err17 = {instancePath:instancePath+"/files/" + i2,schemaPath:"#/$defs/model/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema78.items,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/files/" + i2,schemaPath:"#/$defs/model/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.items.type,parentSchema:schema78.items,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}let i3 = data7.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data7[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err19 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/model/properties/files/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema78,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;break;}indices1[item1] = i3;}}}else {const err20 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/model/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema78.type,parentSchema:schema78,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.metrics !== undefined){if(!(validate43(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate43.errors; else for (const e of validate43.errors) vErrors.push(e);errors = vErrors.length;}}if(data.compare !== undefined){if(!(validate45(data.compare, {instancePath:instancePath+"/compare",parentData:data,parentDataProperty:"compare",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate45.errors; else for (const e of validate45.errors) vErrors.push(e);errors = vErrors.length;}}if(data.train !== undefined){if(!(validate47(data.train, {instancePath:instancePath+"/train",parentData:data,parentDataProperty:"train",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate47.errors; else for (const e of validate47.errors) vErrors.push(e);errors = vErrors.length;}}if(data.evaluate !== undefined){if(!(validate49(data.evaluate, {instancePath:instancePath+"/evaluate",parentData:data,parentDataProperty:"evaluate",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate49.errors; else for (const e of validate49.errors) vErrors.push(e);errors = vErrors.length;}}if(data.monitor !== undefined){if(!(validate51(data.monitor, {instancePath:instancePath+"/monitor",parentData:data,parentDataProperty:"monitor",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate51.errors; else for (const e of validate51.errors) vErrors.push(e);errors = vErrors.length;}}if(data.ignore !== undefined){let data14 = data.ignore;if(Array.isArray(data14)){const len2 = data14.length;for(let i4=0; i4<len2; i4++){let data15 = data14[i4];if(typeof data15 === "string"){if(func2(data15) < 1){const err21 = {instancePath:instancePath+"/ignore/" + i4,schemaPath:"#/$defs/model/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.items,data:data15};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/ignore/" + i4,schemaPath:"#/$defs/model/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.items.type,parentSchema:schema91.items,data:data15};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}let i5 = data14.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data14[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err23 = {instancePath:instancePath+"/ignore",schemaPath:"#/$defs/model/properties/ignore/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema91,data:data14};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;break;}indices2[item2] = i5;}}}else {const err24 = {instancePath:instancePath+"/ignore",schemaPath:"#/$defs/model/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.type,parentSchema:schema91,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.versions !== undefined){if(!(validate54(data.versions, {instancePath:instancePath+"/versions",parentData:data,parentDataProperty:"versions",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate54.errors; else for (const e of validate54.errors) vErrors.push(e);errors = vErrors.length;}}if(data.history !== undefined){if(!(validate57(data.history, {instancePath:instancePath+"/history",parentData:data,parentDataProperty:"history",rootData,dynamicAnchors}))){if (vErrors === null) vErrors = validate57.errors; else for (const e of validate57.errors) vErrors.push(e);errors = vErrors.length;}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate42.errors = vErrors;return errors === 0;}validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
;// CONCATENATED MODULE: ./src/registry/schema.ts




function schemaDiagnostics(source, data, kind) {
    const validate = kind === 'registry' ? validateRegistry : validateModelFile;
    if (validate(data))
        return [];
    return translate(validate.errors ?? [], data).map(({ path, message, at, number }) => {
        const pos = source.locate(path, at);
        const text = number === undefined ? message : numberForString(number, tokenAt(source, pos));
        return source.diagnostic(path, `${(0,errors/* keyPath */.Dw)(path) || '(top level)'}: ${text}`, pos);
    });
}
/**
 * A number where a string belongs, named as written (YAML reads `1.10` as
 * 1.1, `1.0` as 1). A version (YAML `version: 1.0`, JSON `"version": 1`)
 * gets the SemVer string to write instead, never a quoting that would then
 * fail as not SemVer; any other string the quoted text itself.
 */
function numberForString({ value, version }, token) {
    const written = token && Number(token) === value ? token : String(value);
    if (!version)
        return `expected a string, got the number ${written} (quote it: "${written}")`;
    const meant = (0,semver/* semverSuggestion */.hK)(written);
    return `expected a string such as "1.0.0", got the number ${written}${meant ? ` (write "${meant}")` : ''}`;
}
/** The plain scalar (a number) that starts at `pos` in the file's text. */
function tokenAt(source, pos) {
    const line = source.text.split('\n')[pos.line - 1];
    return line === undefined ? undefined : /^[-+0-9.eE_]+/.exec(line.slice(pos.col - 1))?.[0];
}
function translate(errors, data) {
    // A failed anyOf/oneOf also reports every branch's own failure; keep only
    // the summary, which says which forms are allowed.
    // For a mapping, the branch that takes mappings says precisely what is
    // wrong, and the union adds nothing; for a scalar, the union's list of
    // allowed forms is the useful message and the branches' complaints are noise.
    const unions = errors.filter(e => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    const dropped = new Set();
    for (const u of unions) {
        const isMapping = u.data !== null && typeof u.data === 'object';
        if (isMapping) {
            dropped.add(u);
            for (const e of errors) {
                if (e.instancePath === u.instancePath && ['const', 'type', 'enum'].includes(e.keyword))
                    dropped.add(e);
            }
        }
        else {
            for (const e of errors)
                if (e !== u && e.instancePath === u.instancePath)
                    dropped.add(e);
        }
    }
    const kept = errors.filter(e => !dropped.has(e) &&
        e.keyword !== 'propertyNames' && // its inner error carries the name
        e.keyword !== 'if');
    const seen = new Set();
    const out = [];
    for (const e of kept) {
        const t = translateOne(e, data);
        const id = `${JSON.stringify(t.path)}\u0000${t.message}`;
        if (!seen.has(id)) {
            seen.add(id);
            out.push(t);
        }
    }
    return out;
}
function translateOne(e, data) {
    const path = instancePath(e.instancePath, data);
    const value = e.data;
    const p = e.params;
    const propertyName = e.propertyName;
    if (propertyName !== undefined) {
        return {
            path: [...path, propertyName],
            message: `invalid name "${(0,clip/* clip */.$Q)(propertyName)}": ${patternHint(e) ?? `expected to match ${String(p.pattern)}`}`,
            at: 'key'
        };
    }
    switch (e.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(p.additionalProperty ?? p.unevaluatedProperty);
            const allowed = allowedKeys(e.parentSchema);
            const hint = allowed.length ? `; expected one of: ${allowed.join(', ')}` : '';
            return { path: [...path, key], message: `unknown key "${(0,clip/* clip */.$Q)(key)}"${hint}`, at: 'key' };
        }
        case 'required':
            return {
                path,
                message: `missing required key "${(0,clip/* clip */.$Q)(String(p.missingProperty))}"`,
                at: 'key'
            };
        case 'type': {
            const expected = String(p.type).replace(/,/g, ' or ');
            if (expected === 'string' && typeof value === 'number') {
                const version = e.schemaPath.includes('/versionName/');
                return { path, message: '', at: 'value', number: { value, version } };
            }
            return {
                path,
                message: `expected ${article(expected)}, got ${describe(value)}`,
                at: 'value'
            };
        }
        case 'enum':
            return {
                path,
                message: `expected one of ${p.allowedValues.map(v => JSON.stringify(v)).join(', ')}, got ${describe(value)}`,
                at: 'value'
            };
        case 'const':
            return {
                path,
                message: `expected ${JSON.stringify(p.allowedValue)}, got ${describe(value)}`,
                at: 'value'
            };
        case 'pattern':
            return {
                path,
                message: `${describe(value)} ${patternHint(e) ?? `does not match ${String(p.pattern)}`}`,
                at: 'value'
            };
        case 'anyOf':
        case 'oneOf':
            return {
                path,
                message: `expected ${unionForms(e.schema)}, got ${describe(value)}`,
                at: 'value'
            };
        default:
            return { path, message: `${e.message ?? 'is invalid'}, got ${describe(value)}`, at: 'value' };
    }
}
/** Messages for the patterns the schema names in $defs. */
function patternHint(e) {
    const where = e.schemaPath;
    if (where.includes('/versionName/')) {
        const meant = typeof e.data === 'string' ? (0,semver/* semverSuggestion */.hK)(e.data) : undefined;
        return `is not a version name (letters, digits, ".", "_", "+", "-", starting with a letter or digit, at most 128 characters; e.g. "1.2.0")${meant ? `: write "${meant}"` : ''}`;
    }
    if (where.includes('/digest/'))
        return 'is not a digest (expected "sha256:" and 64 lowercase hex digits)';
    if (where.includes('/withheldVariable/')) {
        return 'is not withheld from manifest commands, so `env` has nothing to pass (it names INPUT_*, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL or ACTIONS_ID_TOKEN_REQUEST_*)';
    }
    if (where.includes('/duration/'))
        return 'is not a duration (expected e.g. "90s", "10m" or "2h")';
    if (where.includes('/metricName/')) {
        return 'is not a metric name (expected letters, digits, "_", ".", ":" or "-", starting with a letter or "_")';
    }
    if (/\/(modelName|stageName)\//.test(where) || where.includes('propertyNames')) {
        return `expected lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, at most 63 characters (${String(e.params.pattern)})`;
    }
    return undefined;
}
function instancePath(pointer, data) {
    if (!pointer)
        return [];
    const out = [];
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            out.push(Number(part));
            node = node[Number(part)];
        }
        else {
            out.push(part);
            node = node && typeof node === 'object' ? node[part] : undefined;
        }
    }
    return out;
}
function allowedKeys(parentSchema) {
    const props = parentSchema?.properties;
    return props ? Object.keys(props).filter(k => k !== '$schema') : [];
}
function unionForms(branches) {
    if (!Array.isArray(branches))
        return 'an allowed form';
    const forms = branches.map(b => {
        const s = b;
        if ('const' in s)
            return JSON.stringify(s.const);
        if (s.enum)
            return s.enum.map(v => JSON.stringify(v)).join(' or ');
        if (s.type)
            return article(s.type);
        if (s.$ref)
            return 'a mapping';
        return 'an allowed form';
    });
    return forms.join(' or ');
}
function article(type) {
    if (type === 'null')
        return 'null';
    if (type.includes(' or '))
        return type;
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return JSON.stringify((0,clip/* clip */.$Q)(value));
    return `the ${typeof value} ${String(value)}`;
}

// EXTERNAL MODULE: ./src/registry/source-file.ts + 3 modules
var source_file = __webpack_require__(28236);
// EXTERNAL MODULE: ./src/registry/types.ts
var types = __webpack_require__(30234);
;// CONCATENATED MODULE: ./src/registry/load.ts
/**
 * Reads the registry manifest and its shards (SPEC §2): parse, schema check,
 * defaults resolved. Rules that need the whole picture live in rules.ts and
 * file checks in file-checks.ts; this module only answers "what does the
 * manifest say, and where".
 */












/**
 * A manifest or shard that cannot be read as a file: a FIFO, a folder, a
 * device, or a symbolic link leading out of the repository. Found before the
 * file is opened, so nothing hangs and nothing outside is read or quoted.
 */
class UnreadableFileError extends errors/* UsageError */.eb {
    rel;
    reason;
    constructor(rel, reason, abs) {
        super(`${abs} ${reason}`);
        this.rel = rel;
        this.reason = reason;
        this.name = 'UnreadableFileError';
    }
}
/** The working tree under `repoRoot`. */
function diskReader(repoRoot) {
    // Synchronous: 10,000 shard files read in a loop beat 10,000 thread-pool hops (bench).
    return {
        read: rel => {
            const abs = external_node_path_default().join(repoRoot, rel);
            const plain = (0,file_kind/* readIfPlainFile */.gP)(abs);
            if (plain)
                return utf8Text(plain);
            const state = (0,file_kind/* inspectFile */.Xp)(abs, { linksWithin: [repoRoot], within: 'the repository' });
            if (state.kind === 'missing')
                return undefined;
            if (state.kind === 'bad')
                throw new UnreadableFileError(rel, state.reason, abs);
            return utf8Text((0,external_node_fs_.readFileSync)(state.real));
        },
        glob: pattern => (0,glob/* expandGlob */.hT)(repoRoot, pattern)
    };
}
/** A manifest or shard whose bytes are not UTF-8; the loader makes it a diagnostic of the file. */
class ManifestEncodingError extends Error {
    problem;
    lossyText;
    constructor(problem, 
    /** The text with U+FFFD for what is not UTF-8: for showing, never for editing. */
    lossyText) {
        super(problem.message);
        this.problem = problem;
        this.lossyText = lossyText;
        this.name = 'ManifestEncodingError';
    }
}
/** The text of a manifest's bytes; throws ManifestEncodingError unless they are UTF-8. */
function utf8Text(bytes) {
    const decoded = decodeManifest(bytes);
    if ('text' in decoded)
        return decoded.text;
    throw new ManifestEncodingError(decoded.problem, decoded.lossyText);
}
/** The diagnostic of a file that is not UTF-8, or undefined for any other error. */
function encodingDiagnostic(error, absPath, rel) {
    if (!(error instanceof ManifestEncodingError))
        return undefined;
    const file = new source_file/* SourceFile */.s(absPath, rel, error.lossyText);
    return file.diagnostic([], error.problem.message, error.problem);
}
async function loadRegistry(options) {
    const absPath = external_node_path_default().resolve(options.manifestPath);
    if (!(0,external_node_fs_.existsSync)(absPath)) {
        throw new errors/* UsageError */.eb(`manifest not found: ${(0,clip/* clip */.$Q)(absPath)} (set the "manifest" input or --manifest; default models/registry.yaml)`);
    }
    const repoRoot = (0,repo_root/* findRepoRoot */.G)(external_node_path_default().dirname(absPath), options.env);
    if (!(0,paths/* isInside */.FK)(repoRoot, absPath)) {
        throw new errors/* UsageError */.eb(`manifest ${(0,clip/* clip */.$Q)(absPath)} is outside the repository root ${repoRoot}`);
    }
    const state = (0,file_kind/* inspectFile */.Xp)(absPath, { linksWithin: [repoRoot], within: 'the repository' });
    if (state.kind === 'bad')
        throw new errors/* UsageError */.eb(`manifest ${(0,clip/* clip */.$Q)(absPath)} ${state.reason}`);
    return loadRegistryWith(diskReader(repoRoot), {
        repoRoot,
        manifestRel: toPosix(external_node_path_default().relative(repoRoot, absPath)),
        onlyModel: options.onlyModel
    });
}
/**
 * Loads the registry through `reader`: the same parse, schema and defaults
 * whatever the files come from. The manifest must exist in the reader.
 */
async function loadRegistryWith(reader, options) {
    const { repoRoot } = options;
    const absPath = external_node_path_default().join(repoRoot, options.manifestRel);
    let text;
    try {
        text = reader.read(options.manifestRel);
    }
    catch (error) {
        const diagnostic = encodingDiagnostic(error, absPath, options.manifestRel);
        if (!diagnostic)
            throw error;
        const manifest = new source_file/* SourceFile */.s(absPath, options.manifestRel, '');
        return { repoRoot, manifest, diagnostics: [diagnostic] };
    }
    if (text === undefined)
        throw new errors/* UsageError */.eb(`manifest not found: ${(0,clip/* clip */.$Q)(options.manifestRel)}`);
    const manifest = new source_file/* SourceFile */.s(absPath, options.manifestRel, text);
    const parsed = parseAndCheck(manifest, 'registry');
    if (parsed.diagnostics.length)
        return { repoRoot, manifest, diagnostics: parsed.diagnostics };
    const data = parsed.data;
    const diagnostics = [];
    const rootRel = data.root ?? toPosix(external_node_path_default().relative(repoRoot, external_node_path_default().dirname(absPath)));
    if (data.root !== undefined) {
        const reason = (0,paths/* unsafePathReason */.m0)(data.root, 'root');
        if (reason)
            diagnostics.push(manifest.diagnostic(['root'], reason, manifest.locate(['root'], 'value')));
    }
    const models = Object.entries(data.models ?? {}).map(([name, spec]) => ({
        name,
        spec,
        source: manifest,
        at: ['models', name]
    }));
    const shards = [];
    if (data.include?.length) {
        const found = await loadShards(reader, repoRoot, manifest, data.include, options.onlyModel, models);
        diagnostics.push(...found.diagnostics);
        shards.push(...found.shards);
        models.push(...found.models);
    }
    if (diagnostics.some(d => d.severity === 'error') && shards.length === 0 && !models.length) {
        return { repoRoot, manifest, diagnostics };
    }
    const registry = {
        repoRoot,
        manifest,
        data,
        root: rootRel === '' ? '.' : rootRel,
        stages: (data.stages ?? types/* DEFAULT_STAGES */.my),
        benchmark: data.benchmark === undefined ? types/* DEFAULT_BENCHMARK */.so : data.benchmark,
        archive: data.archive ?? types/* DEFAULT_ARCHIVE */.FJ,
        models,
        shards,
        onlyModel: options.onlyModel
    };
    return { repoRoot, manifest, registry, diagnostics };
}
async function loadShards(reader, repoRoot, manifest, patterns, onlyModel, inline) {
    const result = { shards: [], models: [], diagnostics: [] };
    const at = new Map();
    const safe = patterns.filter((pattern, i) => {
        const reason = (0,paths/* unsafePathReason */.m0)(pattern, 'include pattern');
        if (reason) {
            result.diagnostics.push(manifest.diagnostic(['include', i], reason, manifest.locate(['include', i], 'value')));
        }
        else if (!at.has(pattern))
            at.set(pattern, i);
        return !reason;
    });
    // A command about one model reads only its shard when the layout names it.
    if (onlyModel && !inline.some(m => m.name === onlyModel)) {
        for (const pattern of safe) {
            const direct = (0,glob/* shardPathFor */.NB)(pattern, onlyModel);
            const text = direct === undefined ? undefined : directShard(reader, direct);
            if (direct && text !== undefined) {
                const one = await readShards(reader, repoRoot, [direct]);
                // A shard that cannot be read is reported here: the full listing skips what is not a file.
                if (typeof text !== 'string' || one.models.some(m => m.name === onlyModel))
                    return mergeInto(result, one);
            }
        }
    }
    const files = new Set();
    for (const pattern of new Set(safe)) {
        const matched = reader.glob(pattern).filter(f => f !== manifest.relPath);
        // A pattern that matches nothing is a typo or a moved folder: its models would silently
        // vanish from validate, plan and every command.
        if (matched.length === 0 && !reader.partial) {
            const i = at.get(pattern);
            result.diagnostics.push(manifest.diagnostic(['include', i], `include pattern ${(0,clip/* quote */.hD)(pattern)} matches no file (patterns are relative to the repository root)`, manifest.locate(['include', i], 'value')));
        }
        for (const f of matched)
            files.add(f);
    }
    return mergeInto(result, await readShards(reader, repoRoot, [...files]));
}
/** A shard named directly: as `readOrProblem`, and undefined when not UTF-8 (the full read reports it). */
function directShard(reader, rel) {
    try {
        return readOrProblem(reader, rel);
    }
    catch (error) {
        if (error instanceof ManifestEncodingError)
            return undefined;
        throw error;
    }
}
/** The text of `rel`, undefined when there is none, or why it cannot be read as a file. */
function readOrProblem(reader, rel) {
    try {
        return reader.read(rel);
    }
    catch (err) {
        if (err instanceof UnreadableFileError)
            return err;
        throw err;
    }
}
function mergeInto(into, from) {
    into.shards.push(...from.shards);
    into.models.push(...from.models);
    into.diagnostics.push(...from.diagnostics);
    return into;
}
async function readShards(reader, repoRoot, files) {
    const result = { shards: [], models: [], diagnostics: [] };
    const sources = [];
    for (const f of files) {
        let text;
        try {
            text = readOrProblem(reader, f);
        }
        catch (error) {
            const diagnostic = encodingDiagnostic(error, external_node_path_default().join(repoRoot, f), f);
            if (!diagnostic)
                throw error;
            result.diagnostics.push(diagnostic);
            continue;
        }
        if (typeof text === 'string')
            sources.push(new source_file/* SourceFile */.s(external_node_path_default().join(repoRoot, f), f, text));
        else if (text) {
            result.diagnostics.push({
                file: f,
                line: 0,
                col: 0,
                key: 'include',
                message: `shard ${text.message}`,
                severity: 'error'
            });
        }
    }
    for (const source of sources) {
        result.shards.push(source);
        const parsed = parseAndCheck(source, 'model');
        if (parsed.diagnostics.length) {
            result.diagnostics.push(...parsed.diagnostics);
            continue;
        }
        const { name, ...spec } = parsed.data;
        result.models.push({ name, spec: spec, source, at: [] });
    }
    return result;
}
function parseAndCheck(source, kind) {
    let data;
    try {
        // A file of comments only is "empty" to a person, not a syntax error.
        data = hasContent(source.text) ? source.parse() : undefined;
    }
    catch (err) {
        if (err instanceof source_file/* SyntaxDiagnosticError */.D)
            return { data: undefined, diagnostics: [err.diagnostic] };
        throw err;
    }
    if (data === undefined || data === null) {
        return {
            data,
            diagnostics: [
                source.diagnostic([], `the file is empty; expected a ${kind === 'registry' ? 'registry manifest (apiVersion: modelgate/v1)' : 'model (name, files, versions)'}`, { line: 1, col: 1 })
            ]
        };
    }
    return { data, diagnostics: schemaDiagnostics(source, data, kind) };
}
/** True when the text holds anything besides white space and comments. */
function hasContent(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '#') {
            const eol = text.indexOf('\n', i);
            if (eol < 0)
                return false;
            i = eol;
        }
        else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') {
            return true;
        }
    }
    return false;
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}


/***/ }),

/***/ 75568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ findRepoRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The repository root all manifest paths are relative to (SPEC §2): the git
 * top level of the manifest's folder, else GITHUB_WORKSPACE, else the current
 * directory. Found by looking for `.git` upwards rather than running git, so
 * `validate` starts without spawning a process.
 */
function findRepoRoot(fromDir, env = process.env) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(fromDir);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git')))
            return dir;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(env.GITHUB_WORKSPACE || process.cwd());
}


/***/ }),

/***/ 24415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ checkRules)
});

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/git-names.ts
var git_names = __webpack_require__(45838);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/semver.ts
var registry_semver = __webpack_require__(34323);
// EXTERNAL MODULE: ./src/registry/layout-template/render.ts
var render = __webpack_require__(99863);
// EXTERNAL MODULE: ./src/registry/layout-template/template.ts + 1 modules
var template = __webpack_require__(39384);
;// CONCATENATED MODULE: ./src/registry/layout-template/checks.ts
/**
 * The checks across a registry's layout templates (issue #12) that need the
 * whole picture: where every version's files render, and what the stages
 * allow. Pure: the caller resolves which template is in force where and
 * places each problem (at the template's line, or at the version's entry).
 *
 * - two (model, version, stage, file) rendering to one path;
 * - one version's folder inside another's (or another version's file in it);
 * - a stage whose paths have no `{version}` holds one version of a model:
 *   `capacity` above 1 or a `rollout` there is refused, and so are two
 *   versions of one model in it;
 * - the archive's paths contain `{version}` (it keeps every old version);
 * - no version is called `benchmark` or the archive folder's name.
 *
 * Problems about a template are reported once per template object, so the
 * caller parses a template once and hands the same object for every model
 * it applies to.
 */

function checkLayouts(input) {
    return [
        ...reservedVersions(input),
        ...archiveTemplates(input),
        ...oneVersionStages(input),
        ...placementProblems(input)
    ];
}
/** No version is called `benchmark` or the archive folder's name (also under the default layout). */
function reservedVersions(input) {
    const reserved = new Map([
        ['benchmark', '"benchmark" means the benchmark copy (version: benchmark in evaluate)'],
        [input.archiveFolder, `"${input.archiveFolder}" is the archive folder's name`]
    ]);
    return input.models.flatMap(m => m.versions.flatMap(v => {
        const why = reserved.get(v.version);
        if (!why)
            return [];
        return [
            {
                kind: 'reserved-version',
                model: m.name,
                version: v.version,
                stage: v.stage,
                message: `version "${v.version}" of ${m.name} has a reserved name: ${why}; choose another`
            }
        ];
    }));
}
function archiveTemplates(input) {
    const seen = new Set();
    const out = [];
    for (const m of input.models) {
        const t = layoutOf(m, input.archiveFolder);
        if (t.uses.has('version') || seen.has(t))
            continue;
        seen.add(t);
        out.push({
            kind: 'archive-without-version',
            template: t,
            stage: input.archiveFolder,
            message: `the archive layout "${t.source}" has no {version}: the archive keeps every retired version, so its paths must tell versions apart, e.g. "{stage}/{model}/{version}" or "{stage}/{model}/{name}_v{version}{ext}"`
        });
    }
    return out;
}
function oneVersionStages(input) {
    const out = [];
    const seen = new Set();
    const once = (key) => !seen.has(key) && !!seen.add(key);
    const templateIds = new Map();
    const idOf = (t) => {
        if (!templateIds.has(t))
            templateIds.set(t, templateIds.size);
        return templateIds.get(t);
    };
    for (const stage of input.stages) {
        for (const m of input.models) {
            const t = layoutOf(m, stage.name);
            if (t.uses.has('version'))
                continue;
            const id = idOf(t);
            const why = `its layout "${t.source}" has no {version}, so it holds one version of a model`;
            if (stage.capacity !== undefined && stage.capacity > 1 && once(`c${id}/${stage.name}`)) {
                out.push({
                    kind: 'one-version-stage',
                    template: t,
                    stage: stage.name,
                    key: 'capacity',
                    message: `stage "${stage.name}" has capacity ${stage.capacity}, but ${why}; remove capacity or add {version} to the layout`
                });
            }
            if (stage.rollout && once(`r${id}/${stage.name}`)) {
                out.push({
                    kind: 'one-version-stage',
                    template: t,
                    stage: stage.name,
                    key: 'rollout',
                    message: `stage "${stage.name}" has a rollout, which keeps two versions side by side, but ${why}; remove rollout or add {version} to the layout`
                });
            }
            const here = m.versions.filter(v => v.stage === stage.name);
            if (here.length > 1) {
                out.push({
                    kind: 'versions-in-one-version-stage',
                    template: t,
                    stage: stage.name,
                    model: m.name,
                    version: here[here.length - 1].version,
                    message: `stage "${stage.name}" holds ${here.length} versions of ${m.name} (${here.map(v => v.version).join(', ')}), but ${why}`
                });
            }
        }
    }
    return out;
}
/**
 * Two versions with one folder, two files at one path, and a version inside
 * another version's folder. A pair of versions is reported once: sharing a
 * folder is not reported again for each file the two share.
 */
function placementProblems(input) {
    const out = [];
    const folders = new Map();
    const occupants = [];
    const reported = new Set();
    const pair = (a, b) => `${key(a)}\0${key(b)}`;
    const clash = (first, o, what) => {
        reported.add(pair(first, o));
        out.push({
            kind: 'collision',
            template: o.template,
            stage: o.stage,
            model: o.model,
            version: o.version,
            message: `${what} would live; the layout "${o.template.source}" must tell them apart (with {model}, {version} or {file})`
        });
    };
    const place = (m, stage, version, files) => {
        const template = layoutOf(m, stage);
        const values = { stage, model: m.name, version };
        const folder = (0,render/* renderFolder */.jz)(template, input.root, values);
        const self = { ...values, file: '', folder, template };
        if (folder !== undefined) {
            const first = folders.get(folder);
            if (!first)
                folders.set(folder, self);
            else if (!oneVersionSlot(first, self)) {
                clash(first, self, `${folder} is where the files of both ${label(first)} and ${label(self)}`);
            }
        }
        for (const file of files) {
            occupants.push([(0,render/* renderPath */.i7)(template, input.root, { ...values, file }), { ...self, file }]);
        }
    };
    for (const m of input.models) {
        for (const v of m.versions)
            place(m, v.stage, v.version, v.files);
        if (m.benchmark && input.benchmarkFolder) {
            place(m, input.benchmarkFolder, m.benchmark.version, m.benchmark.files);
        }
    }
    const byPath = new Map();
    for (const [at, o] of occupants) {
        const first = byPath.get(at);
        if (!first)
            byPath.set(at, o);
        else if (sameVersion(first, o) ? first.file !== o.file : !oneVersionSlot(first, o)) {
            if (!reported.has(pair(first, o))) {
                clash(first, o, `${at} is where both ${describe(first)} and ${describe(o)}`);
            }
        }
    }
    // Each file, then each folder (a version may list no files yet), against the folders above it.
    // What each is called is worked out only for the few reported (10,000 models: 50,000 paths).
    const inner = [
        ...occupants.map(([at, o]) => [at, o, true]),
        ...[...folders].map(([at, o]) => [at, o, false])
    ];
    for (const [at, o, isFile] of inner) {
        // The path itself and every folder above it, without building a list of them.
        for (let end = at.length; end > 0; end = at.lastIndexOf('/', end - 1)) {
            const folder = end === at.length ? at : at.slice(0, end);
            const outer = folders.get(folder);
            if (!outer || sameVersion(outer, o) || oneVersionSlot(outer, o) || folder === o.folder)
                continue;
            if (reported.has(pair(outer, o)))
                continue;
            reported.add(pair(outer, o));
            out.push({
                kind: 'nested',
                template: o.template,
                stage: o.stage,
                model: o.model,
                version: o.version,
                message: `${isFile ? describe(o) : `${label(o)}'s folder`} at ${at} lies inside ${outer.model} ${outer.version}'s folder ${folder} (${outer.stage}); a version's folder holds that version's files only, so the layouts must keep them apart`
            });
        }
    }
    return out;
}
function sameVersion(a, b) {
    return a.model === b.model && a.version === b.version && a.stage === b.stage;
}
/**
 * Two versions of a model in a stage whose layout has no {version}: they
 * share their paths, which versions-in-one-version-stage already reports.
 */
function oneVersionSlot(a, b) {
    return a.model === b.model && a.stage === b.stage && !b.template.uses.has('version');
}
function key(o) {
    return `${o.model}\0${o.version}\0${o.stage}`;
}
function label(o) {
    return `${o.model} ${o.version} (${o.stage})`;
}
function describe(o) {
    return `${o.model} ${o.version}'s ${o.file} (${o.stage})`;
}
function layoutOf(m, folder) {
    const t = m.layouts[folder];
    if (!t)
        throw new Error(`checkLayouts: no layout given for "${folder}" of model ${m.name}`);
    return t;
}

// EXTERNAL MODULE: ./src/registry/layouts.ts
var layouts = __webpack_require__(71300);
// EXTERNAL MODULE: ./src/registry/version-order.ts
var version_order = __webpack_require__(91106);
;// CONCATENATED MODULE: ./src/registry/layout-rules.ts





function checkLayoutRules(reg, out) {
    const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models;
    const parseProblems = [
        ...(0,layouts/* registryTemplateProblems */.Mf)(reg),
        ...models.flatMap(m => (0,layouts/* modelTemplateProblem */.vk)(reg, m) ?? [])
    ];
    for (const p of parseProblems)
        out.push(...parseDiagnostics(p));
    // A template that does not parse would only add problems of the fallback it was replaced by.
    if (parseProblems.length)
        return;
    const byName = new Map(models.map(m => [m.name, m]));
    if ((0,layouts/* usesDefaultLayout */.MZ)(reg)) {
        // SPEC §2's folders never collide; only the reserved version names (`versioning: ordered`
        // accepts `benchmark` and `archived`) need checking, without rendering a path.
        // (Under semver, such names are already "not a SemVer version".)
        const names = models
            .filter(m => (0,version_order/* versioningOf */.eu)(reg, m) === 'ordered')
            .map(m => ({
            name: m.name,
            layouts: {},
            versions: m.spec.versions.map(v => ({ version: v.version, stage: v.stage, files: [] }))
        }));
        const reserved = reservedVersions({
            root: reg.root,
            stages: [],
            archiveFolder: reg.archive.folder,
            models: names
        });
        for (const p of reserved)
            out.push(problemDiagnostic(reg, p, byName));
        return;
    }
    const folders = (0,layout/* managedFolders */.BR)(reg);
    const input = models.map(m => {
        const bench = (0,layout/* benchmarkSource */.Dv)(reg, m);
        return {
            name: m.name,
            layouts: Object.fromEntries(folders.map(f => [f, (0,layouts/* layoutFor */.Q2)(reg, m.name, f)])),
            // A version listed twice is rules.ts's error; its two entries would also "collide" here.
            versions: listedOnce(reg, m).map(v => ({
                version: v.version,
                stage: v.stage,
                files: (0,layout/* versionFiles */.uP)(v)
            })),
            ...(bench ? { benchmark: { version: bench.version, files: (0,layout/* versionFiles */.uP)(bench) } } : {})
        };
    });
    const problems = checkLayouts({
        root: reg.root,
        stages: reg.stages.map(s => ({
            name: s.name,
            capacity: s.capacity,
            rollout: s.rollout !== undefined
        })),
        archiveFolder: reg.archive.folder,
        benchmarkFolder: reg.benchmark ? reg.benchmark.folder : undefined,
        models: input
    });
    for (const p of oncePerTemplate(problems)) {
        // Under semver `benchmark` is already "not a SemVer version": one error is enough.
        const model = p.model === undefined ? undefined : byName.get(p.model);
        if (p.kind === 'reserved-version' && model && (0,version_order/* versioningOf */.eu)(reg, model) !== 'ordered')
            continue;
        out.push(problemDiagnostic(reg, p, byName));
    }
    sharedWithoutModel(reg, models, folders, out);
}
/** Each version once: the first entry of a version (as rules.ts compares them) listed twice. */
function listedOnce(reg, m) {
    const seen = new Set();
    const identity = (0,version_order/* versionIdentity */.HN)(reg, m);
    return m.spec.versions.filter(v => {
        const key = identity(v.version);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * One template that makes paths clash does so for many versions: the user
 * fixes the template once, so it gets one error (the first clash, and how
 * many more there are), not one per pair of files.
 */
function oncePerTemplate(problems) {
    const first = new Map();
    const out = [];
    const ids = new Map();
    for (const p of problems) {
        if ((p.kind !== 'collision' && p.kind !== 'nested') || !p.template) {
            out.push(p);
            continue;
        }
        if (!ids.has(p.template))
            ids.set(p.template, ids.size);
        const key = `${p.kind}\0${ids.get(p.template)}`;
        const known = first.get(key);
        if (known)
            known.more++;
        else {
            const entry = { problem: { ...p }, more: 0 };
            first.set(key, entry);
            out.push(entry.problem);
        }
    }
    for (const { problem, more } of first.values()) {
        if (more)
            problem.message += ` (and ${more} more such path${more === 1 ? '' : 's'})`;
    }
    return out;
}
function parseDiagnostics(p) {
    const { source, at } = p.site;
    return p.errors.map(e => source.diagnostic(at, e.message, source.locate(at, 'value')));
}
function problemDiagnostic(reg, p, byName) {
    const site = p.template ? (0,layouts/* templateSite */.wx)(reg, p.template) : undefined;
    const atVersion = p.kind === 'reserved-version' || p.kind === 'versions-in-one-version-stage';
    if (site && !atVersion)
        return site.source.diagnostic(site.at, p.message, site.source.locate(site.at, 'value'));
    const model = p.model !== undefined ? byName.get(p.model) : undefined;
    const index = model ? model.spec.versions.findIndex(v => v.version === p.version) : -1;
    if (model && index >= 0) {
        const key = p.kind === 'versions-in-one-version-stage' ? 'stage' : 'version';
        const at = [...model.at, 'versions', index, key];
        return model.source.diagnostic(at, p.message, model.source.locate(at, 'value'));
    }
    return reg.manifest.diagnostic([], p.message);
}
/**
 * A template without `{model}` renders the same paths for every model it
 * applies to: reading a file back could not say whose it is. Reported once
 * per template, at its line.
 */
function sharedWithoutModel(reg, models, folders, out) {
    const users = new Map();
    for (const m of models) {
        for (const f of folders) {
            const t = (0,layouts/* layoutFor */.Q2)(reg, m.name, f);
            if (t.uses.has('model'))
                continue;
            const names = users.get(t) ?? new Set();
            names.add(m.name);
            users.set(t, names);
        }
    }
    for (const [t, names] of users) {
        if (names.size < 2)
            continue;
        const site = (0,layouts/* templateSite */.wx)(reg, t);
        const list = [...names];
        const message = `the layout "${t.source}" has no {model}, so it can hold the versions of one model, but it applies to ${list.length} (${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}); add {model}, or give each model its own layout`;
        out.push(site
            ? site.source.diagnostic(site.at, message, site.source.locate(site.at, 'value'))
            : reg.manifest.diagnostic([], message));
    }
}

;// CONCATENATED MODULE: ./src/registry/rules.ts
/**
 * The manifest rules of SPEC §2 that need no file system: names, stages,
 * capacity, duplicates, policies. Each violation is one diagnostic at the
 * line that causes it. Pure: a Registry in, diagnostics out.
 */










const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
/**
 * `benchmark` names the benchmark copy wherever a stage or version could be written
 * (`evaluate --version benchmark`, a plan entry `m@benchmark`, `compare: benchmark`), so a
 * stage of that name would be ambiguous even with `benchmark: false` or another folder.
 */
const RESERVED_STAGE = 'benchmark';
function checkRules(reg) {
    const out = [];
    const stages = (0,layout/* knownStages */.Vd)(reg);
    const names = {
        stages,
        stageSet: new Set(stages),
        models: new Set(reg.models.map(m => m.name))
    };
    checkStages(reg, out);
    checkModelNames(reg, out);
    checkIgnore(reg.manifest, reg.data.ignore, ['ignore'], out);
    for (const model of reg.models) {
        if (reg.onlyModel && model.name !== reg.onlyModel)
            continue;
        checkModel(reg, model, names, out);
        checkIgnore(model.source, model.spec.ignore, [...model.at, 'ignore'], out);
    }
    if (!reg.onlyModel) {
        checkHistory(reg, names, reg.manifest, reg.data.history ?? [], ['history'], undefined, out);
    }
    checkLayoutRules(reg, out);
    return out;
}
/**
 * Why a name of the model's `files` is not one: a placeholder other than
 * `{model}`/`{version}`, or (with those filled in) a name that leaves the
 * version's folder or is a glob.
 */
function requiredFileProblem(name) {
    if (!name.includes('{'))
        return (0,paths/* unsafeFileNameReason */.E_)(name);
    const parsed = (0,template/* parseFileName */.Px)(name);
    if (!parsed.ok)
        return parsed.errors[0].message;
    const reason = (0,paths/* unsafeFileNameReason */.E_)((0,render/* expandFileName */.ED)(name, 'model', '1.0.0'));
    return reason && `${(0,clip/* clip */.$Q)(name)} (with {model} and {version} filled in): ${reason}`;
}
/** `ignore:` globs are relative to `root` and stay inside it (`\` escapes, as in picomatch). */
function checkIgnore(source, patterns, at, out) {
    patterns?.forEach((p, i) => {
        const why = (0,paths/* unsafePathReason */.m0)(p, 'ignore pattern', { base: 'root', backslashEscapes: true });
        if (why)
            out.push(source.diagnostic([...at, i], why, source.locate([...at, i], 'value')));
    });
}
function checkStages(reg, out) {
    const m = reg.manifest;
    const explicit = reg.data.stages !== undefined;
    const seen = new Map();
    reg.stages.forEach((stage, i) => {
        const at = explicit ? ['stages', i, 'name'] : ['stages'];
        const first = seen.get(stage.name);
        if (first !== undefined) {
            out.push(m.diagnostic(at, `stage "${stage.name}" is listed twice (also stages[${first}])`));
        }
        seen.set(stage.name, i);
        if (stage.name === reg.archive.folder) {
            out.push(m.diagnostic(at, `stage "${stage.name}" has the name of the archive folder; choose another name`));
        }
        if (reg.benchmark && stage.name === reg.benchmark.folder) {
            out.push(m.diagnostic(at, `stage "${stage.name}" has the name of the benchmark folder; choose another name`));
        }
        else if (stage.name === RESERVED_STAGE) {
            out.push(m.diagnostic(at, `stage "${RESERVED_STAGE}" is reserved: "${RESERVED_STAGE}" means the benchmark copy (version: benchmark in evaluate, compare: benchmark in gates); choose another name`));
        }
        if (stage.gates?.compare === 'benchmark' && reg.benchmark === false) {
            out.push(m.diagnostic(explicit ? ['stages', i, 'gates', 'compare'] : ['benchmark'], `stage "${stage.name}" has the gate "compare: benchmark" but the registry sets "benchmark: false"`));
        }
        checkStageNameForGitHub(stage.name, at, m, out);
        const steps = stage.rollout?.steps;
        if (steps &&
            (steps.some((s, j) => j > 0 && s <= steps[j - 1]) || steps[steps.length - 1] !== 100)) {
            out.push(m.diagnostic(['stages', i, 'rollout', 'steps'], `rollout steps must rise and end at 100, got [${steps.join(', ')}]`));
        }
    });
    // A retirement's pull request is labelled with the archive folder's name.
    if (reg.data.archive !== undefined && !seen.has(reg.archive.folder)) {
        const label = (0,git_names/* stageLabel */.Hn)(reg.archive.folder);
        if ((0,git_names/* labelLength */.z9)(label) > git_names/* LABEL_MAX_CHARS */.i5) {
            out.push(m.diagnostic(['archive', 'folder'], `archive folder "${reg.archive.folder}" would make the label "${label}" (${(0,git_names/* labelLength */.z9)(label)} characters); GitHub refuses labels over ${git_names/* LABEL_MAX_CHARS */.i5}: use a name of at most ${git_names/* LABEL_MAX_CHARS */.i5 - (0,git_names/* stageLabel */.Hn)('').length} characters`, m.locate(['archive', 'folder'], 'value')));
        }
    }
    if (reg.benchmark) {
        if (reg.benchmark.folder === reg.archive.folder) {
            out.push(m.diagnostic(['benchmark', 'folder'], `the benchmark and archive folders are both "${reg.archive.folder}"`));
        }
        if (!seen.has(reg.benchmark.copyOf)) {
            out.push(m.diagnostic(['benchmark', 'copyOf'], `benchmark.copyOf names the stage "${reg.benchmark.copyOf}", which is not one of: ${(0,layout/* stageNames */.hL)(reg).join(', ')}`, m.locate(['benchmark', 'copyOf'], 'value')));
        }
    }
}
/**
 * A stage's name goes into the branch and a label of every pull request into it:
 * `modelgate/promote/<model>-to-<stage>` must be a branch name git accepts, `stage:<stage>`
 * a label GitHub accepts (at most 50 characters).
 */
function checkStageNameForGitHub(name, at, m, out) {
    // Model names are restricted to [a-z0-9._-] and end before "-to-": only the stage can fail,
    // whatever the model (git accepts "<" and ">", so the placeholder is checked as it is shown).
    const branch = git_names/* changeBranch */.Pf.promote('<model>', name);
    const problem = (0,git_names/* branchNameProblem */.hq)(branch);
    if (problem) {
        out.push(m.diagnostic(at, `stage "${name}" would make the branch name "${branch}", which git refuses (${problem}); rename the stage`));
    }
    const label = (0,git_names/* stageLabel */.Hn)(name);
    if ((0,git_names/* labelLength */.z9)(label) > git_names/* LABEL_MAX_CHARS */.i5) {
        out.push(m.diagnostic(at, `stage "${name}" would make the label "${label}" (${(0,git_names/* labelLength */.z9)(label)} characters); GitHub refuses labels over ${git_names/* LABEL_MAX_CHARS */.i5}: use a stage name of at most ${git_names/* LABEL_MAX_CHARS */.i5 - (0,git_names/* stageLabel */.Hn)('').length} characters`));
    }
}
/** Why a model's branches (rollback, promote) are not branch names git accepts. */
function modelBranchProblem(model) {
    const rollback = git_names/* changeBranch */.Pf.rollback(model);
    const problem = (0,git_names/* branchNameProblem */.hq)(rollback);
    return problem ? `"${rollback}", which git refuses (${problem})` : undefined;
}
function checkModelNames(reg, out) {
    const reserved = new Set([...(0,layout/* knownStages */.Vd)(reg), ...(reg.benchmark ? [reg.benchmark.folder] : [])]);
    const firstSeen = new Map();
    for (const model of reg.models) {
        const at = model.at.length ? model.at : ['name'];
        if (!MODEL_NAME.test(model.name) || model.name.includes('..')) {
            out.push(model.source.diagnostic(at, `model name "${model.name}" is invalid: use lowercase letters, digits, ".", "_" or "-" (no ".."), at most 63 characters`));
        }
        else if (reserved.has(model.name)) {
            out.push(model.source.diagnostic(at, `model name "${model.name}" is also a stage or folder name; rename the model`));
        }
        else {
            const branch = modelBranchProblem(model.name);
            if (branch) {
                out.push(model.source.diagnostic(at, `model name "${model.name}" would make the branch name ${branch}; rename the model`));
            }
        }
        const first = firstSeen.get(model.name);
        if (first) {
            out.push(model.source.diagnostic(at, `model "${model.name}" is defined twice (also in ${first.source.relPath})`));
        }
        else
            firstSeen.set(model.name, model);
    }
}
function checkModel(reg, model, names, out) {
    const { spec, source } = model;
    const at = (...rest) => [...model.at, ...rest];
    let filesAreSafe = true;
    const required = spec.files ?? [];
    required.forEach((name, i) => {
        const reason = requiredFileProblem(name);
        if (reason) {
            filesAreSafe = false;
            out.push(source.diagnostic(at('files', i), reason, source.locate(at('files', i), 'value')));
        }
    });
    const ordered = (0,version_order/* versioningOf */.eu)(reg, model) === 'ordered';
    // `{model}`/`{version}` in a required name are filled in per version before it is looked up.
    const templated = required.some(n => n.includes('{'));
    const policy = spec.metrics ?? {};
    (spec.compare?.primary ?? []).forEach((name, i) => {
        if (!policy[name]) {
            out.push(source.diagnostic(at('compare', 'primary', i), `primary metric "${name}" has no policy: add metrics.${name} with a goal (maximize or minimize)`, source.locate(at('compare', 'primary', i), 'value')));
        }
    });
    const stages = names.stages;
    // With a bad model name, its versions' branches would only repeat that error.
    const branchesAreChecked = MODEL_NAME.test(model.name) &&
        !model.name.includes('..') &&
        modelBranchProblem(model.name) === undefined;
    // Once per model, not once per version: the list is in every version's message.
    const fileList = (0,clip/* clip */.$Q)(required.join(', '));
    // Version (without a leading "v") → the index it is first listed at: a lookup, not a scan of
    // every version before (a model with 100,000 versions made that 5·10⁹ comparisons).
    const seenVersions = new Map();
    const identity = (0,version_order/* versionIdentity */.HN)(reg, model);
    const live = new Map();
    // stage → the version rolling out there (traffic below 100)
    const rolling = new Map();
    spec.versions.forEach((v, i) => {
        const semver = ordered ? undefined : (0,registry_semver/* parseSemVer */.IX)(v.version);
        if (!ordered && !semver) {
            // The words the schema used for it before `versioning: ordered` widened the pattern.
            const where = at('versions', i, 'version');
            const meant = (0,registry_semver/* semverSuggestion */.hK)(v.version);
            const fix = meant
                ? `: write "${meant}"`
                : '; names such as training session ids need versioning: ordered';
            out.push(source.diagnostic(where, `${(0,errors/* keyPath */.Dw)(where)}: ${(0,clip/* quote */.hD)(v.version)} is not a SemVer version (expected e.g. "1.2.0" or "v1.2.0")${fix}`, source.locate(where, 'value')));
        }
        else {
            if (ordered && v.createdAt === undefined) {
                out.push(source.diagnostic(at('versions', i), `${model.name} ${(0,clip/* clip */.$Q)(v.version)} has no createdAt: under versioning: ordered, versions are ordered by when they were created, so each needs one (e.g. createdAt: "2026-01-31T12:00:00Z")`));
            }
            // `v1.3.0` and `1.3.0` are one SemVer version, written two ways: equal without the "v".
            // Under `ordered` a name is only equal to itself.
            const bare = identity(v.version);
            const dup = seenVersions.get(bare);
            if (dup !== undefined) {
                const line = source.locate(at('versions', dup, 'version')).line;
                const first = spec.versions[dup].version;
                const spelling = first === v.version ? '' : `as ${(0,clip/* clip */.$Q)(first)}, `;
                out.push(source.diagnostic(at('versions', i, 'version'), `version ${(0,clip/* clip */.$Q)(v.version)} of ${model.name} is listed twice (${spelling}first at line ${line})`));
            }
            else
                seenVersions.set(bare, i);
            const problem = branchesAreChecked ? versionBranchProblem(model.name, v.version) : undefined;
            if (problem) {
                out.push(source.diagnostic(at('versions', i, 'version'), `version "${(0,clip/* clip */.$Q)(v.version)}" would make the branch name ${problem}; choose another version`, source.locate(at('versions', i, 'version'), 'value')));
            }
        }
        if (!stages.includes(v.stage)) {
            const hint = reg.benchmark && v.stage === reg.benchmark.folder
                ? ' (the benchmark copy is derived from production, not a stage)'
                : '';
            out.push(source.diagnostic(at('versions', i, 'stage'), `unknown stage "${v.stage}" for ${model.name} ${(0,clip/* clip */.$Q)(v.version)}${hint}; expected one of: ${stages.join(', ')}`, source.locate(at('versions', i, 'stage'), 'value')));
        }
        else if ((0,layout/* isLive */.DG)(v)) {
            const held = live.get(v.stage);
            if (held)
                held.push(v.version);
            else
                live.set(v.stage, [v.version]);
        }
        // With a bad name in `files`, comparing each version's digests with it
        // would only repeat that one error.
        for (const name of filesAreSafe ? required : []) {
            const expected = templated ? (0,render/* expandFileName */.ED)(name, model.name, v.version) : name;
            if (!(expected in v.files)) {
                out.push(source.diagnostic(at('versions', i, 'files'), `no digest recorded for "${(0,clip/* clip */.$Q)(expected)}" (every version of ${model.name} holds: ${fileList})`));
            }
        }
        for (const name of Object.keys(v.files)) {
            const reason = (0,paths/* unsafeFileNameReason */.E_)(name);
            if (reason) {
                out.push(source.diagnostic(at('versions', i, 'files', name), reason, source.locate(at('versions', i, 'files', name), 'key')));
            }
        }
        if (v.retired && v.stage !== reg.archive.folder) {
            out.push(source.diagnostic(at('versions', i, 'retired'), `${model.name} ${(0,clip/* clip */.$Q)(v.version)} is in stage "${v.stage}" but has "retired"; only archived versions are retired`));
        }
        const steps = reg.stages.find(s => s.name === v.stage)?.rollout?.steps;
        if (v.traffic !== undefined && !steps) {
            out.push(source.diagnostic(at('versions', i, 'traffic'), `${model.name} ${(0,clip/* clip */.$Q)(v.version)} has "traffic" but stage "${v.stage}" declares no rollout`));
        }
        else if (steps && !(0,layout/* isLive */.DG)(v)) {
            const previous = rolling.get(v.stage);
            if (previous) {
                out.push(source.diagnostic(at('versions', i, 'traffic'), `stage "${v.stage}" holds two rollout candidates of ${model.name} (${(0,clip/* clip */.$Q)(previous)} and ${(0,clip/* clip */.$Q)(v.version)}); one version rolls out at a time`));
            }
            else
                rolling.set(v.stage, v.version);
            if (!steps.includes(v.traffic)) {
                out.push(source.diagnostic(at('versions', i, 'traffic'), `${model.name} ${(0,clip/* clip */.$Q)(v.version)} has traffic ${v.traffic}, not one of the rollout steps of stage "${v.stage}" (${steps.join(', ')})`, source.locate(at('versions', i, 'traffic'), 'value')));
            }
        }
    });
    for (const stage of reg.stages) {
        const held = live.get(stage.name) ?? [];
        if (stage.capacity !== undefined && held.length > stage.capacity) {
            const extra = spec.versions.findIndex(v => v.version === held[stage.capacity]);
            out.push(source.diagnostic(at('versions', extra, 'stage'), `stage "${stage.name}" holds ${held.length} versions of ${model.name} (${(0,clip/* clip */.$Q)(held.join(', '))}); its capacity is ${stage.capacity}`, source.locate(at('versions', extra, 'stage'), 'value')));
        }
    }
    checkHistory(reg, names, source, spec.history ?? [], at('history'), model.name, out);
}
/** Why the register or retire branch of `version` is not a branch name git accepts. */
function versionBranchProblem(model, version) {
    for (const branch of [
        git_names/* changeBranch */.Pf.register(model, version),
        git_names/* changeBranch */.Pf.retire(model, version)
    ]) {
        const problem = (0,git_names/* branchNameProblem */.hq)(branch);
        if (problem)
            return `"${(0,clip/* clip */.$Q)(branch)}", which git refuses (${problem})`;
    }
    return undefined;
}
function checkHistory(reg, names, source, history, at, ownModel, out) {
    const stages = names.stageSet;
    const models = names.models;
    history.forEach((h, i) => {
        if (ownModel !== undefined && h.model !== ownModel) {
            out.push(source.diagnostic([...at, i, 'model'], `history entry names model "${(0,clip/* clip */.$Q)(h.model)}" in the file of model "${ownModel}"`, source.locate([...at, i, 'model'], 'value')));
        }
        else if (ownModel === undefined && !models.has(h.model) && !reg.onlyModel) {
            out.push(source.diagnostic([...at, i, 'model'], `history entry names model "${(0,clip/* clip */.$Q)(h.model)}", which the registry does not have`, source.locate([...at, i, 'model'], 'value')));
        }
        for (const key of ['from', 'to']) {
            const stage = h[key];
            if (stage !== null && stage !== undefined && !stages.has(stage)) {
                out.push(source.diagnostic([...at, i, key], `history entry ${key} "${(0,clip/* clip */.$Q)(stage)}" is not a stage or the archive folder`, source.locate([...at, i, key], 'value')));
            }
        }
    });
}


/***/ }),

/***/ 28236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ SourceFile),
  D: () => (/* binding */ SyntaxDiagnosticError)
});

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: ./src/registry/js-yaml.cjs
var js_yaml = __webpack_require__(91631);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/registry/json-keys.ts
/**
 * JSON.parse keeps the last of two equal keys in an object without a word; YAML (js-yaml)
 * refuses them. A `.json` manifest gets the same rule: the offset of the first key that repeats
 * an earlier key of its object. Linear, one pass over text that JSON.parse already accepted.
 */
/** The first duplicate key of any object in `text` (valid JSON), or undefined. */
function firstDuplicateJsonKey(text) {
    const stack = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            const start = i;
            for (i++; text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
            const top = stack[stack.length - 1];
            if (top?.keys && top.expectKey) {
                const key = JSON.parse(text.slice(start, i + 1));
                if (top.keys.has(key))
                    return { key, offset: start };
                top.keys.add(key);
                top.expectKey = false;
            }
        }
        else if (c === '{') {
            stack.push({ keys: new Set(), expectKey: true });
        }
        else if (c === '[') {
            stack.push({ expectKey: false });
        }
        else if (c === '}' || c === ']') {
            stack.pop();
        }
        else if (c === ',') {
            const top = stack[stack.length - 1];
            if (top?.keys)
                top.expectKey = true;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/positions.ts
/**
 * Source positions of a YAML (or JSON) document, built from js-yaml's event
 * stream: for every mapping key its offset, for every node its start. Built
 * only when a diagnostic needs a line, and far cheaper than a full `yaml`
 * Document (a 10 MB manifest: a fraction of a second instead of seconds).
 */

function buildPositions(text) {
    let root;
    const stack = []; // null marks a document frame
    const add = (node, scalar) => {
        const frame = stack[stack.length - 1];
        if (!frame) {
            root ??= node;
            return;
        }
        if (frame.node.map) {
            if (!frame.key) {
                frame.key = { name: scalar ? (0,js_yaml.getScalarValue)(text, scalar) : '', start: node.start };
                return;
            }
            frame.node.map.set(frame.key.name, { key: frame.key.start, value: node });
            frame.key = undefined;
        }
        else {
            frame.node.seq.push(node);
        }
    };
    for (const e of (0,js_yaml.parseEvents)(text, {})) {
        switch (e.type) {
            case js_yaml.EVENT_ID.DOCUMENT:
                stack.push(null);
                break;
            case js_yaml.EVENT_ID.MAPPING:
                stack.push({ node: { start: e.start, map: new Map() } });
                break;
            case js_yaml.EVENT_ID.SEQUENCE:
                stack.push({ node: { start: e.start, seq: [] } });
                break;
            case js_yaml.EVENT_ID.SCALAR: {
                const quoted = e.style === js_yaml.SCALAR_STYLE.SINGLE_QUOTED || e.style === js_yaml.SCALAR_STYLE.DOUBLE_QUOTED;
                add({ start: quoted ? e.valueStart - 1 : e.valueStart }, e);
                break;
            }
            case js_yaml.EVENT_ID.ALIAS:
                add({ start: Math.max(0, e.anchorStart - 1) });
                break;
            case js_yaml.EVENT_ID.POP: {
                const done = stack.pop();
                if (done)
                    add(done.node);
                break;
            }
        }
    }
    return root;
}
/** Offset → 1-based line and column, by binary search over line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: offset - this.starts[lo] + 1 };
    }
}

;// CONCATENATED MODULE: ./src/registry/yaml-load.ts
/**
 * One YAML document to JavaScript data: js-yaml's `load`, through the two
 * public steps it is made of (`parseEvents`, then `constructFromEvents`).
 *
 * Why not `load` itself: before it parses, `load` merges its options four
 * times through js-yaml's object-spread helper and picks the parser's and the
 * constructor's keys out of the result. That is a few microseconds a call,
 * nothing for one manifest, but a sharded registry of 10,000 files pays it
 * 10,000 times (with the shared decoder of encoding.ts, 30–40 ms of a 1.8 s
 * `plan`: bench/README, session 10). The steps themselves build their state from their own defaults, exactly as
 * `load` has them do, and the documents are counted as `load` counts them,
 * with its messages; a test compares the two on every kind of YAML the
 * registry may meet.
 */

function loadYaml(text, filename) {
    const documents = (0,js_yaml.constructFromEvents)((0,js_yaml.parseEvents)(text, { filename }), { filename, source: text });
    if (documents.length === 1)
        return documents[0];
    throw new js_yaml.YAMLException(documents.length === 0
        ? 'expected a document, but the input is empty'
        : 'expected a single document in the stream, but found more');
}

;// CONCATENATED MODULE: ./src/registry/source-file.ts






/**
 * One manifest file (the registry file or a model shard): its text, the parsed
 * data, and source positions on demand.
 *
 * js-yaml serves the read path (`loadYaml`: a 10 MB manifest in a fraction of
 * the time and memory `yaml`'s Document API needs). Positions are only needed
 * when there is something to report, so they are built lazily from js-yaml's
 * event stream on the first `locate` call, and cached.
 */
class SourceFile {
    absPath;
    relPath;
    text;
    index;
    constructor(
    /** Absolute path. */
    absPath, 
    /** Path relative to the repository root, with `/` separators. */
    relPath, text) {
        this.absPath = absPath;
        this.relPath = relPath;
        this.text = text;
    }
    get isJson() {
        return this.absPath.endsWith('.json');
    }
    /** Parses the text; throws a SyntaxDiagnosticError pointing at the offending line. */
    parse() {
        if (this.isJson) {
            // A UTF-8 byte order mark is kept in the text (edits write it back) but is not JSON.
            const bom = this.text.startsWith('\uFEFF') ? 1 : 0;
            const json = bom ? this.text.slice(1) : this.text;
            let data;
            try {
                data = JSON.parse(json);
            }
            catch (err) {
                const message = err.message;
                const at = /position (\d+)/.exec(message);
                const pos = at
                    ? new LineIndex(this.text).position(Number(at[1]) + bom)
                    : { line: 1, col: 1 };
                throw new SyntaxDiagnosticError(this.diagnostic([], `invalid JSON: ${(0,clip/* clip */.$Q)(message)}`, pos));
            }
            const duplicate = firstDuplicateJsonKey(json);
            if (duplicate) {
                const pos = new LineIndex(this.text).position(duplicate.offset + bom);
                throw new SyntaxDiagnosticError(this.diagnostic([], `invalid JSON: duplicated key ${(0,clip/* quote */.hD)(duplicate.key)} (JSON.parse would keep only the last)`, pos));
            }
            return data;
        }
        try {
            return loadYaml(this.text, this.relPath);
        }
        catch (err) {
            if (err instanceof js_yaml.YAMLException) {
                const pos = err.mark
                    ? { line: err.mark.line + 1, col: err.mark.column + 1 }
                    : { line: 1, col: 1 };
                throw new SyntaxDiagnosticError(this.diagnostic([], `invalid YAML: ${(0,clip/* clip */.$Q)(err.reason || err.message)}`, pos));
            }
            throw err;
        }
    }
    /**
     * The position of a key path: the key itself (`at: 'key'`) or its value.
     * When the path does not exist (a missing key), the deepest existing
     * ancestor is returned, which is where the user has to add it.
     */
    locate(path, at = 'key') {
        const { root, lines } = this.positions();
        let node = root;
        let offset = node?.start;
        for (let i = 0; i < path.length && node; i++) {
            const last = i === path.length - 1;
            if (node.map) {
                const entry = node.map.get(String(path[i]));
                if (!entry)
                    break;
                offset = last && at === 'value' ? entry.value.start : entry.key;
                node = entry.value;
            }
            else if (node.seq && typeof path[i] === 'number') {
                const item = node.seq[path[i]];
                if (!item)
                    break;
                offset = item.start;
                node = item;
            }
            else {
                break;
            }
        }
        return offset === undefined ? { line: 1, col: 1 } : lines.position(offset);
    }
    /** Builds a diagnostic located at a key path of this file. */
    diagnostic(path, message, pos = this.locate(path), severity = 'error') {
        return {
            file: this.relPath,
            line: pos.line,
            col: pos.col,
            key: (0,errors/* keyPath */.Dw)(path),
            message,
            severity
        };
    }
    positions() {
        if (!this.index) {
            let root;
            try {
                root = buildPositions(this.text);
            }
            catch {
                root = undefined; // unparsable text has no positions beyond line 1
            }
            this.index = { root, lines: new LineIndex(this.text) };
        }
        return this.index;
    }
}
/** A file that cannot be parsed at all: the one diagnostic says where. */
class SyntaxDiagnosticError extends Error {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
        this.name = 'SyntaxDiagnosticError';
    }
}


/***/ }),

/***/ 30234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ DEFAULT_ARCHIVE),
/* harmony export */   my: () => (/* binding */ DEFAULT_STAGES),
/* harmony export */   so: () => (/* binding */ DEFAULT_BENCHMARK)
/* harmony export */ });
/**
 * The registry manifest as it is written (SPEC §2). These types mirror
 * schema/registry.schema.json; the schema is the source of truth for what is
 * accepted, these types are what the code reads after validation.
 */
/** SPEC §2 defaults, applied when the manifest leaves the key out. */
const DEFAULT_STAGES = Object.freeze([
    { name: 'development' },
    { name: 'experimental', gates: { metrics: true } },
    { name: 'staging', gates: { metrics: true, compare: 'benchmark' } },
    { name: 'production', capacity: 1, gates: { metrics: true } }
]);
const DEFAULT_BENCHMARK = Object.freeze({
    folder: 'benchmark',
    copyOf: 'production'
});
const DEFAULT_ARCHIVE = Object.freeze({ folder: 'archived' });


/***/ }),

/***/ 91631:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// js-yaml through its CommonJS build. Its ES module build creates the parser's state with
// object spread (`{ ...DEFAULT_PARSER_OPTIONS, ...options, position: 0, … }`), which Node 20's
// V8 keeps in a slow shape: every `state.position` then costs a lookup, and parsing runs
// 2.5× slower (10,000 shards: 1.4 s instead of 0.55 s; `npm run bench plan`). The CommonJS
// build is the same code compiled with Babel's object helpers, which V8 keeps fast. A
// CommonJS `require` is what makes the bundler (and Node) pick that build. On Node 22 and 24
// the ES module build is no longer slow (5–7 % faster than this one; bench/README, session 8):
// once Node 20 is no longer supported, `export * from 'js-yaml'` is the better choice.
module.exports = __webpack_require__(2103)


/***/ })

};
