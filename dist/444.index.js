export const id = 444;
export const ids = [444];
export const modules = {

/***/ 70444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  retire: () => (/* binding */ retire)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
// EXTERNAL MODULE: ./src/present/pr-body.ts
var pr_body = __webpack_require__(5900);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(24079);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(24797);
// EXTERNAL MODULE: ./src/changes/manifest-edit.ts
var manifest_edit = __webpack_require__(49983);
// EXTERNAL MODULE: ./src/changes/plan-hash.ts
var plan_hash = __webpack_require__(4701);
// EXTERNAL MODULE: ./src/changes/promotion-plan.ts
var promotion_plan = __webpack_require__(55640);
;// CONCATENATED MODULE: ./src/changes/retire-plan.ts
/**
 * Plans a retirement (SPEC §3 `retire`) without touching anything: a version
 * that will not be promoted leaves its stage for the archive with
 * `retired: { at, reason: retired, actor }`, and one history entry records
 * why. The result is a PromotionPlan of kind `retire`, so the rest of the
 * pipeline (tree entries, commit, PR) handles it like a promotion.
 *
 * Production is not a place to retire from: taking the serving version away
 * leaves nothing serving, so that is a rollback or the promotion of a
 * replacement. A version's `traffic` plays no part. When the benchmark
 * copies the version's stage (`copyOf`, not production) and mirrors this
 * version, the copy follows: removed, and refreshed from the highest live
 * version that stays in that stage, if any.
 */






function planRetirement(reg, req) {
    if (!req.reason.trim())
        throw new errors/* UsageError */.eb('retire needs "reason"');
    const model = (0,promotion_plan/* requireModel */.nj)(reg, req.model);
    const index = (0,promotion_plan/* versionIndex */.Vm)(model, req.version);
    const entry = model.spec.versions[index];
    checkRetirement(reg, model, entry);
    const archive = reg.archive.folder;
    const moves = [
        (0,promotion_plan/* stageMove */.Su)(reg, model, entry, archive, 'retire'),
        ...benchmarkFollows(reg, model, entry)
    ];
    const edits = [
        ...(0,promotion_plan/* archiveEdits */.ql)(reg, model, index, { at: req.at, reason: 'retired', actor: req.actor }),
        (0,promotion_plan/* historyEdit */.DA)((0,promotion_plan/* historyEntry */.xg)(model, entry, archive, req, req.reason))
    ];
    const hash = (0,plan_hash/* planHash */.S)({ kind: 'retire', moves, edits, file: model.source.relPath });
    return {
        kind: 'retire',
        model: model.name,
        version: entry.version,
        from: entry.stage,
        to: archive,
        reason: req.reason,
        moves,
        edits,
        file: model.source,
        newText: (0,manifest_edit/* editManifest */.S)(model.source.text, edits),
        hash,
        branch: `modelgate/retire/${model.name}-${entry.version}`,
        commitMessage: (0,promotion_plan/* commitMessage */.df)(`Retire ${model.name} ${entry.version} from ${entry.stage}`, moves, hash)
    };
}
/** The refusals that need only the manifest. */
function checkRetirement(reg, model, entry) {
    const id = `${model.name} ${entry.version}`;
    const names = (0,layout/* stageNames */.hL)(reg);
    if (entry.stage === reg.archive.folder) {
        throw new errors/* DecisionError */.bW(`${id} is already in ${reg.archive.folder}`);
    }
    const at = names.indexOf(entry.stage);
    if (at < 0) {
        // validate refuses such a manifest; say so rather than guess
        throw new errors/* DecisionError */.bW(`${id} is in "${entry.stage}", not one of ${(0,layout/* knownStages */.Vd)(reg).join(', ')}`);
    }
    if (at === names.length - 1) {
        throw new errors/* DecisionError */.bW(`${id} is in ${entry.stage}: retire moves versions that will not be promoted; use rollback or promote a replacement`);
    }
}
/**
 * When the benchmark mirrors the version that leaves (a benchmark copying a
 * stage before production), the copy goes with it and the highest live
 * version staying in that stage, if any, becomes the copy.
 */
function benchmarkFollows(reg, model, entry) {
    if (!reg.benchmark || (0,layout/* benchmarkSource */.Dv)(reg, model) !== entry)
        return [];
    const next = model.spec.versions
        .filter(v => v !== entry && v.stage === entry.stage && (0,layout/* isLive */.DG)(v))
        .sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version))[0];
    if (next)
        return (0,promotion_plan/* benchmarkMoves */.gw)(reg, model, next, entry.stage);
    return (0,promotion_plan/* benchmarkMoves */.gw)(reg, model, entry, entry.stage).filter(m => m.reason === 'benchmark-remove');
}

// EXTERNAL MODULE: ./src/registry/registry.ts
var registry = __webpack_require__(23662);
// EXTERNAL MODULE: ./src/commands/apply-plan.ts + 2 modules
var apply_plan = __webpack_require__(63756);
// EXTERNAL MODULE: ./src/commands/change-stamp.ts
var change_stamp = __webpack_require__(76156);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(28468);
;// CONCATENATED MODULE: ./src/commands/retire.ts
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
        throw new errors/* UsageError */.eb('retire needs "model", "version" and "reason"');
    if (!reason) {
        throw new errors/* UsageError */.eb(`retire needs "reason": why ${name} ${version} will not be promoted`);
    }
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, name);
    const stamp = (0,change_stamp/* changeStamp */.a)(ctx.env);
    const plan = planRetirement(reg, { model: name, version, reason, ...stamp });
    await (0,change_stamp/* requireSoundFiles */.y)(reg, `${name} ${version} cannot be retired`);
    const model = (0,registry/* findModel */.P)(reg, name);
    const entry = model.spec.versions.find(v => v.version === plan.version);
    const body = (0,pr_body/* renderPrBody */.BN)({
        plan,
        model,
        // The stage it leaves, without its checklist: the checklist is for entering it.
        stage: { name: plan.from },
        gateSummary: [],
        candidate: (0,pr_body/* candidateFromEntry */.qB)(entry),
        runUrl: stamp.run
    });
    return (0,apply_plan/* applyPlan */.g)({
        command: 'retire',
        reg,
        plan,
        headline: `${name} ${plan.version}: ${plan.from} → ${plan.to} (retired)`,
        title: (0,pr_body/* prTitle */.pD)(plan),
        body,
        gates: [],
        owners: model.spec.owners ?? [],
        runUrl: stamp.run
    }, settings, ctx);
}


/***/ })

};
