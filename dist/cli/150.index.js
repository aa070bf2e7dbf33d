export const id = 150;
export const ids = [150];
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

/***/ 19994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ loadSoundRegistry),
/* harmony export */   b: () => (/* binding */ requireSound)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17117);
/* harmony import */ var _registry_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24415);
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

/***/ 34150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  report: () => (/* binding */ report)
});

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/file-kind.ts
var file_kind = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/report/metric-series.ts
var metric_series = __webpack_require__(99576);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
// EXTERNAL MODULE: ./src/registry/version-order.ts
var version_order = __webpack_require__(91106);
;// CONCATENATED MODULE: ./src/report/status.ts




const RECENT_EVENTS = 20;
function registryStatus(reg, now, pulls) {
    const history = allHistory(reg);
    return {
        manifest: reg.manifest.relPath,
        generatedAt: now.toISOString(),
        stages: (0,layout/* stageNames */.hL)(reg),
        archive: reg.archive.folder,
        models: reg.models.map(m => modelStatus(m, (0,layout/* stageNames */.hL)(reg), reg.archive.folder, history, (0,version_order/* versionComparator */.n)(reg, m))),
        events: recentEvents(history, RECENT_EVENTS),
        eventCount: history.length,
        pulls
    };
}
/** The registry file's history and each shard's own (SPEC §2: a shard keeps its history). */
function allHistory(reg) {
    return [...(reg.data.history ?? []), ...reg.models.flatMap(m => m.spec.history ?? [])];
}
/** The model's primary metrics, else every metric of its policy. */
function keyMetrics(model) {
    const primary = model.spec.compare?.primary ?? [];
    return primary.length ? primary : Object.keys(model.spec.metrics ?? {});
}
function modelStatus(model, stages, archive, history, order) {
    const keys = keyMetrics(model);
    const byStage = {};
    const ordered = [...model.spec.versions].sort((a, b) => order(b, a));
    for (const v of ordered) {
        if (!stages.includes(v.stage))
            continue;
        (byStage[v.stage] ??= []).push(stageEntry(model.name, v, keys, history));
    }
    const metric = keys[0];
    const points = metric ? (0,metric_series/* metricSeries */.Q)(model.spec.versions, metric, order) : [];
    return {
        name: model.name,
        ...(model.spec.description ? { description: model.spec.description } : {}),
        owners: model.spec.owners ?? [],
        stages: byStage,
        archived: model.spec.versions.filter(v => v.stage === archive).length,
        ...(metric && points.length >= 2 ? { chart: { metric, points } } : {})
    };
}
function stageEntry(model, v, keys, history) {
    // The latest entry that moved this version into its stage: a version can come back (rollback).
    const moved = history
        .filter(h => h.model === model && (0,semver/* sameVersion */.r1)(h.version, v.version) && h.to === v.stage)
        .reduce((last, h) => (!last || time(h.at) >= time(last.at) ? h : last), undefined);
    const since = moved?.at ?? v.createdAt;
    return {
        version: v.version,
        ...(v.traffic !== undefined && v.traffic < 100 ? { traffic: v.traffic } : {}),
        ...(since ? { since } : {}),
        metrics: keys
            .map(name => ({ name, value: v.metrics?.[name] }))
            .filter((m) => typeof m.value === 'number')
    };
}
/** Newest first; entries with the same time keep the log's order, the later one first. */
function recentEvents(history, max) {
    return history
        .map((h, i) => ({ h, i }))
        .sort((a, b) => time(b.h.at) - time(a.h.at) || b.i - a.i)
        .slice(0, max)
        .map(x => x.h);
}
function time(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? 0 : t;
}

// EXTERNAL MODULE: ./src/settings/github-target.ts
var github_target = __webpack_require__(94470);
// EXTERNAL MODULE: ./src/commands/github-session.ts
var github_session = __webpack_require__(71678);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
// EXTERNAL MODULE: ./src/commands/output-dir.ts
var output_dir = __webpack_require__(29547);
;// CONCATENATED MODULE: ./src/commands/report.ts
/**
 * `report` (SPEC §3): the registry's status for people — a Markdown job
 * summary with mermaid charts and one self-contained HTML page at
 * `<output-dir>/report.html` (output `report-path`). The open promotion pull
 * requests are listed when a token is at hand; without one, or when GitHub
 * refuses, the report says so and the step still succeeds: a status page must
 * not fail for lack of a read.
 * Recipe: load → list pull requests → status → render → write.
 */










const REPORT_FILE = 'report.html';
/** Branches modelgate opens its pull requests from (promote, rollback, register, retire). */
const BRANCH_PREFIX = 'modelgate/';
async function report(settings, ctx) {
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, settings.model);
    await (0,output_dir/* checkOutputDir */.V)(reg, settings.workspace, settings.outputDir);
    const reportPath = external_node_path_default().join(settings.outputDir, REPORT_FILE);
    const there = (0,file_kind/* inspectFile */.Xp)(reportPath, {
        linksWithin: [settings.outputDir],
        within: 'the output folder'
    });
    if (there.kind === 'bad')
        throw new errors/* UsageError */.eb(`${(0,clip/* clip */.$Q)(reportPath)} ${there.reason}; it is where report writes the page`);
    const pulls = await openPulls(reg, settings, ctx);
    if (pulls.state === 'unavailable') {
        ctx.log.warning(`open promotion pull requests are not listed: ${pulls.reason}`);
    }
    const status = registryStatus(reg, ctx.now(), pulls);
    await (0,promises_.mkdir)(settings.outputDir, { recursive: true });
    // A temp file renamed over the page: a reader never sees half of it.
    const tmp = `${reportPath}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, await ctx.render.reportPage(status));
    await (0,promises_.rename)(tmp, reportPath);
    const result = { manifest: status.manifest, reportPath, status };
    return {
        command: 'report',
        ok: true,
        diagnostics: [],
        result,
        outputs: { 'report-path': reportPath },
        repoRoot: reg.repoRoot,
        exitCode: 0
    };
}
async function openPulls(reg, settings, ctx) {
    const token = settings.token || ctx.env.GITHUB_TOKEN?.trim();
    if (!token) {
        return {
            state: 'unavailable',
            reason: 'no token; set the `token` input or GITHUB_TOKEN to list them'
        };
    }
    try {
        const git = ctx.git(reg.repoRoot);
        const { owner, repo } = await (0,github_target/* repository */.Jk)(ctx.env, (0,github_session/* checkoutFacts */.y)(git));
        const api = await ctx.github({ token, apiUrl: (0,github_target/* apiBaseUrl */.tj)(ctx.env), owner, repo });
        return { state: 'listed', pulls: await api.listOpenPulls(BRANCH_PREFIX) };
    }
    catch (error) {
        // The adapter's errors name the call and the permission; anything else is a bug and rethrown.
        if (error instanceof errors/* ModelgateError */.HJ)
            return { state: 'unavailable', reason: error.message };
        throw error;
    }
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


/***/ }),

/***/ 99576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ metricSeries)
/* harmony export */ });
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98775);
/* harmony import */ var _registry_version_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91106);
/** One metric across a model's versions: the points a history chart draws. */


/** The versions that record `metric` (a finite value), oldest first (SemVer precedence, or `order`). */
function metricSeries(versions, metric, order = _registry_version_order_js__WEBPACK_IMPORTED_MODULE_0__/* .bySemVer */ .cn) {
    return versions
        .filter(v => (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_1__/* .chartable */ .dJ)(v.metrics?.[metric]))
        .sort(order)
        .map(v => ({ version: v.version, value: v.metrics[metric] }));
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


/***/ })

};
