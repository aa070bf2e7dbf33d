export const id = 402;
export const ids = [402];
export const modules = {

/***/ 45838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ stageLabel),
/* harmony export */   Pf: () => (/* binding */ changeBranch),
/* harmony export */   hq: () => (/* binding */ branchNameProblem),
/* harmony export */   i5: () => (/* binding */ LABEL_MAX_CHARS),
/* harmony export */   z9: () => (/* binding */ labelLength)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95861);
/**
 * The names GitHub and git must accept for what modelgate writes: the branches of its pull
 * requests and the labels it puts on them. `validate` refuses a stage, model or version whose
 * branch git would refuse or whose `stage:<name>` label GitHub would refuse, so that the
 * promotion fails at review of the manifest, not at its last step (a 422 from GitHub).
 * Pure: strings in, the reason out.
 */

/** The branch of each kind of change (SPEC §3, §5). */
const changeBranch = {
    promote: (model, stage) => `modelgate/promote/${model}-to-${stage}`,
    rollback: (model) => `modelgate/rollback/${model}`,
    register: (model, version) => `modelgate/register/${model}-${version}`,
    retire: (model, version) => `modelgate/retire/${model}-${version}`
};
/** GitHub refuses a label name longer than this (422 "name is too long"). */
const LABEL_MAX_CHARS = 50;
/** The label modelgate puts on a pull request into `stage`. */
function stageLabel(stage) {
    return `stage:${stage}`;
}
/** Characters, as GitHub counts a label's length (code points, not UTF-16 units). */
function labelLength(label) {
    let n = 0;
    for (const _ of label)
        n++;
    return n;
}
/** Components of letters, digits and `_ + - .`, none starting with `.` or `-`, not ending with `.`. */
const PLAIN_BRANCH = /^[A-Za-z0-9_+][A-Za-z0-9_.+-]*(\/[A-Za-z0-9_+-][A-Za-z0-9_.+-]*)*(?<!\.)$/;
const LOCK_COMPONENT = /\.lock(\/|$)/;
const FORBIDDEN = {
    ' ': 'a space',
    '~': '"~"',
    '^': '"^"',
    ':': '":"',
    '?': '"?"',
    '*': '"*"',
    '[': '"["',
    '\\': '"\\"'
};
/**
 * Why `git check-ref-format --branch <name>` refuses `name`, or undefined when it accepts it:
 * no empty component (no leading, trailing or doubled `/`), no component that starts with `.`
 * or ends with `.lock`, no `..`, no ASCII control character, space, `~ ^ : ? * [ \`, no `@{`,
 * not ending with `.`, and (as a branch) not starting with `-` and not `HEAD`. (A lone `@` is
 * refused as a whole ref name only; as a branch it is `refs/heads/@`, which git accepts.)
 */
function branchNameProblem(name) {
    // Nearly every name is plain: one regular expression settles it (plan on 10,000 models
    // checks 100,000 branch names; the character walk below was 5 % of its time).
    if (PLAIN_BRANCH.test(name) &&
        name !== 'HEAD' &&
        !name.includes('..') &&
        !LOCK_COMPONENT.test(name)) {
        return undefined;
    }
    if (name === '')
        return 'it is empty';
    if (name.startsWith('-'))
        return 'it starts with "-"';
    if (name === 'HEAD')
        return 'it is "HEAD"';
    for (const ch of name) {
        const code = ch.codePointAt(0);
        if (code < 0x20 || code === 0x7f) {
            return `it holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        }
        if (FORBIDDEN[ch])
            return `it holds ${FORBIDDEN[ch]}`;
    }
    if (name.includes('..'))
        return 'it holds ".."';
    if (name.includes('@{'))
        return 'it holds "@{"';
    if (name.endsWith('/'))
        return 'it ends with "/"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    for (const part of name.split('/')) {
        if (part === '')
            return 'it has an empty path component ("//" or a leading "/")';
        if (part.startsWith('.'))
            return `its path component "${(0,_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(part)}" starts with "."`;
        if (part.endsWith('.lock'))
            return `its path component "${(0,_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(part)}" ends with ".lock"`;
    }
    return undefined;
}


/***/ }),

/***/ 99863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ keptNameSeparator),
/* harmony export */   ED: () => (/* binding */ expandFileName),
/* harmony export */   H1: () => (/* binding */ renderRelative),
/* harmony export */   i7: () => (/* binding */ renderPath),
/* harmony export */   jz: () => (/* binding */ renderFolder),
/* harmony export */   se: () => (/* binding */ splitFileName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/**
 * Rendering a layout template: (stage, model, version, file) → the file's
 * repository-relative path under `root`.
 *
 * Placeholders render as follows:
 * - `{stage}`: the stage's folder name, or the benchmark or archive folder's;
 * - `{model}`, `{version}`: the model name and the version as written;
 * - `{file}`: the logical file name from `files` (it may hold `/`), after its
 *   own `{model}` and `{version}` are filled in;
 * - `{name}`: that file name without its last extension, `{ext}`: the last
 *   extension with its dot (`model.tar.gz` → `model.tar` and `.gz`; a name
 *   without an extension, or a dot-file such as `.env`, has `{ext}` empty).
 *
 * The kept-name rule. Where the file part says `{name}<text>{version}` (some
 * literal text, such as `_v`, between the two), a file whose name already
 * ends in `<text><its version>` keeps its name: `{name}<text>{version}`
 * renders as `{name}` alone. So under `{stage}/{model}/{name}_v{version}{ext}`
 * version 0.9.2's `metadata.json` becomes `metadata_v0.9.2.json` while
 * `overdue_prediction_model_v0.9.2.pkl` is left as it is: a version is never
 * written into a name twice. The rule needs the literal text (with
 * `{name}{version}` a name like `model1` for version `1` would end in the
 * version by coincidence), and compares the whole version as written
 * (`model_v1.1.0` is not "already versioned" for version `1.1`).
 */


/** A logical file name with its `{model}` and `{version}` filled in (names checked by parseFileName). */
function expandFileName(file, model, version) {
    if (!file.includes('{'))
        return file;
    return file.replaceAll('{model}', model).replaceAll('{version}', version);
}
/** `{name}` and `{ext}` of a concrete file name. */
function splitFileName(file) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.extname(file);
    return { name: ext ? file.slice(0, -ext.length) : file, ext };
}
/** The file's path relative to the repository root. */
function renderPath(template, root, values) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRel */ .gN)(root, renderParts(template.parts, values));
}
/** The file's path relative to `root`. */
function renderRelative(template, values) {
    return renderParts(template.parts, values);
}
/**
 * The version's own folder, relative to the repository root, for a folder
 * template (last segment `{file}`); undefined for a file template, whose
 * files share their folder with other versions or stages.
 */
function renderFolder(template, root, values) {
    if (!template.folder)
        return undefined;
    const rel = renderParts(template.parts.slice(0, -1), { ...values, file: '' });
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRel */ .gN)(root, rel.replace(/\/$/, ''));
}
function renderParts(parts, values) {
    const file = expandFileName(values.file, values.model, values.version);
    const { name, ext } = splitFileName(file);
    let out = '';
    for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (p.kind === 'text') {
            out += p.text;
            continue;
        }
        switch (p.name) {
            case 'stage':
                out += values.stage;
                break;
            case 'model':
                out += values.model;
                break;
            case 'version':
                out += values.version;
                break;
            case 'file':
                out += file;
                break;
            case 'ext':
                out += ext;
                break;
            case 'name': {
                out += name;
                const sep = keptNameSeparator(parts, i);
                if (sep !== undefined && name.endsWith(sep + values.version))
                    i += 2;
                break;
            }
        }
    }
    return out;
}
/**
 * The literal text of `{name}<text>{version}` when part `i` (a `{name}`)
 * starts one; undefined otherwise.
 */
function keptNameSeparator(parts, i) {
    const name = parts[i];
    if (name?.kind !== 'placeholder' || name.name !== 'name')
        return undefined;
    const text = parts[i + 1];
    const version = parts[i + 2];
    if (text?.kind !== 'text' || version?.kind !== 'placeholder' || version.name !== 'version') {
        return undefined;
    }
    return text.text;
}


/***/ }),

/***/ 39384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zR: () => (/* binding */ DEFAULT_LAYOUT),
  Px: () => (/* binding */ parseFileName),
  U8: () => (/* binding */ parseLayout)
});

// UNUSED EXPORTS: FILE_PLACEHOLDERS, PLACEHOLDERS, lastSegment

;// CONCATENATED MODULE: ./src/registry/layout-template/closest-name.ts
/** The nearest of a few known names to a misspelt one, for "did you mean …?" hints. */
/** The candidate within two edits of `name` (the closest, first on ties); undefined when none is. */
function closestName(name, candidates) {
    let best;
    let bestDistance = 3;
    for (const c of candidates) {
        const d = editDistance(name.toLowerCase(), c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./src/registry/layout-template/template.ts
/**
 * Layout templates (issue #12): where a version's files live under `root`,
 * written with placeholders, e.g. `{stage}/{model}_v{version}`. This file
 * parses a template once into parts; rendering, matching and the checks
 * across a registry work on the parsed form and never re-read the text.
 *
 * Errors are data (`TemplateError`), never exceptions: the caller places
 * them at the template's line in the manifest.
 */

const PLACEHOLDERS = ['stage', 'model', 'version', 'file', 'name', 'ext'];
/** The placeholders that stand for (part of) the logical file name. */
const FILE_PLACEHOLDERS = ['file', 'name', 'ext'];
/** The registry-wide default: SPEC §2's `<root>/<stage>/<model>/<version>/<file>`. */
const DEFAULT_LAYOUT = '{stage}/{model}/{version}';
const PLACEHOLDER_LIST = PLACEHOLDERS.map(p => `{${p}}`).join(', ');
/**
 * Parses a layout template. `what` names it in messages ("layout", "archive
 * layout", …) so the user knows which key to fix.
 */
function parseLayout(source, what = 'layout') {
    const quoted = `${what} "${source}"`;
    if (source.trim() === '') {
        return {
            ok: false,
            errors: [{ message: `${quoted} is empty; the default is "${DEFAULT_LAYOUT}"` }]
        };
    }
    const tokens = tokenize(source, PLACEHOLDERS, quoted);
    const shape = pathShapeErrors(source, quoted);
    if (!tokens.ok)
        return { ok: false, errors: [...tokens.errors, ...shape] };
    const errors = [...shape];
    const parts = tokens.value;
    const names = parts.flatMap(p => (p.kind === 'placeholder' ? [p.name] : []));
    if (!names.includes('stage')) {
        errors.push({
            message: `${quoted} has no {stage}: every layout contains {stage}, which stands for the stage's folder name (or the benchmark or archive folder's)`
        });
    }
    errors.push(...filePlaceholderErrors(parts, quoted));
    if (errors.length)
        return { ok: false, errors };
    const hasFile = names.some(n => FILE_PLACEHOLDERS.includes(n));
    const full = hasFile
        ? mergeText(parts)
        : mergeText([...parts, { kind: 'text', text: '/' }, { kind: 'placeholder', name: 'file' }]);
    const last = lastSegment(full);
    return {
        ok: true,
        value: {
            source,
            parts: full,
            folder: last.length === 1 && last[0].kind === 'placeholder' && last[0].name === 'file',
            uses: new Set(full.flatMap(p => (p.kind === 'placeholder' ? [p.name] : [])))
        }
    };
}
/**
 * Parses a logical file name from `files`, which may carry `{model}` and
 * `{version}` (e.g. `{model}_v{version}.pkl`). Other placeholders are errors.
 */
function parseFileName(source) {
    const quoted = `file name "${source}"`;
    const tokens = tokenize(source, ['model', 'version'], quoted);
    return tokens.ok ? { ok: true, value: mergeText(tokens.value) } : tokens;
}
/** The parts of the last `/`-separated segment (the file part of a template). */
function lastSegment(parts) {
    let start = parts.length;
    while (start > 0) {
        const p = parts[start - 1];
        if (p.kind === 'text' && p.text.includes('/'))
            break;
        start--;
    }
    const out = parts.slice(start);
    if (start > 0) {
        const p = parts[start - 1];
        const tail = p.text.slice(p.text.lastIndexOf('/') + 1);
        if (tail)
            out.unshift({ kind: 'text', text: tail });
    }
    return out;
}
/** Splits text into literal text and `{placeholder}`s, refusing unbalanced braces and unknown names. */
function tokenize(source, allowed, quoted) {
    const parts = [];
    const errors = [];
    let text = '';
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '}') {
            errors.push({
                message: `${quoted} has a "}" with no "{" before it (character ${i + 1}); a placeholder is written like {${allowed[0]}}`,
                index: i
            });
            continue;
        }
        if (c !== '{') {
            text += c;
            continue;
        }
        const close = source.indexOf('}', i + 1);
        const reopen = source.indexOf('{', i + 1);
        if (close < 0 || (reopen >= 0 && reopen < close)) {
            errors.push({
                message: `${quoted} has a "{" that is not closed (character ${i + 1}); a placeholder is written like {${allowed[0]}}`,
                index: i
            });
            continue;
        }
        const name = source.slice(i + 1, close);
        if (!allowed.includes(name)) {
            errors.push({ message: unknownPlaceholder(name, allowed, quoted), index: i });
        }
        else {
            if (text)
                parts.push({ kind: 'text', text });
            text = '';
            parts.push({ kind: 'placeholder', name: name });
        }
        i = close;
    }
    if (text)
        parts.push({ kind: 'text', text });
    return errors.length ? { ok: false, errors } : { ok: true, value: parts };
}
function unknownPlaceholder(name, allowed, quoted) {
    const known = allowed.map(p => `{${p}}`).join(', ');
    if (PLACEHOLDERS.includes(name)) {
        return `${quoted} uses {${name}}, which a file name cannot carry; it may use ${known}`;
    }
    const guess = closestName(name, allowed);
    const hint = guess ? `; did you mean {${guess}}?` : '';
    return `${quoted} uses the unknown placeholder {${name}}${hint} (placeholders: ${allowed === PLACEHOLDERS ? PLACEHOLDER_LIST : known})`;
}
/** Absolute paths, `..`, `.` and empty segments, and `\` as a separator. */
function pathShapeErrors(source, quoted) {
    if (source.includes('\\')) {
        return [
            { message: `${quoted} uses "\\"; use "/" as the separator`, index: source.indexOf('\\') }
        ];
    }
    if (source.startsWith('/') || /^[A-Za-z]:/.test(source)) {
        return [{ message: `${quoted} is absolute; a layout is relative to root`, index: 0 }];
    }
    const segments = source.split('/');
    if (segments.includes('..')) {
        return [{ message: `${quoted} leaves root with ".."; a layout stays inside root` }];
    }
    if (segments.some(s => s === '' || s === '.')) {
        return [
            {
                message: `${quoted} has an empty or "." segment (a doubled, leading or trailing "/"); write each folder once, e.g. "${DEFAULT_LAYOUT}"`
            }
        ];
    }
    return [];
}
/**
 * `{file}`, `{name}` and `{ext}` describe the file, so they sit in the last
 * segment, each at most once, and `{file}` (which already is `{name}{ext}`)
 * is not combined with the other two.
 */
function filePlaceholderErrors(parts, quoted) {
    const errors = [];
    const seen = new Set();
    let before = false;
    parts.forEach((p, i) => {
        if (p.kind !== 'placeholder' || !FILE_PLACEHOLDERS.includes(p.name))
            return;
        if (parts.slice(i + 1).some(q => q.kind === 'text' && q.text.includes('/')))
            before = true;
        if (seen.has(p.name))
            errors.push({ message: `${quoted} uses {${p.name}} twice; use it once` });
        seen.add(p.name);
    });
    if (before) {
        errors.push({
            message: `${quoted} puts a file placeholder ({file}, {name}, {ext}) before a "/"; they belong in the last segment, e.g. "{stage}/{model}/{name}_v{version}{ext}"`
        });
    }
    if (seen.has('file') && (seen.has('name') || seen.has('ext'))) {
        errors.push({
            message: `${quoted} combines {file} with {name} or {ext}; {file} already is {name}{ext}, so use one or the other`
        });
    }
    return errors;
}
/** Joins adjacent text parts, so each part boundary is a placeholder boundary. */
function mergeText(parts) {
    const out = [];
    for (const p of parts) {
        const prev = out[out.length - 1];
        if (p.kind === 'text' && prev?.kind === 'text')
            out[out.length - 1] = { kind: 'text', text: prev.text + p.text };
        else
            out.push(p);
    }
    return out;
}


/***/ }),

/***/ 27853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ benchmarkFilePath),
/* harmony export */   BR: () => (/* binding */ managedFolders),
/* harmony export */   DG: () => (/* binding */ isLive),
/* harmony export */   Dv: () => (/* binding */ benchmarkSource),
/* harmony export */   EE: () => (/* binding */ versionDir),
/* harmony export */   ES: () => (/* binding */ versionFilePath),
/* harmony export */   Vd: () => (/* binding */ knownStages),
/* harmony export */   XC: () => (/* binding */ versionFilePaths),
/* harmony export */   fR: () => (/* binding */ hasOwnFolder),
/* harmony export */   hL: () => (/* binding */ stageNames),
/* harmony export */   uP: () => (/* binding */ versionFiles),
/* harmony export */   z4: () => (/* binding */ benchmarkDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _layout_template_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99863);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71300);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _version_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91106);
/**
 * Where a version's files live, by the layout templates in force (issue #12;
 * the default `{stage}/{model}/{version}` is SPEC §2's folder convention
 * `<root>/<stage>/<model>/<version>/<file>`), and the resolved stage
 * configuration.
 */





function stageNames(reg) {
    return reg.stages.map(s => s.name);
}
/** Stages a version may be in: the stage names and the archive folder. */
function knownStages(reg) {
    return [...stageNames(reg), reg.archive.folder];
}
/** Every top-level folder under the root that holds version folders. */
function managedFolders(reg) {
    const folders = knownStages(reg);
    if (reg.benchmark)
        folders.push(reg.benchmark.folder);
    return folders;
}
/** The logical names of the files a version holds (its `files` map). */
function versionFiles(v) {
    return Object.keys(v.files);
}
/**
 * The folder that holds the version's files, relative to the repository root
 * (`{model_dir}`): the version's own folder under a folder layout, else the
 * folder its files share with others (`resources` for `{stage}{ext}`).
 */
function versionDir(reg, model, v) {
    return folderOf(reg, model, v.stage, v.version, versionFiles(v));
}
/** Where the file `file` (a name in the version's `files`) lives, relative to the repository root. */
function versionFilePath(reg, model, v, file) {
    return (0,_layout_template_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)((0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, model, v.stage), reg.root, {
        stage: v.stage,
        model,
        version: v.version,
        file
    });
}
/**
 * Every file of the version with its path (what versionFilePath gives for
 * each), the folder rendered once where the layout gives the version a
 * folder of its own: the walks over every file of a registry call this for
 * each of its versions.
 */
function versionFilePaths(reg, model, v) {
    const folder = (0,_layout_template_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderFolder */ .jz)((0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, model, v.stage), reg.root, {
        stage: v.stage,
        model,
        version: v.version
    });
    return versionFiles(v).map(file => [
        file,
        folder !== undefined ? `${folder}/${file}` : versionFilePath(reg, model, v, file)
    ]);
}
/** The folder of the benchmark copy of `version` (see versionDir); undefined with `benchmark: false`. */
function benchmarkDir(reg, model, version, files = []) {
    return reg.benchmark ? folderOf(reg, model, reg.benchmark.folder, version, files) : undefined;
}
/** Where the benchmark copy's file `file` lives; undefined with `benchmark: false`. */
function benchmarkFilePath(reg, model, version, file) {
    if (!reg.benchmark)
        return undefined;
    return versionFilePath(reg, model, { stage: reg.benchmark.folder, version }, file);
}
/** True when the version's folder is its own (moves whole), per the layout of `stage`. */
function hasOwnFolder(reg, model, stage) {
    return (0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, model, stage).folder;
}
function folderOf(reg, model, stage, version, files) {
    const template = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, model, stage);
    const own = (0,_layout_template_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderFolder */ .jz)(template, reg.root, { stage, model, version });
    if (own !== undefined)
        return own;
    // A file layout: the deepest folder every file of the version sits in.
    const names = files.length ? files : ['file'];
    const dirs = names.map(file => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname((0,_layout_template_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(template, reg.root, { stage, model, version, file })));
    return dirs.reduce(commonFolder);
}
function commonFolder(a, b) {
    const x = a.split('/');
    const y = b.split('/');
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i])
        i++;
    return i === 0 ? '.' : (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .joinRel */ .gN)(...x.slice(0, i));
}
/** True for a version that carries full traffic in its stage (not a rollout candidate). */
function isLive(v) {
    return v.traffic === undefined || v.traffic >= 100;
}
/**
 * The production version the benchmark copy mirrors: the live version in the
 * `copyOf` stage (the newest one, should a stage without capacity hold several).
 */
function benchmarkSource(reg, model) {
    if (!reg.benchmark)
        return undefined;
    const copyOf = reg.benchmark.copyOf;
    const live = model.spec.versions.filter(v => v.stage === copyOf && isLive(v));
    return (0,_version_order_js__WEBPACK_IMPORTED_MODULE_4__/* .newestFirst */ .ll)(reg, model, live)[0];
}


/***/ }),

/***/ 71300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ usesDefaultLayout),
/* harmony export */   Mf: () => (/* binding */ registryTemplateProblems),
/* harmony export */   Q2: () => (/* binding */ layoutFor),
/* harmony export */   vk: () => (/* binding */ modelTemplateProblem),
/* harmony export */   wx: () => (/* binding */ templateSite)
/* harmony export */ });
/* harmony import */ var _layout_template_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39384);
/**
 * Which layout template is in force where (issue #12): the folder's own
 * `layout` (a stage's, the benchmark's or the archive's), else the model's,
 * else the registry's, else `{stage}/{model}/{version}`. Each template in the
 * manifest is parsed once per registry and remembers where it was written,
 * so a problem about it is reported at its line.
 *
 * A template that does not parse is skipped (the next level down is used),
 * so the commands that run before `validate` reports it never render with
 * half a template; `checkRules` refuses such a registry anyway.
 */

const DEFAULT_TEMPLATE = parsed(_layout_template_template_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LAYOUT */ .zR);
const cache = new WeakMap();
/** The template in force for `model`'s versions in `folder` (a stage, the benchmark or archive folder). */
function layoutFor(reg, model, folder) {
    const r = resolve(reg);
    return r.folders.get(folder) ?? modelTemplate(r, model) ?? r.registry;
}
/** Where a template of the manifest was written; undefined for the built-in default. */
function templateSite(reg, template) {
    return resolve(reg).sites.get(template);
}
/** The registry-level and folder-level templates that do not parse, each with its errors. */
function registryTemplateProblems(reg) {
    return resolve(reg).problems;
}
/** The model's own `layout`, when it is written and does not parse. */
function modelTemplateProblem(reg, model) {
    const result = parsedModelLayout(resolve(reg), model);
    return result && !result.ok ? { site: modelSite(model), errors: result.errors } : undefined;
}
/** True when no template of the manifest sets anything but the default layout. */
function usesDefaultLayout(reg) {
    const r = resolve(reg);
    return (r.registry === DEFAULT_TEMPLATE &&
        r.folders.size === 0 &&
        reg.models.every(m => m.spec.layout === undefined));
}
function modelTemplate(r, name) {
    const model = r.byName.get(name);
    const result = model && parsedModelLayout(r, model);
    return result?.ok ? result.value : undefined;
}
/** The model's own `layout`, parsed once per registry; undefined where it has none. */
function parsedModelLayout(r, model) {
    if (model.spec.layout === undefined)
        return undefined;
    let result = r.models.get(model.name);
    if (!result) {
        result = (0,_layout_template_template_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLayout */ .U8)(model.spec.layout, `the layout of model ${model.name}`);
        if (result.ok)
            r.sites.set(result.value, modelSite(model));
        r.models.set(model.name, result);
    }
    return result;
}
function modelSite(model) {
    return { source: model.source, at: [...model.at, 'layout'] };
}
function resolve(reg) {
    const known = cache.get(reg);
    if (known)
        return known;
    const sites = new Map();
    const problems = [];
    const read = (text, at, what) => {
        if (text === undefined)
            return undefined;
        const result = (0,_layout_template_template_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLayout */ .U8)(text, what);
        const site = { source: reg.manifest, at };
        if (!result.ok) {
            problems.push({ site, errors: result.errors });
            return undefined;
        }
        sites.set(result.value, site);
        return result.value;
    };
    const folders = new Map();
    const setFolder = (folder, t) => {
        if (t && !folders.has(folder))
            folders.set(folder, t);
    };
    reg.data.stages?.forEach((s, i) => {
        setFolder(s.name, read(s.layout, ['stages', i, 'layout'], `the layout of stage ${s.name}`));
    });
    if (reg.benchmark) {
        setFolder(reg.benchmark.folder, read(reg.benchmark.layout, ['benchmark', 'layout'], 'the benchmark layout'));
    }
    setFolder(reg.archive.folder, read(reg.archive.layout, ['archive', 'layout'], 'the archive layout'));
    const resolved = {
        registry: read(reg.data.layout, ['layout'], 'layout') ?? DEFAULT_TEMPLATE,
        folders,
        models: new Map(),
        sites,
        problems,
        byName: new Map(reg.models.map(m => [m.name, m]))
    };
    cache.set(reg, resolved);
    return resolved;
}
function parsed(text) {
    const result = (0,_layout_template_template_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLayout */ .U8)(text);
    if (!result.ok)
        throw new Error(`the built-in layout ${text} does not parse`);
    return result.value;
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


/***/ }),

/***/ 34323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ findVersion),
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   R6: () => (/* binding */ isSemVer),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   hK: () => (/* binding */ semverSuggestion),
/* harmony export */   r1: () => (/* binding */ sameVersion),
/* harmony export */   rA: () => (/* binding */ withoutV)
/* harmony export */ });
/* unused harmony export compareSemVer */
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemVer(raw) {
    const m = SEMVER.exec(raw);
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : [],
        raw
    };
}
function isSemVer(raw) {
    return SEMVER.test(raw);
}
/**
 * The SemVer version a person most likely meant by a short or numeric
 * spelling: `1` and `1.0` → `1.0.0`, `1.10` → `1.10.0`, `v2.1` → `v2.1.0`.
 * Undefined when the text is not one to three dot-separated numbers, so a
 * suggestion is only ever a valid SemVer version.
 */
function semverSuggestion(text) {
    const m = /^(v?)(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim());
    if (!m)
        return undefined;
    // Leading zeros are not SemVer: 01.2 reads as 1.2.
    const parts = [m[2], m[3] ?? '0', m[4] ?? '0'].map(p => String(Number(p)));
    const suggestion = `${m[1]}${parts.join('.')}`;
    return isSemVer(suggestion) && suggestion !== text ? suggestion : undefined;
}
/** Precedence per SemVer §11; build metadata is ignored. */
function compareSemVer(a, b) {
    for (const k of ['major', 'minor', 'patch']) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    if (!a.prerelease.length || !b.prerelease.length) {
        return b.prerelease.length - a.prerelease.length;
    }
    const n = Math.max(a.prerelease.length, b.prerelease.length);
    for (let i = 0; i < n; i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return Number(x) < Number(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/**
 * True when two version strings name the same version: the same text, or the
 * same SemVer version written with and without a leading `v` (`v1.3.0` is
 * `1.3.0`). Build metadata still tells two versions apart, as it does for
 * validate's "listed twice", so a lookup never picks a version validate
 * counts as another one. The spelling itself is kept for folders and display.
 */
function sameVersion(a, b) {
    if (a === b)
        return true;
    return isSemVer(a) && isSemVer(b) && withoutV(a) === withoutV(b);
}
/** The version without a leading `v`. */
function withoutV(version) {
    return version.startsWith('v') ? version.slice(1) : version;
}
/**
 * The entry of `version` among `versions`: the one written the same, else the
 * one that is the same version (`v1.3.0` finds `1.3.0`).
 */
function findVersion(versions, version) {
    return (versions.find(v => v.version === version) ?? versions.find(v => sameVersion(v.version, version)));
}
/** Compares two version strings; unparsable ones sort first, by text. */
function compareVersions(a, b) {
    const pa = parseSemVer(a);
    const pb = parseSemVer(b);
    if (pa && pb)
        return compareSemVer(pa, pb);
    if (!pa && !pb)
        return a < b ? -1 : a > b ? 1 : 0;
    return pa ? 1 : -1;
}


/***/ }),

/***/ 91106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ versionIdentity),
/* harmony export */   cn: () => (/* binding */ bySemVer),
/* harmony export */   eu: () => (/* binding */ versioningOf),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   n: () => (/* binding */ versionComparator)
/* harmony export */ });
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34323);

/** The model's `versioning`, else the registry's, else semver. */
function versioningOf(reg, model) {
    return model.spec.versioning ?? reg.data.versioning ?? 'semver';
}
/**
 * What every spelling of one version of the model has in common: under
 * `semver` a SemVer version without its leading `v` (`v1.3.0` is `1.3.0`),
 * under `ordered` the name itself. Two entries with one identity are one
 * version listed twice.
 */
function versionIdentity(reg, model) {
    return versioningOf(reg, model) === 'ordered'
        ? version => version
        : version => ((0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .isSemVer */ .R6)(version) ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutV */ .rA)(version) : version);
}
/** Ascending order of the model's versions (oldest or lowest first). */
function versionComparator(reg, model) {
    return versioningOf(reg, model) === 'ordered' ? byCreatedAt : bySemVer;
}
/** The model's versions among `entries`, newest (highest) first; `entries` is left as it is. */
function newestFirst(reg, model, entries) {
    const compare = versionComparator(reg, model);
    return [...entries].sort((a, b) => compare(b, a));
}
function bySemVer(a, b) {
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(a.version, b.version);
}
/**
 * By `createdAt` as an instant (offsets differ between writers), then by name
 * so the order is total; a version without `createdAt` (which validate refuses
 * under `ordered`) counts as the oldest.
 */
function byCreatedAt(a, b) {
    const ta = instant(a.createdAt);
    const tb = instant(b.createdAt);
    if (ta !== tb)
        return ta < tb ? -1 : 1;
    return a.version < b.version ? -1 : a.version > b.version ? 1 : 0;
}
function instant(at) {
    const t = at === undefined ? NaN : Date.parse(at);
    return Number.isNaN(t) ? -Infinity : t;
}


/***/ })

};
