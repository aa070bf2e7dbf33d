/**
 * Reads the registry manifest and its shards (SPEC §2): parse, schema check,
 * defaults resolved. Rules that need the whole picture live in rules.ts and
 * file checks in file-checks.ts; this module only answers "what does the
 * manifest say, and where".
 */
import { clip, quote } from '../clip.js'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { UsageError, type Diagnostic } from '../errors.js'
import { decodeManifest, type EncodingProblem } from './encoding.js'
import { inspectFile, readIfPlainFile } from './file-kind.js'
import { expandGlob, shardPathFor } from './glob.js'
import { isInside, unsafePathReason } from './paths.js'
import type { LoadedModel, Registry } from './registry.js'
import { findRepoRoot } from './repo-root.js'
import { schemaDiagnostics } from './schema.js'
import { SourceFile, SyntaxDiagnosticError } from './source-file.js'
import {
  DEFAULT_ARCHIVE,
  DEFAULT_BENCHMARK,
  DEFAULT_STAGES,
  type ModelFile,
  type RegistryFile,
  type StageSpec
} from './types.js'

export interface LoadOptions {
  /** Absolute path of the registry file. */
  manifestPath: string
  /** Load only what concerns this model (a sharded registry then reads one shard). */
  onlyModel?: string
  env?: NodeJS.ProcessEnv
}

export interface LoadResult {
  /** Absolute repository root all manifest paths are relative to. */
  repoRoot: string
  /** The registry file, read even when it does not parse. */
  manifest: SourceFile
  registry?: Registry
  diagnostics: Diagnostic[]
}

/**
 * Where the loader reads the registry's files: the working tree, or a git
 * revision (`plan` and `validate --base` read the base's manifests from git).
 */
export interface RegistryReader {
  /** The text of a repository-relative file; undefined when there is none. */
  read(rel: string): string | undefined
  /** Repository-relative files matching an `include` glob, sorted. */
  glob(pattern: string): string[]
  /**
   * True when the reader holds only some of the shards (a base revision read for the files a
   * diff names): a pattern that matches none of them is then no error.
   */
  partial?: boolean
}

/**
 * A manifest or shard that cannot be read as a file: a FIFO, a folder, a
 * device, or a symbolic link leading out of the repository. Found before the
 * file is opened, so nothing hangs and nothing outside is read or quoted.
 */
export class UnreadableFileError extends UsageError {
  constructor(
    readonly rel: string,
    readonly reason: string,
    abs: string
  ) {
    super(`${abs} ${reason}`)
    this.name = 'UnreadableFileError'
  }
}

/** The working tree under `repoRoot`. */
function diskReader(repoRoot: string): RegistryReader {
  // Synchronous: 10,000 shard files read in a loop beat 10,000 thread-pool hops (bench).
  return {
    read: rel => {
      const abs = path.join(repoRoot, rel)
      const plain = readIfPlainFile(abs)
      if (plain) return utf8Text(plain)
      const state = inspectFile(abs, { linksWithin: [repoRoot], within: 'the repository' })
      if (state.kind === 'missing') return undefined
      if (state.kind === 'bad') throw new UnreadableFileError(rel, state.reason, abs)
      return utf8Text(readFileSync(state.real))
    },
    glob: pattern => expandGlob(repoRoot, pattern)
  }
}

/** A manifest or shard whose bytes are not UTF-8; the loader makes it a diagnostic of the file. */
export class ManifestEncodingError extends Error {
  constructor(
    readonly problem: EncodingProblem,
    /** The text with U+FFFD for what is not UTF-8: for showing, never for editing. */
    readonly lossyText: string
  ) {
    super(problem.message)
    this.name = 'ManifestEncodingError'
  }
}

/** The text of a manifest's bytes; throws ManifestEncodingError unless they are UTF-8. */
export function utf8Text(bytes: Uint8Array): string {
  const decoded = decodeManifest(bytes)
  if ('text' in decoded) return decoded.text
  throw new ManifestEncodingError(decoded.problem, decoded.lossyText)
}

/** The diagnostic of a file that is not UTF-8, or undefined for any other error. */
function encodingDiagnostic(error: unknown, absPath: string, rel: string): Diagnostic | undefined {
  if (!(error instanceof ManifestEncodingError)) return undefined
  const file = new SourceFile(absPath, rel, error.lossyText)
  return file.diagnostic([], error.problem.message, error.problem)
}

export async function loadRegistry(options: LoadOptions): Promise<LoadResult> {
  const absPath = path.resolve(options.manifestPath)
  if (!existsSync(absPath)) {
    throw new UsageError(
      `manifest not found: ${clip(absPath)} (set the "manifest" input or --manifest; default models/registry.yaml)`
    )
  }
  const repoRoot = findRepoRoot(path.dirname(absPath), options.env)
  if (!isInside(repoRoot, absPath)) {
    throw new UsageError(`manifest ${clip(absPath)} is outside the repository root ${repoRoot}`)
  }
  const state = inspectFile(absPath, { linksWithin: [repoRoot], within: 'the repository' })
  if (state.kind === 'bad') throw new UsageError(`manifest ${clip(absPath)} ${state.reason}`)
  return loadRegistryWith(diskReader(repoRoot), {
    repoRoot,
    manifestRel: toPosix(path.relative(repoRoot, absPath)),
    onlyModel: options.onlyModel
  })
}

/**
 * Loads the registry through `reader`: the same parse, schema and defaults
 * whatever the files come from. The manifest must exist in the reader.
 */
export async function loadRegistryWith(
  reader: RegistryReader,
  options: { repoRoot: string; manifestRel: string; onlyModel?: string }
): Promise<LoadResult> {
  const { repoRoot } = options
  const absPath = path.join(repoRoot, options.manifestRel)
  let text: string | undefined
  try {
    text = reader.read(options.manifestRel)
  } catch (error) {
    const diagnostic = encodingDiagnostic(error, absPath, options.manifestRel)
    if (!diagnostic) throw error
    const manifest = new SourceFile(absPath, options.manifestRel, '')
    return { repoRoot, manifest, diagnostics: [diagnostic] }
  }
  if (text === undefined) throw new UsageError(`manifest not found: ${clip(options.manifestRel)}`)
  const manifest = new SourceFile(absPath, options.manifestRel, text)
  const parsed = parseAndCheck(manifest, 'registry')
  if (parsed.diagnostics.length) return { repoRoot, manifest, diagnostics: parsed.diagnostics }
  const data = parsed.data as RegistryFile

  const diagnostics: Diagnostic[] = []
  const rootRel = data.root ?? toPosix(path.relative(repoRoot, path.dirname(absPath)))
  if (data.root !== undefined) {
    const reason = unsafePathReason(data.root, 'root')
    if (reason)
      diagnostics.push(manifest.diagnostic(['root'], reason, manifest.locate(['root'], 'value')))
  }

  const models: LoadedModel[] = Object.entries(data.models ?? {}).map(([name, spec]) => ({
    name,
    spec,
    source: manifest,
    at: ['models', name]
  }))
  const shards: SourceFile[] = []
  if (data.include?.length) {
    const found = await loadShards(
      reader,
      repoRoot,
      manifest,
      data.include,
      options.onlyModel,
      models
    )
    diagnostics.push(...found.diagnostics)
    shards.push(...found.shards)
    models.push(...found.models)
  }
  if (diagnostics.some(d => d.severity === 'error') && shards.length === 0 && !models.length) {
    return { repoRoot, manifest, diagnostics }
  }

  const registry: Registry = {
    repoRoot,
    manifest,
    data,
    root: rootRel === '' ? '.' : rootRel,
    stages: (data.stages ?? DEFAULT_STAGES) as StageSpec[],
    benchmark: data.benchmark === undefined ? DEFAULT_BENCHMARK : data.benchmark,
    archive: data.archive ?? DEFAULT_ARCHIVE,
    models,
    shards,
    onlyModel: options.onlyModel
  }
  return { repoRoot, manifest, registry, diagnostics }
}

interface ShardResult {
  shards: SourceFile[]
  models: LoadedModel[]
  diagnostics: Diagnostic[]
}

async function loadShards(
  reader: RegistryReader,
  repoRoot: string,
  manifest: SourceFile,
  patterns: string[],
  onlyModel: string | undefined,
  inline: LoadedModel[]
): Promise<ShardResult> {
  const result: ShardResult = { shards: [], models: [], diagnostics: [] }
  const at = new Map<string, number>()
  const safe = patterns.filter((pattern, i) => {
    const reason = unsafePathReason(pattern, 'include pattern')
    if (reason) {
      result.diagnostics.push(
        manifest.diagnostic(['include', i], reason, manifest.locate(['include', i], 'value'))
      )
    } else if (!at.has(pattern)) at.set(pattern, i)
    return !reason
  })

  // A command about one model reads only its shard when the layout names it.
  if (onlyModel && !inline.some(m => m.name === onlyModel)) {
    for (const pattern of safe) {
      const direct = shardPathFor(pattern, onlyModel)
      const text = direct === undefined ? undefined : directShard(reader, direct)
      if (direct && text !== undefined) {
        const one = await readShards(reader, repoRoot, [direct])
        // A shard that cannot be read is reported here: the full listing skips what is not a file.
        if (typeof text !== 'string' || one.models.some(m => m.name === onlyModel))
          return mergeInto(result, one)
      }
    }
  }

  const files = new Set<string>()
  for (const pattern of new Set(safe)) {
    const matched = reader.glob(pattern).filter(f => f !== manifest.relPath)
    // A pattern that matches nothing is a typo or a moved folder: its models would silently
    // vanish from validate, plan and every command.
    if (matched.length === 0 && !reader.partial) {
      const i = at.get(pattern)!
      result.diagnostics.push(
        manifest.diagnostic(
          ['include', i],
          `include pattern ${quote(pattern)} matches no file (patterns are relative to the repository root)`,
          manifest.locate(['include', i], 'value')
        )
      )
    }
    for (const f of matched) files.add(f)
  }
  return mergeInto(result, await readShards(reader, repoRoot, [...files]))
}

/** A shard named directly: as `readOrProblem`, and undefined when not UTF-8 (the full read reports it). */
function directShard(reader: RegistryReader, rel: string): ReturnType<typeof readOrProblem> {
  try {
    return readOrProblem(reader, rel)
  } catch (error) {
    if (error instanceof ManifestEncodingError) return undefined
    throw error
  }
}

/** The text of `rel`, undefined when there is none, or why it cannot be read as a file. */
function readOrProblem(
  reader: RegistryReader,
  rel: string
): string | UnreadableFileError | undefined {
  try {
    return reader.read(rel)
  } catch (err) {
    if (err instanceof UnreadableFileError) return err
    throw err
  }
}

function mergeInto(into: ShardResult, from: ShardResult): ShardResult {
  into.shards.push(...from.shards)
  into.models.push(...from.models)
  into.diagnostics.push(...from.diagnostics)
  return into
}

async function readShards(
  reader: RegistryReader,
  repoRoot: string,
  files: string[]
): Promise<ShardResult> {
  const result: ShardResult = { shards: [], models: [], diagnostics: [] }
  const sources: SourceFile[] = []
  for (const f of files) {
    let text: string | UnreadableFileError | undefined
    try {
      text = readOrProblem(reader, f)
    } catch (error) {
      const diagnostic = encodingDiagnostic(error, path.join(repoRoot, f), f)
      if (!diagnostic) throw error
      result.diagnostics.push(diagnostic)
      continue
    }
    if (typeof text === 'string') sources.push(new SourceFile(path.join(repoRoot, f), f, text))
    else if (text) {
      result.diagnostics.push({
        file: f,
        line: 0,
        col: 0,
        key: 'include',
        message: `shard ${text.message}`,
        severity: 'error'
      })
    }
  }
  for (const source of sources) {
    result.shards.push(source)
    const parsed = parseAndCheck(source, 'model')
    if (parsed.diagnostics.length) {
      result.diagnostics.push(...parsed.diagnostics)
      continue
    }
    const { name, ...spec } = parsed.data as ModelFile
    result.models.push({ name, spec: spec as ModelFile, source, at: [] })
  }
  return result
}

function parseAndCheck(source: SourceFile, kind: 'registry' | 'model') {
  let data: unknown
  try {
    // A file of comments only is "empty" to a person, not a syntax error.
    data = hasContent(source.text) ? source.parse() : undefined
  } catch (err) {
    if (err instanceof SyntaxDiagnosticError)
      return { data: undefined, diagnostics: [err.diagnostic] }
    throw err
  }
  if (data === undefined || data === null) {
    return {
      data,
      diagnostics: [
        source.diagnostic(
          [],
          `the file is empty; expected a ${kind === 'registry' ? 'registry manifest (apiVersion: modelgate/v1)' : 'model (name, files, versions)'}`,
          { line: 1, col: 1 }
        )
      ]
    }
  }
  return { data, diagnostics: schemaDiagnostics(source, data, kind) }
}

/** True when the text holds anything besides white space and comments. */
function hasContent(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '#') {
      const eol = text.indexOf('\n', i)
      if (eol < 0) return false
      i = eol
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') {
      return true
    }
  }
  return false
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}
