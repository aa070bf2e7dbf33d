export const id = 165;
export const ids = [165,740];
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

/***/ 51165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compare: () => (/* binding */ compare)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95861);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22541);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77936);
/* harmony import */ var _download_results_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50211);
/* harmony import */ var _load_for_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19994);
/**
 * `compare` (SPEC §3–4): the candidate against the benchmark copy under the
 * model's metric policy; decision `pass` or `fail` with a reason per metric.
 * Recipe: load → gather results → decide → report.
 */






async function compare(settings, ctx) {
    const reg = await (0,_load_for_command_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSoundRegistry */ .L)(settings.manifest, ctx.env, settings.model);
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .findModel */ .P)(reg, settings.model);
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`model ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(settings.model)} is not in the registry`);
    if (settings.downloadArtifact) {
        if (settings.version === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('download-artifact needs "version": the candidate whose results to download');
        }
        await (0,_download_results_js__WEBPACK_IMPORTED_MODULE_2__/* .downloadResults */ .X)(reg, model, settings.version, settings, ctx);
    }
    // version, candidate-results, benchmark-results and output-dir, as the settings have them.
    const inputs = await (0,_evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .gatherComparison */ .$6)(reg, { ...settings, model });
    for (const w of inputs.warnings)
        ctx.log.warning(w);
    const comparison = (0,_evaluation_comparison_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .decideComparison */ .Ed)(model, inputs);
    return {
        command: 'compare',
        ok: comparison.decision === 'pass',
        decision: comparison.decision,
        diagnostics: [],
        result: {
            model: model.name,
            candidate: { version: inputs.candidate.version, results: inputs.candidateFile },
            benchmark: inputs.benchmark
                ? {
                    version: inputs.benchmark.version,
                    source: inputs.benchmark.source,
                    results: inputs.benchmark.file
                }
                : null,
            ...comparison,
            warnings: inputs.warnings
        },
        outputs: {},
        exitCode: comparison.decision === 'pass' ? 0 : 1
    };
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

/***/ 2552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ outputDirProblem)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(143);
/**
 * Where the output folder (`output-dir`, default `.modelgate`) may be (SPEC
 * §7): inside the workspace, and clear of everything the registry keeps —
 * the manifest and its shards, the registry `root`, and every stage,
 * benchmark and archive folder (not equal to one, not holding one, not
 * inside one). evaluate, report and monitor write there, and evaluate
 * removes its own earlier outputs there, so a folder that overlaps the
 * registry could lose a model. Pure path arithmetic; the command layer adds
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
    for (const folder of (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .managedFolders */ .BR)(reg)) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(rootAbs, folder);
        if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(out, abs) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(abs, out)) {
            return `${shown} overlaps the registry folder ${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(reg.repoRoot, abs)} (a stage, benchmark or archive folder); model files live there`;
        }
    }
    return undefined;
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
