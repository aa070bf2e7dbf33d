/**
 * An evaluation's entry in the cache (SPEC §4, "Evaluation cache"), the same
 * in every store: the output folder as the evaluation left it — result.json,
 * predictions, the trained model with `train` — under `files/`, and
 * `entry.json` listing each file's digest and a digest of that listing.
 *
 * An entry is used only when its bytes are the ones listed and the listing
 * is the one its digest names: anything else (a byte changed, a file added
 * or missing, a link) is a miss with a warning, and the evaluation runs. The
 * digests catch damage and tampering after the save; who may save at all is
 * decided by the caller (untrusted runs never do).
 */
import { createHash } from 'node:crypto'
import { copyFile, lstat, mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { canonicalJson } from '../changes/plan-hash.js'
import type { Logger } from '../logger.js'
import type { EvaluationCacheStore } from '../ports/evaluation-cache.js'
import { contentDigest, digestFileSync } from '../registry/digest.js'
import { unsafePathReason } from '../registry/paths.js'
import { CACHE_FORMAT, shortKey } from './cache-key.js'
import { clearOwnOutputs } from './own-outputs.js'
import { RESULT_FILE, RESULT_SCHEMA, type EvaluationResult } from './result-file.js'
import type { EvaluationTarget } from './target.js'

const ENTRY_FILE = 'entry.json'
const FILES = 'files'

interface EntryListing {
  format: typeof CACHE_FORMAT
  key: string
  savedAt: string
  /** Path below `files/` (with `/`) → sha256 of its bytes. */
  files: Record<string, string>
}

interface EntryFile extends EntryListing {
  /** sha256 of the listing's canonical JSON. */
  digest: string
}

/** Saves the output folder of `t` (a successful evaluation) under `key`; false when it was not saved. */
export async function saveCachedResult(
  store: EvaluationCacheStore,
  key: string,
  t: EvaluationTarget,
  now: Date,
  log: Logger
): Promise<boolean> {
  try {
    return await store.save(key, async dir => {
      const files: Record<string, string> = {}
      for (const rel of (await regularFiles(t.outputDir)) ?? []) {
        if (/^result\.json\.\d+\.tmp$/.test(rel)) continue
        const copy = path.join(dir, FILES, ...rel.split('/'))
        await mkdir(path.dirname(copy), { recursive: true })
        await copyFile(path.join(t.outputDir, ...rel.split('/')), copy)
        files[rel] = contentDigest(digestFileSync(copy))
      }
      const listing: EntryListing = { format: CACHE_FORMAT, key, savedAt: now.toISOString(), files }
      const entry: EntryFile = { ...listing, digest: listingDigest(listing) }
      await writeFile(path.join(dir, ENTRY_FILE), JSON.stringify(entry, null, 2) + '\n')
    })
  } catch (error) {
    // A cache that cannot be written costs the next run an evaluation, not this one its result.
    log.warning(
      `evaluation cache: could not save ${shortKey(key)} to ${store.where}: ${(error as Error).message}`
    )
    return false
  }
}

/**
 * The result cached under `key`, restored into the output folder of `t` and
 * relabelled as `t` (its model, version, target and stage); undefined on a
 * miss, or when the entry is not what it was saved as (with a warning).
 */
export async function restoreCachedResult(
  store: EvaluationCacheStore,
  key: string,
  t: EvaluationTarget,
  log: Logger
): Promise<EvaluationResult | undefined> {
  const fetched = await store.fetch(key)
  if (!fetched) return undefined
  try {
    const checked = await checkEntry(fetched.dir, key)
    if (typeof checked === 'string') {
      log.warning(
        `evaluation cache: the entry ${shortKey(key)} in ${store.where} ${checked}; not used, evaluating again`
      )
      return undefined
    }
    const { entry, result } = checked
    await clearOwnOutputs(t)
    await mkdir(t.outputDir, { recursive: true })
    try {
      for (const rel of Object.keys(entry.files)) {
        if (rel === RESULT_FILE) continue
        await restoreFile(path.join(fetched.dir, FILES, ...rel.split('/')), t.outputDir, rel)
      }
    } catch (error) {
      log.warning(`evaluation cache: ${(error as Error).message}; evaluating again`)
      return undefined
    }
    return {
      ...result,
      model: t.model.name,
      version: t.version,
      target: t.target,
      stage: t.stage,
      cache: {
        key,
        hit: true,
        from: {
          run: result.runner?.run,
          runId: result.runner?.runId,
          model: result.model,
          version: result.version,
          stage: result.stage,
          evaluatedAt: result.startedAt,
          savedAt: entry.savedAt
        }
      }
    }
  } finally {
    await fetched.release()
  }
}

/** The entry and its result when every byte is the one listed; else what is wrong. */
async function checkEntry(
  dir: string,
  key: string
): Promise<{ entry: EntryFile; result: EvaluationResult } | string> {
  let entry: EntryFile
  try {
    entry = JSON.parse(await readFile(path.join(dir, ENTRY_FILE), 'utf8')) as EntryFile
  } catch {
    return `has no readable ${ENTRY_FILE}`
  }
  if (!entry || entry.format !== CACHE_FORMAT || entry.key !== key || !isListing(entry.files)) {
    return `is not a ${CACHE_FORMAT} entry for this key`
  }
  const listing: EntryListing = {
    format: entry.format,
    key: entry.key,
    savedAt: entry.savedAt,
    files: entry.files
  }
  if (entry.digest !== listingDigest(listing)) return 'does not match its digest'
  const found = await regularFiles(path.join(dir, FILES), true)
  if (found === undefined) return 'holds something other than files'
  const listed = Object.keys(entry.files).sort()
  if (canonicalJson(found) !== canonicalJson(listed)) return 'holds other files than it lists'
  for (const rel of listed) {
    if (unsafePathReason(rel)) return `lists an unsafe path ${JSON.stringify(rel)}`
    const digest = contentDigest(digestFileSync(path.join(dir, FILES, ...rel.split('/'))))
    if (digest !== entry.files[rel]) return `has ${rel} changed since it was saved`
  }
  if (!listed.includes(RESULT_FILE)) return `holds no ${RESULT_FILE}`
  let result: EvaluationResult
  try {
    result = JSON.parse(
      await readFile(path.join(dir, FILES, RESULT_FILE), 'utf8')
    ) as EvaluationResult
  } catch {
    return `holds a ${RESULT_FILE} that is not JSON`
  }
  if (result?.schema !== RESULT_SCHEMA || result.status !== 'ok' || !result.metrics) {
    return `holds no successful ${RESULT_SCHEMA} result`
  }
  return { entry, result }
}

function isListing(files: unknown): files is Record<string, string> {
  return (
    !!files &&
    typeof files === 'object' &&
    !Array.isArray(files) &&
    Object.values(files).every(v => typeof v === 'string')
  )
}

function listingDigest(listing: EntryListing): string {
  return `sha256:${createHash('sha256').update(canonicalJson(listing)).digest('hex')}`
}

/**
 * Every regular file under `root`, relative with `/`, sorted; symbolic links
 * and other kinds are skipped, or with `strict` make the answer undefined.
 */
async function regularFiles(root: string, strict = false): Promise<string[] | undefined> {
  const out: string[] = []
  const walk = async (rel: string): Promise<boolean> => {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => [])
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!(await walk(child))) return false
      } else if (e.isFile()) out.push(child)
      else if (strict) return false
    }
    return true
  }
  if (!(await walk(''))) return undefined
  return out.sort()
}

/**
 * Copies an entry's file to `rel` below `outputDir`, through real folders
 * only: a link or a file where a folder should be stops the restore, and a
 * link where the file goes is replaced, never followed.
 */
async function restoreFile(from: string, outputDir: string, rel: string): Promise<void> {
  const parts = rel.split('/')
  let at = outputDir
  for (const part of parts.slice(0, -1)) {
    at = path.join(at, part)
    const st = await lstat(at).catch(() => undefined)
    if (!st) await mkdir(at)
    else if (!st.isDirectory() || st.isSymbolicLink()) {
      throw new Error(`${at} is not a folder; cannot restore ${rel} there`)
    }
  }
  const to = path.join(at, parts[parts.length - 1])
  const st = await lstat(to).catch(() => undefined)
  if (st && !st.isDirectory()) await unlink(to)
  await copyFile(from, to)
}
