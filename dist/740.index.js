export const id = 740;
export const ids = [740];
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


/***/ })

};
