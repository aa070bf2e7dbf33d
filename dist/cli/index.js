#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 15740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ createArtifactUploader),
/* harmony export */   C: () => (/* binding */ artifactName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(174)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49174));
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

/***/ 97348:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ createProcessRunner),
/* harmony export */   wn: () => (/* binding */ CommandStartError)
/* harmony export */ });
/* unused harmony export OUTPUT_TAIL_CHARS */
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



function startTimer(expire, ms) {
    const timer = setTimeout(expire, ms);
    return () => clearTimeout(timer);
}
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
function createProcessRunner(options = {}) {
    const settings = {
        graceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
        now: options.now ?? Date.now,
        startTimeout: options.startTimeout ?? startTimer
    };
    return { run: runOptions => runCommand(runOptions, settings) };
}
function runCommand(options, settings) {
    const { graceMs, now } = settings;
    return new Promise((resolve, reject) => {
        const program = options.argv[0];
        if (!program) {
            reject(new CommandStartError(`empty command${fromLabel(options)}`, '', undefined));
            return;
        }
        let delay;
        let child;
        const started = now();
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
        let cancelTimeout;
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
            cancelTimeout?.();
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
            cancelTimeout = settings.startTimeout(() => {
                timedOut = true;
                terminate();
            }, delay);
        }
        child.on('error', () => {
            // After a successful spawn this only reports failed child.kill() calls,
            // which we do not make; the exit/close events still follow.
        });
        child.once('exit', (code, signal) => {
            exit = { code, signal, at: now() };
            cancelTimeout?.();
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

/***/ 88313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   O3: () => (/* binding */ wordingOf),
/* harmony export */   p6: () => (/* binding */ humanBytes)
/* harmony export */ });
/* unused harmony export WORDING */
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(27853);
/**
 * How each kind of change is named, in one table: its branch, commit
 * subject, pull request title, the one-line headline the CLI and the job
 * summary print, the PR body's heading, what the body says where there is
 * no comparison, the role its version plays in the metric chart, and how
 * each move reads. Planners, the command tail and the PR body all read it,
 * so a kind's words never drift apart between files.
 */

const WORDING = {
    promote: {
        branch: p => `modelgate/promote/${p.model}-to-${p.to}`,
        subject: p => `Promote ${p.model} ${p.version} from ${p.from} to ${p.to}`,
        title: p => `Promote ${p.model} ${p.version}: ${p.from} → ${p.to}`,
        headline: p => `${p.model} ${p.version} → ${p.to}`,
        heading: p => [`Promote **${p.model} ${p.version}**: ${p.from} → ${p.to}`],
        notCompared: (_p, stage) => `Stage ${stage.name} has no compare gate: the candidate is not compared.`,
        role: 'candidate',
        move: (m, p) => commonMove(m, p.to) ?? `archived (replaced by ${p.version})`
    },
    rollout: {
        // The same branch as the promotion: each step replaces the last one's pull request.
        branch: p => `modelgate/promote/${p.model}-to-${p.to}`,
        subject: p => `Roll out ${p.model} ${p.version} in ${p.to}: ${before(p)} → ${percent(p.traffic.to)}`,
        title: p => `Roll out ${p.model} ${p.version} in ${p.to}: ${before(p)} → ${percent(p.traffic.to)}`,
        headline: p => `${p.model} ${p.version} → ${p.to}`,
        heading: (p, context) => rolloutHeading(p, context),
        notCompared: (_p, stage) => `Stage ${stage.name} has no compare gate: the candidate is not compared.`,
        role: 'candidate',
        move: (m, p) => m.reason === 'promote' && p.traffic.to < 100
            ? `enters ${p.to} at ${percent(p.traffic.to)} of traffic`
            : (commonMove(m, p.to) ?? `archived (replaced by ${p.version})`)
    },
    rollback: {
        branch: p => `modelgate/rollback/${p.model}`,
        subject: p => p.traffic
            ? `Roll back the rollout of ${p.model} ${p.rolledBackFrom} in ${p.to} (${percent(p.traffic.from)}): all traffic to ${p.version}`
            : `Roll back ${p.model} from ${p.rolledBackFrom} to ${p.version}`,
        title: p => p.traffic
            ? `Roll back the rollout of ${p.model} ${p.rolledBackFrom} (${percent(p.traffic.from)}): all traffic to ${p.version}`
            : `Roll back ${p.model} to ${p.version}: ${p.rolledBackFrom} → ${p.from}`,
        headline: p => `${p.model} ${p.to}: ${p.rolledBackFrom} → ${p.version}`,
        heading: p => rollbackHeading(p),
        notCompared: p => p.traffic
            ? `Not compared: stopping the rollout returns all traffic to ${p.version}, the version that serves ${p.to}.`
            : `Not compared: a rollback restores ${p.version}, a version that was in ${p.to} before.`,
        role: 'restored',
        move: (m, p) => commonMove(m, p.to) ??
            (p.traffic
                ? `archived (rollout stopped; all traffic to ${p.version})`
                : `archived (rolled back to ${p.version})`)
    },
    register: {
        branch: p => `modelgate/register/${p.model}-${p.version}`,
        subject: p => `Register ${p.model} ${p.version} in ${p.to}`,
        title: p => `Register ${p.model} ${p.version} in ${p.to}`,
        headline: p => `${p.model} ${p.version} → ${p.to}`,
        heading: p => registerHeading(p),
        notCompared: p => `Not compared: ${p.version} enters ${p.to}; the comparison with the benchmark is a gate of a later stage.`,
        role: 'new',
        move: (m, p) => commonMove(m, p.to) ?? `archived (replaced by ${p.version})`
    },
    retire: {
        branch: p => `modelgate/retire/${p.model}-${p.version}`,
        subject: p => `Retire ${p.model} ${p.version} from ${p.from}`,
        title: p => `Retire ${p.model} ${p.version}: ${p.from} → ${p.to}`,
        headline: p => `${p.model} ${p.version}: ${p.from} → ${p.to} (retired)`,
        heading: p => retireHeading(p),
        notCompared: p => `Not compared: a retirement withdraws ${p.version} from ${p.from}; nothing takes its place.`,
        role: 'retired',
        move: (m, p) => commonMove(m, p.to) ?? `archived (replaced by ${p.version})`
    }
};
function wordingOf(kind) {
    return WORDING[kind];
}
/** A traffic share as titles and commit subjects show it: `10%`, `0% (shadow)`. */
function percent(traffic) {
    return traffic === 0 ? '0% (shadow)' : `${traffic}%`;
}
/** The words of the moves that read the same in every kind; undefined for `archive`. */
function commonMove(m, to) {
    switch (m.reason) {
        case 'promote':
            return `promoted to ${to}`;
        case 'restore':
            return `restored to ${to}`;
        case 'retire':
            return 'retired: will not be promoted';
        case 'benchmark-refresh':
            return 'benchmark copy refreshed';
        case 'benchmark-remove':
            return 'old benchmark copy removed';
        case 'archive':
            return undefined;
    }
}
function before(p) {
    return p.traffic.from === undefined ? p.from : percent(p.traffic.from);
}
/** A rollout step: who serves what share of the stage's traffic after the merge. */
function rolloutHeading(p, { model, stage }) {
    const { to } = p.traffic;
    const incumbents = model.spec.versions
        .filter(v => v.stage === p.to && v.version !== p.version && (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .isLive */ .DG)(v))
        .map(v => `**${v.version}**`);
    const others = incumbents.length ? incumbents.join(', ') : 'no other version';
    const steps = stage.rollout?.steps ?? [];
    const next = steps.find(s => s > to);
    return [
        `## 🚦 Rollout of ${p.model} ${p.version} in ${p.to}: ${before(p)} → ${percent(to)}`,
        '',
        to >= 100
            ? `**${p.version}** takes all of ${p.to}'s traffic; capacity, archiving and the benchmark copy apply now (see below).`
            : `**${p.version}** serves ${percent(to)} of ${p.to}'s traffic; ${others} keeps the rest.`,
        '',
        `Steps: ${steps.map(s => (s === to ? `**${s}%**` : `${s}%`)).join(' → ')}` +
            (next === undefined
                ? ''
                : `. After this merges, promote ${p.version} to ${p.to} again for ${percent(next)}.`)
    ];
}
function rollbackHeading(p) {
    if (p.traffic) {
        return [
            `## ⏪ Rollback of the rollout of ${p.model} ${p.rolledBackFrom} in ${p.to}`,
            '',
            `**${p.rolledBackFrom}** (${percent(p.traffic.from)} of traffic) goes to the archive (rolled back); ` +
                `**${p.version}** keeps all of ${p.to}'s traffic.`
        ];
    }
    return [
        `## ⏪ Rollback of ${p.model} in ${p.to}`,
        '',
        `**${p.version}** returns from ${p.from} to ${p.to}; ` +
            `**${p.rolledBackFrom}** goes to ${p.from} (rolled back).`
    ];
}
/** A retirement: what leaves, that nothing replaces it, and why, quoted line by line. */
function retireHeading(p) {
    const reason = p.reason.trim();
    return [
        `## 🗄️ Retirement of ${p.model} ${p.version}`,
        '',
        `**${p.version}** leaves ${p.from} for ${p.to} (retired): ` +
            'it will not be promoted, and nothing replaces it.',
        ...(reason ? ['', '**Reason**', '', ...reason.split('\n').map(l => `> ${l}`.trimEnd())] : [])
    ];
}
/** A registration: the new version, its size, and where its bytes are stored. */
function registerHeading(p) {
    const bytes = p.additions.reduce((n, f) => n + f.size, 0);
    const count = p.additions.length;
    return [
        `## 🆕 Registration of ${p.model} ${p.version}`,
        '',
        `**${p.version}** enters ${p.to}: ${count} file${count === 1 ? '' : 's'}, ${humanBytes(bytes)}.`
    ];
}
/** Bytes as people read them: `512 B`, `1.5 KiB`, `200 MiB`. */
function humanBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}


/***/ }),

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57622);
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

/***/ 57622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/policy/format.ts
var format = __nccwpck_require__(98775);
;// CONCATENATED MODULE: ./src/present/markdown.ts
/** Small Markdown builders shared by the summaries, bodies and reports. */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** A Markdown table; columns listed in `rightAligned` (numbers) are aligned right. */
function table(header, rows, rightAligned = []) {
    const escaped = (cells) => cells.map(escapeCell);
    return rawTable(escaped(header), rows.map(escaped), rightAligned);
}
/** `table` for cells that were escaped as they were built. */
function rawTable(header, rows, rightAligned = []) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = header.map((_, c) => (rightAligned.includes(c) ? '---:' : '---'));
    return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
/**
 * Caps a list for a summary, with a note saying how many were left out:
 * long outputs are cut, never dropped silently (SPEC §5).
 */
function capped(items, max) {
    if (items.length <= max)
        return { shown: items };
    return {
        shown: items.slice(0, max),
        note: `… and ${items.length - max} more (see the log or --json)`
    };
}

;// CONCATENATED MODULE: ./src/present/text-table.ts
/** Aligned columns for the terminal: the text tables of `report`, `plan` and `compare`. */
/**
 * One line per row (the header is the first row), each column as wide as its widest cell,
 * two spaces apart, trailing spaces dropped. Columns listed in `rightAligned` (numbers) are
 * padded on the left.
 */
function textTable(rows, rightAligned = []) {
    if (rows.length === 0)
        return [];
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    return rows.map(r => r
        .map((cell, c) => rightAligned.includes(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd());
}

;// CONCATENATED MODULE: ./src/present/comparison-table.ts



const COMPARISON_HEADER = [
    'metric',
    'goal',
    'benchmark',
    'candidate',
    'Δ',
    'Δ%',
    'CI / p-value',
    'verdict'
];
/** benchmark, candidate, Δ and Δ%: aligned right. */
const NUMBER_COLUMNS = [2, 3, 4, 5];
function comparisonRows(c) {
    return c.metrics.map(row);
}
function row(m) {
    const role = m.role === 'primary' ? ' (primary)' : m.role === 'guardrail' ? ' (guardrail)' : '';
    return [
        `${m.name}${role}`,
        m.goal ?? '—',
        m.benchmark === undefined ? '—' : (0,format/* formatNumber */.ZV)(m.benchmark),
        m.candidate === undefined ? '—' : (0,format/* formatNumber */.ZV)(m.candidate),
        m.delta === undefined ? '—' : (0,format/* formatSigned */.Gp)(m.delta),
        m.deltaPct === undefined ? '—' : (0,format/* formatSignedPercent */.h9)(m.deltaPct),
        evidence(m),
        m.verdict === 'pass' ? '✅ pass' : '❌ fail'
    ];
}
function evidence(m) {
    const parts = [];
    if (m.ci)
        parts.push(`[${(0,format/* formatSigned */.Gp)(m.ci[0])}, ${(0,format/* formatSigned */.Gp)(m.ci[1])}]`);
    if (m.pValue !== undefined)
        parts.push((0,format/* formatPValue */.td)(m.pValue));
    return parts.join(' ') || '—';
}
function comparisonMarkdown(c) {
    const reasons = c.metrics.filter(m => m.verdict === 'fail').map(m => `- ❌ ${m.reason}`);
    return [
        table(COMPARISON_HEADER, comparisonRows(c), NUMBER_COLUMNS),
        '',
        ...(reasons.length ? reasons : c.reasons.map(r => `- ${r}`))
    ].join('\n');
}
function comparisonText(c) {
    const rows = [
        COMPARISON_HEADER,
        ...comparisonRows(c).map(r => [...r.slice(0, 7), r[7].replace(/^[✅❌] /, '')])
    ];
    return textTable(rows, NUMBER_COLUMNS).join('\n');
}

;// CONCATENATED MODULE: ./src/present/outcomes/change.ts

function changeView(command, result) {
    const { headline, gates, body } = result;
    if (result.dryRun) {
        return {
            text: dryRunText(result),
            summary: [`## modelgate ${command} (dry run): ${headline}`, '', body].join('\n')
        };
    }
    const pr = result.pullRequest;
    return {
        text: [
            `✔ ${headline}: ${publishedLine(pr)}`,
            ...gates.map(l => `  gate: ${l}`),
            `  branch: ${pr.branch} at ${pr.headSha.slice(0, 7)}`
        ].join('\n'),
        summary: [`## modelgate ${command}: ${headline}`, '', publishedLine(pr), '', body].join('\n')
    };
}
function gatesRefusedView(r) {
    const headline = `${r.model} ${r.version} → ${r.to}`;
    return {
        text: [
            `✖ refused: ${headline}: a gate of "${r.to}" does not hold`,
            ...r.gates.map(l => `  ${l}`),
            ...r.reasons.map(reason => `  ✖ ${reason}`),
            ...(r.comparison ? ['', comparisonText(r.comparison)] : [])
        ].join('\n'),
        summary: [
            `## modelgate promote: ✖ ${headline} refused`,
            '',
            ...r.gates.map(l => `- ${l}`),
            '',
            ...(r.comparison ? [comparisonMarkdown(r.comparison)] : [])
        ].join('\n')
    };
}
function publishedLine(pr) {
    const what = {
        created: 'opened',
        updated: 'updated',
        unchanged: 'unchanged (already up to date)'
    };
    return `Pull request #${pr.number} ${what[pr.operation]}: ${pr.url}`;
}
function dryRunText(r) {
    return [
        `✔ dry run: ${r.headline} (no request made, nothing written)`,
        ...r.gates.map(l => `  gate: ${l}`),
        `  branch: ${r.branch}`,
        ...(r.additions
            ? [
                '  adds:',
                ...r.additions.map(a => `    ${a.path}  [${a.lfs ? 'Git LFS pointer' : 'new blob'}]`),
                `  manifest: ${r.manifest} (one new version entry and one history entry)`
            ]
            : [
                r.moves.length ? '  moves:' : '  moves: none (a rollout step changes the manifest only)',
                ...r.moves.map(m => `    ${m.from} → ${m.to ?? '(removed: derived data)'}  [${m.reason}]`),
                `  manifest: ${r.manifest} (only the moved versions' keys and one history entry change)`
            ]),
        `  plan: ${r.hash}`,
        '',
        '--- pull request body ---',
        r.body
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/present/outcomes/compare.ts

function compareView({ result }) {
    const { benchmark } = result;
    const versus = benchmark
        ? `benchmark ${benchmark.version}${benchmark.source === 'recorded' ? ' (recorded metrics)' : ''}`
        : 'no benchmark yet';
    const headline = `${result.decision === 'pass' ? '✔ pass' : '✖ fail'}: ${result.model} ${result.candidate.version} vs ${versus}`;
    const failing = result.metrics.filter(m => m.verdict === 'fail').map(m => `  ✖ ${m.reason}`);
    return {
        text: [headline, '', comparisonText(result), ...(failing.length ? ['', ...failing] : [])].join('\n'),
        summary: [
            `## modelgate compare: ${headline}`,
            '',
            ...result.warnings.map(w => `> ⚠️ ${w}`),
            '',
            comparisonMarkdown(result)
        ].join('\n')
    };
}

;// CONCATENATED MODULE: ./src/present/outcomes/evaluate.ts


function evaluateView({ result }) {
    const { results, artifacts } = result;
    const text = results
        .map(r => `${r.status === 'ok' ? '✔' : '✖'} ${r.model} ${r.target === 'benchmark' ? `benchmark (${r.version})` : r.version}: ${r.status === 'ok' ? metricsLine(r.metrics) : r.error}`)
        .join('\n');
    const parts = ['## modelgate evaluate', ''];
    for (const r of results) {
        const what = r.target === 'benchmark' ? `benchmark copy of ${r.version}` : r.version;
        parts.push(`### ${r.model} ${what}: ${r.status === 'ok' ? '✔ ok' : '✖ error'}`, '');
        if (r.status !== 'ok') {
            parts.push('```', r.error ?? '', '```', '');
            continue;
        }
        parts.push(table(['metric', 'value', 'source'], Object.entries(r.metrics).map(([k, v]) => [
            k,
            (0,format/* formatNumber */.ZV)(v),
            r.reportedMetrics && k in r.reportedMetrics ? 'reported' : 'computed'
        ])), '');
    }
    if (artifacts.length)
        parts.push(`Artifacts: ${artifacts.map(a => `\`${a.name}\``).join(', ')}`);
    return { text, summary: parts.join('\n') };
}
function metricsLine(metrics) {
    return Object.entries(metrics)
        .map(([k, v]) => `${k}=${(0,format/* formatNumber */.ZV)(v)}`)
        .join(' ');
}

// EXTERNAL MODULE: ./src/monitoring/health.ts
var health = __nccwpck_require__(10650);
;// CONCATENATED MODULE: ./src/present/monitor-issue.ts
/**
 * The issue `monitor` keeps per production model (SPEC §3): opened when a
 * check fails, its body replaced on each failing run, closed by the first
 * healthy one. A marker in the body, not the title, finds it again, so
 * people may retitle the issue. Pure: the command does the API calls.
 */


function issueTitle(h) {
    return `modelgate monitor: ${h.model} ${h.version} in ${h.stage} needs attention`;
}
function issueBody(h, at, runUrl) {
    const lines = [
        `## ${h.model} ${h.version} in ${h.stage}: ${h.healthy ? 'healthy again' : 'needs attention'}`,
        '',
        `Checked ${at}${runUrl ? ` in [this run](${runUrl})` : ''}.`,
        ''
    ];
    if (h.problems.length)
        lines.push(...h.problems.map(p => `- ❌ ${p}`), '');
    lines.push(...metricsSection(h), ...driftSection(h));
    lines.push(h.healthy
        ? 'Closed by modelgate: every check passes again.'
        : 'modelgate updates this issue on every failing run and closes it on the first healthy one.', '', (0,health/* monitorMarker */.t)(h.model));
    return lines.join('\n') + '\n';
}
function metricsSection(h) {
    if (!h.evaluation)
        return [];
    const out = ['### Metrics on fresh data', ''];
    if (h.evaluation.error)
        return [...out, `The evaluation failed: ${h.evaluation.error}`, ''];
    const rows = h.evaluation.metrics.map(m => [
        m.metric,
        m.recorded === undefined ? '—' : num(m.recorded),
        num(m.fresh),
        m.delta === undefined ? '—' : signed(m.delta),
        `${m.healthy ? '✅' : '❌'} ${m.reason}`
    ]);
    return [...out, table(['metric', 'recorded', 'now', 'Δ', 'verdict'], rows), ''];
}
function driftSection(h) {
    if (!h.drift)
        return [];
    const d = h.drift;
    const rows = [...d.rows]
        .sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.psi - a.psi)
        .map(r => [
        r.column,
        r.kind,
        num(r.psi),
        r.ks ? num(r.ks.d) : '—',
        r.ks ? `${pValue(r.ks.p)} / ${pValue(r.ks.pAdjusted)}` : '—',
        r.drifted ? `❌ ${r.why}` : '✅'
    ]);
    return [
        '### Feature drift',
        '',
        `\`${d.reference}\` (reference) vs ${d.current.map(c => `\`${c}\``).join(', ')} (current); a column drifts when PSI > ${d.psi} or its Holm-adjusted KS p-value < ${d.ksAlpha}.`,
        '',
        table(['column', 'type', 'PSI', 'KS D', 'p / Holm p', 'drifted'], rows),
        ''
    ];
}
function num(x) {
    return Number.isInteger(x) ? String(x) : x.toPrecision(4);
}
function signed(x) {
    return `${x >= 0 ? '+' : ''}${num(x)}`;
}
function pValue(p) {
    return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2);
}

;// CONCATENATED MODULE: ./src/present/outcomes/monitor.ts


function monitorView({ result }) {
    return { text: monitorText(result.models, result.issues), summary: monitorSummary(result) };
}
function monitorText(healths, issues) {
    if (!healths.length)
        return '✔ no production model declares `monitor`: nothing to check';
    return healths
        .map(h => {
        const issue = issues.find(i => i.model === h.model && i.action !== 'none');
        const head = `${h.healthy ? '✔' : '✖'} ${h.model} ${h.version} (${h.stage}): ${h.healthy ? 'healthy' : 'needs attention'}`;
        return [
            head,
            ...h.problems.map(p => `  ✖ ${p}`),
            ...(issue
                ? [
                    `  issue #${issue.number} ${issue.action}${issue.dispatched ? `; dispatched ${issue.dispatched}` : ''}`
                ]
                : [])
        ].join('\n');
    })
        .join('\n');
}
function monitorSummary({ models: healths, issues, checkedAt: at, run }) {
    if (!healths.length)
        return '## modelgate monitor\n\nNo production model declares `monitor`.';
    const rows = healths.map(h => {
        const issue = issues.find(i => i.model === h.model && i.number);
        return [
            `${h.model} ${h.version}`,
            h.healthy ? '✅ healthy' : `❌ ${h.problems.join('; ')}`,
            issue ? `[#${issue.number}](${issue.url}) ${issue.action}` : '—'
        ];
    });
    const details = healths.filter(h => !h.healthy).map(h => issueBody(h, at, run));
    return [
        '## modelgate monitor',
        '',
        table(['model', 'status', 'issue'], rows),
        '',
        ...details
    ].join('\n');
}

// EXTERNAL MODULE: ./src/evaluation/plan-matrix.ts
var plan_matrix = __nccwpck_require__(23581);
;// CONCATENATED MODULE: ./src/present/plural.ts
/** `3 models`, `1 model`; `many` for irregular plurals. */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}

;// CONCATENATED MODULE: ./src/present/outcomes/plan.ts




const TEXT_ROWS = 50;
const SUMMARY_ROWS = 500;
const WHY = {
    all: 'not archived',
    new: 'new version',
    files: 'files changed',
    policy: 'model policy changed',
    benchmark: 'benchmark copy (for the comparison)'
};
const COLUMNS = ['model', 'version', 'stage', 'why'];
function planView({ result }) {
    const { entries, matrix } = result;
    const head = headline(result);
    const parts = ['## modelgate plan', '', head, ''];
    if (entries.length) {
        const { shown, note } = capped(entries, SUMMARY_ROWS);
        parts.push(table(COLUMNS, shown.map(plan_row)), '');
        if (note)
            parts.push(note, '');
    }
    if (matrix.include.some(job => 'entries' in job)) {
        parts.push(`More than ${plan_matrix/* MAX_JOBS */.Eu} entries: grouped into ${matrix.include.length} jobs, each evaluating a list such as \`${(0,plan_matrix/* formatEntry */.WL)(entries[0])},…\` with \`evaluate --entries\`.`);
    }
    return { text: [head, ...textLines(entries)].join('\n'), summary: parts.join('\n') };
}
function headline({ base, baseRef, head, entries, matrix }) {
    const scope = base
        ? `changed between ${baseRef} (${base.slice(0, 12)}) and ${head ?? 'the checkout'}`
        : 'every version not archived (no base)';
    return entries.length === 0
        ? `plan: nothing to evaluate (${scope})`
        : `plan: ${plural(entries.length, 'entry', 'entries')} in ${plural(matrix.include.length, 'job')} (${scope})`;
}
function textLines(entries) {
    if (!entries.length)
        return [];
    const { shown, note } = capped(entries, TEXT_ROWS);
    const lines = textTable([COLUMNS, ...shown.map(plan_row)]);
    return note ? [...lines, note] : lines;
}
function plan_row(e) {
    return [e.model, e.version, e.stage, WHY[e.reason]];
}

;// CONCATENATED MODULE: ./src/present/charts/mermaid-xychart.ts

function mermaidLineChart({ title, yLabel, points }) {
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${quote(title)}`,
        `    x-axis [${points.map(p => quote(p.version)).join(', ')}]`,
        `    y-axis ${quote(yLabel)}`,
        `    line [${points.map(p => (0,format/* plainNumber */.ku)(p.value)).join(', ')}]`,
        '```'
    ].join('\n');
}
/** Mermaid strings have no escapes: a double quote inside would end the string. */
function quote(text) {
    return `"${text
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/"/g, "'")}"`;
}

;// CONCATENATED MODULE: ./src/present/report/age.ts
/** How long ago something happened, as the report's tables say it. */
/** "5 min", "3 h", "12 d", "4 mo": how long ago `iso` was, for people. */
function age(iso, now) {
    if (!iso)
        return '';
    const then = Date.parse(iso);
    if (Number.isNaN(then))
        return '';
    const minutes = Math.max(0, (Date.parse(now) - then) / 60_000);
    if (minutes < 1)
        return 'just now';
    if (minutes < 60)
        return `${Math.floor(minutes)} min`;
    const hours = minutes / 60;
    if (hours < 48)
        return `${Math.floor(hours)} h`;
    const days = hours / 24;
    if (days < 60)
        return `${Math.floor(days)} d`;
    if (days < 730)
        return `${Math.floor(days / 30.44)} mo`;
    return `${Math.floor(days / 365.25)} y`;
}

;// CONCATENATED MODULE: ./src/present/report/markdown.ts
/**
 * The report as Markdown for the job summary: the stage table, the pull
 * requests waiting for review, a mermaid chart of each model's primary
 * metric and the recent history events. Long lists are capped with a note;
 * the action cuts the whole at GitHub's 1 MiB summary limit.
 */




/** Rows of the stage table; more go to the HTML report. */
const MARKDOWN_MODELS = 500;
/** Charts in the summary: each is a mermaid block GitHub renders client-side. */
const MARKDOWN_CHARTS = 50;
function reportMarkdown(status, htmlName) {
    return [
        '## modelgate report',
        '',
        `\`${status.manifest}\` · ${countOf(status.models.length, 'model')} · ${status.generatedAt}` +
            (htmlName ? ` · the full page is \`${htmlName}\`` : ''),
        '',
        stagesSection(status),
        pullsSection(status),
        chartsSection(status),
        eventsSection(status)
    ].join('\n');
}
function stagesSection(status) {
    const lines = ['### Stages', ''];
    if (!status.models.length)
        return [...lines, 'The registry has no models yet.', ''].join('\n');
    const { shown, note } = capped(status.models, MARKDOWN_MODELS);
    const header = ['model', ...status.stages, status.archive];
    const rows = shown.map(m => [
        `**${markdown_text(m.name)}**`,
        ...status.stages.map(s => (m.stages[s] ?? []).map(e => cell(e, status.generatedAt)).join('<br>')),
        m.archived ? String(m.archived) : ''
    ]);
    // The cells carry their own escaping (`<br>` between versions must survive): no second pass.
    lines.push(rawTable(header.map(markdown_text), rows));
    if (note)
        lines.push('', note);
    return [...lines, ''].join('\n');
}
function cell(e, now) {
    const parts = [`\`${e.version}\`${e.traffic !== undefined ? ` (${e.traffic}%)` : ''}`];
    const since = age(e.since, now);
    if (since)
        parts.push(since);
    parts.push(...e.metrics.map(m => `${markdown_text(m.name)} ${(0,format/* plainNumber */.ku)(m.value)}`));
    return parts.join(' · ');
}
function pullsSection(status) {
    const lines = ['### Waiting for review', ''];
    const p = status.pulls;
    if (p.state === 'unavailable') {
        lines.push(`> ⚠️ Open promotion pull requests are not listed: ${markdown_text(p.reason)}`);
    }
    else if (!p.pulls.length) {
        lines.push('No open promotion pull requests.');
    }
    else {
        const { shown, note } = capped(p.pulls, MARKDOWN_MODELS);
        for (const pr of shown) {
            const title = markdown_text(pr.title).replace(/[[\]]/g, '\\$&');
            const when = age(pr.createdAt, status.generatedAt);
            lines.push(`- [#${pr.number} ${title}](${pr.url})${pr.draft ? ' (draft)' : ''}${when ? ` · opened ${when === 'just now' ? when : `${when} ago`}` : ''}`);
        }
        if (note)
            lines.push('', note);
    }
    return [...lines, ''].join('\n');
}
function chartsSection(status) {
    const charted = status.models.filter(m => m.chart);
    const lines = ['### Metric history', ''];
    const { shown, note } = capped(charted, MARKDOWN_CHARTS);
    for (const m of shown)
        lines.push(`#### ${markdown_text(m.name)}`, '', chart(m), '');
    if (note)
        lines.push(note, '');
    const flat = status.models.filter(m => !m.chart);
    if (flat.length) {
        const names = capped(flat, 50);
        lines.push(`Not charted (fewer than two versions record their primary metric): ${names.shown
            .map(m => markdown_text(m.name))
            .join(', ')}${names.note ? ` ${names.note}` : ''}`, '');
    }
    return lines.join('\n');
}
function chart(m) {
    const { metric, points } = m.chart;
    return mermaidLineChart({ title: `${m.name}: ${metric} by version`, yLabel: metric, points });
}
function eventsSection(status) {
    const lines = ['### Recent events', ''];
    if (!status.events.length)
        return [...lines, 'No history yet.', ''].join('\n');
    const rows = status.events.map(h => [
        h.at,
        markdown_text(h.model),
        `\`${h.version}\``,
        `${h.from ? markdown_text(h.from) : '—'} → ${markdown_text(h.to)}`,
        h.actor ? markdown_text(h.actor) : '',
        h.reason ? markdown_text(h.reason) : ''
    ]);
    lines.push(rawTable(['when', 'model', 'version', 'move', 'actor', 'reason'].map(markdown_text), rows));
    const rest = status.eventCount - status.events.length;
    if (rest > 0)
        lines.push('', `… and ${rest} earlier events in the manifest's history`);
    return [...lines, ''].join('\n');
}
/** Manifest text in Markdown: no HTML (a description may hold `<script>`), one line, no `|`. */
function markdown_text(s) {
    return escapeCell(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
        .replace(/\s*\r?\n\s*/g, ' ')
        .trim();
}
function countOf(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/present/report/text.ts


/** Rows printed; the HTML page and `--json` hold every model. */
const TEXT_MODELS = 200;
function reportText(status, htmlPath) {
    const header = ['model', ...status.stages];
    const rows = status.models.slice(0, TEXT_MODELS).map(m => [
        m.name,
        ...status.stages.map(s => (m.stages[s] ?? [])
            .map(x => {
            const since = age(x.since, status.generatedAt);
            const traffic = x.traffic !== undefined ? ` ${x.traffic}%` : '';
            return `${x.version}${traffic}${since ? ` (${since})` : ''}`;
        })
            .join(', '))
    ]);
    const lines = [
        ...textTable([header, ...rows]),
        ...(status.models.length > TEXT_MODELS
            ? [`… and ${status.models.length - TEXT_MODELS} more models (see the HTML page)`]
            : []),
        '',
        pullsLine(status),
        `Report: ${htmlPath}`
    ];
    return lines.join('\n');
}
function pullsLine({ pulls }) {
    if (pulls.state === 'unavailable')
        return `Open promotion pull requests: not listed (${pulls.reason})`;
    const n = pulls.pulls.length;
    return `Open promotion pull requests: ${n ? pulls.pulls.map(p => `#${p.number}`).join(', ') : 'none'}`;
}

;// CONCATENATED MODULE: ./src/present/outcomes/report.ts
/** `report` as people read it: the stage table in the terminal, the full report as the summary. */



function reportView({ result, repoRoot }) {
    const { status, reportPath } = result;
    // The summary links the page by its path in the repository's checkout.
    const relative = repoRoot ? external_node_path_default().relative(repoRoot, reportPath) : '';
    return {
        text: reportText(status, reportPath),
        summary: reportMarkdown(status, relative || external_node_path_default().basename(reportPath))
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/present/outcomes/validate.ts



/** Models in the summary's stage table; --json holds every one. */
const validate_SUMMARY_ROWS = 500;
function validateView({ ok, result, diagnostics }) {
    const errors = diagnostics.filter(d => d.severity === 'error');
    const { files } = result;
    const text = ok
        ? `✔ ${result.manifest} is valid: ${plural(result.models, 'model')}, ${plural(result.versions, 'version')}, ${plural(files?.files ?? 0, 'file')} verified${files?.lfsPointers ? ` (${files.lfsPointers} by Git LFS pointer)` : ''}`
        : `✖ ${result.manifest}: ${plural(errors.length, 'error')}`;
    const parts = [`## modelgate validate`, '', text, ''];
    if (result.stageNames) {
        const columns = result.stageNames;
        const names = Object.keys(result.stages);
        const { shown, note } = capped(names, validate_SUMMARY_ROWS);
        parts.push(table(['model', ...columns], shown.map(name => [name, ...columns.map(c => (result.stages[name][c] ?? []).join(', '))])), '');
        if (note)
            parts.push(note, '');
    }
    if (diagnostics.length) {
        const { shown, note } = capped(diagnostics, 200);
        parts.push('### Problems', '', ...shown.map(d => `- \`${(0,src_errors/* formatDiagnostic */.xy)(d)}\``));
        if (note)
            parts.push('', note);
    }
    return { text, summary: parts.join('\n') };
}

;// CONCATENATED MODULE: ./src/present/outcome.ts







function viewOf(outcome) {
    // A refusal is its one line; there is nothing to summarise.
    if (outcome.refusal !== undefined)
        return { text: outcome.refusal, summary: '' };
    switch (outcome.command) {
        case 'validate':
            return validateView(outcome);
        case 'plan':
            return planView(outcome);
        case 'evaluate':
            return evaluateView(outcome);
        case 'compare':
            return compareView(outcome);
        case 'report':
            return reportView(outcome);
        case 'monitor':
            return monitorView(outcome);
        case 'promote':
        case 'rollback':
        case 'register':
        case 'retire':
            return 'reasons' in outcome.result
                ? gatesRefusedView(outcome.result)
                : changeView(outcome.command, outcome.result);
    }
}

// EXTERNAL MODULE: ./src/adapters/artifact.ts
var artifact = __nccwpck_require__(15740);
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
        return reject(new src_errors/* EnvironmentError */.eG(`git check-attr: ${repoRoot}: ${why}`));
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
            return reject(new src_errors/* EnvironmentError */.eG(`git check-attr: ${why.split('\n')[0]}`));
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
                    return reject(new src_errors/* UsageError */.eb('git is not installed or not on PATH; promote needs it'));
                }
                if (allowFailure && typeof e.code === 'number')
                    return resolve({ code: e.code, stdout });
                reject(new src_errors/* UsageError */.eb(failure(args, stderr.trim() || error.message)));
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
            ? new src_errors/* UsageError */.eb('git is not installed or not on PATH')
            : err));
        child.on('close', code => {
            if (code !== 0) {
                return reject(new src_errors/* UsageError */.eb(`git cat-file --batch failed in ${repoRoot}: ${stderr.trim().split('\n')[0]}`));
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
var process_runner = __nccwpck_require__(97348);
// EXTERNAL MODULE: ./src/report/metric-series.ts
var metric_series = __nccwpck_require__(99576);
// EXTERNAL MODULE: ./src/changes/wording.ts
var wording = __nccwpck_require__(88313);
;// CONCATENATED MODULE: ./src/present/pr-body.ts
/**
 * The promotion pull request's title and body (SPEC §5 step 5): what moves
 * where, the comparison with the benchmark, the target stage's checklist,
 * the candidate's lineage and a chart of the primary metric's history.
 * Pure: the caller opens or updates the PR with what this returns.
 *
 * Every kind of change gets the same body; what differs per kind (title,
 * heading, move wording, what stands where nothing was compared) comes from
 * the one wording table, changes/wording.ts. The "candidate" is the version
 * the plan is about: promoted, restored, registered or retired.
 *
 * GitHub rejects bodies over 65,536 characters, so the body is kept under
 * `maxBytes` by dropping the least useful parts first, with a note pointing
 * to the job summary; the footer always survives.
 */






const DEFAULT_MAX_BYTES = 60_000;
/** Moves shown once the body is too large: the first ones are the promotion and archive. */
const MOVES_KEPT_WHEN_TRUNCATED = 50;
function prTitle(plan) {
    return wordingOf(plan.kind).title(plan);
}
function renderPrBody(input) {
    const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
    const fits = (b) => utf8Length(assemble(input, b)) <= maxBytes;
    const full = {
        chart: true,
        notes: true,
        moves: Infinity,
        comparisonRows: Infinity,
        truncated: false
    };
    if (fits(full))
        return assemble(input, full);
    // Least important first: the chart, then the notes, then the long tail of moves.
    const steps = [
        { ...full, chart: false, truncated: true },
        { ...full, chart: false, notes: false, truncated: true },
        { ...full, chart: false, notes: false, moves: MOVES_KEPT_WHEN_TRUNCATED, truncated: true }
    ];
    for (const b of steps)
        if (fits(b))
            return assemble(input, b);
    const last = steps[steps.length - 1];
    const rows = input.comparison?.metrics.length ?? 0;
    if (input.comparison && rows > 0) {
        // The most comparison rows that fit: the size grows with the row count, so bisect it.
        let lo = 0;
        let hi = rows - 1;
        if (fits({ ...last, comparisonRows: 0 })) {
            while (lo < hi) {
                const mid = Math.ceil((lo + hi) / 2);
                if (fits({ ...last, comparisonRows: mid }))
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return assemble(input, { ...last, comparisonRows: lo });
        }
    }
    // Still too large (a huge checklist or gate summary): cut the text itself, keeping the end.
    return hardCut(input, { ...last, comparisonRows: 0 }, maxBytes);
}
function assemble(input, b) {
    return [...sections(input, b), ...(b.truncated ? [truncationNote()] : []), footer(input)]
        .filter(s => s !== '')
        .join('\n\n')
        .concat('\n');
}
function sections(input, b) {
    return [
        pr_body_headline(input),
        movesSection(input.plan, b.moves),
        comparisonSection(input, b.comparisonRows),
        checklistSection(input.stage),
        lineageSection(input, b.notes),
        b.chart ? historySection(input) : ''
    ];
}
function pr_body_headline({ plan, model, stage }) {
    const lines = [
        ...(0,wording/* wordingOf */.O3)(plan.kind).heading(plan, { model, stage }),
        '',
        `<sub>Plan: \`${plan.hash.slice(0, 12)}\`</sub>`
    ];
    if (model.spec.description)
        lines.push('', `> ${oneLine(model.spec.description)}`);
    if (model.spec.owners?.length) {
        // In code spans: the owners are requested as reviewers already, a mention would ping twice.
        lines.push('', `Owners: ${model.spec.owners.map(o => `\`${o}\``).join(', ')}`);
    }
    return lines.join('\n');
}
/** The new files of a registration: what is uploaded as a blob, what is an LFS pointer. */
function additionsSection(plan) {
    const rows = plan.additions.map(a => [
        `\`${a.path}\``,
        (0,wording/* humanBytes */.p6)(a.size),
        `\`${a.digest.slice(0, 19)}…\``,
        a.lfs ? 'Git LFS pointer (push the object to LFS)' : 'git blob'
    ]);
    return ['### What is added', '', table(['file', 'size', 'sha256', 'stored as'], rows)].join('\n');
}
function movesSection(plan, max) {
    if (plan.kind === 'register')
        return additionsSection(plan);
    if (plan.moves.length === 0) {
        const share = plan.kind === 'rollout' ? `: \`traffic: ${plan.traffic.to}\`` : '';
        return `### What moves\n\nNo folder moves: only ${plan.version}'s entry in the manifest changes${share}.`;
    }
    const shown = plan.moves.slice(0, max);
    const rows = shown.map(m => [
        m.version,
        `\`${m.from}\``,
        m.to === null ? '—' : `\`${m.to}\``,
        (0,wording/* wordingOf */.O3)(plan.kind).move(m, plan)
    ]);
    const lines = ['### What moves', '', table(['version', 'from', 'to', 'what happens'], rows)];
    const rest = plan.moves.length - shown.length;
    if (rest > 0)
        lines.push('', `… and ${rest} more moves`);
    return lines.join('\n');
}
function comparisonSection(input, maxRows) {
    const lines = ['### Comparison with the benchmark', ''];
    const c = input.comparison;
    if (c) {
        const shown = c.metrics.slice(0, maxRows);
        lines.push(comparisonMarkdown({ ...c, metrics: shown }));
        const rest = c.metrics.length - shown.length;
        if (rest > 0)
            lines.push('', `… and ${rest} more metrics in the job summary`);
    }
    else if (input.plan.kind === 'register') {
        lines.push(registeredMetrics(input));
    }
    else {
        lines.push((0,wording/* wordingOf */.O3)(input.plan.kind).notCompared(input.plan, input.stage));
    }
    if (input.gateSummary.length) {
        lines.push('', '**Gates**', '', ...input.gateSummary.map(gateLine));
    }
    return lines.join('\n');
}
/** A registration is not compared yet: its metrics against the policy's thresholds. */
function registeredMetrics(input) {
    const { plan, model, candidate } = input;
    const metrics = Object.entries(candidate.metrics ?? {});
    const note = (0,wording/* wordingOf */.O3)(plan.kind).notCompared(plan, input.stage);
    if (!metrics.length)
        return `${note} No metrics were recorded (candidate-results).`;
    const policy = model.spec.metrics ?? {};
    const rows = metrics.map(([name, value]) => {
        const p = policy[name];
        const bounds = [
            p?.min !== undefined ? `≥ ${p.min}` : '',
            p?.max !== undefined ? `≤ ${p.max}` : ''
        ].filter(Boolean);
        const ok = (p?.min === undefined || value >= p.min) && (p?.max === undefined || value <= p.max);
        return [
            name,
            (0,format/* plainNumber */.ku)(value),
            bounds.join(', ') || '—',
            bounds.length ? (ok ? '✅' : '❌') : ''
        ];
    });
    return [note, '', table(['metric', 'value', 'threshold', ''], rows)].join('\n');
}
/**
 * A gate line as a result: ✅ unless its wording says it failed. Lines the
 * caller already marked are kept as they are.
 */
function gateLine(line) {
    const text = oneLine(line);
    if (/^[✅❌]/u.test(text))
        return `- ${text}`;
    return `- ${/\bfail(s|ed|ure)?\b/i.test(text) ? '❌' : '✅'} ${text}`;
}
function checklistSection(stage) {
    const items = (stage.checklist ?? []).map(item => `- [ ] ${oneLine(item)}`);
    const approvals = stage.gates?.approvals;
    if (approvals) {
        items.push(`- Requires ${approvals} approving review${approvals === 1 ? '' : 's'}`);
    }
    if (items.length === 0)
        return '';
    return ['### Checklist', '', ...items].join('\n');
}
function lineageSection({ candidate, model }, withNotes) {
    // The caller's candidate wins; the manifest entry fills what it leaves out.
    const entry = model.spec.versions.find(v => v.version === candidate.version);
    const source = { ...entry?.source, ...candidate.source };
    const createdAt = candidate.createdAt ?? entry?.createdAt;
    const notes = candidate.notes ?? entry?.notes;
    const lines = [];
    // Not in a code span: GitHub links a bare SHA to its commit.
    if (source.commit)
        lines.push(`- Source commit: ${source.commit.slice(0, 7)}`);
    if (source.run)
        lines.push(`- Training run: [${oneLine(source.run)}](${source.run})`);
    if (createdAt)
        lines.push(`- Created: ${createdAt}`);
    if (withNotes && notes) {
        lines.push('- Notes:', '', ...notes
            .trim()
            .split('\n')
            .map(l => `  > ${l}`));
    }
    if (lines.length === 0)
        return '';
    return ['### Lineage', '', ...lines].join('\n');
}
/** The primary metric: `compare.primary[0]`, else the first metric of the policy. */
function primaryMetric(model) {
    return model.spec.compare?.primary?.[0] ?? Object.keys(model.spec.metrics ?? {})[0];
}
function historySection(input) {
    const chart = metricChart(input);
    return chart ? ['### Metric history', '', chart].join('\n') : '';
}
/**
 * A mermaid `xychart-beta` line of the primary metric over the versions
 * that record it, in SemVer order; undefined under two points, where a
 * chart says nothing.
 */
function metricChart(input) {
    const metric = primaryMetric(input.model);
    if (!metric)
        return undefined;
    const { candidate } = input;
    const fresh = candidate.metrics?.[metric] ?? input.comparison?.metrics.find(m => m.name === metric)?.candidate;
    // A registration's version is not in the manifest yet: it joins the chart as a new point.
    const known = input.model.spec.versions.some(v => v.version === candidate.version);
    const versions = known
        ? input.model.spec.versions
        : [...input.model.spec.versions, { version: candidate.version }];
    const points = (0,metric_series/* metricSeries */.Q)(versions.map(v => v.version === candidate.version && fresh !== undefined
        ? { version: v.version, metrics: { [metric]: fresh } }
        : v), metric);
    if (points.length < 2)
        return undefined;
    const mine = points.find(p => p.version === candidate.version);
    const role = (0,wording/* wordingOf */.O3)(input.plan.kind).role;
    const title = mine
        ? `${metric} by version (${role} ${candidate.version}: ${(0,format/* plainNumber */.ku)(mine.value)})`
        : `${metric} by version`;
    return mermaidLineChart({ title, yLabel: metric, points });
}
function truncationNote() {
    return "> ✂ Truncated to fit GitHub's limit; the full report is in the job summary.";
}
function footer({ runUrl }) {
    const by = runUrl ? `Opened by modelgate in [this run](${runUrl}).` : 'Opened by modelgate.';
    return ['---', '', `<sub>${by}</sub>`].join('\n');
}
/** Last resort: the sections cut at a line boundary so the note and the footer fit. */
function hardCut(input, b, maxBytes) {
    const tail = `\n\n${truncationNote()}\n\n${footer(input)}\n`;
    const room = maxBytes - utf8Length(tail);
    const head = sections(input, b)
        .filter(s => s !== '')
        .join('\n\n');
    const lines = head.split('\n');
    let kept = 0;
    let size = 0;
    for (const line of lines) {
        const next = size + utf8Length(line) + (kept > 0 ? 1 : 0);
        if (next > room)
            break;
        size = next;
        kept++;
    }
    const text = lines.slice(0, kept).join('\n');
    // With no room at all the note and the footer still go out: they matter more than the limit.
    return text ? text + tail : tail.replace(/^\n+/, '');
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
/** UTF-8 length without Buffer, so the module stays runtime-neutral. */
function utf8Length(text) {
    let n = 0;
    for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/present/escape-html.ts
/** Text into HTML (and inline SVG): every manifest string goes through here. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

;// CONCATENATED MODULE: ./src/present/charts/svg-chart.ts


const CHART_WIDTH = 640;
const CHART_HEIGHT = 260;
const MARGIN = { top: 16, right: 20, bottom: 64, left: 64 };
/** More x labels than this overlap; every n-th is shown (and always the last). */
const MAX_X_LABELS = 12;
function svgLineChart({ id, title, yLabel, points }) {
    const plotW = CHART_WIDTH - MARGIN.left - MARGIN.right;
    const plotH = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
    const ticks = niceTicks(points.map(p => p.value));
    const lo = ticks[0];
    const hi = ticks[ticks.length - 1];
    const x = (i) => MARGIN.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
    const y = (v) => MARGIN.top + plotH - ((v - lo) / (hi - lo)) * plotH;
    const bottom = MARGIN.top + plotH;
    const every = Math.ceil(points.length / MAX_X_LABELS);
    const grid = ticks.map(t => {
        const ty = r(y(t));
        return (`<line class="grid" x1="${MARGIN.left}" y1="${ty}" x2="${MARGIN.left + plotW}" y2="${ty}"></line>` +
            `<text class="tick" x="${MARGIN.left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle">${(0,format/* plainNumber */.ku)(t)}</text>`);
    });
    const xLabels = points.map((p, i) => {
        if (i % every !== 0 && i !== points.length - 1)
            return '';
        const tx = r(x(i));
        return `<text class="tick" x="${tx}" y="${bottom + 14}" text-anchor="end" transform="rotate(-35 ${tx} ${bottom + 14})">${escapeHtml(p.version)}</text>`;
    });
    const line = points.map((p, i) => `${r(x(i))},${r(y(p.value))}`).join(' ');
    const dots = points.map((p, i) => `<circle cx="${r(x(i))}" cy="${r(y(p.value))}" r="3.5"><title>${escapeHtml(`${p.version}: ${(0,format/* plainNumber */.ku)(p.value)}`)}</title></circle>`);
    return [
        `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-labelledby="${id}">`,
        `<title id="${id}">${escapeHtml(title)}</title>`,
        ...grid,
        `<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}"></line>`,
        `<line class="axis" x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotW}" y2="${bottom}"></line>`,
        ...xLabels.filter(Boolean),
        `<text class="label" x="${MARGIN.left + plotW / 2}" y="${CHART_HEIGHT - 4}" text-anchor="middle">version</text>`,
        `<text class="label" x="14" y="${MARGIN.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotH / 2})">${escapeHtml(yLabel)}</text>`,
        `<polyline class="series" points="${line}"></polyline>`,
        ...dots,
        '</svg>'
    ].join('\n');
}
/** About five round tick values that enclose every value. */
function niceTicks(values) {
    let min = Math.min(...values);
    let max = Math.max(...values);
    if (min === max) {
        // A flat line still needs a scale: a band around the value.
        const pad = Math.abs(min) * 0.05 || 1;
        min -= pad;
        max += pad;
    }
    const raw = (max - min) / 4;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map(m => m * magnitude).find(s => s >= raw) ?? 10 * magnitude;
    const first = Math.floor(min / step) * step;
    const ticks = [];
    for (let t = first; t < max + step * 1e-9; t += step)
        ticks.push(Number(t.toPrecision(12)));
    if (ticks[ticks.length - 1] < max)
        ticks.push(Number((first + ticks.length * step).toPrecision(12)));
    return ticks.length >= 2 ? ticks : [first, first + step];
}
/** Coordinates to 0.1 px: enough on any screen, and small files. */
function r(n) {
    return Math.round(n * 10) / 10;
}

;// CONCATENATED MODULE: ./src/present/report/html.ts
/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts,
 * no script, no font, no image, nothing fetched (a Content-Security-Policy
 * says so to the browser too), so it can be uploaded as an artifact and
 * opened anywhere. Tables scroll sideways inside their own box, so the page
 * itself fits a phone's width.
 */




const CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --head: #f6f8fa; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --head: #151b23; --accent: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
main { max-width: 1100px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 0 0 4px; }
.meta, .note, figcaption { color: var(--muted); font-size: 0.9rem; }
a { color: var(--accent); }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; }
.scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); white-space: nowrap; overflow-wrap: normal; }
th { background: var(--head); position: sticky; top: 0; }
tbody tr:last-child td { border-bottom: none; }
.entry + .entry { margin-top: 6px; }
.entry small { display: block; color: var(--muted); }
th[scope="row"] small { white-space: normal; max-width: 24em; font-weight: normal; }
.warn { border-left: 4px solid #d4a72c; padding: 6px 12px; background: var(--head); }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 420px), 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px; min-width: 0; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
svg.chart .tick { fill: var(--muted); font-size: 11px; }
svg.chart .label { fill: var(--fg); font-size: 12px; }
svg.chart .series { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.chart circle { fill: var(--accent); }
`;
function reportHtml(status) {
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        // Inline styles only: whatever a manifest string held, the page loads nothing.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        `<title>Model registry — ${escapeHtml(status.manifest)}</title>`,
        `<style>${CSS}</style>`,
        '</head>',
        '<body>',
        '<main>',
        '<h1>Model registry</h1>',
        `<p class="meta"><code>${escapeHtml(status.manifest)}</code> · ${count(status.models.length, 'model')} · generated <time datetime="${escapeHtml(status.generatedAt)}">${escapeHtml(status.generatedAt)}</time></p>`,
        html_stagesSection(status),
        html_pullsSection(status),
        html_chartsSection(status),
        html_eventsSection(status),
        '</main>',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}
function html_stagesSection(status) {
    const head = ['model', ...status.stages, status.archive].map(h => `<th scope="col">${escapeHtml(h)}</th>`);
    const rows = status.models.map(m => {
        const cells = status.stages.map(s => `<td>${(m.stages[s] ?? []).map(x => entry(x, status.generatedAt)).join('')}</td>`);
        return `<tr><th scope="row">${modelCell(m)}</th>${cells.join('')}<td>${m.archived || ''}</td></tr>`;
    });
    return [
        '<section id="stages">',
        '<h2>Stages</h2>',
        status.models.length
            ? `<div class="scroll"><table class="stages"><thead><tr>${head.join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
            : '<p>The registry has no models yet.</p>',
        '</section>'
    ].join('\n');
}
function modelCell(m) {
    const about = [m.description, m.owners.length ? `owners: ${m.owners.join(', ')}` : '']
        .filter(Boolean)
        .join(' · ');
    return `<div class="entry">${escapeHtml(m.name)}${about ? `<small>${escapeHtml(about)}</small>` : ''}</div>`;
}
function entry(x, now) {
    const since = age(x.since, now);
    const details = [
        since ? `<span title="${escapeHtml(x.since ?? '')}">${escapeHtml(since)}</span>` : '',
        ...x.metrics.map(m => `${escapeHtml(m.name)} ${(0,format/* plainNumber */.ku)(m.value)}`)
    ].filter(Boolean);
    const traffic = x.traffic !== undefined ? ` (${x.traffic}% traffic)` : '';
    return `<div class="entry"><code>${escapeHtml(x.version)}</code>${traffic}${details.length ? `<small>${details.join(' · ')}</small>` : ''}</div>`;
}
function html_pullsSection(status) {
    const p = status.pulls;
    let body;
    if (p.state === 'unavailable') {
        body = `<p class="warn">Open promotion pull requests are not listed: ${escapeHtml(p.reason)}</p>`;
    }
    else if (!p.pulls.length) {
        body = '<p>No open promotion pull requests.</p>';
    }
    else {
        const rows = p.pulls.map(pr => `<tr><td>${html_link(pr.url, `#${pr.number}`)}</td><td>${escapeHtml(pr.title)}${pr.draft ? ' (draft)' : ''}</td><td><span title="${escapeHtml(pr.createdAt)}">${escapeHtml(age(pr.createdAt, status.generatedAt))}</span></td></tr>`);
        body = `<div class="scroll"><table class="pulls"><thead><tr><th scope="col">pull request</th><th scope="col">title</th><th scope="col">open for</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
    }
    return ['<section id="pulls">', '<h2>Waiting for review</h2>', body, '</section>'].join('\n');
}
function html_chartsSection(status) {
    const charted = status.models.filter(m => m.chart);
    const figures = charted.map((m, i) => {
        const { metric, points } = m.chart;
        const svg = svgLineChart({
            id: `chart-${i}`,
            title: `${m.name}: ${metric} by version`,
            yLabel: metric,
            points
        });
        return `<figure><h3>${escapeHtml(m.name)}</h3><figcaption>${escapeHtml(metric)} by version (${points.length} versions)</figcaption>\n${svg}\n</figure>`;
    });
    const flat = status.models.filter(m => !m.chart).map(m => escapeHtml(m.name));
    return [
        '<section id="history">',
        '<h2>Metric history</h2>',
        figures.length ? `<div class="charts">\n${figures.join('\n')}\n</div>` : '',
        flat.length
            ? `<p class="note">Not charted (fewer than two versions record their primary metric): ${flat.join(', ')}</p>`
            : '',
        '</section>'
    ]
        .filter(Boolean)
        .join('\n');
}
function html_eventsSection(status) {
    const rows = status.events.map(h => `<tr><td><time datetime="${escapeHtml(h.at)}">${escapeHtml(h.at)}</time></td><td>${escapeHtml(h.model)}</td><td><code>${escapeHtml(h.version)}</code></td><td>${escapeHtml(h.from ?? '—')} → ${escapeHtml(h.to)}</td><td>${escapeHtml(h.actor ?? '')}</td><td>${escapeHtml(h.reason ?? '')}</td></tr>`);
    const rest = status.eventCount - status.events.length;
    return [
        '<section id="events">',
        '<h2>Recent events</h2>',
        rows.length
            ? `<div class="scroll"><table class="events"><thead><tr><th scope="col">when</th><th scope="col">model</th><th scope="col">version</th><th scope="col">move</th><th scope="col">actor</th><th scope="col">reason</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
            : '<p>No history yet.</p>',
        rest > 0 ? `<p class="note">… and ${rest} earlier events in the manifest's history.</p>` : '',
        '</section>'
    ]
        .filter(Boolean)
        .join('\n');
}
/** Only web links become anchors: a URL is data from the API, never a `javascript:` link. */
function html_link(url, label) {
    return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}
function count(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/present/renderers.ts



const renderers = {
    pullRequestBody: content => renderPrBody(content),
    monitorIssue: (health, at, runUrl) => ({
        title: issueTitle(health),
        body: issueBody(health, at, runUrl)
    }),
    reportPage: status => reportHtml(status)
};

;// CONCATENATED MODULE: ./src/settings/inputs.ts
const INPUT_TABLE = [
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
const INPUTS = INPUT_TABLE;
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
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(328), __nccwpck_require__.e(359)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22359))).validate,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(328), __nccwpck_require__.e(483)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74483))).plan,
    evaluate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(815), __nccwpck_require__.e(328), __nccwpck_require__.e(727), __nccwpck_require__.e(348), __nccwpck_require__.e(937)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31402))).evaluate,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(328), __nccwpck_require__.e(727), __nccwpck_require__.e(541), __nccwpck_require__.e(165)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51165))).compare,
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(815), __nccwpck_require__.e(328), __nccwpck_require__.e(986), __nccwpck_require__.e(256), __nccwpck_require__.e(727), __nccwpck_require__.e(541), __nccwpck_require__.e(921)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90921))).promote,
    rollback: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(815), __nccwpck_require__.e(328), __nccwpck_require__.e(986), __nccwpck_require__.e(256), __nccwpck_require__.e(356)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51356))).rollback,
    register: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(815), __nccwpck_require__.e(328), __nccwpck_require__.e(986), __nccwpck_require__.e(256), __nccwpck_require__.e(612)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77612))).register,
    retire: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(815), __nccwpck_require__.e(328), __nccwpck_require__.e(986), __nccwpck_require__.e(256), __nccwpck_require__.e(143)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49143))).retire,
    report: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(328), __nccwpck_require__.e(150)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34150))).report,
    monitor: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(815), __nccwpck_require__.e(328), __nccwpck_require__.e(986), __nccwpck_require__.e(727), __nccwpck_require__.e(348), __nccwpck_require__.e(148)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50148))).monitor
};
async function execute(settings, ctx) {
    // getSettings lets only known commands through; a caller that builds Settings by hand may not.
    if (!Object.hasOwn(RUNNERS, settings.command)) {
        throw new src_errors/* UsageError */.eb(`unknown command "${String(settings.command)}"; expected one of: ${COMMANDS.join(', ')}`);
    }
    // settings is the variant of settings.command, the one its runner takes.
    const run = (await RUNNERS[settings.command]());
    try {
        return await run(settings, ctx);
    }
    catch (error) {
        if (error instanceof src_errors/* DecisionError */.bW)
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
            const { createGitHubApi } = await Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(35)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77035));
            return createGitHubApi({
                token: target.token,
                baseUrl: target.apiUrl,
                owner: target.owner,
                repo: target.repo,
                warn: message => log.warning(message)
            });
        },
        processes: () => (0,process_runner/* createProcessRunner */.Ej)(),
        artifacts: () => (0,artifact/* createArtifactUploader */.$)(env),
        render: renderers
    };
}

;// CONCATENATED MODULE: ./src/settings/command-inputs.ts
/** The inputs of a command that opens a pull request (promote, rollback, register, retire). */
const PULL_REQUEST = [
    'base',
    'dry-run',
    'labels',
    'reviewers',
    'draft',
    'token'
];
/** Inputs every command reads. */
const COMMON_INPUTS = ['manifest', 'fail-on-decision'];
const COMMAND_INPUTS = {
    validate: { inputs: ['model', 'base'], requires: [] },
    plan: { inputs: ['base', 'head'], requires: [] },
    register: {
        inputs: ['model', 'version', 'source', 'candidate-results', 'allow-older', ...PULL_REQUEST],
        requires: [
            {
                all: ['model', 'version', 'source'],
                message: 'register needs "model", "version" and "source" (the trained files)'
            }
        ]
    },
    retire: {
        inputs: ['model', 'version', 'reason', ...PULL_REQUEST],
        requires: [
            { all: ['model', 'version'], message: 'retire needs "model", "version" and "reason"' },
            {
                all: ['reason'],
                message: value => `retire needs "reason": why ${value('model')} ${value('version')} will not be promoted`
            }
        ]
    },
    evaluate: {
        inputs: [
            'model',
            'version',
            'entries',
            'train',
            'output-dir',
            'upload-artifact',
            'allow-untrusted'
        ],
        requires: [
            {
                all: ['model'],
                unless: 'entries',
                message: 'evaluate needs "model" and "version" (or "entries" from plan)'
            },
            {
                all: ['version'],
                unless: 'entries',
                message: 'evaluate needs "version": a version of the model, or "benchmark"'
            }
        ]
    },
    compare: {
        inputs: ['model', 'version', 'candidate-results', 'benchmark-results', 'output-dir'],
        requires: [
            {
                all: ['model'],
                message: 'compare needs "model" (and "version", or "candidate-results")'
            },
            {
                any: ['version', 'candidate-results'],
                message: 'compare needs "model" and "version" (or "candidate-results")'
            }
        ]
    },
    promote: {
        inputs: [
            'model',
            'version',
            'to',
            'candidate-results',
            'benchmark-results',
            'output-dir',
            ...PULL_REQUEST
        ],
        requires: [
            { all: ['model', 'version', 'to'], message: 'promote needs "model", "version" and "to"' }
        ]
    },
    rollback: {
        inputs: ['model', 'version', ...PULL_REQUEST],
        requires: [{ all: ['model'], message: 'rollback needs "model" (and optionally "version")' }]
    },
    report: { inputs: ['model', 'output-dir', 'token'], requires: [] },
    monitor: { inputs: ['model', 'output-dir', 'dry-run', 'base', 'token'], requires: [] }
};
/** The first requirement of `command` that does not hold, as its message; undefined when all hold. */
function unmetRequirement(command, value) {
    for (const r of COMMAND_INPUTS[command].requires) {
        if (r.unless && value(r.unless) !== undefined)
            continue;
        const holds = (r.all ?? []).every(name => value(name) !== undefined) &&
            (!r.any || r.any.some(name => value(name) !== undefined));
        if (!holds)
            return typeof r.message === 'string' ? r.message : r.message(value);
    }
    return undefined;
}
/** The inputs a command cannot run without, whatever else is set (for `--help`). */
function alwaysRequired(command) {
    return COMMAND_INPUTS[command].requires.flatMap(r => (r.unless ? [] : (r.all ?? [])));
}

;// CONCATENATED MODULE: ./src/settings/runner-event.ts
/**
 * The event that started the workflow run: its name (GITHUB_EVENT_NAME) and
 * the webhook payload the runner writes at GITHUB_EVENT_PATH, read once per
 * run (getSettings) and kept as the few facts modelgate uses: the trust
 * check of `evaluate` (evaluation/trust.ts) and the default branch a pull
 * request targets (github-target.ts). Outside Actions both variables are
 * unset and the event says nothing.
 */


function readRunnerEvent(env) {
    const name = env.GITHUB_EVENT_NAME || undefined;
    const file = env.GITHUB_EVENT_PATH || undefined;
    if (!file)
        return { name };
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const reason = error.code ?? error.message;
        throw new src_errors/* UsageError */.eb(`cannot read the event payload "${file}" (GITHUB_EVENT_PATH): ${reason}; expected the JSON file the runner writes there`);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new src_errors/* UsageError */.eb(`the event payload "${file}" (GITHUB_EVENT_PATH) is not valid JSON: ${error.message}`);
    }
    if (!isObject(payload)) {
        throw new src_errors/* UsageError */.eb(`the event payload "${file}" (GITHUB_EVENT_PATH) holds ${JSON.stringify(payload)?.slice(0, 40)}; expected a JSON object`);
    }
    const branch = field(payload.repository, 'default_branch');
    const pr = payload.pull_request;
    return {
        name,
        file,
        defaultBranch: typeof branch === 'string' && branch ? branch : undefined,
        pullRequest: pr === undefined || pr === null
            ? undefined
            : { head: repoName(field(pr, 'head')), base: repoName(field(pr, 'base')) }
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function field(value, key) {
    return isObject(value) ? value[key] : undefined;
}
/** `{ repo: { full_name } }` → the full name, when it is one. */
function repoName(ref) {
    const name = field(field(ref, 'repo'), 'full_name');
    return typeof name === 'string' && name ? name : undefined;
}

;// CONCATENATED MODULE: ./src/settings/input-helper.ts
/**
 * Turns raw inputs (action inputs or CLI options, both by input name) into
 * Settings, validating once and early with messages that quote the bad
 * value: the command, booleans, the inputs the command requires
 * (command-inputs.ts), and the runner's event payload, read here once.
 */





function getSettings(read, workspace, env) {
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
        throw new src_errors/* UsageError */.eb(`input "${name}" must be true or false, got "${value}"`);
    };
    const list = (name) => (str(name) ?? '')
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(Boolean);
    const command = str('command');
    if (!command)
        throw new src_errors/* UsageError */.eb(`missing required input "command" (one of: ${COMMANDS.join(', ')})`);
    if (!COMMANDS.includes(command)) {
        throw new src_errors/* UsageError */.eb(`unknown command "${command}"; expected one of: ${COMMANDS.join(', ')}`);
    }
    const resolve = (p) => p === undefined ? undefined : external_node_path_default().resolve(workspace, p);
    const fields = {
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
    const unmet = unmetRequirement(fields.command, str);
    if (unmet)
        throw new src_errors/* UsageError */.eb(unmet);
    // The requirements of the command hold: that is what its variant of Settings says.
    return { ...fields, event: readRunnerEvent(env) };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
;// CONCATENATED MODULE: ./src/cli/argv.ts
/**
 * CLI arguments: `modelgate <command> [--input value | --input=value | --flag]`,
 * read by `node:util` parseArgs (strict; `--` ends the options). Option names
 * are the action's input names (inputs.ts); a boolean input may be given
 * bare (`--dry-run`) or with a value (`--dry-run false`, `--dry-run=false`).
 * `--json` and `--help`/`-h` are the CLI's own; `modelgate help [command]`
 * is `--help`.
 */



const INPUT_OPTIONS = INPUTS.filter(i => i.name !== 'command');
/**
 * Every input is a string option to parseArgs: a boolean one reaches it as
 * `--name=value` (see withBooleanValues), which keeps `--dry-run false`
 * working and lets getSettings check the value like an action input's.
 */
const OPTIONS = {
    ...Object.fromEntries(INPUT_OPTIONS.map(i => [i.name, { type: 'string' }])),
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const BOOLEAN_INPUTS = new Set(INPUT_OPTIONS.filter(i => i.kind === 'boolean').map(i => i.name));
const BOOLEAN_WORD = /^(true|false|yes|no|on|off)$/i;
function parseArgv(argv) {
    const parsed = strictParse(withBooleanValues(argv));
    const { json, help, ...inputs } = parsed.values;
    const values = new Map(Object.entries(inputs).filter((e) => typeof e[1] === 'string'));
    const [first, ...rest] = parsed.positionals;
    // `modelgate help [command]` is `modelgate [command] --help`.
    const [command, extra] = first === 'help' ? [rest[0], rest[1]] : [first, rest[0]];
    if (extra !== undefined) {
        throw new src_errors/* UsageError */.eb(`unexpected argument "${extra}" (options are written --name value)`);
    }
    return { command, values, json: json === true, help: help === true || first === 'help' };
}
function strictParse({ args, written }) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options: OPTIONS, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw explain(args, written, error);
    }
}
/** `--flag` → `--flag=true`, `--flag false` → `--flag=false`, up to a `--`. */
function withBooleanValues(argv) {
    const args = [];
    const written = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            args.push(...argv.slice(i));
            written.push(...argv.slice(i));
            break;
        }
        if (!arg.startsWith('--') || !BOOLEAN_INPUTS.has(arg.slice(2))) {
            args.push(arg);
            written.push(arg);
        }
        else if (BOOLEAN_WORD.test(argv[i + 1] ?? '')) {
            args.push(`${arg}=${argv[i + 1]}`);
            written.push(`${arg} ${argv[++i]}`);
        }
        else {
            args.push(`${arg}=true`);
            written.push(arg);
        }
    }
    return { args, written };
}
/**
 * parseArgs refused `args`: name the option and the value it got. The first
 * token that breaks the strict rules is the one it refused.
 */
function explain(args, written, error) {
    const { tokens } = (0,external_node_util_.parseArgs)({
        args,
        options: OPTIONS,
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const shown = token.rawName;
        const type = OPTIONS[token.name]?.type;
        if (!type) {
            return new src_errors/* UsageError */.eb(`unknown option "${shown}"; run modelgate --help for the options`);
        }
        if (type === 'boolean' && token.value !== undefined) {
            return new src_errors/* UsageError */.eb(`option "${shown}" takes no value, got "${token.value}"`);
        }
        if (type === 'string' && token.value === undefined) {
            return new src_errors/* UsageError */.eb(`option "${shown}" needs a value`);
        }
        if (type === 'string' && !token.inlineValue && /^-./.test(token.value ?? '')) {
            const next = written[token.index + 1];
            return new src_errors/* UsageError */.eb(`option "${shown}" needs a value, got the option "${next}" (write ${shown}=${next} if it is the value)`);
        }
    }
    return new src_errors/* UsageError */.eb(`cannot read the arguments: ${error.message}`);
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
    if (command && COMMANDS.includes(command)) {
        return `Usage: modelgate ${USAGE[command]}\n\n${commandOptionsText(command)}`;
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
    return [
        "Options (the action's inputs):",
        ...INPUTS.filter(i => i.name !== 'command').map(i => optionLine(i.name)),
        ...CLI_OPTIONS
    ].join('\n');
}
/** One command's inputs (COMMAND_INPUTS), the required ones marked, then what every command takes. */
function commandOptionsText(command) {
    const required = new Set(alwaysRequired(command));
    // Requirements with a choice (one input or another) are said in words.
    const choices = COMMAND_INPUTS[command].requires.filter(r => r.any || r.unless);
    return [
        `Options of ${command} (* required):`,
        ...COMMAND_INPUTS[command].inputs.map(name => optionLine(name, required.has(name))),
        ...choices.map(r => `  Also: ${typeof r.message === 'string' ? r.message : r.message(() => '…')}.`),
        '',
        'Options of every command:',
        ...COMMON_INPUTS.map(name => optionLine(name)),
        ...CLI_OPTIONS
    ].join('\n');
}
const CLI_OPTIONS = [
    '  --json               Print one JSON object instead of text.',
    '  --help, -h           Print this help; with a command (or `modelgate help <command>`), its options.'
];
function optionLine(name, required = false) {
    const i = INPUTS.find(input => input.name === name);
    const def = i.default && !i.default.includes('${{') ? ` (default: ${i.default})` : '';
    return `  --${`${name}${required ? ' *' : ''}`.padEnd(18)} ${i.description}${def}`;
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
        const settings = getSettings(name => (name === 'command' ? args.command : args.values.get(name)), io.cwd, io.env);
        const log = json ? quietLog(io) : stderrLog(io);
        const result = await execute(settings, realContext(io.env, log));
        print(result, io, json, settings.workspace);
        // The one place fail-on-decision applies in the CLI.
        return result.exitCode === 1 && !settings.failOnDecision ? 0 : result.exitCode;
    }
    catch (error) {
        if (!(error instanceof src_errors/* ModelgateError */.HJ)) {
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
                io.stderr((0,src_errors/* formatDiagnostic */.xy)(d) + '\n');
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
        io.stderr((0,src_errors/* formatDiagnostic */.xy)(d, file) + '\n');
    }
    // A refusal is one error line, like a compiler's, not a report.
    if (result.refusal !== undefined)
        io.stderr(`modelgate: ${result.refusal}\n`);
    else
        io.stdout(viewOf(result).text + '\n');
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

/***/ 83916:
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

/***/ 23581:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ MAX_JOBS),
/* harmony export */   Kn: () => (/* binding */ buildMatrix),
/* harmony export */   WL: () => (/* binding */ formatEntry)
/* harmony export */ });
/**
 * The job matrix `plan` hands to a workflow (SPEC §3): one job per entry,
 * `{"include":[{"model","version"}…]}`; past GitHub's 256 jobs per matrix,
 * entries are grouped per job as `{"entries":"m@v,m@v,…"}` (what
 * `evaluate --entries` reads), in at most 256 jobs of nearly equal size.
 */
/** GitHub Actions runs at most 256 jobs per matrix. */
const MAX_JOBS = 256;
function buildMatrix(entries, maxJobs = MAX_JOBS) {
    if (entries.length <= maxJobs) {
        return { include: entries.map(e => ({ model: e.model, version: e.version })) };
    }
    // Consecutive runs keep a model's entries together (one shard read per job), and sizes
    // differ by one at most, so no job waits on a long tail.
    const size = Math.floor(entries.length / maxJobs);
    const extra = entries.length % maxJobs;
    const include = [];
    let at = 0;
    for (let job = 0; job < maxJobs; job++) {
        const n = size + (job < extra ? 1 : 0);
        include.push({
            entries: entries
                .slice(at, at + n)
                .map(formatEntry)
                .join(',')
        });
        at += n;
    }
    return { include };
}
/** `model@version`, as `evaluate --entries` parses it (a model name has no `@`). */
function formatEntry(e) {
    return `${e.model}@${e.version}`;
}


/***/ }),

/***/ 10650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ MONITOR_LABEL),
/* harmony export */   t: () => (/* binding */ monitorMarker)
/* harmony export */ });
const MONITOR_LABEL = 'modelgate:monitor';
function monitorMarker(model) {
    return `<!-- modelgate:monitor model=${model} -->`;
}


/***/ }),

/***/ 98775:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ formatFractionAsPercent),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   dJ: () => (/* binding */ chartable),
/* harmony export */   h9: () => (/* binding */ formatSignedPercent),
/* harmony export */   ku: () => (/* binding */ plainNumber),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/**
 * Numbers written as text: every formatting of a number modelgate shows
 * (reading numbers from text cells is numbers.ts).
 *
 * For people — comparison reasons, tables, summaries: metrics range from
 * 0.9213 (accuracy) to 31 (latency in ms) to 1.2e-5 (a loss), so values are
 * shown with a fixed number of significant digits rather than decimals, and
 * without trailing zeros ("33", not "33.00").
 *
 * For charts — mermaid and SVG (present/charts/): `plainNumber` never writes
 * an exponent, which mermaid cannot read, so `chartable` keeps out what it
 * cannot write in full.
 */
/** `x` with `digits` significant digits: 0.92134 → "0.9213", 33 → "33", 123456.7 → "123457". */
function formatNumber(x, digits = 4) {
    if (!Number.isFinite(x))
        return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
    if (x === 0)
        return '0';
    const abs = Math.abs(x);
    if (abs >= 1e-4 && abs < 1e15) {
        // Integer digits are never dropped: 123456.7 keeps all six.
        const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
        return trimZeros(x.toFixed(Math.min(decimals, 100)));
    }
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent}`;
}
/** A signed change: "+0.009", "-2", "±0" for no change. */
function formatSigned(x, digits = 4) {
    if (x === 0)
        return '±0';
    const text = formatNumber(x, digits);
    return x > 0 ? `+${text}` : text;
}
/** A change already in percent (1.0 = 1 %): "+1.0%", "-0.25%", "±0%". */
function formatSignedPercent(pct) {
    if (pct === 0)
        return '±0%';
    // One decimal reads well for most changes; tiny ones keep two significant digits.
    const text = Math.abs(pct) >= 1 ? pct.toFixed(1) : formatNumber(pct, 2);
    return `${pct > 0 ? '+' : ''}${text}%`;
}
/** A fraction as a percentage: 0.1 → "10%", 0.025 → "2.5%". */
function formatFractionAsPercent(fraction) {
    return `${formatNumber(fraction * 100, 3)}%`;
}
/** "p = 0.031", "p = 0.0012", "p < 0.0001". */
function formatPValue(p) {
    if (Number.isNaN(p))
        return 'p = NaN';
    if (p < 1e-4)
        return 'p < 0.0001';
    return `p = ${formatNumber(p, 2)}`;
}
/** A value a chart can place: finite, and printable without an exponent. */
function chartable(x) {
    // Beyond 1e21 JavaScript prints exponents only, which mermaid does not read.
    return typeof x === 'number' && Number.isFinite(x) && Math.abs(x) < 1e21;
}
/** A number mermaid parses: no exponent, no float noise (0.1 + 0.2 → 0.3). */
function plainNumber(x) {
    const s = String(Number(x.toPrecision(6)));
    if (!/e/i.test(s))
        return s;
    return x.toFixed(20).replace(/\.?0+$/, '');
}
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}


/***/ }),

/***/ 27853:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ managedFolders),
/* harmony export */   DG: () => (/* binding */ isLive),
/* harmony export */   Dv: () => (/* binding */ benchmarkSource),
/* harmony export */   EE: () => (/* binding */ versionDir),
/* harmony export */   Vd: () => (/* binding */ knownStages),
/* harmony export */   hL: () => (/* binding */ stageNames),
/* harmony export */   z4: () => (/* binding */ benchmarkDir)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(143);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(34323);
/**
 * The folder convention of SPEC §2 and the resolved stage configuration:
 * version V of model M in stage S lives at `<root>/<S>/<M>/<V>/<file>`.
 */


function stageNames(reg) {
    return reg.stages.map(s => s.name);
}
/** Stages a version may be in: the stage names and the archive folder. */
function knownStages(reg) {
    return [...stageNames(reg), reg.archive.folder];
}
/** Every top-level folder under the root that holds version folders. */
function managedFolders(reg) {
    const folders = knownStages(reg);
    if (reg.benchmark)
        folders.push(reg.benchmark.folder);
    return folders;
}
function versionDir(reg, model, v) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .joinRel */ .gN)(reg.root, v.stage, model, v.version);
}
function benchmarkDir(reg, model, version) {
    return reg.benchmark ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .joinRel */ .gN)(reg.root, reg.benchmark.folder, model, version) : undefined;
}
/** True for a version that carries full traffic in its stage (not a rollout candidate). */
function isLive(v) {
    return v.traffic === undefined || v.traffic >= 100;
}
/**
 * The production version the benchmark copy mirrors: the live version in the
 * `copyOf` stage (the highest one, should a stage without capacity hold several).
 */
function benchmarkSource(reg, model) {
    if (!reg.benchmark)
        return undefined;
    const copyOf = reg.benchmark.copyOf;
    const live = model.spec.versions.filter(v => v.stage === copyOf && isLive(v));
    return live.sort((a, b) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(b.version, a.version))[0];
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ unsafeFileNameReason),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   gN: () => (/* binding */ joinRel),
/* harmony export */   m0: () => (/* binding */ unsafePathReason)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Path safety for every path a manifest names (SPEC §2, §7): relative to the
 * repository root, never absolute, never climbing out with `..`.
 * Symbolic links are checked where files are read (see file-tree.ts).
 */

/** Returns why a manifest path is unsafe, or undefined when it is fine. */
function unsafePathReason(p, what = 'path') {
    if (p === '')
        return `${what} is empty`;
    if (p.includes('\0'))
        return `${what} contains a NUL byte`;
    if (p.includes('\\'))
        return `${what} "${p}" uses "\\"; use "/" as the separator`;
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) {
        return `${what} "${p}" is absolute; paths are relative to the repository root`;
    }
    const parts = p.split('/');
    if (parts.includes('..'))
        return `${what} "${p}" leaves the repository with ".."`;
    return undefined;
}
/** A file name inside a version folder: additionally no globs, no `.` or empty segments. */
function unsafeFileNameReason(name) {
    const basic = unsafePathReason(name, 'file name');
    if (basic)
        return basic.replace('the repository', 'the version folder');
    if (/[*?[\]{}]/.test(name))
        return `file name "${name}" contains a glob character; name files exactly`;
    if (name.split('/').some(s => s === '' || s === '.')) {
        return `file name "${name}" has an empty or "." segment`;
    }
    return undefined;
}
/** Joins repository-relative segments with `/` (manifest paths are POSIX-style). */
function joinRel(...parts) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(...parts.filter(p => p !== '' && p !== '.'));
}
/** True when `child` (absolute) is `parent` or inside it. */
function isInside(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel));
}


/***/ }),

/***/ 34323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ compareSemVer),
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   R6: () => (/* binding */ isSemVer),
/* harmony export */   Zy: () => (/* binding */ compareVersions)
/* harmony export */ });
/**
 * SemVer 2.0.0 parsing and precedence (a leading `v` is accepted, SPEC §2).
 * Small enough to own: the registry only needs parse, compare and equality.
 */
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemVer(raw) {
    const m = SEMVER.exec(raw);
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : [],
        raw
    };
}
function isSemVer(raw) {
    return SEMVER.test(raw);
}
/** Precedence per SemVer §11; build metadata is ignored. */
function compareSemVer(a, b) {
    for (const k of ['major', 'minor', 'patch']) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    if (!a.prerelease.length || !b.prerelease.length) {
        return b.prerelease.length - a.prerelease.length;
    }
    const n = Math.max(a.prerelease.length, b.prerelease.length);
    for (let i = 0; i < n; i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return Number(x) < Number(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** Compares two version strings; unparsable ones sort first, by text. */
function compareVersions(a, b) {
    const pa = parseSemVer(a);
    const pb = parseSemVer(b);
    if (pa && pb)
        return compareSemVer(pa, pb);
    if (!pa && !pb)
        return a < b ? -1 : a > b ? 1 : 0;
    return pa ? 1 : -1;
}


/***/ }),

/***/ 99576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ metricSeries)
/* harmony export */ });
/* harmony import */ var _policy_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98775);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(34323);
/** One metric across a model's versions: the points a history chart draws. */


/** The versions that record `metric` (a finite value), in SemVer order. */
function metricSeries(versions, metric) {
    return versions
        .map(v => ({ version: v.version, value: v.metrics?.[metric] }))
        .filter((p) => (0,_policy_format_js__WEBPACK_IMPORTED_MODULE_0__/* .chartable */ .dJ)(p.value))
        .sort((a, b) => (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(a.version, b.version));
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
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
