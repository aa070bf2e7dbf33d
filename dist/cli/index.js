#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 57902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ createArtifactUploader),
/* harmony export */   C: () => (/* binding */ artifactName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(92174);
/**
 * Uploads an evaluation output folder as a workflow artifact (SPEC §3 `evaluate`).
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(945), __nccwpck_require__.e(662)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86662));
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
        }
    };
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


/***/ }),

/***/ 61590:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ createProcessRunner),
/* harmony export */   wn: () => (/* binding */ CommandStartError)
/* harmony export */ });
/* unused harmony exports DEFAULT_KILL_GRACE_MS, OUTPUT_TAIL_CHARS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Runs manifest commands (SPEC §7). Each command leads its own process group
 * (and session), so a timeout — or the CLI itself being interrupted — can
 * kill everything the command started, grandchildren included, not just its
 * first process. POSIX only: it signals process groups.
 */



const DEFAULT_KILL_GRACE_MS = 5000;
const OUTPUT_TAIL_CHARS = 64 * 1024;
/** setTimeout fires at once beyond this; longer limits are clamped to it (~24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const POLL_MS = 50;
/** The command could not be started at all (not found, not executable, no such cwd). */
class CommandStartError extends Error {
    program;
    code;
    constructor(message, program, code) {
        super(message);
        this.name = 'CommandStartError';
        this.program = program;
        this.code = code;
    }
}
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function fromLabel(options) {
    return options.label ? ` (from ${options.label})` : '';
}
function startError(err, program, options) {
    const make = (message) => new CommandStartError(message + fromLabel(options), program, err.code);
    // A missing cwd also surfaces as ENOENT, which would blame the program.
    if (!isDirectory(options.cwd))
        return make(`working directory does not exist: ${options.cwd}`);
    if (err.code === 'ENOENT') {
        // execve says ENOENT for an existing script whose #! interpreter is missing.
        return program.includes('/') && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, program))
            ? make(`cannot run ${program}: the interpreter on its #! line was not found`)
            : make(`command not found: ${program}`);
    }
    if (err.code === 'EACCES')
        return make(`permission denied: ${program} is not executable`);
    return make(`cannot run ${program}: ${err.message}`);
}
/** Sends `signal` to the group; false when the group no longer exists. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch (err) {
        // EPERM: a member we may not signal (e.g. setuid) — the group still exists.
        return err.code === 'EPERM';
    }
}
/**
 * Whether any member of the group is still running. kill(-pgid, 0) also
 * succeeds while only zombies remain, and an init that reaps slowly (as in
 * containers) would keep a dead group "alive" for the whole grace period, so
 * on Linux /proc decides; elsewhere kill's answer stands.
 */
function groupAlive(pgid) {
    if (!signalGroup(pgid, 0))
        return false;
    let pids;
    try {
        pids = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc').filter(name => /^\d+$/.test(name));
    }
    catch {
        return true;
    }
    for (const pid of pids) {
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        }
        catch {
            continue; // ended while we looked
        }
        // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses.
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X')
            return true;
    }
    return false;
}
/**
 * Groups that may still have members. While any exist, the parent's exit or a
 * terminating signal kills them first: the children are in their own session,
 * so a Ctrl-C at the terminal never reaches them by itself.
 */
const liveGroups = new Set();
const PARENT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function killLiveGroups() {
    for (const pgid of liveGroups)
        signalGroup(pgid, 'SIGKILL');
}
function onParentSignal(signal) {
    killLiveGroups();
    removeParentHandlers();
    // Our listener replaced the default action; with no other listener, restore
    // it so the parent still dies of the signal (exit status 128+n).
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
function addParentHandlers() {
    process.once('exit', killLiveGroups);
    for (const signal of PARENT_SIGNALS)
        process.once(signal, onParentSignal);
}
function removeParentHandlers() {
    process.removeListener('exit', killLiveGroups);
    for (const signal of PARENT_SIGNALS)
        process.removeListener(signal, onParentSignal);
}
function trackGroup(pgid) {
    if (liveGroups.size === 0)
        addParentHandlers();
    liveGroups.add(pgid);
}
function untrackGroup(pgid) {
    if (liveGroups.delete(pgid) && liveGroups.size === 0)
        removeParentHandlers();
}
/** Keeps the last `OUTPUT_TAIL_CHARS` characters without holding everything. */
class OutputTail {
    chunks = [];
    length = 0;
    push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        while (this.length - this.chunks[0].length >= OUTPUT_TAIL_CHARS) {
            this.length -= this.chunks[0].length;
            this.chunks.shift();
        }
    }
    toString() {
        const all = this.chunks.join('');
        return all.length > OUTPUT_TAIL_CHARS ? all.slice(all.length - OUTPUT_TAIL_CHARS) : all;
    }
}
function timerDelay(timeoutMs) {
    if (timeoutMs === undefined || timeoutMs === Infinity)
        return undefined;
    if (!(timeoutMs > 0))
        throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
    return Math.min(timeoutMs, MAX_TIMER_MS);
}
function createProcessRunner(settings = {}) {
    const graceMs = settings.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    return { run: options => runCommand(options, graceMs) };
}
function runCommand(options, graceMs) {
    return new Promise((resolve, reject) => {
        const program = options.argv[0];
        if (!program) {
            reject(new CommandStartError(`empty command${fromLabel(options)}`, '', undefined));
            return;
        }
        let delay;
        let child;
        const started = Date.now();
        try {
            delay = timerDelay(options.timeoutMs);
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, options.argv.slice(1), {
                cwd: options.cwd,
                env: options.env ?? process.env,
                // detached: setsid(), so the child leads a new process group we can signal as one.
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe']
            });
        }
        catch (err) {
            // Invalid arguments (e.g. a NUL byte) throw instead of emitting 'error'.
            reject(err);
            return;
        }
        const pgid = child.pid;
        if (pgid === undefined) {
            child.once('error', err => reject(startError(err, program, options)));
            return;
        }
        trackGroup(pgid);
        const tail = new OutputTail();
        let timedOut = false;
        let exit;
        let closed = false;
        let gone = false;
        let terminating = false;
        let settled = false;
        let timeout;
        let poll;
        let drain;
        for (const stream of ['stdout', 'stderr']) {
            const pipe = child[stream];
            pipe.setEncoding('utf8');
            pipe.on('data', (chunk) => {
                tail.push(chunk);
                options.onOutput?.(chunk, stream);
            });
        }
        const finish = () => {
            if (settled || !exit || !gone || !closed)
                return;
            settled = true;
            clearTimeout(timeout);
            clearTimeout(drain);
            resolve({
                exitCode: exit.code,
                signal: exit.signal,
                timedOut,
                durationMs: exit.at - started,
                outputTail: tail.toString()
            });
        };
        const groupGone = () => {
            gone = true;
            clearTimeout(poll);
            untrackGroup(pgid);
            // Everything in the group is dead, so the pipes close unless a process
            // left the group (setsid) still holds them: don't wait on it forever.
            if (!closed) {
                drain = setTimeout(() => {
                    closed = true;
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    finish();
                }, graceMs);
            }
            finish();
        };
        // SIGTERM to the group, SIGKILL after the grace period to whatever is left.
        const terminate = () => {
            if (terminating)
                return;
            terminating = true;
            if (!signalGroup(pgid, 'SIGTERM'))
                return groupGone();
            const killAt = Date.now() + graceMs;
            let killed = false;
            const check = () => {
                if (!groupAlive(pgid))
                    return groupGone();
                if (!killed && Date.now() >= killAt) {
                    killed = true;
                    signalGroup(pgid, 'SIGKILL');
                }
                else if (killed && Date.now() >= killAt + 1000) {
                    // SIGKILL cannot be ignored; a process stuck in the kernel is beyond our reach.
                    return groupGone();
                }
                poll = setTimeout(check, POLL_MS);
            };
            poll = setTimeout(check, POLL_MS);
        };
        if (delay !== undefined) {
            timeout = setTimeout(() => {
                timedOut = true;
                terminate();
            }, delay);
        }
        child.on('error', () => {
            // After a successful spawn this only reports failed child.kill() calls,
            // which we do not make; the exit/close events still follow.
        });
        child.once('exit', (code, signal) => {
            exit = { code, signal, at: Date.now() };
            clearTimeout(timeout);
            // Background processes the command left behind are part of it: they
            // would hold the output pipes open and outlive the job step.
            if (groupAlive(pgid))
                terminate();
            else if (!terminating)
                groupGone();
            finish();
        });
        child.once('close', () => {
            closed = true;
            finish();
        });
    });
}


/***/ }),

/***/ 43532:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47022);
/** The CLI's entry point: `modelgate <command> [--option value]`. */

process.exitCode = await (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 47022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(92174);
// EXTERNAL MODULE: ./src/adapters/artifact.ts
var artifact = __nccwpck_require__(57902);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/adapters/git-check-attr.ts
/**
 * `git check-attr` over many paths in one process (paths on stdin), so
 * .gitattributes are evaluated exactly as git evaluates them: macros,
 * nested files, `.git/info/attributes`. Used by validate's Git LFS warnings
 * and by register to tell which new files go through Git LFS.
 */



/** `git check-attr -z --stdin <attribute>` in the repository root: one process for every path. */
const gitCheckAttr = (repoRoot, paths, env, attribute = 'filter') => new Promise((resolve, reject) => {
    if (!paths.length)
        return resolve(new Map());
    try {
        if (!(0,external_node_fs_.statSync)(repoRoot).isDirectory())
            throw new Error('not a folder');
    }
    catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        return reject(new errors/* EnvironmentError */.eG(`git check-attr: ${repoRoot}: ${why}`));
    }
    const child = (0,external_node_child_process_.execFile)('git', ['check-attr', '-z', '--stdin', attribute], {
        cwd: repoRoot,
        env: { ...env, GIT_TERMINAL_PROMPT: '0' },
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
        timeout: 30_000,
        windowsHide: true
    }, (error, stdout, stderr) => {
        if (error) {
            const code = error.code;
            const why = code === 'ENOENT'
                ? 'git is not installed or not on PATH'
                : stderr.trim() || error.message;
            return reject(new errors/* EnvironmentError */.eG(`git check-attr: ${why.split('\n')[0]}`));
        }
        resolve(parseCheckAttr(stdout));
    });
    // git may exit (not a repository) before reading its input: the callback reports that.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(paths.map(p => `${p}\0`).join(''));
});
/** `path\0attr\0value\0` records → path → value. */
function parseCheckAttr(stdout) {
    const out = new Map();
    const fields = stdout.split('\0');
    for (let i = 0; i + 2 < fields.length; i += 3)
        out.set(fields[i], fields[i + 2]);
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/git.ts
/**
 * The git CLI, for what a promotion reads from the local checkout: the HEAD
 * commit, the SHAs of the folders that move (so the API commit reuses them
 * and uploads no model bytes), and whether the paths involved are clean.
 * Read-only: modelgate never writes to the checkout's git state.
 */



function createGitCommandManager(repoRoot, env) {
    // Quoted paths would not match ours; LFS smudging is never wanted for reads.
    const base = ['-c', 'core.quotepath=off', '-C', repoRoot];
    // Literal pathspecs: a folder named `v[1]` must not be read as a pattern.
    const gitEnv = {
        ...env,
        GIT_LFS_SKIP_SMUDGE: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_LITERAL_PATHSPECS: '1'
    };
    function git(args, allowFailure = false) {
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)('git', [...base, ...args], { env: gitEnv, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
                if (!error)
                    return resolve({ code: 0, stdout });
                const e = error;
                if (e.code === 'ENOENT') {
                    return reject(new errors/* UsageError */.eb('git is not installed or not on PATH; promote needs it'));
                }
                if (allowFailure && typeof e.code === 'number')
                    return resolve({ code: e.code, stdout });
                reject(new errors/* UsageError */.eb(failure(args, stderr.trim() || error.message)));
            });
        });
    }
    /** One line: git's own stderr can span several (hints, usage). */
    function failure(args, said) {
        if (/not a git repository|cannot change to/i.test(said)) {
            return `${repoRoot} is not a git checkout: promote builds the pull request from the committed files of a clone of the repository`;
        }
        const fatal = said.split('\n').find(line => /^(fatal|error):/.test(line)) ?? said.split('\n')[0];
        return `git ${args.join(' ')} failed in ${repoRoot}: ${fatal.trim()}`;
    }
    return {
        async headCommit() {
            return (await git(['rev-parse', '--verify', 'HEAD^{commit}'])).stdout.trim();
        },
        async treeOf(commit) {
            return (await git(['rev-parse', '--verify', `${commit}^{tree}`])).stdout.trim();
        },
        async lsTree(commit, paths) {
            if (!paths.length)
                return [];
            const { stdout } = await git(['ls-tree', '-z', '--full-tree', commit, '--', ...paths]);
            return stdout
                .split('\0')
                .filter(Boolean)
                .map(line => {
                const tab = line.indexOf('\t');
                const [mode, type, sha] = line.slice(0, tab).split(' ');
                return { mode, type: type, sha, path: line.slice(tab + 1) };
            });
        },
        async dirtyPaths(paths) {
            if (!paths.length)
                return [];
            const { stdout } = await git([
                'status',
                '--porcelain=v1',
                '-z',
                '--untracked-files=all',
                '--',
                ...paths
            ]);
            // Entries are `XY path`; a rename adds its source as a second NUL-separated field.
            const out = [];
            const fields = stdout.split('\0').filter(Boolean);
            for (let i = 0; i < fields.length; i++) {
                const status = fields[i].slice(0, 2);
                out.push(fields[i].slice(3));
                if (status.includes('R') || status.includes('C'))
                    i++;
            }
            return out;
        },
        checkAttr: (paths, attribute) => gitCheckAttr(repoRoot, paths, gitEnv, attribute),
        async currentBranch() {
            const r = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], true);
            return r.code === 0 ? r.stdout.trim() || undefined : undefined;
        },
        async remoteUrl(name) {
            const r = await git(['remote', 'get-url', name], true);
            return r.code === 0 ? r.stdout.trim() || undefined : undefined;
        },
        async hasCommit(rev) {
            return (await git(['cat-file', '-e', `${rev}^{commit}`], true)).code === 0;
        },
        async revParse(rev) {
            return (await git(['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).stdout.trim();
        },
        async diffNames(base, head) {
            const range = head === undefined ? [base] : [base, head];
            const diff = await git(['diff', '--name-only', '--no-renames', '-z', ...range, '--']);
            const paths = diff.stdout.split('\0').filter(Boolean);
            if (head === undefined) {
                // New files not yet added are part of the working tree too.
                const others = await git(['ls-files', '-z', '--others', '--exclude-standard']);
                paths.push(...others.stdout.split('\0').filter(Boolean));
            }
            return paths;
        },
        async listFiles(rev, under) {
            if (!under.length)
                return [];
            const { stdout } = await git([
                'ls-tree',
                '-r',
                '-z',
                '--name-only',
                '--full-tree',
                rev,
                '--',
                ...under
            ]);
            return stdout.split('\0').filter(Boolean);
        },
        show: (rev, paths) => catFileBatch(repoRoot, gitEnv, rev, paths)
    };
}
/**
 * `git cat-file --batch`: one process for any number of files, so reading a
 * base revision's 10,000 shards costs one spawn. Output records are
 * `<sha> <type> <size>\n<bytes>\n`, or `<name> missing\n`.
 */
function catFileBatch(repoRoot, env, rev, paths) {
    return new Promise((resolve, reject) => {
        const out = new Map();
        if (!paths.length)
            return resolve(out);
        const child = (0,external_node_child_process_.spawn)('git', ['-C', repoRoot, 'cat-file', '--batch'], { env });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', err => reject(err.code === 'ENOENT'
            ? new errors/* UsageError */.eb('git is not installed or not on PATH')
            : err));
        child.on('close', code => {
            if (code !== 0) {
                return reject(new errors/* UsageError */.eb(`git cat-file --batch failed in ${repoRoot}: ${stderr.trim().split('\n')[0]}`));
            }
            const buf = Buffer.concat(chunks);
            let at = 0;
            for (const p of paths) {
                const eol = buf.indexOf(10, at);
                if (eol < 0)
                    break;
                const header = buf.toString('utf8', at, eol).split(' ');
                at = eol + 1;
                if (header.length !== 3)
                    continue; // `<name> missing` or ambiguous: not in rev
                const size = Number(header[2]);
                if (header[1] === 'blob')
                    out.set(p, buf.toString('utf8', at, at + size));
                at += size + 1;
            }
            resolve(out);
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(paths.map(p => `${rev}:${p}\n`).join(''));
    });
}

// EXTERNAL MODULE: ./src/adapters/process-runner.ts
var process_runner = __nccwpck_require__(61590);
;// CONCATENATED MODULE: ./src/execute.ts
/**
 * Dispatches a command. The same path serves the action and the CLI; it
 * returns a typed result and never touches the process or @actions/core.
 *
 * A "no" reaches the entries one way: as a result with exit code 1. A
 * refusal a planner throws deep down (`DecisionError`: unknown model, a
 * skipped stage, a checkout behind its base) becomes that result here, so
 * the action and the CLI each apply `fail-on-decision` in one place. Only
 * usage and environment faults (exit 2) leave as errors.
 */




// Commands are imported on demand so each pays only for what it uses.
const RUNNERS = {
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(867), __nccwpck_require__.e(188), __nccwpck_require__.e(961)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92961))).validate,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(867), __nccwpck_require__.e(650)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8650))).plan,
    evaluate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(487), __nccwpck_require__.e(761), __nccwpck_require__.e(36)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59764))).evaluate,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(867), __nccwpck_require__.e(487), __nccwpck_require__.e(617), __nccwpck_require__.e(307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 307))).compare,
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(188), __nccwpck_require__.e(962), __nccwpck_require__.e(487), __nccwpck_require__.e(617), __nccwpck_require__.e(449)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6449))).promote,
    rollback: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(188), __nccwpck_require__.e(962), __nccwpck_require__.e(286)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81286))).rollback,
    register: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(188), __nccwpck_require__.e(962), __nccwpck_require__.e(840)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90840))).register,
    retire: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(188), __nccwpck_require__.e(962), __nccwpck_require__.e(445)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70445))).retire,
    report: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(867), __nccwpck_require__.e(483)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4483))).report,
    monitor: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(188), __nccwpck_require__.e(487), __nccwpck_require__.e(761), __nccwpck_require__.e(423)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7423))).monitor
};
async function execute(settings, ctx) {
    const run = await RUNNERS[settings.command]();
    try {
        return await run(settings, ctx);
    }
    catch (error) {
        if (error instanceof errors/* DecisionError */.bW)
            return refused(settings.command, error);
        throw error;
    }
}
/** A refusal as a result: nothing was done, and the reason is the one line to show. */
function refused(command, error) {
    return {
        command,
        ok: false,
        decision: 'fail',
        refusal: error.message,
        diagnostics: error.diagnostics,
        result: null,
        text: error.message,
        summary: '',
        outputs: {},
        exitCode: 1
    };
}
/** The real adapters: the git CLI, Octokit and the artifact client (both loaded when first used). */
function realContext(env, log) {
    return {
        env,
        log,
        now: () => new Date(),
        git: repoRoot => createGitCommandManager(repoRoot, env),
        github: async (target) => {
            const { createGitHubApi } = await Promise.all(/* import() */[__nccwpck_require__.e(945), __nccwpck_require__.e(450)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34450));
            return createGitHubApi({
                token: target.token,
                baseUrl: target.apiUrl,
                owner: target.owner,
                repo: target.repo,
                warn: message => log.warning(message)
            });
        },
        processes: () => (0,process_runner/* createProcessRunner */.Ej)(),
        artifacts: () => (0,artifact/* createArtifactUploader */.$)(env)
    };
}

;// CONCATENATED MODULE: ./src/settings/inputs.ts
const INPUTS = [
    {
        name: 'command',
        kind: 'string',
        description: 'What to do: validate, plan, register, retire, evaluate, compare, promote, rollback, report or monitor.'
    },
    {
        name: 'manifest',
        kind: 'string',
        default: 'models/registry.yaml',
        description: 'Path of the registry manifest (YAML or JSON).'
    },
    {
        name: 'model',
        kind: 'string',
        description: 'Model name (commands about one model; `validate` then checks only it).'
    },
    {
        name: 'version',
        kind: 'string',
        description: 'Model version; `benchmark` means the benchmark copy (evaluate).'
    },
    { name: 'to', kind: 'string', description: 'Target stage of a promotion.' },
    {
        name: 'reason',
        kind: 'string',
        description: 'Why a version is retired (retire): recorded in its history entry and the pull request.'
    },
    {
        name: 'entries',
        kind: 'string',
        description: 'Comma-separated model@version list from `plan` (evaluate).'
    },
    {
        name: 'source',
        kind: 'string',
        description: "Folder holding a trained model's files (register)."
    },
    {
        name: 'output-dir',
        kind: 'string',
        default: '.modelgate',
        description: 'Where evaluation results and reports are written.'
    },
    {
        name: 'candidate-results',
        kind: 'string',
        description: "The candidate's result.json or its folder (compare, promote, register)."
    },
    {
        name: 'benchmark-results',
        kind: 'string',
        description: "The benchmark copy's result.json or its folder (compare, promote)."
    },
    {
        name: 'train',
        kind: 'boolean',
        default: 'false',
        description: "Run the model's train command before evaluate."
    },
    {
        name: 'base',
        kind: 'string',
        description: "plan/validate: a git revision to compare with. promote/rollback/register/retire: the branch the PR targets (default: the repository's default branch)."
    },
    {
        name: 'head',
        kind: 'string',
        description: 'plan: the git revision under review (default HEAD).'
    },
    {
        name: 'dry-run',
        kind: 'boolean',
        default: 'false',
        description: 'Print the plan and PR body; make no network request and no write.'
    },
    {
        name: 'labels',
        kind: 'list',
        description: 'Extra labels for the pull request (comma or newline separated).'
    },
    {
        name: 'reviewers',
        kind: 'list',
        description: 'Reviewers to request on the pull request (users or org/team).'
    },
    {
        name: 'draft',
        kind: 'boolean',
        default: 'false',
        description: 'Open the pull request as a draft.'
    },
    {
        name: 'token',
        kind: 'string',
        default: '${{ github.token }}',
        description: 'GitHub token (contents, pull-requests and statuses: write).'
    },
    {
        name: 'upload-artifact',
        kind: 'boolean',
        default: 'true',
        description: 'Upload evaluation results as a workflow artifact.'
    },
    {
        name: 'allow-untrusted',
        kind: 'boolean',
        default: 'false',
        description: 'Run manifest commands for pull_request_target and fork pull requests.'
    },
    {
        name: 'fail-on-decision',
        kind: 'boolean',
        default: 'true',
        description: 'Fail the step when the decision is "no"; with false the decision is only reported.'
    },
    {
        name: 'allow-older',
        kind: 'boolean',
        default: 'false',
        description: 'Let register add a version lower than existing ones.'
    }
];
const COMMANDS = [
    'validate',
    'plan',
    'register',
    'retire',
    'evaluate',
    'compare',
    'promote',
    'rollback',
    'report',
    'monitor'
];

;// CONCATENATED MODULE: ./src/settings/input-helper.ts
/**
 * Turns raw inputs (action inputs or CLI options, both by input name) into
 * Settings, validating early with messages that quote the bad value.
 */



function getSettings(read, workspace) {
    const str = (name) => {
        const raw = read(name)?.trim();
        if (raw)
            return raw;
        const fallback = INPUTS.find(i => i.name === name)?.default;
        return fallback && !fallback.includes('${{') ? fallback : undefined;
    };
    const bool = (name) => {
        const value = str(name) ?? 'false';
        if (/^(true|yes|on)$/i.test(value))
            return true;
        if (/^(false|no|off)$/i.test(value))
            return false;
        throw new errors/* UsageError */.eb(`input "${name}" must be true or false, got "${value}"`);
    };
    const list = (name) => (str(name) ?? '')
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(Boolean);
    const command = str('command');
    if (!command)
        throw new errors/* UsageError */.eb(`missing required input "command" (one of: ${COMMANDS.join(', ')})`);
    if (!COMMANDS.includes(command)) {
        throw new errors/* UsageError */.eb(`unknown command "${command}"; expected one of: ${COMMANDS.join(', ')}`);
    }
    const resolve = (p) => p === undefined ? undefined : external_node_path_default().resolve(workspace, p);
    return {
        command: command,
        manifest: resolve(str('manifest')),
        model: str('model'),
        version: str('version'),
        to: str('to'),
        reason: str('reason'),
        entries: str('entries'),
        source: resolve(str('source')),
        outputDir: resolve(str('output-dir')),
        candidateResults: resolve(str('candidate-results')),
        benchmarkResults: resolve(str('benchmark-results')),
        train: bool('train'),
        base: str('base'),
        head: str('head'),
        dryRun: bool('dry-run'),
        labels: list('labels'),
        reviewers: list('reviewers'),
        draft: bool('draft'),
        token: read('token')?.trim() || undefined,
        uploadArtifact: bool('upload-artifact'),
        allowUntrusted: bool('allow-untrusted'),
        failOnDecision: bool('fail-on-decision'),
        allowOlder: bool('allow-older'),
        workspace
    };
}

;// CONCATENATED MODULE: ./src/cli/argv.ts
/**
 * CLI arguments: `modelgate <command> [--input value | --input=value | --flag]`.
 * Option names are the action's input names; boolean inputs may be given
 * without a value. `--json` and `--help` are the CLI's own.
 */


function parseArgv(argv) {
    const parsed = { values: new Map(), json: false, help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            parsed.help = true;
            continue;
        }
        if (arg === '--json') {
            parsed.json = true;
            continue;
        }
        if (!arg.startsWith('--')) {
            if (parsed.command !== undefined) {
                throw new errors/* UsageError */.eb(`unexpected argument "${arg}" (options are written --name value)`);
            }
            parsed.command = arg;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        const spec = INPUTS.find(s => s.name === name && s.name !== 'command');
        if (!spec) {
            throw new errors/* UsageError */.eb(`unknown option "--${name}"; run modelgate --help for the options`);
        }
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else if (spec.kind === 'boolean' &&
            (argv[i + 1] === undefined || !/^(true|false|yes|no|on|off)$/i.test(argv[i + 1])))
            value = 'true';
        else if (argv[i + 1] === undefined)
            throw new errors/* UsageError */.eb(`option "--${name}" needs a value`);
        else
            value = argv[++i];
        parsed.values.set(name, value);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/cli/help.ts

const USAGE = {
    validate: 'validate [--manifest PATH] [--model M] [--json]\n  Checks the manifest: schema, names, stages, capacity, files and their sha256 digests, stray files and the benchmark copy.',
    plan: 'plan [--base REV] [--head REV]\n  Lists the versions that need evaluation as a job matrix.',
    register: 'register --model M --version V --source DIR [--candidate-results R]\n  Adds a trained model to the first stage by pull request.',
    retire: 'retire --model M --version V --reason TEXT [--dry-run]\n  Moves a version that will not be promoted to the archive by pull request.',
    evaluate: "evaluate --model M --version V|benchmark [--train]\n  Runs the model's train/evaluate commands and writes result.json.",
    compare: "compare --model M --version V\n  Compares a candidate with the benchmark copy under the model's policy.",
    promote: 'promote --model M --version V --to STAGE [--dry-run]\n  Checks order and gates, then opens the promotion pull request.',
    rollback: 'rollback --model M [--version V] [--dry-run]\n  Returns production to the previous archived version by pull request.',
    report: 'report\n  Registry status as Markdown and a self-contained HTML page.',
    monitor: 'monitor [--model M]\n  Re-checks production on fresh data and measures drift.'
};
function helpText(command) {
    if (command && USAGE[command]) {
        return `Usage: modelgate ${USAGE[command]}\n\n${optionsText()}`;
    }
    return [
        'modelgate: a model registry in your git repository.',
        '',
        'Usage: modelgate <command> [--option value] [--json]',
        '',
        'Commands:',
        ...COMMANDS.map(c => `  ${USAGE[c].split('\n')[0]}`),
        '',
        optionsText(),
        '',
        'Exit status: 0 pass, 1 a decision "no" (invalid manifest, failed gate), 2 usage or environment error.'
    ].join('\n');
}
function optionsText() {
    const lines = INPUTS.filter(i => i.name !== 'command').map(i => {
        const def = i.default && !i.default.includes('${{') ? ` (default: ${i.default})` : '';
        return `  --${i.name.padEnd(18)} ${i.description}${def}`;
    });
    return [
        "Options (the action's inputs):",
        ...lines,
        '  --json               Print one JSON object instead of text.',
        '  --help               Print this help.'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
/**
 * The CLI: argv → the same Settings → execute(). Human text on stdout,
 * diagnostics on stderr as `file:line:col: message`; with --json one object
 * on stdout whatever the exit status (SPEC §3).
 */






async function runCli(argv, io) {
    let json = argv.includes('--json');
    let command = 'unknown';
    try {
        const args = parseArgv(argv);
        json = args.json;
        command = args.command ?? command;
        if (args.help || !args.command) {
            io.stdout(helpText(args.command) + '\n');
            return args.help ? 0 : 2;
        }
        const settings = getSettings(name => (name === 'command' ? args.command : args.values.get(name)), io.cwd);
        const log = json ? quietLog(io) : stderrLog(io);
        const result = await execute(settings, realContext(io.env, log));
        print(result, io, json, settings.workspace);
        // The one place fail-on-decision applies in the CLI.
        return result.exitCode === 1 && !settings.failOnDecision ? 0 : result.exitCode;
    }
    catch (error) {
        if (!(error instanceof errors/* ModelgateError */.HJ)) {
            // A bug, not bad input: one line, the stack only when asked for.
            const err = error;
            io.stderr(`modelgate failed unexpectedly: ${err.message}\n`);
            if (io.env.MODELGATE_DEBUG)
                io.stderr(`${err.stack}\n`);
            return 2;
        }
        if (json) {
            io.stdout(JSON.stringify({ command, ok: false, errors: errorsOf(error), result: null }) + '\n');
        }
        else {
            for (const d of error.diagnostics)
                io.stderr((0,errors/* formatDiagnostic */.xy)(d) + '\n');
            io.stderr(`modelgate: ${error.message}\n`);
        }
        return error.exitCode;
    }
}
function print(result, io, json, workspace) {
    if (json) {
        const errors = result.diagnostics.filter(d => d.severity === 'error').map(toJsonError);
        if (result.refusal !== undefined)
            errors.push(toJsonError(messageAsError(result.refusal)));
        const warnings = result.diagnostics.filter(d => d.severity === 'warning').map(toJsonError);
        io.stdout(JSON.stringify({
            command: result.command,
            ok: result.ok,
            decision: result.decision,
            errors,
            warnings,
            result: result.result
        }) + '\n');
        return;
    }
    for (const d of result.diagnostics) {
        // Paths relative to the current directory are clickable in terminals and editors.
        const root = result.repoRoot ?? workspace;
        const file = d.file ? external_node_path_default().relative(io.cwd, external_node_path_default().resolve(root, d.file)) || d.file : d.file;
        io.stderr((0,errors/* formatDiagnostic */.xy)(d, file) + '\n');
    }
    // A refusal is one error line, like a compiler's, not a report.
    if (result.refusal !== undefined)
        io.stderr(`modelgate: ${result.refusal}\n`);
    else
        io.stdout(result.text + '\n');
}
function errorsOf(error) {
    return [...error.diagnostics, messageAsError(error.message)].map(toJsonError);
}
/** A message with no place in a file, as JSON output lists it among the errors. */
function messageAsError(message) {
    return { file: '', line: 0, col: 0, key: '', message, severity: 'error' };
}
function toJsonError(d) {
    return {
        file: d.file,
        line: d.line,
        col: d.col,
        key: d.key,
        message: d.message,
        ...(d.severity === 'warning' ? { severity: 'warning' } : {})
    };
}
function stderrLog(io) {
    return {
        info: m => io.stderr(m + '\n'),
        warning: m => io.stderr(`warning: ${m}\n`),
        write: chunk => io.stderr(chunk),
        group: async (name, fn) => {
            io.stderr(`▸ ${name}\n`);
            return fn();
        }
    };
}
function quietLog(io) {
    return {
        info: () => { },
        warning: m => io.stderr(`warning: ${m}\n`),
        write: () => { },
        group: (_n, fn) => fn()
    };
}


/***/ }),

/***/ 92174:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ keyPath),
/* harmony export */   HJ: () => (/* binding */ ModelgateError),
/* harmony export */   bW: () => (/* binding */ DecisionError),
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
class ModelgateError extends Error {
    exitCode;
    diagnostics;
    constructor(message, exitCode, diagnostics = []) {
        super(message);
        this.name = 'ModelgateError';
        this.exitCode = exitCode;
        this.diagnostics = diagnostics;
    }
}
/** Exit 2: unknown command/option, missing input, no git, network failure. */
class UsageError extends ModelgateError {
    constructor(message) {
        super(message, 2);
        this.name = 'UsageError';
    }
}
/**
 * Exit 2: the environment failed us — a service (the artifact service, git)
 * refused or broke. Adapters throw it with one line naming the service and
 * what went wrong, so nothing reaches the user as "failed unexpectedly".
 */
class EnvironmentError extends ModelgateError {
    constructor(message) {
        super(message, 2);
        this.name = 'EnvironmentError';
    }
}
/** Exit 1: the registry says no (invalid manifest, unknown model, refused move). */
class DecisionError extends ModelgateError {
    constructor(message, diagnostics = []) {
        super(message, 1, diagnostics);
        this.name = 'DecisionError';
    }
}
/** Formats a diagnostic the way compilers do: `file:line:col: message`. */
function formatDiagnostic(d, file = d.file) {
    const where = d.line > 0 ? `${file}:${d.line}:${d.col}` : file;
    const prefix = d.severity === 'warning' ? 'warning: ' : '';
    return `${where}: ${prefix}${d.message}`;
}
/** Renders a JSON-ish key path (`['models', 'clf', 'versions', 0]`) as `models.clf.versions[0]`. */
function keyPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${part}` : part;
    }
    return out;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(43532);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
