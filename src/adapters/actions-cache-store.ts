/**
 * The evaluation cache inside Actions: the Actions cache service, through
 * @actions/cache (loaded only here, when a command first asks for the cache).
 *
 * The toolkit archives paths relative to the workspace and restores them to
 * the same place, and a path is part of what it matches (the entry's
 * "version"). So an entry is packed from, and unpacked to, one folder named by
 * its key below the output folder, `<output-dir>/.cache/<key>/`, whatever
 * model or version it is read for; it is removed once read or saved.
 *
 * The service scopes entries by ref: a run reads what its own ref and the
 * default branch saved, and writes only to its own ref. The toolkit reads its
 * settings (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2,
 * GITHUB_WORKSPACE) from `process.env`; `env` here only decides whether there
 * is a service at all.
 */
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '../logger.js'
import type { EvaluationCacheRequest, EvaluationCacheStore } from '../ports/evaluation-cache.js'

export async function createActionsCacheStore(
  env: NodeJS.ProcessEnv,
  request: EvaluationCacheRequest,
  log: Logger
): Promise<EvaluationCacheStore | undefined> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return undefined
  const cache = await import('@actions/cache')
  if (!cache.isFeatureAvailable()) return undefined
  const staging = path.join(request.outputDir, '.cache')
  // The toolkit globs the paths it is given from the current folder, and archives them
  // relative to the workspace: both must be the workspace for a path to mean one place.
  if (path.resolve(process.cwd()) !== path.resolve(request.workspace)) {
    log.warning(
      `evaluation cache off: the Actions cache needs the current folder to be the workspace (${request.workspace})`
    )
    return undefined
  }
  const entryDir = (key: string) => path.join(staging, key)
  const paths = (key: string) => [
    path.relative(request.workspace, entryDir(key)).split(path.sep).join('/')
  ]
  const failed = (what: string, error: unknown) =>
    log.warning(
      `evaluation cache: ${what} failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`
    )
  return {
    where: 'the Actions cache',
    async has(key) {
      try {
        return (await cache.restoreCache(paths(key), key, [], { lookupOnly: true })) === key
      } catch (error) {
        failed('lookup', error)
        return false
      }
    },
    async fetch(key) {
      await rm(entryDir(key), { recursive: true, force: true })
      const release = () => rm(entryDir(key), { recursive: true, force: true })
      try {
        if ((await cache.restoreCache(paths(key), key)) === key) {
          return { dir: entryDir(key), release }
        }
      } catch (error) {
        failed('restore', error)
      }
      await release()
      return undefined
    },
    async save(key, write) {
      await rm(entryDir(key), { recursive: true, force: true })
      try {
        await mkdir(entryDir(key), { recursive: true })
        await write(entryDir(key))
        // -1: not saved (another job saved the key first, or the service refused); the toolkit said why.
        return (await cache.saveCache(paths(key), key)) !== -1
      } catch (error) {
        failed('save', error)
        return false
      } finally {
        await rm(entryDir(key), { recursive: true, force: true })
      }
    }
  }
}
