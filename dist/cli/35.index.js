export const id = 35;
export const ids = [35];
export const modules = {

/***/ 77035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// UNUSED EXPORTS: API_VERSION, spacesWrites

// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __webpack_require__(27194);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/adapters/github-errors.ts
/**
 * Turns what Octokit throws (a RequestError with `status`, `message`, `request.method/url` and,
 * when GitHub answered, `response.data`) into one UsageError (exit 2) that says which operation
 * failed and what the user can do about it (SPEC §5: the permissions the REST calls need).
 */


/**
 * An attempt that got no whole answer within its time: shaped like Octokit's RequestError
 * without a response (status 500), so plugin-retry retries it as it retries a 5xx.
 */
class RequestTimeoutError extends Error {
    timeoutMs;
    request;
    status = 500;
    response = undefined;
    constructor(timeoutMs, request) {
        super(`timed out after ${timeoutMs / 1000} s`);
        this.timeoutMs = timeoutMs;
        this.request = request;
        this.name = 'RequestTimeoutError';
    }
}
/** A successful answer that is not the JSON the endpoint sends; the message names the endpoint. */
class AnswerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AnswerError';
    }
}
function isRequestError(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const e = error;
    return typeof e.status === 'number' && typeof e.request === 'object' && e.request !== null;
}
const ACTIONS_PR_SETTING = /not permitted to create or approve pull requests/i;
const RATE_LIMIT = /rate limit/i;
/**
 * The UsageError for a failed call. A ModelgateError passes through unchanged; anything that is
 * not a RequestError (a bug, an abort) still becomes a UsageError naming the operation.
 */
function toModelgateError(error, operation, context) {
    if (error instanceof errors/* ModelgateError */.HJ)
        return error;
    // The token, should any layer have echoed it, in any of the forms it is written in.
    return new errors/* UsageError */.eb(new src_secrets/* Secrets */.Sb([context.token]).redact(describe(error, operation, context)));
}
/** `502 "Server Error"`, or `no answer (connect ECONNREFUSED …)` when nothing answered. */
function summarizeRequestError(error) {
    if (!error.response)
        return `no answer (${networkReason(error)})`;
    const said = githubMessage(error);
    return `${error.status}${said ? ` "${said}"` : ''}`;
}
function describe(error, op, ctx) {
    const base = ctx.baseUrl.replace(/\/+$/, '');
    if (error instanceof AnswerError) {
        return (`GitHub API: could not ${op.action}: ${error.message}. Check that the API base URL ` +
            `(GITHUB_API_URL, here ${base}) is GitHub's REST API (https://api.github.com, or ` +
            'https://HOST/api/v3 on GitHub Enterprise Server) and that no proxy answers in its place.');
    }
    if (!isRequestError(error)) {
        const reason = error instanceof Error ? error.message : String(error);
        return `GitHub API: could not ${op.action}: ${reason}`;
    }
    const method = (error.request.method ?? 'GET').toUpperCase();
    const call = `${method} ${routeOf(error.request.url, base)}`;
    if (error instanceof RequestTimeoutError) {
        return (`GitHub API: could not ${op.action} (${call}): no answer from ${base} within ` +
            `${error.timeoutMs / 1000} s, also after retrying. GitHub may be having trouble ` +
            '(https://www.githubstatus.com) or unreachable from this runner (network, proxy); ' +
            're-run the job later.');
    }
    // No response: the request never got an answer (refused connection, DNS, TLS, proxy).
    if (!error.response) {
        return (`GitHub API: could not ${op.action} (${call}): no answer from ${base}: ` +
            `${networkReason(error)}. Check that the API base URL (GITHUB_API_URL) is right and ` +
            'reachable from this runner (network, proxy, firewall).');
    }
    const status = error.status;
    const said = githubMessage(error);
    const answer = summarizeRequestError(error);
    if (status === 401) {
        return (`GitHub API: could not ${op.action} (${call}): GitHub refused the token (${answer}). ` +
            'Check the `token` input: it must be a valid, unexpired token for this repository ' +
            `(${base}); the default is the job's GITHUB_TOKEN.`);
    }
    if ((status === 403 || status === 429) && RATE_LIMIT.test(said)) {
        return (`GitHub API: could not ${op.action} (${call}): GitHub's rate limit was still exceeded ` +
            `after waiting and retrying (${answer}). Re-run the job later.`);
    }
    if (status === 403 &&
        method === 'POST' &&
        /\/pulls$/.test(call) &&
        ACTIONS_PR_SETTING.test(said)) {
        return (`GitHub API: could not ${op.action} (${call}): GitHub Actions may not open pull requests ` +
            `in this repository (${answer}). Enable "Allow GitHub Actions to create and approve pull ` +
            'requests" in the repository settings (Settings → Actions → General → Workflow ' +
            'permissions; when it is greyed out, the organisation settings must allow it first), or ' +
            'pass a token of a GitHub App or a user as the `token` input.');
    }
    if (status === 403) {
        return (`GitHub API: could not ${op.action} (${call}): the token lacks a permission (${answer}). ` +
            `This call needs \`${op.permission}\`: add it to the job's \`permissions:\` block ` +
            '(or grant it to the token passed as the `token` input).');
    }
    if (status === 404) {
        const repository = ctx.repository ? `the repository ${ctx.repository}` : 'the repository';
        const thing = subjectOf(call);
        return (`GitHub API: could not ${op.action} (${call}): GitHub answered ${answer}; ${repository}` +
            `${thing ? ` or ${thing}` : ''} ` +
            'may not exist or the token cannot see it, or the token lacks a permission (GitHub ' +
            `answers 404 rather than 403 then). This call needs \`${op.permission}\`: add it to the ` +
            "job's `permissions:` block (or grant it to the token passed as the `token` input).");
    }
    if (status >= 500) {
        return (`GitHub API: could not ${op.action} (${call}): GitHub answered ${answer}, also after ` +
            'retrying. GitHub may be having trouble (https://www.githubstatus.com); re-run the job later.');
    }
    return `GitHub API: could not ${op.action} (${call}): GitHub answered ${answer}`;
}
/** What a 404 on `call` may say is missing besides the repository: `the branch main`, … */
function subjectOf(call) {
    const path = call.replace(/^[A-Z]+ \/repos\/[^/]+\/[^/]+/, '').replace(/\?.*$/, '');
    const patterns = [
        [/^\/git\/refs?\/heads\/(.+)$/, m => `the branch ${m[1]}`],
        [/^\/git\/commits\/([^/]+)$/, m => `the commit ${m[1]}`],
        [/^\/statuses\/([^/]+)$/, m => `the commit ${m[1]}`],
        [/^\/pulls\/(\d+)/, m => `the pull request #${m[1]}`],
        [/^\/issues\/(\d+)/, m => `the issue or pull request #${m[1]}`],
        [/^\/actions\/workflows\/([^/]+)/, m => `the workflow ${m[1]}`]
    ];
    for (const [pattern, name] of patterns) {
        const m = pattern.exec(path);
        if (m)
            return name(m);
    }
    return undefined;
}
/** `/repos/o/r/pulls?head=…` from the full URL, without the base URL. */
function routeOf(url, base) {
    if (!url)
        return '?';
    let rest = url.startsWith(base) ? url.slice(base.length) : url;
    if (/^[a-z]+:\/\//i.test(rest)) {
        try {
            const parsed = new URL(rest);
            rest = parsed.pathname + parsed.search;
        }
        catch {
            // keep it as it is
        }
    }
    try {
        // Octokit encodes `{ref}` whole (`heads%2Fmodelgate%2F…`); show it as GitHub reads it.
        return decodeURIComponent(rest);
    }
    catch {
        return rest;
    }
}
/** GitHub's `message` plus the messages of its `errors` (422 details), without the docs URL. */
function githubMessage(error) {
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const { message, errors } = data;
        const details = Array.isArray(errors)
            ? errors
                .map(e => {
                if (typeof e === 'string')
                    return e;
                if (typeof e !== 'object' || e === null)
                    return '';
                const { message: m, field, code } = e;
                if (typeof m === 'string')
                    return m;
                return [field, code].filter(x => typeof x === 'string').join(' ');
            })
                .filter(Boolean)
            : [];
        const text = typeof message === 'string' ? message : '';
        return details.length > 0 ? `${text}: ${details.join('; ')}` : text;
    }
    if (typeof data === 'string' && data.trim() !== '')
        return data.trim().slice(0, 500);
    // Octokit's own message ends with ` - <documentation_url>`.
    return error.message.replace(/ - https?:\/\/\S+$/, '');
}
function networkReason(error) {
    const cause = error.cause;
    const code = typeof cause === 'object' && cause !== null
        ? (cause.code ??
            cause.cause?.code)
        : undefined;
    const message = error.message || 'unknown network error';
    return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

;// CONCATENATED MODULE: ./src/adapters/octokit-github-api.ts
/**
 * `GitHubApi` on Octokit (`getOctokit` of @actions/github) with plugin-retry (5xx and network
 * failures retried with a quadratic backoff: 1 s, 4 s, 9 s; 4xx never) and plugin-throttling
 * (rate limits waited out at most twice, with a warning). Every method is one REST call; every
 * failure reaches the caller as a UsageError that names the operation and the fix, except a
 * missing branch, which `branchHead` reports as undefined.
 *
 * The request layer (`requestLayer`, innermost of the plugins): every request carries
 * `X-GitHub-Api-Version: 2022-11-28`; every attempt has a timeout (60 s) and an attempt that
 * times out is retried like a 5xx; an answer that is not the JSON the endpoint sends (an HTML
 * page from a proxy, a body without the fields modelgate reads) is an error naming the
 * endpoint, never retried, since a write may have happened.
 */





/** plugin-retry's default, spelled out so the retry warnings can count attempts. */
const RETRIES = 3;
/** The REST API version modelgate is written against, sent with every request. */
const API_VERSION = '2022-11-28';
/** How long one attempt may wait for its whole answer. */
const REQUEST_TIMEOUT_MS = 60_000;
/** Rate-limit waits accepted per request before giving up. */
const RATE_LIMIT_RETRIES = 2;
const sleepFor = (ms) => new Promise(resolve => setTimeout(resolve, ms));
const CONTENTS = 'contents: write';
const PULLS = 'pull-requests: write';
const STATUSES = 'statuses: write';
const ISSUES = 'issues: write';
const ACTIONS = 'actions: write';
function createGitHubApi(options, tuning = {}) {
    const { owner, repo, token, warn } = options;
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    const secrets = new src_secrets/* Secrets */.Sb([token]);
    const say = (message) => warn(secrets.redact(message));
    // Innermost of all: each attempt gets its own timeout, and its answer is checked.
    const requestLayer = octokit => {
        const timeout = tuning.requestTimeout ?? REQUEST_TIMEOUT_MS;
        octokit.hook.wrap('request', async (request, options) => {
            options.headers['x-github-api-version'] = API_VERSION;
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), timeout);
            const settings = (options.request ??= {});
            settings.signal = controller.signal;
            const timedOut = () => new RequestTimeoutError(timeout, octokit.request.endpoint.parse(options));
            try {
                const response = await request(options);
                // Octokit swallows an abort while it reads a JSON body and returns what it had.
                if (controller.signal.aborted)
                    throw timedOut();
                checkAnswer(options, response);
                return response;
            }
            catch (error) {
                if (controller.signal.aborted && !(error instanceof RequestTimeoutError))
                    throw timedOut();
                throw error;
            }
            finally {
                clearTimeout(timer);
                delete settings.signal;
            }
        });
    };
    // Innermost of the retry plugin, so it sees every failed attempt, not only the last one.
    const reportRetries = octokit => {
        octokit.hook.error('request', (error, route) => {
            if (isRequestError(error) && error.status >= 500) {
                const attempt = route.request?.retryCount ?? 0;
                if (attempt < RETRIES) {
                    const wait = ((attempt + 1) ** 2 * (tuning.retryAfterBaseValue ?? 1000)) / 1000;
                    const what = error.response ? 'GitHub answered ' : '';
                    say(`GitHub API: ${describeRoute(route)}: ${what}` +
                        `${summarizeRequestError(error)}; retrying in ${wait} s ` +
                        `(retry ${attempt + 1} of ${RETRIES}).`);
                }
            }
            throw error;
        });
    };
    // The wait happens here, not in plugin-throttling (whose own wait is set to 0 below), so that
    // it goes through `sleep`: the same wait, then the plugin's retry.
    const sleep = tuning.sleep ?? sleepFor;
    const rateLimited = (kind) => async (retryAfter, route, _octokit, retryCount) => {
        const call = describeRoute(route);
        if (retryCount < RATE_LIMIT_RETRIES) {
            say(`GitHub API: ${kind} hit on ${call}; waiting ${retryAfter} s before retrying ` +
                `(retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`);
            await sleep(retryAfter * 1000);
            return true;
        }
        say(`GitHub API: ${kind} hit on ${call} again; giving up after ${RATE_LIMIT_RETRIES} waits.`);
        return false;
    };
    const throttle = {
        onRateLimit: rateLimited('rate limit'),
        onSecondaryRateLimit: rateLimited('secondary rate limit'),
        // Milliseconds the plugin waits per retry-after second: the handlers above already waited.
        retryAfterBaseValue: 0
    };
    if (!spacesWrites(baseUrl, tuning)) {
        // plugin-throttling only calls `group.key(id).schedule(options, fn, ...args)` on these.
        const immediate = {
            key: () => ({
                schedule: (_job, fn, ...args) => Promise.resolve(fn(...args))
            })
        };
        throttle.write = immediate;
        throttle.notifications = immediate;
    }
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        retry: {
            retries: RETRIES,
            ...(tuning.retryAfterBaseValue !== undefined
                ? { retryAfterBaseValue: tuning.retryAfterBaseValue }
                : {})
        },
        throttle
    }, requestLayer, reportRetries, dist_bundle/* retry */.L, throttling);
    async function call(operation, run) {
        try {
            return await run();
        }
        catch (error) {
            throw toModelgateError(error, operation, { baseUrl, token, repository: `${owner}/${repo}` });
        }
    }
    const repoParams = { owner, repo };
    return {
        async branchHead(branch) {
            return call({ action: `read the head of branch ${branch}`, permission: CONTENTS }, async () => {
                try {
                    const { data } = await octokit.rest.git.getRef({
                        ...repoParams,
                        ref: `heads/${branch}`
                    });
                    return data.object.sha;
                }
                catch (error) {
                    if (isRequestError(error) && error.status === 404 && error.response)
                        return undefined;
                    throw error;
                }
            });
        },
        async getCommit(sha) {
            return call({ action: `read commit ${sha}`, permission: CONTENTS }, async () => {
                const { data } = await octokit.rest.git.getCommit({ ...repoParams, commit_sha: sha });
                const info = {
                    sha: data.sha,
                    treeSha: data.tree.sha,
                    message: data.message,
                    parents: data.parents.map(p => p.sha)
                };
                return info;
            });
        },
        async createBlob(content) {
            return call({ action: 'upload a new model file', permission: CONTENTS }, async () => {
                const { data } = await octokit.rest.git.createBlob({
                    ...repoParams,
                    content: content.toString('base64'),
                    encoding: 'base64'
                });
                return data.sha;
            });
        },
        async createTree(baseTree, entries) {
            return call({ action: 'create the tree of the promotion commit', permission: CONTENTS }, async () => {
                const { data } = await octokit.rest.git.createTree({
                    ...repoParams,
                    base_tree: baseTree,
                    tree: entries.map(e => ({
                        path: e.path,
                        mode: e.mode,
                        type: e.type,
                        ...(e.content !== undefined ? { content: e.content } : { sha: e.sha ?? null })
                    }))
                });
                return data.sha;
            });
        },
        async createCommit(commit) {
            return call({ action: 'create the promotion commit', permission: CONTENTS }, async () => {
                const { data } = await octokit.rest.git.createCommit({
                    ...repoParams,
                    message: commit.message,
                    tree: commit.tree,
                    parents: commit.parents
                });
                return data.sha;
            });
        },
        async createBranch(branch, sha) {
            return call({ action: `create branch ${branch}`, permission: CONTENTS }, async () => {
                await octokit.rest.git.createRef({ ...repoParams, ref: `refs/heads/${branch}`, sha });
            });
        },
        async moveBranch(branch, sha, force) {
            return call({ action: `move branch ${branch} to ${sha}`, permission: CONTENTS }, async () => {
                await octokit.rest.git.updateRef({ ...repoParams, ref: `heads/${branch}`, sha, force });
            });
        },
        async findOpenPull(branch) {
            return call({ action: `look for an open pull request from ${branch}`, permission: PULLS }, async () => {
                const { data } = await octokit.rest.pulls.list({
                    ...repoParams,
                    head: `${owner}:${branch}`,
                    state: 'open'
                });
                return data.length > 0 ? toPull(data[0]) : undefined;
            });
        },
        async listOpenPulls(headPrefix) {
            return call({
                action: `list the open pull requests from ${headPrefix} branches`,
                permission: 'pull-requests: read'
            }, async () => {
                const all = await octokit.paginate(octokit.rest.pulls.list, {
                    ...repoParams,
                    state: 'open',
                    per_page: 100
                });
                return all
                    .filter(p => p.head.ref.startsWith(headPrefix))
                    .map(p => ({
                    number: p.number,
                    title: p.title,
                    url: p.html_url,
                    head: p.head.ref,
                    createdAt: p.created_at,
                    draft: p.draft ?? false
                }));
            });
        },
        async createPull(pull) {
            return call({ action: `open a pull request from ${pull.head} into ${pull.base}`, permission: PULLS }, async () => {
                const { data } = await octokit.rest.pulls.create({
                    ...repoParams,
                    title: pull.title,
                    body: pull.body,
                    head: pull.head,
                    base: pull.base,
                    draft: pull.draft
                });
                return toPull(data);
            });
        },
        async updatePull(number, changes) {
            return call({ action: `update pull request #${number}`, permission: PULLS }, async () => {
                const { data } = await octokit.rest.pulls.update({
                    ...repoParams,
                    pull_number: number,
                    ...(changes.title !== undefined ? { title: changes.title } : {}),
                    ...(changes.body !== undefined ? { body: changes.body } : {}),
                    ...(changes.base !== undefined ? { base: changes.base } : {})
                });
                return toPull(data);
            });
        },
        async addLabels(number, labels) {
            return call({ action: `add labels ${labels.join(', ')} to pull request #${number}`, permission: PULLS }, async () => {
                await octokit.rest.issues.addLabels({ ...repoParams, issue_number: number, labels });
            });
        },
        async requestReviewers(number, { users, teams }) {
            if (users.length === 0 && teams.length === 0)
                return;
            const who = [...users, ...teams.map(t => `team ${t}`)].join(', ');
            return call({ action: `request reviews from ${who} on pull request #${number}`, permission: PULLS }, async () => {
                await octokit.rest.pulls.requestReviewers({
                    ...repoParams,
                    pull_number: number,
                    ...(users.length > 0 ? { reviewers: users } : {}),
                    ...(teams.length > 0 ? { team_reviewers: teams } : {})
                });
            });
        },
        async createStatus(sha, status) {
            return call({ action: `set commit status ${status.context} on ${sha}`, permission: STATUSES }, async () => {
                await octokit.rest.repos.createCommitStatus({
                    ...repoParams,
                    sha,
                    state: status.state,
                    context: status.context,
                    description: status.description,
                    ...(status.targetUrl !== undefined ? { target_url: status.targetUrl } : {})
                });
            });
        },
        async listOpenIssues(label) {
            return call({ action: `list open issues labelled ${label}`, permission: ISSUES }, async () => {
                const { data } = await octokit.rest.issues.listForRepo({
                    ...repoParams,
                    labels: label,
                    state: 'open',
                    per_page: 100
                });
                // The issues list holds pull requests too; they carry `pull_request`.
                return data.filter(i => !i.pull_request).map(toIssue);
            });
        },
        async createIssue(issue) {
            return call({ action: `open issue "${issue.title}"`, permission: ISSUES }, async () => {
                // Never repeated by plugin-retry: GitHub keeps no key that makes a second POST the same
                // issue, so a lost answer would open two. The caller re-reads by the issue's marker.
                const { data } = await octokit.rest.issues.create({
                    ...repoParams,
                    ...issue,
                    request: { retries: 0 }
                });
                return toIssue(data);
            });
        },
        async updateIssue(number, changes) {
            return call({ action: `update issue #${number}`, permission: ISSUES }, async () => {
                const { data } = await octokit.rest.issues.update({
                    ...repoParams,
                    issue_number: number,
                    ...changes
                });
                return toIssue(data);
            });
        },
        async dispatchWorkflow(workflow, ref, inputs) {
            return call({ action: `dispatch workflow ${workflow} on ${ref}`, permission: ACTIONS }, async () => {
                // Never repeated: a dispatch whose answer was lost may have started the workflow, and
                // there is no way to read that back; one failure reported beats two retrainings.
                await octokit.rest.actions.createWorkflowDispatch({
                    ...repoParams,
                    workflow_id: workflow,
                    ref,
                    inputs,
                    request: { retries: 0 }
                });
            });
        }
    };
}
function toIssue(data) {
    return {
        number: data.number,
        url: data.html_url,
        title: data.title,
        body: data.body ?? null,
        state: data.state === 'closed' ? 'closed' : 'open'
    };
}
function toPull(data) {
    return {
        number: data.number,
        url: data.html_url,
        headSha: data.head.sha,
        base: data.base.ref,
        title: data.title,
        body: data.body,
        draft: data.draft ?? false,
        labels: (data.labels ?? []).flatMap(l => (l.name ? [l.name] : [])),
        requestedReviewers: {
            users: (data.requested_reviewers ?? []).map(u => u.login),
            teams: (data.requested_teams ?? []).map(t => t.slug)
        }
    };
}
/**
 * The fields modelgate reads from each endpoint's answer (of each item, for a list), by method
 * and path under the API's base URL (`{…}` is one parameter).
 */
const EXPECTED_ANSWERS = [
    ['GET', '/repos/{owner}/{repo}/git/ref/{ref}', { fields: ['object.sha'] }],
    [
        'GET',
        '/repos/{owner}/{repo}/git/commits/{commit_sha}',
        { fields: ['sha', 'tree.sha', 'message', 'parents'] }
    ],
    ['POST', '/repos/{owner}/{repo}/git/blobs', { fields: ['sha'] }],
    ['POST', '/repos/{owner}/{repo}/git/trees', { fields: ['sha'] }],
    ['POST', '/repos/{owner}/{repo}/git/commits', { fields: ['sha'] }],
    [
        'GET',
        '/repos/{owner}/{repo}/pulls',
        { list: true, fields: ['number', 'html_url', 'title', 'head.sha', 'head.ref', 'base.ref'] }
    ],
    [
        'POST',
        '/repos/{owner}/{repo}/pulls',
        { fields: ['number', 'html_url', 'title', 'head.sha', 'base.ref'] }
    ],
    [
        'PATCH',
        '/repos/{owner}/{repo}/pulls/{pull_number}',
        { fields: ['number', 'html_url', 'title', 'head.sha', 'base.ref'] }
    ],
    [
        'GET',
        '/repos/{owner}/{repo}/issues',
        { list: true, fields: ['number', 'html_url', 'title', 'state'] }
    ],
    ['POST', '/repos/{owner}/{repo}/issues', { fields: ['number', 'html_url', 'title', 'state'] }],
    [
        'PATCH',
        '/repos/{owner}/{repo}/issues/{issue_number}',
        { fields: ['number', 'html_url', 'title', 'state'] }
    ]
];
/** The table above with each path as a RegExp that a template or an expanded URL matches. */
const EXPECTED = EXPECTED_ANSWERS.map(([method, template, expected]) => ({
    method,
    // The path ends the URL (before its query); GitHub Enterprise puts `/api/v3` before it.
    pattern: new RegExp(`${template.replace(/\{\w+\}/g, '[^/?]+')}(\\?|$)`),
    expected
}));
function expectedAnswer(route) {
    const method = (route.method ?? 'GET').toUpperCase();
    const url = route.url ?? '';
    return EXPECTED.find(e => e.method === method && e.pattern.test(url))?.expected;
}
/**
 * Throws an AnswerError unless a successful answer is the JSON the endpoint sends: an object or
 * a list (nothing after 204), holding the fields modelgate reads.
 */
function checkAnswer(route, response) {
    if (response.status === 204 || response.status === 205)
        return;
    const call = describeRoute(route);
    const { data } = response;
    if (typeof data !== 'object' || data === null || data instanceof ArrayBuffer) {
        const type = response.headers['content-type'];
        const text = typeof data === 'string'
            ? data
            : data instanceof ArrayBuffer
                ? new TextDecoder().decode(data.slice(0, 200))
                : '';
        const excerpt = text.trim().replace(/\s+/g, ' ').slice(0, 100);
        throw new AnswerError(`${call} answered ${response.status} with ` +
            `${typeof type === 'string' ? type : 'no content type'}, not the JSON GitHub's REST API ` +
            `sends${excerpt ? ` ("${excerpt}${text.length > 100 ? '…' : ''}")` : ''}`);
    }
    const expected = expectedAnswer(route);
    if (!expected)
        return;
    if (Array.isArray(data) !== Boolean(expected.list)) {
        throw new AnswerError(`${call} answered ${response.status} with ${Array.isArray(data) ? 'a list' : 'an object'}, ` +
            `not the ${expected.list ? 'list' : 'object'} GitHub's REST API sends`);
    }
    const items = Array.isArray(data) ? data : [data];
    for (const [i, item] of items.entries()) {
        const missing = expected.fields.find(field => fieldOf(item, field) == null);
        if (missing !== undefined) {
            throw new AnswerError(`${call} answered ${response.status} without "${missing}"` +
                `${expected.list ? ` in item ${i + 1}` : ''}, which GitHub's REST API sends`);
        }
    }
}
function fieldOf(value, dotted) {
    let here = value;
    for (const key of dotted.split('.')) {
        if (typeof here !== 'object' || here === null)
            return undefined;
        here = here[key];
    }
    return here;
}
/** `POST /repos/acme/models/git/trees` from Octokit's route template and parameters. */
function describeRoute(route) {
    const method = (route.method ?? 'GET').toUpperCase();
    const url = (route.url ?? '?')
        .replace(/^[a-z]+:\/\/[^/]+/i, '')
        .replace(/\{(\w+)\}/g, (whole, name) => {
        const value = route[name];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
    });
    return `${method} ${url}`;
}
/**
 * Whether writes are spaced as GitHub advises: always, except where the tuning turns it off
 * and toward an API on this machine (127.0.0.0/8, ::1, localhost), which is a proxy or a
 * stand-in, not GitHub, and has no secondary rate limits.
 */
function spacesWrites(baseUrl, tuning = {}) {
    return tuning.writeSpacing !== false && !isLoopback(baseUrl);
}
function isLoopback(baseUrl) {
    let host;
    try {
        host = new URL(baseUrl).hostname;
    }
    catch {
        return false;
    }
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}


/***/ })

};
