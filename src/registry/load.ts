/**
 * Reads the registry manifest and its shards (SPEC §2): parse, schema check,
 * defaults resolved. Rules that need the whole picture live in rules.ts and
 * file checks in file-checks.ts; this module only answers "what does the
 * manifest say, and where".
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { UsageError, type Diagnostic } from '../errors.js'
import { inspectFile } from './file-kind.js'
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
      const state = inspectFile(abs, { linksWithin: [repoRoot], within: 'the repository' })
      if (state.kind === 'missing') return undefined
      if (state.kind === 'bad') throw new UnreadableFileError(rel, state.reason, abs)
      return readFileSync(state.real, 'utf8')
    },
    glob: pattern => expandGlob(repoRoot, pattern)
  }
}

export async function loadRegistry(options: LoadOptions): Promise<LoadResult> {
  const absPath = path.resolve(options.manifestPath)
  if (!existsSync(absPath)) {
    throw new UsageError(
      `manifest not found: ${absPath} (set the "manifest" input or --manifest; default models/registry.yaml)`
    )
  }
  const repoRoot = findRepoRoot(path.dirname(absPath), options.env)
  if (!isInside(repoRoot, absPath)) {
    throw new UsageError(`manifest ${absPath} is outside the repository root ${repoRoot}`)
  }
  const state = inspectFile(absPath, { linksWithin: [repoRoot], within: 'the repository' })
  if (state.kind === 'bad') throw new UsageError(`manifest ${absPath} ${state.reason}`)
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
  const text = reader.read(options.manifestRel)
  if (text === undefined) throw new UsageError(`manifest not found: ${options.manifestRel}`)
  const absPath = path.join(repoRoot, options.manifestRel)
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
  const safe = patterns.filter((pattern, i) => {
    const reason = unsafePathReason(pattern, 'include pattern')
    if (reason) {
      result.diagnostics.push(
        manifest.diagnostic(['include', i], reason, manifest.locate(['include', i], 'value'))
      )
    }
    return !reason
  })

  // A command about one model reads only its shard when the layout names it.
  if (onlyModel && !inline.some(m => m.name === onlyModel)) {
    for (const pattern of safe) {
      const direct = shardPathFor(pattern, onlyModel)
      const text = direct === undefined ? undefined : readOrProblem(reader, direct)
      if (direct && text !== undefined) {
        const one = await readShards(reader, repoRoot, [direct])
        // A shard that cannot be read is reported here: the full listing skips what is not a file.
        if (typeof text !== 'string' || one.models.some(m => m.name === onlyModel))
          return mergeInto(result, one)
      }
    }
  }

  const files = new Set<string>()
  for (const pattern of safe) for (const f of reader.glob(pattern)) files.add(f)
  files.delete(manifest.relPath)
  return mergeInto(result, await readShards(reader, repoRoot, [...files]))
}

/** The text of `rel`, undefined when there is none, or why it cannot be read. */
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
    const text = readOrProblem(reader, f)
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
