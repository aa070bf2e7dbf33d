export const id = 50;
export const ids = [50,740];
export const modules = {

/***/ 15740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactName: () => (/* binding */ artifactName),
/* harmony export */   createArtifactUploader: () => (/* binding */ createArtifactUploader),
/* harmony export */   latestAttempt: () => (/* binding */ latestAttempt)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Uploads an evaluation output folder as a workflow artifact (SPEC §3 `evaluate`), and lists and
 * downloads the artifacts of this workflow run (`download-artifact` of compare and promote).
 *
 * @actions/artifact reads ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_SERVER_URL and its
 * tuning variables from `process.env` when `uploadArtifact` runs, not from anything passed in:
 * `env` here only decides whether an upload is possible at all. Nothing is written to the
 * environment by this module.
 */



/**
 * An uploader when running inside Actions (the runtime token and results service URL are only
 * given to actions, not to `run:` steps), else undefined so the caller can warn and keep the
 * local folder.
 */
async function createArtifactUploader(env, options = {}) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
        return undefined;
    // Loaded lazily: the library pulls in the Azure storage SDK, archiver and protobuf runtime,
    // which commands that never upload should not pay for.
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(151), __webpack_require__.e(913), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 34398));
    const client = new DefaultArtifactClient();
    return {
        async upload(name, folder) {
            const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(folder);
            const files = await listFiles(root);
            // The library would throw a generic "No files were found to upload" after validation;
            // naming the folder tells the user which output went missing.
            if (files.length === 0) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`artifact ${name}: no files to upload in ${root}`);
            }
            const result = await client
                .uploadArtifact(name, files, root, options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays })
                .catch((error) => {
                // The library's own errors (network, a refused upload) become one line naming the artifact.
                const why = error instanceof Error ? error.message : String(error);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`artifact ${name}: upload failed: ${why.split('\n')[0]}`);
            });
            // The response type marks id optional (it is absent only for "nothing uploaded");
            // reporting id 0 would hide a broken upload.
            if (result.id === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`artifact ${name}: the artifact service returned no artifact id`);
            }
            return { id: result.id, size: result.size ?? 0, name };
        },
        async list() {
            const { artifacts } = await client.listArtifacts().catch((error) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`cannot list the artifacts of this workflow run: ${firstLine(error)}`);
            });
            return artifacts.map(a => ({ id: a.id, name: a.name, size: a.size }));
        },
        async download(artifact, folder) {
            await client.downloadArtifact(artifact.id, { path: folder }).catch((error) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentError */ .eG(`artifact ${artifact.name}: download failed: ${firstLine(error)}`);
            });
        }
    };
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
const INVALID_NAME_CHARACTERS = /[":<>|*?\\/\r\n]/g;
/**
 * `modelgate-<model>-<version>-attempt-<n>`; characters the artifact service rejects in names
 * (`" : < > | * ? \ /`, CR, LF) become `-`. The attempt keeps re-runs from colliding with the
 * artifact of an earlier attempt, which the service refuses to overwrite.
 */
function artifactName(model, version, attempt) {
    const n = attempt?.trim() || '1';
    return `modelgate-${model}-${version}-attempt-${n}`.replace(INVALID_NAME_CHARACTERS, '-');
}
/** Every file under `root`, absolute and sorted so the zip's entry order is reproducible. */
async function listFiles(root) {
    const found = [];
    const walk = async (dir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            // Symlinks to files are kept (the library zips their target); symlinked directories are
            // not followed, which also rules out cycles.
            else if (entry.isFile() || (entry.isSymbolicLink() && (await isFileTarget(full)))) {
                found.push(full);
            }
        }
    };
    await walk(root);
    return found.sort();
}
async function isFileTarget(link) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(link)).isFile();
    }
    catch {
        return false; // dangling link: nothing to upload
    }
}
/**
 * The artifact of `model` `version` from the latest attempt of the run (a re-run of failed jobs
 * leaves the earlier attempts' artifacts beside the new ones); undefined when there is none.
 */
function latestAttempt(artifacts, model, version) {
    const prefix = artifactName(model, version, 'N').slice(0, -1);
    let best;
    for (const artifact of artifacts) {
        if (!artifact.name.startsWith(prefix))
            continue;
        const rest = artifact.name.slice(prefix.length);
        if (!/^\d+$/.test(rest))
            continue;
        const attempt = Number(rest);
        if (!best || attempt > best.attempt)
            best = { artifact, attempt };
    }
    return best?.artifact;
}


/***/ }),

/***/ 59573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ metricsToRecord)
/* harmony export */ });
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34323);
/**
 * Which fresh metrics go into a version entry (promote, register): those the
 * entry already records and those the model's policy names. Evaluation also
 * reports derived metrics (micro averages and the like); recording them all
 * would bury the review in noise. With neither, all of them.
 */

function metricsToRecord(spec, version, fresh) {
    if (!fresh)
        return undefined;
    const recorded = (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .findVersion */ .Am)(spec.versions, version)?.metrics ?? {};
    const wanted = new Set([...Object.keys(recorded), ...Object.keys(spec.metrics ?? {})]);
    if (!wanted.size)
        return fresh;
    return Object.fromEntries(Object.entries(fresh).filter(([name]) => wanted.has(name)));
}


/***/ }),

/***/ 50211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ downloadResults)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15740);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _evaluation_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98945);
/* harmony import */ var _evaluation_result_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34580);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34323);
/* harmony import */ var _output_dir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29547);
/**
 * `download-artifact` of compare and promote: the evaluation results a
 * matrix of `evaluate` jobs uploaded to this workflow run, put where the
 * command looks for them (`<output-dir>/<model>/<version>/` and
 * `<output-dir>/<model>/benchmark/`). A re-run of failed jobs leaves the
 * earlier attempts' artifacts, so the latest attempt of each wins. The
 * output folder is checked before anything is written to it.
 */








async function downloadResults(reg, model, version, where, ctx) {
    const client = await ctx.artifacts();
    if (!client) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EnvironmentError */ .eG('download-artifact: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set only for action steps of a workflow run); give the results as candidate-results/benchmark-results instead');
    }
    // The registry's spelling of the version names the artifact evaluate uploaded.
    const candidate = (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_7__/* .findVersion */ .Am)(model.spec.versions, version)?.version ?? version;
    const folders = [candidate, _evaluation_target_js__WEBPACK_IMPORTED_MODULE_4__/* .BENCHMARK */ .uq].map(v => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(where.outputDir, model.name, v));
    await (0,_output_dir_js__WEBPACK_IMPORTED_MODULE_6__/* .checkOutputDir */ .V)(reg, where.workspace, where.outputDir, folders, [_evaluation_result_file_js__WEBPACK_IMPORTED_MODULE_5__/* .RESULT_FILE */ .FX]);
    const artifacts = await client.list();
    const downloaded = {};
    for (const [i, v] of [candidate, _evaluation_target_js__WEBPACK_IMPORTED_MODULE_4__/* .BENCHMARK */ .uq].entries()) {
        const artifact = (0,_adapters_artifact_js__WEBPACK_IMPORTED_MODULE_2__.latestAttempt)(artifacts, model.name, v);
        if (!artifact)
            continue;
        // What an earlier run left in the folder must not mix with the downloaded files.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(folders[i], { recursive: true, force: true });
        await client.download(artifact, folders[i]);
        ctx.log.info(`${model.name} ${v}: ${artifact.name} -> ${folders[i]}`);
        downloaded[v] = artifact.name;
    }
    if (!downloaded[candidate]) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DecisionError */ .bW(`no evaluation results for ${model.name} ${candidate} in this workflow run: its evaluate job failed before uploading them, or did not run (artifacts: ${describe(artifacts.map(a => a.name))})`);
    }
    return downloaded;
}
function describe(names) {
    if (names.length === 0)
        return 'none';
    const shown = names.slice(0, 5).join(', ');
    return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
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

/***/ 63050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promote: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var _changes_promote_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18933);
/* harmony import */ var _changes_plan_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76904);
/* harmony import */ var _changes_recorded_metrics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59573);
/* harmony import */ var _evaluation_stage_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95973);
/* harmony import */ var _changes_pull_request_content_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65154);
/* harmony import */ var _change_stamp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85414);
/* harmony import */ var _download_results_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50211);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19994);
/* harmony import */ var _show_or_apply_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40518);
/**
 * `promote` (SPEC §5): checks order and gates, then plans the move of a
 * version to the next stage. Recipe: load → refuse what the order forbids →
 * check the version's files → check the target stage's gates → plan once →
 * show (dry run) or open the pull request (show-or-apply.ts).
 */









async function promote(settings, ctx) {
    const { model: name, version, to } = settings;
    const reg = await (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSoundRegistry */ .L)(settings.manifest, ctx.env, name);
    // Refusals of order (skip, backwards, unknown names) come first: they need no files.
    const { model, target: stage } = (0,_changes_promote_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPromotion */ .K)(reg, { model: name, version, to });
    await (0,_change_stamp_js__WEBPACK_IMPORTED_MODULE_3__/* .requireSoundFiles */ .y)(reg, `${name} ${version} cannot be promoted`);
    if (settings.downloadArtifact)
        await (0,_download_results_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadResults */ .X)(reg, model, version, settings, ctx);
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
        metrics: (0,_changes_recorded_metrics_js__WEBPACK_IMPORTED_MODULE_7__/* .metricsToRecord */ .k)(model.spec, version, gates.candidate?.metrics)
    });
    const entry = model.spec.versions.find(v => v.version === plan.version);
    return (0,_show_or_apply_js__WEBPACK_IMPORTED_MODULE_6__/* .showOrApply */ .l)({
        reg,
        plan,
        candidate: (0,_changes_pull_request_content_js__WEBPACK_IMPORTED_MODULE_8__/* .candidateFromEntry */ .q)(entry, gates.candidate?.metrics),
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


/***/ })

};
