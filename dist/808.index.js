export const id = 808;
export const ids = [808];
export const modules = {

/***/ 59447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/adapters/git.ts
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
            (0,external_node_child_process_.execFile)('git', [...base, ...args], { env: gitEnv, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
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
        async currentBranch() {
            const r = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], true);
            return r.code === 0 ? r.stdout.trim() || undefined : undefined;
        },
        async remoteUrl(name) {
            const r = await git(['remote', 'get-url', name], true);
            return r.code === 0 ? r.stdout.trim() || undefined : undefined;
        }
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/settings/github-target.ts
/**
 * Where a pull request goes: the repository, the base branch, the API URL
 * and the token. Inside Actions all of it comes from the runner's
 * environment; on a laptop the repository falls back to the `origin`
 * remote and the base branch to the checkout's current branch.
 */


async function resolveGitHubTarget(settings, env, checkout) {
    const token = settings.token || env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw new errors/* UsageError */.eb('a token is needed to open the pull request: set the `token` input (the default is github.token) or GITHUB_TOKEN; or use dry-run');
    }
    const { owner, repo } = await repository(env, checkout);
    const base = settings.base ||
        defaultBranchFromEvent(env) ||
        env.GITHUB_REF_NAME ||
        (await checkout.currentBranch());
    if (!base) {
        throw new errors/* UsageError */.eb('cannot tell which branch the pull request targets: set the `base` input (e.g. main)');
    }
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    return { owner, repo, base, apiUrl, token };
}
async function repository(env, checkout) {
    const named = env.GITHUB_REPOSITORY?.trim();
    if (named) {
        const m = /^([^/\s]+)\/([^/\s]+)$/.exec(named);
        if (!m)
            throw new errors/* UsageError */.eb(`GITHUB_REPOSITORY is "${named}"; expected "owner/repo"`);
        return { owner: m[1], repo: m[2] };
    }
    const origin = await checkout.originUrl();
    const parsed = origin ? parseRemoteUrl(origin) : undefined;
    if (!parsed) {
        throw new errors/* UsageError */.eb(`cannot tell which GitHub repository to open the pull request in${origin ? ` (origin is "${withoutCredentials(origin)}")` : ''}: set GITHUB_REPOSITORY=owner/repo`);
    }
    return parsed;
}
/** `https://host/owner/repo(.git)`, `git@host:owner/repo(.git)`, `ssh://git@host/owner/repo`. */
function parseRemoteUrl(url) {
    const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim());
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
function defaultBranchFromEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const branch = payload.repository?.default_branch;
        return typeof branch === 'string' && branch ? branch : undefined;
    }
    catch {
        return undefined; // an unreadable payload says nothing about the branch
    }
}
/** `https://user:token@host/…` → `https://***@host/…`: a remote URL may carry a token. */
function withoutCredentials(url) {
    return url.replace(/^([a-z+]+:\/\/)[^@/]+@/i, '$1***@');
}

;// CONCATENATED MODULE: ./src/promotion/tree-changes.ts
/** The folders whose tree SHAs `treeEntries` needs. */
function sourceFolders(moves) {
    return [...new Set(moves.filter(m => m.to !== null).map(m => m.from))];
}
function treeEntries({ moves, folderShas, manifest }) {
    const deletions = [];
    const additions = [];
    for (const move of moves) {
        if (move.to !== null) {
            const sha = folderShas.get(move.from);
            if (!sha)
                throw new Error(`no tree SHA for ${move.from}`);
            additions.push({ path: move.to, mode: '040000', type: 'tree', sha });
        }
        // A benchmark refresh copies: its source stays where it is (and moves on by its own entry).
        if (move.reason !== 'benchmark-refresh') {
            deletions.push({ path: move.from, mode: '040000', type: 'tree', sha: null });
        }
    }
    // Deletions first: an addition must never be undone by a deletion of a parent path.
    return [
        ...dedupe(deletions),
        ...additions,
        { path: manifest.path, mode: manifest.mode, type: 'blob', content: manifest.text }
    ];
}
function dedupe(entries) {
    const seen = new Set();
    return entries.filter(e => !seen.has(e.path) && seen.add(e.path));
}

;// CONCATENATED MODULE: ./src/commands/publish-pull-request.ts


const GATES_CONTEXT = 'modelgate/gates';
const TRAILER = /^Modelgate-Plan:\s*(\S+)\s*$/m;
async function publishPullRequest(change, ports) {
    const { api, git, log } = ports;
    const { plan, base } = change;
    const local = await log.group('Read the checkout', () => readCheckout(plan, git));
    const baseHead = await log.group(`Check that the checkout is the head of ${base}`, async () => {
        const sha = await api.branchHead(base);
        if (!sha)
            throw new errors/* DecisionError */.bW(`the base branch "${base}" does not exist on GitHub`);
        if (sha !== local.head) {
            throw new errors/* DecisionError */.bW(`the checkout is at ${publish_pull_request_short(local.head)} but ${base} is at ${publish_pull_request_short(sha)} on GitHub: a pull request built from this checkout would revert the changes in between; check out the latest ${base} and run again`);
        }
        log.info(`${base} is at ${publish_pull_request_short(sha)}, as is the checkout`);
        return sha;
    });
    const existing = await log.group(`Look at branch ${plan.branch}`, async () => {
        const head = await api.branchHead(plan.branch);
        if (!head) {
            log.info('the branch does not exist yet');
            return undefined;
        }
        const commit = await api.getCommit(head);
        const planOnBranch = TRAILER.exec(commit.message)?.[1];
        if (!planOnBranch) {
            throw new errors/* DecisionError */.bW(`branch ${plan.branch} is at ${publish_pull_request_short(head)}, a commit modelgate did not make (no Modelgate-Plan trailer); modelgate will not overwrite it: merge or delete that branch, then run again`);
        }
        const same = planOnBranch === plan.hash && commit.parents.length === 1 && commit.parents[0] === baseHead;
        log.info(same
            ? `the branch already carries plan ${plan.hash} on ${publish_pull_request_short(baseHead)}`
            : `the branch carries plan ${planOnBranch} on ${publish_pull_request_short(commit.parents[0] ?? '')}; it will be replaced`);
        return { head, same };
    });
    const pull = await api.findOpenPull(plan.branch);
    if (existing?.same && pull) {
        log.info(`pull request #${pull.number} is up to date; nothing written`);
        return published('unchanged', pull, existing.head, plan.branch);
    }
    let headSha = existing?.head ?? '';
    if (!existing?.same) {
        headSha = await log.group(`Commit ${plan.moves.length} move(s) to ${plan.branch}`, async () => {
            const entries = treeEntries({
                moves: plan.moves,
                folderShas: local.folderShas,
                manifest: { path: plan.file.relPath, mode: local.manifestMode, text: plan.newText }
            });
            const tree = await api.createTree(local.tree, entries);
            const commit = await api.createCommit({
                message: plan.commitMessage,
                tree,
                parents: [baseHead]
            });
            if (existing)
                await api.moveBranch(plan.branch, commit, true);
            else
                await api.createBranch(plan.branch, commit);
            log.info(`${plan.branch} → ${publish_pull_request_short(commit)} (tree ${publish_pull_request_short(tree)})`);
            return commit;
        });
    }
    // The status goes on before the PR exists: should it be refused (no `statuses: write`), no
    // PR is left without its required check, and the rerun that follows the fix posts it.
    await api.createStatus(headSha, {
        state: 'success',
        context: GATES_CONTEXT,
        description: clip(change.gateDescription, 140),
        ...(change.runUrl ? { targetUrl: change.runUrl } : {})
    });
    return log.group('Open the pull request', async () => {
        const pr = pull
            ? await api.updatePull(pull.number, { title: change.title, body: change.body, base })
            : await api.createPull({
                title: change.title,
                body: change.body,
                head: plan.branch,
                base,
                draft: change.draft
            });
        log.info(`${pull ? 'updated' : 'opened'} pull request #${pr.number}: ${pr.url}`);
        await api.addLabels(pr.number, change.labels);
        await requestReviewers(api, pr.number, change.reviewers, log);
        return published(pull ? 'updated' : 'created', pr, headSha, plan.branch);
    });
}
/** Local refusals first: the commit is built from HEAD, so what moves must be committed there. */
async function readCheckout(plan, git) {
    const folders = sourceFolders(plan.moves);
    const touched = [...new Set([...plan.moves.map(m => m.from), plan.file.relPath])];
    const dirty = await git.dirtyPaths(touched);
    if (dirty.length) {
        const shown = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, … ${dirty.length - 5} more` : '');
        throw new errors/* DecisionError */.bW(`uncommitted changes in ${shown}: the pull request is built from the committed files; commit or discard them first`);
    }
    const head = await git.headCommit();
    const entries = await git.lsTree(head, [...folders, plan.file.relPath]);
    const byPath = new Map(entries.map(e => [e.path, e]));
    const folderShas = new Map();
    for (const folder of folders) {
        const entry = byPath.get(folder);
        if (entry?.type !== 'tree') {
            throw new errors/* DecisionError */.bW(`${folder} is not committed in ${publish_pull_request_short(head)}; commit it first`);
        }
        folderShas.set(folder, entry.sha);
    }
    const manifest = byPath.get(plan.file.relPath);
    if (manifest?.type !== 'blob') {
        throw new errors/* DecisionError */.bW(`${plan.file.relPath} is not committed in ${publish_pull_request_short(head)}`);
    }
    return {
        head,
        tree: await git.treeOf(head),
        folderShas,
        manifestMode: manifest.mode
    };
}
/** A reviewer GitHub refuses (a team with the default token, the PR's author) is a warning. */
async function requestReviewers(api, number, reviewers, log) {
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
    // Users and teams go in separate requests: GitHub refuses the whole request for one bad team.
    for (const ask of [
        { users: [...users], teams: [] },
        { users: [], teams: [...teams] }
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
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./src/commands/apply-plan.ts
/**
 * The last step of promote and rollback: a dry run shows the plan and the
 * PR body; otherwise the plan becomes a pull request. Wires the adapters for
 * `publishPullRequest` — the git CLI on the registry's checkout, the
 * repository and base branch, and Octokit, imported only here so dry runs
 * and other commands never load it.
 */



async function applyPlan(change, settings, ctx) {
    const { command, plan, headline, title, body, gates } = change;
    const common = { command, ok: true, decision: 'pass', exitCode: 0 };
    if (settings.dryRun) {
        return {
            ...common,
            diagnostics: [],
            result: { dryRun: true, ...planSummary(plan), title, body, gates },
            text: dryRunText(plan, headline, gates, body),
            summary: [`## modelgate ${command} (dry run): ${headline}`, '', body].join('\n'),
            outputs: {}
        };
    }
    const pr = await openPullRequest(change, settings, ctx);
    return {
        ...common,
        diagnostics: [],
        result: { dryRun: false, ...planSummary(plan), title, gates, pullRequest: pr },
        text: publishedText(pr, headline, gates),
        summary: [`## modelgate ${command}: ${headline}`, '', publishedLine(pr), '', body].join('\n'),
        outputs: {
            'pull-request-number': String(pr.number),
            'pull-request-url': pr.url,
            'pull-request-operation': pr.operation
        }
    };
}
async function openPullRequest(change, settings, ctx) {
    const git = createGitCommandManager(change.reg.repoRoot, ctx.env);
    const target = await resolveGitHubTarget(settings, ctx.env, {
        originUrl: () => git.remoteUrl('origin'),
        currentBranch: () => git.currentBranch()
    });
    const { createGitHubApi } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(35)]).then(__webpack_require__.bind(__webpack_require__, 77035));
    const api = createGitHubApi({
        token: target.token,
        baseUrl: target.apiUrl,
        owner: target.owner,
        repo: target.repo,
        warn: message => ctx.log.warning(message)
    });
    const gateText = change.gates.length ? change.gates.join('; ') : 'no gates';
    return publishPullRequest({
        plan: change.plan,
        base: target.base,
        title: change.title,
        body: change.body,
        labels: [...new Set(['modelgate', `stage:${change.plan.to}`, ...settings.labels])],
        reviewers: [...settings.reviewers, ...change.owners],
        draft: settings.draft,
        gateDescription: `${change.command} to ${change.plan.to}: ${gateText}`,
        runUrl: change.runUrl
    }, { api, git, log: ctx.log });
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
function publishedLine(pr) {
    const what = {
        created: 'opened',
        updated: 'updated',
        unchanged: 'unchanged (already up to date)'
    };
    return `Pull request #${pr.number} ${what[pr.operation]}: ${pr.url}`;
}
function publishedText(pr, headline, gates) {
    return [
        `✔ ${headline}: ${publishedLine(pr)}`,
        ...gates.map(l => `  gate: ${l}`),
        `  branch: ${pr.branch} at ${pr.headSha.slice(0, 7)}`
    ].join('\n');
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

/***/ 85414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ changeStamp),
/* harmony export */   y: () => (/* binding */ requireSoundFiles)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_file_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25475);
/* harmony import */ var _settings_workflow_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77316);
/**
 * What promote and rollback share before they plan: who makes the change,
 * when, from which run — and the refusal of a checkout whose model files do
 * not match their digests, since the commit moves exactly those files.
 */




function changeStamp(env) {
    return {
        at: new Date().toISOString(),
        actor: env.GITHUB_ACTOR || node_os__WEBPACK_IMPORTED_MODULE_0___default().userInfo().username,
        run: (0,_settings_workflow_run_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowRunUrl */ .C)(env)
    };
}
/** Refuses when a file of the registry (loaded for one model) fails its digest. */
async function requireSoundFiles(reg, what) {
    const files = await (0,_registry_file_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFiles */ .g)(reg);
    const errors = files.diagnostics.filter(d => d.severity === 'error');
    if (errors.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecisionError */ .bW(`${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(errors[0])}`, errors);
    }
}


/***/ }),

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

/***/ 75744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ comparisonText),
/* harmony export */   vR: () => (/* binding */ comparisonMarkdown)
/* harmony export */ });
/* unused harmony exports COMPARISON_HEADER, comparisonRows */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98775);

const COMPARISON_HEADER = [
    'metric',
    'goal',
    'benchmark',
    'candidate',
    'Δ',
    'Δ%',
    'CI / p-value',
    'verdict'
];
function comparisonRows(c) {
    return c.metrics.map(row);
}
function row(m) {
    const role = m.role === 'primary' ? ' (primary)' : m.role === 'guardrail' ? ' (guardrail)' : '';
    return [
        `${m.name}${role}`,
        m.goal ?? '—',
        m.benchmark === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.benchmark),
        m.candidate === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.candidate),
        m.delta === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.delta),
        m.deltaPct === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPercent */ .h9)(m.deltaPct),
        evidence(m),
        m.verdict === 'pass' ? '✅ pass' : '❌ fail'
    ];
}
function evidence(m) {
    const parts = [];
    if (m.ci)
        parts.push(`[${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.ci[0])}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(m.ci[1])}]`);
    if (m.pValue !== undefined)
        parts.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(m.pValue));
    return parts.join(' ') || '—';
}
function comparisonMarkdown(c) {
    const esc = (s) => s.replace(/\|/g, '\\|');
    const lines = [
        `| ${COMPARISON_HEADER.join(' | ')} |`,
        `| ${COMPARISON_HEADER.map((_, i) => (i >= 2 && i <= 5 ? '---:' : '---')).join(' | ')} |`,
        ...comparisonRows(c).map(r => `| ${r.map(esc).join(' | ')} |`)
    ];
    const reasons = c.metrics.filter(m => m.verdict === 'fail').map(m => `- ❌ ${m.reason}`);
    return [...lines, '', ...(reasons.length ? reasons : c.reasons.map(r => `- ${r}`))].join('\n');
}
function comparisonText(c) {
    const rows = [
        COMPARISON_HEADER,
        ...comparisonRows(c).map(r => [...r.slice(0, 7), r[7].replace(/^[✅❌] /, '')])
    ];
    const widths = COMPARISON_HEADER.map((_, i) => Math.max(...rows.map(r => r[i].length)));
    const fmt = (r) => r
        .map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return rows.map(fmt).join('\n');
}


/***/ }),

/***/ 26689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ editManifest)
/* harmony export */ });
/* unused harmony export render */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    const parentPath = edit.path.slice(0, -1);
    const parent = (parentPath.length ? doc.getIn(parentPath, true) : doc.contents);
    const key = last(edit.path);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent) || typeof key !== 'string') {
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
    return map.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === key);
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
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) && !node.flow && isPlainObject(value)) {
        let out = text;
        for (const [k, v] of Object.entries(value))
            out = editYaml(out, { op: 'set', path: [...path, k], value: v });
        for (const p of node.items) {
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? p.key.value : undefined;
            if (typeof k === 'string' && !(k in value))
                out = editYaml(out, { op: 'delete', path: [...path, k] });
        }
        return out;
    }
    const rendered = render(value);
    // An unchanged value keeps the author's quoting.
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === value)
        return text;
    if (!node || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && range(node)[0] === range(node)[1])) {
        // `key:` with nothing after it: the value goes after the colon.
        const colon = text.indexOf(':', range(pair.key)[1]);
        return splice(text, colon + 1, colon + 1, ` ${rendered}`);
    }
    const [start, end] = range(node);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? !node.flow : false) {
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
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq) && seq.flow) {
        const close = text.lastIndexOf(']', range(seq)[1]);
        if (!seq.items.length)
            return splice(text, range(seq)[0] + 1, close, item);
        const at = trimEnd(text, close);
        return splice(text, at, at, `, ${item}`);
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq) && seq.items.length) {
        const firstStart = range(seq.items[0])[0];
        const dash = text.lastIndexOf('-', firstStart);
        const pad = ' '.repeat(column(text, dash));
        const at = lineEnd(text, trimEnd(text, range(seq.items[seq.items.length - 1])[1]));
        return splice(text, at, at, `\n${pad}- ${item}`);
    }
    if (!seq || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(seq) && seq.value === null)) {
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


/***/ }),

/***/ 95483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ planHash)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The `Modelgate-Plan` trailer of SPEC §5: a hash of the planned moves and
 * manifest edits with every timestamp left out, so that planning the same
 * promotion again later gives the same hash and `promote` can recognise a
 * branch that already carries this plan.
 */

function planHash(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
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


/***/ }),

/***/ 43918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ historyEdit),
/* harmony export */   Su: () => (/* binding */ stageMove),
/* harmony export */   Vm: () => (/* binding */ versionIndex),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   gw: () => (/* binding */ benchmarkMoves),
/* harmony export */   nj: () => (/* binding */ requireModel),
/* harmony export */   qW: () => (/* binding */ versionPath),
/* harmony export */   ql: () => (/* binding */ archiveEdits),
/* harmony export */   xg: () => (/* binding */ historyEntry),
/* harmony export */   z: () => (/* binding */ planPromotion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/* harmony import */ var _registry_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77936);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27853);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34323);
/* harmony import */ var _manifest_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26689);
/* harmony import */ var _plan_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95483);
/**
 * Plans a promotion (SPEC §5, step 2) without touching anything: which
 * version folders move where, which manifest keys change, the edited
 * manifest text and the plan hash. `promote` checks gates before and writes
 * the commit after; this module only decides. The builders it exports are
 * shared with the rollback planner (rollback-plan.ts), which returns the
 * same kind of plan.
 */







function planPromotion(reg, req) {
    const model = requireModel(reg, req.model);
    const index = versionIndex(model, req.version);
    const entry = model.spec.versions[index];
    const target = checkMove(reg, model, entry, req.to);
    const moves = [stageMove(reg, model, entry, target.name, 'promote')];
    const edits = [
        { op: 'set', path: versionPath(model, index, 'stage'), value: target.name }
    ];
    if (entry.retired)
        edits.push({ op: 'delete', path: versionPath(model, index, 'retired') });
    if (req.metrics && Object.keys(req.metrics).length) {
        const metrics = { ...entry.metrics, ...req.metrics };
        edits.push({ op: 'set', path: versionPath(model, index, 'metrics'), value: metrics });
    }
    for (const i of displaced(model, target, entry)) {
        const old = model.spec.versions[i];
        moves.push(stageMove(reg, model, old, reg.archive.folder, 'archive'));
        edits.push(...archiveEdits(reg, model, i, {
            at: req.at,
            reason: 'replaced',
            replacedBy: entry.version,
            actor: req.actor
        }));
    }
    moves.push(...benchmarkMoves(reg, model, entry, target.name));
    edits.push(historyEdit(historyEntry(model, entry, target.name, req)));
    const hash = (0,_plan_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .planHash */ .S)({ kind: 'promote', moves, edits, file: model.source.relPath });
    return {
        kind: 'promote',
        model: model.name,
        version: entry.version,
        from: entry.stage,
        to: target.name,
        moves,
        edits,
        file: model.source,
        newText: (0,_manifest_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .editManifest */ .S)(model.source.text, edits),
        hash,
        branch: `modelgate/promote/${model.name}-to-${target.name}`,
        commitMessage: commitMessage(`Promote ${model.name} ${entry.version} from ${entry.stage} to ${target.name}`, moves, hash)
    };
}
/** The model named in a request, or the refusal "unknown model". */
function requireModel(reg, name) {
    const model = (0,_registry_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .findModel */ .P)(reg, name);
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`unknown model "${name}"`);
    return model;
}
/** Index of `version` in the model's `versions`, or the refusal listing the versions it has. */
function versionIndex(model, version) {
    const index = model.spec.versions.findIndex(v => v.version === version);
    if (index < 0) {
        const known = model.spec.versions.map(v => v.version).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`model ${model.name} has no version "${version}" (it has ${known})`);
    }
    return index;
}
/** Key path of a key of the model's `index`-th version entry, in the model's own file. */
function versionPath(model, index, key) {
    return [...model.at, 'versions', index, key];
}
/** The move of a version's whole folder from its stage to `to` (a stage or the archive). */
function stageMove(reg, model, entry, to, reason) {
    return {
        model: model.name,
        version: entry.version,
        from: (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionDir */ .EE)(reg, model.name, entry),
        to: (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionDir */ .EE)(reg, model.name, { ...entry, stage: to }),
        reason
    };
}
/** The edits that send the model's `index`-th version to the archive with `retired`. */
function archiveEdits(reg, model, index, retired) {
    return [
        { op: 'set', path: versionPath(model, index, 'stage'), value: reg.archive.folder },
        { op: 'set', path: versionPath(model, index, 'retired'), value: retired }
    ];
}
/** The history entry of a version leaving its current stage for `to`. */
function historyEntry(model, entry, to, req, reason) {
    return {
        at: req.at,
        model: model.name,
        version: entry.version,
        from: entry.stage,
        to,
        actor: req.actor,
        ...(req.run ? { run: req.run } : {}),
        ...(reason ? { reason } : {})
    };
}
/** Appends a history entry to the history of the file the model lives in. */
function historyEdit(entry) {
    // A shard keeps its own history; a model of the registry file logs to the top-level one.
    return { op: 'append', path: ['history'], value: entry };
}
/** Every refusal of SPEC §5 step 1 that needs only the manifest; returns the target stage. */
function checkMove(reg, model, entry, to) {
    const id = `${model.name} ${entry.version}`;
    if (reg.benchmark && to === reg.benchmark.folder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`cannot promote to "${to}": it is the benchmark folder, refreshed from ${reg.benchmark.copyOf} automatically`);
    }
    if (to === reg.archive.folder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`cannot promote to "${to}": it is the archive; use retire`);
    }
    const names = (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .stageNames */ .hL)(reg);
    const targetIndex = names.indexOf(to);
    if (targetIndex < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`unknown stage "${to}" (stages: ${names.join(', ')})`);
    }
    if (entry.stage === reg.archive.folder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} is archived and cannot be promoted; use rollback to bring it back, or register it again`);
    }
    const fromIndex = names.indexOf(entry.stage);
    if (fromIndex < 0) {
        // validate refuses such a manifest; say so rather than guess an order
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} is in "${entry.stage}", not one of ${(0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .knownStages */ .Vd)(reg).join(', ')}`);
    }
    if (fromIndex === targetIndex)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} is already in ${to}`);
    if (targetIndex < fromIndex) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} cannot move backwards from ${entry.stage} to ${to}; use rollback`);
    }
    if (targetIndex > fromIndex + 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`${id} cannot skip a stage: from ${entry.stage} the next stage is ${names[fromIndex + 1]}, not ${to}`);
    }
    const target = reg.stages[targetIndex];
    if (target.rollout) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecisionError */ .bW(`stage ${to} declares a rollout: gradual rollout is not available yet; remove \`rollout\` to promote in one step`);
    }
    return target;
}
/** Indexes of the live incumbents that leave a full stage: the lowest versions first. */
function displaced(model, target, entry) {
    if (target.capacity === undefined)
        return [];
    const live = model.spec.versions
        .map((v, i) => ({ v, i }))
        .filter(({ v }) => v.stage === target.name && (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .isLive */ .DG)(v) && v !== entry)
        .sort((a, b) => (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_6__/* .compareVersions */ .Zy)(a.v.version, b.v.version));
    const excess = live.length + 1 - target.capacity;
    return excess > 0 ? live.slice(0, excess).map(({ i }) => i) : [];
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
    const folder = reg.benchmark.folder;
    const moves = [];
    const current = (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarkSource */ .Dv)(reg, model);
    if (current) {
        moves.push({
            model: model.name,
            version: current.version,
            from: (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRel */ .gN)(reg.root, folder, model.name, current.version),
            to: null,
            reason: 'benchmark-remove'
        });
    }
    moves.push({
        model: model.name,
        version: entry.version,
        from: (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionDir */ .EE)(reg, model.name, entry),
        to: (0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRel */ .gN)(reg.root, folder, model.name, entry.version),
        reason: 'benchmark-refresh'
    });
    return moves;
}
/** Subject, a blank line, one line per move, a blank line and the `Modelgate-Plan` trailer. */
function commitMessage(subject, moves, hash) {
    const lines = moves.map(m => m.to === null ? `- remove ${m.from} (${m.reason})` : `- ${m.from} -> ${m.to} (${m.reason})`);
    return [subject, '', ...lines, '', `Modelgate-Plan: ${hash}`].join('\n');
}


/***/ }),

/***/ 76236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ renderPrBody),
/* harmony export */   pD: () => (/* binding */ prTitle)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BYTES, MOVES_KEPT_WHEN_TRUNCATED, planMarker, primaryMetric, metricChart, utf8Length */
/* harmony import */ var _commands_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76469);
/* harmony import */ var _policy_comparison_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75744);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34323);
/**
 * The promotion pull request's title and body (SPEC §5 step 5): what moves
 * where, the comparison with the benchmark, the target stage's checklist,
 * the candidate's lineage and a chart of the primary metric's history.
 * Pure: the caller opens or updates the PR with what this returns.
 *
 * A rollback plan (kind `rollback`) gets the same body with its own title,
 * headline and move wording; its "candidate" is the version it restores.
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
    if (plan.kind === 'rollback') {
        return `Roll back ${plan.model} to ${plan.version}: ${leaving(plan)} → ${plan.from}`;
    }
    return `Promote ${plan.model} ${plan.version}: ${plan.from} → ${plan.to}`;
}
/** The production version a rollback sends to the archive. */
function leaving(plan) {
    return plan.rolledBackFrom ?? plan.moves.find(m => m.reason === 'archive')?.version ?? '?';
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
        ...(plan.kind === 'rollback'
            ? [
                `## ⏪ Rollback of ${plan.model} in ${plan.to}`,
                '',
                `**${plan.version}** returns from ${plan.from} to ${plan.to}; ` +
                    `**${leaving(plan)}** goes to ${plan.from} (rolled back).`
            ]
            : [`Promote **${plan.model} ${plan.version}**: ${plan.from} → ${plan.to}`]),
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
    const lines = ['### What moves', '', (0,_commands_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['version', 'from', 'to', 'what happens'], rows)];
    const rest = plan.moves.length - shown.length;
    if (rest > 0)
        lines.push('', `… and ${rest} more moves`);
    return lines.join('\n');
}
function moveWords(m, plan) {
    switch (m.reason) {
        case 'promote':
            return `promoted to ${plan.to}`;
        case 'restore':
            return `restored to ${plan.to}`;
        case 'archive':
            return plan.kind === 'rollback'
                ? `archived (rolled back to ${plan.version})`
                : `archived (replaced by ${plan.version})`;
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
        lines.push((0,_policy_comparison_table_js__WEBPACK_IMPORTED_MODULE_1__/* .comparisonMarkdown */ .vR)({ ...c, metrics: shown }));
        const rest = c.metrics.length - shown.length;
        if (rest > 0)
            lines.push('', `… and ${rest} more metrics in the job summary`);
    }
    else if (input.plan.kind === 'rollback') {
        lines.push(`Not compared: a rollback restores ${input.plan.version}, a version that was in ${input.plan.to} before.`);
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
        .sort((a, b) => (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)(a.version, b.version));
    if (points.length < 2)
        return undefined;
    const mine = points.find(p => p.version === candidate.version);
    const role = input.plan.kind === 'rollback' ? 'restored' : 'candidate';
    const title = mine
        ? `${metric} by version (${role} ${candidate.version}: ${plainNumber(mine.value)})`
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
