export const id = 700;
export const ids = [700];
export const modules = {

/***/ 35700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createActionsCacheStore: () => (/* binding */ createActionsCacheStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The evaluation cache inside Actions: the Actions cache service, through
 * @actions/cache (loaded only here, when a command first asks for the cache).
 *
 * The toolkit archives paths relative to the workspace and restores them to
 * the same place, and a path is part of what it matches (the entry's
 * "version"). So an entry is packed from, and unpacked to, one folder named by
 * its key below the output folder, `<output-dir>/.cache/<key>/`, whatever
 * model or version it is read for; it is removed once read or saved.
 *
 * The service scopes entries by ref: a run reads what its own ref and the
 * default branch saved, and writes only to its own ref. The toolkit reads its
 * settings (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2,
 * GITHUB_WORKSPACE) from `process.env`; `env` here only decides whether there
 * is a service at all.
 */


async function createActionsCacheStore(env, request, log) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
        return undefined;
    const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(151), __webpack_require__.e(905)]).then(__webpack_require__.bind(__webpack_require__, 81905));
    if (!cache.isFeatureAvailable())
        return undefined;
    const staging = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(request.outputDir, '.cache');
    // The toolkit globs the paths it is given from the current folder, and archives them
    // relative to the workspace: both must be the workspace for a path to mean one place.
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.cwd()) !== node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(request.workspace)) {
        log.warning(`evaluation cache off: the Actions cache needs the current folder to be the workspace (${request.workspace})`);
        return undefined;
    }
    const entryDir = (key) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, key);
    const paths = (key) => [
        node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(request.workspace, entryDir(key)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')
    ];
    const failed = (what, error) => log.warning(`evaluation cache: ${what} failed: ${String(error?.message ?? error).split('\n')[0]}`);
    return {
        where: 'the Actions cache',
        async has(key) {
            try {
                return (await cache.restoreCache(paths(key), key, [], { lookupOnly: true })) === key;
            }
            catch (error) {
                failed('lookup', error);
                return false;
            }
        },
        async fetch(key) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(entryDir(key), { recursive: true, force: true });
            const release = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(entryDir(key), { recursive: true, force: true });
            try {
                if ((await cache.restoreCache(paths(key), key)) === key) {
                    return { dir: entryDir(key), release };
                }
            }
            catch (error) {
                failed('restore', error);
            }
            await release();
            return undefined;
        },
        async save(key, write) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(entryDir(key), { recursive: true, force: true });
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(entryDir(key), { recursive: true });
                await write(entryDir(key));
                // -1: not saved (another job saved the key first, or the service refused); the toolkit said why.
                return (await cache.saveCache(paths(key), key)) !== -1;
            }
            catch (error) {
                failed('save', error);
                return false;
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(entryDir(key), { recursive: true, force: true });
            }
        }
    };
}


/***/ })

};
