#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66283);
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

/***/ 66283:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __nccwpck_require__(95861);
;// CONCATENATED MODULE: ./src/present/outcome.ts
async function viewOf(outcome) {
    // A refusal is its one line; there is nothing to summarise.
    if (outcome.refusal !== undefined)
        return { text: outcome.refusal, summary: '' };
    switch (outcome.command) {
        case 'validate':
            return (await __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 46779))).validateView(outcome);
        case 'plan':
            return (await __nccwpck_require__.e(/* import() */ 694).then(__nccwpck_require__.bind(__nccwpck_require__, 9694))).planView(outcome);
        case 'evaluate':
            return (await __nccwpck_require__.e(/* import() */ 38).then(__nccwpck_require__.bind(__nccwpck_require__, 85038))).evaluateView(outcome);
        case 'compare':
            return (await __nccwpck_require__.e(/* import() */ 42).then(__nccwpck_require__.bind(__nccwpck_require__, 58042))).compareView(outcome);
        case 'report':
            return (await __nccwpck_require__.e(/* import() */ 697).then(__nccwpck_require__.bind(__nccwpck_require__, 55697))).reportView(outcome);
        case 'monitor':
            return (await __nccwpck_require__.e(/* import() */ 787).then(__nccwpck_require__.bind(__nccwpck_require__, 18787))).monitorView(outcome);
        case 'init':
            return (await __nccwpck_require__.e(/* import() */ 263).then(__nccwpck_require__.bind(__nccwpck_require__, 61263))).initView(outcome);
        case 'resolve':
            return (await __nccwpck_require__.e(/* import() */ 473).then(__nccwpck_require__.bind(__nccwpck_require__, 5473))).resolveView(outcome);
        case 'promote':
        case 'rollback':
        case 'register':
        case 'retire': {
            const { changeView, gatesRefusedView } = await __nccwpck_require__.e(/* import() */ 797).then(__nccwpck_require__.bind(__nccwpck_require__, 25797));
            return 'reasons' in outcome.result
                ? gatesRefusedView(outcome.result)
                : changeView(outcome.command, outcome.result);
        }
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/adapters/git-check-attr.ts


/** Loaded at the first git call: child_process (with the stream and net modules it needs) is ~5 ms of every start, and `validate` may run no git at all. */
const childProcess = () => process.getBuiltinModule('node:child_process');
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
    const child = childProcess().execFile('git', ['check-attr', '-z', '--stdin', attribute], {
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


/** Loaded at the first git call: child_process (with the stream and net modules it needs) is ~5 ms of every start, and `validate` may run no git at all. */
const git_childProcess = () => process.getBuiltinModule('node:child_process');
/**
 * The records of `git ls-tree -z` or `git ls-files -s -z` (space-separated fields, a tab, the
 * path, NUL), read in place: a listing of 70,000 files split into lines and fields first is
 * five strings a file for the collector. `shaField` is the object id's place among the fields.
 */
function fileEntries(stdout, shaField) {
    const files = [];
    for (let at = 0; at < stdout.length;) {
        const tab = stdout.indexOf('\t', at);
        const end = stdout.indexOf('\0', tab);
        if (tab < 0 || end < 0)
            break;
        let from = at;
        for (let i = 0; i < shaField; i++)
            from = stdout.indexOf(' ', from) + 1;
        const to = stdout.indexOf(' ', from);
        const sha = stdout.slice(from, to < 0 || to > tab ? tab : to);
        files.push({ path: stdout.slice(tab + 1, end), link: stdout.startsWith('120000 ', at), sha });
        at = end + 1;
    }
    return files;
}
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
            git_childProcess().execFile('git', [...base, ...args], { env: gitEnv, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
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
        async diffNames(base, head, untracked = true) {
            const range = head === undefined ? [base] : [base, head];
            // Both at once: each walks the working tree, and a caller may keep this thread busy.
            const [diff, others] = await Promise.all([
                git(['diff', '--name-only', '--no-renames', '-z', ...range, '--']),
                // New files not yet added are part of the working tree too.
                head === undefined && untracked
                    ? git(['ls-files', '-z', '--others', '--exclude-standard'])
                    : undefined
            ]);
            return [diff, others].flatMap(r => (r ? r.stdout.split('\0').filter(Boolean) : []));
        },
        async listFiles(rev, under) {
            if (!under.length)
                return [];
            const { stdout } = await git(['ls-tree', '-r', '-z', '--full-tree', rev, '--', ...under]);
            return fileEntries(stdout, 2); // `<mode> SP <type> SP <object> TAB <path>`
        },
        async indexFiles(under) {
            if (!under.length)
                return [];
            const { stdout } = await git(['ls-files', '-s', '-z', '--', ...under]);
            return fileEntries(stdout, 1); // `<mode> SP <object> SP <stage> TAB <path>`
        },
        show: (rev, paths) => catFileBatch(repoRoot, gitEnv, paths.map(p => [p, `${rev}:${p}`])),
        blobs: ids => catFileBatch(repoRoot, gitEnv, ids.map(id => [id, id])),
        async lastCommitDates(paths) {
            const out = new Map();
            if (!paths.length)
                return out;
            const wanted = new Set(paths);
            // One log for every path: past a few hundred pathspecs the command line grows long,
            // and the whole log is read instead (the same answer, matched by prefix below).
            const pathspecs = paths.length <= 256 ? ['--', ...paths] : [];
            const log = await git(['log', '-z', '--format=%x01%cI', '--name-only', '--no-renames', ...pathspecs], true);
            // No commit yet (a fresh `git init`): git knows no date.
            if (log.code !== 0)
                return out;
            let date = '';
            for (const raw of log.stdout.split('\0')) {
                const token = raw.replace(/^\n/, '');
                if (token.startsWith('\x01')) {
                    date = token.slice(1);
                    continue;
                }
                // Newest commit first: the first date seen for a path is its last change.
                for (let at = token.length; at > 0; at = token.lastIndexOf('/', at - 1)) {
                    const prefix = token.slice(0, at);
                    if (wanted.has(prefix) && !out.has(prefix))
                        out.set(prefix, date);
                }
            }
            return out;
        }
    };
}
/**
 * `git cat-file --batch`: one process for any number of files, so reading a
 * base revision's 10,000 shards costs one spawn. Output records are
 * `<sha> <type> <size>\n<bytes>\n`, or `<name> missing\n`.
 */
function catFileBatch(repoRoot, env, requests) {
    return new Promise((resolve, reject) => {
        const out = new Map();
        if (!requests.length)
            return resolve(out);
        const child = git_childProcess().spawn('git', ['-C', repoRoot, 'cat-file', '--batch'], { env });
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
            for (const [key] of requests) {
                const eol = buf.indexOf(10, at);
                if (eol < 0)
                    break;
                const header = buf.toString('utf8', at, eol).split(' ');
                at = eol + 1;
                if (header.length !== 3)
                    continue; // `<name> missing` or ambiguous: not in rev
                const size = Number(header[2]);
                if (header[1] === 'blob')
                    out.set(key, buf.subarray(at, at + size));
                at += size + 1;
            }
            resolve(out);
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(requests.map(([, object]) => `${object}\n`).join(''));
    });
}

;// CONCATENATED MODULE: ./src/commands/renderers.ts
/**
 * `render` with the run's secrets blanked out of everything it renders: a
 * body may quote a failed command's output, and it is sent to GitHub or
 * written where an artifact picks it up.
 */
function redactingRenderers(render, secrets) {
    return {
        pullRequestBody: async (content) => secrets.redact(await render.pullRequestBody(content)),
        monitorIssue: async (health, at, runUrl) => secrets.redactValue(await render.monitorIssue(health, at, runUrl)),
        reportPage: async (status) => secrets.redact(await render.reportPage(status))
    };
}

;// CONCATENATED MODULE: ./src/present/renderers.ts
const renderers = {
    pullRequestBody: async (content) => (await Promise.all(/* import() */[__nccwpck_require__.e(402), __nccwpck_require__.e(174)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85174))).renderPrBody(content),
    monitorIssue: async (health, at, runUrl) => {
        const { issueBody, issueTitle } = await __nccwpck_require__.e(/* import() */ 439).then(__nccwpck_require__.bind(__nccwpck_require__, 14439));
        return { title: issueTitle(health), body: issueBody(health, at, runUrl) };
    },
    reportPage: async (status) => (await __nccwpck_require__.e(/* import() */ 24).then(__nccwpck_require__.bind(__nccwpck_require__, 41024))).reportHtml(status)
};

// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __nccwpck_require__(27194);
;// CONCATENATED MODULE: ./src/settings/inputs.ts
const INPUT_TABLE = [
    {
        name: 'command',
        kind: 'string',
        description: 'What to do: validate, plan, register, retire, evaluate, compare, promote, rollback, report, monitor, init or resolve.'
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
        name: 'stage',
        kind: 'string',
        description: 'The stage whose versions resolve names (default: the last stage).'
    },
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
        description: "plan: the git revision under review, read from git (default: the checkout's working tree, untracked files included)."
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
        name: 'download-artifact',
        kind: 'boolean',
        default: 'false',
        description: "compare, promote: first download this workflow run's evaluation results (the artifacts evaluate uploaded, latest attempt) into output-dir."
    },
    {
        name: 'jobs',
        kind: 'string',
        description: "validate: the check workflow's job results as JSON (`toJSON(needs)`); the gate fails when one failed or did not run."
    },
    {
        name: 'commit-status',
        kind: 'boolean',
        default: 'false',
        description: 'validate: post the decision as the `modelgate/gates` commit status on the pull request head (not for fork pull requests).'
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
    },
    {
        name: 'cache',
        kind: 'boolean',
        default: 'true',
        description: 'Reuse an earlier evaluation of the same bytes, data and code (evaluate, plan): the Actions cache in Actions, a folder in the CLI.'
    },
    {
        name: 'cache-dir',
        kind: 'string',
        description: 'Keep the evaluation cache in this folder instead (default: the Actions cache in Actions, modelgate/ in the user cache folder in the CLI).'
    },
    {
        name: 'root',
        kind: 'string',
        description: "init: the folder that holds the stage folders (default: the manifest's folder)."
    },
    {
        name: 'stages',
        kind: 'list',
        description: 'init: the stage folders, in promotion order (default: the default stages that exist as folders).'
    },
    {
        name: 'benchmark',
        kind: 'string',
        description: "init: the benchmark copies' folder (default: benchmark), or false for none."
    },
    {
        name: 'archive',
        kind: 'string',
        description: 'init: the archive folder (default: archived).'
    },
    {
        name: 'layout',
        kind: 'string',
        description: "init: where a version's files live under root, as a layout template (default: {stage}/{model}/{version})."
    },
    {
        name: 'archive-layout',
        kind: 'string',
        description: "init: the archive's layout template (default: layout, with /{version} after {stage} where layout has no {version})."
    },
    {
        name: 'versioning',
        kind: 'string',
        default: 'semver',
        description: 'init: how versions are named: semver (default) or ordered (any name, ordered by createdAt).'
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
    'monitor',
    'init',
    'resolve'
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
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(6), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(357), __nccwpck_require__.e(990)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66990))).validate,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(395), __nccwpck_require__.e(279)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31279))).plan,
    evaluate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(395), __nccwpck_require__.e(29)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95029))).evaluate,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(395), __nccwpck_require__.e(28), __nccwpck_require__.e(541), __nccwpck_require__.e(165)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51165))).compare,
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(357), __nccwpck_require__.e(395), __nccwpck_require__.e(28), __nccwpck_require__.e(212), __nccwpck_require__.e(541), __nccwpck_require__.e(50)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63050))).promote,
    rollback: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(357), __nccwpck_require__.e(212), __nccwpck_require__.e(117)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51356))).rollback,
    register: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(357), __nccwpck_require__.e(395), __nccwpck_require__.e(28), __nccwpck_require__.e(212), __nccwpck_require__.e(541), __nccwpck_require__.e(403)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17403))).register,
    retire: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(357), __nccwpck_require__.e(212), __nccwpck_require__.e(834)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49143))).retire,
    report: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(150)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34150))).report,
    monitor: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(6), __nccwpck_require__.e(815), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(357), __nccwpck_require__.e(395), __nccwpck_require__.e(28), __nccwpck_require__.e(681), __nccwpck_require__.e(462)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50148))).monitor,
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(6), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(357), __nccwpck_require__.e(817)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51817))).init,
    resolve: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(550), __nccwpck_require__.e(402), __nccwpck_require__.e(315), __nccwpck_require__.e(580)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25580))).resolve
};
async function execute(settings, ctx) {
    // getSettings lets only known commands through; a caller that builds Settings by hand may not.
    if (!Object.hasOwn(RUNNERS, settings.command)) {
        throw new errors/* UsageError */.eb(`unknown command "${String(settings.command)}"; expected one of: ${COMMANDS.join(', ')}`);
    }
    // settings is the variant of settings.command, the one its runner takes.
    const run = (await RUNNERS[settings.command]());
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
        outputs: {},
        exitCode: 1
    };
}
/**
 * The real adapters: the git CLI, Octokit and the artifact client (both loaded when first used).
 * The log and the renderings blank out `secrets` (by default those `env` holds).
 */
function realContext(env, plainLog, secrets = src_secrets/* Secrets */.Sb.of(env)) {
    const log = (0,src_secrets/* redactingLog */.KR)(plainLog, secrets);
    return {
        env,
        log,
        secrets,
        now: () => new Date(),
        git: repoRoot => createGitCommandManager(repoRoot, env),
        github: async (target) => {
            const { createGitHubApi } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(913), __nccwpck_require__.e(35)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77035));
            return createGitHubApi({
                token: target.token,
                baseUrl: target.apiUrl,
                owner: target.owner,
                repo: target.repo,
                warn: message => log.warning(message)
            });
        },
        // Loaded when a command first runs a process or uploads, so other commands never load them.
        processes: async () => (await __nccwpck_require__.e(/* import() */ 348).then(__nccwpck_require__.bind(__nccwpck_require__, 97348))).createProcessRunner(),
        artifacts: async () => (await __nccwpck_require__.e(/* import() */ 740).then(__nccwpck_require__.bind(__nccwpck_require__, 15740))).createArtifactUploader(env),
        evaluationCache: async (request) => {
            const folder = await __nccwpck_require__.e(/* import() */ 597).then(__nccwpck_require__.bind(__nccwpck_require__, 84597));
            if (request.cacheDir)
                return folder.createFolderCacheStore(request.cacheDir);
            if (env.GITHUB_ACTIONS === 'true') {
                const actions = await __nccwpck_require__.e(/* import() */ 700).then(__nccwpck_require__.bind(__nccwpck_require__, 35700));
                return actions.createActionsCacheStore(env, request, log);
            }
            const dir = folder.defaultCacheDir(env);
            return dir ? folder.createFolderCacheStore(dir) : undefined;
        },
        render: redactingRenderers(renderers, secrets)
    };
}

;// CONCATENATED MODULE: ./src/settings/command-inputs.ts
/**
 * What each command reads, in one table: its inputs (besides `manifest` and
 * `fail-on-decision`, which every command reads) and the ones it requires.
 * getSettings checks the requirements once, in order, and the first that
 * does not hold is the usage error; settings.ts types them as present in
 * the command's variant. `--help` lists a command's inputs from here.
 */

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
    validate: {
        inputs: ['model', 'base', 'jobs', 'commit-status', 'allow-untrusted', 'token'],
        requires: []
    },
    plan: { inputs: ['base', 'head', 'output-dir', 'cache', 'cache-dir'], requires: [] },
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
                message: value => `retire needs "reason": why ${(0,clip/* clip */.$Q)(value('model') ?? '')} ${(0,clip/* clip */.$Q)(value('version') ?? '')} will not be promoted`
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
            'allow-untrusted',
            'cache',
            'cache-dir'
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
        inputs: [
            'model',
            'version',
            'candidate-results',
            'benchmark-results',
            'output-dir',
            'download-artifact'
        ],
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
            'download-artifact',
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
    monitor: { inputs: ['model', 'output-dir', 'dry-run', 'base', 'token'], requires: [] },
    init: {
        inputs: [
            'root',
            'layout',
            'archive-layout',
            'model',
            'stages',
            'benchmark',
            'archive',
            'versioning',
            'dry-run'
        ],
        requires: []
    },
    resolve: {
        inputs: ['model', 'stage'],
        requires: [{ all: ['model'], message: 'resolve needs "model" (and optionally "stage")' }]
    }
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
        throw new errors/* UsageError */.eb(`cannot read the event payload "${file}" (GITHUB_EVENT_PATH): ${reason}; expected the JSON file the runner writes there`);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`the event payload "${file}" (GITHUB_EVENT_PATH) is not valid JSON: ${error.message}`);
    }
    if (!isObject(payload)) {
        throw new errors/* UsageError */.eb(`the event payload "${file}" (GITHUB_EVENT_PATH) holds ${JSON.stringify(payload)?.slice(0, 40)}; expected a JSON object`);
    }
    const branch = field(payload.repository, 'default_branch');
    const pr = payload.pull_request;
    const run = payload.workflow_run;
    return {
        name,
        file,
        defaultBranch: typeof branch === 'string' && branch ? branch : undefined,
        pullRequest: pr === undefined || pr === null
            ? undefined
            : {
                head: repoName(field(pr, 'head')),
                base: repoName(field(pr, 'base')),
                headSha: nonEmpty(field(field(pr, 'head'), 'sha'))
            },
        workflowRun: run === undefined || run === null
            ? undefined
            : {
                head: fullName(field(run, 'head_repository')),
                repository: fullName(payload.repository) ?? fullName(field(run, 'repository'))
            }
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
    return fullName(field(ref, 'repo'));
}
function nonEmpty(value) {
    return typeof value === 'string' && value ? value : undefined;
}
/** `{ full_name }` → the full name, when it is one. */
function fullName(repository) {
    const name = field(repository, 'full_name');
    return typeof name === 'string' && name ? name : undefined;
}

;// CONCATENATED MODULE: ./src/settings/input-helper.ts
/**
 * Turns raw inputs (action inputs or CLI options, both by input name) into
 * Settings, validating once and early with messages that quote the bad
 * value: the command, booleans, the inputs the command requires
 * (command-inputs.ts), and the runner's event payload, read here once.
 */






/** GitHub refuses a label name longer than this (422); registry/git-names.ts checks stage labels. */
const LABEL_MAX_CHARS = 50;
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
        throw new errors/* UsageError */.eb(`input "${name}" must be true or false, got ${(0,clip/* quote */.hD)(value)}`);
    };
    const list = (name) => (str(name) ?? '')
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(Boolean);
    const command = str('command');
    if (!command)
        throw new errors/* UsageError */.eb(`missing required input "command" (one of: ${COMMANDS.join(', ')})`);
    if (!COMMANDS.includes(command)) {
        throw new errors/* UsageError */.eb(`unknown command ${(0,clip/* quote */.hD)(command)}; expected one of: ${COMMANDS.join(', ')}`);
    }
    const resolve = (p) => p === undefined ? undefined : external_node_path_default().resolve(workspace, p);
    const fields = {
        command: command,
        manifest: resolve(str('manifest')),
        model: str('model'),
        version: str('version'),
        to: str('to'),
        stage: str('stage'),
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
        labels: labelsInput(list('labels')),
        reviewers: list('reviewers'),
        draft: bool('draft'),
        token: read('token')?.trim() || undefined,
        uploadArtifact: bool('upload-artifact'),
        downloadArtifact: bool('download-artifact'),
        // JSON: trimmed like every input, never resolved as a path.
        jobs: str('jobs'),
        commitStatus: bool('commit-status'),
        allowUntrusted: bool('allow-untrusted'),
        failOnDecision: bool('fail-on-decision'),
        allowOlder: bool('allow-older'),
        cache: bool('cache'),
        cacheDir: resolve(str('cache-dir')),
        root: resolve(str('root')),
        stages: list('stages'),
        benchmark: str('benchmark'),
        archive: str('archive'),
        layout: str('layout'),
        archiveLayout: str('archive-layout'),
        versioning: str('versioning'),
        workspace
    };
    const unmet = unmetRequirement(fields.command, str);
    if (unmet)
        throw new errors/* UsageError */.eb(unmet);
    // The requirements of the command hold: that is what its variant of Settings says.
    return { ...fields, event: readRunnerEvent(env) };
}
/** The `labels` input, each label one GitHub accepts. */
function labelsInput(labels) {
    for (const label of labels) {
        const length = [...label].length;
        if (length > LABEL_MAX_CHARS) {
            throw new errors/* UsageError */.eb(`input "labels": the label ${(0,clip/* quote */.hD)(label)} is ${length} characters long; GitHub refuses labels over ${LABEL_MAX_CHARS} characters`);
        }
    }
    return labels;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
;// CONCATENATED MODULE: ./src/cli/argv.ts
/**
 * CLI arguments: `modelgate <command> [--input value | --input=value | --flag]`,
 * read by `node:util` parseArgs (strict; `--` ends the options). Option names
 * are the action's input names (inputs.ts); a boolean input may be given
 * bare (`--dry-run`), with a value (`--dry-run false`, `--dry-run=false`) or negated (`--no-cache`).
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
        throw new errors/* UsageError */.eb(`unexpected argument ${(0,clip/* quote */.hD)(extra)} (options are written --name value)`);
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
/** `--flag` → `--flag=true`, `--flag false` and `--no-flag` → `--flag=false`, up to a `--`. */
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
        if (arg.startsWith('--no-') && BOOLEAN_INPUTS.has(arg.slice(5))) {
            // `--no-cache` is `--cache=false`.
            args.push(`--${arg.slice(5)}=false`);
            written.push(arg);
        }
        else if (!arg.startsWith('--') || !BOOLEAN_INPUTS.has(arg.slice(2))) {
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
            return new errors/* UsageError */.eb(`unknown option ${(0,clip/* quote */.hD)(shown)}; run modelgate --help for the options`);
        }
        if (type === 'boolean' && token.value !== undefined) {
            return new errors/* UsageError */.eb(`option ${(0,clip/* quote */.hD)(shown)} takes no value, got ${(0,clip/* quote */.hD)(token.value)}`);
        }
        if (type === 'string' && token.value === undefined) {
            return new errors/* UsageError */.eb(`option ${(0,clip/* quote */.hD)(shown)} needs a value`);
        }
        if (type === 'string' && !token.inlineValue && /^-./.test(token.value ?? '')) {
            const next = written[token.index + 1];
            return new errors/* UsageError */.eb(`option ${(0,clip/* quote */.hD)(shown)} needs a value, got the option ${(0,clip/* quote */.hD)(next)} (write ${(0,clip/* clip */.$Q)(shown)}=${(0,clip/* clip */.$Q)(next)} if it is the value)`);
        }
    }
    return new errors/* UsageError */.eb(`cannot read the arguments: ${(0,clip/* clip */.$Q)(error.message)}`);
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * `--help`: `modelgate --help` lists the commands; `modelgate <command> --help`
 * (or `modelgate help <command>`) lists only that command's options, from the
 * command/input table (command-inputs.ts), and one example.
 */


const PULL_REQUEST_BASE = "The branch the pull request targets (default: the repository's default branch).";
const COMMAND_HELP = {
    validate: {
        synopsis: 'validate [--manifest PATH] [--model M] [--base REV]',
        summary: 'Checks the manifest: schema, names, stages, capacity, files and their sha256 digests, stray files and the benchmark copy.',
        example: 'modelgate validate --manifest models/registry.yaml',
        meaning: {
            model: 'Check only this model (reads only its file when the registry is sharded).',
            base: 'A git revision: history only grew since it and every stage change has its entry.'
        }
    },
    plan: {
        synopsis: 'plan [--base REV] [--head REV]',
        summary: 'Lists the versions that need evaluation as a job matrix.',
        example: 'modelgate plan --base origin/main',
        meaning: {
            base: 'A git revision: only versions whose files or model policy changed since it.'
        }
    },
    register: {
        synopsis: 'register --model M --version V --source DIR [--candidate-results R] [--dry-run]',
        summary: 'Adds a trained model to the first stage by pull request.',
        example: 'modelgate register --model keyword-classifier --version 1.5.0 --source .modelgate/keyword-classifier/1.5.0 --dry-run',
        meaning: { base: PULL_REQUEST_BASE }
    },
    retire: {
        synopsis: 'retire --model M --version V --reason TEXT [--dry-run]',
        summary: 'Moves a version that will not be promoted to the archive by pull request.',
        example: 'modelgate retire --model keyword-classifier --version 1.3.0 --reason "superseded by 1.4.0" --dry-run',
        meaning: { base: PULL_REQUEST_BASE }
    },
    evaluate: {
        synopsis: 'evaluate --model M --version V|benchmark [--train]',
        summary: "Runs the model's train/evaluate commands and writes result.json.",
        example: 'modelgate evaluate --model keyword-classifier --version 1.4.0'
    },
    compare: {
        synopsis: 'compare --model M --version V',
        summary: "Compares a candidate with the benchmark copy under the model's policy.",
        example: 'modelgate compare --model keyword-classifier --version 1.4.0'
    },
    promote: {
        synopsis: 'promote --model M --version V --to STAGE [--dry-run]',
        summary: 'Checks order and gates, then opens the promotion pull request.',
        example: 'modelgate promote --model keyword-classifier --version 1.4.0 --to production --dry-run',
        meaning: { base: PULL_REQUEST_BASE }
    },
    rollback: {
        synopsis: 'rollback --model M [--version V] [--dry-run]',
        summary: 'Returns production to the previous archived version by pull request.',
        example: 'modelgate rollback --model keyword-classifier --dry-run',
        meaning: {
            version: 'The archived version to bring back (default: the one production replaced).',
            base: PULL_REQUEST_BASE
        }
    },
    report: {
        synopsis: 'report [--output-dir DIR]',
        summary: 'Registry status as Markdown and a self-contained HTML page.',
        example: 'modelgate report --output-dir .modelgate'
    },
    monitor: {
        synopsis: 'monitor [--model M] [--dry-run]',
        summary: 'Re-checks production on fresh data and measures drift.',
        example: 'modelgate monitor --model keyword-classifier --dry-run',
        meaning: {
            model: 'Check only this model (default: every production model with a monitor section).',
            'dry-run': 'Check and print; open, update or close no issue and dispatch no workflow.',
            base: "The branch a retraining workflow runs on when monitor.retrain.ref is not set (default: the repository's default branch)."
        }
    },
    init: {
        synopsis: 'init [--manifest PATH] [--root DIR] [--layout TEMPLATE] [--archive-layout TEMPLATE] [--model NAME] [--stages a,b,c] [--benchmark FOLDER|false] [--archive FOLDER] [--versioning semver|ordered] [--dry-run]',
        summary: 'Writes a manifest for the model files a repository already has (moves no file).',
        example: 'modelgate init --manifest modelgate.yaml --root resources --layout "{stage}{ext}" --model keyword-classifier --stages development,staging,production --dry-run',
        meaning: {
            model: 'The model every file is a version of, where the layout has no {model} (required there, refused elsewhere).',
            versioning: 'semver (default) or ordered: any version name, ordered by createdAt; a version git cannot date (never committed) is then dated by this run.',
            'dry-run': 'Print the manifest instead of writing it; change no file.'
        }
    },
    resolve: {
        synopsis: 'resolve --model M [--stage S]',
        summary: 'Says which version(s) a stage holds, their share of traffic and where their files are.',
        example: 'modelgate resolve --model keyword-classifier --stage production --json'
    }
};
const EXIT_STATUS = 'Exit status: 0 pass, 1 a decision "no" (invalid manifest, failed gate), 2 usage or environment error.';
function helpText(command) {
    if (command && COMMANDS.includes(command)) {
        return commandHelpText(command);
    }
    const width = Math.max(...COMMANDS.map(c => c.length));
    return [
        'modelgate: a model registry in your git repository.',
        '',
        'Usage: modelgate <command> [--option value] [--json]',
        '',
        'Commands:',
        ...COMMANDS.map(c => `  ${c.padEnd(width)}  ${COMMAND_HELP[c].summary}`),
        '',
        'Options of every command:',
        ...optionLines(COMMON_INPUTS),
        ...CLI_OPTIONS,
        '',
        "Run `modelgate <command> --help` (or `modelgate help <command>`) for a command's options and an example.",
        EXIT_STATUS
    ].join('\n');
}
/** One command's inputs (COMMAND_INPUTS), the required ones marked, then what every command takes. */
function commandHelpText(command) {
    const help = COMMAND_HELP[command];
    const required = new Set(alwaysRequired(command));
    // Requirements with a choice (one input or another) are said in words.
    const choices = COMMAND_INPUTS[command].requires.filter(r => r.any || r.unless);
    return [
        `Usage: modelgate ${help.synopsis} [--json]`,
        `  ${help.summary}`,
        '',
        `Options of ${command} (* required):`,
        ...optionLines(COMMAND_INPUTS[command].inputs, required, help.meaning),
        ...choices.map(r => `  Also: ${typeof r.message === 'string' ? r.message : r.message(() => '…')}.`),
        '',
        'Options of every command:',
        ...optionLines(COMMON_INPUTS),
        ...CLI_OPTIONS,
        '',
        'Example:',
        `  ${help.example}`,
        '',
        EXIT_STATUS
    ].join('\n');
}
const OPTION_WIDTH = 20;
const CLI_OPTIONS = [
    `  ${'--json'.padEnd(OPTION_WIDTH)} Print one JSON object instead of text.`,
    `  ${'--help, -h'.padEnd(OPTION_WIDTH)} Print the commands; with a command (or \`modelgate help <command>\`), its options.`
];
function optionLines(names, required = new Set(), meaning = {}) {
    return names.map(name => {
        const i = INPUTS.find(input => input.name === name);
        const def = i.default && !i.default.includes('${{') ? ` (default: ${i.default})` : '';
        const option = `--${name}${required.has(name) ? ' *' : ''}`;
        return `  ${option.padEnd(OPTION_WIDTH)} ${meaning[name] ?? i.description}${def}`;
    });
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
/**
 * The CLI: argv → the same Settings → execute(). Human text on stdout,
 * diagnostics on stderr as `file:line:col: message`; with --json one object
 * on stdout whatever the exit status (SPEC §3).
 */









/** Problems printed as text before `… and N more`; the --json envelope lists every one. */
const TEXT_DIAGNOSTICS = 50;
async function runCli(argv, plainIo) {
    // Whatever the CLI prints has the run's secrets blanked: those in the environment, and the
    // --token value once it is known.
    let secrets = src_secrets/* Secrets */.Sb.of(plainIo.env);
    const io = {
        ...plainIo,
        stdout: text => plainIo.stdout(secrets.redact(text)),
        stderr: text => plainIo.stderr(secrets.redact(text))
    };
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
        secrets = src_secrets/* Secrets */.Sb.of(io.env, settings.token);
        const log = json ? quietLog(io) : stderrLog(io);
        const result = await execute(settings, realContext(io.env, log, secrets));
        await print(result, io, json, settings.workspace);
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
            const { shown, more } = (0,clip/* firstOf */.Ku)(error.diagnostics, TEXT_DIAGNOSTICS);
            for (const d of shown)
                io.stderr((0,errors/* formatDiagnostic */.xy)(d) + '\n');
            if (more)
                io.stderr((0,clip/* andMore */.v)(more, ' problems (--json lists every one)') + '\n');
            io.stderr(`modelgate: ${error.message}\n`);
        }
        return error.exitCode;
    }
}
async function print(result, io, json, workspace) {
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
    // A manifest with 100,000 bad entries prints its first problems and a count; --json has all.
    const { shown, more } = (0,clip/* firstOf */.Ku)(result.diagnostics, TEXT_DIAGNOSTICS);
    const root = result.repoRoot ?? workspace;
    for (const d of shown) {
        // Paths relative to the current directory are clickable in terminals and editors.
        const file = d.file ? external_node_path_default().relative(io.cwd, external_node_path_default().resolve(root, d.file)) || d.file : d.file;
        io.stderr((0,errors/* formatDiagnostic */.xy)(d, file) + '\n');
    }
    if (more)
        io.stderr((0,clip/* andMore */.v)(more, ' problems (--json lists every one)') + '\n');
    // A refusal is one error line, like a compiler's, not a report.
    if (result.refusal !== undefined)
        io.stderr(`modelgate: ${result.refusal}\n`);
    else
        io.stdout((await viewOf(result)).text + '\n');
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

/***/ 95861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Ku: () => (/* binding */ firstOf),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   mg: () => (/* binding */ CUT_NOTE),
/* harmony export */   v: () => (/* binding */ andMore)
/* harmony export */ });
/* unused harmony export CLIP_CHARS */
/**
 * Values a message quotes or `result.json` stores are cut at `CLIP_CHARS`
 * characters with a note of their whole length: a 100,000-character model
 * name, argument or line of a command's output must not make every message
 * that names it 100,000 characters long. Part of the kernel: any layer may
 * use it. `secrets.ts` blanks what is left of a secret that a cut split
 * (it knows the note by `CUT_NOTE`), so cutting never weakens the masking.
 */
/** The most characters of a value a message quotes. */
const CLIP_CHARS = 200;
/** The note after a cut value, e.g. `… (12,345 characters, cut)`; `secrets.ts` finds it by this. */
const CUT_NOTE = /… \([\d,]+ characters, cut\)/g;
/**
 * `value` unchanged when it has at most `max` characters; else its first `max`
 * characters and `… (N characters, cut)`, N its whole length. A character is a
 * code point: a cut never splits a surrogate pair.
 */
function clip(value, max = CLIP_CHARS) {
    // Code units ≥ code points: a value this short has at most `max` characters.
    if (value.length <= max)
        return value;
    const chars = [...value];
    if (chars.length <= max)
        return value;
    return `${chars.slice(0, max).join('')}… (${chars.length.toLocaleString('en-US')} characters, cut)`;
}
/** `"value"`, clipped: how a message quotes what the user wrote. */
function quote(value, max = CLIP_CHARS) {
    return `"${clip(value, max)}"`;
}
/**
 * A long list as people read it: its first `max` items, and how many are left out. With
 * `andMore`, a list of 100,000 problems prints as 50 lines and `… and 99,950 more`.
 */
function firstOf(items, max) {
    return items.length <= max
        ? { shown: items, more: 0 }
        : { shown: items.slice(0, max), more: items.length - max };
}
/** `… and 99,950 more` (then `rest`, e.g. where to find them all). */
function andMore(more, rest = '') {
    return `… and ${more.toLocaleString('en-US')} more${rest}`;
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
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(95861);
/**
 * User-facing errors. Every problem a user can cause is reported as a
 * Diagnostic that names the file, the line and column, and the manifest key,
 * so the CLI can print `file:line:col: message` and the action can raise an
 * annotation. Exit codes follow SPEC §3: 1 is a decision "no" (invalid
 * manifest, failed gate, unknown name), 2 is a usage or environment error.
 */

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
/**
 * Renders a JSON-ish key path (`['models', 'clf', 'versions', 0]`) as `models.clf.versions[0]`,
 * for people: a key longer than CLIP_CHARS is cut (clip.ts), as every message quoting it is.
 */
function keyPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${(0,_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(part)}` : (0,_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(part);
    }
    return out;
}


/***/ }),

/***/ 27194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ redactingLog),
/* harmony export */   Sb: () => (/* binding */ Secrets),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* unused harmony export SECRET_VARIABLES */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(95861);
/**
 * The secrets of one run and the one function that blanks them out of text
 * (SPEC §7): the `token` input and the credentials the runner puts in the
 * environment. Whatever leaves modelgate — the log, the job summary, the
 * action's outputs, the CLI's text, `result.json`, pull request and issue
 * bodies — goes through `redact` first, so a manifest command that prints
 * its environment, or an error that quotes a token, puts `***` there instead.
 * Part of the kernel: any layer may use it, it imports only the Logger type.
 */

/** The variables whose values are credentials of this run (`INPUT_TOKEN` is the `token` input). */
const SECRET_VARIABLES = [
    'INPUT_TOKEN',
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
];
/** What a secret is replaced with, as the runner masks it. */
const MASK = '***';
/**
 * Values shorter than this are not blanked: no GitHub credential is that
 * short, and blanking them would mangle ordinary words in every output.
 */
const MIN_SECRET_LENGTH = 4;
/**
 * The forms a secret is written in besides itself: URL-encoded, base64, and the
 * `AUTHORIZATION: basic …` value actions/checkout leaves in `.git/config`
 * (base64 of `x-access-token:<token>`), which any command can print.
 */
function encodings(secret) {
    const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');
    return [encodeURIComponent(secret), base64(secret), base64(`x-access-token:${secret}`)];
}
class Secrets {
    /** The secrets themselves (as given, and trimmed). */
    values;
    /** What is blanked: the secrets and their encodings, longest first (so one containing another is blanked whole). */
    forms;
    constructor(values) {
        const found = new Set();
        for (const value of values) {
            if (typeof value !== 'string')
                continue;
            // A token read from a file or a secret often carries a newline: blank it with and without.
            for (const v of [value, value.trim()])
                if (v.length >= MIN_SECRET_LENGTH)
                    found.add(v);
        }
        this.values = [...found];
        const forms = new Set(this.values);
        for (const v of this.values)
            for (const form of encodings(v))
                forms.add(form);
        this.forms = [...forms].sort((a, b) => b.length - a.length);
    }
    /** The secrets of a run: the `token` input (`token`, else INPUT_TOKEN) and the runner's credentials in `env`. */
    static of(env, token) {
        return new Secrets([token, ...SECRET_VARIABLES.map(name => env[name])]);
    }
    /** `text` with every secret replaced by `***`, also the start of one that a cut value ends with. */
    redact(text) {
        let out = text;
        for (const secret of this.forms)
            if (out.includes(secret))
                out = out.replaceAll(secret, MASK);
        return this.forms.length && out.includes('…') ? this.blankCutSecrets(out) : out;
    }
    /**
     * A value cut by `clip` (clip.ts) may end in the first characters of a secret that the
     * cut split: no longer the whole secret, `redact` would pass them on. The part before
     * each cut note that is the start of a secret is blanked too.
     */
    blankCutSecrets(text) {
        let out = '';
        let from = 0;
        for (const note of text.matchAll(_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .CUT_NOTE */ .mg)) {
            const before = text.slice(from, note.index);
            const cut = this.secretStartAtEnd(before);
            out += (cut ? before.slice(0, before.length - cut) + MASK : before) + note[0];
            from = note.index + note[0].length;
        }
        return from ? out + text.slice(from) : text;
    }
    /** The length of the longest start of a secret (at least MIN_SECRET_LENGTH long) that `text` ends with. */
    secretStartAtEnd(text) {
        let best = 0;
        for (const form of this.forms) {
            for (let k = Math.min(form.length - 1, text.length); k >= MIN_SECRET_LENGTH && k > best; k--) {
                if (text.endsWith(form.slice(0, k))) {
                    best = k;
                    break;
                }
            }
        }
        return best;
    }
    /** `JSON.stringify(value, null, space)` with every string in it, keys included, redacted. */
    redactJson(value, space) {
        return JSON.stringify(value, (_key, v) => {
            if (typeof v === 'string')
                return this.redact(v);
            if (v !== null && typeof v === 'object' && !Array.isArray(v) && this.values.length) {
                return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.redact(k), x]));
            }
            return v;
        }, space);
    }
    /** A copy of a JSON value (what `JSON.parse` gives back) with every string in it redacted. */
    redactValue(value) {
        return this.values.length && value !== undefined
            ? JSON.parse(this.redactJson(value))
            : value;
    }
    /**
     * A writer for streamed text (a child's output), which arrives in chunks
     * that may cut a secret in two: text is passed on, redacted, once no secret
     * can still be completed by what follows (a line end, or more characters
     * than the longest secret); `end()` passes on the rest.
     */
    stream(write) {
        const longest = this.forms[0]?.length ?? 0;
        let held = '';
        return {
            write: chunk => {
                if (longest === 0)
                    return write(chunk);
                const text = this.redact(held + chunk);
                // A secret holds no line break, so one that is still incomplete starts after the last,
                // and within the last `longest - 1` characters.
                const cut = Math.max(text.lastIndexOf('\n') + 1, text.length - (longest - 1));
                held = text.slice(cut);
                if (cut > 0)
                    write(text.slice(0, cut));
            },
            end: () => {
                if (held)
                    write(this.redact(held));
                held = '';
            }
        };
    }
}
/** `log` with every message, group name and chunk of child output redacted. */
function redactingLog(log, secrets) {
    return {
        info: message => log.info(secrets.redact(message)),
        warning: message => log.warning(secrets.redact(message)),
        write: chunk => log.write(secrets.redact(chunk)),
        group: (name, fn) => log.group(secrets.redact(name), fn)
    };
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
