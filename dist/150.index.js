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
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16005);
/* harmony import */ var _registry_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70956);
/**
 * Loading the registry for a command other than `validate`: the manifest must
 * be sound (schema and rules) before anything acts on it; file digests are
 * left to `validate` and to each command's own checks.
 */



async function loadSoundRegistry(manifestPath, env, onlyModel) {
    return requireSound(await (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRegistry */ .A)({ manifestPath, onlyModel, env }));
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

/***/ 34150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  report: () => (/* binding */ report)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/metric-series.ts
var metric_series = __webpack_require__(99576);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
;// CONCATENATED MODULE: ./src/report/status.ts



const RECENT_EVENTS = 20;
function registryStatus(reg, now, pulls) {
    const history = allHistory(reg);
    return {
        manifest: reg.manifest.relPath,
        generatedAt: now.toISOString(),
        stages: (0,layout/* stageNames */.hL)(reg),
        archive: reg.archive.folder,
        models: reg.models.map(m => modelStatus(m, (0,layout/* stageNames */.hL)(reg), reg.archive.folder, history)),
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
function modelStatus(model, stages, archive, history) {
    const keys = keyMetrics(model);
    const byStage = {};
    const ordered = [...model.spec.versions].sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version));
    for (const v of ordered) {
        if (!stages.includes(v.stage))
            continue;
        (byStage[v.stage] ??= []).push(stageEntry(model.name, v, keys, history));
    }
    const metric = keys[0];
    const points = metric ? (0,metric_series/* metricSeries */.Q)(model.spec.versions, metric) : [];
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
        .filter(h => h.model === model && h.version === v.version && h.to === v.stage)
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
    const pulls = await openPulls(reg, settings, ctx);
    if (pulls.state === 'unavailable') {
        ctx.log.warning(`open promotion pull requests are not listed: ${pulls.reason}`);
    }
    const status = registryStatus(reg, ctx.now(), pulls);
    const reportPath = external_node_path_default().join(settings.outputDir, REPORT_FILE);
    await (0,promises_.mkdir)(settings.outputDir, { recursive: true });
    await (0,promises_.writeFile)(reportPath, ctx.render.reportPage(status));
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

/***/ 94470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   Tr: () => (/* binding */ resolveGitHubTarget),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* unused harmony export parseRemoteUrl */
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`GITHUB_REPOSITORY is "${named}"; expected "owner/repo"`);
        return { owner: m[1], repo: m[2] };
    }
    const origin = await checkout.originUrl();
    const parsed = origin ? parseRemoteUrl(origin) : undefined;
    if (!parsed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot tell which GitHub repository to open the pull request in${origin ? ` (origin is "${withoutCredentials(origin)}")` : ''}: set GITHUB_REPOSITORY=owner/repo`);
    }
    return parsed;
}
/** `https://host/owner/repo(.git)`, `git@host:owner/repo(.git)`, `ssh://git@host/owner/repo`. */
function parseRemoteUrl(url) {
    const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim());
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** `https://user:token@host/…` → `https://***@host/…`: a remote URL may carry a token. */
function withoutCredentials(url) {
    return url.replace(/^([a-z+]+:\/\/)[^@/]+@/i, '$1***@');
}


/***/ })

};
