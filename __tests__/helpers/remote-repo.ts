/**
 * A repository as a promotion sees it on a runner: the content committed
 * and pushed to a local bare "GitHub" repository, served by the REST
 * stand-in, and a fresh checkout of it as GITHUB_WORKSPACE (cloned with
 * GIT_LFS_SKIP_SMUDGE=1, as actions/checkout does by default).
 */
import { execFileSync } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js'
import { tempDir } from './registry-fixture.js'

export const OWNER = 'acme'
export const REPO = 'models'
export const TOKEN = 'ghs_promotion_test_token'

export const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Mona',
  GIT_AUTHOR_EMAIL: 'mona@example.com',
  GIT_COMMITTER_NAME: 'Mona',
  GIT_COMMITTER_EMAIL: 'mona@example.com',
  GIT_LFS_SKIP_SMUDGE: '1'
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: gitEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  }).trim()
}

export interface RemoteRepo {
  bare: string
  gh: GitHubStandIn
  /** A fresh clone of the bare repository's main branch. */
  clone(): string
  /** The tree or blob SHA at `rev:path` in the bare repository, undefined when absent. */
  objectAt(rev: string, rel: string): string | undefined
  /** A file's content at `rev:path` in the bare repository. */
  show(rev: string, rel: string): string
  close(): Promise<void>
}

/** Commits everything in `source` (a git repository) and publishes it as the remote's main. */
export async function publishRepo(source: string): Promise<RemoteRepo> {
  git(source, 'add', '-A')
  git(source, 'commit', '-q', '-m', 'Initial registry')
  const bare = tempDir('modelgate-remote-')
  git(bare, 'init', '-q', '--bare', '-b', 'main')
  // --no-verify: git-lfs's pre-push hook would try to upload objects to an LFS server.
  git(source, 'push', '-q', '--no-verify', bare, 'main')
  return serve(bare)
}

/**
 * Publishes a copy of an already published remote's repository, as it is now, behind a
 * stand-in of its own: the same commits for a fraction of what publishing again costs, for
 * suites that need a fresh remote per test.
 */
export async function publishCopy(of: RemoteRepo): Promise<RemoteRepo> {
  const bare = tempDir('modelgate-remote-')
  cpSync(of.bare, bare, { recursive: true })
  return serve(bare)
}

async function serve(bare: string): Promise<RemoteRepo> {
  const gh = await startGitHubStandIn({
    bareRepo: bare,
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    defaultBranch: 'main'
  })
  const clones: string[] = []
  return {
    bare,
    gh,
    clone() {
      const dir = tempDir('modelgate-checkout-')
      git(path.dirname(dir), 'clone', '-q', bare, dir)
      clones.push(dir)
      return dir
    },
    objectAt(rev, rel) {
      try {
        return git(bare, 'rev-parse', '--verify', '--quiet', `${rev}:${rel}`) || undefined
      } catch {
        return undefined
      }
    },
    show: (rev, rel) =>
      execFileSync('git', ['show', `${rev}:${rel}`], { cwd: bare, encoding: 'utf8' }),
    async close() {
      await gh.close()
      for (const dir of [bare, ...clones]) rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** The environment a promotion step gets on the runner, pointed at the stand-in. */
export function apiEnv(gh: GitHubStandIn, extra: Record<string, string> = {}) {
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_ACTOR: 'octocat',
    ...extra
  }
}

/** Requests that change something on GitHub. */
export function writeRequests(gh: GitHubStandIn) {
  return gh.requests.filter(r => r.method !== 'GET')
}
