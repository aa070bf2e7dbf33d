/**
 * Issue #12's acceptance, on the four team repositories of its table
 * (__tests__/helpers/team-repos.ts, laid out as the seeds 000, 001, 002 and
 * 004 describe them): `init` adopts each repository as it is — it writes a
 * manifest that validates and moves, renames or changes no file — and a
 * promotion then runs as the Actions runner runs it (the bundled dist/,
 * with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY) against the REST stand-in backed by a real bare repository. The
 * promotion branch holds the candidate's blobs at the paths its layout
 * renders, the displaced version at its archive path and, where the layout
 * has one, the refreshed benchmark copy; the branch validates; `resolve`
 * names the production files before and after. In the folder layouts a
 * version of 50 files costs the same requests as the seed's version of a few.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import path from 'node:path'
import type { RecordedRequest } from '../helpers/github-stand-in.js'
import { runAction } from '../helpers/action-runner.js'
import { snapshot, writeFile } from '../helpers/registry-fixture.js'
import { apiEnv, git, publishRepo, TOKEN, type RemoteRepo } from '../helpers/remote-repo.js'
import { cli } from '../helpers/run-cli.js'
import {
  commitAll,
  keywordClassifierRepo,
  modelDirectoryRepo,
  trainingSessionsRepo,
  versionedNamesRepo,
  type TeamRepo
} from '../helpers/team-repos.js'

interface ResolvedVersion {
  version: string
  traffic: number
  files: Record<string, string>
}

/** A path on the promotion branch and the path on main whose object (blob or tree) it must be. */
type Same = [onBranch: string, onMain: string]

interface Team {
  seed: string
  build: () => TeamRepo
  model: string
  /** The stage the candidate is promoted from (to the last stage, production). */
  from: string
  /**
   * Where the candidate's and the incumbent's files are on main and must be on the branch (the
   * candidate in production first), and the paths the branch no longer has.
   */
  expect(candidate: string, incumbent: string): { same: Same[]; gone: string[] }
  /** Where production's one file always is, for a layout whose paths carry no version. */
  servedAt?: Record<string, string>
  /** Folder layouts: the candidate's folder, refilled with 50 files for the request count. */
  candidateFolder?: (candidate: string) => string
}

const TEAMS: Team[] = [
  {
    seed: '000 keyword classifier',
    build: keywordClassifierRepo,
    model: 'keyword-classifier',
    from: 'staging',
    servedAt: { 'model.keras': 'resources/production.keras' },
    expect: (_c, incumbent) => ({
      same: [
        ['resources/production.keras', 'resources/staging.keras'],
        ['resources/benchmark.keras', 'resources/staging.keras'],
        [`resources/archived/${incumbent}.keras`, 'resources/production.keras']
      ],
      gone: ['resources/staging.keras']
    })
  },
  {
    seed: '001 training sessions',
    build: trainingSessionsRepo,
    model: 'sequence-vae',
    from: 'validated',
    expect: (c, i) => ({
      same: [
        [`artifacts/production/${c}`, `artifacts/validated/${c}`],
        [`artifacts/archived/${i}`, `artifacts/production/${i}`]
      ],
      gone: [`artifacts/validated/${c}`, `artifacts/production/${i}`]
    }),
    candidateFolder: c => `artifacts/validated/${c}`
  },
  {
    seed: '002 model directory',
    build: modelDirectoryRepo,
    model: 'churn_prediction',
    from: 'staging',
    expect: (c, i) => ({
      same: [
        [`models/production/churn_prediction_v${c}`, `models/staging/churn_prediction_v${c}`],
        // The flat archive: the version added to names that do not end in it yet.
        [
          `models/archived/churn_prediction/metadata_v${i}.json`,
          `models/production/churn_prediction_v${i}/metadata.json`
        ],
        [
          `models/archived/churn_prediction/churn_prediction_model_v1.0.0_v${i}.pkl`,
          `models/production/churn_prediction_v${i}/churn_prediction_model_v1.0.0.pkl`
        ]
      ],
      gone: [`models/staging/churn_prediction_v${c}`, `models/production/churn_prediction_v${i}`]
    }),
    candidateFolder: c => `models/staging/churn_prediction_v${c}`
  },
  {
    seed: '004 versioned names',
    build: versionedNamesRepo,
    model: 'sentiment_classifier',
    from: 'staging',
    expect: (c, i) => ({
      same: [
        [
          `model_registry/production/sentiment_classifier_v${c}`,
          `model_registry/staging/sentiment_classifier_v${c}`
        ],
        [
          `model_registry/benchmark/sentiment_classifier_v${c}`,
          `model_registry/staging/sentiment_classifier_v${c}`
        ],
        [
          `model_registry/archived/sentiment_classifier_v${i}`,
          `model_registry/production/sentiment_classifier_v${i}`
        ]
      ],
      gone: [
        `model_registry/staging/sentiment_classifier_v${c}`,
        `model_registry/production/sentiment_classifier_v${i}`,
        `model_registry/benchmark/sentiment_classifier_v${i}`
      ]
    }),
    candidateFolder: c => `model_registry/staging/sentiment_classifier_v${c}`
  }
]

const ADOPTION_FILES = ['modelgate.yaml', '.gitignore']

interface Adoption {
  repo: TeamRepo
  before: Record<string, string>
  init: Awaited<ReturnType<typeof cli>>
  after: Record<string, string>
}

/** Builds the team's repository (optionally reshaped first) and runs `init` on it. */
async function adopt(team: Team, reshape?: (repo: TeamRepo) => void): Promise<Adoption> {
  const repo = team.build()
  reshape?.(repo)
  const before = snapshot(repo.dir)
  const init = await cli(repo.initArgs, repo.dir)
  return { repo, before, init, after: snapshot(repo.dir) }
}

async function json(dir: string, args: string[]) {
  const run = await cli([...args, '--manifest', 'modelgate.yaml', '--json'], dir)
  let out: { ok?: boolean; errors?: unknown[]; result?: unknown } | undefined
  try {
    out = JSON.parse(run.stdout)
  } catch {
    out = undefined
  }
  return { run, out }
}

async function resolve(dir: string, model: string, stage?: string): Promise<ResolvedVersion[]> {
  const { run, out } = await json(dir, [
    'resolve',
    '--model',
    model,
    ...(stage ? ['--stage', stage] : [])
  ])
  if (run.code !== 0) throw new Error(`resolve failed (${run.code}): ${run.stdout}${run.stderr}`)
  return (out!.result as { versions: ResolvedVersion[] }).versions
}

interface Promotion {
  remote: RemoteRepo
  workspace: string
  branch: string
  candidate: string
  incumbent: string
  code: number
  stdout: string
  requests: RecordedRequest[]
}

/** Publishes the adopted repository and promotes the candidate to production as the runner would. */
async function promote(team: Team, adoption: Adoption): Promise<Promotion> {
  const { repo } = adoption
  const candidate = (await resolve(repo.dir, team.model, team.from))[0].version
  const incumbent = (await resolve(repo.dir, team.model))[0].version
  const remote = await publishRepo(repo.dir)
  const workspace = remote.clone()
  const seen = remote.gh.requests.length
  const run = await runAction({
    inputs: {
      command: 'promote',
      manifest: 'modelgate.yaml',
      model: team.model,
      version: candidate,
      to: 'production',
      token: TOKEN
    },
    workspace,
    env: apiEnv(remote.gh)
  })
  return {
    remote,
    workspace,
    branch: `modelgate/promote/${team.model}-to-production`,
    candidate,
    incumbent,
    code: run.code ?? -1,
    stdout: run.stdout,
    requests: remote.gh.requests.slice(seen)
  }
}

/** The checkout moved onto the promotion branch, as a reviewer would check it out. */
function checkoutBranch(p: Promotion): void {
  git(p.workspace, 'fetch', '-q', 'origin', p.branch)
  git(p.workspace, 'checkout', '-q', 'FETCH_HEAD')
}

/** The requests' shape: method and path, with SHAs and numbers made generic. */
function shape(requests: RecordedRequest[]): string[] {
  return requests.map(r =>
    `${r.method} ${r.path}`.replace(/[0-9a-f]{40}/g, '<sha>').replace(/\/\d+(\/|$)/g, '/<n>$1')
  )
}

/** Refills the candidate's folder with `n` files and commits: a model file and n-1 shards. */
function withFiles(team: Team, candidate: string, n: number) {
  return (repo: TeamRepo) => {
    const folder = team.candidateFolder!(candidate)
    rmSync(path.join(repo.dir, folder), { recursive: true, force: true })
    writeFile(repo.dir, `${folder}/model.bin`, `weights of ${candidate}, ${n} files\n`)
    for (let i = 1; i < n; i++) {
      writeFile(repo.dir, `${folder}/shards/part-${String(i).padStart(2, '0')}.bin`, `shard ${i}\n`)
    }
    commitAll(repo.dir, '2025-12-01T09:00:00Z', `${candidate} with ${n} files`)
  }
}

const cleanups: Array<() => Promise<void> | void> = []
afterAll(async () => {
  for (const c of cleanups.splice(0)) await c()
})

describe.each(TEAMS.map(t => [t.seed, t] as const))('%s', (_seed, team) => {
  let adoption: Adoption
  let before: ResolvedVersion[] | undefined
  let promotion: Promotion | undefined
  /** Why there is no promotion to look at, shown by the test that needs it. */
  let failure = 'init failed'

  beforeAll(async () => {
    adoption = await adopt(team)
    cleanups.push(() => rmSync(adoption.repo.dir, { recursive: true, force: true }))
    if (adoption.init.code !== 0) return
    before = await resolve(adoption.repo.dir, team.model).catch(() => undefined)
    promotion = await promote(team, adoption).catch((e: unknown) => {
      failure = String(e)
      return undefined
    })
    if (promotion) cleanups.push(() => promotion!.remote.close())
  }, 120000)

  it('init writes a manifest and moves, renames or changes no file', () => {
    expect(adoption.init.stderr).not.toMatch(/\n\s+at /)
    expect(adoption.init.code).toBe(0)
    expect(adoption.after[adoption.repo.manifest]).toBeDefined()
    const without = (tree: Record<string, string>) =>
      Object.fromEntries(Object.entries(tree).filter(([rel]) => !ADOPTION_FILES.includes(rel)))
    expect(without(adoption.after)).toEqual(without(adoption.before))
  })

  it('validate passes on the adopted repository', async () => {
    const { run, out } = await json(adoption.repo.dir, ['validate'])
    expect(out?.errors).toEqual([])
    expect(run.code).toBe(0)
  })

  it('resolve names the production files, which are there', () => {
    expect(before).toHaveLength(1)
    if (team.servedAt) expect(before![0].files).toEqual(team.servedAt)
    const files = Object.values(before![0].files)
    expect(files.length).toBeGreaterThan(0)
    for (const rel of files) expect(adoption.after[rel]).toBeDefined()
  })

  it('a promotion run as the Actions runner runs it opens the pull request', () => {
    expect(promotion?.stdout ?? `::error:: no promotion: ${failure}`).not.toMatch(/::error::/)
    expect(promotion?.code).toBe(0)
  })

  it('the branch holds the same objects at the rendered paths: the candidate, the archived incumbent, the benchmark copy', () => {
    const p = promotion!
    const { same, gone } = team.expect(p.candidate, p.incumbent)
    for (const [onBranch, onMain] of same) {
      const expected = p.remote.objectAt('main', onMain)
      expect([onBranch, expected]).toEqual([onBranch, expect.any(String)])
      expect([onBranch, p.remote.objectAt(p.branch, onBranch)]).toEqual([onBranch, expected])
    }
    for (const rel of gone)
      expect([rel, p.remote.objectAt(p.branch, rel)]).toEqual([rel, undefined])
  })

  it('validate passes on the promotion branch, and resolve names the new production files', async () => {
    const p = promotion!
    checkoutBranch(p)
    const { run, out } = await json(p.workspace, ['validate'])
    expect(out?.errors).toEqual([])
    expect(run.code).toBe(0)
    const after = await resolve(p.workspace, team.model)
    expect(after.map(v => v.version)).toEqual([p.candidate])
    if (team.servedAt) expect(after[0].files).toEqual(team.servedAt)
    const [production] = team.expect(p.candidate, p.incumbent).same[0]
    // Every production path resolve gives is the candidate's production file, or inside its folder.
    for (const rel of Object.values(after[0].files)) {
      expect(p.remote.objectAt(p.branch, rel)).toBeDefined()
      expect([rel, rel === production || rel.startsWith(`${production}/`)]).toEqual([rel, true])
    }
  })

  if (team.candidateFolder) {
    // The seed's candidate (2 to 5 files) against the same candidate with 50: one promotion more
    // per team rather than two, since each costs seconds on a loaded runner.
    it('a candidate of 50 files costs the same requests as the seed’s own', async () => {
      const base = promotion!
      const many = await adopt(team, withFiles(team, base.candidate, 50))
      cleanups.push(() => rmSync(many.repo.dir, { recursive: true, force: true }))
      expect(many.init.code).toBe(0)
      const p = await promote(team, many)
      cleanups.push(() => p.remote.close())
      expect(p.stdout).not.toMatch(/::error::/)
      expect(p.code).toBe(0)
      expect(p.remote.show(p.branch, 'modelgate.yaml')).toContain('shards/part-49.bin')
      expect(shape(p.requests)).toEqual(shape(base.requests))
      const trees = p.requests.filter(r => r.method === 'POST' && r.path.endsWith('/git/trees'))
      expect(trees).toHaveLength(1)
      // The folder moves whole: its 50 files are not listed one by one.
      const entries = (trees[0].body as { tree: Array<{ path: string }> }).tree
      expect(entries.filter(e => e.path.includes('/shards/'))).toEqual([])
    }, 60000)
  }
})
