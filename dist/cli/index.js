#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 43532:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(11326);
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

/***/ 11326:
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
;// CONCATENATED MODULE: ./src/execute.ts
/**
 * Dispatches a command. The same path serves the action and the CLI; it
 * returns a typed result and never touches the process or @actions/core.
 */

// Commands are imported on demand so each pays only for what it uses.
const RUNNERS = {
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(867), __nccwpck_require__.e(241), __nccwpck_require__.e(961)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92961))).validate,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(867), __nccwpck_require__.e(650)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8650))).plan,
    evaluate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(487), __nccwpck_require__.e(761), __nccwpck_require__.e(821)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25045))).evaluate,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(867), __nccwpck_require__.e(487), __nccwpck_require__.e(617), __nccwpck_require__.e(307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 307))).compare,
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(241), __nccwpck_require__.e(21), __nccwpck_require__.e(487), __nccwpck_require__.e(617), __nccwpck_require__.e(449)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6449))).promote,
    rollback: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(241), __nccwpck_require__.e(21), __nccwpck_require__.e(535)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88535))).rollback,
    register: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(241), __nccwpck_require__.e(21), __nccwpck_require__.e(267)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91267))).register,
    retire: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(241), __nccwpck_require__.e(21), __nccwpck_require__.e(444)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70444))).retire,
    report: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(867), __nccwpck_require__.e(483)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4483))).report,
    monitor: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(439), __nccwpck_require__.e(867), __nccwpck_require__.e(241), __nccwpck_require__.e(487), __nccwpck_require__.e(761), __nccwpck_require__.e(423)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7423))).monitor
};
async function execute(settings, ctx) {
    const load = RUNNERS[settings.command];
    if (!load) {
        throw new errors/* UsageError */.eb(`command "${settings.command}" is not available in this version of modelgate yet`);
    }
    return (await load())(settings, ctx);
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
    let failOnDecision = true;
    try {
        const args = parseArgv(argv);
        json = args.json;
        command = args.command ?? command;
        if (args.help || !args.command) {
            io.stdout(helpText(args.command) + '\n');
            return args.help ? 0 : 2;
        }
        const settings = getSettings(name => (name === 'command' ? args.command : args.values.get(name)), io.cwd);
        failOnDecision = settings.failOnDecision;
        const log = json ? quietLog(io) : stderrLog(io);
        const ctx = { env: io.env, log };
        const result = await execute(settings, ctx);
        print(result, io, json, settings.workspace);
        return result.exitCode === 1 && !failOnDecision ? 0 : result.exitCode;
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
            io.stdout(JSON.stringify({
                command,
                ok: false,
                decision: error.exitCode === 1 ? 'fail' : undefined,
                errors: [
                    ...error.diagnostics,
                    {
                        file: '',
                        line: 0,
                        col: 0,
                        key: '',
                        message: error.message,
                        severity: 'error'
                    }
                ].map(toJsonError),
                result: null
            }) + '\n');
        }
        else {
            for (const d of error.diagnostics)
                io.stderr((0,errors/* formatDiagnostic */.xy)(d) + '\n');
            io.stderr(`modelgate: ${error.message}\n`);
        }
        return error.exitCode === 1 && !failOnDecision ? 0 : error.exitCode;
    }
}
function print(result, io, json, workspace) {
    if (json) {
        const errors = result.diagnostics.filter(d => d.severity === 'error').map(toJsonError);
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
    io.stdout(result.text + '\n');
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
