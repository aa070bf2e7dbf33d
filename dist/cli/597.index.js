export const id = 597;
export const ids = [597];
export const modules = {

/***/ 84597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createFolderCacheStore: () => (/* binding */ createFolderCacheStore),
/* harmony export */   defaultCacheDir: () => (/* binding */ defaultCacheDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The evaluation cache of the CLI: a folder, one sub-folder per key
 * (`<cache-dir>/<key>/`). An entry is written under a temporary name in the
 * same folder and renamed into place, so a reader never sees half an entry and
 * two runs saving the same key leave one whole entry.
 */



/**
 * `modelgate/` in the user's cache folder: `$XDG_CACHE_HOME`, else
 * `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows, `~/.cache`
 * elsewhere. Undefined when the environment names no home (then there is no
 * default, and only `cache-dir` gives a cache).
 */
function defaultCacheDir(env, platform = process.platform) {
    const join = platform === 'win32' ? (node_path__WEBPACK_IMPORTED_MODULE_2___default().win32).join : (node_path__WEBPACK_IMPORTED_MODULE_2___default().posix).join;
    if (env.XDG_CACHE_HOME)
        return join(env.XDG_CACHE_HOME, 'modelgate');
    if (platform === 'win32') {
        if (env.LOCALAPPDATA)
            return join(env.LOCALAPPDATA, 'modelgate');
        return env.USERPROFILE ? join(env.USERPROFILE, 'AppData', 'Local', 'modelgate') : undefined;
    }
    if (!env.HOME)
        return undefined;
    return platform === 'darwin'
        ? join(env.HOME, 'Library', 'Caches', 'modelgate')
        : join(env.HOME, '.cache', 'modelgate');
}
function createFolderCacheStore(root) {
    const entryDir = (key) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, key);
    const exists = async (key) => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(entryDir(key)).catch(() => undefined))?.isDirectory() === true;
    return {
        where: `the cache folder ${root}`,
        has: exists,
        async fetch(key) {
            if (!(await exists(key)))
                return undefined;
            return { dir: entryDir(key), release: async () => undefined };
        },
        async save(key, write) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(root, { recursive: true });
            const incoming = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, `.incoming-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(incoming);
                await write(incoming);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(entryDir(key), { recursive: true, force: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(incoming, entryDir(key));
                return true;
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(incoming, { recursive: true, force: true });
            }
        }
    };
}


/***/ })

};
