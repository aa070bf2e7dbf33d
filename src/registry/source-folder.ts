/**
 * The folder a trained model is registered from (`register --source`): the
 * files the model's `files` names, with their digests, and what else the
 * folder holds. A file the manifest does not name is refused rather than
 * left behind: it usually means `files` is missing something the model
 * needs (a tokenizer, a vocabulary) — except the files modelgate itself
 * writes next to a trained model (result.json, the evaluation's metrics and
 * predictions), which are known not to be part of it.
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

export function readSourceFolder(dir: string, names: string[], ignored: string[]): TrainedFile[] {
  const found: Listing = { files: [], refused: [] }
  try {
    listFiles(dir, '', found)
  } catch {
    throw new UsageError(`the source folder ${dir} does not exist or cannot be read`)
  }
  // A link would be committed as a link, not as the model (and a link to /etc/passwd would be
  // uploaded as the model's bytes); a FIFO would hang the read. Refused by name, before any read.
  const refused = found.refused.filter(([rel]) => !ignored.includes(rel))
  if (refused.length) {
    throw new DecisionError(
      `${dir}: ${refused.map(([rel, why]) => `${rel} ${why}`).join('; ')}: a model's files and folders must be real files and folders in the source folder`
    )
  }
  const present = found.files.sort()
  const missing = names.filter(n => !present.includes(n))
  if (missing.length) {
    throw new DecisionError(
      `${dir} has no ${missing.join(', ')}: a version is made of ${names.join(', ')} (the model's files)`
    )
  }
  const extra = present.filter(n => !names.includes(n) && !ignored.includes(n))
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
