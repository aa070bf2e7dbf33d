export const id = 580;
export const ids = [580];
export const modules = {

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

/***/ 25580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolve: () => (/* binding */ resolve)
});

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/registry.ts
var registry = __webpack_require__(77936);
// EXTERNAL MODULE: ./src/registry/version-order.ts
var version_order = __webpack_require__(91106);
;// CONCATENATED MODULE: ./src/registry/stage-versions.ts
/**
 * Which versions of a model a stage holds and where their files are, as
 * serving code and scripts ask it (`resolve`): each with its share of the
 * stage's traffic. Outside a rollout every version there serves all of it
 * (100); during one (SPEC §5, `traffic` on the candidate's entry) the
 * candidate has its step and each live version the rest. Paths come from the
 * layout, so they follow wherever it puts a version's files.
 */


/** The live versions first (the highest first), then the rollout candidate, if any. */
function stageVersions(reg, model, stage) {
    const here = model.spec.versions.filter(v => v.stage === stage);
    const live = (0,version_order/* newestFirst */.ll)(reg, model, here.filter(layout/* isLive */.DG));
    const candidate = here.find(v => !(0,layout/* isLive */.DG)(v));
    const rest = 100 - (candidate?.traffic ?? 0);
    const files = (v) => Object.fromEntries((0,layout/* versionFilePaths */.XC)(reg, model.name, v));
    return [
        ...live.map(v => ({ version: v.version, traffic: rest, files: files(v) })),
        ...(candidate
            ? [{ version: candidate.version, traffic: candidate.traffic, files: files(candidate) }]
            : [])
    ];
}

// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
;// CONCATENATED MODULE: ./src/commands/resolve.ts
/**
 * `resolve`: which version(s) of a model a stage holds (default: the last
 * stage) and where their files are, for serving code and scripts that must
 * never hard-code the live model's path. Reads only the manifest: it is
 * what serving systems read (SPEC §5). An empty stage is an answer
 * (`versions: []`, exit 0); a model or stage the registry does not have is
 * a usage error (exit 2), which `fail-on-decision: false` cannot turn into
 * a success, so a script never mistakes a typo for an empty stage.
 * Recipe: load → check the names → read the stage.
 */






async function resolve(settings, ctx) {
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, settings.model);
    const model = (0,registry/* findModel */.P)(reg, settings.model);
    if (!model) {
        throw new errors/* UsageError */.eb(`model ${(0,clip/* quote */.hD)(settings.model)} is not in the registry ${reg.manifest.relPath} (models: ${(0,registry/* someModelNames */.W)(reg)})`);
    }
    const stages = (0,layout/* stageNames */.hL)(reg);
    const stage = settings.stage ?? stages[stages.length - 1];
    if (!stages.includes(stage)) {
        throw new errors/* UsageError */.eb(`stage ${(0,clip/* quote */.hD)(stage)} is not a stage of the registry ${reg.manifest.relPath} (stages: ${stages.join(', ')})`);
    }
    return {
        command: 'resolve',
        ok: true,
        diagnostics: [],
        result: { model: model.name, stage, versions: stageVersions(reg, model, stage) },
        outputs: {},
        repoRoot: reg.repoRoot,
        exitCode: 0
    };
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


/***/ })

};
