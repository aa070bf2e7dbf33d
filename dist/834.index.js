export const id = 834;
export const ids = [834];
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

/***/ 49143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retire: () => (/* binding */ retire)
/* harmony export */ });
/* harmony import */ var _changes_plan_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76904);
/* harmony import */ var _change_stamp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85414);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19994);
/* harmony import */ var _show_or_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40518);
/**
 * `retire --model M --version V --reason TEXT` (SPEC §3): a pull request on
 * `modelgate/retire/<M>-<V>` that moves a version that will not be promoted
 * to the archive with `retired: { reason: retired }` and records the reason
 * in the history. Recipe: load → plan (refusals) → check the files → show
 * (dry run) or open the pull request. No gates: nothing enters a stage.
 */




async function retire(settings, ctx) {
    const { model: name, version, reason } = settings;
    const reg = await (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSoundRegistry */ .L)(settings.manifest, ctx.env, name);
    const stamp = (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_1__/* .changeStamp */ .a)(ctx);
    const plan = (0,_changes_plan_change_js__WEBPACK_IMPORTED_MODULE_0__/* .planChange */ .A)(reg, { kind: 'retire', model: name, version, reason, ...stamp });
    await (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_1__/* .requireSoundFiles */ .y)(reg, `${name} ${version} cannot be retired`);
    // The stage it leaves, without its checklist: the checklist is for entering it.
    const stage = { name: plan.from };
    return (0,_show_or_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .showOrApply */ .l)({ reg, plan, stage, gates: [], runUrl: stamp.run }, settings, ctx);
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
