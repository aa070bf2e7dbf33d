export const id = 950;
export const ids = [950];
export const modules = {

/***/ 76469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uo: () => (/* binding */ capped)
/* harmony export */ });
/* unused harmony export escapeCell */
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

/***/ 20950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/compare.ts
var compare = __webpack_require__(36161);
// EXTERNAL MODULE: ./src/evaluation/comparison-inputs.ts + 7 modules
var comparison_inputs = __webpack_require__(22541);
;// CONCATENATED MODULE: ./src/evaluation/stage-gates.ts
/**
 * The gates of a target stage (SPEC §2, §5 step 1): `metrics` — the
 * candidate's absolute thresholds hold on its checked result.json;
 * `compare: benchmark` — the candidate beats the benchmark copy under the
 * model's policy, exactly as `compare` decides. `approvals` is not checked
 * here: reviewers are requested on the pull request, which records them.
 */


async function checkStageGates(reg, model, stage, req) {
    const gates = stage.gates ?? {};
    const out = { decision: 'pass', lines: [], reasons: [], warnings: [] };
    if (!gates.metrics && gates.compare !== 'benchmark') {
        out.lines.push(`stage "${stage.name}" has no metric or compare gate`);
        return out;
    }
    const policy = model.spec.metrics ?? {};
    if (gates.compare === 'benchmark') {
        const inputs = await (0,comparison_inputs/* gatherComparison */.$6)(reg, { ...req, model });
        out.candidate = inputs.candidate;
        out.warnings.push(...inputs.warnings);
        out.comparison = (0,comparison_inputs/* decideComparison */.Ed)(model, inputs);
        const versus = inputs.benchmark ? `benchmark ${inputs.benchmark.version}` : 'no benchmark yet';
        out.lines.push(`compare with ${versus}: ${out.comparison.decision}`);
    }
    else {
        const { candidate } = await (0,comparison_inputs/* readCandidate */.G9)({ ...req, model });
        out.candidate = candidate;
        // Thresholds alone: no benchmark given, so only min/max are judged. It is
        // not a comparison, so none is reported (a table would read "no benchmark").
        const thresholds = (0,compare/* compareMetrics */.fz)({ policy, candidate: candidate.metrics });
        const held = thresholds.metrics.flatMap(m => m.checks.filter(c => c.rule === 'min' || c.rule === 'max' || c.verdict === 'fail'));
        out.lines.push(`thresholds: ${thresholds.decision}${held.length ? ` (${held.map(c => c.reason).join('; ')})` : ''}`);
        out.reasons = thresholds.metrics.filter(m => m.verdict === 'fail').map(m => m.reason);
        out.decision = thresholds.decision;
        return out;
    }
    const failed = out.comparison.metrics.filter(m => m.verdict === 'fail');
    out.reasons = failed.map(m => m.reason);
    out.decision = failed.length ? 'fail' : 'pass';
    return out;
}

// EXTERNAL MODULE: ./src/policy/comparison-table.ts
var comparison_table = __webpack_require__(75744);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/registry.ts
var registry = __webpack_require__(77936);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/promotion/manifest-edit.ts
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
    const data = JSON.parse(text);
    for (const edit of edits) {
        const parent = walk(data, edit.path.slice(0, -1));
        const key = last(edit.path);
        if (edit.op === 'set')
            parent[key] = edit.value;
        else if (edit.op === 'delete')
            delete parent[key];
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
    return JSON.stringify(data, null, 2) + '\n';
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
    if (!pair)
        return insertPair(text, parent, key, null, [render(edit.value)]);
    return appendItem(text, pair, render(edit.value));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/promotion/plan-hash.ts
/**
 * The `Modelgate-Plan` trailer of SPEC §5: a hash of the planned moves and
 * manifest edits with every timestamp left out, so that planning the same
 * promotion again later gives the same hash and `promote` can recognise a
 * branch that already carries this plan.
 */

function planHash(parts) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(canonicalJson(withoutTimestamps(parts)))
        .digest('hex');
}
/** Drops every `at` key (the `at` of `retired` and of history entries). */
function withoutTimestamps(value) {
    if (Array.isArray(value))
        return value.map(withoutTimestamps);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (k !== 'at')
            out[k] = withoutTimestamps(v);
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

;// CONCATENATED MODULE: ./src/promotion/plan.ts
/**
 * Plans a promotion (SPEC §5, step 2) without touching anything: which
 * version folders move where, which manifest keys change, the edited
 * manifest text and the plan hash. `promote` checks gates before and writes
 * the commit after; this module only decides.
 */







function planPromotion(reg, req) {
    const model = (0,registry/* findModel */.P)(reg, req.model);
    if (!model)
        throw new errors/* DecisionError */.bW(`unknown model "${req.model}"`);
    const index = model.spec.versions.findIndex(v => v.version === req.version);
    if (index < 0) {
        const known = model.spec.versions.map(v => v.version).join(', ');
        throw new errors/* DecisionError */.bW(`model ${model.name} has no version "${req.version}" (it has ${known})`);
    }
    const entry = model.spec.versions[index];
    const target = checkMove(reg, model, entry, req.to);
    const moves = [
        {
            model: model.name,
            version: entry.version,
            from: (0,layout/* versionDir */.EE)(reg, model.name, entry),
            to: (0,layout/* versionDir */.EE)(reg, model.name, { ...entry, stage: target.name }),
            reason: 'promote'
        }
    ];
    const versionPath = (i) => [...model.at, 'versions', i];
    const edits = [{ op: 'set', path: [...versionPath(index), 'stage'], value: target.name }];
    if (entry.retired)
        edits.push({ op: 'delete', path: [...versionPath(index), 'retired'] });
    if (req.metrics && Object.keys(req.metrics).length) {
        const metrics = { ...entry.metrics, ...req.metrics };
        edits.push({ op: 'set', path: [...versionPath(index), 'metrics'], value: metrics });
    }
    for (const i of displaced(model, target, entry)) {
        const old = model.spec.versions[i];
        moves.push({
            model: model.name,
            version: old.version,
            from: (0,layout/* versionDir */.EE)(reg, model.name, old),
            to: (0,layout/* versionDir */.EE)(reg, model.name, { ...old, stage: reg.archive.folder }),
            reason: 'archive'
        });
        const retired = {
            at: req.at,
            reason: 'replaced',
            replacedBy: entry.version,
            actor: req.actor
        };
        edits.push({ op: 'set', path: [...versionPath(i), 'stage'], value: reg.archive.folder });
        edits.push({ op: 'set', path: [...versionPath(i), 'retired'], value: retired });
    }
    moves.push(...benchmarkMoves(reg, model, entry, target.name));
    const history = {
        at: req.at,
        model: model.name,
        version: entry.version,
        from: entry.stage,
        to: target.name,
        actor: req.actor,
        ...(req.run ? { run: req.run } : {})
    };
    // A shard keeps its own history; a model of the registry file logs to the top-level one.
    edits.push({ op: 'append', path: ['history'], value: history });
    const hash = planHash({ moves, edits, file: model.source.relPath });
    const branch = `modelgate/promote/${model.name}-to-${target.name}`;
    return {
        model: model.name,
        version: entry.version,
        from: entry.stage,
        to: target.name,
        moves,
        edits,
        file: model.source,
        newText: editManifest(model.source.text, edits),
        hash,
        branch,
        commitMessage: commitMessage(model.name, entry, target.name, moves, hash)
    };
}
/** Every refusal of SPEC §5 step 1 that needs only the manifest; returns the target stage. */
function checkMove(reg, model, entry, to) {
    const id = `${model.name} ${entry.version}`;
    if (reg.benchmark && to === reg.benchmark.folder) {
        throw new errors/* DecisionError */.bW(`cannot promote to "${to}": it is the benchmark folder, refreshed from ${reg.benchmark.copyOf} automatically`);
    }
    if (to === reg.archive.folder) {
        throw new errors/* DecisionError */.bW(`cannot promote to "${to}": it is the archive; use retire`);
    }
    const names = (0,layout/* stageNames */.hL)(reg);
    const targetIndex = names.indexOf(to);
    if (targetIndex < 0) {
        throw new errors/* DecisionError */.bW(`unknown stage "${to}" (stages: ${names.join(', ')})`);
    }
    if (entry.stage === reg.archive.folder) {
        throw new errors/* DecisionError */.bW(`${id} is archived and cannot be promoted; use rollback to bring it back, or register it again`);
    }
    const fromIndex = names.indexOf(entry.stage);
    if (fromIndex < 0) {
        // validate refuses such a manifest; say so rather than guess an order
        throw new errors/* DecisionError */.bW(`${id} is in "${entry.stage}", not one of ${(0,layout/* knownStages */.Vd)(reg).join(', ')}`);
    }
    if (fromIndex === targetIndex)
        throw new errors/* DecisionError */.bW(`${id} is already in ${to}`);
    if (targetIndex < fromIndex) {
        throw new errors/* DecisionError */.bW(`${id} cannot move backwards from ${entry.stage} to ${to}; use rollback`);
    }
    if (targetIndex > fromIndex + 1) {
        throw new errors/* DecisionError */.bW(`${id} cannot skip a stage: from ${entry.stage} the next stage is ${names[fromIndex + 1]}, not ${to}`);
    }
    const target = reg.stages[targetIndex];
    if (target.rollout) {
        throw new errors/* DecisionError */.bW(`stage ${to} declares a rollout: gradual rollout is not available yet; remove \`rollout\` to promote in one step`);
    }
    return target;
}
/** Indexes of the live incumbents that leave a full stage: the lowest versions first. */
function displaced(model, target, entry) {
    if (target.capacity === undefined)
        return [];
    const live = model.spec.versions
        .map((v, i) => ({ v, i }))
        .filter(({ v }) => v.stage === target.name && (0,layout/* isLive */.DG)(v) && v !== entry)
        .sort((a, b) => (0,semver/* compareVersions */.Zy)(a.v.version, b.v.version));
    const excess = live.length + 1 - target.capacity;
    return excess > 0 ? live.slice(0, excess).map(({ i }) => i) : [];
}
/**
 * Entering the benchmark's `copyOf` stage refreshes the copy: the old copy
 * is derived data and the one deletion SPEC §7 allows; the new copy holds
 * the promoted version's files, so it is the same tree as its folder.
 */
function benchmarkMoves(reg, model, entry, to) {
    if (!reg.benchmark || reg.benchmark.copyOf !== to)
        return [];
    const folder = reg.benchmark.folder;
    const moves = [];
    const current = (0,layout/* benchmarkSource */.Dv)(reg, model);
    if (current) {
        moves.push({
            model: model.name,
            version: current.version,
            from: (0,paths/* joinRel */.gN)(reg.root, folder, model.name, current.version),
            to: null,
            reason: 'benchmark-remove'
        });
    }
    moves.push({
        model: model.name,
        version: entry.version,
        from: (0,layout/* versionDir */.EE)(reg, model.name, entry),
        to: (0,paths/* joinRel */.gN)(reg.root, folder, model.name, entry.version),
        reason: 'benchmark-refresh'
    });
    return moves;
}
function commitMessage(model, entry, to, moves, hash) {
    const lines = moves.map(m => m.to === null ? `- remove ${m.from} (${m.reason})` : `- ${m.from} -> ${m.to} (${m.reason})`);
    return [
        `Promote ${model} ${entry.version} from ${entry.stage} to ${to}`,
        '',
        ...lines,
        '',
        `Modelgate-Plan: ${hash}`
    ].join('\n');
}

// EXTERNAL MODULE: ./src/commands/markdown.ts
var markdown = __webpack_require__(76469);
;// CONCATENATED MODULE: ./src/promotion/pr-body.ts
/**
 * The promotion pull request's title and body (SPEC §5 step 5): what moves
 * where, the comparison with the benchmark, the target stage's checklist,
 * the candidate's lineage and a chart of the primary metric's history.
 * Pure: the caller opens or updates the PR with what this returns.
 *
 * GitHub rejects bodies over 65,536 characters, so the body is kept under
 * `maxBytes` by dropping the least useful parts first, with a note pointing
 * to the job summary; the footer marker always survives because a later run
 * finds its own PR by it.
 */



const DEFAULT_MAX_BYTES = 60_000;
/** Moves shown once the body is too large: the first ones are the promotion and archive. */
const MOVES_KEPT_WHEN_TRUNCATED = 50;
function prTitle(plan) {
    return `Promote ${plan.model} ${plan.version}: ${plan.from} → ${plan.to}`;
}
/** The marker a later run looks for to recognise the PR it opened for a plan. */
function planMarker(hash) {
    return `<!-- modelgate:promotion plan=${hash} -->`;
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
    return [...sections(input, b), ...(b.truncated ? [truncationNote(input)] : []), footer(input)]
        .filter(s => s !== '')
        .join('\n\n')
        .concat('\n');
}
function sections(input, b) {
    return [
        headline(input),
        movesSection(input.plan, b.moves),
        comparisonSection(input, b.comparisonRows),
        checklistSection(input.stage),
        lineageSection(input, b.notes),
        b.chart ? historySection(input) : ''
    ];
}
function headline({ plan, model }) {
    const lines = [
        `Promote **${plan.model} ${plan.version}**: ${plan.from} → ${plan.to}`,
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
function movesSection(plan, max) {
    const shown = plan.moves.slice(0, max);
    const rows = shown.map(m => [
        m.version,
        `\`${m.from}\``,
        m.to === null ? '—' : `\`${m.to}\``,
        moveWords(m, plan)
    ]);
    const lines = ['### What moves', '', (0,markdown/* table */.tp)(['version', 'from', 'to', 'what happens'], rows)];
    const rest = plan.moves.length - shown.length;
    if (rest > 0)
        lines.push('', `… and ${rest} more moves`);
    return lines.join('\n');
}
function moveWords(m, plan) {
    switch (m.reason) {
        case 'promote':
            return `promoted to ${plan.to}`;
        case 'archive':
            return `archived (replaced by ${plan.version})`;
        case 'benchmark-refresh':
            return 'benchmark copy refreshed';
        case 'benchmark-remove':
            return 'old benchmark copy removed';
    }
}
function comparisonSection(input, maxRows) {
    const lines = ['### Comparison with the benchmark', ''];
    const c = input.comparison;
    if (c) {
        const shown = c.metrics.slice(0, maxRows);
        lines.push((0,comparison_table/* comparisonMarkdown */.vR)({ ...c, metrics: shown }));
        const rest = c.metrics.length - shown.length;
        if (rest > 0)
            lines.push('', `… and ${rest} more metrics in the job summary`);
    }
    else {
        lines.push(`Stage ${input.stage.name} has no compare gate: the candidate is not compared.`);
    }
    if (input.gateSummary.length) {
        lines.push('', '**Gates**', '', ...input.gateSummary.map(gateLine));
    }
    return lines.join('\n');
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
    const points = input.model.spec.versions
        .map(v => ({
        version: v.version,
        value: v.version === candidate.version && fresh !== undefined ? fresh : v.metrics?.[metric]
    }))
        .filter((p) => chartable(p.value))
        .sort((a, b) => (0,semver/* compareVersions */.Zy)(a.version, b.version));
    if (points.length < 2)
        return undefined;
    const mine = points.find(p => p.version === candidate.version);
    const title = mine
        ? `${metric} by version (candidate ${candidate.version}: ${plainNumber(mine.value)})`
        : `${metric} by version`;
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${quote(title)}`,
        `    x-axis [${points.map(p => quote(p.version)).join(', ')}]`,
        `    y-axis ${quote(metric)}`,
        `    line [${points.map(p => plainNumber(p.value)).join(', ')}]`,
        '```'
    ].join('\n');
}
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
/** Mermaid strings have no escapes: a double quote inside would end the string. */
function quote(text) {
    return `"${oneLine(text).replace(/"/g, "'")}"`;
}
function truncationNote({ summaryUrl }) {
    const where = summaryUrl ? `[job summary](${summaryUrl})` : 'job summary';
    return `> ✂ Truncated to fit GitHub's limit; the full report is in the ${where}.`;
}
function footer({ plan, runUrl }) {
    const by = runUrl ? `Opened by modelgate in [this run](${runUrl}).` : 'Opened by modelgate.';
    return ['---', '', `<sub>${by}</sub>`, '', planMarker(plan.hash)].join('\n');
}
/** Last resort: the sections cut at a line boundary so the note and the footer fit. */
function hardCut(input, b, maxBytes) {
    const tail = `\n\n${truncationNote(input)}\n\n${footer(input)}\n`;
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
    // With no room at all the note and the marker still go out: they matter more than the limit.
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

// EXTERNAL MODULE: ./src/registry/file-checks.ts + 1 modules
var file_checks = __webpack_require__(25475);
// EXTERNAL MODULE: ./src/settings/workflow-run.ts
var workflow_run = __webpack_require__(77316);
// EXTERNAL MODULE: ./src/commands/load-for-command.ts
var load_for_command = __webpack_require__(19994);
;// CONCATENATED MODULE: ./src/commands/promote.ts
/**
 * `promote` (SPEC §5): checks order and gates, then plans the move of a
 * version to the next stage. Recipe: load → refuse what the order forbids →
 * check the version's files → check the target stage's gates → plan →
 * report (dry run) or open the pull request.
 *
 * Opening the pull request (Git Database API commit, PR, labels, reviewers,
 * status) is not built yet: without `dry-run` the command says so (exit 2).
 */










async function promote(settings, ctx) {
    const { model: name, version, to } = settings;
    if (!name || !version || !to)
        throw new errors/* UsageError */.eb('promote needs "model", "version" and "to"');
    const reg = await (0,load_for_command/* loadSoundRegistry */.L)(settings.manifest, ctx.env, name);
    const model = (0,registry/* findModel */.P)(reg, name);
    if (!model)
        throw new errors/* DecisionError */.bW(`model "${name}" is not in the registry`);
    const at = new Date().toISOString();
    const actor = ctx.env.GITHUB_ACTOR || external_node_os_default().userInfo().username;
    const run = (0,workflow_run/* workflowRunUrl */.C)(ctx.env);
    // Refusals of order (skip, backwards, unknown names) come first: they need no files.
    planPromotion(reg, { model: name, version, to, actor, at, run });
    const files = await (0,file_checks/* checkFiles */.g)(reg);
    const fileErrors = files.diagnostics.filter(d => d.severity === 'error');
    if (fileErrors.length) {
        throw new errors/* DecisionError */.bW(`${name} ${version} cannot be promoted: ${(0,errors/* formatDiagnostic */.xy)(fileErrors[0])}`, fileErrors);
    }
    const stage = reg.stages.find(s => s.name === to);
    const gates = await checkStageGates(reg, model, stage, {
        model,
        version,
        outputDir: settings.outputDir,
        candidateResults: settings.candidateResults,
        benchmarkResults: settings.benchmarkResults
    });
    for (const w of gates.warnings)
        ctx.log.warning(w);
    const headline = `${name} ${version} → ${to}`;
    if (gates.decision === 'fail') {
        return {
            command: 'promote',
            ok: false,
            decision: 'fail',
            diagnostics: [],
            result: {
                model: name,
                version,
                to,
                gates: gates.lines,
                reasons: gates.reasons,
                comparison: gates.comparison ?? null
            },
            text: [
                `✖ refused: ${headline}: a gate of "${to}" does not hold`,
                ...gates.lines.map(l => `  ${l}`),
                ...gates.reasons.map(r => `  ✖ ${r}`),
                ...(gates.comparison ? ['', (0,comparison_table/* comparisonText */.VF)(gates.comparison)] : [])
            ].join('\n'),
            summary: [
                `## modelgate promote: ✖ ${headline} refused`,
                '',
                ...gates.lines.map(l => `- ${l}`),
                '',
                ...(gates.comparison ? [(0,comparison_table/* comparisonMarkdown */.vR)(gates.comparison)] : [])
            ].join('\n'),
            outputs: {},
            exitCode: 1
        };
    }
    const plan = planPromotion(reg, {
        model: name,
        version,
        to,
        actor,
        at,
        run,
        metrics: gates.candidate?.metrics
    });
    const entry = model.spec.versions.find(v => v.version === plan.version);
    const body = renderPrBody({
        plan,
        model,
        stage,
        comparison: gates.comparison,
        gateSummary: gates.lines,
        candidate: {
            version: plan.version,
            source: entry.source,
            createdAt: entry.createdAt,
            notes: entry.notes,
            metrics: gates.candidate?.metrics
        },
        runUrl: run
    });
    if (!settings.dryRun) {
        throw new errors/* UsageError */.eb('opening the promotion pull request is not available in this version of modelgate yet; run with dry-run: true to see the plan and the pull request body');
    }
    return {
        command: 'promote',
        ok: true,
        decision: 'pass',
        diagnostics: [],
        result: { dryRun: true, ...planSummary(plan), title: prTitle(plan), body, gates: gates.lines },
        text: dryRunText(plan, headline, gates.lines, body),
        summary: [`## modelgate promote (dry run): ${headline}`, '', body].join('\n'),
        outputs: {},
        exitCode: 0
    };
}
function planSummary(plan) {
    return {
        model: plan.model,
        version: plan.version,
        from: plan.from,
        to: plan.to,
        branch: plan.branch,
        hash: plan.hash,
        moves: plan.moves,
        manifest: plan.file.relPath,
        commitMessage: plan.commitMessage
    };
}
function dryRunText(plan, headline, gates, body) {
    return [
        `✔ dry run: ${headline} (no request made, nothing written)`,
        ...gates.map(l => `  gate: ${l}`),
        `  branch: ${plan.branch}`,
        '  moves:',
        ...plan.moves.map(m => `    ${m.from} → ${m.to ?? '(removed: derived data)'}  [${m.reason}]`),
        `  manifest: ${plan.file.relPath} (only the moved versions' keys and one history entry change)`,
        `  plan: ${plan.hash}`,
        '',
        '--- pull request body ---',
        body
    ].join('\n');
}


/***/ }),

/***/ 35035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ digestFileSync),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   eZ: () => (/* binding */ contentDigest)
/* harmony export */ });
/* unused harmony exports CHUNK_SIZE, NotRegularFileError, parseLfsPointer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * sha256 of a file, streamed through one reusable buffer so memory stays flat
 * whatever the file's size (SPEC §2). A Git LFS pointer file is recognised by
 * its content and reported with the `oid` it carries, so a checkout without
 * LFS objects (actions/checkout's default) still validates.
 *
 * Synchronous reads on purpose (measured in `npm run bench`): the async
 * FileHandle path costs four thread-pool round trips per small file (open,
 * read, the read that returns 0, close), ~6× slower over 50,000 model files,
 * and for large files it alternates waiting and hashing. A 128 KiB buffer
 * stays in the L2 cache: hashing then runs at openssl's speed.
 */


const CHUNK_SIZE = 128 * 1024;
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\r?\n(?:[a-z0-9.-]+ [^\n]*\r?\n)*?oid sha256:([0-9a-f]{64})\r?\nsize (\d+)\r?\n?$/;
/** The LFS spec caps pointer files well below this. */
const MAX_POINTER_SIZE = 1024;
const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
/** The path is not a regular file (a FIFO, a device): reading it could block or never end. */
class NotRegularFileError extends Error {
    code = 'ENOTREG';
}
function digestFileSync(absPath, options = {}) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is then refused below.
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK | (options.noFollow ? node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW : 0);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(absPath, flags);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).isFile())
            throw new NotRegularFileError(`${absPath} is not a regular file`);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        let first;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, CHUNK_SIZE, null);
            if (n === 0)
                break;
            if (size === 0 && n <= MAX_POINTER_SIZE)
                first = buffer.toString('utf8', 0, n);
            hash.update(buffer.subarray(0, n));
            size += n;
        }
        const result = { digest: `sha256:${hash.digest('hex')}`, size };
        if (first !== undefined && size === Buffer.byteLength(first)) {
            const lfs = parseLfsPointer(first);
            if (lfs)
                result.lfs = lfs;
        }
        return result;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** The same, for callers in async code. */
async function digestFile(absPath) {
    return digestFileSync(absPath);
}
function parseLfsPointer(text) {
    const m = LFS_POINTER.exec(text);
    return m ? { digest: `sha256:${m[1]}`, size: Number(m[2]) } : undefined;
}
/** The digest that stands for the file's content: the LFS oid for a pointer. */
function contentDigest(d) {
    return d.lfs ? d.lfs.digest : d.digest;
}


/***/ }),

/***/ 25475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ checkFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/registry/file-tree.ts
/**
 * Lists the files under the managed folders (stage, benchmark and archive
 * folders) once, so that existence, stray-file and symlink checks need no
 * per-file stat. Symbolic links are resolved and must stay inside the
 * repository (SPEC §2, §7).
 *
 * On a large registry the walk (120,000 folders for 10,000 models) is bound
 * by the kernel, and hashing is the other half of `validate`'s time: the walk
 * then runs in a worker thread while the main thread hashes (bench).
 */

/**
 * The walk. Self-contained on purpose (built-in modules fetched inside, no
 * module-level names), because its source is also what the worker runs.
 * Synchronous: one readdir per folder with no thread-pool hop is ~4× faster
 * than unbounded async readdir (bench).
 */
function listTree(repoRoot, realRoot, relDirs) {
    const fs = process.getBuiltinModule('node:fs');
    const path = process.getBuiltinModule('node:path');
    const maxDepth = 32;
    const tree = new Map();
    const inside = (child) => {
        const rel = path.relative(realRoot, child);
        return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    };
    const walk = (rel, depth) => {
        if (depth > maxDepth)
            return;
        let entries;
        try {
            entries = fs.readdirSync(path.join(repoRoot, rel), { withFileTypes: true });
        }
        catch {
            return; // a folder that does not exist holds nothing
        }
        for (const e of entries) {
            const childRel = `${rel}/${e.name}`;
            const abs = path.join(repoRoot, childRel);
            if (e.isDirectory())
                walk(childRel, depth + 1);
            else if (e.isFile())
                tree.set(childRel, { abs });
            else if (e.isSymbolicLink())
                link(childRel, abs, depth);
            else
                tree.set(childRel, { abs, problem: 'not a regular file (a FIFO, socket or device)' });
        }
    };
    const link = (rel, abs, depth) => {
        let target;
        try {
            target = fs.realpathSync(abs);
        }
        catch {
            tree.set(rel, { abs, link: true, problem: 'a broken symbolic link' });
            return;
        }
        if (!inside(target)) {
            tree.set(rel, {
                abs,
                link: true,
                problem: `a symbolic link to ${target}, outside the repository`
            });
        }
        else if (fs.statSync(target).isDirectory())
            walk(rel, depth + 1);
        else
            tree.set(rel, { abs: target, link: true });
    };
    for (const d of relDirs)
        walk(d, 0);
    return tree;
}
/** The same walk in a worker thread, so the caller's thread can hash meanwhile. */
function listTreeInWorker(repoRoot, realRoot, relDirs) {
    const source = "const { parentPort, workerData: w } = require('node:worker_threads');" +
        `parentPort.postMessage((${listTree.toString()})(w.repoRoot, w.realRoot, w.relDirs));`;
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(source, { eval: true, workerData: { repoRoot, realRoot, relDirs } });
        worker.once('message', tree => resolve(tree));
        worker.once('error', reject);
        worker.once('exit', code => {
            if (code !== 0)
                reject(new Error(`the file-tree worker stopped with exit code ${code}`));
        });
    });
}

// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/registry/file-checks.ts
/**
 * The file rules of SPEC §2: every version's files exist where the folder
 * convention puts them with the recorded sha256 (LFS pointers by their oid),
 * nothing unknown sits under a stage folder, and the benchmark copy mirrors
 * the production version byte for byte.
 */






/** From this many files on, the folder walk runs in a worker thread (it costs ~40 ms to start). */
const WORKER_THRESHOLD = 2000;
/** Files a user may keep in empty folders so git tracks them. */
const IGNORED_NAMES = new Set(['.gitkeep']);
async function checkFiles(reg, options = {}) {
    const out = [];
    const stats = { files: 0, bytes: 0, lfsPointers: 0 };
    const realRepo = await (0,promises_.realpath)(reg.repoRoot);
    const rootAbs = external_node_path_default().join(reg.repoRoot, reg.root);
    try {
        if (!(0,paths/* isInside */.FK)(realRepo, await (0,promises_.realpath)(rootAbs))) {
            out.push(reg.manifest.diagnostic(['root'], `root "${reg.root}" is a symbolic link that leaves the repository`));
            return { diagnostics: out, stats };
        }
    }
    catch {
        // A root that does not exist yet holds no files; missing files are reported below.
    }
    const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models;
    const dirs = (0,layout/* managedFolders */.BR)(reg).map(f => reg.onlyModel ? (0,paths/* joinRel */.gN)(reg.root, f, reg.onlyModel) : (0,paths/* joinRel */.gN)(reg.root, f));
    // A stage folder that is itself a link out of the repository would make
    // every file check below read foreign files: stop at that one error.
    for (const dir of dirs) {
        const target = await (0,promises_.realpath)(external_node_path_default().join(reg.repoRoot, dir)).catch(() => undefined);
        if (target && !(0,paths/* isInside */.FK)(realRepo, target)) {
            const at = reg.data.root !== undefined ? ['root'] : [];
            out.push(reg.manifest.diagnostic(at, `${dir} is a symbolic link to ${target}, outside the repository`));
        }
    }
    if (out.length)
        return { diagnostics: out, stats };
    const expected = expectations(reg, models);
    // Large registries: walk in a worker while this thread hashes every file
    // the manifest names (without following links: the walk says where links go).
    const walking = expected.size >= (options.workerThreshold ?? WORKER_THRESHOLD)
        ? listTreeInWorker(reg.repoRoot, realRepo, dirs)
        : Promise.resolve(listTree(reg.repoRoot, realRepo, dirs));
    const early = new Map();
    for (const rel of [...expected.keys(), ...benchmarkPaths(reg, models)]) {
        const d = digestIfPlainFile(external_node_path_default().join(reg.repoRoot, rel));
        if (d)
            early.set(rel, d);
    }
    const tree = await walking;
    const toHash = [];
    for (const [rel, exp] of expected) {
        const entry = tree.get(rel);
        if (!entry) {
            out.push(missing(rel, exp));
        }
        else if (entry.problem) {
            out.push(exp.model.source.diagnostic(exp.at, `${rel} is ${entry.problem}`));
        }
        else {
            toHash.push([rel, exp, entry.abs]);
        }
    }
    const benchmark = checkBenchmarks(reg, models, tree);
    out.push(...benchmark.diagnostics);
    toHash.push(...benchmark.toHash);
    out.push(...strays(reg, models, tree, expected));
    toHash.forEach(([rel, exp, abs]) => {
        const d = (tree.get(rel)?.link ? undefined : early.get(rel)) ?? readDigest(abs);
        if (typeof d === 'string') {
            out.push(exp.model.source.diagnostic(exp.at, `cannot read ${rel}: ${d}`));
            return;
        }
        stats.files++;
        stats.bytes += d.size;
        if (d.lfs)
            stats.lfsPointers++;
        const actual = (0,digest/* contentDigest */.eZ)(d);
        if (actual === exp.digest)
            return;
        const source = exp.model.source;
        if (exp.kind === 'benchmark') {
            out.push(source.diagnostic(exp.at, `stale benchmark copy: ${rel} differs from ${exp.label} (recorded ${exp.digest}, file has ${actual})`, source.locate(exp.at, 'value')));
        }
        else if (d.lfs) {
            out.push(source.diagnostic(exp.at, `Git LFS pointer ${rel} carries oid ${actual}, but the manifest records ${exp.digest}`, source.locate(exp.at, 'value')));
        }
        else {
            out.push(source.diagnostic(exp.at, `digest mismatch for ${rel}: the manifest records ${exp.digest}, the file has ${actual}`, source.locate(exp.at, 'value')));
        }
    });
    return { diagnostics: out, stats };
}
function expectations(reg, models) {
    const expected = new Map();
    for (const model of models) {
        model.spec.versions.forEach((v, i) => {
            const dir = (0,layout/* versionDir */.EE)(reg, model.name, v);
            for (const [file, digest] of Object.entries(v.files)) {
                expected.set(`${dir}/${file}`, {
                    model,
                    at: [...model.at, 'versions', i, 'files', file],
                    digest,
                    kind: 'version',
                    label: `${model.name} ${v.version}`
                });
            }
        });
    }
    return expected;
}
/**
 * Hashes a path the manifest names if it is a plain regular file; anything
 * else (missing, a link, a FIFO) is left to the checks that follow the walk.
 */
function digestIfPlainFile(abs) {
    try {
        return (0,digest/* digestFileSync */.EX)(abs, { noFollow: true });
    }
    catch {
        return undefined;
    }
}
/** The digest of a file the walk found, or why it cannot be read. */
function readDigest(abs) {
    try {
        return (0,digest/* digestFileSync */.EX)(abs);
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
/** Where each model's benchmark copy must be: the production version's files. */
function benchmarkPaths(reg, models) {
    const out = [];
    for (const model of models) {
        const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
        if (!prod)
            continue;
        const dir = (0,layout/* benchmarkDir */.z4)(reg, model.name, prod.version);
        for (const file of Object.keys(prod.files))
            out.push(`${dir}/${file}`);
    }
    return out;
}
function missing(rel, exp) {
    return exp.model.source.diagnostic(exp.at, `missing file ${rel} (recorded for ${exp.label})`);
}
/**
 * The benchmark copy of each model (SPEC §2): the production version's files
 * at `<root>/<benchmark>/<M>/<V>/`. Every problem with a copy is reported at
 * the production version's `stage:` line, once per copy: missing, incomplete,
 * or stale (a copy of another version; other bytes are found when hashing).
 */
function checkBenchmarks(reg, models, tree) {
    const diagnostics = [];
    const toHash = [];
    if (!reg.benchmark)
        return { diagnostics, toHash };
    const base = (0,paths/* joinRel */.gN)(reg.root, reg.benchmark.folder);
    const copies = new Map();
    for (const rel of tree.keys()) {
        if (!rel.startsWith(base + '/'))
            continue;
        const [model, version] = rel.slice(base.length + 1).split('/');
        if (version === undefined)
            continue;
        const dirs = copies.get(model) ?? new Set();
        dirs.add(`${base}/${model}/${version}`);
        copies.set(model, dirs);
    }
    for (const model of models) {
        const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
        const found = [...(copies.get(model.name) ?? [])];
        if (!prod) {
            for (const dir of found) {
                diagnostics.push(model.source.diagnostic([...model.at, 'versions'], `stale benchmark copy ${dir}/: ${model.name} has no ${reg.benchmark.copyOf} version`));
            }
            continue;
        }
        const i = model.spec.versions.indexOf(prod);
        const at = [...model.at, 'versions', i, 'stage'];
        // Positions are built only when there is something to report.
        const report = (message) => diagnostics.push(model.source.diagnostic(at, message, model.source.locate(at, 'value')));
        const dir = (0,layout/* benchmarkDir */.z4)(reg, model.name, prod.version);
        const label = `${reg.benchmark.copyOf} ${model.name} ${prod.version}`;
        const others = found.filter(d => d !== dir);
        const files = Object.entries(prod.files);
        const absent = files.filter(([f]) => !tree.has(`${dir}/${f}`)).map(([f]) => f);
        if (absent.length === files.length) {
            const why = others.length
                ? `stale benchmark copy ${others.join('/, ')}/: ${label} is expected at ${dir}/`
                : `missing benchmark copy of ${label}: expected ${dir}/`;
            report(why);
            continue;
        }
        if (absent.length)
            report(`benchmark copy ${dir}/ of ${label} is incomplete: missing ${absent.join(', ')}`);
        for (const other of others)
            report(`stale benchmark copy ${other}/: ${label} is the one to copy`);
        for (const [file, digest] of files) {
            const rel = `${dir}/${file}`;
            const entry = tree.get(rel);
            if (!entry)
                continue;
            if (entry.problem)
                report(`${rel} is ${entry.problem}`);
            else
                toHash.push([rel, { model, at, digest, kind: 'benchmark', label }, entry.abs]);
        }
    }
    return { diagnostics, toHash };
}
/**
 * Files under managed folders that no expectation names. One diagnostic per
 * unknown version folder (listing its files), one per unknown file inside a
 * known folder, at the model's `versions:` key (SPEC §2).
 */
function strays(reg, models, tree, expected) {
    const byName = new Map(models.map(m => [m.name, m]));
    const known = new Set([...expected.keys()].map(rel => rel.slice(0, rel.lastIndexOf('/'))));
    const rootPrefix = reg.root === '.' ? '' : `${reg.root}/`;
    const groups = new Map();
    const benchmarkBase = reg.benchmark ? (0,paths/* joinRel */.gN)(reg.root, reg.benchmark.folder) + '/' : undefined;
    for (const rel of tree.keys()) {
        if (benchmarkBase &&
            rel.startsWith(benchmarkBase) &&
            rel.split('/').length > benchmarkBase.split('/').length + 1)
            continue;
        if (expected.has(rel) || IGNORED_NAMES.has(rel.slice(rel.lastIndexOf('/') + 1)))
            continue;
        const [folder, model, version] = rel.slice(rootPrefix.length).split('/');
        const versionFolder = version !== undefined && rel.split('/').length > rootPrefix.split('/').length + 2
            ? `${rootPrefix}${folder}/${model}/${version}`
            : undefined;
        // Files inside a version folder the manifest knows are reported one by one.
        const key = versionFolder && !known.has(versionFolder) ? versionFolder : rel;
        groups.set(key, [...(groups.get(key) ?? []), rel]);
    }
    const out = [];
    for (const [key, files] of groups) {
        const [folder, modelName, version] = key.slice(rootPrefix.length).split('/');
        const model = byName.get(modelName);
        const list = files.length === 1 && files[0] === key
            ? ''
            : `: ${files
                .slice(0, 5)
                .map(f => f.slice(key.length + 1))
                .join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''}`;
        if (!model) {
            const at = reg.data.models ? ['models'] : reg.data.include ? ['include'] : [];
            out.push(reg.manifest.diagnostic(at, `stray file${files.length > 1 ? 's' : ''} under ${key}${list}: no model "${modelName}" in the registry`));
            continue;
        }
        const at = [...model.at, 'versions'];
        if (reg.benchmark && folder === reg.benchmark.folder && key !== files[0]) {
            const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
            const why = prod
                ? `production of ${model.name} is ${prod.version}`
                : `${model.name} has no production version`;
            out.push(model.source.diagnostic(at, `stale benchmark copy ${key}/: ${why}`));
        }
        else if (key !== files[0] || version === undefined) {
            out.push(model.source.diagnostic(at, `stray files under ${key}${list}: no version of ${model.name} in "${folder}" is listed for them`));
        }
        else {
            out.push(model.source.diagnostic(at, `stray file ${key}: not one of the files the manifest lists for it`));
        }
    }
    return out;
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
