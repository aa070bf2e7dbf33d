/**
 * Gathers what an evaluation's cache key is made of (cache-key.ts) from the
 * checkout: the digests of the model files, of `evaluate.data` and of each
 * command's `inputs`. Reads files the way an evaluation does (file-kind.ts):
 * a symbolic link only within the repository, never a FIFO or a folder.
 *
 * When the key cannot be made — a model or data file missing or not a file —
 * the answer is the reason instead: the evaluation then runs uncached and
 * reports the problem itself, as it would without a cache.
 */
import path from 'node:path'
import { DecisionError, keyPath } from '../errors.js'
import { contentDigest, digestFileSync } from '../registry/digest.js'
import { inspectFile } from '../registry/file-kind.js'
import { expandGlob, isGlobPattern } from '../registry/glob.js'
import { unsafePathReason } from '../registry/paths.js'
import type { Registry } from '../registry/registry.js'
import type { CommandSpec } from '../registry/types.js'
import { evaluationCacheKey, type CacheKeyMaterial, type CommandMaterial } from './cache-key.js'
import type { EvaluationTarget } from './target.js'

export type KeyAnswer = { key: string; material: CacheKeyMaterial } | { uncached: string }

/**
 * The key of evaluating `t`. `recordedFiles`: take the model file digests the
 * manifest records instead of reading the files (plan, which looks at many
 * versions and evaluates none); evaluate reads them, so that bytes other than
 * the recorded ones are keyed as what they are.
 */
export function cacheKeyOf(
  reg: Registry,
  t: EvaluationTarget,
  options: {
    recordedFiles?: Record<string, string>
    /** Digests already taken, by absolute path: plan keys many versions of one model's data. */
    memo?: Map<string, string>
  } = {}
): KeyAnswer {
  const digestOf = (r: Registry, abs: string) => memoDigest(r, abs, options.memo)
  const spec = t.model.spec
  const at = t.model.at.length ? t.model.at : [t.model.name]
  let files: Record<string, string> | null = null
  if (!t.train) {
    files = options.recordedFiles ?? {}
    if (!options.recordedFiles) {
      for (const [name, abs] of Object.entries(t.files)) {
        const digest = digestOf(reg, abs)
        if (typeof digest !== 'string') return { uncached: `model file ${name} ${digest.reason}` }
        files[name] = digest
      }
    }
  }
  const data: Record<string, string> = {}
  for (const rel of spec.evaluate!.data ?? []) {
    const digest = digestOf(reg, path.resolve(reg.repoRoot, rel))
    if (typeof digest !== 'string') return { uncached: `evaluation data ${rel} ${digest.reason}` }
    data[rel] = digest
  }
  const material: CacheKeyMaterial = {
    files,
    fileNames: Object.keys(t.files),
    evaluate: commandMaterial(
      reg,
      spec.evaluate!,
      keyPath([...at, 'evaluate', 'inputs']),
      digestOf
    ),
    data
  }
  if (t.train)
    material.train = commandMaterial(
      reg,
      spec.train!,
      keyPath([...at, 'train', 'inputs']),
      digestOf
    )
  return { key: evaluationCacheKey(material), material }
}

type DigestOf = (reg: Registry, abs: string) => string | { reason: string; missing: boolean }

function commandMaterial(
  reg: Registry,
  spec: CommandSpec,
  where: string,
  digestOf: DigestOf
): CommandMaterial {
  return {
    run: spec.run,
    shell: spec.shell,
    metrics: spec.metrics,
    predictions: spec.predictions,
    env: [...(spec.env ?? [])].sort(),
    inputs: inputDigests(reg, spec.inputs ?? [], where, digestOf)
  }
}

/**
 * Path → digest of every file `inputs` names: a glob's matches, every file
 * below a folder, a file. One that matches nothing is keyed as missing (its
 * appearance changes the key); one that is unsafe or not readable is the
 * user's to fix, named with its key.
 */
function inputDigests(
  reg: Registry,
  inputs: string[],
  where: string,
  digestOf: DigestOf
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of inputs) {
    const unsafe = unsafePathReason(entry, 'input')
    if (unsafe) throw new DecisionError(`${where}: ${unsafe}`)
    const pattern = entry.replace(/\/+$/, '')
    const matches = isGlobPattern(pattern)
      ? expandGlob(reg.repoRoot, pattern)
      : isFolder(reg, pattern)
        ? expandGlob(reg.repoRoot, `${pattern}/**/*`)
        : [pattern]
    if (matches.length === 0) out[entry] = 'missing'
    for (const rel of matches) {
      const digest = digestOf(reg, path.join(reg.repoRoot, rel))
      if (typeof digest === 'string') out[rel] = digest
      else if (digest.missing) out[rel] = 'missing'
      else throw new DecisionError(`${where}: ${rel} ${digest.reason}`)
    }
  }
  return out
}

function isFolder(reg: Registry, rel: string): boolean {
  const state = inspectFile(path.join(reg.repoRoot, rel), { linksWithin: [reg.repoRoot] })
  return state.kind === 'bad' && state.reason.includes('a folder')
}

function memoDigest(
  reg: Registry,
  abs: string,
  memo: Map<string, string> | undefined
): string | { reason: string; missing: boolean } {
  const known = memo?.get(abs)
  if (known) return known
  const digest = readDigest(reg, abs)
  if (typeof digest === 'string') memo?.set(abs, digest)
  return digest
}

function readDigest(reg: Registry, abs: string): string | { reason: string; missing: boolean } {
  const state = inspectFile(abs, { linksWithin: [reg.repoRoot], within: 'the repository' })
  if (state.kind === 'missing') return { reason: 'is missing', missing: true }
  if (state.kind === 'bad') return { reason: state.reason, missing: false }
  return contentDigest(digestFileSync(state.real))
}
