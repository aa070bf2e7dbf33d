export const id = 921;
export const ids = [921];
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

/***/ 90921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./src/changes/promote-plan.ts
var promote_plan = __webpack_require__(18933);
// EXTERNAL MODULE: ./src/changes/plan-change.ts + 4 modules
var plan_change = __webpack_require__(44822);
// EXTERNAL MODULE: ./src/changes/recorded-metrics.ts
var recorded_metrics = __webpack_require__(59573);
// EXTERNAL MODULE: ./src/policy/compare.ts
var compare = __webpack_require__(36161);
// EXTERNAL MODULE: ./src/evaluation/comparison-inputs.ts + 7 modules
var comparison_inputs = __webpack_require__(22541);
;// CONCATENATED MODULE: ./src/evaluation/stage-gates.ts
/**
 * The gates of a target stage (SPEC §2, §5 step 1): `metrics` — the
 * candidate's absolute thresholds hold on its checked result.json;
 * `compare: benchmark` — the candidate beats the benchmark copy under the
 * model's policy, exactly as `compare` decides. `approvals` is not checked
 * here: reviewers are requested on the pull request, which records them.
 */


async function checkStageGates(reg, model, stage, req) {
    const gates = stage.gates ?? {};
    const out = { decision: 'pass', lines: [], reasons: [], warnings: [] };
    if (!gates.metrics && gates.compare !== 'benchmark') {
        out.lines.push(`stage "${stage.name}" has no metric or compare gate`);
        return out;
    }
    const policy = model.spec.metrics ?? {};
    if (gates.compare === 'benchmark') {
        const inputs = await (0,comparison_inputs/* gatherComparison */.$6)(reg, { ...req, model });
        out.candidate = inputs.candidate;
        out.warnings.push(...inputs.warnings);
        out.comparison = (0,comparison_inputs/* decideComparison */.Ed)(model, inputs);
        const versus = inputs.benchmark ? `benchmark ${inputs.benchmark.version}` : 'no benchmark yet';
        out.lines.push(`compare with ${versus}: ${out.comparison.decision}`);
    }
    else {
        const { candidate } = await (0,comparison_inputs/* readCandidate */.G9)({ ...req, model });
        out.candidate = candidate;
        // Thresholds alone: no benchmark given, so only min/max are judged. It is
        // not a comparison, so none is reported (a table would read "no benchmark").
        const thresholds = (0,compare/* compareMetrics */.f)({ policy, candidate: candidate.metrics });
        const held = thresholds.metrics.flatMap(m => m.checks.filter(c => c.rule === 'min' || c.rule === 'max' || c.verdict === 'fail'));
        out.lines.push(`thresholds: ${thresholds.decision}${held.length ? ` (${held.map(c => c.reason).join('; ')})` : ''}`);
        out.reasons = thresholds.metrics.filter(m => m.verdict === 'fail').map(m => m.reason);
        out.decision = thresholds.decision;
        return out;
    }
    const failed = out.comparison.metrics.filter(m => m.verdict === 'fail');
    out.reasons = failed.map(m => m.reason);
    out.decision = failed.length ? 'fail' : 'pass';
    return out;
}

// EXTERNAL MODULE: ./src/changes/pull-request-content.ts
var pull_request_content = __webpack_require__(65154);
// EXTERNAL MODULE: ./src/commands/change-stamp.ts
var change_stamp = __webpack_require__(85414);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
// EXTERNAL MODULE: ./src/commands/show-or-apply.ts + 3 modules
var show_or_apply = __webpack_require__(41679);
;// CONCATENATED MODULE: ./src/commands/promote.ts
/**
 * `promote` (SPEC §5): checks order and gates, then plans the move of a
 * version to the next stage. Recipe: load → refuse what the order forbids →
 * check the version's files → check the target stage's gates → plan once →
 * show (dry run) or open the pull request (show-or-apply.ts).
 */








async function promote(settings, ctx) {
    const { model: name, version, to } = settings;
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, name);
    // Refusals of order (skip, backwards, unknown names) come first: they need no files.
    const { model, target: stage } = (0,promote_plan/* checkPromotion */.K)(reg, { model: name, version, to });
    await (0,change_stamp/* requireSoundFiles */.y)(reg, `${name} ${version} cannot be promoted`);
    const gates = await checkStageGates(reg, model, stage, {
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
    const stamp = (0,change_stamp/* changeStamp */.a)(ctx);
    const plan = (0,plan_change/* planChange */.A)(reg, {
        kind: 'promote',
        model: name,
        version,
        to,
        ...stamp,
        metrics: (0,recorded_metrics/* metricsToRecord */.k)(model.spec, version, gates.candidate?.metrics)
    });
    const entry = model.spec.versions.find(v => v.version === plan.version);
    return (0,show_or_apply/* showOrApply */.l)({
        reg,
        plan,
        candidate: (0,pull_request_content/* candidateFromEntry */.q)(entry, gates.candidate?.metrics),
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


/***/ })

};
