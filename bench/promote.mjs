/**
 * Benchmark 5: what a promotion costs as the model grows (issue #4): the
 * bundled action promotes a model of 1 small file, one of 200 files and one
 * 200 MB Git LFS file against the tests' GitHub REST stand-in on loopback;
 * time and requests side by side (see README.md).
 */
import { spawn, execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { throttling } from '@octokit/plugin-throttling'
import { generatePromoteRepo } from './generate.mjs'
import {
  ACTION,
  cleanEnv,
  DATA_DIR,
  ensureProbe,
  fmtMs,
  fmtRatio,
  log,
  PROMOTE_STAND_IN,
  table,
  target
} from './lib.mjs'

const GROUP = 'promote'
const FILES = 200
const LFS_MB = 200
const MARKER = 'model-bytes-'
const OWNER = 'acme'
const REPO = 'models'
const TOKEN = 'ghs_promotion_bench_token'
/** plugin-throttling's spacing (its `write` and `notifications` groups' minTime). */
const WRITE_SPACING_MS = 1000
const NOTIFICATION_SPACING_MS = 3000
const MAX_EXTRA_BYTES = 1024

const hasGitLfs = () => {
  try {
    execFileSync('git', ['lfs', 'version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const fmtBytes = n => `${n.toLocaleString('en-US')} B`
const isWrite = r => r.method !== 'GET' && r.method !== 'HEAD'

/**
 * The least time plugin-throttling lets the requests take from the first to
 * the last one's start, were the client and the server instantaneous: each
 * write starts ≥ 1 s after the previous write, each write that notifies
 * (opening a pull request, requesting reviewers…) ≥ 3 s after the previous one.
 */
function spacingFloor(requests) {
  let t = 0
  let lastWrite = -Infinity
  let lastNotification = -Infinity
  for (const r of requests) {
    if (!isWrite(r)) continue
    t = Math.max(t, lastWrite + WRITE_SPACING_MS)
    lastWrite = t
    if (throttling.triggersNotification(r.path)) {
      t = Math.max(t, lastNotification + NOTIFICATION_SPACING_MS)
      lastNotification = t
    }
  }
  return Math.max(0, t)
}

/** `METHOD /path` with SHAs, numbers and the model's name made generic, as in the e2e test. */
const shape = (requests, model) =>
  requests.map(r =>
    `${r.method} ${r.path}`
      .replace(/[0-9a-f]{40}/g, '<sha>')
      .replace(/\/\d+\//g, '/<n>/')
      .replaceAll(model, '<model>')
  )

/** The JSON size of the manifest text a promotion sent (the `models/registry.yaml` tree entry). */
function manifestBytes(requests) {
  let n = 0
  for (const r of requests) {
    for (const entry of r.body?.tree ?? []) {
      if (entry.path === 'models/registry.yaml' && typeof entry.content === 'string') {
        n += Buffer.byteLength(JSON.stringify(entry.content))
      }
    }
  }
  return n
}

/** The call with the largest body, SHAs and numbers made generic. */
function largestCall({ requests, model }) {
  const k = requests.reduce((best, r, i) => (r.bodySize > requests[best].bodySize ? i : best), 0)
  return shape([requests[k]], model)[0]
}

/** Runs dist/index.js as the runner does, asynchronously (the stand-in lives in this event loop). */
async function runAction({ model, workspace, apiUrl, files, parseOutputFile }) {
  const outputFile = path.join(files, `output-${model}.txt`)
  const summaryFile = path.join(files, `summary-${model}.md`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_ACTOR: 'octocat',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: files,
    GIT_LFS_SKIP_SMUDGE: '1',
    INPUT_COMMAND: 'promote',
    INPUT_MODEL: model,
    INPUT_VERSION: '1.0.0',
    INPUT_TO: 'production',
    INPUT_TOKEN: TOKEN
  })
  const t0 = performance.now()
  const { status, stdout, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: workspace, env })
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', d => (out += d))
    child.stderr.setEncoding('utf8').on('data', d => (err += d))
    child.on('error', reject)
    child.on('close', code => resolve({ status: code, stdout: out, stderr: err }))
  })
  const t1 = performance.now()
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  if (status !== 0 || outputs['pull-request-operation'] !== 'created') {
    throw new Error(
      `promote ${model} exited with ${status}, pull-request-operation=${outputs['pull-request-operation']}: ${(stderr || stdout).trim().slice(-1500)}`
    )
  }
  return { t0, t1, outputs }
}

export async function benchPromote(results) {
  log(`== 5. promote: 1 file vs ${FILES} files (vs a ${LFS_MB} MB Git LFS file) ==`)
  ensureProbe('promote-stand-in', {
    extraInputs: [
      '__tests__/helpers/github-stand-in.ts',
      '__tests__/helpers/action-runner.ts',
      '__tests__/helpers/registry-fixture.ts'
    ]
  })
  const lfs = hasGitLfs()
  if (!lfs) log('git lfs is not installed: the Git LFS column is left out')
  const data = generatePromoteRepo({
    dataDir: DATA_DIR,
    files: FILES,
    lfsMB: lfs ? LFS_MB : 0,
    marker: MARKER,
    log
  })
  const { startTimedStandIn, parseOutputFile } = await import(PROMOTE_STAND_IN)

  // The promotions write branches into the bare repository: work on a copy of the cached one.
  const scratch = mkdtempSync(path.join(tmpdir(), 'modelgate-bench-promote-'))
  const bare = path.join(scratch, 'remote.git')
  cpSync(data.bare, bare, { recursive: true })
  const gh = await startTimedStandIn({
    bareRepo: bare,
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    defaultBranch: 'main'
  })
  const runs = []
  try {
    for (const model of data.models) {
      // A fresh checkout per promotion, as actions/checkout makes it (LFS files stay pointers).
      const workspace = path.join(scratch, `checkout-${model}`)
      execFileSync('git', ['clone', '-q', bare, workspace], {
        env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1' },
        stdio: 'ignore'
      })
      const seen = gh.requests.length
      const { t0, t1 } = await runAction({
        model,
        workspace,
        apiUrl: gh.url,
        files: scratch,
        parseOutputFile
      })
      const requests = gh.requests.slice(seen)
      if (requests.length === 0) throw new Error(`promote ${model} made no request`)
      const leaked = requests.filter(r => JSON.stringify(r.body ?? '').includes(MARKER))
      if (leaked.length) {
        throw new Error(
          `promote ${model} sent model bytes in ${leaked.map(r => `${r.method} ${r.path}`).join(', ')}`
        )
      }
      // Idle time between the answer to one request and the arrival of the next: the
      // throttling plugin's wait, plus the client's own work between two calls.
      let waits = 0
      for (let i = 1; i < requests.length; i++) {
        waits += Math.max(
          0,
          requests[i].arrivedMs - (requests[i - 1].answeredMs ?? requests[i - 1].arrivedMs)
        )
      }
      const files = model === 'one' ? 1 : model === 'many' ? FILES : 1
      runs.push({
        model,
        label:
          model === 'large' ? `${LFS_MB} MB LFS file` : `${files} file${files === 1 ? '' : 's'}`,
        requests,
        wallMs: t1 - t0,
        waitsMs: waits,
        activeMs: t1 - t0 - waits,
        beforeFirstMs: requests[0].arrivedMs - t0,
        serverMs: requests.reduce((n, r) => n + ((r.answeredMs ?? r.arrivedMs) - r.arrivedMs), 0),
        floorMs: spacingFloor(requests),
        writes: requests.filter(isWrite).length,
        bytes: requests.reduce((n, r) => n + r.bodySize, 0),
        largest: Math.max(...requests.map(r => r.bodySize)),
        manifest: manifestBytes(requests)
      })
    }
  } finally {
    await gh.close()
    rmSync(scratch, { recursive: true, force: true })
  }

  log(
    `repository ${path.relative(process.cwd(), data.bare)} (copied per bench run); one promotion each to production through dist/index.js, stand-in on ${gh.url}`
  )
  table([
    [
      'model',
      'wall',
      'waits',
      'wall − waits',
      'spacing floor',
      'requests',
      'writes',
      'bytes sent',
      'largest body'
    ],
    ...runs.map(r => [
      r.label,
      fmtMs(r.wallMs),
      fmtMs(r.waitsMs),
      fmtMs(r.activeMs),
      fmtMs(r.floorMs),
      r.requests.length,
      r.writes,
      fmtBytes(r.bytes),
      fmtBytes(r.largest)
    ]),
    ...runs
      .slice(1)
      .map(r => [
        `${r.label} / 1 file`,
        fmtRatio(r.wallMs / runs[0].wallMs),
        '',
        fmtRatio(r.activeMs / runs[0].activeMs),
        '',
        fmtRatio(r.requests.length / runs[0].requests.length),
        fmtRatio(r.writes / runs[0].writes),
        `${r.bytes - runs[0].bytes >= 0 ? '+' : ''}${r.bytes - runs[0].bytes} B`,
        ''
      ])
  ])
  const list = f => runs.map(f).join(', ')
  log(
    [
      'wall = spawn to exit of the action (one run per model). Most of it is plugin-throttling spacing the',
      'writes (1 s apart, 3 s for those that notify: POST pulls, requested_reviewers), the same for every',
      'size; "spacing floor" = what that spacing alone costs for these requests. "waits" = idle time between',
      "the stand-in's answer and the next request (that spacing, plus the action's own work between two",
      'calls); "wall − waits" = the rest: Node start, reading and checking the manifest (first request',
      `after ${list(r => fmtMs(r.beforeFirstMs))}), the stand-in's git plumbing (${list(r => fmtMs(r.serverMs))}) and exit.`,
      `Bytes sent = the request bodies' bytes; the largest body is ${largestCall(runs[0])}'s.`
    ].join('\n')
  )

  const [one, ...others] = runs
  const sameShape = others.every(
    r =>
      JSON.stringify(shape(r.requests, r.model)) === JSON.stringify(shape(one.requests, one.model))
  )
  target(results, {
    group: GROUP,
    name: `requests, ${runs.map(r => r.label).join(' / ')}`,
    value: `${runs.map(r => r.requests.length).join(' / ')}${sameShape ? ', same calls' : ', calls differ'}`,
    goal: 'equal, same calls',
    pass: sameShape
  })
  for (const r of others) {
    const growth = Math.max(0, r.manifest - one.manifest)
    const extra = r.bytes - one.bytes
    target(results, {
      group: GROUP,
      name: `bytes sent, ${r.label} − 1 file`,
      value: `${extra >= 0 ? '+' : ''}${extra} B (${fmtBytes(r.bytes)} vs ${fmtBytes(one.bytes)}; manifest growth ${growth} B)`,
      goal: `≤ ${MAX_EXTRA_BYTES} B + manifest growth`,
      pass: Math.abs(extra) <= MAX_EXTRA_BYTES + growth
    })
  }
  log('')
}
