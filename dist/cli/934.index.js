export const id = 934;
export const ids = [934];
export const modules = {

/***/ 9934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/file-checks.ts + 1 modules
var file_checks = __webpack_require__(25475);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/adapters/git-check-attr.ts
var git_check_attr = __webpack_require__(6341);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/registry/lfs-attributes.ts
/**
 * Git LFS warnings for `validate` (issue #5):
 *
 * - a version file over GitHub's 100 MiB limit stored as a real file that
 *   nothing routes through Git LFS: a push would be refused;
 * - `.gitattributes` that route a model's files through LFS in some managed
 *   folders (stage, archive, benchmark) but not in others: a promotion moves
 *   the pointer into a folder where git treats it as a plain file.
 *
 * `.gitattributes` are evaluated exactly as git does, by one
 * `git check-attr -z --stdin filter` over every path asked about. git runs
 * only when an attributes file that can apply to model files mentions
 * `filter=lfs` (see `lfsAttributeFiles`): a registry without LFS costs a few
 * `readFileSync` calls and no process. When git is missing or the folder is no
 * repository the attribute-based warnings are skipped (the reason is in the
 * returned note): `validate` never fails because of them.
 */





const LFS_FILTER = /(?:^|\s)filter=lfs(?:\s|$)/m;
async function checkLfs(reg, large, options) {
    const t0 = performance.now();
    const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models;
    const attributes = lfsAttributeFiles(reg);
    const note = { attributes, paths: 0, ms: 0 };
    const done = (diagnostics) => {
        note.ms = Math.round((performance.now() - t0) * 10) / 10;
        return { diagnostics, note };
    };
    // Nothing mentions LFS: no path is routed through it, and git need not run.
    if (!attributes.length)
        return done(lfsDiagnostics(reg, models, large, () => false));
    const paths = new Set(large.map(f => f.rel));
    for (const model of models) {
        for (const dir of folderDirs(reg, model).values()) {
            for (const file of model.spec.files)
                paths.add(`${dir}/${file}`);
        }
    }
    let answers;
    try {
        answers = await options.runner(reg.repoRoot, [...paths], {
            ...(options.env ?? process.env)
        });
    }
    catch (err) {
        note.skipped = err instanceof Error ? err.message : String(err);
        return done([]);
    }
    note.paths = paths.size;
    return done(lfsDiagnostics(reg, models, large, rel => answers.get(rel) === 'lfs'));
}
/**
 * The attributes files that decide whether git must run: `.gitattributes` in
 * the repository root and in every folder down to the registry root, and
 * `.git/info/attributes`, kept when they mention `filter=lfs` (macros that
 * set it included, as their definition does). Files deeper down need not be
 * read: inside a managed folder a `.gitattributes` is a stray file, which
 * `validate` already reports, and no other folder holds model files.
 * Attributes outside the repository (core.attributesFile, the system file)
 * are not committed, so GitHub and other clones never see them.
 */
function lfsAttributeFiles(reg) {
    const candidates = ['.git/info/attributes', '.gitattributes'];
    let dir = '';
    for (const part of reg.root === '.' ? [] : reg.root.split('/')) {
        dir = dir ? `${dir}/${part}` : part;
        candidates.push(`${dir}/.gitattributes`);
    }
    return candidates.filter(rel => {
        try {
            return LFS_FILTER.test((0,external_node_fs_.readFileSync)(external_node_path_default().join(reg.repoRoot, rel), 'utf8'));
        }
        catch {
            return false; // absent (or `.git` is a file: a worktree, whose info is elsewhere)
        }
    });
}
/**
 * Where the model's versions sit in each managed folder, at a representative
 * version (its first): attribute patterns rarely depend on the version.
 */
function folderDirs(reg, model) {
    const version = model.spec.versions[0]?.version ?? '0.0.0';
    return new Map((0,layout/* managedFolders */.BR)(reg).map(f => [f, (0,paths/* joinRel */.gN)(reg.root, f, model.name, version)]));
}
/**
 * The rule, given whether git routes a path through LFS:
 * - each large file not routed → a warning at its `files` entry;
 * - each folder that would receive a model's pointer file from a folder that
 *   routes it through LFS, while not routing it itself → a warning per model
 *   and folder, at the model entry. A folder receives versions from: the
 *   stages before it and the archive (a stage), every stage (the archive),
 *   the stage it copies (the benchmark).
 * The reverse (a plain file promoted into an LFS folder) keeps working on
 * checkout and is not reported.
 */
function lfsDiagnostics(reg, models, large, isLfs) {
    const out = [];
    const limitMiB = file_checks/* GITHUB_FILE_LIMIT */.j / 2 ** 20;
    for (const f of large) {
        if (isLfs(f.rel))
            continue;
        out.push(f.model.source.diagnostic(f.at, `${f.rel} is ${mebibytes(f.size)} MiB and not in Git LFS: GitHub refuses files over ${limitMiB} MiB in git; track it with \`git lfs track\` (.gitattributes)`, undefined, 'warning'));
    }
    const sources = movesInto(reg);
    for (const model of models) {
        const routed = new Map();
        for (const [folder, dir] of folderDirs(reg, model)) {
            routed.set(folder, new Set(model.spec.files.filter(file => isLfs(`${dir}/${file}`))));
        }
        for (const [folder, from] of sources) {
            const here = routed.get(folder);
            const missing = new Set();
            const where = [];
            for (const source of from) {
                const files = [...routed.get(source)].filter(f => !here.has(f));
                if (!files.length)
                    continue;
                files.forEach(f => missing.add(f));
                where.push(source);
            }
            if (!missing.size)
                continue;
            out.push(model.source.diagnostic(model.at, `.gitattributes routes ${model.name}'s ${[...missing].join(', ')} through Git LFS in ${where.join(', ')} but not in ${folder}: a version moved there would be a plain pointer file; add a pattern for ${(0,paths/* joinRel */.gN)(reg.root, folder)}/**`, undefined, 'warning'));
        }
    }
    return out;
}
/** Managed folder → the folders whose versions can move into it (promotion, archiving, rollback, benchmark copy). */
function movesInto(reg) {
    const stages = (0,layout/* stageNames */.hL)(reg);
    const archive = reg.archive.folder;
    const out = new Map();
    stages.forEach((s, i) => out.set(s, [...stages.slice(0, i), archive]));
    out.set(archive, stages);
    if (reg.benchmark)
        out.set(reg.benchmark.folder, [reg.benchmark.copyOf]);
    return out;
}
function mebibytes(bytes) {
    return Math.round(bytes / 2 ** 20);
}

// EXTERNAL MODULE: ./src/registry/load.ts + 7 modules
var load = __webpack_require__(92518);
// EXTERNAL MODULE: ./src/registry/rules.ts
var rules = __webpack_require__(70956);
// EXTERNAL MODULE: ./src/commands/markdown.ts
var markdown = __webpack_require__(76469);
;// CONCATENATED MODULE: ./src/commands/validate.ts
/**
 * `validate` (SPEC §2, §3): schema, rules and files, every error located.
 * Recipe: load → rules → files → report.
 */








const SUMMARY_ROWS = 500;
async function validate(settings, ctx) {
    const t0 = performance.now();
    const loaded = await (0,load/* loadRegistry */.A)({
        manifestPath: settings.manifest,
        onlyModel: settings.model,
        env: ctx.env
    });
    const t1 = performance.now();
    const diagnostics = [...loaded.diagnostics];
    const reg = loaded.registry;
    let files = null;
    let lfs = null;
    let t2 = t1;
    if (reg && !diagnostics.some(d => d.severity === 'error')) {
        if (settings.model && !reg.models.some(m => m.name === settings.model)) {
            throw new src_errors/* DecisionError */.bW(`model "${settings.model}" is not in the registry ${reg.manifest.relPath} (models: ${reg.models
                .map(m => m.name)
                .slice(0, 20)
                .join(', ') || 'none'})`);
        }
        diagnostics.push(...(0,rules/* checkRules */.M)(reg));
        t2 = performance.now();
        if (!diagnostics.some(d => d.severity === 'error')) {
            const checked = await ctx.log.group('Verifying model files', () => (0,file_checks/* checkFiles */.g)(reg));
            diagnostics.push(...checked.diagnostics);
            files = checked.stats;
            // Warnings only: a push GitHub would refuse, promotions that would break LFS.
            const lfsCheck = await checkLfs(reg, checked.large, { env: ctx.env, runner: git_check_attr/* gitCheckAttr */.Q });
            diagnostics.push(...lfsCheck.diagnostics);
            lfs = lfsCheck.note;
        }
    }
    const t3 = performance.now();
    sortDiagnostics(diagnostics);
    const errors = diagnostics.filter(d => d.severity === 'error');
    const ok = errors.length === 0;
    const manifest = loaded.manifest.relPath;
    const models = reg
        ? settings.model
            ? reg.models.filter(m => m.name === settings.model)
            : reg.models
        : [];
    const result = {
        manifest,
        models: models.length,
        versions: models.reduce((n, m) => n + m.spec.versions.length, 0),
        files,
        lfs,
        stages: reg ? stageTable(reg, settings.model) : {},
        timings: { loadMs: round(t1 - t0), rulesMs: round(t2 - t1), filesMs: round(t3 - t2) }
    };
    const text = ok
        ? `✔ ${manifest} is valid: ${plural(result.models, 'model')}, ${plural(result.versions, 'version')}, ${plural(files?.files ?? 0, 'file')} verified${files?.lfsPointers ? ` (${files.lfsPointers} by Git LFS pointer)` : ''}`
        : `✖ ${manifest}: ${plural(errors.length, 'error')}`;
    return {
        command: 'validate',
        ok,
        decision: ok ? 'pass' : 'fail',
        diagnostics,
        result,
        text,
        summary: summary(reg, result, diagnostics, text),
        outputs: {},
        repoRoot: loaded.repoRoot,
        exitCode: ok ? 0 : 1
    };
}
function stageTable(reg, only) {
    const out = {};
    for (const m of reg.models) {
        if (only && m.name !== only)
            continue;
        const row = {};
        for (const v of m.spec.versions) {
            const label = v.traffic !== undefined && v.traffic < 100 ? `${v.version} (${v.traffic}%)` : v.version;
            (row[v.stage] ??= []).push(label);
        }
        out[m.name] = row;
    }
    return out;
}
function summary(reg, result, diagnostics, text) {
    const parts = [`## modelgate validate`, '', text, ''];
    if (reg) {
        const columns = (0,layout/* knownStages */.Vd)(reg);
        const names = Object.keys(result.stages);
        const { shown, note } = (0,markdown/* capped */.uo)(names, SUMMARY_ROWS);
        parts.push((0,markdown/* table */.tp)(['model', ...columns], shown.map(name => [name, ...columns.map(c => (result.stages[name][c] ?? []).join(', '))])), '');
        if (note)
            parts.push(note, '');
    }
    if (diagnostics.length) {
        const { shown, note } = (0,markdown/* capped */.uo)(diagnostics, 200);
        parts.push('### Problems', '', ...shown.map(d => `- \`${(0,src_errors/* formatDiagnostic */.xy)(d)}\``));
        if (note)
            parts.push('', note);
    }
    return parts.join('\n');
}
function sortDiagnostics(list) {
    list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}


/***/ })

};
