/**
 * The evaluation cache of the CLI: a folder, one sub-folder per key
 * (`<cache-dir>/<key>/`). An entry is written under a temporary name in the
 * same folder and renamed into place, so a reader never sees half an entry and
 * two runs saving the same key leave one whole entry.
 */
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { EvaluationCacheStore } from '../ports/evaluation-cache.js'

/**
 * `modelgate/` in the user's cache folder: `$XDG_CACHE_HOME`, else
 * `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows, `~/.cache`
 * elsewhere. Undefined when the environment names no home (then there is no
 * default, and only `cache-dir` gives a cache).
 */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform
): string | undefined {
  const join = platform === 'win32' ? path.win32.join : path.posix.join
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'modelgate')
  if (platform === 'win32') {
    if (env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'modelgate')
    return env.USERPROFILE ? join(env.USERPROFILE, 'AppData', 'Local', 'modelgate') : undefined
  }
  if (!env.HOME) return undefined
  return platform === 'darwin'
    ? join(env.HOME, 'Library', 'Caches', 'modelgate')
    : join(env.HOME, '.cache', 'modelgate')
}

export function createFolderCacheStore(root: string): EvaluationCacheStore {
  const entryDir = (key: string) => path.join(root, key)
  const exists = async (key: string) =>
    (await lstat(entryDir(key)).catch(() => undefined))?.isDirectory() === true
  return {
    where: `the cache folder ${root}`,
    has: exists,
    async fetch(key) {
      if (!(await exists(key))) return undefined
      return { dir: entryDir(key), release: async () => undefined }
    },
    async save(key, write) {
      await mkdir(root, { recursive: true })
      const incoming = path.join(root, `.incoming-${randomBytes(6).toString('hex')}`)
      try {
        await mkdir(incoming)
        await write(incoming)
        await rm(entryDir(key), { recursive: true, force: true })
        await rename(incoming, entryDir(key))
        return true
      } finally {
        await rm(incoming, { recursive: true, force: true })
      }
    }
  }
}
