/**
 * Uploads an evaluation output folder as a workflow artifact (SPEC §3 `evaluate`), and lists and
 * downloads the artifacts of this workflow run (`download-artifact` of compare and promote).
 *
 * @actions/artifact reads ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_SERVER_URL and its
 * tuning variables from `process.env` when `uploadArtifact` runs, not from anything passed in:
 * `env` here only decides whether an upload is possible at all. Nothing is written to the
 * environment by this module.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { EnvironmentError } from '../errors.js'

export interface UploadedArtifact {
  id: number
  size: number
  name: string
}

export interface ArtifactUploader {
  upload(name: string, folder: string): Promise<UploadedArtifact>
}

/** An artifact of this workflow run, as the artifact service lists it. */
export interface RunArtifact {
  id: number
  name: string
  size: number
}

export interface ArtifactDownloader {
  /** Every artifact of this workflow run, from any of its jobs and attempts. */
  list(): Promise<RunArtifact[]>
  /** Extracts the artifact's files into `folder` (created when missing). */
  download(artifact: RunArtifact, folder: string): Promise<void>
}

/** The artifact service of the workflow run: upload an output folder, find and fetch results. */
export type ArtifactClient = ArtifactUploader & ArtifactDownloader

export interface ArtifactUploaderOptions {
  /** Days before the artifact expires; the service caps it at the repository's maximum. */
  retentionDays?: number
}

/**
 * An uploader when running inside Actions (the runtime token and results service URL are only
 * given to actions, not to `run:` steps), else undefined so the caller can warn and keep the
 * local folder.
 */
export async function createArtifactUploader(
  env: NodeJS.ProcessEnv,
  options: ArtifactUploaderOptions = {}
): Promise<ArtifactClient | undefined> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return undefined
  // Loaded lazily: the library pulls in the Azure storage SDK, archiver and protobuf runtime,
  // which commands that never upload should not pay for.
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  return {
    async upload(name, folder) {
      const root = path.resolve(folder)
      const files = await listFiles(root)
      // The library would throw a generic "No files were found to upload" after validation;
      // naming the folder tells the user which output went missing.
      if (files.length === 0) {
        throw new EnvironmentError(`artifact ${name}: no files to upload in ${root}`)
      }
      const result = await client
        .uploadArtifact(
          name,
          files,
          root,
          options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }
        )
        .catch((error: unknown) => {
          // The library's own errors (network, a refused upload) become one line naming the artifact.
          const why = error instanceof Error ? error.message : String(error)
          throw new EnvironmentError(`artifact ${name}: upload failed: ${why.split('\n')[0]}`)
        })
      // The response type marks id optional (it is absent only for "nothing uploaded");
      // reporting id 0 would hide a broken upload.
      if (result.id === undefined) {
        throw new EnvironmentError(`artifact ${name}: the artifact service returned no artifact id`)
      }
      return { id: result.id, size: result.size ?? 0, name }
    },
    async list() {
      const { artifacts } = await client.listArtifacts().catch((error: unknown) => {
        throw new EnvironmentError(
          `cannot list the artifacts of this workflow run: ${firstLine(error)}`
        )
      })
      return artifacts.map(a => ({ id: a.id, name: a.name, size: a.size }))
    },
    async download(artifact, folder) {
      await client.downloadArtifact(artifact.id, { path: folder }).catch((error: unknown) => {
        throw new EnvironmentError(
          `artifact ${artifact.name}: download failed: ${firstLine(error)}`
        )
      })
    }
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]
}

const INVALID_NAME_CHARACTERS = /[":<>|*?\\/\r\n]/g

/**
 * `modelgate-<model>-<version>-attempt-<n>`; characters the artifact service rejects in names
 * (`" : < > | * ? \ /`, CR, LF) become `-`. The attempt keeps re-runs from colliding with the
 * artifact of an earlier attempt, which the service refuses to overwrite.
 */
export function artifactName(model: string, version: string, attempt: string | undefined): string {
  const n = attempt?.trim() || '1'
  return `modelgate-${model}-${version}-attempt-${n}`.replace(INVALID_NAME_CHARACTERS, '-')
}

/** Every file under `root`, absolute and sorted so the zip's entry order is reproducible. */
async function listFiles(root: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      // Symlinks to files are kept (the library zips their target); symlinked directories are
      // not followed, which also rules out cycles.
      else if (entry.isFile() || (entry.isSymbolicLink() && (await isFileTarget(full)))) {
        found.push(full)
      }
    }
  }
  await walk(root)
  return found.sort()
}

async function isFileTarget(link: string): Promise<boolean> {
  try {
    return (await stat(link)).isFile()
  } catch {
    return false // dangling link: nothing to upload
  }
}

/**
 * The artifact of `model` `version` from the latest attempt of the run (a re-run of failed jobs
 * leaves the earlier attempts' artifacts beside the new ones); undefined when there is none.
 */
export function latestAttempt(
  artifacts: readonly RunArtifact[],
  model: string,
  version: string
): RunArtifact | undefined {
  const prefix = artifactName(model, version, 'N').slice(0, -1)
  let best: { artifact: RunArtifact; attempt: number } | undefined
  for (const artifact of artifacts) {
    if (!artifact.name.startsWith(prefix)) continue
    const rest = artifact.name.slice(prefix.length)
    if (!/^\d+$/.test(rest)) continue
    const attempt = Number(rest)
    if (!best || attempt > best.attempt) best = { artifact, attempt }
  }
  return best?.artifact
}
