export const id = 286;
export const ids = [286];
export const modules = {

/***/ 81286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _changes_plan_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38931);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92174);
/* harmony import */ var _present_pr_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5900);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23662);
/* harmony import */ var _change_stamp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76156);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28468);
/* harmony import */ var _show_or_apply_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94184);
/**
 * `rollback --model M [--version V]` (SPEC §5): a pull request on
 * `modelgate/rollback/<M>` that brings back the archived version the current
 * production version replaced (or V) and archives the current one with
 * `reason: rolled-back`. Recipe: load → plan (refusals) → check the files →
 * show (dry run) or open the pull request. No gates: the version served in
 * production before, and a rollback is what you reach for when it is urgent.
 */







async function rollback(settings, ctx) {
    const { model: name, version } = settings;
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('rollback needs "model" (and optionally "version")');
    const reg = await (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSoundRegistry */ .L)(settings.manifest, ctx.env, name);
    const stamp = (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_3__/* .changeStamp */ .a)(ctx);
    const plan = (0,_changes_plan_change_js__WEBPACK_IMPORTED_MODULE_0__/* .planChange */ .A)(reg, { kind: 'rollback', model: name, version, ...stamp });
    await (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_3__/* .requireSoundFiles */ .y)(reg, `${name} cannot be rolled back to ${plan.version}`);
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .findModel */ .P)(reg, name);
    const entry = model.spec.versions.find(v => v.version === plan.version);
    return (0,_show_or_apply_js__WEBPACK_IMPORTED_MODULE_5__/* .showOrApply */ .l)({
        reg,
        plan,
        model,
        stage: reg.stages.find(s => s.name === plan.to),
        candidate: (0,_present_pr_body_js__WEBPACK_IMPORTED_MODULE_2__/* .candidateFromEntry */ .qB)(entry),
        gates: [],
        runUrl: stamp.run
    }, settings, ctx);
}


/***/ })

};
