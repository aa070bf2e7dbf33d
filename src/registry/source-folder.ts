/**
 * The folder a trained model is registered from (`register --source`): the
 * files the model's `files` names, with their digests, and what else the
 * folder holds. A file the manifest does not name is refused rather than
 * left behind: it usually means `files` is missing something the model
 * needs (a tokenizer, a vocabulary) — except the files modelgate itself
 * writes next to a trained model (result.json, the evaluation's metrics and
 * predictions), which are known not to be part of it.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { DecisionError, UsageError } from '../errors.js'
import { digestFileSync } from './digest.js'

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
  let present: string[]
  try {
    present = listFiles(dir)
  } catch {
    throw new UsageError(`the source folder ${dir} does not exist or cannot be read`)
  }
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

/** Every file below `dir`, relative with `/`, hidden entries (`.git`, `.DS_Store`) left out. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listFiles(dir, rel))
    else out.push(rel)
  }
  return out.sort()
}
