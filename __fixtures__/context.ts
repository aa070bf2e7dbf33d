/**
 * A CommandContext for running commands in-process: a recording log, a
 * fixed clock, and the real adapters where they are local (git on a temp
 * checkout, the process runner); GitHub is the real Octokit adapter pointed
 * wherever the environment says (the loopback stand-in in tests), without
 * plugin-throttling's write spacing and with millisecond retry backoff; the
 * artifact service is a recording fake unless one is given, and there is no
 * evaluation cache unless one is given.
 */
import { createGitCommandManager } from '../src/adapters/git.js'
import { cp } from 'node:fs/promises'
import type { ArtifactClient, UploadedArtifact } from '../src/adapters/artifact.js'
import { createGitHubApi } from '../src/adapters/octokit-github-api.js'
import { createProcessRunner } from '../src/adapters/process-runner.js'
import type { CommandContext } from '../src/commands/context.js'
import type { EvaluationCacheStore } from '../src/ports/evaluation-cache.js'
import type { Logger } from '../src/logger.js'
import { redactingRenderers } from '../src/commands/renderers.js'
import { renderers } from '../src/present/renderers.js'
import { Secrets } from '../src/secrets.js'

/** The instant every test context's clock shows unless told otherwise. */
export const TEST_NOW = new Date('2026-12-01T12:00:00.000Z')

export interface RecordingLog extends Logger {
  /** Every line written, `warning: ` prefixed for warnings, child output as it came. */
  lines: string[]
  warnings: string[]
  groups: string[]
}

export function recordingLog(): RecordingLog {
  const log: RecordingLog = {
    lines: [],
    warnings: [],
    groups: [],
    info: m => void log.lines.push(m),
    warning: m => {
      log.warnings.push(m)
      log.lines.push(`warning: ${m}`)
    },
    write: chunk => void log.lines.push(chunk),
    group: async (name, fn) => {
      log.groups.push(name)
      return fn()
    }
  }
  return log
}

/**
 * Records what would be uploaded; `upload` answers like the service would, and `list` and
 * `download` serve what was uploaded (copying the folder as it is when downloaded).
 */
export interface RecordingArtifacts extends ArtifactClient {
  uploads: Array<{ name: string; folder: string }>
}

export function recordingArtifacts(): RecordingArtifacts {
  const uploads: RecordingArtifacts['uploads'] = []
  return {
    uploads,
    async upload(name, folder): Promise<UploadedArtifact> {
      uploads.push({ name, folder })
      return { id: uploads.length, size: 0, name }
    },
    async list() {
      return uploads.map((u, i) => ({ id: i + 1, name: u.name, size: 0 }))
    },
    async download(artifact, folder) {
      await cp(uploads[artifact.id - 1].folder, folder, { recursive: true })
    }
  }
}

export interface TestContext extends CommandContext {
  log: RecordingLog
}

export function testContext(
  options: {
    env?: NodeJS.ProcessEnv
    now?: Date
    artifacts?: ArtifactClient
    /** The evaluation cache commands get; none unless given. */
    evaluationCache?: EvaluationCacheStore
    /** The `token` input, a secret of the run besides those in `env`. */
    token?: string
  } = {}
): TestContext {
  const env = { GIT_LFS_SKIP_SMUDGE: '1', ...options.env }
  const log = recordingLog()
  const secrets = Secrets.of(env, options.token)
  return {
    env,
    log,
    secrets,
    now: () => options.now ?? TEST_NOW,
    git: repoRoot => createGitCommandManager(repoRoot, env),
    github: async target =>
      createGitHubApi(
        {
          token: target.token,
          baseUrl: target.apiUrl,
          owner: target.owner,
          repo: target.repo,
          warn: m => log.warning(m)
        },
        { writeSpacing: false, retryAfterBaseValue: 1 }
      ),
    processes: async () => createProcessRunner(),
    artifacts: async () => options.artifacts,
    evaluationCache: async () => options.evaluationCache,
    render: redactingRenderers(renderers, secrets)
  }
}
