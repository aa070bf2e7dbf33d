export const id = 212;
export const ids = [212];
export const modules = {

/***/ 38985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ additionsOf),
/* harmony export */   v: () => (/* binding */ movesFile)
/* harmony export */ });
/** True for a move of one file (a name changes on the way), false for a whole folder. */
function movesFile(move) {
    return move.kind === 'file';
}
/** The files a plan adds: a registration's, none for the other kinds. */
function additionsOf(plan) {
    return plan.kind === 'register' ? plan.additions : [];
}


/***/ }),

/***/ 76904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ planChange)
});

// UNUSED EXPORTS: completePlan

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/changes/manifest-edit.ts
/**
 * In-place edits of a manifest text (SPEC §5: "the manifest is updated in
 * place, keeping comments, key order and formatting").
 *
 * The `yaml` Document API locates the nodes, but the text is edited by
 * splicing at the nodes' source ranges rather than by `doc.toString()`:
 * even with `{ lineWidth: 0, flowCollectionPadding: false }` re-serializing
 * collapses the padding before trailing comments (`x: 1      # c` becomes
 * `x: 1 # c`), moves a comment after `key:` onto its own line, and unfolds
 * `>-` folded strings onto one line. Splicing changes only the edited lines.
 *
 * A JSON manifest is parsed, edited and re-serialized with
 * `JSON.stringify(…, null, 2)`: its formatting is not preserved.
 */

function editManifest(text, edits) {
    if (text.trimStart().startsWith('{'))
        return editJson(text, edits);
    // Each edit re-parses: ranges stay exact after earlier splices.
    return edits.reduce(editYaml, text);
}
function editJson(text, edits) {
    // A UTF-8 byte order mark is not JSON; it is written back as it was read.
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const data = JSON.parse(text.slice(bom.length));
    for (const edit of edits) {
        const parent = walk(data, edit.path.slice(0, -1));
        const key = last(edit.path);
        if (edit.op === 'set')
            parent[key] = edit.value;
        else if (edit.op === 'delete')
            delete parent[key];
        else if (edit.op === 'insert') {
            const seq = parent[key];
            if (!Array.isArray(seq))
                throw new Error(`manifest edit: ${edit.path.join('.')} is not a list`);
            if (edit.at === 'first')
                seq.unshift(edit.value);
            else
                seq.push(edit.value);
        }
        else {
            const seq = parent[key];
            if (seq === undefined)
                parent[key] = [edit.value];
            else if (Array.isArray(seq))
                seq.push(edit.value);
            else
                throw new Error(`manifest edit: ${edit.path.join('.')} is not a list`);
        }
    }
    return bom + JSON.stringify(data, null, 2) + '\n';
}
function walk(data, path) {
    let node = data;
    for (const key of path) {
        if (node === null || typeof node !== 'object') {
            throw new Error(`manifest edit: no ${path.join('.')}`);
        }
        node = node[key];
    }
    if (node === null || typeof node !== 'object')
        throw new Error(`manifest edit: no ${path.join('.')}`);
    return node;
}
function last(path) {
    if (!path.length)
        throw new Error('manifest edit: empty key path');
    return path[path.length - 1];
}
function editYaml(text, edit) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const parentPath = edit.path.slice(0, -1);
    const parent = (parentPath.length ? doc.getIn(parentPath, true) : doc.contents);
    const key = last(edit.path);
    if (!(0,dist/* isMap */.jh)(parent) || typeof key !== 'string') {
        throw new Error(`manifest edit: ${edit.path.join('.')} is not a key of a map`);
    }
    const pair = findPair(parent, key);
    if (edit.op === 'delete')
        return pair ? deletePair(text, parent, pair) : text;
    if (edit.op === 'set') {
        if (!pair)
            return insertPair(text, parent, key, render(edit.value));
        return setValue(text, edit.path, pair, edit.value);
    }
    if (edit.op === 'insert') {
        if (!pair)
            return insertPair(text, parent, key, null, [render(edit.value)]);
        return insertItem(text, pair, edit.value, edit.at);
    }
    if (!pair)
        return insertPair(text, parent, key, null, [render(edit.value)]);
    return appendItem(text, pair, render(edit.value));
}
/** A map as the first or last item of a sequence, in the style of its items. */
function insertItem(text, pair, value, at) {
    const seq = pair.value;
    const first = (0,dist/* isSeq */.oP)(seq) ? seq.items[0] : undefined;
    if (!(0,dist/* isSeq */.oP)(seq) || seq.flow || !first)
        return appendItem(text, pair, render(value));
    if (at === 'last' && !((0,dist/* isMap */.jh)(first) && !first.flow))
        return appendItem(text, pair, render(value));
    const dash = text.lastIndexOf('-', range(first)[0]);
    const pad = ' '.repeat(column(text, dash));
    const item = (0,dist/* isMap */.jh)(first) && !first.flow
        ? `${pad}- ${blockMap(value, column(text, dash) + 2).trimStart()}`
        : `${pad}- ${render(value)}`;
    // Items separated by blank lines get one too.
    const second = seq.items[1];
    const gap = second && /\n[ \t]*\n/.test(text.slice(trimEnd(text, range(first)[1]), range(second)[0]));
    if (at === 'first') {
        const lineStart = text.lastIndexOf('\n', dash) + 1;
        return splice(text, lineStart, lineStart, `${item}\n${gap ? '\n' : ''}`);
    }
    const lastItem = seq.items[seq.items.length - 1];
    const end = lineEnd(text, trimEnd(text, range(lastItem)[1]));
    return splice(text, end, end, `\n${gap ? '\n' : ''}${item}`);
}
/** A map in block style at `indent` spaces: nested maps as blocks, lists and scalars inline. */
function blockMap(value, indent) {
    const pad = ' '.repeat(indent);
    const key = (k) => (isPlainOk(k) ? k : JSON.stringify(k));
    return Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => isPlainObject(v) && Object.keys(v).length
        ? `${pad}${key(k)}:\n${blockMap(v, indent + 2)}`
        : `${pad}${key(k)}: ${render(v)}`)
        .join('\n');
}
function findPair(map, key) {
    return map.items.find(p => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
}
function range(node) {
    const r = node?.range;
    if (!r)
        throw new Error('manifest edit: node without a source position');
    return r;
}
function setValue(text, path, pair, value) {
    const node = pair.value;
    // A block map keeps its block style: each of its keys is set on its own line.
    if ((0,dist/* isMap */.jh)(node) && !node.flow && isPlainObject(value)) {
        let out = text;
        for (const [k, v] of Object.entries(value))
            out = editYaml(out, { op: 'set', path: [...path, k], value: v });
        for (const p of node.items) {
            const k = (0,dist/* isScalar */.jn)(p.key) ? p.key.value : undefined;
            if (typeof k === 'string' && !(k in value))
                out = editYaml(out, { op: 'delete', path: [...path, k] });
        }
        return out;
    }
    const rendered = render(value);
    // An unchanged value keeps the author's quoting.
    if ((0,dist/* isScalar */.jn)(node) && node.value === value)
        return text;
    if (!node || ((0,dist/* isScalar */.jn)(node) && range(node)[0] === range(node)[1])) {
        // `key:` with nothing after it: the value goes after the colon.
        const colon = text.indexOf(':', range(pair.key)[1]);
        return splice(text, colon + 1, colon + 1, ` ${rendered}`);
    }
    const [start, end] = range(node);
    if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) ? !node.flow : false) {
        // A block collection replaced by a flow one: it moves onto the key's line.
        const keyEnd = range(pair.key)[1];
        const colon = text.indexOf(':', keyEnd);
        return splice(text, colon + 1, trimEnd(text, end), ` ${rendered}`);
    }
    return splice(text, start, end, rendered);
}
/** Inserts `key: value` (or `key:` with block items) as the map's last pair. */
function insertPair(text, map, key, value, items = []) {
    if (map.flow) {
        const close = text.lastIndexOf('}', range(map)[1]);
        const entry = `${key}: ${value ?? `[${items.join(', ')}]`}`;
        if (!map.items.length)
            return splice(text, range(map)[0] + 1, close, ` ${entry} `);
        // After the last entry, before any padding: `{ a: 1 }` → `{ a: 1, b: 2 }`.
        const at = trimEnd(text, close);
        return splice(text, at, at, `, ${entry}`);
    }
    const first = map.items[0];
    const indent = first ? column(text, range(first.key)[0]) : 0;
    const pad = ' '.repeat(indent);
    const at = first
        ? lineEnd(text, pairEnd(text, map.items[map.items.length - 1]))
        : text.length;
    const lines = value !== null
        ? [`${pad}${key}: ${value}`]
        : [`${pad}${key}:`, ...items.map(i => `${pad}  - ${i}`)];
    if (at >= text.length && !text.endsWith('\n'))
        return text + '\n' + lines.join('\n') + '\n';
    if (at >= text.length)
        return text + lines.join('\n') + '\n';
    return splice(text, at, at, '\n' + lines.join('\n'));
}
function appendItem(text, pair, item) {
    const seq = pair.value;
    if ((0,dist/* isSeq */.oP)(seq) && seq.flow) {
        const close = text.lastIndexOf(']', range(seq)[1]);
        if (!seq.items.length)
            return splice(text, range(seq)[0] + 1, close, item);
        const at = trimEnd(text, close);
        return splice(text, at, at, `, ${item}`);
    }
    if ((0,dist/* isSeq */.oP)(seq) && seq.items.length) {
        const firstStart = range(seq.items[0])[0];
        const dash = text.lastIndexOf('-', firstStart);
        const pad = ' '.repeat(column(text, dash));
        const at = lineEnd(text, trimEnd(text, range(seq.items[seq.items.length - 1])[1]));
        return splice(text, at, at, `\n${pad}- ${item}`);
    }
    if (!seq || ((0,dist/* isScalar */.jn)(seq) && seq.value === null)) {
        const pad = ' '.repeat(column(text, range(pair.key)[0]) + 2);
        const at = lineEnd(text, range(pair.key)[1]);
        return splice(text, at, at, `\n${pad}- ${item}`);
    }
    throw new Error('manifest edit: cannot append to a value that is not a list');
}
/** Removes a pair: its whole lines in a block map, `key: value` and a comma in a flow map. */
function deletePair(text, map, pair) {
    const start = range(pair.key)[0];
    const end = pairEnd(text, pair);
    if (map.flow) {
        const after = /^\s*,\s*/.exec(text.slice(end));
        if (after)
            return splice(text, start, end + after[0].length, '');
        const before = /,\s*$/.exec(text.slice(0, start));
        return splice(text, before ? start - before[0].length : start, end, '');
    }
    const from = text.lastIndexOf('\n', start - 1) + 1;
    const to = lineEnd(text, end);
    return splice(text, from, Math.min(to + 1, text.length), '');
}
/** Where a pair's text ends: a block scalar's range includes its trailing newlines. */
function pairEnd(text, pair) {
    const value = pair.value;
    return value?.range ? trimEnd(text, value.range[1]) : range(pair.key)[1];
}
function trimEnd(text, at) {
    let i = at;
    while (i > 0 && /\s/.test(text[i - 1]))
        i--;
    return i;
}
function lineEnd(text, at) {
    const nl = text.indexOf('\n', at);
    return nl < 0 ? text.length : nl;
}
function column(text, at) {
    return at - (text.lastIndexOf('\n', at - 1) + 1);
}
function splice(text, start, end, insert) {
    return text.slice(0, start) + insert + text.slice(end);
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Words that read back as the same string when written without quotes. */
function isPlainOk(s) {
    return (/^[A-Za-z_][A-Za-z0-9_./-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(s));
}
/**
 * Renders a value inline, the way the SPEC's examples write them: maps and
 * lists in flow style, plain words bare, anything else (versions, times,
 * `@team`) double-quoted so that every YAML reader gets the same string.
 */
function render(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (typeof value === 'string')
        return isPlainOk(value) ? value : JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(render).join(', ')}]`;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${isPlainOk(k) ? k : JSON.stringify(k)}: ${render(v)}`).join(', ')} }`;
}

// EXTERNAL MODULE: ./src/changes/plan-hash.ts
var plan_hash = __webpack_require__(50855);
// EXTERNAL MODULE: ./src/changes/promote-plan.ts
var promote_plan = __webpack_require__(18933);
// EXTERNAL MODULE: ./src/changes/register-plan.ts
var register_plan = __webpack_require__(17846);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/version-order.ts
var version_order = __webpack_require__(91106);
// EXTERNAL MODULE: ./src/changes/plan-parts.ts + 1 modules
var plan_parts = __webpack_require__(82745);
;// CONCATENATED MODULE: ./src/changes/retire-plan.ts
/**
 * Plans a retirement (SPEC §3 `retire`) without touching anything: a version
 * that will not be promoted leaves its stage for the archive with
 * `retired: { at, reason: retired, actor }`, and one history entry records
 * why. `planChange` turns the draft into the plan.
 *
 * Production is not a place to retire from: taking the serving version away
 * leaves nothing serving, so that is a rollback or the promotion of a
 * replacement. A version's `traffic` plays no part. When the benchmark
 * copies the version's stage (`copyOf`, not production) and mirrors this
 * version, the copy follows: removed, and refreshed from the highest live
 * version that stays in that stage, if any.
 */





function draftRetirement(reg, req) {
    if (!req.reason.trim())
        throw new errors/* UsageError */.eb('retire needs "reason"');
    const model = (0,plan_parts/* requireModel */.nj)(reg, req.model);
    const index = (0,plan_parts/* versionIndex */.Vm)(model, req.version);
    const entry = model.spec.versions[index];
    checkRetirement(reg, model, entry);
    const archive = reg.archive.folder;
    return {
        kind: 'retire',
        model: model.name,
        version: entry.version,
        from: entry.stage,
        to: archive,
        reason: req.reason,
        moves: [
            ...(0,plan_parts/* stageMoves */.zT)(reg, model, entry, archive, 'retire'),
            ...benchmarkFollows(reg, model, entry)
        ],
        edits: (0,plan_parts/* archiveEdits */.ql)(reg, model, index, { at: req.at, reason: 'retired', actor: req.actor }),
        history: (0,plan_parts/* historyEntry */.xg)(model, entry, archive, req, req.reason),
        file: model.source
    };
}
/** The refusals that need only the manifest. */
function checkRetirement(reg, model, entry) {
    const id = `${model.name} ${(0,clip/* clip */.$Q)(entry.version)}`;
    const names = (0,layout/* stageNames */.hL)(reg);
    if (entry.stage === reg.archive.folder) {
        throw new errors/* DecisionError */.bW(`${id} is already in ${reg.archive.folder}`);
    }
    const at = names.indexOf(entry.stage);
    if (at < 0) {
        // validate refuses such a manifest; say so rather than guess
        throw new errors/* DecisionError */.bW(`${id} is in "${entry.stage}", not one of ${(0,layout/* knownStages */.Vd)(reg).join(', ')}`);
    }
    if (at === names.length - 1) {
        throw new errors/* DecisionError */.bW(`${id} is in ${entry.stage}: retire moves versions that will not be promoted; use rollback or promote a replacement`);
    }
}
/**
 * When the benchmark mirrors the version that leaves (a benchmark copying a
 * stage before production), the copy goes with it and the highest live
 * version staying in that stage, if any, becomes the copy.
 */
function benchmarkFollows(reg, model, entry) {
    if (!reg.benchmark || (0,layout/* benchmarkSource */.Dv)(reg, model) !== entry)
        return [];
    const next = (0,version_order/* newestFirst */.ll)(reg, model, model.spec.versions.filter(v => v !== entry && v.stage === entry.stage && (0,layout/* isLive */.DG)(v)))[0];
    if (next)
        return (0,plan_parts/* benchmarkMoves */.gw)(reg, model, next, entry.stage);
    return (0,plan_parts/* benchmarkRemoval */.CO)(reg, model, entry);
}

// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
// EXTERNAL MODULE: ./src/changes/wording.ts
var changes_wording = __webpack_require__(88313);
;// CONCATENATED MODULE: ./src/changes/rollback-plan.ts
/**
 * Plans a rollback (SPEC §5, `rollback`) without touching anything: an
 * archived version returns to production and the production version it
 * replaces goes to the archive with `reason: rolled-back`. `planChange`
 * turns the draft into the plan.
 *
 * Which version comes back:
 * - without `version`: the archived version whose `retired.replacedBy` is a
 *   current production version and whose `retired.reason` is `replaced`
 *   (the version that production had before a promotion); the most recently
 *   retired one wins, then the highest. A version archived by an earlier
 *   rollback (`rolled-back`) or withdrawn on purpose (`retired`) is never
 *   picked by default: bringing back what someone took out must be asked for;
 * - with `version`: any archived version, whatever its `retired.reason`:
 *   naming it is that explicit request, and the PR is reviewed.
 *
 * Gates are not checked (the version served in production before).
 * Production's live versions (no `traffic`, or 100) are the ones a rollback
 * considers, except during a gradual rollout: when production holds a
 * candidate below 100, `rollback` stops that rollout instead — the
 * candidate goes to the archive with `reason: rolled-back` and `replacedBy`
 * the incumbent, which keeps all traffic (it had no `traffic` key and gets
 * none); nothing else moves and the benchmark copy, still the incumbent's,
 * stays. Naming a `version` then is refused: stop the rollout first.
 */






function draftRollback(reg, req) {
    const model = (0,plan_parts/* requireModel */.nj)(reg, req.model);
    const production = reg.stages[reg.stages.length - 1].name;
    const archive = reg.archive.folder;
    const current = model.spec.versions.filter(v => v.stage === production && (0,layout/* isLive */.DG)(v));
    if (current.length === 0) {
        throw new errors/* DecisionError */.bW(`no version of ${model.name} is in ${production}; nothing to roll back`);
    }
    const rolling = (0,plan_parts/* rolloutCandidate */.XS)(model, production);
    if (rolling)
        return planRolloutStop(reg, model, rolling, current, req);
    const targetIndex = req.version === undefined
        ? defaultTarget(reg, model, current, archive)
        : namedTarget(model, req.version, archive);
    const target = model.spec.versions[targetIndex];
    const leaving = rolledBackFrom(reg, model, target, current);
    const leavingIndex = model.spec.versions.indexOf(leaving);
    const moves = [
        ...(0,plan_parts/* stageMoves */.zT)(reg, model, target, production, 'restore'),
        ...(0,plan_parts/* stageMoves */.zT)(reg, model, leaving, archive, 'archive'),
        ...benchmarkRefresh(reg, model, current, leaving, target, production)
    ];
    const edits = [
        { op: 'set', path: (0,plan_parts/* versionPath */.qW)(model, targetIndex, 'stage'), value: production }
    ];
    if (target.retired) {
        edits.push({ op: 'delete', path: (0,plan_parts/* versionPath */.qW)(model, targetIndex, 'retired') });
    }
    edits.push(...(0,plan_parts/* archiveEdits */.ql)(reg, model, leavingIndex, {
        at: req.at,
        reason: 'rolled-back',
        replacedBy: target.version,
        actor: req.actor
    }));
    return {
        kind: 'rollback',
        model: model.name,
        version: target.version,
        from: archive,
        to: production,
        rolledBackFrom: leaving.version,
        moves,
        edits,
        history: (0,plan_parts/* historyEntry */.xg)(model, target, production, req, `rollback of ${leaving.version}`),
        file: model.source
    };
}
/** Rollback during a rollout: the candidate leaves for the archive, the incumbent keeps all traffic. */
function planRolloutStop(reg, model, candidate, current, req) {
    const production = candidate.stage;
    const share = (0,changes_wording/* percent */.KN)(candidate.traffic);
    const incumbent = (0,version_order/* newestFirst */.ll)(reg, model, current)[0];
    if (req.version !== undefined) {
        throw new errors/* DecisionError */.bW(`${model.name} ${candidate.version} is rolling out in ${production} (${share} of traffic): rollback without \`version\` stops that rollout and returns all traffic to ${incumbent.version}; roll back to another version after that`);
    }
    const index = model.spec.versions.indexOf(candidate);
    const moves = (0,plan_parts/* stageMoves */.zT)(reg, model, candidate, reg.archive.folder, 'archive');
    const edits = (0,plan_parts/* archiveEdits */.ql)(reg, model, index, {
        at: req.at,
        reason: 'rolled-back',
        replacedBy: incumbent.version,
        actor: req.actor
    });
    return {
        kind: 'rollback',
        model: model.name,
        version: incumbent.version,
        from: production,
        to: production,
        rolledBackFrom: candidate.version,
        traffic: { from: candidate.traffic, to: 0 },
        moves,
        edits,
        history: (0,plan_parts/* historyEntry */.xg)(model, candidate, reg.archive.folder, req, `rollout stopped at ${share}; all traffic back to ${incumbent.version}`),
        file: model.source
    };
}
/**
 * The archived version a current production version replaced: `reason:
 * replaced` only, the latest `retired.at` first, then the highest version.
 */
function defaultTarget(reg, model, current, archive) {
    const order = (0,version_order/* versionComparator */.n)(reg, model);
    const candidates = model.spec.versions
        .map((v, i) => ({ v, i }))
        .filter(({ v }) => v.stage === archive &&
        v.retired?.reason === 'replaced' &&
        current.some(c => replaced(c, v.retired?.replacedBy)))
        .sort((a, b) => retiredOrder(b.v, a.v) || order(b.v, a.v));
    if (candidates.length === 0) {
        const names = (0,version_order/* newestFirst */.ll)(reg, model, current)
            .reverse()
            .map(v => v.version)
            .join(' or ');
        throw new errors/* DecisionError */.bW(`no archived version of ${model.name} was replaced by ${names}; name the version to bring back with \`version\``);
    }
    return candidates[0].i;
}
function namedTarget(model, version, archive) {
    const index = (0,plan_parts/* versionIndex */.Vm)(model, version);
    const entry = model.spec.versions[index];
    if (entry.stage !== archive) {
        throw new errors/* DecisionError */.bW(`${model.name} ${entry.version} is in ${entry.stage}, not in ${archive}; rollback brings back an archived version`);
    }
    return index;
}
/**
 * The production version that leaves: the one the target's `replacedBy`
 * names when it is in production, else the highest production version.
 */
function rolledBackFrom(reg, model, target, current) {
    const named = current.find(c => replaced(c, target.retired?.replacedBy));
    return named ?? (0,version_order/* newestFirst */.ll)(reg, model, current)[0];
}
/**
 * The benchmark copy mirrors the highest live production version: after the
 * rollback that is the highest of the versions that stay and the restored
 * one. It is refreshed (the old copy removed, the new one copied from the
 * version's folder as it is before the moves) only when that changes, which
 * with one production version is always. Nothing when the benchmark copies
 * another stage, or there is none.
 */
function benchmarkRefresh(reg, model, current, leaving, target, production) {
    const after = (0,version_order/* newestFirst */.ll)(reg, model, [...current.filter(v => v !== leaving), target])[0];
    if ((0,layout/* benchmarkSource */.Dv)(reg, model)?.version === after.version)
        return [];
    return (0,plan_parts/* benchmarkMoves */.gw)(reg, model, after, production);
}
/** True when `replacedBy` (a `retired.replacedBy`) names the version `c`. */
function replaced(c, replacedBy) {
    return replacedBy !== undefined && (0,semver/* sameVersion */.r1)(c.version, replacedBy);
}
/** Orders by `retired.at` as a time; an unreadable time sorts first. */
function retiredOrder(a, b) {
    const ta = time(a.retired?.at);
    const tb = time(b.retired?.at);
    return ta === tb ? 0 : ta < tb ? -1 : 1;
}
function time(at) {
    const t = typeof at === 'string' ? Date.parse(at) : at instanceof Date ? at.getTime() : NaN;
    return Number.isNaN(t) ? -Infinity : t;
}

;// CONCATENATED MODULE: ./src/changes/plan-change.ts







function planChange(reg, req) {
    return completePlan(draftChange(reg, req));
}
function draftChange(reg, req) {
    switch (req.kind) {
        case 'promote':
            return (0,promote_plan/* draftPromotion */.n)(reg, req);
        case 'rollback':
            return draftRollback(reg, req);
        case 'register':
            return (0,register_plan/* draftRegistration */.Vu)(reg, req);
        case 'retire':
            return draftRetirement(reg, req);
    }
}
/** A draft with its history entry appended, the new manifest text, hash, branch and message. */
function completePlan(draft) {
    // A shard keeps its own history; a model of the registry file logs to the top-level one.
    const edits = [...draft.edits, { op: 'append', path: ['history'], value: draft.history }];
    const additions = draft.kind === 'register' ? draft.additions : undefined;
    // planHash leaves out timestamps and run links: the same change asked for again later, or
    // from another run, is the same plan. The kind is in it: a rollback never shares a promotion's.
    const hash = (0,plan_hash/* planHash */.S)({
        kind: draft.kind,
        moves: draft.moves,
        edits,
        file: draft.file.relPath,
        additions: additions?.map(({ path, digest, lfs }) => ({ path, digest, lfs }))
    });
    const wording = (0,changes_wording/* wordingOf */.O3)(draft.kind);
    return {
        ...draft,
        edits,
        newText: editManifest(draft.file.text, edits),
        hash,
        branch: wording.branch(draft),
        commitMessage: commitMessage(wording.subject(draft), draft.moves, hash, additions)
    };
}
/** Subject, a blank line, one line per file added and folder moved, a blank line, the trailer. */
function commitMessage(subject, moves, hash, additions = []) {
    const lines = [
        ...additions.map(a => `- add ${a.path}${a.lfs ? ' (Git LFS pointer)' : ''}`),
        ...moves.map(m => m.to === null ? `- remove ${m.from} (${m.reason})` : `- ${m.from} -> ${m.to} (${m.reason})`)
    ];
    return [subject, '', ...lines, '', `Modelgate-Plan: ${hash}`].join('\n');
}


/***/ }),

/***/ 50855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ planHash),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The `Modelgate-Plan` trailer of SPEC §5: a hash of the planned moves and
 * manifest edits with every timestamp (and run link) left out, so that planning the same
 * promotion again later gives the same hash and `promote` can recognise a
 * branch that already carries this plan.
 */

function planHash(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(canonicalJson(withoutTimestamps(parts)))
        .digest('hex');
}
/**
 * Keys that say when and from which run, not what: `at` (of `retired` and
 * history entries), `createdAt` and `run` links. The same change asked for
 * again from another workflow run is the same plan, so it is `unchanged`
 * instead of a new commit that differs only in a link.
 */
const CIRCUMSTANTIAL = new Set(['at', 'createdAt', 'run']);
function withoutTimestamps(value) {
    if (Array.isArray(value))
        return value.map(withoutTimestamps);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (!CIRCUMSTANTIAL.has(k))
            out[k] = withoutTimestamps(v);
    }
    return out;
}
/** JSON with object keys sorted, so key order never changes the hash. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}


/***/ }),

/***/ 82745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kC: () => (/* binding */ archiveDisplaced),
  ql: () => (/* binding */ archiveEdits),
  gw: () => (/* binding */ benchmarkMoves),
  CO: () => (/* binding */ benchmarkRemoval),
  xg: () => (/* binding */ historyEntry),
  nj: () => (/* binding */ requireModel),
  XS: () => (/* binding */ rolloutCandidate),
  zT: () => (/* binding */ stageMoves),
  Vm: () => (/* binding */ versionIndex),
  qW: () => (/* binding */ versionPath)
});

// UNUSED EXPORTS: displacedBy, stageCapacity

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/registry.ts
var registry = __webpack_require__(77936);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/layouts.ts
var layouts = __webpack_require__(71300);
// EXTERNAL MODULE: ./src/registry/layout-template/render.ts
var render = __webpack_require__(99863);
;// CONCATENATED MODULE: ./src/registry/layout-template/version-move.ts
/**
 * How a version's files move from one place to another (a promotion, the
 * archive, a rollback), for the promotion planner (issue #12).
 *
 * - `folder`: both templates give the version a folder of its own (last
 *   segment `{file}`), so the files keep their names inside it and the
 *   folder moves whole: one `040000` tree entry, and files inside it that
 *   `ignore` names travel with it;
 * - `files`: a name changes on the way (a stage in the file name, a flat
 *   archive), so each file moves on its own and ignored files stay;
 * - `unchanged`: every path stays where it is.
 */

function planVersionMove(root, model, version, files, source, target) {
    const at = (p) => ({ stage: p.stage, model, version });
    const fromFolder = (0,render/* renderFolder */.jz)(source.template, root, at(source));
    const toFolder = (0,render/* renderFolder */.jz)(target.template, root, at(target));
    if (fromFolder !== undefined && toFolder !== undefined) {
        return fromFolder === toFolder
            ? { kind: 'unchanged' }
            : { kind: 'folder', from: fromFolder, to: toFolder };
    }
    const moves = files
        .map(file => ({
        file,
        from: (0,render/* renderPath */.i7)(source.template, root, { ...at(source), file }),
        to: (0,render/* renderPath */.i7)(target.template, root, { ...at(target), file })
    }))
        .filter(m => m.from !== m.to);
    return moves.length ? { kind: 'files', moves } : { kind: 'unchanged' };
}

// EXTERNAL MODULE: ./src/registry/version-order.ts
var version_order = __webpack_require__(91106);
;// CONCATENATED MODULE: ./src/changes/plan-parts.ts
/**
 * The pieces the planners of every kind of change build their drafts from:
 * finding the model and version a request names (or the refusal), moving a
 * version's files by the layout templates of the two places, sending a
 * version to the archive, the history entry and the benchmark copy's refresh.
 */








/** The model named in a request, or the refusal "unknown model". */
function requireModel(reg, name) {
    const model = (0,registry/* findModel */.P)(reg, name);
    if (!model)
        throw new errors/* DecisionError */.bW(`unknown model ${(0,clip/* quote */.hD)(name)}`);
    return model;
}
/**
 * Index of `version` in the model's `versions` (`v1.3.0` finds `1.3.0`), or
 * the refusal listing the versions it has.
 */
function versionIndex(model, version) {
    const entry = (0,semver/* findVersion */.Am)(model.spec.versions, version);
    const index = entry ? model.spec.versions.indexOf(entry) : -1;
    if (index < 0) {
        const known = (0,clip/* clip */.$Q)(model.spec.versions.map(v => v.version).join(', '));
        throw new errors/* DecisionError */.bW(`model ${model.name} has no version ${(0,clip/* quote */.hD)(version)} (it has ${known})`);
    }
    return index;
}
/** Key path of a key of the model's `index`-th version entry, in the model's own file. */
function versionPath(model, index, key) {
    return [...model.at, 'versions', index, key];
}
/**
 * The moves that take a version's files from its stage to `to` (a stage, the
 * archive or the benchmark folder), by the layout in force in each: one move
 * of its whole folder when both give it a folder of its own, else one move
 * per file whose path changes.
 */
function stageMoves(reg, model, entry, to, reason) {
    const name = model.name;
    const place = (stage) => ({ template: (0,layouts/* layoutFor */.Q2)(reg, name, stage), stage });
    const planned = planVersionMove(reg.root, name, entry.version, (0,layout/* versionFiles */.uP)(entry), place(entry.stage), place(to));
    const version = entry.version;
    switch (planned.kind) {
        case 'unchanged':
            return [];
        case 'folder':
            return [{ model: name, version, from: planned.from, to: planned.to, reason }];
        case 'files':
            return planned.moves.map(m => ({
                model: name,
                version,
                kind: 'file',
                from: m.from,
                to: m.to,
                reason
            }));
    }
}
/**
 * How many versions of the model `stage` holds at most: its `capacity`, else
 * 1 where the stage's layout has no `{version}` (one path per model there),
 * else no limit (undefined).
 */
function stageCapacity(reg, model, stage) {
    const spec = reg.stages.find(s => s.name === stage);
    if (spec?.capacity !== undefined)
        return spec.capacity;
    return (0,layouts/* layoutFor */.Q2)(reg, model, stage).uses.has('version') ? undefined : 1;
}
/**
 * Indexes of the live versions that leave `stage` when `entering` comes in
 * (its capacity reached), the lowest versions first; `entering` itself is
 * never one of them.
 */
function displacedBy(reg, model, stage, entering) {
    const capacity = stageCapacity(reg, model.name, stage);
    if (capacity === undefined)
        return [];
    const order = (0,version_order/* versionComparator */.n)(reg, model);
    const live = model.spec.versions
        .map((v, i) => ({ v, i }))
        .filter(({ v }) => v.stage === stage && (0,layout/* isLive */.DG)(v) && v !== entering)
        .sort((a, b) => order(a.v, b.v));
    const excess = live.length + 1 - capacity;
    return excess > 0 ? live.slice(0, excess).map(({ i }) => i) : [];
}
/**
 * The moves and edits that archive the versions `entering` displaces from a
 * full `stage` (see displacedBy), each `replaced` by `replacedBy`.
 */
function archiveDisplaced(reg, model, stage, entering, replacedBy, req) {
    const moves = [];
    const edits = [];
    for (const i of displacedBy(reg, model, stage, entering)) {
        moves.push(...stageMoves(reg, model, model.spec.versions[i], reg.archive.folder, 'archive'));
        edits.push(...archiveEdits(reg, model, i, {
            at: req.at,
            reason: 'replaced',
            replacedBy,
            actor: req.actor
        }));
    }
    return { moves, edits };
}
/** The edits that send the model's `index`-th version to the archive with `retired`. */
function archiveEdits(reg, model, index, retired) {
    return [
        { op: 'set', path: versionPath(model, index, 'stage'), value: reg.archive.folder },
        { op: 'set', path: versionPath(model, index, 'retired'), value: retired },
        // `traffic` belongs to a rollout stage: an archived version serves nothing
        ...(model.spec.versions[index].traffic !== undefined
            ? [{ op: 'delete', path: versionPath(model, index, 'traffic') }]
            : [])
    ];
}
/** The history entry of a version leaving its current stage for `to`. */
function historyEntry(model, entry, to, req, reason, traffic) {
    return {
        at: req.at,
        model: model.name,
        version: entry.version,
        from: entry.stage,
        to,
        actor: req.actor,
        ...(req.run ? { run: req.run } : {}),
        ...(reason ? { reason } : {}),
        ...(traffic !== undefined ? { traffic } : {})
    };
}
/** The version of the model rolling out in `stage` (traffic below 100), if any. */
function rolloutCandidate(model, stage) {
    return model.spec.versions.find(v => v.stage === stage && !(0,layout/* isLive */.DG)(v));
}
/**
 * Entering the benchmark's `copyOf` stage refreshes the copy: the old copy
 * is derived data and the one deletion SPEC §7 allows; the new copy holds
 * `entry`'s files, so it is the same tree as its folder (where `entry` is
 * now, before the plan's moves). No moves unless `to` is the `copyOf` stage.
 */
function benchmarkMoves(reg, model, entry, to) {
    if (!reg.benchmark || reg.benchmark.copyOf !== to)
        return [];
    const current = (0,layout/* benchmarkSource */.Dv)(reg, model);
    return [
        ...(current ? benchmarkRemoval(reg, model, current) : []),
        ...stageMoves(reg, model, entry, reg.benchmark.folder, 'benchmark-refresh')
    ];
}
/**
 * The removal of the benchmark copy of `current`: its folder, where the
 * benchmark layout gives the copy one, else each of its files (a file
 * layout's folder holds other stages' files too).
 */
function benchmarkRemoval(reg, model, current) {
    if (!reg.benchmark)
        return [];
    const { name } = model;
    const removal = (from) => ({
        model: name,
        version: current.version,
        from,
        to: null,
        reason: 'benchmark-remove'
    });
    if ((0,layout/* hasOwnFolder */.fR)(reg, name, reg.benchmark.folder)) {
        return [removal((0,layout/* benchmarkDir */.z4)(reg, name, current.version))];
    }
    return (0,layout/* versionFiles */.uP)(current).map(file => ({
        ...removal((0,layout/* benchmarkFilePath */.$z)(reg, name, current.version, file)),
        kind: 'file'
    }));
}


/***/ }),

/***/ 18933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ checkPromotion),
/* harmony export */   n: () => (/* binding */ draftPromotion)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95861);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);
/* harmony import */ var _plan_parts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82745);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88313);
/**
 * Drafts a promotion (SPEC §5, step 2) without touching anything: which
 * version folders move where and which manifest keys change. `promote`
 * checks gates before and writes the commit after; this module only
 * decides, and `planChange` turns the draft into the plan.
 */





/**
 * A stage with `rollout` is entered in steps (SPEC §5): the first `promote`
 * moves the folder in with `traffic: steps[0]`; each further `promote` of
 * the same version to the same stage changes only its `traffic` to the next
 * step (no folder moves). Capacity, archiving and the benchmark refresh
 * apply at the step that reaches 100, which also removes `traffic`: a
 * version without it serves the stage fully.
 */
/**
 * The refusals of SPEC §5 step 1 that need only the manifest (unknown names,
 * order, rollouts in progress), so `promote` can refuse before it checks files
 * and gates; `draftPromotion` applies them too.
 */
function checkPromotion(reg, req) {
    const model = (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .requireModel */ .nj)(reg, req.model);
    const index = (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .versionIndex */ .Vm)(model, req.version);
    return { model, index, target: checkMove(reg, model, model.spec.versions[index], req.to) };
}
function draftPromotion(reg, req) {
    const { model, index, target } = checkPromotion(reg, req);
    const entry = model.spec.versions[index];
    const traffic = rolloutStep(entry, target);
    const entering = entry.stage !== target.name;
    const complete = !traffic || traffic.to >= 100;
    const moves = entering ? (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .stageMoves */ .zT)(reg, model, entry, target.name, 'promote') : [];
    const edits = entering
        ? [{ op: 'set', path: (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPath */ .qW)(model, index, 'stage'), value: target.name }]
        : [];
    if (entry.retired)
        edits.push({ op: 'delete', path: (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPath */ .qW)(model, index, 'retired') });
    if (!complete) {
        edits.push({ op: 'set', path: (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPath */ .qW)(model, index, 'traffic'), value: traffic.to });
    }
    else if (entry.traffic !== undefined) {
        edits.push({ op: 'delete', path: (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPath */ .qW)(model, index, 'traffic') });
    }
    if (req.metrics && Object.keys(req.metrics).length) {
        const metrics = { ...entry.metrics, ...req.metrics };
        edits.push({ op: 'set', path: (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPath */ .qW)(model, index, 'metrics'), value: metrics });
    }
    // A full stage (by `capacity`, or a layout without `{version}`) sends its lowest versions away.
    if (complete) {
        const displaced = (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveDisplaced */ .kC)(reg, model, target.name, entry, entry.version, req);
        moves.push(...displaced.moves);
        edits.push(...displaced.edits);
    }
    if (complete)
        moves.push(...(0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarkMoves */ .gw)(reg, model, entry, target.name));
    const common = {
        model: model.name,
        version: entry.version,
        from: entry.stage,
        to: target.name,
        moves,
        edits,
        history: (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .historyEntry */ .xg)(model, entry, target.name, req, undefined, traffic?.to),
        file: model.source
    };
    return traffic ? { kind: 'rollout', ...common, traffic } : { kind: 'promote', ...common };
}
/**
 * The rollout step a promotion to `target` makes, or undefined for a move in
 * one step (no `rollout`, or its only step is 100). Entering: the first
 * step; in the stage already (checkMove allows that only below 100): the
 * first step above the current traffic, so steps advance one at a time.
 */
function rolloutStep(entry, target) {
    const steps = target.rollout?.steps ?? [];
    if (entry.stage !== target.name)
        return steps.length && steps[0] < 100 ? { to: steps[0] } : undefined;
    const from = entry.traffic ?? 100;
    return { from, to: steps.find(s => s > from) ?? 100 };
}
/** Every refusal of SPEC §5 step 1 that needs only the manifest; returns the target stage. */
function checkMove(reg, model, entry, to) {
    const id = `${model.name} ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(entry.version)}`;
    if (reg.benchmark && to === reg.benchmark.folder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`cannot promote to "${to}": it is the benchmark folder, refreshed from ${reg.benchmark.copyOf} automatically`);
    }
    if (to === reg.archive.folder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`cannot promote to ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(to)}: it is the archive; use retire`);
    }
    const names = (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .stageNames */ .hL)(reg);
    const targetIndex = names.indexOf(to);
    if (targetIndex < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`unknown stage ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(to)} (stages: ${names.join(', ')})`);
    }
    if (entry.stage === reg.archive.folder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} is archived and cannot be promoted; use rollback to bring it back, or register it again`);
    }
    const fromIndex = names.indexOf(entry.stage);
    if (fromIndex < 0) {
        // validate refuses such a manifest; say so rather than guess an order
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} is in "${entry.stage}", not one of ${(0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .knownStages */ .Vd)(reg).join(', ')}`);
    }
    const target = reg.stages[targetIndex];
    if (fromIndex === targetIndex) {
        // the next step of a rollout in progress; a version with all traffic is simply there
        if (target.rollout && !(0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .isLive */ .DG)(entry))
            return target;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} is already in ${to}`);
    }
    if (targetIndex < fromIndex) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} cannot move backwards from ${entry.stage} to ${to}; use rollback`);
    }
    if (targetIndex > fromIndex + 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} cannot skip a stage: from ${entry.stage} the next stage is ${names[fromIndex + 1]}, not ${to}`);
    }
    if (!(0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .isLive */ .DG)(entry)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} is rolling out in ${entry.stage} (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)(entry.traffic)} of traffic): finish the rollout (promote it to ${entry.stage} again) before it moves on`);
    }
    const rolling = target.rollout ? (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .rolloutCandidate */ .XS)(model, to) : undefined;
    if (rolling) {
        const last = targetIndex === names.length - 1;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${model.name} ${rolling.version} is rolling out in ${to} (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)(rolling.traffic)} of traffic): one rollout at a time; finish it (promote ${rolling.version} to ${to} again) or ${last ? 'stop it with rollback' : `retire ${rolling.version}`} first`);
    }
    return target;
}


/***/ }),

/***/ 65154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ candidateFromEntry)
/* harmony export */ });
/** The PR's candidate as its manifest entry describes it; `metrics` overrides the recorded ones. */
function candidateFromEntry(entry, metrics = entry.metrics) {
    return {
        version: entry.version,
        source: entry.source,
        createdAt: entry.createdAt,
        notes: entry.notes,
        metrics
    };
}


/***/ }),

/***/ 17846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ checkRegistration),
/* harmony export */   St: () => (/* binding */ benchmarkCopyPath),
/* harmony export */   Vu: () => (/* binding */ draftRegistration)
/* harmony export */ });
/* unused harmony export GIT_FILE_LIMIT */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95861);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);
/* harmony import */ var _registry_layouts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71300);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(34323);
/* harmony import */ var _registry_layout_template_version_rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68205);
/* harmony import */ var _registry_layout_template_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99863);
/* harmony import */ var _registry_version_order_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91106);
/* harmony import */ var _plan_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82745);
/**
 * Plans a registration (SPEC §3 `register`) without touching anything: a
 * trained model's files enter the first stage as a new version, at the paths
 * the stage's layout gives them, with their digests, metrics, lineage and one
 * history entry. A first stage that holds one version per model (by
 * `capacity`, or a layout without `{version}`) sends its occupant to the
 * archive, as a promotion into a full stage does. The caller reads the files
 * and the .gitattributes; this module only decides, and `planChange` turns
 * the draft into the plan, whose `additions` are the new files.
 */









/** GitHub refuses files over 100 MiB in git; larger ones must go through Git LFS. */
const GIT_FILE_LIMIT = 100 * 1024 * 1024;
/** The refusals that need no files: unknown model, a bad, existing or older version. */
function checkRegistration(reg, req) {
    const model = (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .requireModel */ .nj)(reg, req.model);
    const id = `${model.name} ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$Q)(req.version)}`;
    const ordered = (0,_registry_version_order_js__WEBPACK_IMPORTED_MODULE_6__/* .versioningOf */ .eu)(reg, model) === 'ordered';
    if (ordered && !(0,_registry_layout_template_version_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .isOrderedVersion */ .gm)(req.version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(req.version)} is not a version name (model ${model.name} has versioning: ordered: letters, digits, ".", "_", "+", "-", starting with a letter or digit, at most 128 characters)`);
    }
    if (!ordered && !(0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .isSemVer */ .R6)(req.version)) {
        const meant = (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .semverSuggestion */ .hK)(req.version);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${(0,_clip_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(req.version)} is not a SemVer version (e.g. 1.4.0, 2.0.0-rc.1)${meant ? `: write "${meant}"` : ''}${meant ? '' : '; names such as training session ids need versioning: ordered'}`);
    }
    const versions = model.spec.versions;
    const same = versions.find(v => ordered ? v.version === req.version : (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .compareVersions */ .Zy)(v.version, req.version) === 0);
    if (same) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} already exists (as ${same.version}, in ${same.stage}); register a new version`);
    }
    const order = (0,_registry_version_order_js__WEBPACK_IMPORTED_MODULE_6__/* .versionComparator */ .n)(reg, model);
    const highest = (0,_registry_version_order_js__WEBPACK_IMPORTED_MODULE_6__/* .newestFirst */ .ll)(reg, model, versions)[0];
    const incoming = { version: req.version, stage: '', files: {}, createdAt: req.at };
    if (highest && order(incoming, highest) < 0 && !req.allowOlder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(ordered
            ? `${id} would be older than ${model.name} ${highest.version}, created ${highest.createdAt}: under versioning: ordered a new version must be newer than every existing one (set allow-older to register it anyway)`
            : `${id} is lower than ${model.name} ${highest.version}, which the registry already has; a new version must be greater than every existing one (set allow-older to register it anyway)`);
    }
    return model;
}
function draftRegistration(reg, req) {
    const model = checkRegistration(reg, req);
    const versions = model.spec.versions;
    const tooLarge = req.files.find(f => !f.lfs && f.size > GIT_FILE_LIMIT);
    if (tooLarge) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${tooLarge.name} is ${megabytes(tooLarge.size)}: GitHub refuses files over 100 MB in git; route it through Git LFS (\`git lfs track "*.${extension(tooLarge.name)}"\`, commit .gitattributes) and register again`);
    }
    const stage = reg.stages[0].name;
    const place = { stage, version: req.version };
    const additions = req.files.map(f => ({
        path: (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .versionFilePath */ .ES)(reg, model.name, place, f.name),
        source: f.source,
        digest: f.digest,
        size: f.size,
        lfs: f.lfs
    }));
    const entry = {
        version: req.version,
        stage,
        files: entryFiles(model, req),
        ...(req.metrics && Object.keys(req.metrics).length ? { metrics: req.metrics } : {}),
        createdAt: req.at,
        ...(req.source.commit || req.source.run ? { source: definedOnly(req.source) } : {})
    };
    // Newest first when the list is kept that way, else at the end.
    const order = (0,_registry_version_order_js__WEBPACK_IMPORTED_MODULE_6__/* .versionComparator */ .n)(reg, model);
    const descending = versions.length > 1 && order(versions[0], versions[versions.length - 1]) > 0;
    // The occupants a full first stage sends away. Their edits come before the insert, which
    // shifts every index when the new entry goes first.
    const { moves, edits } = (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .archiveDisplaced */ .kC)(reg, model, stage, undefined, req.version, req);
    const refresh = benchmarkRefresh(reg, model, entry, req.files);
    moves.push(...refresh.moves);
    additions.push(...refresh.additions);
    edits.push({
        op: 'insert',
        path: [...model.at, 'versions'],
        value: entry,
        at: descending && order(entry, versions[0]) > 0 ? 'first' : 'last'
    });
    const folder = (0,_registry_layout_template_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderFolder */ .jz)((0,_registry_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .layoutFor */ .Q2)(reg, model.name, stage), reg.root, {
        stage,
        model: model.name,
        version: req.version
    });
    return {
        kind: 'register',
        model: model.name,
        version: req.version,
        from: '',
        to: stage,
        moves,
        additions,
        ...(folder !== undefined ? { folder } : {}),
        edits,
        history: {
            at: req.at,
            model: model.name,
            version: req.version,
            from: null,
            to: stage,
            actor: req.actor,
            ...(req.run ? { run: req.run } : {})
        },
        file: model.source
    };
}
/**
 * Where a registered file is also added when registering refreshes the benchmark copy (the
 * registry's `copyOf` names the first stage; see benchmarkRefresh); undefined elsewhere. The
 * command asks .gitattributes about this path as about the file's own.
 */
function benchmarkCopyPath(reg, model, version, file) {
    return copiesFirstStage(reg) ? (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .benchmarkFilePath */ .$z)(reg, model, version, file) : undefined;
}
/** Whether the benchmark copies the first stage, the one a registration enters. */
function copiesFirstStage(reg) {
    return reg.benchmark !== false && reg.benchmark.copyOf === reg.stages[0].name;
}
/**
 * Registering into the stage the benchmark copies (`copyOf` naming the first stage): the new
 * version is the one the copy mirrors from now on, unless it is older than the version the
 * copy mirrors now (`allow-older`). Then the old copy goes, and the new version's files are
 * added at the copy's paths as well, as a promotion into `copyOf` refreshes the copy.
 */
function benchmarkRefresh(reg, model, entry, files) {
    if (!copiesFirstStage(reg))
        return { moves: [], additions: [] };
    const current = (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .benchmarkSource */ .Dv)(reg, model);
    if (current && (0,_registry_version_order_js__WEBPACK_IMPORTED_MODULE_6__/* .versionComparator */ .n)(reg, model)(entry, current) < 0) {
        return { moves: [], additions: [] };
    }
    return {
        moves: current ? (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .benchmarkRemoval */ .CO)(reg, model, current) : [],
        additions: files.map(f => ({
            path: benchmarkCopyPath(reg, model.name, entry.version, f.name),
            source: f.source,
            digest: f.digest,
            size: f.size,
            lfs: f.benchmarkCopyLfs ?? f.lfs,
            benchmarkCopy: true
        }))
    };
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}
/**
 * The new entry's `files`: the model's `files` first, in their order (each
 * must be in the request), then any other file the source folder held, by name.
 */
function entryFiles(model, req) {
    const byName = new Map(req.files.map(f => [f.name, f.digest]));
    const required = (model.spec.files ?? []).map(n => (0,_registry_layout_template_render_js__WEBPACK_IMPORTED_MODULE_3__/* .expandFileName */ .ED)(n, model.name, req.version));
    const missing = required.find(n => !byName.has(n));
    if (missing)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`the source folder has no ${missing}`);
    const rest = [...byName.keys()].filter(n => !required.includes(n)).sort();
    return Object.fromEntries([...required, ...rest].map(n => [n, byName.get(n)]));
}
function extension(name) {
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot + 1) : name;
}


/***/ }),

/***/ 88313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   O3: () => (/* binding */ wordingOf),
/* harmony export */   p6: () => (/* binding */ humanBytes)
/* harmony export */ });
/* unused harmony export WORDING */
/* harmony import */ var _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45838);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27853);
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
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.promote(p.model, p.to),
        subject: p => `Promote ${p.model} ${p.version} from ${p.from} to ${p.to}`,
        title: p => `Promote ${p.model} ${p.version}: ${p.from} → ${p.to}`,
        headline: entering,
        heading: p => [`Promote **${p.model} ${p.version}**: ${p.from} → ${p.to}`],
        notCompared: (_p, stage) => noCompareGate(stage),
        role: 'candidate',
        move: movedOrReplaced
    },
    rollout: {
        // The same branch as the promotion: each step replaces the last one's pull request.
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.promote(p.model, p.to),
        // The commit and the PR say the same.
        subject: p => rolloutStep(p),
        title: p => rolloutStep(p),
        headline: entering,
        heading: (p, context) => rolloutHeading(p, context),
        notCompared: (_p, stage) => noCompareGate(stage),
        role: 'candidate',
        move: (m, p) => m.reason === 'promote' && p.traffic.to < 100
            ? `enters ${p.to} at ${percent(p.traffic.to)} of traffic`
            : movedOrReplaced(m, p)
    },
    rollback: {
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.rollback(p.model),
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
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.register(p.model, p.version),
        subject: p => `Register ${p.model} ${p.version} in ${p.to}`,
        title: p => `Register ${p.model} ${p.version} in ${p.to}`,
        headline: entering,
        heading: p => registerHeading(p),
        notCompared: (p, _stage, later) => `Not compared: ${p.version} enters ${p.to}; ${whenCompared(later)}`,
        role: 'new',
        move: movedOrReplaced
    },
    retire: {
        branch: p => _registry_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBranch */ .Pf.retire(p.model, p.version),
        subject: p => `Retire ${p.model} ${p.version} from ${p.from}`,
        title: p => `Retire ${p.model} ${p.version}: ${p.from} → ${p.to}`,
        headline: p => `${p.model} ${p.version}: ${p.from} → ${p.to} (retired)`,
        heading: p => retireHeading(p),
        notCompared: p => `Not compared: a retirement withdraws ${p.version} from ${p.from}; nothing takes its place.`,
        role: 'retired',
        move: movedOrReplaced
    }
};
function wordingOf(kind) {
    return WORDING[kind];
}
/** A traffic share as titles and commit subjects show it: `10%`, `0% (shadow)`. */
function percent(traffic) {
    return traffic === 0 ? '0% (shadow)' : `${traffic}%`;
}
/** The headline of a version entering a stage: `breast-cancer 1.2.0 → production`. */
function entering(p) {
    return `${p.model} ${p.version} → ${p.to}`;
}
/** When a registered version meets the benchmark, as this registry has it. */
function whenCompared(later) {
    if (!later)
        return 'the comparison with the benchmark is a gate of a later stage.';
    if (later.benchmarkOff) {
        return 'this registry keeps no benchmark copy (`benchmark: false`), so no stage compares with one.';
    }
    return later.stage
        ? `the comparison with the benchmark is a gate of ${later.stage}.`
        : 'no stage of this registry compares with the benchmark (no `compare: benchmark` gate).';
}
function noCompareGate(stage) {
    return `Stage ${stage.name} has no compare gate: the candidate is not compared.`;
}
/** A rollout step's commit subject and PR title. */
function rolloutStep(p) {
    return `Roll out ${p.model} ${p.version} in ${p.to}: ${before(p)} → ${percent(p.traffic.to)}`;
}
/** A move as every kind but a rollback words it: the version that enters replaces the archived one. */
function movedOrReplaced(m, p) {
    return commonMove(m, p.to) ?? `archived (replaced by ${p.version})`;
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
        .filter(v => v.stage === p.to && v.version !== p.version && (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .isLive */ .DG)(v))
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
    const own = p.additions.filter(a => !a.benchmarkCopy);
    const bytes = own.reduce((n, f) => n + f.size, 0);
    const count = own.length;
    const copy = own.length < p.additions.length ? ` Its benchmark copy replaces the current one.` : '';
    return [
        `## 🆕 Registration of ${p.model} ${p.version}`,
        '',
        `**${p.version}** enters ${p.to}: ${count} file${count === 1 ? '' : 's'}, ${humanBytes(bytes)}.${copy}`
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

/***/ 85414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ changeStamp),
/* harmony export */   y: () => (/* binding */ requireSoundFiles)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_file_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81357);
/* harmony import */ var _settings_workflow_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77316);
/**
 * What promote and rollback share before they plan: who makes the change,
 * when, from which run — and the refusal of a checkout whose model files do
 * not match their digests, since the commit moves exactly those files.
 */




function changeStamp({ env, now }) {
    return {
        at: now().toISOString(),
        actor: env.GITHUB_ACTOR || node_os__WEBPACK_IMPORTED_MODULE_0___default().userInfo().username,
        run: (0,_settings_workflow_run_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowRunUrl */ .C)(env)
    };
}
/** Refuses when a file of the registry (loaded for one model) fails its digest. */
async function requireSoundFiles(reg, what) {
    const files = await (0,_registry_file_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFiles */ .gw)(reg);
    const errors = files.diagnostics.filter(d => d.severity === 'error');
    if (errors.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(errors[0])}`, errors);
    }
}


/***/ }),

/***/ 71678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ openGitHubSession),
/* harmony export */   y: () => (/* binding */ checkoutFacts)
/* harmony export */ });
/* harmony import */ var _settings_github_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94470);

async function openGitHubSession(reg, settings, ctx) {
    const git = ctx.git(reg.repoRoot);
    const target = await (0,_settings_github_target_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGitHubTarget */ .Tr)(settings, ctx.env, checkoutFacts(git));
    return { api: await ctx.github(target), git, target };
}
/** What the checkout tells when the environment does not: the origin remote, the branch. */
function checkoutFacts(git) {
    return { originUrl: () => git.remoteUrl('origin'), currentBranch: () => git.currentBranch() };
}


/***/ }),

/***/ 40518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ showOrApply)
});

// EXTERNAL MODULE: ./src/changes/wording.ts
var changes_wording = __webpack_require__(88313);
// EXTERNAL MODULE: ./src/changes/pull-request-content.ts
var pull_request_content = __webpack_require__(65154);
// EXTERNAL MODULE: ./src/registry/registry.ts
var registry = __webpack_require__(77936);
// EXTERNAL MODULE: ./src/registry/version-order.ts
var version_order = __webpack_require__(91106);
// EXTERNAL MODULE: ./src/commands/github-session.ts
var github_session = __webpack_require__(71678);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/changes/change-plan.ts
var change_plan = __webpack_require__(38985);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
;// CONCATENATED MODULE: ./src/changes/tree-changes.ts

/** The folders and files whose objects `treeEntries` needs. */
function sourcePaths(moves) {
    return [...new Set(moves.filter(m => m.to !== null).map(m => m.from))];
}
function treeEntries({ moves, blobs = [], sources, manifest }) {
    const deletions = [];
    const additions = [];
    for (const move of moves) {
        const file = (0,change_plan/* movesFile */.v)(move);
        if (move.to !== null) {
            const source = sources.get(move.from);
            if (!source)
                throw new Error(`no ${file ? 'blob' : 'tree'} SHA for ${move.from}`);
            additions.push(file
                ? { path: move.to, mode: source.mode, type: 'blob', sha: source.sha }
                : { path: move.to, mode: '040000', type: 'tree', sha: source.sha });
        }
        // A benchmark refresh copies: its source stays where it is (and moves on by its own entry).
        if (move.reason !== 'benchmark-refresh') {
            deletions.push(file
                ? { path: move.from, mode: '100644', type: 'blob', sha: null }
                : { path: move.from, mode: '040000', type: 'tree', sha: null });
        }
    }
    const added = [
        ...additions,
        ...blobs.map(b => ({
            path: b.path,
            mode: '100644',
            type: 'blob',
            sha: b.sha
        }))
    ];
    // Deletions first: an addition must never be undone by a deletion of a parent path.
    return [
        ...neededDeletions(deletions, added),
        ...added,
        { path: manifest.path, mode: manifest.mode, type: 'blob', content: manifest.text }
    ];
}
/**
 * The deletions left once those that another entry makes pointless are gone:
 * a path deleted twice, a path inside a folder deleted before, a path an
 * addition writes (or a path inside a folder an addition writes whole).
 */
function neededDeletions(deletions, additions) {
    const written = additions.map(a => ({ path: a.path, whole: a.type === 'tree' }));
    const kept = [];
    for (const d of deletions) {
        if (kept.some(k => d.path === k.path || inside(d.path, k.path)))
            continue;
        if (written.some(w => d.path === w.path || (w.whole && inside(d.path, w.path))))
            continue;
        kept.push(d);
    }
    return kept;
}
function inside(path, folder) {
    return path.startsWith(`${folder}/`);
}

;// CONCATENATED MODULE: ./src/commands/publish-pull-request.ts
/**
 * Applies a planned change as a pull request (SPEC §5 steps 3–6): one commit
 * made through the Git Database API from the local checkout's tree SHAs,
 * the `modelgate/gates` status on it, the branch created or moved to it, the
 * PR opened or updated, reviewers, then labels. Shared by every kind of change.
 *
 * Everything that can refuse is checked before the first write, so a
 * refusal leaves GitHub as it was. Every write can be resumed (issue #13):
 *
 * - the branch is read first; a head carrying this plan's `Modelgate-Plan`
 *   trailer on the base head is adopted, one carrying another plan is
 *   replaced, one without a trailer is never touched;
 * - a new commit gets its status before any branch points at it, so a head
 *   modelgate made always has its status;
 * - the branch is created with `POST git/refs` or moved with `PATCH git/refs`
 *   and `force: false`. A moved branch's new commit has the base head as
 *   first parent and the branch's current head as second parent (its tree is
 *   the plan's, so the PR's diff shows only the plan): the move is a
 *   fast-forward from the head read at the start and from nothing else, so a
 *   run that moved the branch meanwhile makes the PATCH fail (422) instead of
 *   being overwritten — a compare-and-swap;
 * - whenever a branch or PR write fails, for whatever reason (a refusal, a
 *   lost answer, a 422 after a retry of a write that did land), what exists is
 *   read again — the branch, the open PR by head branch — and the run goes on
 *   from there: this plan on the branch is adopted, another plan that appeared
 *   meanwhile is a conflict (DecisionError naming both plans), an open PR is
 *   adopted rather than opened twice;
 * - reviewers are asked before labels are added, so complete labels mean the
 *   PR was finished; `unchanged` (this plan on the branch, PR open) completes
 *   a PR whose labels are missing — reviews not yet requested, then labels —
 *   and otherwise writes nothing.
 *
 * Octokit's plugin-retry still repeats a write whose answer was lost (5xx,
 * network error): the writes repeated here are idempotent (content-addressed
 * blobs, trees and commits; a ref moved to the SHA it already holds; labels
 * and review requests, which are sets; a status, which replaces the previous
 * one of its context), or guarded by GitHub itself (one ref per name, one
 * open PR per head and base), whose 422 on the repeat is handled by the
 * re-read above. So no retry can make a duplicate, and keeping the retries
 * keeps a run going through a transient 502 that wrote nothing.
 */






const GATES_CONTEXT = 'modelgate/gates';
const TRAILER = /^Modelgate-Plan:\s*(\S+)\s*$/m;
async function publishPullRequest(change, ports) {
    const { api, git, log } = ports;
    const { plan, base } = change;
    const local = await log.group('Read the checkout', () => readCheckout(plan, git));
    const baseHead = await log.group(`Check that the checkout is the head of ${base}`, async () => {
        const sha = await api.branchHead(base);
        if (!sha)
            throw new errors/* DecisionError */.bW(`the base branch ${(0,clip/* quote */.hD)(base)} does not exist on GitHub`);
        if (sha !== local.head) {
            throw new errors/* DecisionError */.bW(`the checkout is at ${publish_pull_request_short(local.head)} but ${base} is at ${publish_pull_request_short(sha)} on GitHub: a pull request built from this checkout would revert the changes in between; check out the latest ${base} and run again`);
        }
        log.info(`${base} is at ${publish_pull_request_short(sha)}, as is the checkout`);
        return sha;
    });
    const existing = await log.group(`Look at branch ${plan.branch}`, async () => {
        const state = await readBranch(api, plan.branch);
        if (!state) {
            log.info('the branch does not exist yet');
            return undefined;
        }
        if (!state.plan)
            throw notModelgates(plan.branch, state.head);
        const same = carries(state, plan, baseHead);
        log.info(same
            ? `the branch already carries plan ${plan.hash} on ${publish_pull_request_short(baseHead)}`
            : `the branch carries plan ${state.plan} on ${publish_pull_request_short(state.base ?? '')}; it will be replaced`);
        return { state, same };
    });
    const pull = await api.findOpenPull(plan.branch);
    const status = (sha) => api.createStatus(sha, {
        state: 'success',
        context: GATES_CONTEXT,
        description: publish_pull_request_clip(change.gateDescription, 140),
        ...(change.runUrl ? { targetUrl: change.runUrl } : {})
    });
    if (existing?.same && pull) {
        const completed = await completePull(api, pull, change, log);
        log.info(completed
            ? `pull request #${pull.number} carries the plan; completed what an earlier run left undone`
            : `pull request #${pull.number} is up to date; nothing written`);
        return published('unchanged', pull, existing.state.head, plan.branch);
    }
    let headSha;
    if (existing?.same) {
        headSha = existing.state.head;
        // The branch is done but its PR is not: the status again, so no PR opens without it.
        await status(headSha);
    }
    else {
        headSha = await log.group(`Commit ${changeCount(plan)} to ${plan.branch}`, async () => {
            const blobs = await uploadAdditions(plan, api, log);
            const entries = treeEntries({
                moves: plan.moves,
                blobs,
                sources: local.sources,
                manifest: { path: plan.file.relPath, mode: local.manifestMode, text: plan.newText }
            });
            const tree = await api.createTree(local.tree, entries);
            // Replacing a branch: the current head as second parent makes the move a fast-forward
            // from that head only (see the top of this file); the tree alone decides the PR's diff.
            const commit = await api.createCommit({
                message: plan.commitMessage,
                tree,
                parents: existing ? [baseHead, existing.state.head] : [baseHead]
            });
            // Before the branch points at the commit: should the status be refused (no
            // `statuses: write`), no branch or PR is left without its required check.
            await status(commit);
            const head = await writeBranch(api, plan, baseHead, commit, existing?.state.head, log);
            log.info(`${plan.branch} → ${publish_pull_request_short(head)} (tree ${publish_pull_request_short(tree)})`);
            return head;
        });
    }
    return log.group('Open the pull request', async () => {
        if (pull) {
            const pr = await api.updatePull(pull.number, { title: change.title, body: change.body, base });
            log.info(`updated pull request #${pr.number}: ${pr.url}`);
            // A new plan: every reviewer is asked again, then the labels (the last write).
            await requestReviewers(api, pr.number, reviewerNames(change.reviewers), log);
            await api.addLabels(pr.number, change.labels);
            return published('updated', pr, headSha, plan.branch);
        }
        const pr = await openPull(api, change, log);
        await completePull(api, pr, change, log);
        return published('created', pr, headSha, plan.branch);
    });
}
/** `GET git/ref` and `GET git/commits` of the head: undefined when there is no such branch. */
async function readBranch(api, branch) {
    const head = await api.branchHead(branch);
    if (!head)
        return undefined;
    const commit = await api.getCommit(head);
    const plan = TRAILER.exec(commit.message)?.[1];
    return {
        head,
        ...(plan ? { plan } : {}),
        ...(commit.parents[0] ? { base: commit.parents[0] } : {})
    };
}
/** Whether the branch carries this plan on this base (a second parent is an older head). */
function carries(state, plan, baseHead) {
    return state.plan === plan.hash && state.base === baseHead;
}
function notModelgates(branch, head) {
    return new errors/* DecisionError */.bW(`branch ${branch} is at ${publish_pull_request_short(head)}, a commit modelgate did not make (no Modelgate-Plan trailer); modelgate will not overwrite it: merge or delete that branch, then run again`);
}
/**
 * Creates the branch at `commit`, or moves it there from `from` (`force: false`: a fast-forward
 * from `from`, the commit's second parent). Returns the head the branch ends up with. When the
 * write fails — refused, or its answer lost — the branch is read again: this plan on this base
 * (written by this run's lost request, or by an identical run) is adopted; another plan or a
 * foreign commit, which another run wrote meanwhile, is a conflict; a branch as it was before
 * means this write did not happen, and its error stands.
 */
async function writeBranch(api, plan, baseHead, commit, from, log) {
    try {
        if (from)
            await api.moveBranch(plan.branch, commit, false);
        else
            await api.createBranch(plan.branch, commit);
        return commit;
    }
    catch (error) {
        const now = await readBranch(api, plan.branch).catch(() => undefined);
        if (!now || now.head === from)
            throw error;
        if (now.head === commit || carries(now, plan, baseHead)) {
            log.info(`${plan.branch} already carries plan ${plan.hash} on ${publish_pull_request_short(baseHead)} (${publish_pull_request_short(now.head)}); adopted`);
            return now.head;
        }
        if (!now.plan)
            throw notModelgates(plan.branch, now.head);
        const theirs = now.plan === plan.hash ? `plan ${now.plan} on another base` : `plan ${now.plan}`;
        throw new errors/* DecisionError */.bW(`branch ${plan.branch} was changed by another run while this one was writing it: it now carries ${theirs} (${publish_pull_request_short(now.head)}), this run's plan is ${plan.hash}; nothing was overwritten: run again to replace the other plan with this one, or keep it`);
    }
}
/**
 * `POST pulls`; when that fails (a lost answer retried into 422 "A pull request already exists",
 * an identical run that opened it first), the open PR of the branch is read and adopted.
 */
async function openPull(api, change, log) {
    const { plan, base } = change;
    try {
        const pr = await api.createPull({
            title: change.title,
            body: change.body,
            head: plan.branch,
            base,
            draft: change.draft
        });
        log.info(`opened pull request #${pr.number}: ${pr.url}`);
        return pr;
    }
    catch (error) {
        const found = await api.findOpenPull(plan.branch).catch(() => undefined);
        if (!found)
            throw error;
        log.info(`pull request #${found.number} is open for ${plan.branch}; adopted: ${found.url}`);
        return found;
    }
}
/**
 * Finishes a PR that lacks some of its labels: the reviews not requested yet, then the missing
 * labels. Labels are the last write of a run, so a PR with all of them was finished by an earlier
 * run: its reviewers were asked then (a refused team stays a warning of that run, and someone who
 * has reviewed since is not asked again). Returns whether anything was written.
 */
async function completePull(api, pr, change, log) {
    const has = new Set(pr.labels.map(l => l.toLowerCase()));
    const missing = [...new Set(change.labels)].filter(l => !has.has(l.toLowerCase()));
    if (!missing.length)
        return false;
    const wanted = reviewerNames(change.reviewers);
    const asked = (list) => new Set(list.map(n => n.toLowerCase()));
    const users = asked(pr.requestedReviewers.users);
    const teams = asked(pr.requestedReviewers.teams);
    await requestReviewers(api, pr.number, {
        users: wanted.users.filter(u => !users.has(u.toLowerCase())),
        teams: wanted.teams.filter(t => !teams.has(t.toLowerCase()))
    }, log);
    await api.addLabels(pr.number, missing);
    return true;
}
/**
 * The new files of a registration, one blob each: the file's bytes, or its LFS pointer when
 * .gitattributes routes it through Git LFS (the object itself goes to the LFS server, not here).
 */
async function uploadAdditions(plan, api, log) {
    const blobs = [];
    // The benchmark copy's files are the version's own bytes: each blob is uploaded once.
    const uploaded = new Map();
    for (const a of (0,change_plan/* additionsOf */.P)(plan)) {
        const same = `${a.lfs ? 'lfs' : 'bytes'} ${a.digest}`;
        let sha = uploaded.get(same);
        if (sha === undefined) {
            const content = a.lfs ? Buffer.from((0,digest/* lfsPointer */.FW)(a.digest, a.size)) : await (0,promises_.readFile)(a.source);
            sha = await api.createBlob(content);
            uploaded.set(same, sha);
            log.info(`uploaded ${a.path} (${a.lfs ? 'Git LFS pointer' : `${a.size} bytes`})`);
        }
        else
            log.info(`${a.path}: the same blob as a file uploaded above`);
        blobs.push({ path: a.path, sha });
    }
    return blobs;
}
/** Local refusals first: the commit is built from HEAD, so what moves must be committed there. */
async function readCheckout(plan, git) {
    const read = sourcePaths(plan.moves);
    const added = (0,change_plan/* additionsOf */.P)(plan).map(a => a.path);
    const folder = plan.kind === 'register' && plan.folder ? [plan.folder] : [];
    const touched = [
        ...new Set([...plan.moves.map(m => m.from), ...folder, ...added, plan.file.relPath])
    ];
    const dirty = await git.dirtyPaths(touched);
    if (dirty.length) {
        const shown = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, … ${dirty.length - 5} more` : '');
        throw new errors/* DecisionError */.bW(`uncommitted changes in ${shown}: the pull request is built from the committed files; commit or discard them first`);
    }
    const head = await git.headCommit();
    const entries = await git.lsTree(head, [...read, plan.file.relPath]);
    const byPath = new Map(entries.map(e => [e.path, e]));
    const fileMoves = new Set(plan.moves.filter(change_plan/* movesFile */.v).map(m => m.from));
    const sources = new Map();
    for (const from of read) {
        const entry = byPath.get(from);
        const file = fileMoves.has(from);
        if (entry?.type !== (file ? 'blob' : 'tree')) {
            throw new errors/* DecisionError */.bW(`${file ? 'the file' : 'the folder'} ${from} is not committed in ${publish_pull_request_short(head)}; commit it first`);
        }
        sources.set(from, { sha: entry.sha, mode: entry.mode });
    }
    await refuseTakenPaths(plan, git, head);
    const manifest = byPath.get(plan.file.relPath);
    if (manifest?.type !== 'blob') {
        throw new errors/* DecisionError */.bW(`${plan.file.relPath} is not committed in ${publish_pull_request_short(head)}`);
    }
    return {
        head,
        tree: await git.treeOf(head),
        sources,
        manifestMode: manifest.mode
    };
}
/**
 * A registration never overwrites what is there: where the new version has a folder of its
 * own, that folder must not exist; a new file must not exist, unless the plan moves the file
 * that is there away (a stage that holds one version per model archives its occupant).
 */
async function refuseTakenPaths(plan, git, head) {
    if (plan.kind !== 'register')
        return;
    const vacated = new Set(plan.moves.filter(m => m.reason !== 'benchmark-refresh').map(m => m.from));
    const files = plan.additions.map(a => a.path);
    const wanted = [...new Set([...(plan.folder ? [plan.folder] : []), ...files])];
    const taken = (await git.lsTree(head, wanted)).find(e => !vacated.has(e.path));
    if (taken)
        throw new errors/* DecisionError */.bW(`${taken.path} already exists in ${publish_pull_request_short(head)}`);
}
/** Users and team slugs from `reviewers` entries (`mona`, `@mona`, `org/team`, `@org/team`). */
function reviewerNames(reviewers) {
    const users = new Set();
    const teams = new Set();
    for (const raw of reviewers) {
        const name = raw.trim().replace(/^@/, '');
        if (!name)
            continue;
        if (name.includes('/'))
            teams.add(name.slice(name.indexOf('/') + 1));
        else
            users.add(name);
    }
    return { users: [...users], teams: [...teams] };
}
/** A reviewer GitHub refuses (a team with the default token, the PR's author) is a warning. */
async function requestReviewers(api, number, wanted, log) {
    // Users and teams go in separate requests: GitHub refuses the whole request for one bad team.
    for (const ask of [
        { users: wanted.users, teams: [] },
        { users: [], teams: wanted.teams }
    ]) {
        if (!ask.users.length && !ask.teams.length)
            continue;
        try {
            await api.requestReviewers(number, ask);
        }
        catch (error) {
            if (!(error instanceof errors/* ModelgateError */.HJ))
                throw error;
            const who = [...ask.users, ...ask.teams.map(t => `team ${t}`)].join(', ');
            log.warning(`could not request a review from ${who} on #${number}: ${error.message}`);
        }
    }
}
function published(operation, pr, headSha, branch) {
    return { operation, number: pr.number, url: pr.url, headSha, branch };
}
function publish_pull_request_short(sha) {
    return sha.slice(0, 7);
}
function publish_pull_request_clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function changeCount(plan) {
    const added = (0,change_plan/* additionsOf */.P)(plan).length;
    const moved = plan.moves.length ? `${plan.moves.length} move(s)` : '';
    if (added)
        return `${added} new file(s)${moved ? ` and ${moved}` : ''}`;
    // a rollout step between two traffic shares changes the manifest only
    return moved || 'the manifest change';
}

;// CONCATENATED MODULE: ./src/commands/show-or-apply.ts






async function showOrApply(change, settings, ctx) {
    const { plan, gates, reg } = change;
    const model = (0,registry/* findModel */.P)(reg, plan.model);
    const wording = (0,changes_wording/* wordingOf */.O3)(plan.kind);
    const headline = wording.headline(plan);
    const title = wording.title(plan);
    const body = await ctx.render.pullRequestBody({
        plan,
        model,
        stage: change.stage ?? reg.stages.find(s => s.name === plan.to),
        comparison: change.comparison,
        gateSummary: gates,
        versionOrder: (0,version_order/* versionComparator */.n)(reg, model),
        laterComparison: laterComparison(reg, plan.to),
        candidate: change.candidate ??
            (0,pull_request_content/* candidateFromEntry */.q)(model.spec.versions.find(v => v.version === plan.version)),
        runUrl: change.runUrl
    });
    const shown = { ...planSummary(plan), headline, title, body, gates };
    const command = settings.command;
    const common = { command, ok: true, decision: 'pass', exitCode: 0 };
    if (settings.dryRun) {
        return { ...common, diagnostics: [], result: { dryRun: true, ...shown }, outputs: {} };
    }
    const pr = await openPullRequest(change, model, title, body, settings, ctx);
    return {
        ...common,
        diagnostics: [],
        result: { dryRun: false, ...shown, pullRequest: pr },
        outputs: {
            'pull-request-number': String(pr.number),
            'pull-request-url': pr.url,
            'pull-request-operation': pr.operation
        }
    };
}
/** The first stage after `to` that compares with the benchmark, and whether there is a benchmark at all. */
function laterComparison(reg, to) {
    const after = reg.stages.slice(reg.stages.findIndex(s => s.name === to) + 1);
    return {
        stage: after.find(s => s.gates?.compare === 'benchmark')?.name,
        benchmarkOff: reg.benchmark === false
    };
}
async function openPullRequest(change, model, title, body, settings, ctx) {
    const { api, git, target } = await (0,github_session/* openGitHubSession */.w)(change.reg, settings, ctx);
    const gateText = change.gates.length ? change.gates.join('; ') : 'no gates';
    return publishPullRequest({
        plan: change.plan,
        base: target.base,
        title,
        body,
        labels: [...new Set(['modelgate', `stage:${change.plan.to}`, ...settings.labels])],
        reviewers: [...settings.reviewers, ...(model.spec.owners ?? [])],
        draft: settings.draft,
        gateDescription: `${settings.command} to ${change.plan.to}: ${gateText}`,
        runUrl: change.runUrl
    }, { api, git, log: ctx.log });
}
function planSummary(plan) {
    return {
        kind: plan.kind,
        model: plan.model,
        version: plan.version,
        from: plan.from,
        to: plan.to,
        ...('traffic' in plan && plan.traffic ? { traffic: plan.traffic } : {}),
        branch: plan.branch,
        hash: plan.hash,
        moves: plan.moves,
        ...(plan.kind === 'register'
            ? {
                additions: plan.additions.map(({ path, digest, size, lfs, benchmarkCopy }) => ({
                    path,
                    digest,
                    size,
                    lfs,
                    ...(benchmarkCopy ? { benchmarkCopy } : {})
                }))
            }
            : {}),
        manifest: plan.file.relPath,
        commitMessage: plan.commitMessage
    };
}


/***/ }),

/***/ 94470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   Tr: () => (/* binding */ resolveGitHubTarget),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* unused harmony exports parseRemoteUrl, describeRemote */
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95861);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Where a pull request goes: the repository, the base branch, the API URL
 * and the token. Inside Actions all of it comes from the runner's
 * environment; on a laptop the repository falls back to the `origin`
 * remote and the base branch to the checkout's current branch. The event
 * payload is read once, with the settings (runner-event.ts).
 */


async function resolveGitHubTarget(settings, env, checkout) {
    const token = settings.token || env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('a token is needed to open the pull request: set the `token` input (the default is github.token) or GITHUB_TOKEN; or use dry-run');
    }
    const { owner, repo } = await repository(env, checkout);
    const base = settings.base ||
        settings.event.defaultBranch ||
        env.GITHUB_REF_NAME ||
        (await checkout.currentBranch());
    if (!base) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('cannot tell which branch the pull request targets: set the `base` input (e.g. main)');
    }
    return { owner, repo, base, apiUrl: apiBaseUrl(env), token };
}
/** GITHUB_API_URL (GitHub Enterprise sets it), else github.com's. */
function apiBaseUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The repository: GITHUB_REPOSITORY, else the `origin` remote (also used by `report`). */
async function repository(env, checkout) {
    const named = env.GITHUB_REPOSITORY?.trim();
    if (named) {
        const m = /^([^/\s]+)\/([^/\s]+)$/.exec(named);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`GITHUB_REPOSITORY is ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(named)}; expected "owner/repo"`);
        return { owner: m[1], repo: m[2] };
    }
    const origin = await checkout.originUrl();
    const parsed = origin ? parseRemoteUrl(origin) : undefined;
    if (!parsed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot tell which GitHub repository to open the pull request in${origin ? ` (${describeRemote(origin)})` : ''}: set GITHUB_REPOSITORY=owner/repo`);
    }
    return parsed;
}
/** An owner (user or organisation) as GitHub allows it. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** A repository name as GitHub allows it (`.` and `..` aside). */
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** `scheme://…`: parsed as a URL, whose user and password are dropped. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `[user@]host:path`, git's scp-like form. */
const SCP = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.*)$/;
/**
 * `https://host/owner/repo(.git)`, `git@host:owner/repo(.git)`, `ssh://git@host/owner/repo`;
 * credentials in it are dropped. Only an owner and a repository name GitHub allows come out,
 * so nothing else in a malformed URL (a password, a query, `@`, `:`) can reach a request path
 * or a pull request's URL.
 */
function parseRemoteUrl(url) {
    const text = url.trim();
    let pathname;
    if (SCHEME.test(text)) {
        try {
            pathname = new URL(text).pathname;
        }
        catch {
            return undefined;
        }
    }
    else {
        pathname = SCP.exec(text)?.[2];
    }
    const m = pathname ? /^\/*([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(pathname) : null;
    if (!m)
        return undefined;
    const [, owner, repo] = m;
    if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..')
        return undefined;
    return { owner, repo };
}
/**
 * The remote for a message, never its credentials: a URL without user, password, query and
 * fragment, `host:path`, or a plain path; anything that does not read as one of those may
 * hold a secret anywhere, and is not shown.
 */
function describeRemote(url) {
    const text = url.trim();
    let shown;
    if (SCHEME.test(text)) {
        try {
            const u = new URL(text);
            shown = `${u.protocol}//${u.host}${u.pathname}`;
        }
        catch {
            shown = undefined;
        }
    }
    else {
        const scp = SCP.exec(text);
        shown = scp ? `${scp[1]}:${scp[2]}` : text;
    }
    const plain = /^(?:[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9.-]+(?::\d+)?|[A-Za-z0-9.-]+:)?[A-Za-z0-9._~/-]*$/i;
    return shown && plain.test(shown)
        ? `origin is "${shown}"`
        : 'origin is not shown: it is no plain URL and may hold credentials';
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
