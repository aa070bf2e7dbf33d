export const id = 535;
export const ids = [535];
export const modules = {

/***/ 88535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollback: () => (/* binding */ rollback)
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
;// CONCATENATED MODULE: ./src/changes/rollback-plan.ts
/**
 * Plans a rollback (SPEC §5, `rollback`) without touching anything: an
 * archived version returns to production and the production version it
 * replaces goes to the archive with `reason: rolled-back`. The result is a
 * PromotionPlan of kind `rollback`, so the rest of the pipeline (tree
 * entries, commit, PR) handles both kinds alike.
 *
 * Which version comes back:
 * - without `version`: the archived version whose `retired.replacedBy` is a
 *   current production version and whose `retired.reason` is `replaced`
 *   (the version that production had before a promotion); the most recently
 *   retired one wins, then the highest. A version archived by an earlier
 *   rollback (`rolled-back`) or withdrawn on purpose (`retired`) is never
 *   picked by default: bringing back what someone took out must be asked for;
 * - with `version`: any archived version, whatever its `retired.reason`:
 *   naming it is that explicit request, and the PR is reviewed.
 *
 * Gates are not checked (the version served in production before).
 * Production's live versions (no `traffic`, or 100) are the ones a rollback
 * considers, except during a gradual rollout: when production holds a
 * candidate below 100, `rollback` stops that rollout instead — the
 * candidate goes to the archive with `reason: rolled-back` and `replacedBy`
 * the incumbent, which keeps all traffic (it had no `traffic` key and gets
 * none); nothing else moves and the benchmark copy, still the incumbent's,
 * stays. Naming a `version` then is refused: stop the rollout first.
 */






function planRollback(reg, req) {
    const model = (0,promotion_plan/* requireModel */.nj)(reg, req.model);
    const production = reg.stages[reg.stages.length - 1].name;
    const archive = reg.archive.folder;
    const current = model.spec.versions.filter(v => v.stage === production && (0,layout/* isLive */.DG)(v));
    if (current.length === 0) {
        throw new errors/* DecisionError */.bW(`no version of ${model.name} is in ${production}; nothing to roll back`);
    }
    const rolling = (0,promotion_plan/* rolloutCandidate */.XS)(model, production);
    if (rolling)
        return planRolloutStop(reg, model, rolling, current, req);
    const targetIndex = req.version === undefined
        ? defaultTarget(model, current, archive)
        : namedTarget(model, req.version, archive);
    const target = model.spec.versions[targetIndex];
    const leaving = rolledBackFrom(target, current);
    const leavingIndex = model.spec.versions.indexOf(leaving);
    const moves = [
        (0,promotion_plan/* stageMove */.Su)(reg, model, target, production, 'restore'),
        (0,promotion_plan/* stageMove */.Su)(reg, model, leaving, archive, 'archive'),
        ...benchmarkRefresh(reg, model, current, leaving, target, production)
    ];
    const edits = [
        { op: 'set', path: (0,promotion_plan/* versionPath */.qW)(model, targetIndex, 'stage'), value: production }
    ];
    if (target.retired) {
        edits.push({ op: 'delete', path: (0,promotion_plan/* versionPath */.qW)(model, targetIndex, 'retired') });
    }
    edits.push(...(0,promotion_plan/* archiveEdits */.ql)(reg, model, leavingIndex, {
        at: req.at,
        reason: 'rolled-back',
        replacedBy: target.version,
        actor: req.actor
    }), (0,promotion_plan/* historyEdit */.DA)((0,promotion_plan/* historyEntry */.xg)(model, target, production, req, `rollback of ${leaving.version}`)));
    const hash = (0,plan_hash/* planHash */.S)({ kind: 'rollback', moves, edits, file: model.source.relPath });
    return {
        kind: 'rollback',
        model: model.name,
        version: target.version,
        from: archive,
        to: production,
        rolledBackFrom: leaving.version,
        moves,
        edits,
        file: model.source,
        newText: (0,manifest_edit/* editManifest */.S)(model.source.text, edits),
        hash,
        branch: `modelgate/rollback/${model.name}`,
        commitMessage: (0,promotion_plan/* commitMessage */.df)(`Roll back ${model.name} from ${leaving.version} to ${target.version}`, moves, hash)
    };
}
/** Rollback during a rollout: the candidate leaves for the archive, the incumbent keeps all traffic. */
function planRolloutStop(reg, model, candidate, current, req) {
    const production = candidate.stage;
    const share = (0,promotion_plan/* percent */.KN)(candidate.traffic);
    const incumbent = current.slice().sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version))[0];
    if (req.version !== undefined) {
        throw new errors/* DecisionError */.bW(`${model.name} ${candidate.version} is rolling out in ${production} (${share} of traffic): rollback without \`version\` stops that rollout and returns all traffic to ${incumbent.version}; roll back to another version after that`);
    }
    const index = model.spec.versions.indexOf(candidate);
    const moves = [(0,promotion_plan/* stageMove */.Su)(reg, model, candidate, reg.archive.folder, 'archive')];
    const edits = [
        ...(0,promotion_plan/* archiveEdits */.ql)(reg, model, index, {
            at: req.at,
            reason: 'rolled-back',
            replacedBy: incumbent.version,
            actor: req.actor
        }),
        (0,promotion_plan/* historyEdit */.DA)((0,promotion_plan/* historyEntry */.xg)(model, candidate, reg.archive.folder, req, `rollout stopped at ${share}; all traffic back to ${incumbent.version}`))
    ];
    const hash = (0,plan_hash/* planHash */.S)({ kind: 'rollback', moves, edits, file: model.source.relPath });
    return {
        kind: 'rollback',
        model: model.name,
        version: incumbent.version,
        from: production,
        to: production,
        rolledBackFrom: candidate.version,
        traffic: { from: candidate.traffic, to: 0 },
        moves,
        edits,
        file: model.source,
        newText: (0,manifest_edit/* editManifest */.S)(model.source.text, edits),
        hash,
        branch: `modelgate/rollback/${model.name}`,
        commitMessage: (0,promotion_plan/* commitMessage */.df)(`Roll back the rollout of ${model.name} ${candidate.version} in ${production} (${share}): all traffic to ${incumbent.version}`, moves, hash)
    };
}
/**
 * The archived version a current production version replaced: `reason:
 * replaced` only, the latest `retired.at` first, then the highest version.
 */
function defaultTarget(model, current, archive) {
    const candidates = model.spec.versions
        .map((v, i) => ({ v, i }))
        .filter(({ v }) => v.stage === archive &&
        v.retired?.reason === 'replaced' &&
        current.some(c => sameVersion(c.version, v.retired?.replacedBy)))
        .sort((a, b) => retiredOrder(b.v, a.v) || (0,semver/* compareVersions */.Zy)(b.v.version, a.v.version));
    if (candidates.length === 0) {
        const names = sortedVersions(current).join(' or ');
        throw new errors/* DecisionError */.bW(`no archived version of ${model.name} was replaced by ${names}; name the version to bring back with \`version\``);
    }
    return candidates[0].i;
}
function namedTarget(model, version, archive) {
    const index = (0,promotion_plan/* versionIndex */.Vm)(model, version);
    const entry = model.spec.versions[index];
    if (entry.stage !== archive) {
        throw new errors/* DecisionError */.bW(`${model.name} ${entry.version} is in ${entry.stage}, not in ${archive}; rollback brings back an archived version`);
    }
    return index;
}
/**
 * The production version that leaves: the one the target's `replacedBy`
 * names when it is in production, else the highest production version.
 */
function rolledBackFrom(target, current) {
    const named = current.find(c => sameVersion(c.version, target.retired?.replacedBy));
    return named ?? current.slice().sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version))[0];
}
/**
 * The benchmark copy mirrors the highest live production version: after the
 * rollback that is the highest of the versions that stay and the restored
 * one. It is refreshed (the old copy removed, the new one copied from the
 * version's folder as it is before the moves) only when that changes, which
 * with one production version is always. Nothing when the benchmark copies
 * another stage, or there is none.
 */
function benchmarkRefresh(reg, model, current, leaving, target, production) {
    const after = [...current.filter(v => v !== leaving), target].sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version))[0];
    if ((0,layout/* benchmarkSource */.Dv)(reg, model)?.version === after.version)
        return [];
    return (0,promotion_plan/* benchmarkMoves */.gw)(reg, model, after, production);
}
function sameVersion(a, b) {
    return b !== undefined && (a === b || (0,semver/* compareVersions */.Zy)(a, b) === 0);
}
function sortedVersions(entries) {
    return entries.map(v => v.version).sort(semver/* compareVersions */.Zy);
}
/** Orders by `retired.at` as a time; an unreadable time sorts first. */
function retiredOrder(a, b) {
    const ta = time(a.retired?.at);
    const tb = time(b.retired?.at);
    return ta === tb ? 0 : ta < tb ? -1 : 1;
}
function time(at) {
    const t = typeof at === 'string' ? Date.parse(at) : at instanceof Date ? at.getTime() : NaN;
    return Number.isNaN(t) ? -Infinity : t;
}

// EXTERNAL MODULE: ./src/registry/registry.ts
var registry = __webpack_require__(23662);
// EXTERNAL MODULE: ./src/commands/apply-plan.ts + 2 modules
var apply_plan = __webpack_require__(63756);
// EXTERNAL MODULE: ./src/commands/change-stamp.ts
var change_stamp = __webpack_require__(76156);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(28468);
;// CONCATENATED MODULE: ./src/commands/rollback.ts
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
        throw new errors/* UsageError */.eb('rollback needs "model" (and optionally "version")');
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, name);
    const stamp = (0,change_stamp/* changeStamp */.a)(ctx.env);
    const plan = planRollback(reg, { model: name, version, ...stamp });
    await (0,change_stamp/* requireSoundFiles */.y)(reg, `${name} cannot be rolled back to ${plan.version}`);
    const model = (0,registry/* findModel */.P)(reg, name);
    const entry = model.spec.versions.find(v => v.version === plan.version);
    const stage = reg.stages.find(s => s.name === plan.to);
    const body = (0,pr_body/* renderPrBody */.BN)({
        plan,
        model,
        stage,
        gateSummary: [],
        candidate: (0,pr_body/* candidateFromEntry */.qB)(entry),
        runUrl: stamp.run
    });
    const replaced = plan.moves.find(m => m.reason === 'archive')?.version;
    return (0,apply_plan/* applyPlan */.g)({
        command: 'rollback',
        reg,
        plan,
        headline: `${name} ${plan.to}: ${replaced ?? '?'} → ${plan.version}`,
        title: (0,pr_body/* prTitle */.pD)(plan),
        body,
        gates: [],
        owners: model.spec.owners ?? [],
        runUrl: stamp.run
    }, settings, ctx);
}


/***/ })

};
