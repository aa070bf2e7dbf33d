export const id = 653;
export const ids = [653];
export const modules = {

/***/ 72653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  init: () => (/* binding */ init)
});

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/file-checks.ts
var file_checks = __webpack_require__(66659);
// EXTERNAL MODULE: ./src/registry/file-tree.ts
var file_tree = __webpack_require__(61822);
;// CONCATENATED MODULE: ./src/registry/folder-placement.ts
/**
 * Where a file found under `root` belongs: its stage (or the benchmark or
 * archive folder), model, version and logical file name. `init` reads a
 * repository through one such function, so a layout template's matcher can
 * take the place of the folder convention without touching the scan.
 */
/** The folder convention of SPEC §2: `<folder>/<model>/<version>/<file>`, for the folders named. */
function folderConvention(folders) {
    const known = new Set(folders);
    return rel => {
        const [folder, model, version, ...rest] = rel.split('/');
        if (!rest.length || !known.has(folder))
            return undefined;
        return { folder, model, version, file: rest.join('/') };
    };
}

// EXTERNAL MODULE: ./src/registry/ignore.ts
var ignore = __webpack_require__(40085);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
;// CONCATENATED MODULE: ./src/registry/init-inventory.ts
/**
 * What `init` finds in a repository, as data: every model and version the
 * placement function puts somewhere, their files and digests, and every
 * reason the manifest it would write could not validate today (a file no
 * version holds, a name the manifest refuses, versions whose files differ,
 * a stale benchmark copy). Pure: scanned files in, inventory out.
 */



const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function takeInventory(files, options) {
    const problems = [];
    const shown = options.shown ?? ((rel) => rel);
    const reserved = new Set([...options.stages, options.archive]);
    if (options.benchmark)
        reserved.add(options.benchmark);
    const versions = new Map(); // `<folder>/<model>/<version>` → version
    const copies = new Map();
    const badNames = new Set();
    const ignored = [];
    for (const file of [...files].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
        if (file.problem !== undefined || file.digest === undefined) {
            problems.push({ path: file.rel, message: file.problem ?? 'unreadable' });
            continue;
        }
        const at = options.place(file.rel);
        if (!at) {
            ignored.push(file.rel);
            continue;
        }
        const dir = `${at.folder}/${at.model}/${at.version}`;
        // A badly named folder is reported once, not once per file in it.
        if (badNames.has(dir))
            continue;
        const nameProblem = nameProblemOf(at, reserved);
        if (nameProblem) {
            problems.push({ path: `${dir}/`, message: nameProblem });
            badNames.add(dir);
            continue;
        }
        const fileProblem = (0,paths/* unsafeFileNameReason */.E_)(at.file);
        if (fileProblem) {
            problems.push({ path: file.rel, message: fileProblem });
            continue;
        }
        const into = at.folder === options.benchmark ? copies : versions;
        const found = into.get(dir) ?? {
            version: at.version,
            stage: at.folder,
            dir,
            files: {}
        };
        found.files[at.file] = file.digest;
        into.set(dir, found);
    }
    const models = groupByModel([...versions.values()], problems, shown);
    const benchmarkCopies = options.benchmark
        ? checkCopies([...copies.values()], models, options, problems, shown)
        : [];
    return { models, ignored, benchmarkCopies, problems };
}
/** Why a model or version folder's name cannot be written in the manifest. */
function nameProblemOf(at, reserved) {
    if (!MODEL_NAME.test(at.model) || at.model.includes('..')) {
        return `${(0,clip/* quote */.hD)(at.model)} is not a model name (lower-case letters, digits, ".", "_", "-", at most 63 characters): rename the folder`;
    }
    if (reserved.has(at.model)) {
        return `${(0,clip/* quote */.hD)(at.model)} is also a stage or folder name: rename the model's folder`;
    }
    if (!(0,semver/* isSemVer */.R6)(at.version)) {
        const hint = (0,semver/* semverSuggestion */.hK)(at.version);
        const rename = hint ? `rename it ${hint}` : 'rename it to a SemVer version (e.g. 1.0.0)';
        return `version ${(0,clip/* quote */.hD)(at.version)} is not SemVer: ${rename}; \`--versioning ordered\` (any version name, ordered by date) is planned but not supported yet`;
    }
    return undefined;
}
function groupByModel(found, problems, shown) {
    const byModel = new Map();
    for (const v of found) {
        const model = v.dir.split('/')[1];
        byModel.set(model, [...(byModel.get(model) ?? []), v]);
    }
    const models = [];
    for (const [name, list] of [...byModel].sort(([a], [b]) => (a < b ? -1 : 1))) {
        list.sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version) || (a.stage < b.stage ? -1 : 1));
        // `v1.2.0` and `1.2.0` are one version: it lives in one folder.
        list.forEach((v, i) => {
            const twin = list.slice(0, i).find(w => sameVersion(w.version, v.version));
            if (twin) {
                problems.push({
                    path: `${v.dir}/`,
                    message: `${name} ${v.version} is also at ${shown(twin.dir)}/; a version lives in one stage: keep one of them`
                });
            }
        });
        const names = list.map(v => new Set(Object.keys(v.files)));
        const common = [...names[0]].filter(f => names.every(s => s.has(f))).sort();
        list.forEach((v, i) => {
            const extra = [...names[i]].filter(f => !common.includes(f)).sort();
            if (extra.length) {
                problems.push({
                    path: `${v.dir}/`,
                    message: `holds ${extra.join(', ')}, which not every version of ${name} has: today every version of a model holds the same files${common.length ? ` (here: ${common.join(', ')})` : ''}; per-version files are planned`
                });
            }
        });
        models.push({ name, files: common, versions: list });
    }
    return models;
}
function sameVersion(a, b) {
    return a.replace(/^v/, '') === b.replace(/^v/, '');
}
/**
 * Each benchmark copy must be the files of the version it copies, the highest
 * one in the last stage, byte for byte: validate reports anything else.
 */
function checkCopies(copies, models, options, problems, shown) {
    const last = options.stages[options.stages.length - 1];
    const ok = [];
    for (const model of models) {
        const live = model.versions.find(v => v.stage === last);
        const own = copies.filter(c => c.dir.split('/')[1] === model.name);
        if (!live) {
            for (const c of own) {
                problems.push({
                    path: `${c.dir}/`,
                    message: `is a benchmark copy, but ${model.name} has no version in ${last}: remove the copy, or run init with --benchmark false`
                });
            }
            continue;
        }
        const match = own.find(c => c.version === live.version);
        for (const c of own) {
            if (c === match)
                continue;
            problems.push({
                path: `${c.dir}/`,
                message: `is a stale benchmark copy: ${model.name} has ${live.version} in ${last}; copy ${shown(live.dir)}/ to ${shown(`${options.benchmark}/${model.name}/${live.version}`)}/ instead`
            });
        }
        if (!match) {
            if (!own.length) {
                problems.push({
                    path: `${live.dir}/`,
                    message: `${model.name} ${live.version} in ${last} has no benchmark copy: copy this folder to ${shown(`${options.benchmark}/${model.name}/${live.version}`)}/, or run init with --benchmark false`
                });
            }
            continue;
        }
        const differs = [...new Set([...Object.keys(match.files), ...Object.keys(live.files)])]
            .filter(f => match.files[f] !== live.files[f])
            .sort();
        if (differs.length) {
            problems.push({
                path: `${match.dir}/`,
                message: `is not a copy of ${shown(live.dir)}/: ${differs.join(', ')} ${differs.length === 1 ? 'differs' : 'differ'}; copy the version again`
            });
        }
        else
            ok.push(model.name);
    }
    const known = new Set(models.map(m => m.name));
    for (const c of copies) {
        const model = c.dir.split('/')[1];
        if (!known.has(model)) {
            problems.push({
                path: `${c.dir}/`,
                message: `is a benchmark copy of ${model}, which has no version in any stage: remove it`
            });
        }
    }
    return ok;
}

;// CONCATENATED MODULE: ./src/registry/init-manifest.ts
/** The schema's `$id`, as the examples' manifests name it for editors. */
const SCHEMA_URL = 'https://raw.githubusercontent.com/acme/modelgate/v1/schema/registry.schema.json';
const q = (text) => JSON.stringify(text);
/** YAML words that would not read back as the same string. */
const YAML_WORDS = /^(true|false|null|yes|no|on|off|y|n)$/i;
/** A stage or model name plain where YAML reads it back as that string, else quoted. */
const init_manifest_name = (text) => /^[a-z][a-z0-9_-]*$/.test(text) && !YAML_WORDS.test(text) ? text : q(text);
function initManifestYaml(m) {
    const root = m.rootLabel === '.' ? '' : `${m.rootLabel}/`;
    const last = m.stages[m.stages.length - 1];
    const lines = [
        `# yaml-language-server: $schema=${m.schemaUrl}`,
        '#',
        '# Written by `modelgate init` from the folders as they were:',
        `#   ${root}<stage>/<model>/<version>/<file>   a version in a stage`,
        ...(m.benchmark
            ? [`#   ${root}${m.benchmark.folder}/<model>/<version>/   the benchmark copy of ${last}`]
            : []),
        `#   ${root}${m.archive}/<model>/<version>/   versions that left the promotion path`,
        '# Check it with `modelgate validate` and commit it. Gates and metric policies',
        '# are yours to add: an example is commented under each model.',
        'apiVersion: modelgate/v1'
    ];
    if (m.root !== undefined)
        lines.push(`root: ${q(m.root)}`);
    lines.push('', '# The promotion path, in order. No gates yet: add them per stage, e.g.', '#   gates: { metrics: true, compare: benchmark }', 'stages:');
    for (const stage of m.stages) {
        lines.push(`  - name: ${init_manifest_name(stage)}`);
        if (stage === last && m.lastStageCapacity) {
            lines.push('    capacity: 1   # one version serves; promoting another archives it');
        }
    }
    if (!m.lastStageCapacity) {
        lines.push(`# No capacity on ${last}: a model holds several versions there today. With`, '# `capacity: 1`, promoting a version archives the one it replaces.');
    }
    lines.push('');
    if (m.benchmark) {
        lines.push(`# The copy of ${last} that candidates are compared with; modelgate refreshes it.`, `benchmark: { folder: ${init_manifest_name(m.benchmark.folder)}, copyOf: ${init_manifest_name(m.benchmark.copyOf)} }`);
    }
    else {
        if (m.benchmarkNote)
            lines.push(...m.benchmarkNote.split('\n').map(l => `# ${l}`));
        lines.push('benchmark: false');
    }
    lines.push(`archive: { folder: ${init_manifest_name(m.archive)} }`, '');
    if (m.ignore.length) {
        lines.push('# Files init found in the stage folders that are not model files: neither digested', '# nor stray. Globs, relative to root (e.g. "**/README.md").', 'ignore:', ...m.ignore.map(g => `  - ${q(g)}`), '');
    }
    if (!m.models.length) {
        lines.push('models: {}');
        return lines.join('\n') + '\n';
    }
    lines.push('models:');
    for (const model of m.models)
        lines.push(...modelLines(model, m.archive));
    return lines.join('\n') + '\n';
}
function modelLines(model, archive) {
    const lines = [
        `  ${init_manifest_name(model.name)}:`,
        `    files: [${model.files.map(q).join(', ')}]`,
        '    # The metric policy and the evaluation behind gates and comparisons',
        '    # (docs/manifest.md), for example:',
        '    # metrics:',
        '    #   accuracy: { goal: maximize, min: 0.9 }',
        '    # evaluate:',
        '    #   run: "python3 evaluate.py --model {model_dir} --out {output_dir}"',
        '    #   metrics: metrics.json',
        '    versions:'
    ];
    for (const v of model.versions) {
        lines.push(`      - version: ${q(v.version)}`, `        stage: ${init_manifest_name(v.stage)}`, '        files:');
        for (const name of Object.keys(v.files).sort()) {
            lines.push(`          ${q(name)}: ${q(v.files[name])}`);
        }
        if (v.createdAt)
            lines.push(`        createdAt: ${q(v.createdAt)}`);
        if (v.retired) {
            const why = v.stage === archive ? '   # found in the archive: why it left is not known' : '';
            lines.push(`        retired: { at: ${q(v.retired.at)}, reason: ${v.retired.reason} }${why}`);
        }
    }
    return lines;
}

// EXTERNAL MODULE: ./src/registry/load.ts + 3 modules
var load = __webpack_require__(17117);
// EXTERNAL MODULE: ./src/registry/repo-root.ts
var repo_root = __webpack_require__(75568);
// EXTERNAL MODULE: ./src/registry/rules.ts
var rules = __webpack_require__(70956);
// EXTERNAL MODULE: ./src/registry/types.ts
var types = __webpack_require__(30234);
;// CONCATENATED MODULE: ./src/commands/init.ts
/**
 * `init`: adopts a repository as it is. Scans the stage folders
 * under `root` (the folder convention `<root>/<stage>/<model>/<version>/`),
 * digests every file (a Git LFS pointer by its oid), dates each version by
 * the last commit that touched its folder, and writes a manifest that
 * validates at once, plus `.modelgate/` in `.gitignore`. Moves, renames and
 * changes no file. A file no version holds, a name the manifest refuses, or
 * versions of one model with different files stop it before anything is
 * written (exit 1), each named. The manifest is checked by the same rules and
 * file checks as `validate` before it is written, so init never writes one
 * that `validate` would refuse.
 * Recipe: settings → folders → scan → inventory → render → check → write.
 */

















const FOLDER_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
/** What .gitignore must hold: modelgate's output folder (results, reports, cache look-ups). */
const OUTPUT_DIR_LINE = '.modelgate/';
async function init(settings, ctx) {
    if (settings.versioning !== 'semver') {
        throw new src_errors/* UsageError */.eb(settings.versioning === 'ordered'
            ? '--versioning ordered is not supported yet: today every version folder is named by a SemVer version (1.2.0 or v1.2.0)'
            : `--versioning must be semver (ordered is planned), got ${(0,clip/* quote */.hD)(settings.versioning)}`);
    }
    const manifestAbs = settings.manifest;
    const repoRoot = (0,repo_root/* findRepoRoot */.G)(external_node_path_default().dirname(manifestAbs), ctx.env);
    if (!(0,paths/* isInside */.FK)(repoRoot, manifestAbs)) {
        throw new src_errors/* UsageError */.eb(`manifest ${manifestAbs} is outside the repository root ${repoRoot}`);
    }
    const manifestRel = toPosix(external_node_path_default().relative(repoRoot, manifestAbs));
    if ((0,external_node_fs_.existsSync)(manifestAbs)) {
        throw new src_errors/* DecisionError */.bW(`${manifestRel} exists: init never overwrites a manifest (check it with modelgate validate, or move it away to start again)`);
    }
    const rootAbs = settings.root ?? external_node_path_default().dirname(manifestAbs);
    const rootRel = toPosix(external_node_path_default().relative(repoRoot, rootAbs)) || '.';
    if (!(0,paths/* isInside */.FK)(repoRoot, rootAbs)) {
        throw new src_errors/* UsageError */.eb(`root ${rootAbs} is outside the repository ${repoRoot}`);
    }
    if (!isFolder(rootAbs)) {
        throw new src_errors/* UsageError */.eb(`root ${rootRel} is not a folder: name the folder of the stage folders with --root`);
    }
    const folders = chooseFolders(settings, rootAbs, rootRel);
    const last = folders.stages[folders.stages.length - 1];
    const scanned = scan(repoRoot, rootRel, folders.walked);
    const inventory = takeInventory(scanned, {
        stages: folders.stages,
        archive: folders.archive,
        benchmark: folders.benchmarkFound ? folders.benchmark : undefined,
        place: folderConvention(folders.walked),
        shown: rel => (0,paths/* joinRel */.gN)(rootRel, rel)
    });
    const notes = [...folders.notes];
    let benchmark = folders.benchmark
        ? { folder: folders.benchmark, copyOf: last }
        : false;
    let benchmarkNote;
    const holdsLast = inventory.models.filter(m => m.versions.some(v => v.stage === last));
    if (benchmark && !folders.benchmarkFound && holdsLast.length) {
        if (settings.benchmark !== undefined) {
            inventory.problems.push({
                path: `${folders.benchmark}/`,
                message: `does not exist, but ${holdsLast.map(m => m.name).join(', ')} ${holdsLast.length === 1 ? 'has a version' : 'have versions'} in ${last} whose copy it must hold: copy them there, or run init with --benchmark false`
            });
        }
        else {
            benchmark = false;
            benchmarkNote = `No ${(0,paths/* joinRel */.gN)(rootRel, types/* DEFAULT_BENCHMARK */.so.folder)}/ folder was found, so there is no benchmark copy of\n${last} to compare candidates with. To have one, copy each ${last} version to\n${(0,paths/* joinRel */.gN)(rootRel, types/* DEFAULT_BENCHMARK */.so.folder)}/<model>/<version>/ and write: benchmark: { folder: benchmark, copyOf: ${last} }`;
            notes.push(`no benchmark folder ${(0,paths/* joinRel */.gN)(rootRel, types/* DEFAULT_BENCHMARK */.so.folder)}/: wrote benchmark: false (see the comment in the manifest)`);
        }
    }
    if (inventory.problems.length) {
        throw new src_errors/* DecisionError */.bW(`init wrote nothing: ${inventory.problems.length} ${inventory.problems.length === 1 ? 'problem' : 'problems'} above would make the manifest invalid; fix ${inventory.problems.length === 1 ? 'it' : 'them'} and run init again (no file was moved or changed)`, inventory.problems.map(p => located((0,paths/* joinRel */.gN)(rootRel, p.path), p.message)));
    }
    const dates = await versionDates(ctx, repoRoot, rootRel, inventory.models);
    const now = isoSeconds(ctx.now().toISOString());
    const models = inventory.models.map(m => ({
        name: m.name,
        files: m.files,
        versions: m.versions.map(v => {
            const createdAt = dates.get((0,paths/* joinRel */.gN)(rootRel, v.dir));
            return {
                version: v.version,
                stage: v.stage,
                files: v.files,
                ...(createdAt ? { createdAt } : {}),
                // The schema's record of an archived version; why it left is not known.
                ...(v.stage === folders.archive
                    ? { retired: { at: createdAt ?? now, reason: 'retired' } }
                    : {})
            };
        })
    }));
    const severalInLast = inventory.models.filter(m => m.versions.filter(v => v.stage === last).length > 1);
    if (severalInLast.length) {
        notes.push(`no capacity on ${last}: ${severalInLast.map(m => m.name).join(', ')} ${severalInLast.length === 1 ? 'holds' : 'hold'} several versions there`);
    }
    const archived = models.reduce((n, m) => n + m.versions.filter(v => v.stage === folders.archive).length, 0);
    if (archived) {
        notes.push(`${archived} archived ${archived === 1 ? 'version is' : 'versions are'} recorded as retired (reason: retired); rollback --version brings one back`);
    }
    const undated = models.reduce((n, m) => n + m.versions.filter(v => !v.createdAt).length, 0);
    if (undated) {
        notes.push(`${undated} ${undated === 1 ? 'version has' : 'versions have'} no createdAt: no commit touched ${undated === 1 ? 'its folder' : 'their folders'} yet`);
    }
    const manifestDir = toPosix(external_node_path_default().relative(repoRoot, external_node_path_default().dirname(manifestAbs))) || '.';
    const text = initManifestYaml({
        schemaUrl: SCHEMA_URL,
        root: rootRel === manifestDir ? undefined : rootRel,
        rootLabel: rootRel,
        stages: folders.stages,
        lastStageCapacity: severalInLast.length === 0,
        benchmark,
        benchmarkNote,
        archive: folders.archive,
        ignore: inventory.ignored.map(ignore/* literalGlob */.I),
        models
    });
    await checkAsValidate(text, repoRoot, manifestRel);
    let gitignore = 'unchanged';
    if (!settings.dryRun) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(manifestAbs), { recursive: true });
        // `wx`: should a manifest appear meanwhile, it is not overwritten.
        await (0,promises_.writeFile)(manifestAbs, text, { flag: 'wx' });
        gitignore = ignoreOutputDir(repoRoot);
    }
    const result = {
        manifest: manifestRel,
        written: !settings.dryRun,
        text,
        root: rootRel,
        stages: folders.stages,
        benchmark,
        archive: folders.archive,
        models: models.map(m => ({ name: m.name, versions: m.versions.length, files: m.files })),
        versions: models.reduce((n, m) => n + m.versions.length, 0),
        undated,
        gitignore,
        notes
    };
    return {
        command: 'init',
        ok: true,
        diagnostics: [],
        result,
        outputs: {},
        repoRoot,
        exitCode: 0
    };
}
function chooseFolders(settings, rootAbs, rootRel) {
    const archive = folderName(settings.archive ?? types/* DEFAULT_ARCHIVE */.FJ.folder, '--archive');
    const benchmark = settings.benchmark === 'false'
        ? undefined
        : folderName(settings.benchmark ?? types/* DEFAULT_BENCHMARK */.so.folder, '--benchmark');
    const under = (name) => isFolder(external_node_path_default().join(rootAbs, name));
    let stages;
    const notes = [];
    if (settings.stages.length) {
        stages = settings.stages.map(s => folderName(s, '--stages'));
        const twice = stages.find((s, i) => stages.indexOf(s) !== i);
        if (twice)
            throw new src_errors/* UsageError */.eb(`--stages names ${(0,clip/* quote */.hD)(twice)} twice`);
        const absent = stages.filter(s => !under(s));
        if (absent.length) {
            notes.push(`${absent.map(s => `${(0,paths/* joinRel */.gN)(rootRel, s)}/`).join(', ')}: no such folder yet; the ${absent.length === 1 ? 'stage starts' : 'stages start'} empty`);
        }
    }
    else {
        stages = types/* DEFAULT_STAGES */.my.map(s => s.name).filter(under);
        if (!stages.length) {
            throw new src_errors/* UsageError */.eb(`no stage folder under ${rootRel}/: expected some of ${types/* DEFAULT_STAGES */.my.map(s => s.name).join(', ')}; name yours in order with --stages (e.g. --stages dev,prod), or the folder that holds them with --root`);
        }
    }
    for (const stage of stages) {
        if (stage === archive) {
            throw new src_errors/* UsageError */.eb(`stage ${(0,clip/* quote */.hD)(stage)} is also the archive folder: choose another --archive`);
        }
        if (stage === (benchmark ?? types/* DEFAULT_BENCHMARK */.so.folder)) {
            throw new src_errors/* UsageError */.eb(`stage ${(0,clip/* quote */.hD)(stage)} is the benchmark folder's name, which no stage may have: rename the folder, or choose another --benchmark`);
        }
    }
    if (benchmark === archive) {
        throw new src_errors/* UsageError */.eb(`the benchmark and archive folders are both ${(0,clip/* quote */.hD)(archive)}`);
    }
    const benchmarkFound = benchmark !== undefined && under(benchmark);
    const walked = [...stages, ...(under(archive) ? [archive] : [])];
    if (benchmarkFound)
        walked.push(benchmark);
    // A folder of models that is not a stage would go unnoticed: say which were left alone.
    const others = (0,external_node_fs_.readdirSync)(rootAbs, { withFileTypes: true })
        .filter(e => e.isDirectory() && !e.name.startsWith('.'))
        .map(e => e.name)
        .filter(name => !walked.includes(name) && name !== benchmark)
        .sort();
    if (others.length) {
        notes.push(`left alone, not a stage: ${others.map(o => `${(0,paths/* joinRel */.gN)(rootRel, o)}/`).join(', ')} (name the stages in order with --stages to include ${others.length === 1 ? 'it' : 'them'})`);
    }
    return { stages, archive, benchmark, benchmarkFound, walked, notes };
}
function folderName(name, option) {
    if (!FOLDER_NAME.test(name)) {
        throw new src_errors/* UsageError */.eb(`${option}: ${(0,clip/* quote */.hD)(name)} is not a stage or folder name (lower-case letters, digits, ".", "_", "-", at most 63 characters)`);
    }
    return name;
}
/** Every file under the scanned folders, relative to root, with its content digest. */
function scan(repoRoot, rootRel, folders) {
    const dirs = folders.map(f => (0,paths/* joinRel */.gN)(rootRel, f));
    const tree = (0,file_tree/* listTree */.n)(repoRoot, (0,external_node_fs_.realpathSync)(repoRoot), dirs);
    const prefix = rootRel === '.' ? '' : `${rootRel}/`;
    const out = [];
    for (const [rel, entry] of tree) {
        if (file_checks/* IGNORED_NAMES */.U4.has(rel.slice(rel.lastIndexOf('/') + 1)))
            continue;
        const underRoot = rel.slice(prefix.length);
        if (entry.problem) {
            out.push({ rel: underRoot, problem: entry.problem });
            continue;
        }
        try {
            out.push({ rel: underRoot, digest: (0,digest/* contentDigest */.eZ)((0,digest/* digestFileSync */.EX)(entry.abs)) });
        }
        catch (error) {
            out.push({ rel: underRoot, problem: `unreadable (${error.message})` });
        }
    }
    return out;
}
/** Each version folder's last commit date, where git knows one; none outside a git checkout. */
async function versionDates(ctx, repoRoot, rootRel, models) {
    const dirs = models.flatMap(m => m.versions.map(v => (0,paths/* joinRel */.gN)(rootRel, v.dir)));
    if (!dirs.length || !(0,external_node_fs_.existsSync)(external_node_path_default().join(repoRoot, '.git')))
        return new Map();
    try {
        const dates = await ctx.git(repoRoot).lastCommitDates(dirs);
        return new Map([...dates].map(([dir, date]) => [dir, isoSeconds(date)]));
    }
    catch (error) {
        ctx.log.warning(`createdAt is left out: ${error.message}`);
        return new Map();
    }
}
/** `2026-05-04T10:40:00+02:00` → `2026-05-04T08:40:00Z`: one zone, as modelgate writes dates. */
function isoSeconds(date) {
    return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The manifest as `validate` would read it, before it is written: the same
 * schema, rules and file checks. A problem init did not foresee stops it
 * here rather than leaving a manifest that fails.
 */
async function checkAsValidate(text, repoRoot, manifestRel) {
    const loaded = await (0,load/* loadRegistryWith */.yV)({ read: rel => (rel === manifestRel ? text : undefined), glob: () => [] }, { repoRoot, manifestRel });
    const diagnostics = [...loaded.diagnostics];
    if (loaded.registry && !diagnostics.some(d => d.severity === 'error')) {
        diagnostics.push(...(0,rules/* checkRules */.M)(loaded.registry));
        if (!diagnostics.some(d => d.severity === 'error')) {
            diagnostics.push(...(await (0,file_checks/* checkFiles */.gw)(loaded.registry)).diagnostics);
        }
    }
    const errors = diagnostics.filter(d => d.severity === 'error');
    if (errors.length) {
        throw new src_errors/* DecisionError */.bW(`init wrote nothing: the manifest it made would not validate (${errors.length} ${errors.length === 1 ? 'error' : 'errors'} above, at the lines of the manifest it would write)`, errors);
    }
}
/** Adds `.modelgate/` to the repository's .gitignore unless a line already ignores it. */
function ignoreOutputDir(repoRoot) {
    const file = external_node_path_default().join(repoRoot, '.gitignore');
    if (!(0,external_node_fs_.existsSync)(file)) {
        (0,external_node_fs_.writeFileSync)(file, `${OUTPUT_DIR_LINE}\n`);
        return 'created';
    }
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const present = text.split(/\r?\n/).some(line => /^\/?\.modelgate\/?$/.test(line.trim()));
    if (present)
        return 'present';
    (0,external_node_fs_.writeFileSync)(file, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${OUTPUT_DIR_LINE}\n`);
    return 'appended';
}
function located(file, message) {
    return { file, line: 0, col: 0, key: '', message, severity: 'error' };
}
function isFolder(abs) {
    try {
        return (0,external_node_fs_.statSync)(abs).isDirectory();
    }
    catch {
        return false;
    }
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}


/***/ })

};
