/**
 * A registry published behind the GitHub REST stand-in, a clone of it, and publishPullRequest
 * wired to them with the real Octokit adapter and git CLI: the stand every test of
 * publish-pull-request*.test.ts works on. Each stand is a copy of one published remote.
 */
import path from 'node:path'
import { createGitCommandManager } from '../../src/adapters/git.js'
import { createGitHubApi } from '../../src/adapters/octokit-github-api.js'
import type { Logger } from '../../src/logger.js'
import { loadSoundRegistry } from '../../src/commands/load-for-command.js'
import {
  publishPullRequest,
  type PullRequestChange
} from '../../src/commands/publish-pull-request.js'
import type { RecordedRequest } from './github-stand-in.js'
import {
  git,
  gitEnv,
  OWNER,
  publishCopy,
  publishRepo,
  REPO,
  TOKEN,
  type RemoteRepo
} from './remote-repo.js'
import { validRegistry } from './registry-fixture.js'
import { planChange } from '../../src/changes/plan-change.js'
import type { ChangePlan } from '../../src/changes/change-plan.js'

export const BRANCH = 'modelgate/promote/clf-to-production'
export const MANIFEST = 'models/registry.yaml'
export const STAGED = 'models/staging/clf/1.2.0'
export const AT = '2026-11-20T10:00:00Z'

export interface Stand {
  remote: RemoteRepo
  ws: string
  log: Logger & { infos: string[]; warnings: string[] }
  plan(metrics?: Record<string, number>): Promise<ChangePlan>
  publish(
    plan: ChangePlan,
    over?: Partial<PullRequestChange>
  ): ReturnType<typeof publishPullRequest>
  /** `METHOD /path` of the requests since `from`, the path relative to the repository. */
  calls(from?: number): string[]
}

const stands: RemoteRepo[] = []

/** Closes every stand made (call from afterAll). */
export async function closeStands(): Promise<void> {
  for (const remote of stands.splice(0)) await remote.close()
  published = undefined
}

/** The fixture registry published once; each test gets a copy of its remote (git init, commit and push once). */
let published: Promise<RemoteRepo> | undefined
function template(): Promise<RemoteRepo> {
  published ??= (async () => {
    const fixture = validRegistry()
    const remote = await publishRepo(fixture.dir)
    fixture.cleanup()
    stands.push(remote)
    return remote
  })()
  return published
}

/** A registry published to a bare repository behind the stand-in, and a fresh clone of it. */
export async function stand(): Promise<Stand> {
  const remote = await publishCopy(await template())
  stands.push(remote)
  const ws = remote.clone()
  const infos: string[] = []
  const warnings: string[] = []
  const log = {
    infos,
    warnings,
    info: (m: string) => void infos.push(m),
    warning: (m: string) => void warnings.push(m),
    write: () => undefined,
    group: <T>(_name: string, fn: () => Promise<T>) => fn()
  }
  const api = createGitHubApi(
    { token: TOKEN, baseUrl: remote.gh.url, owner: OWNER, repo: REPO, warn: log.warning },
    // retries 1, 4 and 9 ms apart, so that the lost answers below cost no time
    { writeSpacing: false, retryAfterBaseValue: 1 }
  )
  const gitManager = createGitCommandManager(ws, gitEnv)
  const prefix = `/repos/${OWNER}/${REPO}`
  return {
    remote,
    ws,
    log,
    async plan(metrics) {
      const reg = await loadSoundRegistry(path.join(ws, MANIFEST), gitEnv)
      return planChange(reg, {
        kind: 'promote',
        model: 'clf',
        version: '1.2.0',
        to: 'production',
        actor: 'octocat',
        at: AT,
        ...(metrics ? { metrics } : {})
      })
    },
    publish(plan, over = {}) {
      return publishPullRequest(
        {
          plan,
          base: 'main',
          title: 'Promote clf 1.2.0: staging → production',
          body: 'What moves where.',
          labels: ['modelgate', 'stage:production'],
          reviewers: [],
          draft: false,
          gateDescription: 'promote to production: accuracy ≥ 0.85 ✓',
          runUrl: 'https://github.com/acme/models/actions/runs/42',
          ...over
        },
        { api, git: gitManager, log }
      )
    },
    calls(from = 0) {
      return remote.gh.requests
        .slice(from)
        .map(
          (r: RecordedRequest) => `${r.method} ${decodeURIComponent(r.path).slice(prefix.length)}`
        )
    }
  }
}

export const writes = (calls: string[]) => calls.filter(c => !c.startsWith('GET '))

/** The branch head's `Modelgate-Plan` trailer in the bare repository. */
export function planOnBranch(s: Stand): string {
  const message = git(s.remote.bare, 'log', '-1', '--format=%B', `refs/heads/${BRANCH}`)
  return /^Modelgate-Plan: (\S+)$/m.exec(message)?.[1] ?? ''
}

export const count = (calls: string[], call: string) => calls.filter(c => c === call).length
