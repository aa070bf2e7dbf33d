/**
 * The files a manifest command wrote into its output folder are uploaded as
 * an artifact, which the runner never masks. A file in which a secret of the
 * run appears (a command that dumped its environment or `.git/config` there)
 * has it replaced by `***` before anything reads or uploads it, and the log
 * names the file. Symbolic links are not followed; only regular files are
 * read, a chunk at a time.
 */
import { createReadStream } from 'node:fs'
import { lstat, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '../logger.js'
import { MASK, type Secrets } from '../secrets.js'

/** Blanks the secrets in every regular file under `dir`; resolves with the files changed. */
export async function blankSecretsIn(
  dir: string,
  secrets: Secrets,
  log: Logger
): Promise<string[]> {
  const forms = secrets.forms.map(f => Buffer.from(f, 'utf8'))
  if (!forms.length) return []
  const changed: string[] = []
  for (const file of await regularFiles(dir)) {
    if (!(await holdsAny(file, forms))) continue
    let bytes: Buffer = await readFile(file)
    for (const form of forms) bytes = replaceAll(bytes, form, Buffer.from(MASK))
    const tmp = `${file}.${process.pid}.blank`
    await writeFile(tmp, bytes)
    await rename(tmp, file)
    changed.push(file)
    log.warning(`${file} held a secret of this run; it was replaced by ${MASK} before upload`)
  }
  return changed
}

async function regularFiles(dir: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return [] // no output folder: nothing was written
  }
  const out: string[] = []
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    const stat = await lstat(full)
    if (stat.isDirectory()) out.push(...(await regularFiles(full)))
    else if (stat.isFile()) out.push(full)
  }
  return out
}

/** Whether any of `forms` occurs in the file, read in chunks that overlap by the longest form. */
async function holdsAny(file: string, forms: Buffer[]): Promise<boolean> {
  const overlap = Math.max(...forms.map(f => f.length)) - 1
  let tail = Buffer.alloc(0)
  for await (const chunk of createReadStream(file)) {
    const window = Buffer.concat([tail, chunk as Buffer])
    if (forms.some(f => window.includes(f))) return true
    tail = window.subarray(Math.max(0, window.length - overlap))
  }
  return false
}

function replaceAll(bytes: Buffer, find: Buffer, by: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (let i = bytes.indexOf(find); i >= 0; i = bytes.indexOf(find, at)) {
    parts.push(bytes.subarray(at, i), by)
    at = i + find.length
  }
  if (at === 0) return bytes
  parts.push(bytes.subarray(at))
  return Buffer.concat(parts)
}
