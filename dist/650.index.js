export const id = 650;
export const ids = [650];
export const modules = {

/***/ 26967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ gitCheckAttr)
/* harmony export */ });
/* unused harmony export parseCheckAttr */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
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
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(repoRoot).isDirectory())
            throw new Error(`${repoRoot} is not a folder`);
    }
    catch (err) {
        return reject(err instanceof Error ? err : new Error(String(err)));
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['check-attr', '-z', '--stdin', attribute], {
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
            return reject(new Error(`git check-attr: ${why.split('\n')[0]}`));
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


/***/ }),

/***/ 53174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createGitCommandManager)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92174);
/* harmony import */ var _git_check_attr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26967);
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
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...base, ...args], { env: gitEnv, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
                if (!error)
                    return resolve({ code: 0, stdout });
                const e = error;
                if (e.code === 'ENOENT') {
                    return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('git is not installed or not on PATH; promote needs it'));
                }
                if (allowFailure && typeof e.code === 'number')
                    return resolve({ code: e.code, stdout });
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(failure(args, stderr.trim() || error.message)));
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
        checkAttr: (paths, attribute) => (0,_git_check_attr_js__WEBPACK_IMPORTED_MODULE_2__/* .gitCheckAttr */ .Q)(repoRoot, paths, gitEnv, attribute),
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-C', repoRoot, 'cat-file', '--batch'], { env });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', err => reject(err.code === 'ENOENT'
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('git is not installed or not on PATH')
            : err));
        child.on('close', code => {
            if (code !== 0) {
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`git cat-file --batch failed in ${repoRoot}: ${stderr.trim().split('\n')[0]}`));
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


/***/ }),

/***/ 28468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ loadSoundRegistry),
/* harmony export */   b: () => (/* binding */ requireSound)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92174);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62114);
/* harmony import */ var _registry_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77118);
/**
 * Loading the registry for a command other than `validate`: the manifest must
 * be sound (schema and rules) before anything acts on it; file digests are
 * left to `validate` and to each command's own checks.
 */



async function loadSoundRegistry(manifestPath, env, onlyModel) {
    return requireSound(await (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRegistry */ .Ag)({ manifestPath, onlyModel, env }));
}
/** The loaded registry, or the refusal naming the first error (a registry read from git too). */
function requireSound(loaded) {
    const diagnostics = [
        ...loaded.diagnostics,
        ...(loaded.registry ? (0,_registry_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRules */ .M)(loaded.registry) : [])
    ];
    const errors = diagnostics.filter(d => d.severity === 'error');
    if (errors.length || !loaded.registry) {
        const first = errors[0] ? `: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(errors[0])}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`the registry ${loaded.manifest.relPath} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}; run validate)${first}`, errors);
    }
    return loaded.registry;
}


/***/ }),

/***/ 8650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plan: () => (/* binding */ plan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/evaluation/plan-matrix.ts
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

// EXTERNAL MODULE: ./src/registry/changed-versions.ts
var changed_versions = __webpack_require__(17707);
// EXTERNAL MODULE: ./src/registry/repo-root.ts
var repo_root = __webpack_require__(79798);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(28468);
// EXTERNAL MODULE: ./src/present/markdown.ts
var markdown = __webpack_require__(44244);
// EXTERNAL MODULE: ./src/commands/revision-registry.ts
var revision_registry = __webpack_require__(72327);
;// CONCATENATED MODULE: ./src/commands/plan.ts
/**
 * `plan` (SPEC §3): which versions need evaluation, as a job matrix. Without
 * `base`, every version that is not archived; with it, those whose files or
 * model policy changed between `base` and `head`, plus each such model's
 * benchmark copy. Outputs `matrix` (JSON) and `count` (entries, not jobs:
 * a caller skips the matrix job at 0).
 * Recipe: load head → read base → select → matrix → report.
 */







const TEXT_ROWS = 50;
const SUMMARY_ROWS = 500;
const WHY = {
    all: 'not archived',
    new: 'new version',
    files: 'files changed',
    policy: 'model policy changed',
    benchmark: 'benchmark copy (for the comparison)'
};
async function plan(settings, ctx) {
    const reg = await loadHead(settings, ctx.env);
    let base;
    if (settings.base) {
        const git = await (0,revision_registry/* gitWithCommit */.gS)(reg.repoRoot, ctx.env, settings.base, 'base');
        base = await (0,revision_registry/* readBase */.wZ)(git, reg, settings.base, settings.head);
    }
    const entries = (0,changed_versions/* selectVersions */.QR)(reg, base);
    const matrix = buildMatrix(entries);
    const result = {
        base: base?.commit ?? null,
        head: settings.head ?? null,
        count: entries.length,
        jobs: matrix.include.length,
        matrix,
        entries
    };
    const scope = base
        ? `changed between ${settings.base} (${base.commit.slice(0, 12)}) and ${settings.head ?? 'the checkout'}`
        : 'every version not archived (no base)';
    const headline = entries.length === 0
        ? `plan: nothing to evaluate (${scope})`
        : `plan: ${plural(entries.length, 'entry', 'entries')} in ${plural(matrix.include.length, 'job')} (${scope})`;
    return {
        command: 'plan',
        ok: true,
        diagnostics: [],
        result,
        text: [headline, ...textTable(entries)].join('\n'),
        summary: summary(headline, entries, matrix),
        outputs: { matrix: JSON.stringify(matrix), count: String(entries.length) },
        repoRoot: reg.repoRoot,
        exitCode: 0
    };
}
/** The registry under review: the checkout's working tree, or `head` read from git. */
async function loadHead(settings, env) {
    if (!settings.head)
        return (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, env);
    const repoRoot = (0,repo_root/* findRepoRoot */.G)(external_node_path_default().dirname(settings.manifest), env);
    const git = await (0,revision_registry/* gitWithCommit */.gS)(repoRoot, env, settings.head, 'head');
    const manifestRel = external_node_path_default().relative(repoRoot, settings.manifest).split((external_node_path_default()).sep).join('/');
    const loaded = await (0,revision_registry/* readRegistryAt */.ri)(git, repoRoot, manifestRel, settings.head);
    return (0,load_for_command/* requireSound */.b)(loaded);
}
function textTable(entries) {
    if (!entries.length)
        return [];
    const { shown, note } = (0,markdown/* capped */.uo)(entries, TEXT_ROWS);
    const rows = [['model', 'version', 'stage', 'why'], ...shown.map(row)];
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    const lines = rows.map(r => r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd());
    return note ? [...lines, note] : lines;
}
function row(e) {
    return [e.model, e.version, e.stage, WHY[e.reason]];
}
function summary(headline, entries, matrix) {
    const parts = ['## modelgate plan', '', headline, ''];
    if (entries.length) {
        const { shown, note } = (0,markdown/* capped */.uo)(entries, SUMMARY_ROWS);
        parts.push((0,markdown/* table */.tp)(['model', 'version', 'stage', 'why'], shown.map(row)), '');
        if (note)
            parts.push(note, '');
    }
    if (matrix.include.some(job => 'entries' in job)) {
        parts.push(`More than ${MAX_JOBS} entries: grouped into ${matrix.include.length} jobs, each evaluating a list such as \`${formatEntry(entries[0])},…\` with \`evaluate --entries\`.`);
    }
    return parts.join('\n');
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}


/***/ }),

/***/ 72327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gS: () => (/* binding */ gitWithCommit),
/* harmony export */   ri: () => (/* binding */ readRegistryAt),
/* harmony export */   wZ: () => (/* binding */ readBase)
/* harmony export */ });
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53174);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92174);
/* harmony import */ var _registry_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16627);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62114);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89149);
/* harmony import */ var _registry_source_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33106);
/**
 * The registry as a git revision has it, for `plan` and `validate --base`:
 * the manifest and its shards read with `git show` (one `git cat-file
 * --batch`) and loaded by the same loader as the working tree.
 *
 * For the base, only files that differ from the head are read from git: a
 * shard the diff does not name is the head's own file, so its model entry
 * is reused as it is. On a 10,000-shard registry a pull request that touches
 * one model reads one shard, not 10,000.
 */






/** The git CLI in the repository, after checking that `rev` is a commit it has. */
async function gitWithCommit(repoRoot, env, rev, input) {
    if (rev.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${input}": "${rev}" is not a git revision`);
    const git = (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitCommandManager */ .x)(repoRoot, env);
    if (!(await git.hasCommit(rev))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} ${rev} is not in this checkout: check out with fetch-depth: 0 (actions/checkout fetches one commit by default)`);
    }
    return git;
}
/**
 * Reads the base revision. `head` is a revision, or undefined for the
 * working tree (what `reg` was loaded from).
 */
async function readBase(git, reg, base, head) {
    const commit = await git.revParse(base);
    const changedPaths = await git.diffNames(commit, head);
    const changed = new Set(changedPaths);
    const manifestRel = reg.manifest.relPath;
    const atBase = await loadAtRevision(git, reg.repoRoot, manifestRel, commit, f => changed.has(f));
    const models = new Map();
    const histories = [];
    if (atBase?.loaded.registry) {
        const baseReg = atBase.loaded.registry;
        histories.push(baseReg.data.history ?? []);
        for (const m of baseReg.models) {
            models.set(m.name, m.spec);
            if (m.spec.history)
                histories.push(m.spec.history);
        }
        // Shards the diff leaves out are byte for byte the head's.
        const sameAsHead = new Set(atBase.shardFiles.filter(f => !changed.has(f)));
        for (const m of reg.models) {
            if (m.source === reg.manifest || !sameAsHead.has(m.source.relPath))
                continue;
            models.set(m.name, m.spec);
            if (m.spec.history)
                histories.push(m.spec.history);
        }
    }
    return { rev: base, commit, models, histories, changedPaths };
}
/** The whole registry at `rev` (plan's `head`). */
async function readRegistryAt(git, repoRoot, manifestRel, rev) {
    const found = await loadAtRevision(git, repoRoot, manifestRel, rev, () => true);
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the manifest ${manifestRel} does not exist at ${rev}`);
    return found.loaded;
}
/**
 * Loads the manifest at `rev` and those of its shards `keep` accepts.
 * Undefined when the manifest does not exist at `rev` (a registry created
 * since: everything in it is new).
 */
async function loadAtRevision(git, repoRoot, manifestRel, rev, keep) {
    const manifestText = (await git.show(rev, [manifestRel])).get(manifestRel);
    if (manifestText === undefined)
        return undefined;
    const patterns = includePatterns(new _registry_source_file_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceFile */ .s(manifestRel, manifestRel, manifestText));
    const folders = [...new Set(patterns.map(p => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globBase */ .EI)(p) || '.'))];
    const listing = await git.listFiles(rev, folders);
    const shardFiles = [...new Set(patterns.flatMap(p => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .matchGlob */ .sB)(p, listing)))].filter(f => f !== manifestRel);
    const wanted = shardFiles.filter(keep);
    const texts = await git.show(rev, wanted);
    texts.set(manifestRel, manifestText);
    const loaded = await (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRegistryWith */ .yV)({ read: rel => texts.get(rel), glob: pattern => (0,_registry_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .matchGlob */ .sB)(pattern, wanted) }, { repoRoot, manifestRel });
    return { loaded, shardFiles };
}
/** The manifest's safe `include` globs; none when it does not parse (the loader says why). */
function includePatterns(manifest) {
    let data;
    try {
        data = manifest.parse();
    }
    catch {
        return [];
    }
    const include = data?.include;
    if (!Array.isArray(include))
        return [];
    return include.filter((p) => typeof p === 'string' && !(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .unsafePathReason */ .m0)(p, 'include pattern'));
}


/***/ }),

/***/ 44244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uo: () => (/* binding */ capped)
/* harmony export */ });
/** Small Markdown builders shared by command summaries. */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
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


/***/ }),

/***/ 17707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Am: () => (/* binding */ findVersion),
/* harmony export */   QR: () => (/* binding */ selectVersions)
/* harmony export */ });
/* unused harmony exports BENCHMARK_VERSION, POLICY_KEYS */
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24079);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24797);
/**
 * Which versions need evaluation (SPEC §3 `plan`). Pure: the caller reads
 * the head registry, the base revision's model entries and the paths git
 * says changed; this module only decides.
 *
 * - Without a base every version that is not archived is selected.
 * - With one, a version is selected when it is new, when its `files`
 *   digests changed, when a file under its folder changed, or when its
 *   model's policy (`metrics`, `compare`, `evaluate`, `train`) changed — a
 *   policy change selects every version of the model that is not archived.
 * - The benchmark copy joins a model's entries when a selected version may
 *   be compared with it: one outside the stage the copy mirrors (the
 *   production version's own copy would be compared with itself).
 */


/** The `version` of the benchmark copy's entry, as `evaluate` reads it. */
const BENCHMARK_VERSION = 'benchmark';
/** The keys whose change means every live version of the model must be evaluated again. */
const POLICY_KEYS = ['metrics', 'compare', 'evaluate', 'train'];
function selectVersions(reg, base) {
    const changedFolders = base ? foldersOf(base.changedPaths) : new Set();
    const out = [];
    for (const model of reg.models) {
        const live = model.spec.versions.filter(v => v.stage !== reg.archive.folder);
        const baseSpec = base?.models.get(model.name);
        const policyChanged = base !== undefined && baseSpec !== undefined && policyDiffers(baseSpec, model.spec);
        const picked = [];
        for (const v of live) {
            const reason = base ? why(reg, model, v, baseSpec, policyChanged, changedFolders) : 'all';
            if (reason)
                picked.push({ model: model.name, version: v.version, stage: v.stage, reason });
        }
        out.push(...picked);
        const copy = benchmarkEntry(reg, model, picked);
        if (copy)
            out.push(copy);
    }
    return out;
}
function why(reg, model, v, baseSpec, policyChanged, changedFolders) {
    const before = baseSpec && findVersion(baseSpec.versions, v.version);
    if (!before)
        return 'new';
    if (canonical(before.files) !== canonical(v.files))
        return 'files';
    if (changedFolders.has((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .versionDir */ .EE)(reg, model.name, v)))
        return 'files';
    if (policyChanged)
        return 'policy';
    return undefined;
}
function benchmarkEntry(reg, model, picked) {
    if (!reg.benchmark)
        return undefined;
    const copyOf = reg.benchmark.copyOf;
    if (!picked.some(e => e.stage !== copyOf))
        return undefined;
    if (!(0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .benchmarkSource */ .Dv)(reg, model))
        return undefined;
    return {
        model: model.name,
        version: BENCHMARK_VERSION,
        stage: reg.benchmark.folder,
        reason: 'benchmark'
    };
}
function policyDiffers(a, b) {
    return POLICY_KEYS.some(k => canonical(a[k]) !== canonical(b[k]));
}
/** The version entry for `version`: the same text, else the same SemVer precedence. */
function findVersion(versions, version) {
    return (versions.find(v => v.version === version) ??
        versions.find(v => (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(v.version, version) === 0));
}
/** Every folder that holds a changed path, at any depth: one set lookup per version. */
function foldersOf(paths) {
    const out = new Set();
    for (const p of paths) {
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
            out.add(p.slice(0, i));
    }
    return out;
}
/** JSON with sorted keys: a reordered mapping in the manifest is not a change. */
function canonical(value) {
    return (JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v) ?? 'undefined');
}


/***/ })

};
