export const id = 38;
export const ids = [38];
export const modules = {

/***/ 34580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ resolveResultPath),
/* harmony export */   F: () => (/* binding */ parseResult),
/* harmony export */   FX: () => (/* binding */ RESULT_FILE),
/* harmony export */   OC: () => (/* binding */ withoutOutputTail),
/* harmony export */   Uv: () => (/* binding */ readResult),
/* harmony export */   Zk: () => (/* binding */ writeResult),
/* harmony export */   l1: () => (/* binding */ readResultText),
/* harmony export */   w: () => (/* binding */ RESULT_SCHEMA),
/* harmony export */   zU: () => (/* binding */ OUTPUT_TAIL)
/* harmony export */ });
/* unused harmony export jsonSyntaxError */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95861);
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
/**
 * How a failed command's error ends: its last lines of output. result.json
 * and the job summary keep them; where the output was just streamed live
 * (the log, the terminal) `withoutOutputTail` leaves them out, so a
 * traceback is shown once.
 */
const OUTPUT_TAIL = '; its last output:\n';
function withoutOutputTail(error) {
    const at = error.indexOf(OUTPUT_TAIL);
    return at < 0 ? error : `${error.slice(0, at)} (its output is above)`;
}
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${options.what} ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_6__/* .clip */ .$Q)(file)} ${state.reason}`);
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

/***/ 98775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ formatFractionAsPercent),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   dJ: () => (/* binding */ chartable),
/* harmony export */   h9: () => (/* binding */ formatSignedPercent),
/* harmony export */   ku: () => (/* binding */ plainNumber),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/**
 * Numbers written as text: every formatting of a number modelgate shows
 * (reading numbers from text cells is numbers.ts).
 *
 * For people — comparison reasons, tables, summaries: metrics range from
 * 0.9213 (accuracy) to 31 (latency in ms) to 1.2e-5 (a loss), so values are
 * shown with a fixed number of significant digits rather than decimals, and
 * without trailing zeros ("33", not "33.00").
 *
 * For charts — mermaid and SVG (present/charts/): `plainNumber` never writes
 * an exponent, which mermaid cannot read, so `chartable` keeps out what it
 * cannot write in full.
 */
/** `x` with `digits` significant digits: 0.92134 → "0.9213", 33 → "33", 123456.7 → "123457". */
function formatNumber(x, digits = 4) {
    if (!Number.isFinite(x))
        return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
    if (x === 0)
        return '0';
    const abs = Math.abs(x);
    if (abs >= 1e-4 && abs < 1e15) {
        // Integer digits are never dropped: 123456.7 keeps all six.
        const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
        return trimZeros(x.toFixed(Math.min(decimals, 100)));
    }
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent}`;
}
/** A signed change: "+0.009", "-2", "±0" for no change. */
function formatSigned(x, digits = 4) {
    if (x === 0)
        return '±0';
    const text = formatNumber(x, digits);
    return x > 0 ? `+${text}` : text;
}
/** A change already in percent (1.0 = 1 %): "+1.0%", "-0.25%", "±0%". */
function formatSignedPercent(pct) {
    if (pct === 0)
        return '±0%';
    // One decimal reads well for most changes; tiny ones keep two significant digits.
    const text = Math.abs(pct) >= 1 ? pct.toFixed(1) : formatNumber(pct, 2);
    return `${pct > 0 ? '+' : ''}${text}%`;
}
/** A fraction as a percentage: 0.1 → "10%", 0.025 → "2.5%". */
function formatFractionAsPercent(fraction) {
    return `${formatNumber(fraction * 100, 3)}%`;
}
/** "p = 0.031", "p = 0.0012", "p < 0.0001". */
function formatPValue(p) {
    if (Number.isNaN(p))
        return 'p = NaN';
    if (p < 1e-4)
        return 'p < 0.0001';
    return `p = ${formatNumber(p, 2)}`;
}
/** A value a chart can place: finite, and printable without an exponent. */
function chartable(x) {
    // Beyond 1e21 JavaScript prints exponents only, which mermaid does not read.
    return typeof x === 'number' && Number.isFinite(x) && Math.abs(x) < 1e21;
}
/** A number mermaid parses: no exponent, no float noise (0.1 + 0.2 → 0.3). */
function plainNumber(x) {
    const s = String(Number(x.toPrecision(6)));
    if (!/e/i.test(s))
        return s;
    return x.toFixed(20).replace(/\.?0+$/, '');
}
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}


/***/ }),

/***/ 97402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: () => (/* binding */ rawTable),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uo: () => (/* binding */ capped)
/* harmony export */ });
/** Small Markdown builders shared by the summaries, bodies and reports. */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** A Markdown table; columns listed in `rightAligned` (numbers) are aligned right. */
function table(header, rows, rightAligned = []) {
    const escaped = (cells) => cells.map(escapeCell);
    return rawTable(escaped(header), rows.map(escaped), rightAligned);
}
/** `table` for cells that were escaped as they were built. */
function rawTable(header, rows, rightAligned = []) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = header.map((_, c) => (rightAligned.includes(c) ? '---:' : '---'));
    return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
/**
 * Caps a list for a summary, with a note saying how many were left out:
 * long outputs are cut, never dropped silently (SPEC §5).
 */
function capped(items, max) {
    if (items.length <= max)
        return { shown: items };
    return {
        shown: items.slice(0, max),
        note: `… and ${items.length - max} more (see the log or --json)`
    };
}


/***/ }),

/***/ 85038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateView: () => (/* binding */ evaluateView)
/* harmony export */ });
/* harmony import */ var _evaluation_result_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34580);
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98775);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97402);



function evaluateView({ result }) {
    const { results, artifacts } = result;
    const text = results
        .map(r => `${r.status === 'ok' ? '✔' : '✖'} ${r.model} ${r.target === 'benchmark' ? `benchmark (${r.version})` : r.version}${r.cache?.hit ? ' (cached)' : ''}: ${r.status === 'ok' ? metricsLine(r.metrics) : (0,_evaluation_result_file_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutOutputTail */ .OC)(r.error ?? '')}`)
        .join('\n');
    const parts = ['## modelgate evaluate', ''];
    for (const r of results) {
        const what = r.target === 'benchmark' ? `benchmark copy of ${r.version}` : r.version;
        const cached = r.cache?.hit ? ' (cached)' : '';
        parts.push(`### ${r.model} ${what}: ${r.status === 'ok' ? '✔ ok' : '✖ error'}${cached}`, '');
        if (r.status !== 'ok') {
            parts.push('```', r.error ?? '', '```', '');
            continue;
        }
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['metric', 'value', 'source'], Object.entries(r.metrics).map(([k, v]) => [
            k,
            (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(v),
            r.reportedMetrics && k in r.reportedMetrics ? 'reported' : 'computed'
        ])), '');
    }
    if (artifacts.length)
        parts.push(`Artifacts: ${artifacts.map(a => `\`${a.name}\``).join(', ')}`);
    return { text, summary: parts.join('\n') };
}
function metricsLine(metrics) {
    return Object.entries(metrics)
        .map(([k, v]) => `${k}=${(0,_policy_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(v)}`)
        .join(' ');
}


/***/ }),

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

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ unsafeFileNameReason),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   gN: () => (/* binding */ joinRel),
/* harmony export */   m0: () => (/* binding */ unsafePathReason)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95861);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Path safety for every path a manifest names (SPEC §2, §7): relative to the
 * repository root, never absolute, never climbing out with `..`.
 * Symbolic links are checked where files are read (file-tree.ts, file-kind.ts).
 */


/** Returns why a manifest path is unsafe, or undefined when it is fine. */
function unsafePathReason(p, what = 'path', rules = {}) {
    const base = rules.base ?? 'the repository root';
    if (p === '')
        return `${what} is empty`;
    if (p.includes('\0'))
        return `${what} contains a NUL byte`;
    if (p.includes('\\') && !rules.backslashEscapes) {
        return `${what} ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(p)} uses "\\"; use "/" as the separator`;
    }
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) {
        return `${what} ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(p)} is absolute; paths are relative to ${base}`;
    }
    const parts = p.split('/');
    if (parts.includes('..')) {
        return `${what} ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(p)} leaves ${base === 'root' ? 'root' : 'the repository'} with ".."`;
    }
    return undefined;
}
/** A file name inside a version folder: additionally no globs, no `.` or empty segments. */
function unsafeFileNameReason(name) {
    const basic = unsafePathReason(name, 'file name');
    if (basic)
        return basic.replace('the repository', 'the version folder');
    if (/[*?[\]{}]/.test(name))
        return `file name ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)} contains a glob character; name files exactly`;
    if (name.split('/').some(s => s === '' || s === '.')) {
        return `file name ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)} has an empty or "." segment`;
    }
    return undefined;
}
/** Joins repository-relative segments with `/` (manifest paths are POSIX-style). */
function joinRel(...parts) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(...parts.filter(p => p !== '' && p !== '.'));
}
/** True when `child` (absolute) is `parent` or inside it. */
function isInside(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel));
}


/***/ })

};
