export const id = 50;
export const ids = [50];
export const modules = {

/***/ 59573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ metricsToRecord)
/* harmony export */ });
function metricsToRecord(spec, version, fresh) {
    if (!fresh)
        return undefined;
    const recorded = spec.versions.find(v => v.version === version)?.metrics ?? {};
    const wanted = new Set([...Object.keys(recorded), ...Object.keys(spec.metrics ?? {})]);
    if (!wanted.size)
        return fresh;
    return Object.fromEntries(Object.entries(fresh).filter(([name]) => wanted.has(name)));
}


/***/ }),

/***/ 63050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promote: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var _changes_promote_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18933);
/* harmony import */ var _changes_plan_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76904);
/* harmony import */ var _changes_recorded_metrics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59573);
/* harmony import */ var _evaluation_stage_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95973);
/* harmony import */ var _changes_pull_request_content_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65154);
/* harmony import */ var _change_stamp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85414);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19994);
/* harmony import */ var _show_or_apply_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41679);
/**
 * `promote` (SPEC §5): checks order and gates, then plans the move of a
 * version to the next stage. Recipe: load → refuse what the order forbids →
 * check the version's files → check the target stage's gates → plan once →
 * show (dry run) or open the pull request (show-or-apply.ts).
 */








async function promote(settings, ctx) {
    const { model: name, version, to } = settings;
    const reg = await (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSoundRegistry */ .L)(settings.manifest, ctx.env, name);
    // Refusals of order (skip, backwards, unknown names) come first: they need no files.
    const { model, target: stage } = (0,_changes_promote_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPromotion */ .K)(reg, { model: name, version, to });
    await (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_3__/* .requireSoundFiles */ .y)(reg, `${name} ${version} cannot be promoted`);
    const gates = await (0,_evaluation_stage_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .checkStageGates */ .V)(reg, model, stage, {
        model,
        version,
        outputDir: settings.outputDir,
        workspace: settings.workspace,
        candidateResults: settings.candidateResults,
        benchmarkResults: settings.benchmarkResults
    });
    for (const w of gates.warnings)
        ctx.log.warning(w);
    if (gates.decision === 'fail')
        return refusedByGates(settings, gates);
    const stamp = (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_3__/* .changeStamp */ .a)(ctx);
    const plan = (0,_changes_plan_change_js__WEBPACK_IMPORTED_MODULE_1__/* .planChange */ .A)(reg, {
        kind: 'promote',
        model: name,
        version,
        to,
        ...stamp,
        metrics: (0,_changes_recorded_metrics_js__WEBPACK_IMPORTED_MODULE_6__/* .metricsToRecord */ .k)(model.spec, version, gates.candidate?.metrics)
    });
    const entry = model.spec.versions.find(v => v.version === plan.version);
    return (0,_show_or_apply_js__WEBPACK_IMPORTED_MODULE_5__/* .showOrApply */ .l)({
        reg,
        plan,
        candidate: (0,_changes_pull_request_content_js__WEBPACK_IMPORTED_MODULE_7__/* .candidateFromEntry */ .q)(entry, gates.candidate?.metrics),
        gates: gates.lines,
        comparison: gates.comparison,
        runUrl: stamp.run
    }, settings, ctx);
}
function refusedByGates(settings, gates) {
    return {
        command: 'promote',
        ok: false,
        decision: 'fail',
        diagnostics: [],
        result: {
            model: settings.model,
            version: settings.version,
            to: settings.to,
            gates: gates.lines,
            reasons: gates.reasons,
            comparison: gates.comparison ?? null
        },
        outputs: {},
        exitCode: 1
    };
}


/***/ }),

/***/ 95973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ checkStageGates),
/* harmony export */   f: () => (/* binding */ thresholdGate)
/* harmony export */ });
/* harmony import */ var _policy_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36161);
/* harmony import */ var _comparison_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22541);
/**
 * The gates of a target stage (SPEC §2, §5 step 1): `metrics` — the
 * candidate's absolute thresholds hold on its checked result.json;
 * `compare: benchmark` — the candidate beats the benchmark copy under the
 * model's policy, exactly as `compare` decides. `approvals` is not checked
 * here: reviewers are requested on the pull request, which records them.
 */


/**
 * The `metrics` gate on its own: the candidate's min/max thresholds. No
 * benchmark is given, so only they are judged; it is not a comparison, so
 * none is reported (a table would read "no benchmark").
 */
function thresholdGate(policy, metrics) {
    const thresholds = (0,_policy_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMetrics */ .f)({ policy, candidate: metrics });
    const held = thresholds.metrics.flatMap(m => m.checks.filter(c => c.rule === 'min' || c.rule === 'max' || c.verdict === 'fail'));
    return {
        decision: thresholds.decision,
        lines: [
            `thresholds: ${thresholds.decision}${held.length ? ` (${held.map(c => c.reason).join('; ')})` : ''}`
        ],
        reasons: thresholds.metrics.filter(m => m.verdict === 'fail').map(m => m.reason)
    };
}
async function checkStageGates(reg, model, stage, req) {
    const gates = stage.gates ?? {};
    const out = { decision: 'pass', lines: [], reasons: [], warnings: [] };
    if (!gates.metrics && gates.compare !== 'benchmark') {
        out.lines.push(`stage "${stage.name}" has no metric or compare gate`);
        return out;
    }
    const policy = model.spec.metrics ?? {};
    if (gates.compare === 'benchmark') {
        const inputs = await (0,_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .gatherComparison */ .$6)(reg, { ...req, model });
        out.candidate = inputs.candidate;
        out.warnings.push(...inputs.warnings);
        out.comparison = (0,_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .decideComparison */ .Ed)(model, inputs);
        const versus = inputs.benchmark
            ? `benchmark ${inputs.benchmark.version}`
            : (0,_policy_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .noBenchmarkWords */ .s)(inputs.benchmarkOff);
        out.lines.push(`compare with ${versus}: ${out.comparison.decision}`);
    }
    else {
        const { candidate } = await (0,_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readCandidate */ .G9)({ ...req, model });
        return { ...out, ...thresholdGate(policy, candidate.metrics), candidate };
    }
    const failed = out.comparison.metrics.filter(m => m.verdict === 'fail');
    out.reasons = failed.map(m => m.reason);
    out.decision = failed.length ? 'fail' : 'pass';
    return out;
}


/***/ })

};
