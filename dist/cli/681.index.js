export const id = 681;
export const ids = [681,348];
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


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvaluation: () => (/* binding */ runEvaluation)
});

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/process-runner.ts
var process_runner = __webpack_require__(97348);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/computed-metrics.ts
var computed_metrics = __webpack_require__(61435);
// EXTERNAL MODULE: ./src/policy/metric-file.ts
var metric_file = __webpack_require__(46935);
// EXTERNAL MODULE: ./src/policy/predictions.ts + 1 modules
var policy_predictions = __webpack_require__(31028);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/file-kind.ts
var file_kind = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/settings/workflow-run.ts
var workflow_run = __webpack_require__(77316);
;// CONCATENATED MODULE: ./src/evaluation/command-line.ts
/**
 * Manifest command lines (SPEC §7): `train.run` / `evaluate.run` are split
 * into argv the way a POSIX shell splits words, but nothing is expanded, so a
 * command means the same thing on every runner and a value substituted into
 * it can never turn into shell syntax. Pure: no I/O.
 */

/**
 * The placeholders a manifest command line may use, each substituted per
 * argument (see substitutePlaceholders): the docs and the schema's `command`
 * description list exactly these, and a test holds them to it.
 */
const PLACEHOLDERS = (/* unused pure expression or super */ null && ([
    'model',
    'version',
    'stage',
    'model_dir',
    'model_file',
    'output_dir',
    'workspace'
]));
/** A command line, placeholder or duration the manifest got wrong. */
class CommandLineError extends Error {
    /** Where in the command line the problem is, when it has a place. */
    position;
    constructor(message, position) {
        super(message);
        this.name = 'CommandLineError';
        this.position = position;
    }
}
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { offset, line: before.split('\n').length, column: offset - lineStart + 1 };
}
function describePosition(p) {
    return p.line > 1 ? `line ${p.line}, column ${p.column}` : `column ${p.column}`;
}
function syntaxError(text, offset, what) {
    const position = positionOf(text, offset);
    throw new CommandLineError(what(describePosition(position)), position);
}
/** The blanks a shell separates words at; other whitespace belongs to the word, as in bash. */
const BLANKS = new Set([' ', '\t', '\n']);
/** Inside double quotes a backslash only escapes these; before anything else it is literal. */
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);
/**
 * Splits a command line into words exactly as a POSIX shell does — single
 * quotes are literal, double quotes honour backslash before `$ \` " \` and
 * newline, a backslash outside quotes escapes the next character (and
 * backslash-newline joins lines), adjacent quoted and unquoted parts make one
 * word, and `''` or `""` is an empty word — but performs no expansion and
 * knows no operators: `$VAR`, `$(…)`, globs, `~`, `{a,b}`, `#`, `;`, `|`,
 * `&&`, `<` and `>` are ordinary characters of the word they are in. A newline
 * outside quotes separates words (there are no separate commands). An empty
 * or blank line gives `[]`.
 *
 * @throws CommandLineError for an unterminated quote or a trailing backslash.
 */
function splitWords(line) {
    const words = [];
    let word = '';
    // A word exists once any part of it was seen, so `''` yields an empty word.
    let inWord = false;
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (BLANKS.has(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length) {
                syntaxError(line, i, at => `trailing backslash at ${at}: there is nothing after it to escape`);
            }
            // Backslash-newline is a line continuation: both characters vanish.
            if (line[i + 1] !== '\n') {
                word += line[i + 1];
                inWord = true;
            }
            i += 2;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                syntaxError(line, i, at => `unterminated single quote: the ' at ${at} is never closed`);
            word += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            let j = i + 1;
            for (;;) {
                if (j >= line.length) {
                    syntaxError(line, i, at => `unterminated double quote: the " at ${at} is never closed`);
                }
                const d = line[j];
                if (d === '"')
                    break;
                if (d === '\\' && j + 1 < line.length && DOUBLE_QUOTE_ESCAPES.has(line[j + 1])) {
                    if (line[j + 1] !== '\n')
                        word += line[j + 1];
                    j += 2;
                }
                else {
                    word += d;
                    j++;
                }
            }
            inWord = true;
            i = j + 1;
        }
        else {
            word += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
function knownList(values) {
    const names = Object.keys(values).sort();
    return names.length ? names.map(n => `{${n}}`).join(', ') : 'none';
}
/**
 * Parses `{name}` placeholders the way Python's str.format does: `{{` and
 * `}}` are literal braces and any other brace must belong to a placeholder,
 * so a typo like `{output_dir` is an error rather than a silently literal
 * word. `where` describes the text for messages.
 */
function parsePlaceholders(text, values, where) {
    const pieces = [];
    let literal = '';
    const hint = 'write {{ and }} for literal braces';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if ((c === '{' || c === '}') && text[i + 1] === c) {
            literal += c;
            i += 2;
        }
        else if (c === '}') {
            throw new CommandLineError(`single '}' at column ${i + 1} of ${where}; ${hint}`);
        }
        else if (c === '{') {
            const match = /^\{([^{}]*)\}/.exec(text.slice(i));
            if (!match)
                throw new CommandLineError(`unmatched '{' at column ${i + 1} of ${where}; ${hint}`);
            const name = match[1];
            if (!Object.hasOwn(values, name)) {
                throw new CommandLineError(`unknown placeholder {${name}} in ${where}; known placeholders: ${knownList(values)} (${hint})`);
            }
            if (literal)
                pieces.push({ text: literal });
            literal = '';
            pieces.push({ name });
            i += match[0].length;
        }
        else {
            literal += c;
            i++;
        }
    }
    if (literal)
        pieces.push({ text: literal });
    return pieces;
}
/**
 * Replaces `{name}` inside each argument with `values[name]`. It runs after
 * splitting, so a value with spaces or quotes stays part of its one argument
 * and is never re-parsed. `{{` and `}}` are literal braces; an unknown name
 * or a stray brace is an error naming the argument and the known names.
 */
function substitutePlaceholders(argv, values) {
    return argv.map((arg, index) => parsePlaceholders(arg, values, `argument ${index + 1} (${JSON.stringify(arg)})`)
        .map(piece => ('name' in piece ? values[piece.name] : piece.text))
        .join(''));
}
/** Quotes `word` for a POSIX shell: inside single quotes nothing is special but `'` itself. */
function shellQuote(word) {
    return `'${word.replaceAll("'", `'\\''`)}'`;
}
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 };
/** `90s`, `10m`, `1.5h` → milliseconds (the schema's `duration`); anything else is an error. */
function parseDuration(text) {
    const match = typeof text === 'string' ? /^([0-9]+(?:\.[0-9]+)?)([smh])$/.exec(text) : null;
    if (!match) {
        throw new CommandLineError(`invalid duration ${JSON.stringify(text)}: expected a number followed by s, m or h (90s, 10m, 1.5h)`);
    }
    const ms = Math.round(Number(match[1]) * UNIT_MS[match[2]]);
    // A zero limit would kill the command before it starts; that is never what was meant.
    if (ms <= 0)
        throw new CommandLineError(`invalid duration ${(0,clip/* quote */.hD)(text)}: must be longer than zero`);
    return ms;
}
/** Characters after which `#` starts a comment, because a new word begins there. */
const WORD_BREAKS = new Set(['', ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
/**
 * Tracks just enough bash quoting to know, at each placeholder, whether it
 * sits unquoted, in '…', in "…", in $'…', in a comment or in $(…), so the
 * value can be inserted as exactly one literal string in that context.
 * Backticks and here-documents are not tracked (use $(…) and files).
 */
class ShellContext {
    stack = [{ kind: 'plain' }];
    escaped = false;
    prev = '';
    get top() {
        return this.stack[this.stack.length - 1];
    }
    /** Feeds one character of the (already placeholder-free) line. */
    feed(c) {
        const top = this.top;
        if (this.escaped) {
            this.escaped = false;
            this.prev = 'x';
            return;
        }
        switch (top.kind) {
            case 'plain':
            case 'subst':
                if (c === '\\')
                    this.escaped = true;
                else if (c === "'")
                    this.stack.push({ kind: this.prev === '$' ? 'ansi' : 'single' });
                else if (c === '"')
                    this.stack.push({ kind: 'double' });
                else if (c === '#' && WORD_BREAKS.has(this.prev))
                    this.stack.push({ kind: 'comment' });
                else if (c === '(' && this.prev === '$')
                    this.stack.push({ kind: 'subst', depth: 0 });
                else if (top.kind === 'subst' && c === '(')
                    top.depth++;
                else if (top.kind === 'subst' && c === ')') {
                    if (top.depth === 0)
                        this.stack.pop();
                    else
                        top.depth--;
                }
                break;
            case 'single':
                if (c === "'")
                    this.stack.pop();
                break;
            case 'ansi':
                if (c === '\\')
                    this.escaped = true;
                else if (c === "'")
                    this.stack.pop();
                break;
            case 'double':
                if (c === '\\')
                    this.escaped = true;
                else if (c === '"')
                    this.stack.pop();
                else if (c === '(' && this.prev === '$')
                    this.stack.push({ kind: 'subst', depth: 0 });
                break;
            case 'comment':
                if (c === '\n')
                    this.stack.pop();
                break;
        }
        this.prev = c;
    }
    /** The text that makes `value` one literal string at the current position. */
    quote(value, name) {
        const kind = this.top.kind;
        if (this.escaped && kind !== 'comment') {
            throw new CommandLineError(`a backslash right before {${name}} would escape the quoting added around its value; remove the backslash`);
        }
        this.prev = 'x';
        switch (kind) {
            case 'single': // close the quote, add the value's own quotes escaped, reopen
                return value.replaceAll("'", `'\\''`);
            case 'double': // close "…", add the single-quoted value, reopen: still one word
                return `"${shellQuote(value)}"`;
            case 'ansi':
                return `'${shellQuote(value)}$'`;
            default:
                return shellQuote(value);
        }
    }
}
/**
 * argv for a `shell: bash` command: `['bash', '-c', line]`, with each
 * `{name}` in the line replaced by its value quoted for the shell. Unquoted,
 * a value becomes `'value'` (every `'` in it written `'\''`); inside '…', "…"
 * or $'…' the surrounding quote is closed, the single-quoted value added and
 * the quote reopened — so a value is always exactly one literal string to
 * bash and can never run code. Placeholders are recognised everywhere in the
 * line, including inside quotes: write `{{`/`}}` for braces bash should see
 * (e.g. `${{HOME}}`, `awk '{{print $1}}'`).
 */
function bashArgv(line, values) {
    const context = new ShellContext();
    let script = '';
    for (const piece of parsePlaceholders(line, values, 'the command line')) {
        if ('name' in piece) {
            script += context.quote(values[piece.name], piece.name);
        }
        else {
            for (const c of piece.text)
                context.feed(c);
            script += piece.text;
        }
    }
    return ['bash', '-c', script];
}

// EXTERNAL MODULE: ./src/evaluation/blank-outputs.ts
var blank_outputs = __webpack_require__(6143);
;// CONCATENATED MODULE: ./src/evaluation/command-env.ts
/**
 * The environment a manifest command runs with (SPEC §7): the job's, minus
 * what would hand it modelgate's credentials — the action's inputs
 * (`INPUT_*`, the token among them), GITHUB_TOKEN, the runner's artifact and
 * OIDC credentials. A command that really needs one names it in its `env:`
 * list, an explicit opt-in the log shows. Pure: no I/O.
 */
/** Variables never handed to a manifest command unless its `env` names them. */
const WITHHELD_NAMES = new Set(['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']);
const WITHHELD_PREFIXES = ['INPUT_', 'ACTIONS_ID_TOKEN_REQUEST_'];
/** Whether `name` is withheld from manifest commands unless asked for. */
function isWithheld(name) {
    return WITHHELD_NAMES.has(name) || WITHHELD_PREFIXES.some(p => name.startsWith(p));
}
/** `env` without the withheld variables, except those `optIn` names. */
function commandEnvironment(env, optIn = []) {
    const wanted = new Set(optIn);
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (!isWithheld(name) || wanted.has(name))
            out[name] = value;
    }
    return {
        env: out,
        passed: optIn.filter(name => isWithheld(name) && env[name] !== undefined),
        missing: optIn.filter(name => env[name] === undefined)
    };
}

// EXTERNAL MODULE: ./src/evaluation/result-file.ts
var result_file = __webpack_require__(34580);
// EXTERNAL MODULE: ./src/evaluation/own-outputs.ts
var own_outputs = __webpack_require__(24829);
;// CONCATENATED MODULE: ./src/evaluation/run-evaluation.ts
/**
 * One evaluation, as a recipe: remove the earlier run's outputs → run `train` (when
 * asked) and `evaluate` → read the metrics file and the predictions →
 * reconcile reported and computed metrics → record digests of the evaluated
 * files and the data → write `result.json`. Any failure still writes
 * `result.json`, with `status: error` and no metrics (SPEC §3). Commands run
 * without the job's credentials unless their `env` asks (command-env.ts);
 * what they print reaches the log, and result.json is written, with the
 * run's secrets blanked out.
 */


















/**
 * Runs one evaluation; resolves with the result written (status ok or error).
 * `cache`: what result.json says of the evaluation cache (the key it was looked up by).
 */
async function runEvaluation(reg, t, deps, cache) {
    const started = deps.now().getTime();
    const result = {
        schema: result_file/* RESULT_SCHEMA */.w,
        status: 'error',
        model: t.model.name,
        version: t.version,
        target: t.target,
        stage: t.stage,
        files: {},
        data: {},
        commands: [],
        startedAt: new Date(started).toISOString(),
        durationMs: 0,
        commit: await commitOf(deps),
        runner: runnerInfo(deps.env),
        ...(cache ? { cache } : {})
    };
    try {
        // A stale result.json (or metrics file) from an earlier run must not
        // survive a failed one; only what modelgate wrote there goes (own-outputs.ts).
        await (0,own_outputs/* clearOwnOutputs */.E)(t);
        const values = placeholders(reg, t);
        const steps = [];
        if (t.train)
            steps.push(['train', t.model.spec.train]);
        steps.push(['evaluate', t.model.spec.evaluate]);
        try {
            for (const [name, spec] of steps) {
                result.commands.push(await runStep(reg, t, name, spec, values, deps));
            }
        }
        finally {
            // What the commands wrote is read and uploaded next: not with a secret in it.
            await (0,blank_outputs/* blankSecretsIn */.R)(t.outputDir, deps.secrets, deps.log);
        }
        Object.assign(result, await collectMetrics(reg, t));
        result.files = await modelDigests(reg, t);
        result.data = await dataDigests(reg, t);
        result.status = 'ok';
    }
    catch (error) {
        if (!(error instanceof errors/* ModelgateError */.HJ))
            throw error;
        result.error = error.message;
        for (const k of [
            'metrics',
            'reportedMetrics',
            'computedMetrics',
            'confusionMatrix',
            'predictions'
        ])
            delete result[k];
    }
    result.durationMs = deps.now().getTime() - started;
    // result.json is uploaded as an artifact, which the runner never masks.
    const written = deps.secrets.redactValue(result);
    await (0,result_file/* writeResult */.Zk)(t.outputDir, written);
    return written;
}
/** The path of the version's file when it has exactly one (`{model_file}`). */
function oneFile(t) {
    const paths = Object.values(t.files);
    return paths.length === 1 ? paths[0] : undefined;
}
function label(t, name) {
    return (0,errors/* keyPath */.Dw)([...(t.model.at.length ? t.model.at : [t.model.name]), name, 'run']);
}
function placeholders(reg, t) {
    return {
        model: t.model.name,
        version: t.version,
        stage: t.stage,
        model_dir: t.modelDir,
        // Only a one-file version has "the" model file; runStep refuses it for any other.
        model_file: oneFile(t) ?? '',
        output_dir: t.outputDir,
        workspace: reg.repoRoot
    };
}
async function runStep(reg, t, name, spec, values, deps) {
    const where = label(t, name);
    let argv;
    let timeoutMs;
    try {
        const files = Object.keys(t.files);
        if (files.length !== 1 && spec.run.includes('{model_file}')) {
            throw new Error(`{model_file} is the path of a version's one file, but ${t.model.name} ${t.version} has ${files.length} (${files.map(f => (0,clip/* clip */.$Q)(f)).join(', ')}): name the file with {model_dir}/<file>`);
        }
        argv =
            spec.shell === 'bash'
                ? bashArgv(spec.run, values)
                : substitutePlaceholders(splitWords(spec.run), values);
        timeoutMs = spec.timeout ? parseDuration(spec.timeout) : undefined;
    }
    catch (err) {
        // A bad command line or timeout in the manifest: the user's to fix.
        if (err instanceof Error)
            throw new errors/* DecisionError */.bW(`${where}: ${err.message}`);
        throw err;
    }
    await (0,promises_.mkdir)(t.outputDir, { recursive: true });
    const subject = `${t.model.name} ${t.target === 'benchmark' ? 'benchmark' : t.version}`;
    const environment = commandEnvironment(deps.env, spec.env);
    for (const variable of environment.passed)
        deps.log.info(`passing ${variable} to ${name} of ${subject}, as its \`env\` asks`);
    for (const variable of environment.missing)
        deps.log.info(`${name} of ${subject} asks for ${variable} in its \`env\`, which is not set`);
    const run = await deps.log.group(deps.secrets.redact(`${name} ${subject}: ${argv.map(arg => (0,clip/* clip */.$Q)(arg)).join(' ')}`), async () => {
        // A secret the command prints may arrive cut in two chunks: the stream holds such a tail back.
        const output = deps.secrets.stream(chunk => deps.log.write(chunk));
        try {
            return await deps.runner.run({
                argv,
                cwd: reg.repoRoot,
                env: {
                    ...environment.env,
                    MODELGATE_MODEL: t.model.name,
                    MODELGATE_VERSION: t.version,
                    MODELGATE_OUTPUT_DIR: t.outputDir
                },
                timeoutMs,
                label: where,
                onOutput: chunk => output.write(chunk)
            });
        }
        catch (err) {
            if (err instanceof process_runner.CommandStartError)
                throw new errors/* DecisionError */.bW(err.message);
            throw err;
        }
        finally {
            output.end();
        }
    });
    const record = {
        name,
        // result.json records what ran; an argument of 100,000 characters is cut there (clip.ts).
        argv: argv.map(arg => (0,clip/* clip */.$Q)(arg)),
        exitCode: run.exitCode,
        signal: run.signal,
        timedOut: run.timedOut,
        durationMs: run.durationMs
    };
    const tail = lastLines(run.outputTail, 15);
    if (run.timedOut) {
        throw new errors/* DecisionError */.bW(`${where} timed out after ${spec.timeout}; its process group was killed${tail}`);
    }
    if (run.signal)
        throw new errors/* DecisionError */.bW(`${where} was killed by ${run.signal}${tail}`);
    if (run.exitCode !== 0)
        throw new errors/* DecisionError */.bW(`${where} failed with exit code ${run.exitCode}${tail}`);
    return record;
}
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n').slice(-n);
    return lines.length && lines[0] !== ''
        ? `${result_file/* OUTPUT_TAIL */.zU}${lines.map(l => `  ${(0,clip/* clip */.$Q)(l)}`).join('\n')}`
        : '';
}
async function collectMetrics(reg, t) {
    const spec = t.model.spec.evaluate;
    let reported = {};
    if (spec.metrics) {
        const file = external_node_path_default().join(t.outputDir, spec.metrics);
        reported = (0,metric_file/* parseMetricFile */.K)(await readOutput(reg, t, file, 'metrics'), file);
    }
    const out = { reportedMetrics: reported };
    let computed = {};
    if (spec.predictions) {
        const file = external_node_path_default().join(t.outputDir, spec.predictions);
        const predictions = (0,policy_predictions/* parsePredictions */.Y8)(await readOutput(reg, t, file, 'predictions'), file);
        if (predictions.yTrue.length === 0)
            throw new errors/* DecisionError */.bW(`${file} holds a header but no predictions`);
        const c = (0,computed_metrics/* computeMetrics */.pH)(predictions);
        computed = c.metrics;
        out.computedMetrics = c.metrics;
        if (c.confusion)
            out.confusionMatrix = c.confusion;
        out.predictions = spec.predictions;
    }
    out.metrics = (0,computed_metrics/* reconcileMetrics */.Ge)(reported, computed);
    if (Object.keys(out.metrics).length === 0) {
        throw new errors/* DecisionError */.bW(`${label(t, 'evaluate')} produced no metrics: ${spec.metrics ? `${spec.metrics} is empty` : 'set evaluate.metrics or evaluate.predictions'}`);
    }
    return out;
}
/**
 * The text of a metrics or predictions file the command wrote, looked at
 * before it is opened: a FIFO or a folder there is one clear error, and a
 * symbolic link may lead only within the repository or the output folder.
 */
async function readOutput(reg, t, file, what) {
    if (!(0,paths/* isInside */.FK)(t.outputDir, file)) {
        throw new errors/* DecisionError */.bW(`${label(t, 'evaluate')}: the ${what} file ${file} is outside the output folder ${t.outputDir} (evaluate.${what} is relative to {output_dir})`);
    }
    const state = (0,file_kind/* inspectFile */.Xp)(file, {
        linksWithin: [reg.repoRoot, t.outputDir],
        within: 'the repository and the output folder'
    });
    if (state.kind === 'missing') {
        throw new errors/* DecisionError */.bW(`${label(t, 'evaluate')} wrote no ${what} file: expected ${file} (evaluate.${what})`);
    }
    if (state.kind === 'bad')
        throw new errors/* DecisionError */.bW(`${what} file ${(0,clip/* clip */.$Q)(file)} ${state.reason}`);
    return (0,promises_.readFile)(state.real, 'utf8');
}
/** Digests of the evaluated files; for a registered version they must be the recorded ones. */
async function modelDigests(reg, t) {
    const out = {};
    const recorded = t.target === 'benchmark' || !t.train
        ? t.model.spec.versions.find(v => v.version === t.version)?.files
        : undefined;
    for (const [file, abs] of Object.entries(t.files)) {
        const state = (0,file_kind/* inspectFile */.Xp)(abs, { linksWithin: [reg.repoRoot], within: 'the repository' });
        if (state.kind === 'missing')
            throw new errors/* DecisionError */.bW(`model file missing after ${t.train ? 'training' : 'evaluation'}: ${abs}`);
        if (state.kind === 'bad')
            throw new errors/* DecisionError */.bW(`model file ${(0,clip/* clip */.$Q)(abs)} ${state.reason}`);
        out[file] = (0,digest/* contentDigest */.eZ)(await (0,digest/* digestFile */.TM)(state.real));
        if (recorded && recorded[file] !== out[file]) {
            throw new errors/* DecisionError */.bW(`${external_node_path_default().relative(reg.repoRoot, abs)} is not the file the manifest records for ${t.model.name} ${t.version} (${recorded[file]}, found ${out[file]}): run validate`);
        }
    }
    return out;
}
async function dataDigests(reg, t) {
    const out = {};
    for (const rel of t.model.spec.evaluate.data ?? []) {
        const abs = external_node_path_default().resolve(reg.repoRoot, rel);
        const state = (0,file_kind/* inspectFile */.Xp)(abs, { linksWithin: [reg.repoRoot], within: 'the repository' });
        if (state.kind === 'missing')
            throw new errors/* DecisionError */.bW(`evaluation data file not found: ${rel} (evaluate.data)`);
        if (state.kind === 'bad')
            throw new errors/* DecisionError */.bW(`evaluation data file ${(0,clip/* clip */.$Q)(rel)} ${state.reason} (evaluate.data)`);
        out[rel] = (0,digest/* contentDigest */.eZ)(await (0,digest/* digestFile */.TM)(state.real));
    }
    return out;
}
async function commitOf({ env, git }) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    // Not a git checkout, or no commit yet: the result records no commit.
    return git.headCommit().catch(() => undefined);
}
function runnerInfo(env) {
    return {
        os: `${external_node_os_default().platform()} ${external_node_os_default().arch()}`,
        node: process.version,
        repository: env.GITHUB_REPOSITORY,
        workflow: env.GITHUB_WORKFLOW,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        run: (0,workflow_run/* workflowRunUrl */.C)(env)
    };
}


/***/ }),

/***/ 46935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseMetricFile)
/* harmony export */ });
/* unused harmony export MetricFileError */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95861);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98914);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79652);
/**
 * Reads the metrics file an evaluation script writes (SPEC §4): JSON or YAML
 * with nested objects flattened with `.` the way `dvc metrics show` does, or
 * CSV with `name,value` rows. Every value must be a finite number: a quoted
 * "0.91" or a NaN usually means a bug in the script, and accepting it quietly
 * would let a gate pass or fail for the wrong reason.
 */





/** A metrics file that cannot be read; `metric` is the offending (flattened) name, if any. */
class MetricFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW {
    metric;
    fileName;
    constructor(fileName, message, metric) {
        super(`${fileName}: ${message}`, [
            { file: fileName, line: 0, col: 0, key: metric ?? '', message, severity: 'error' }
        ]);
        this.name = 'MetricFileError';
        this.metric = metric;
        this.fileName = fileName;
    }
}
/** Parses a metrics file into flat `name → value`; throws MetricFileError on anything else. */
function parseMetricFile(text, fileName) {
    const format = formatOf(text, fileName);
    if (format === 'csv')
        return parseCsvMetrics(text, fileName);
    const data = format === 'json' ? parseJson(text, fileName) : parseYamlText(text, fileName);
    if (data === null || data === undefined) {
        throw new MetricFileError(fileName, 'is empty; expected an object of metric names to numbers');
    }
    if (!isPlainObject(data)) {
        throw new MetricFileError(fileName, `expected an object of metric names to numbers, got ${describe(data)}`);
    }
    // A Map, then fromEntries: assigning `out['__proto__'] = 1` would not create a key.
    const out = new Map();
    flatten(data, '', out, fileName);
    return Object.fromEntries(out);
}
function formatOf(text, fileName) {
    const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
    if (ext === 'json')
        return 'json';
    if (ext === 'yaml' || ext === 'yml')
        return 'yaml';
    if (ext === 'csv')
        return 'csv';
    // Unknown extension (e.g. `metrics.txt`): a JSON document starts with a
    // brace; a CSV line has a comma but, unlike YAML, no `key:`.
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return 'json';
    const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
    if (firstLine.includes(',') && !firstLine.includes(':'))
        return 'csv';
    return 'yaml';
}
function parseJson(text, fileName) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        // Python's json.dump writes NaN and Infinity as bare words, which is not
        // JSON. Give those the same clear error as a NaN in YAML, not a syntax error.
        const patched = markNonFiniteTokens(text);
        if (patched !== undefined) {
            try {
                return JSON.parse(patched);
            }
            catch {
                // fall through to the original error
            }
        }
        throw new MetricFileError(fileName, `is not valid JSON: ${err.message}`);
    }
}
function parseYamlText(text, fileName) {
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new MetricFileError(fileName, `is not valid YAML: ${err.message}`);
    }
}
// A string no real metric value contains; flatten() reports it as NaN/infinite.
const NON_FINITE_MARK = '\u0000non-finite:';
/** Replaces bare NaN/Infinity/-Infinity outside strings with marked strings, or undefined if none. */
function markNonFiniteTokens(text) {
    let out = '';
    let found = false;
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
            // Copy a string literal verbatim, honouring backslash escapes.
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j + 1;
            continue;
        }
        const token = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1];
        if (token !== undefined) {
            out += JSON.stringify(NON_FINITE_MARK + token);
            i += token.length;
            found = true;
            continue;
        }
        out += ch;
        i++;
    }
    return found ? out : undefined;
}
function flatten(obj, prefix, out, fileName) {
    for (const [key, value] of Object.entries(obj)) {
        const name = prefix + key;
        if (isPlainObject(value)) {
            flatten(value, `${name}.`, out, fileName);
            continue;
        }
        if (Array.isArray(value)) {
            throw new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} is a list; expected a number (or an object of numbers)`, name);
        }
        const number = checkValue(value, name, fileName);
        if (out.has(name)) {
            // `{"a.b": 1, "a": {"b": 2}}` flattens both to `a.b`.
            throw new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} is given twice`, name);
        }
        out.set(name, number);
    }
}
function checkValue(value, name, fileName) {
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            throw nonFinite(fileName, name, 'NaN');
        if (!Number.isFinite(value))
            throw nonFinite(fileName, name, 'infinite');
        return value;
    }
    if (typeof value === 'string') {
        if (value.startsWith(NON_FINITE_MARK)) {
            throw nonFinite(fileName, name, value.endsWith('NaN') ? 'NaN' : 'infinite');
        }
        if ((0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonFiniteSpelling */ .j)(value)) {
            throw nonFinite(fileName, name, /nan/i.test(value) ? 'NaN' : 'infinite');
        }
        const hint = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberCell */ .A)(value).kind === 'number' ? ' (write the number without quotes)' : '';
        throw new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} must be a finite number, got the string ${JSON.stringify((0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(value))}${hint}`, name);
    }
    throw new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} must be a finite number, got ${describe(value)}`, name);
}
function nonFinite(fileName, name, what) {
    return new MetricFileError(fileName, `metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} is ${what}; a metric must be a finite number`, name);
}
const CSV_HEADER_NAMES = new Set(['name', 'metric']);
function parseCsvMetrics(text, fileName) {
    let records;
    try {
        records = (0,_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCsv */ .W)(text);
    }
    catch (err) {
        if (err instanceof _csv_js__WEBPACK_IMPORTED_MODULE_2__/* .CsvSyntaxError */ .o) {
            throw new MetricFileError(fileName, `line ${err.line}: ${err.message}`);
        }
        throw err;
    }
    // The header is optional; only `name,value` (or `metric,value`) counts as
    // one, so a misspelt first metric is still an error rather than skipped.
    const first = records[0]?.fields.map(f => f.trim().toLowerCase());
    if (first && first.length === 2 && CSV_HEADER_NAMES.has(first[0]) && first[1] === 'value') {
        records = records.slice(1);
    }
    const out = new Map();
    for (const { fields, line } of records) {
        if (fields.length !== 2) {
            throw new MetricFileError(fileName, `line ${line}: expected 2 fields (name,value), got ${fields.length}`);
        }
        const name = fields[0].trim();
        if (name === '')
            throw new MetricFileError(fileName, `line ${line}: the metric name is empty`);
        const cell = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberCell */ .A)(fields[1]);
        if (cell.kind === 'non-finite') {
            throw nonFinite(fileName, name, /nan/i.test(cell.text) ? 'NaN' : 'infinite');
        }
        if (cell.kind === 'invalid') {
            throw new MetricFileError(fileName, `line ${line}: metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} must be a finite number, got ${JSON.stringify((0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(cell.text))}`, name);
        }
        if (out.has(name)) {
            throw new MetricFileError(fileName, `line ${line}: metric ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(name)} is given twice`, name);
        }
        out.set(name, cell.value);
    }
    return Object.fromEntries(out);
}
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'boolean')
        return `${value} (a boolean)`;
    if (typeof value === 'string')
        return `the string ${JSON.stringify((0,_clip_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(value))}`;
    if (typeof value === 'number')
        return String(value);
    if (value instanceof Date)
        return `the date ${value.toISOString()}`;
    return `a ${typeof value}`;
}


/***/ }),

/***/ 77316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ workflowRunUrl)
/* harmony export */ });
/** The link to the workflow run this is part of, when running inside GitHub Actions. */
function workflowRunUrl(env) {
    return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
}


/***/ })

};
