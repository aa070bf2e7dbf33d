export const id = 348;
export const ids = [348];
export const modules = {

/***/ 97348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandStartError: () => (/* binding */ CommandStartError),
/* harmony export */   OUTPUT_TAIL_CHARS: () => (/* binding */ OUTPUT_TAIL_CHARS),
/* harmony export */   createProcessRunner: () => (/* binding */ createProcessRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
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


/***/ })

};
