export const id = 817;
export const ids = [817];
export const modules = {

/***/ 51817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  draftInit: () => (/* binding */ draftInit),
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
var registry_digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/file-checks.ts + 2 modules
var file_checks = __webpack_require__(81357);
// EXTERNAL MODULE: ./src/registry/file-tree.ts
var file_tree = __webpack_require__(61822);
// EXTERNAL MODULE: ./src/registry/layout-places.ts
var layout_places = __webpack_require__(57922);
// EXTERNAL MODULE: ./src/registry/layout-template/match.ts
var match = __webpack_require__(44898);
// EXTERNAL MODULE: ./src/registry/layout-template/template.ts + 1 modules
var template = __webpack_require__(39384);
// EXTERNAL MODULE: ./src/registry/layout-template/version-rules.ts
var version_rules = __webpack_require__(68205);
;// CONCATENATED MODULE: ./src/registry/init-layouts.ts
/**
 * The layout templates `init` reads a repository with (issue #12, item 4):
 * the stages' layout (`--layout`, default `{stage}/{model}/{version}`), the
 * archive's (`--archive-layout`; by default the stages' own, or, where those
 * have no `{version}`, the same with `/{version}` after `{stage}`), and the
 * placement function built from them. Pure: options in, templates and a
 * PlaceFile out.
 */



/** Parses `--layout` and `--archive-layout`, deriving the archive's where it is not given. */
function initLayouts(layout, archiveLayout) {
    const stages = (0,template/* parseLayout */.U8)(layout ?? template/* DEFAULT_LAYOUT */.zR, '--layout');
    if (!stages.ok)
        return { ok: false, errors: messages(stages.errors) };
    let archiveSource = archiveLayout;
    if (archiveSource === undefined && !stages.value.uses.has('version')) {
        // One version per stage there; the archive keeps many, so its paths need the version.
        archiveSource = (layout ?? template/* DEFAULT_LAYOUT */.zR).replace('{stage}', '{stage}/{version}');
    }
    const archive = archiveSource === undefined
        ? stages
        : (0,template/* parseLayout */.U8)(archiveSource, archiveLayout === undefined ? 'the archive layout' : '--archive-layout');
    if (!archive.ok)
        return { ok: false, errors: messages(archive.errors) };
    return {
        ok: true,
        value: {
            stages: stages.value,
            archive: archive.value,
            layoutKey: layout === undefined || layout === template/* DEFAULT_LAYOUT */.zR ? undefined : layout,
            archiveLayoutKey: archiveSource === undefined || archiveSource === (layout ?? template/* DEFAULT_LAYOUT */.zR)
                ? undefined
                : archiveSource
        }
    };
}
function messages(errors) {
    return errors.map(e => e.message);
}
/**
 * Where each file under `root` belongs. Paths are read with the
 * versioning's rule first (it splits `{model}_v{version}`), then with any
 * text taken for `{version}`, so that init names a folder whose name is not
 * a version rather than ignoring it silently. A
 * file under the kept-name rule that could be a renamed file or one that
 * kept its name (`metadata_v0.9.2.json`) is read as renamed (`metadata.json`),
 * the name a version's files had before it was archived. Where the
 * template does not say the file's name (`{stage}{ext}`), it is `model<ext>`.
 */
function layoutPlacement(options) {
    const { layouts } = options;
    const strict = (0,version_rules/* versionRule */.Ju)(options.versioning);
    const entries = [];
    for (const loose of [false, true]) {
        const isVersion = loose ? (v) => v.length > 0 : strict;
        entries.push({
            template: layouts.archive,
            stages: [options.archive],
            isVersion,
            tag: undefined
        });
        entries.push({
            template: layouts.stages,
            stages: [...options.stages, ...(options.benchmark ? [options.benchmark] : [])],
            isVersion,
            tag: undefined
        });
    }
    const matcher = (0,match/* compileLayouts */.R)('.', entries);
    return rel => {
        const m = matcher.match(rel);
        if (!m)
            return undefined;
        const model = m.model ?? options.model;
        if (model === undefined)
            return undefined;
        const file = m.files[0] ?? `${m.fileParts.name ?? 'model'}${m.fileParts.ext ?? ''}`;
        return {
            folder: m.stage,
            model,
            ...(m.version !== undefined ? { version: m.version } : {}),
            file
        };
    };
}
/**
 * The folders under `root` to scan for `folder`'s files: the template's
 * fixed start with `{stage}` filled in, up to its last `/` (`archived` for
 * `{stage}/{model}/{version}`; `.`, root itself, for `{stage}{ext}`).
 * `own` is true where that folder is the stage's alone.
 */
function scanFolder(template, folder) {
    const fixed = [];
    for (const p of template.parts) {
        if (p.kind === 'text')
            fixed.push(p.text);
        else if (p.name === 'stage')
            fixed.push('\u0000');
        else
            break;
    }
    const text = fixed.join('');
    const cut = text.lastIndexOf('/');
    const dir = cut < 0 ? '' : text.slice(0, cut);
    return { dir: dir.replaceAll('\u0000', folder) || '.', own: dir.includes('\u0000') };
}

// EXTERNAL MODULE: ./src/registry/layout-template/render.ts
var render = __webpack_require__(99863);
// EXTERNAL MODULE: ./src/registry/ignore.ts
var ignore = __webpack_require__(40085);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
;// CONCATENATED MODULE: ./src/registry/init-inventory.ts
/**
 * What `init` finds in a repository, as data: every model and version the
 * placement function puts somewhere, their files and digests (each
 * version's own; the model's `files` where all hold the same names), the
 * files it does not place (for `ignore:`), the versions it numbers itself
 * (a layout without `{version}`), and every reason the manifest it would
 * write could not validate (a name the manifest refuses, a version in two
 * stages, a stale benchmark copy). Pure: scanned files in, inventory out.
 */




const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function takeInventory(files, options) {
    const problems = [];
    const shown = options.shown ?? ((rel) => rel);
    const versioning = options.versioning ?? 'semver';
    const reserved = new Set([...options.stages, options.archive]);
    if (options.benchmark)
        reserved.add(options.benchmark);
    const versions = new Map(); // `<folder>\0<model>\0<version>` → version
    const copies = new Map();
    const badNames = new Set();
    const ignored = [];
    const unnumbered = [];
    const add = (at, rel, digest) => {
        const key = `${at.folder}\0${at.model}\0${at.version}`;
        const into = at.folder === options.benchmark ? copies : versions;
        const found = into.get(key) ?? {
            model: at.model,
            version: at.version,
            stage: at.folder,
            dir: folderOf(rel, at.file),
            paths: [],
            files: {}
        };
        found.files[at.file] = digest;
        found.paths.push(rel);
        into.set(key, found);
    };
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
        const dir = at.version === undefined ? file.rel : `${folderOf(file.rel, at.file)}/`;
        // A badly named folder is reported once, not once per file in it.
        if (badNames.has(dir))
            continue;
        const nameProblem = nameProblemOf(at, reserved, versioning);
        if (nameProblem) {
            problems.push({ path: dir, message: nameProblem });
            badNames.add(dir);
            continue;
        }
        const fileProblem = (0,paths/* unsafeFileNameReason */.E_)(at.file);
        if (fileProblem) {
            problems.push({ path: file.rel, message: fileProblem });
            continue;
        }
        if (at.version === undefined) {
            unnumbered.push({
                folder: at.folder,
                model: at.model,
                file: at.file,
                rel: file.rel,
                digest: file.digest
            });
        }
        else
            add({ ...at, version: at.version }, file.rel, file.digest);
    }
    const numbered = numberVersions(unnumbered, versions, options, versioning, problems, shown);
    for (const n of numbered.placed)
        add(n.at, n.rel, n.digest);
    const models = groupByModel([...versions.values()], problems, shown, versioning);
    const benchmarkCopies = options.benchmark
        ? checkCopies([...copies.values()], models, options, problems, shown)
        : [];
    return { models, ignored, benchmarkCopies, numbered: numbered.named, problems };
}
/** The version's folder: the path without its logical file name, else the file's folder. */
function folderOf(rel, file) {
    if (rel.endsWith(`/${file}`))
        return rel.slice(0, -file.length - 1);
    const cut = rel.lastIndexOf('/');
    return cut < 0 ? '.' : rel.slice(0, cut);
}
/**
 * Each file of a layout without `{version}` is one version: numbered per
 * model by the date of the last commit that touched it, the oldest first
 * (a file git does not know is the newest); ties go by stage order, the
 * later stage older (it got there first). Names another version of the
 * model already has are skipped. A benchmark file is the copy of the last
 * stage's version: it takes that version's name, and checkCopies compares
 * the bytes.
 */
function numberVersions(files, versions, options, versioning, problems, shown) {
    const placed = [];
    const named = [];
    const last = options.stages[options.stages.length - 1];
    const stageIndex = (s) => options.stages.indexOf(s);
    const models = [...new Set(files.map(f => f.model))].sort();
    for (const model of models) {
        const own = files.filter(f => f.model === model);
        const inStages = own.filter(f => f.folder !== options.benchmark);
        // A stage whose layout has no {version} holds one version of a model.
        const byStage = new Map();
        for (const f of inStages)
            byStage.set(f.folder, [...(byStage.get(f.folder) ?? []), f]);
        for (const [stage, list] of byStage) {
            if (list.length > 1) {
                problems.push({
                    path: list[0].rel,
                    message: `and ${list
                        .slice(1)
                        .map(f => shown(f.rel))
                        .join(', ')} are all ${model} in ${stage}, whose layout has no {version} and so holds one version: remove or rename all but one`
                });
            }
        }
        if ([...byStage.values()].some(l => l.length > 1))
            continue;
        const taken = new Set([...versions.values()].filter(v => v.model === model).map(v => v.version));
        const dated = inStages.map(f => ({ f, date: options.dateOf?.(f.rel) }));
        dated.sort((a, b) => {
            const ta = a.date === undefined ? Infinity : Date.parse(a.date);
            const tb = b.date === undefined ? Infinity : Date.parse(b.date);
            return ta - tb || stageIndex(b.f.folder) - stageIndex(a.f.folder);
        });
        let n = 0;
        const next = () => {
            let name;
            do {
                n++;
                name = versioning === 'ordered' ? `v${n}` : `0.${n}.0`;
            } while (taken.has(name) || (versioning === 'semver' && taken.has(`v${name}`)));
            return name;
        };
        let live;
        for (const { f } of dated) {
            const version = next();
            if (f.folder === last)
                live = version;
            placed.push({
                at: { folder: f.folder, model, version, file: f.file },
                rel: f.rel,
                digest: f.digest
            });
            named.push({ model, version, stage: f.folder, path: f.rel });
        }
        for (const copy of own.filter(f => f.folder === options.benchmark)) {
            if (live === undefined) {
                problems.push({
                    path: copy.rel,
                    message: `is a benchmark copy, but ${model} has no version in ${last}: remove the copy, or run init with --benchmark false`
                });
                continue;
            }
            placed.push({
                at: { folder: copy.folder, model, version: live, file: copy.file },
                rel: copy.rel,
                digest: copy.digest
            });
        }
    }
    return { placed, named };
}
/** Why a model or version folder's name cannot be written in the manifest. */
function nameProblemOf(at, reserved, versioning) {
    if (!MODEL_NAME.test(at.model) || at.model.includes('..')) {
        return `${(0,clip/* quote */.hD)(at.model)} is not a model name (lower-case letters, digits, ".", "_", "-", at most 63 characters): rename the folder`;
    }
    if (reserved.has(at.model)) {
        return `${(0,clip/* quote */.hD)(at.model)} is also a stage or folder name: rename the model's folder`;
    }
    if (at.version === undefined)
        return undefined;
    if (reserved.has(at.version)) {
        return `version ${(0,clip/* quote */.hD)(at.version)} is also a stage or folder name, which no version may have: rename it`;
    }
    if (versioning === 'ordered') {
        if ((0,version_rules/* isOrderedVersion */.gm)(at.version))
            return undefined;
        return `version ${(0,clip/* quote */.hD)(at.version)} is not a version name: under versioning ordered a version is letters, digits, ".", "_", "+", "-", starting with a letter or digit, at most 128 characters`;
    }
    if (!(0,semver/* isSemVer */.R6)(at.version)) {
        const hint = (0,semver/* semverSuggestion */.hK)(at.version);
        const rename = hint ? `rename it ${hint}` : 'rename it to a SemVer version (e.g. 1.0.0)';
        return `version ${(0,clip/* quote */.hD)(at.version)} is not SemVer: ${rename}, or run init with \`--versioning ordered\` (any version name, ordered by date)`;
    }
    return undefined;
}
function groupByModel(found, problems, shown, versioning) {
    const byModel = new Map();
    for (const v of found)
        byModel.set(v.model, [...(byModel.get(v.model) ?? []), v]);
    const models = [];
    for (const [name, list] of [...byModel].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (versioning === 'semver') {
            list.sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version) || (a.stage < b.stage ? -1 : 1));
        }
        // `v1.2.0` and `1.2.0` are one version under SemVer: it lives in one place.
        const same = versioning === 'semver' ? sameVersion : (a, b) => a === b;
        list.forEach((v, i) => {
            const twin = list.slice(0, i).find(w => same(w.version, v.version));
            if (twin) {
                problems.push({
                    path: `${v.dir}/`,
                    message: `${name} ${v.version} is also at ${shown(twin.dir)}/; a version lives in one stage: keep one of them`
                });
            }
        });
        // Where every version holds the same names they are the model's `files`;
        // else each version lists its own (issue #12: per-version files).
        const names = list.map(v => Object.keys(v.files).sort().join('\0'));
        const files = names.every(n => n === names[0]) ? Object.keys(list[0].files).sort() : undefined;
        models.push({ name, ...(files ? { files } : {}), versions: list });
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
        const own = copies.filter(c => c.model === model.name);
        if (!live) {
            for (const c of own) {
                problems.push({
                    path: at(c),
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
                path: at(c),
                message: `is a stale benchmark copy: ${model.name} has ${live.version} in ${last}; copy ${shown(at(live))} to ${shown(copyDir(options, model.name, live.version))}/ instead`
            });
        }
        if (!match) {
            if (!own.length) {
                problems.push({
                    path: at(live),
                    message: `${model.name} ${live.version} in ${last} has no benchmark copy: copy this folder to ${shown(copyDir(options, model.name, live.version))}/, or run init with --benchmark false`
                });
            }
            continue;
        }
        const differs = [...new Set([...Object.keys(match.files), ...Object.keys(live.files)])]
            .filter(f => match.files[f] !== live.files[f])
            .sort();
        if (differs.length) {
            problems.push({
                path: at(match),
                message: `is not a copy of ${shown(at(live))}: ${differs.join(', ')} ${differs.length === 1 ? 'differs' : 'differ'}; copy the version again`
            });
        }
        else
            ok.push(model.name);
    }
    const known = new Set(models.map(m => m.name));
    for (const c of copies) {
        const model = c.model;
        if (!known.has(model)) {
            problems.push({
                path: at(c),
                message: `is a benchmark copy of ${model}, which has no version in any stage: remove it`
            });
        }
    }
    return ok;
}
/** Where the benchmark copy of a version belongs, relative to `root`. */
function copyDir(options, model, version) {
    return options.benchmarkDirOf?.(model, version) ?? `${options.benchmark}/${model}/${version}`;
}
/**
 * Where a version is, as a message names it: its own folder (`…/1.2.0/`),
 * or, where it shares a folder with others (a file layout), its files.
 */
function at(v) {
    const names = Object.keys(v.files);
    const own = v.paths.every(p => names.some(f => p === `${v.dir}/${f}`));
    return own ? `${v.dir}/` : v.paths.join(', ');
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
    const stagePicture = m.layout ?? '<stage>/<model>/<version>/<file>';
    const folderPicture = (folder, layout = m.layout) => layout ? layout.replace('{stage}', folder) : `${folder}/<model>/<version>/`;
    const lines = [
        `# yaml-language-server: $schema=${m.schemaUrl}`,
        '#',
        '# Written by `modelgate init` from the files as they were:',
        `#   ${root}${stagePicture}   a version in a stage`,
        ...(m.benchmark
            ? [`#   ${root}${folderPicture(m.benchmark.folder)}   the benchmark copy of ${last}`]
            : []),
        `#   ${root}${folderPicture(m.archive, m.archiveLayout ?? m.layout)}   versions that left the promotion path`,
        '# Check it with `modelgate validate` and commit it. Gates and metric policies',
        '# are yours to add: an example is commented under each model.',
        'apiVersion: modelgate/v1'
    ];
    if (m.root !== undefined)
        lines.push(`root: ${q(m.root)}`);
    if (m.layout !== undefined) {
        lines.push("# Where a version's files live under root (docs/layouts.md).", `layout: ${q(m.layout)}`);
    }
    if (m.versioning) {
        lines.push('# Versions are names (not SemVer), ordered by createdAt.', `versioning: ${m.versioning}`);
    }
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
    lines.push(m.archiveLayout === undefined
        ? `archive: { folder: ${init_manifest_name(m.archive)} }`
        : `archive: { folder: ${init_manifest_name(m.archive)}, layout: ${q(m.archiveLayout)} }`, '');
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
        ...(model.files
            ? [`    files: [${model.files.map(q).join(', ')}]`]
            : ['    # Its versions hold different files: each version lists its own.']),
        '    # The metric policy and the evaluation behind gates and comparisons',
        '    # (docs/manifest.md), for example:',
        '    # metrics:',
        '    #   accuracy: { goal: maximize, min: 0.9 }',
        '    # evaluate:',
        // A one-file model's natural argument is the file itself (and the only one a file layout
        // such as {stage}{ext} has: its folder holds every stage's file).
        `    #   run: "python3 evaluate.py --model ${model.files?.length === 1 ? '{model_file}' : '{model_dir}'} --out {output_dir}"`,
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
// EXTERNAL MODULE: ./src/registry/rules.ts + 2 modules
var rules = __webpack_require__(24415);
// EXTERNAL MODULE: ./src/registry/types.ts
var types = __webpack_require__(30234);
;// CONCATENATED MODULE: ./src/commands/init.ts
/**
 * `init`: adopts a repository as it is. Scans the stage folders under
 * `root` and reads each file's path with the layout templates (`--layout`,
 * default `{stage}/{model}/{version}`, the folder convention; issue #12),
 * digests every file (a Git LFS pointer by its oid), dates each version by
 * the last commit that touched it, and writes a manifest that
 * validates at once, plus `.modelgate/` in `.gitignore`. Moves, renames and
 * changes no file. A file the templates do not place is written to
 * `ignore:`; a name the manifest refuses, a version in two stages or a
 * stale benchmark copy stop it before anything is written (exit 1), each
 * named. The manifest is checked by the same rules and
 * file checks as `validate` before it is written, so init never writes one
 * that `validate` would refuse.
 * Recipe: settings → folders → scan → inventory → render → check → write.
 */




















const FOLDER_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
/** What .gitignore must hold: modelgate's output folder (results, reports, cache look-ups). */
const OUTPUT_DIR_LINE = '.modelgate/';
async function init(settings, ctx) {
    const draft = await draftInit(settings, ctx);
    await checkAsValidate(draft);
    let gitignore = 'unchanged';
    if (!settings.dryRun) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(settings.manifest), { recursive: true });
        // `wx`: should a manifest appear meanwhile, it is not overwritten.
        await (0,promises_.writeFile)(settings.manifest, draft.text, { flag: 'wx' });
        gitignore = ignoreOutputDir(draft.repoRoot);
    }
    return {
        command: 'init',
        ok: true,
        diagnostics: [],
        result: { ...draft.result, written: !settings.dryRun, gitignore },
        outputs: {},
        repoRoot: draft.repoRoot,
        exitCode: 0
    };
}
/**
 * Everything init finds and the manifest it makes of it, writing nothing and
 * not yet checked: `init` checks it as `validate` would, then writes it.
 */
async function draftInit(settings, ctx) {
    if (settings.versioning !== 'semver' && settings.versioning !== 'ordered') {
        throw new src_errors/* UsageError */.eb(`--versioning must be semver or ordered, got ${(0,clip/* quote */.hD)(settings.versioning)}`);
    }
    const versioning = settings.versioning;
    const layouts = chooseLayouts(settings);
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
    const folders = chooseFolders(settings, rootAbs, rootRel, layouts);
    const last = folders.stages[folders.stages.length - 1];
    // What lies under no stage (`resources/artifacts/` beside `resources/staging.keras`) is not the
    // registry's: validate does not look at it, so init neither places it nor ignores it.
    const places = [
        ...folders.stages.map(s => (0,layout_places/* templatePlace */.MO)(rootRel, layouts.stages, s)),
        (0,layout_places/* templatePlace */.MO)(rootRel, layouts.archive, folders.archive),
        ...(folders.benchmarkFound ? [(0,layout_places/* templatePlace */.MO)(rootRel, layouts.stages, folders.benchmark)] : [])
    ];
    const outside = [];
    const underStage = (repoRel) => {
        if (repoRel === manifestRel)
            return false;
        if ((0,layout_places/* placeOf */.$t)(places, repoRel))
            return true;
        outside.push(repoRel);
        return false;
    };
    const digests = new Map();
    const scanned = scan(repoRoot, rootRel, folders.scanned, underStage, digests);
    // A layout without {version}: each file is a version, numbered by its date.
    const fileDates = layouts.stages.uses.has('version')
        ? new Map()
        : await lastCommitDates(ctx, repoRoot, scanned.map(f => (0,paths/* joinRel */.gN)(rootRel, f.rel)));
    const benchmarkFolder = folders.benchmarkFound ? folders.benchmark : undefined;
    const inventory = takeInventory(scanned, {
        stages: folders.stages,
        archive: folders.archive,
        benchmark: benchmarkFolder,
        versioning,
        place: layoutPlacement({
            layouts,
            stages: folders.stages,
            archive: folders.archive,
            benchmark: benchmarkFolder,
            versioning,
            model: settings.model
        }),
        dateOf: rel => fileDates.get((0,paths/* joinRel */.gN)(rootRel, rel)),
        shown: rel => (0,paths/* joinRel */.gN)(rootRel, rel),
        benchmarkDirOf: (model, version) => external_node_path_default().posix.dirname((0,render/* renderRelative */.H1)(layouts.stages, {
            stage: folders.benchmark ?? types/* DEFAULT_BENCHMARK */.so.folder,
            model,
            version,
            file: 'model'
        }))
    });
    const notes = [...folders.notes];
    if (outside.length) {
        notes.push(`left alone, under no stage: ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? `, … ${outside.length - 5} more` : ''}`);
    }
    let benchmark = folders.benchmark
        ? { folder: folders.benchmark, copyOf: last }
        : false;
    let benchmarkNote;
    const holdsLast = inventory.models.filter(m => m.versions.some(v => v.stage === last));
    if (benchmark && !folders.benchmarkFound && holdsLast.length) {
        if (settings.benchmark !== undefined) {
            const { dir, own } = scanFolder(layouts.stages, folders.benchmark);
            inventory.problems.push({
                path: own ? `${dir}/` : layouts.stages.source.replace('{stage}', folders.benchmark),
                message: `does not exist, but ${holdsLast.map(m => m.name).join(', ')} ${holdsLast.length === 1 ? 'has a version' : 'have versions'} in ${last} whose copy it must hold: copy them there, or run init with --benchmark false`
            });
        }
        else {
            benchmark = false;
            const copyTo = layouts.layoutKey
                ? (0,paths/* joinRel */.gN)(rootRel, layouts.layoutKey.replace('{stage}', types/* DEFAULT_BENCHMARK */.so.folder))
                : `${(0,paths/* joinRel */.gN)(rootRel, types/* DEFAULT_BENCHMARK */.so.folder)}/<model>/<version>/`;
            benchmarkNote = `No ${shownFolder(rootRel, layouts.stages, types/* DEFAULT_BENCHMARK */.so.folder)} was found, so there is no benchmark copy of\n${last} to compare candidates with. To have one, copy each ${last} version to\n${copyTo} and write: benchmark: { folder: benchmark, copyOf: ${last} }`;
            notes.push(`no benchmark copy ${shownFolder(rootRel, layouts.stages, types/* DEFAULT_BENCHMARK */.so.folder)}: wrote benchmark: false (see the comment in the manifest)`);
        }
    }
    if (inventory.problems.length) {
        throw new src_errors/* DecisionError */.bW(`init wrote nothing: ${inventory.problems.length} ${inventory.problems.length === 1 ? 'problem' : 'problems'} above would make the manifest invalid; fix ${inventory.problems.length === 1 ? 'it' : 'them'} and run init again (no file was moved or changed)`, inventory.problems.map(p => located((0,paths/* joinRel */.gN)(rootRel, p.path), p.message)));
    }
    const dates = await versionDates(ctx, repoRoot, rootRel, inventory.models, layouts, folders.archive);
    const now = isoSeconds(ctx.now().toISOString());
    let datedNow = 0;
    const models = inventory.models.map(m => ({
        name: m.name,
        ...(m.files ? { files: m.files } : {}),
        versions: orderVersions(versioning, m.versions, dates).map(v => {
            let createdAt = dates.get(v);
            // Under `ordered` every version needs createdAt: one git cannot date
            // (never committed) is dated by this run, which makes it the newest.
            if (!createdAt && versioning === 'ordered') {
                createdAt = now;
                datedNow++;
            }
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
    if (inventory.numbered.length) {
        notes.push(`the layout has no {version}: each file is one version, numbered by the last commit that touched it, oldest first: ${inventory.numbered.map(n => `${(0,paths/* joinRel */.gN)(rootRel, n.path)} is ${n.model} ${n.version}`).join(', ')}`);
    }
    if (datedNow) {
        notes.push(`${datedNow} ${datedNow === 1 ? 'version was' : 'versions were'} never committed: createdAt is the time of this run (versioning ordered needs one), so ${datedNow === 1 ? 'it is' : 'they are'} the newest; commit first to date ${datedNow === 1 ? 'it' : 'them'} by git`);
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
        layout: layouts.layoutKey,
        archiveLayout: layouts.archiveLayoutKey,
        ...(versioning === 'ordered' ? { versioning } : {}),
        ignore: inventory.ignored.map(ignore/* literalGlob */.Iq),
        models
    });
    const result = {
        manifest: manifestRel,
        text,
        root: rootRel,
        stages: folders.stages,
        benchmark,
        archive: folders.archive,
        models: models.map(m => ({
            name: m.name,
            versions: m.versions.length,
            ...(m.files ? { files: m.files } : {})
        })),
        versions: models.reduce((n, m) => n + m.versions.length, 0),
        undated,
        notes
    };
    return { text, repoRoot, manifestRel, result, digests };
}
/** The templates init reads the repository with, and `--model` where they need it. */
function chooseLayouts(settings) {
    const parsed = initLayouts(settings.layout, settings.archiveLayout);
    if (!parsed.ok)
        throw new src_errors/* UsageError */.eb(parsed.errors.join('; '));
    const layouts = parsed.value;
    const withoutModel = [layouts.stages, layouts.archive].filter(t => !t.uses.has('model'));
    if (settings.model !== undefined) {
        if (!withoutModel.length) {
            throw new src_errors/* UsageError */.eb(`--model names the model of a layout without {model}, and ${(0,clip/* quote */.hD)(layouts.stages.source)} has one: leave --model out`);
        }
        if (!FOLDER_NAME.test(settings.model)) {
            throw new src_errors/* UsageError */.eb(`--model: ${(0,clip/* quote */.hD)(settings.model)} is not a model name (lower-case letters, digits, ".", "_", "-", at most 63 characters)`);
        }
    }
    else if (withoutModel.length) {
        throw new src_errors/* UsageError */.eb(`the layout ${(0,clip/* quote */.hD)(withoutModel[0].source)} has no {model}: name the model its files are with --model NAME`);
    }
    return layouts;
}
function chooseFolders(settings, rootAbs, rootRel, layouts) {
    const archive = folderName(settings.archive ?? types/* DEFAULT_ARCHIVE */.FJ.folder, '--archive');
    const benchmark = settings.benchmark === 'false'
        ? undefined
        : folderName(settings.benchmark ?? types/* DEFAULT_BENCHMARK */.so.folder, '--benchmark');
    const under = (name, template = layouts.stages) => folderHolds(rootAbs, template, name);
    let stages;
    const notes = [];
    if (settings.stages.length) {
        stages = settings.stages.map(s => folderName(s, '--stages'));
        const twice = stages.find((s, i) => stages.indexOf(s) !== i);
        if (twice)
            throw new src_errors/* UsageError */.eb(`--stages names ${(0,clip/* quote */.hD)(twice)} twice`);
        const absent = stages.filter(s => !under(s));
        if (absent.length) {
            notes.push(`${absent.map(s => shownFolder(rootRel, layouts.stages, s)).join(', ')}: nothing there yet; the ${absent.length === 1 ? 'stage starts' : 'stages start'} empty`);
        }
    }
    else {
        stages = types/* DEFAULT_STAGES */.my.map(s => s.name).filter(s => under(s));
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
    const regions = [
        ...stages.map(s => scanFolder(layouts.stages, s)),
        ...(under(archive, layouts.archive) ? [scanFolder(layouts.archive, archive)] : []),
        ...(benchmarkFound ? [scanFolder(layouts.stages, benchmark)] : [])
    ];
    const scanned = outermost(regions.map(r => r.dir));
    // A folder of models that is not a stage would go unnoticed: say which were left alone.
    if (!scanned.includes('.')) {
        const tops = new Set(scanned.map(d => d.split('/')[0]));
        const others = (0,external_node_fs_.readdirSync)(rootAbs, { withFileTypes: true })
            .filter(e => e.isDirectory() && !e.name.startsWith('.'))
            .map(e => e.name)
            .filter(name => !tops.has(name) && name !== benchmark)
            .sort();
        if (others.length) {
            notes.push(`left alone, not a stage: ${others.map(o => `${(0,paths/* joinRel */.gN)(rootRel, o)}/`).join(', ')} (name the stages in order with --stages to include ${others.length === 1 ? 'it' : 'them'})`);
        }
    }
    return { stages, archive, benchmark, benchmarkFound, scanned, notes };
}
/**
 * Whether `folder` (a stage, the benchmark or archive folder) has anything
 * under root by `template`: its own folder exists (`{stage}/…`), or, where
 * the stage is part of a file name (`{stage}{ext}`), a file matches.
 */
function folderHolds(rootAbs, template, folder) {
    const { dir, own } = scanFolder(template, folder);
    if (own)
        return isFolder(external_node_path_default().join(rootAbs, dir));
    const probe = (0,match/* compileLayouts */.R)('.', [
        { template, stages: [folder], isVersion: v => v.length > 0, tag: undefined }
    ]);
    try {
        return (0,external_node_fs_.readdirSync)(external_node_path_default().join(rootAbs, dir), { withFileTypes: true }).some(e => e.isFile() && probe.match((0,paths/* joinRel */.gN)(dir, e.name)) !== undefined);
    }
    catch {
        return false;
    }
}
/** Where a stage's files go, as a note shows it (`models/dev/`, `resources/dev{ext}`). */
function shownFolder(rootRel, template, stage) {
    const { dir, own } = scanFolder(template, stage);
    return own
        ? `${(0,paths/* joinRel */.gN)(rootRel, dir)}/`
        : (0,paths/* joinRel */.gN)(rootRel, template.source.replace('{stage}', stage));
}
/** The folders of the list that no other one holds (`.` holds every folder). */
function outermost(dirs) {
    const unique = [...new Set(dirs)].sort();
    return unique.filter(d => !unique.some(o => o !== d && (o === '.' || d.startsWith(`${o}/`))));
}
function folderName(name, option) {
    if (!FOLDER_NAME.test(name)) {
        throw new src_errors/* UsageError */.eb(`${option}: ${(0,clip/* quote */.hD)(name)} is not a stage or folder name (lower-case letters, digits, ".", "_", "-", at most 63 characters)`);
    }
    return name;
}
/**
 * Every file under the scanned folders that `keep` accepts (a repository-
 * relative path), relative to root, with its content digest; files `keep`
 * refuses are never read. Each digest is also kept in `digests`, by
 * repository-relative path, for the check that follows.
 */
function scan(repoRoot, rootRel, folders, keep, digests) {
    const dirs = folders.map(f => (0,paths/* joinRel */.gN)(rootRel, f));
    const tree = (0,file_tree/* listTree */.n)(repoRoot, (0,external_node_fs_.realpathSync)(repoRoot), dirs);
    const prefix = rootRel === '.' ? '' : `${rootRel}/`;
    const out = [];
    for (const [walked, entry] of tree) {
        // The walk of `.` names paths `./…`; git's own folder is never a model file.
        const rel = walked.startsWith('./') ? walked.slice(2) : walked;
        if (rel === '.git' || rel.startsWith('.git/'))
            continue;
        if (file_checks/* IGNORED_NAMES */.U4.has(rel.slice(rel.lastIndexOf('/') + 1)))
            continue;
        if (!keep(rel))
            continue;
        const underRoot = rel.slice(prefix.length);
        if (entry.problem) {
            out.push({ rel: underRoot, problem: entry.problem });
            continue;
        }
        try {
            const digest = (0,registry_digest/* digestFileSync */.EX)(entry.abs);
            digests.set(rel, digest);
            out.push({ rel: underRoot, digest: (0,registry_digest/* contentDigest */.eZ)(digest) });
        }
        catch (error) {
            out.push({ rel: underRoot, problem: `unreadable (${error.message})` });
        }
    }
    return out;
}
/**
 * Each version's last commit date, where git knows one: the last commit that
 * touched its own folder (files init ignores there included), or, where
 * versions share a folder (a file layout), the latest of its files'.
 */
async function versionDates(ctx, repoRoot, rootRel, models, layouts, archive) {
    const versions = models.flatMap(m => m.versions);
    const pathsOf = (v) => {
        const template = v.stage === archive ? layouts.archive : layouts.stages;
        return template.folder ? [(0,paths/* joinRel */.gN)(rootRel, v.dir)] : v.paths.map(p => (0,paths/* joinRel */.gN)(rootRel, p));
    };
    const wanted = new Map(versions.map(v => [v, pathsOf(v)]));
    const dates = await lastCommitDates(ctx, repoRoot, [...wanted.values()].flat());
    const out = new Map();
    for (const [v, paths] of wanted) {
        const known = paths.map(p => dates.get(p)).filter((d) => d !== undefined);
        if (known.length)
            out.set(v, known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)));
    }
    return out;
}
/** The last commit date of each path git knows, in UTC; none outside a git checkout. */
async function lastCommitDates(ctx, repoRoot, paths) {
    if (!paths.length || !(0,external_node_fs_.existsSync)(external_node_path_default().join(repoRoot, '.git')))
        return new Map();
    try {
        const dates = await ctx.git(repoRoot).lastCommitDates([...new Set(paths)]);
        return new Map([...dates].map(([p, date]) => [p, isoSeconds(date)]));
    }
    catch (error) {
        ctx.log.warning(`createdAt is left out: ${error.message}`);
        return new Map();
    }
}
/**
 * The versions as the manifest lists them: under SemVer highest first (as
 * found); under `ordered` newest first by date (an undated one, dated by
 * this run, first), then by name.
 */
function orderVersions(versioning, versions, dates) {
    if (versioning === 'semver')
        return versions;
    const time = (v) => {
        const d = dates.get(v);
        return d === undefined ? Infinity : Date.parse(d);
    };
    return [...versions].sort((a, b) => time(b) - time(a) || (a.version < b.version ? 1 : a.version > b.version ? -1 : 0));
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
async function checkAsValidate(draft) {
    const { text, repoRoot, manifestRel } = draft;
    const loaded = await (0,load/* loadRegistryWith */.yV)({ read: rel => (rel === manifestRel ? text : undefined), glob: () => [] }, { repoRoot, manifestRel });
    const diagnostics = [...loaded.diagnostics];
    if (loaded.registry && !diagnostics.some(d => d.severity === 'error')) {
        diagnostics.push(...(0,rules/* checkRules */.M)(loaded.registry));
        if (!diagnostics.some(d => d.severity === 'error')) {
            // The files were hashed by the scan a moment ago; the check reuses those digests.
            const checked = await (0,file_checks/* checkFiles */.gw)(loaded.registry, { digested: draft.digests });
            diagnostics.push(...checked.diagnostics);
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
