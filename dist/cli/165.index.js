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

/***/ 57922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   MO: () => (/* binding */ templatePlace),
/* harmony export */   eq: () => (/* binding */ registryMatcher),
/* harmony export */   p4: () => (/* binding */ stagePlaces)
/* harmony export */ });
/* harmony import */ var _layout_template_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44898);
/* harmony import */ var _layout_template_version_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68205);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71300);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _version_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91106);
/**
 * A registry's layout templates seen from the file system (issue #12): which
 * folders hold stage, benchmark and archive files (what `validate` walks and
 * what the output folder must stay clear of), and which (stage, model,
 * version) a path belongs to (what tells a model file from a stray one, and
 * which model's `ignore:` applies to it).
 *
 * A template's `{stage}` segment says where its folder's files are: under
 * `{stage}/{model}/{version}` with root `models`, in `models/staging`; under
 * `{stage}{ext}` with root `resources`, in the files and folders of
 * `resources` whose name begins with `staging` (`resources/staging.keras`,
 * and a stray `resources/staging.old`), while `resources/artifacts/` is
 * under no stage at all.
 */






/** Every place the templates in force put files of the managed folders, without duplicates. */
function stagePlaces(reg) {
    const out = new Map();
    const folders = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .managedFolders */ .BR)(reg);
    const seen = new Set();
    const add = (t, folder) => {
        const p = templatePlace(reg.root, t, folder);
        out.set(`${p.base}\0${p.depth}\0${p.start}\0${p.exact}`, p);
    };
    for (const folder of folders) {
        seen.clear();
        // Most models share a template: each distinct one is looked at once per folder.
        if (!reg.models.length)
            add((0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, '', folder), folder);
        for (const m of reg.models) {
            const t = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, m.name, folder);
            if (seen.has(t))
                continue;
            seen.add(t);
            add(t, folder);
        }
    }
    return [...out.values()];
}
/** Where `t` puts the files of `folder` (a stage, the benchmark or archive folder) under `root`. */
function templatePlace(root, t, folder) {
    const before = [];
    let staticText = '';
    let sawPlaceholder = false;
    for (const p of t.parts) {
        if (p.kind === 'placeholder' && p.name === 'stage')
            break;
        if (p.kind === 'placeholder')
            sawPlaceholder = true;
        const text = p.kind === 'text' ? p.text : `{${p.name}}`;
        before.push(text);
        if (!sawPlaceholder)
            staticText += text;
    }
    const all = before.join('');
    const segmentStart = all.lastIndexOf('/') + 1;
    const inSegment = all.slice(segmentStart);
    const staticFolder = staticText.slice(0, staticText.lastIndexOf('/') + 1).replace(/\/$/, '');
    const depth = all.slice(0, segmentStart).split('/').length - 1 - countSegments(staticFolder);
    const anchored = !inSegment.includes('{');
    const stageIndex = t.parts.findIndex(p => p.kind === 'placeholder' && p.name === 'stage');
    const after = t.parts[stageIndex + 1];
    const exact = anchored &&
        inSegment === '' &&
        (after === undefined || (after.kind === 'text' && after.text.startsWith('/')));
    return {
        folder,
        base: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .joinRel */ .gN)(root, staticFolder || '.'),
        depth,
        start: anchored ? inSegment + folder : folder,
        exact,
        anchored
    };
}
function countSegments(folder) {
    return folder === '' ? 0 : folder.split('/').length;
}
/**
 * The place a repository-relative path lies in (its `{stage}` segment
 * begins with a managed folder's name), or undefined for a path under no
 * stage. Where two folder names fit (`prod` and `production`), the longer.
 */
function placeOf(places, rel) {
    let best;
    for (const p of places) {
        const below = p.base === '.' ? rel : rel.startsWith(`${p.base}/`) ? rel.slice(p.base.length + 1) : undefined;
        if (below === undefined)
            continue;
        const segments = below.split('/');
        if (segments.length <= p.depth)
            continue;
        const segment = segments[p.depth];
        const fits = p.exact
            ? segment === p.folder && segments.length > p.depth + 1
            : p.anchored
                ? segment.startsWith(p.start)
                : segment.includes(p.start);
        if (fits && (!best || p.start.length > best.start.length))
            best = p;
    }
    return best;
}
/**
 * The matcher for a registry's templates: most specific first (the folders'
 * own layouts, then the models', then the registry's or the default), each
 * with the versions its models accept.
 */
function registryMatcher(reg) {
    const matcher = buildMatcher(reg);
    return {
        place(rel) {
            const match = matcher.match(rel);
            if (!match)
                return undefined;
            const model = match.model ?? (match.entry.models?.length === 1 ? match.entry.models[0] : undefined);
            return { match, model };
        }
    };
}
function buildMatcher(reg) {
    const groups = new Map();
    const ids = new Map();
    const templatesVersionings = new Map();
    for (const m of reg.models) {
        const versioning = (0,_version_order_js__WEBPACK_IMPORTED_MODULE_4__/* .versioningOf */ .eu)(reg, m);
        for (const folder of (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .managedFolders */ .BR)(reg)) {
            const t = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, m.name, folder);
            if (!ids.has(t))
                ids.set(t, ids.size);
            const key = `${ids.get(t)}\0${versioning}`;
            let g = groups.get(key);
            if (!g) {
                g = {
                    template: t,
                    versioning,
                    level: levelOf(reg, t, m),
                    stages: new Set(),
                    models: new Set()
                };
                groups.set(key, g);
            }
            g.stages.add(folder);
            g.models.add(m.name);
            const vs = templatesVersionings.get(t) ?? new Set();
            vs.add(versioning);
            templatesVersionings.set(t, vs);
        }
    }
    const entries = [...groups.values()]
        .sort((a, b) => a.level - b.level)
        .map(g => {
        // A template with {model} that every model reads the same way places any model name, so a
        // folder of a model the registry lacks is reported as such; otherwise it names its models.
        const anyModel = g.template.uses.has('model') &&
            g.level > 1 &&
            templatesVersionings.get(g.template).size === 1;
        return {
            template: g.template,
            stages: [...g.stages],
            ...(anyModel ? {} : { models: [...g.models] }),
            isVersion: (0,_layout_template_version_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .versionRule */ .Ju)(g.versioning === 'ordered' ? 'ordered' : 'semver'),
            tag: { level: g.level }
        };
    });
    return (0,_layout_template_match_js__WEBPACK_IMPORTED_MODULE_0__/* .compileLayouts */ .R)(reg.root, entries);
}
/** 0: a folder's own layout, 1: a model's, 2: the registry's or the built-in default. */
function levelOf(reg, t, model) {
    const site = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .templateSite */ .wx)(reg, t);
    if (!site)
        return 2;
    if (site.source === model.source && model.spec.layout === t.source && isModelSite(site.at, model))
        return 1;
    return site.at.length === 1 && site.at[0] === 'layout' && site.source === reg.manifest ? 2 : 0;
}
function isModelSite(at, model) {
    return at.length === model.at.length + 1 && model.at.every((k, i) => at[i] === k);
}


/***/ }),

/***/ 44898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ compileLayouts)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99863);
/**
 * Reading a path back into (stage, model, version, file) for a registry's
 * layout templates: what `validate` needs to tell a stray file from a model
 * file, and `init` to find the versions of a repository it adopts.
 *
 * Each template is compiled once (a RegExp that rejects most paths at once,
 * and a list of tokens for the exact match); a path is then matched without
 * parsing anything. Rules:
 * - `{stage}` matches one of the folder names the template is for;
 * - `{model}` matches a non-empty name without `/` (one of the given models,
 *   where the entry names them), `{version}` a non-empty text without `/`
 *   that the entry's version rule accepts;
 * - `{file}` and `{name}` match non-empty text that may hold `/` (a file
 *   name in `files` may name a nested file), `{ext}` an extension or nothing;
 * - where two placeholders meet (`{model}_v{version}`) and the text could
 *   split two ways, the earlier placeholder takes the longest text that
 *   still leaves a valid match: the model name is the longest prefix that
 *   leaves a valid version (`a_v1_v2` is model `a_v1`, version `2`);
 * - except right before `{ext}`, which takes the path's last extension:
 *   `{version}{ext}` reads `0.9.2.json` as `0.9.2` and `.json` even where
 *   `0.9.2.json` would be a valid `ordered` version (in such a layout an
 *   extension-less file `model` of `ordered` version `1.0` therefore reads
 *   back as `model.0` of version `1`: give such files an extension, or use
 *   `{file}`);
 * - entries are tried in the order given, and the first that matches wins:
 *   list the most specific layouts (stage, then model) first.
 */


function compileLayouts(root, entries) {
    const normalised = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .joinRel */ .gN)(root).replace(/\/+$/, '');
    const prefix = normalised === '.' ? '' : normalised;
    const compiled = entries.map(compileEntry);
    return {
        match(path) {
            let rel = path;
            if (prefix) {
                if (!path.startsWith(prefix + '/'))
                    return undefined;
                rel = path.slice(prefix.length + 1);
            }
            for (const c of compiled) {
                if (!c.quick.test(rel))
                    continue;
                const found = matchEntry(c, rel);
                if (found)
                    return found;
            }
            return undefined;
        }
    };
}
function compileEntry(entry) {
    const alternatives = (names) => `(?:${names.map(escape).join('|')})`;
    const body = entry.template.parts
        .map(p => {
        if (p.kind === 'text')
            return escape(p.text);
        switch (p.name) {
            case 'stage':
                return alternatives(entry.stages);
            case 'model':
                return entry.models ? alternatives(entry.models) : '[^/]+';
            case 'version':
                return '[^/]+';
            case 'ext':
                return '(?:\\.[^/.]*)?';
            case 'file':
            case 'name':
                return '.+';
        }
    })
        .join('');
    return {
        entry,
        quick: new RegExp(`^${body}$`),
        stages: new Set(entry.stages),
        models: entry.models ? new Set(entry.models) : undefined,
        keptNameSeparator: (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .keptNameSeparator */ .BM)(entry.template.parts, entry.template.parts.findIndex(p => p.kind === 'placeholder' && p.name === 'name'))
    };
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** An empty, `.` or `..` segment: never part of a file name. */
const BAD_SEGMENT = /(?:^|\/)\.{0,2}(?:\/|$)/;
function matchEntry(c, rel) {
    const parts = c.entry.template.parts;
    const caps = {};
    if (!solve(0, 0))
        return undefined;
    return {
        entry: c.entry,
        stage: caps.stage,
        model: caps.model,
        version: caps.version,
        files: fileCandidates(c, caps),
        fileParts: filePartsOf(caps)
    };
    /** Backtracking over the parts; each placeholder tries its longest text first. */
    function solve(i, pos) {
        if (i === parts.length)
            return pos === rel.length && consistent(caps);
        const p = parts[i];
        if (p.kind === 'text')
            return rel.startsWith(p.text, pos) && solve(i + 1, pos + p.text.length);
        const known = caps[p.name];
        if (known !== undefined)
            return rel.startsWith(known, pos) && solve(i + 1, pos + known.length);
        const crossesFolders = p.name === 'file' || p.name === 'name';
        const slash = crossesFolders ? -1 : rel.indexOf('/', pos);
        const limit = slash < 0 ? rel.length : slash;
        const shortest = p.name === 'ext' ? pos : pos + 1;
        for (const end of candidateEnds(rel, parts[i + 1], shortest, limit)) {
            const value = rel.slice(pos, end);
            if (!accepts(c, p.name, value))
                continue;
            caps[p.name] = value;
            if (solve(i + 1, end))
                return true;
        }
        delete caps[p.name];
        return false;
    }
}
/**
 * Where a placeholder's text may end, in the order to try them: the longest
 * first, except right before {ext} (the shortest first, so {ext} takes the
 * path's last extension). Before literal text only where that text follows,
 * and at the end of the template only at the end of the path.
 */
function candidateEnds(rel, next, shortest, limit) {
    const ends = [];
    if (next === undefined) {
        if (rel.length <= limit && rel.length >= shortest)
            ends.push(rel.length);
    }
    else if (next.kind === 'text') {
        for (let e = rel.lastIndexOf(next.text, limit); e >= shortest; e = rel.lastIndexOf(next.text, e - 1)) {
            ends.push(e);
            if (e === 0)
                break;
        }
    }
    else if (next.name === 'ext') {
        for (let e = shortest; e <= limit; e++)
            ends.push(e);
    }
    else {
        for (let e = limit; e >= shortest; e--)
            ends.push(e);
    }
    return ends;
}
function accepts(c, name, value) {
    switch (name) {
        case 'stage':
            return c.stages.has(value);
        case 'model':
            return c.models ? c.models.has(value) : true;
        case 'version':
            return c.entry.isVersion(value);
        case 'ext':
            return value === '' || (value[0] === '.' && !value.includes('.', 1));
        case 'file':
        case 'name':
            return !BAD_SEGMENT.test(value);
    }
}
/** `{name}` and `{ext}` must be how the file name they make up splits. */
function consistent(caps) {
    if (caps.name === undefined || caps.ext === undefined)
        return true;
    const split = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFileName */ .se)(caps.name + caps.ext);
    return split.name === caps.name && split.ext === caps.ext;
}
function filePartsOf(caps) {
    const parts = {};
    if (caps.file !== undefined)
        parts.file = caps.file;
    if (caps.name !== undefined)
        parts.name = caps.name;
    if (caps.ext !== undefined)
        parts.ext = caps.ext;
    return parts;
}
/**
 * The logical names that render to the path, worked out from the captures
 * (this runs for every path, so it does not render): `{name}{ext}` is one
 * name, and under the kept-name rule (`{name}<text>{version}`) a path may be
 * a renamed file or one that kept its name; a name that already ends in
 * `<text><version>` would not have been renamed, and a kept name must
 * still end in the captured extension.
 */
function fileCandidates(c, caps) {
    if (caps.file !== undefined)
        return [caps.file];
    if (caps.name === undefined || caps.ext === undefined)
        return [];
    if (c.keptNameSeparator === undefined || caps.version === undefined)
        return [caps.name + caps.ext];
    const suffix = c.keptNameSeparator + caps.version;
    const out = [];
    if (!caps.name.endsWith(suffix))
        out.push(caps.name + caps.ext);
    const kept = caps.name + suffix + caps.ext;
    if ((0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFileName */ .se)(kept).ext === caps.ext)
        out.push(kept);
    return out;
}


/***/ }),

/***/ 68205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ versionRule),
/* harmony export */   gm: () => (/* binding */ isOrderedVersion)
/* harmony export */ });
/* unused harmony export ORDERED_VERSION */
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34323);
/**
 * What may be a version, per the model's `versioning` (issue #12): `semver`
 * (the default, SPEC §2: SemVer with an optional leading `v`) or `ordered`
 * (any name such as a training session id, ordered by `createdAt`).
 * The matcher takes one of these to split `{model}_v{version}`.
 */

/** The names `versioning: ordered` accepts. */
const ORDERED_VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
function isOrderedVersion(version) {
    return ORDERED_VERSION.test(version);
}
function versionRule(versioning) {
    return versioning === 'ordered' ? isOrderedVersion : _semver_js__WEBPACK_IMPORTED_MODULE_0__/* .isSemVer */ .R6;
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
