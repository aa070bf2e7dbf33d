export const id = 445;
export const ids = [445];
export const modules = {

/***/ 70445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retire: () => (/* binding */ retire)
/* harmony export */ });
/* harmony import */ var _changes_plan_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38931);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92174);
/* harmony import */ var _present_pr_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5900);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23662);
/* harmony import */ var _change_stamp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76156);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28468);
/* harmony import */ var _show_or_apply_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94184);
/**
 * `retire --model M --version V --reason TEXT` (SPEC §3): a pull request on
 * `modelgate/retire/<M>-<V>` that moves a version that will not be promoted
 * to the archive with `retired: { reason: retired }` and records the reason
 * in the history. Recipe: load → plan (refusals) → check the files → show
 * (dry run) or open the pull request. No gates: nothing enters a stage.
 */







async function retire(settings, ctx) {
    const { model: name, version, reason } = settings;
    if (!name || !version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('retire needs "model", "version" and "reason"');
    if (!reason) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`retire needs "reason": why ${name} ${version} will not be promoted`);
    }
    const reg = await (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSoundRegistry */ .L)(settings.manifest, ctx.env, name);
    const stamp = (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_3__/* .changeStamp */ .a)(ctx);
    const plan = (0,_changes_plan_change_js__WEBPACK_IMPORTED_MODULE_0__/* .planChange */ .A)(reg, { kind: 'retire', model: name, version, reason, ...stamp });
    await (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_3__/* .requireSoundFiles */ .y)(reg, `${name} ${version} cannot be retired`);
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .findModel */ .P)(reg, name);
    const entry = model.spec.versions.find(v => v.version === plan.version);
    return (0,_show_or_apply_js__WEBPACK_IMPORTED_MODULE_5__/* .showOrApply */ .l)({
        reg,
        plan,
        model,
        // The stage it leaves, without its checklist: the checklist is for entering it.
        stage: { name: plan.from },
        candidate: (0,_present_pr_body_js__WEBPACK_IMPORTED_MODULE_2__/* .candidateFromEntry */ .qB)(entry),
        gates: [],
        runUrl: stamp.run
    }, settings, ctx);
}


/***/ })

};
