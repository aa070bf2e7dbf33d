/**
 * The folder a trained model is registered from (`register --source`), with
 * the digests of the files that make the new version:
 *
 * - where the model lists its `files`, exactly those: a file the list does
 *   not name is refused rather than left behind, since it usually means the
 *   list is missing something the model needs (a tokenizer, a vocabulary);
 * - without the list (issue #12), every file in the folder.
 *
 * Either way, files that are known not to be part of the model are left
 * out: the ones modelgate itself writes next to a trained model
 * (result.json, the evaluation's metrics and predictions; `ignored`) and the
 * ones the registry's `ignore:` names at their new path (`skip`).
 */
import { lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { DecisionError, UsageError } from '../errors.js'
import { digestFileSync } from './digest.js'
import { notFileKind } from './file-kind.js'

export interface TrainedFile {
  name: string
  /** Absolute path. */
  source: string
  digest: string
  size: number
  /** Present when the file in the folder is itself a Git LFS pointer. */
  lfs?: { digest: string; size: number }
}

export function readSourceFolder(
  dir: string,
  listed: readonly string[] | undefined,
  ignored: readonly string[],
  skip: (name: string) => boolean = () => false
): TrainedFile[] {
  const found: Listing = { files: [], refused: [] }
  try {
    listFiles(dir, '', found)
  } catch {
    throw new UsageError(`the source folder ${dir} does not exist or cannot be read`)
  }
  // A link would be committed as a link, not as the model (and a link to /etc/passwd would be
  // uploaded as the model's bytes); a FIFO would hang the read. Refused by name, before any read.
  const refused = found.refused.filter(([rel]) => !ignored.includes(rel) && !skip(rel))
  if (refused.length) {
    throw new DecisionError(
      `${dir}: ${refused.map(([rel, why]) => `${rel} ${why}`).join('; ')}: a model's files and folders must be real files and folders in the source folder`
    )
  }
  const present = found.files.sort()
  const names = listed ? [...listed] : present.filter(n => !ignored.includes(n) && !skip(n))
  if (!names.length) {
    throw new DecisionError(
      `${dir} holds no file to register${present.length ? ` (${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} left out: written by modelgate or named by \`ignore\`)` : ''}`
    )
  }
  const missing = names.filter(n => !present.includes(n))
  if (missing.length) {
    throw new DecisionError(
      `${dir} has no ${missing.join(', ')}: a version is made of ${names.join(', ')} (the model's files)`
    )
  }
  const extra = present.filter(n => !names.includes(n) && !ignored.includes(n) && !skip(n))
  if (extra.length) {
    throw new DecisionError(
      `${dir} also holds ${extra.join(', ')}, which the model's files (${names.join(', ')}) do not name: add ${extra.length === 1 ? 'it' : 'them'} to the model's \`files\` if the model needs ${extra.length === 1 ? 'it' : 'them'}, or remove ${extra.length === 1 ? 'it' : 'them'} from the folder`
    )
  }
  return names.map(name => {
    const source = path.join(dir, name)
    const d = digestFileSync(source)
    return { name, source, digest: d.digest, size: d.size, ...(d.lfs ? { lfs: d.lfs } : {}) }
  })
}

interface Listing {
  /** Regular files, relative with `/`. */
  files: string[]
  /** Entries that cannot be part of a model, with why: links, FIFOs, sockets, devices. */
  refused: Array<[rel: string, why: string]>
}

/** Every file below `dir`, relative with `/`, hidden entries (`.git`, `.DS_Store`) left out. */
function listFiles(dir: string, prefix: string, into: Listing): void {
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) listFiles(dir, rel, into)
    else if (entry.isFile()) into.files.push(rel)
    else if (entry.isSymbolicLink()) {
      into.refused.push([rel, 'is a symbolic link (git would commit the link, not the model)'])
    } else into.refused.push([rel, `is ${notFileKind(lstatSync(path.join(dir, rel)))}`])
  }
}
