/**
 * The registry as a git revision has it, for `plan` and `validate --base`:
 * the manifest and its shards read with `git show` (one `git cat-file
 * --batch`) and loaded by the same loader as the working tree.
 *
 * For the base, only files that differ from the head are read from git: a
 * shard the diff does not name is the head's own file, so its model entry
 * is reused as it is. On a 10,000-shard registry a pull request that touches
 * one model reads one shard, not 10,000. When the head is itself a revision
 * and the base's manifest includes the same patterns, the base is not even
 * listed: its shards are the head's, less and plus the paths the diff names.
 */
import path from 'node:path'
import { clip, quote } from '../clip.js'
import type { GitCommandManager, RevisionFile } from '../adapters/git.js'
import { UsageError } from '../errors.js'
import { globBase, matchGlob } from '../registry/glob.js'
import {
  loadRegistryWith,
  UnreadableFileError,
  utf8Text,
  type LoadResult
} from '../registry/load.js'
import { unsafePathReason } from '../registry/paths.js'
import type { Registry } from '../registry/registry.js'
import { findRepoRoot } from '../registry/repo-root.js'
import { SourceFile } from '../registry/source-file.js'
import type { HistoryEntry, ModelSpec, RegistryFile } from '../registry/types.js'
import type { CommandContext } from './context.js'

export interface BaseRevision {
  /** The revision as given, and the commit it names. */
  rev: string
  commit: string
  /** Model entries at the base, by name. */
  models: Map<string, ModelSpec>
  /** Every history list at the base: the registry file's and each model's own. */
  histories: HistoryEntry[][]
  /** Paths that differ between the base and the head. */
  changedPaths: string[]
}

/** A revision's shard files as its loader found them (plan's `head`, for reading the base). */
export interface RevisionShards {
  /** The manifest's safe `include` patterns at that revision. */
  patterns: string[]
  /** Every file the patterns matched. */
  files: string[]
  /** Those that are symbolic links: read through, so their bytes may change while they do not. */
  links: ReadonlySet<string>
}

/** The registry as a revision has it, with the shard files it was read from. */
export interface RevisionRegistry {
  loaded: LoadResult
  shards: RevisionShards
}

/**
 * Past this many shard paths named by the diff, the base is listed whole: `git ls-tree` with
 * n paths costs about n × the listing of one (10,000 shards: 0.19 s for 1,000 paths, 0.6 s for
 * the whole listing read and sorted).
 */
const MAX_NAMED_SHARDS = 1000

/** The git CLI in the repository, after checking that `rev` is a commit it has. */
export async function gitWithCommit(
  git: GitCommandManager,
  rev: string,
  input: 'base' | 'head'
): Promise<GitCommandManager> {
  if (rev.startsWith('-'))
    throw new UsageError(`input "${input}": ${quote(rev)} is not a git revision`)
  if (!(await git.hasCommit(rev))) {
    throw new UsageError(
      `${input} ${clip(rev)} is not in this checkout: check out with fetch-depth: 0 (actions/checkout fetches one commit by default)`
    )
  }
  return git
}

/** How the base is read, beside the registry under review. */
export interface BaseReading {
  /** The revision under review; undefined for the working tree (what the registry was loaded from). */
  head?: string
  /** The paths `git diff` gave for `base` and `head` already (see diffStartedEarly). */
  known?: string[]
  /** With `head` a revision: the shard files it was read from. */
  headShards?: RevisionShards
  /**
   * Whether the working tree's untracked files are among the changed paths (default true).
   * The base's models do not need them: an untracked shard is in no index and at no base.
   * `plan` does, for a new file in a version's folder; `validate` does not.
   */
  untracked?: boolean
}

/** Reads the base revision. */
export async function readBase(
  git: GitCommandManager,
  reg: Registry,
  base: string,
  reading: BaseReading = {}
): Promise<BaseRevision> {
  const { head, known } = reading
  const commit = await git.revParse(base)
  const changedPaths = known ?? (await git.diffNames(commit, head, reading.untracked))
  const changed = new Set(changedPaths)
  const manifestRel = reg.manifest.relPath
  const headShards =
    reading.headShards ?? (head === undefined ? await trackedShards(git, reg) : undefined)
  // A link's bytes are its target's: an unchanged link to a changed file is no shard "as the
  // head has it", so links are always read at the base.
  const named = (patterns: string[]) =>
    headShards && sameList(patterns, headShards.patterns)
      ? shardCandidates(patterns, changedPaths, headShards.links)
      : undefined
  const atBase = await loadAtRevision(git, reg.repoRoot, manifestRel, commit, {
    keep: (f, link) => link || changed.has(f),
    named
  })
  const models = new Map<string, ModelSpec>()
  const histories: HistoryEntry[][] = []
  if (atBase?.loaded.registry) {
    const baseReg = atBase.loaded.registry
    histories.push(baseReg.data.history ?? [])
    for (const m of baseReg.models) {
      models.set(m.name, m.spec)
      if (m.spec.history) histories.push(m.spec.history)
    }
    // Shards the diff leaves out are byte for byte the head's. Without a listing of the base,
    // they are the head's own shards: the same patterns match the same unchanged paths, and a
    // revision's files are all tracked (a working tree's ignored files are not).
    const listed = atBase.listedAll || !headShards ? atBase.shards : headShards
    const unchanged = listed.files.filter(
      f => !changed.has(f) && !atBase.shards.links.has(f) && !headShards?.links.has(f)
    )
    const sameAsHead = new Set(unchanged)
    for (const m of reg.models) {
      if (m.source === reg.manifest || !sameAsHead.has(m.source.relPath)) continue
      models.set(m.name, m.spec)
      if (m.spec.history) histories.push(m.spec.history)
    }
  }
  return { rev: base, commit, models, histories, changedPaths }
}

/**
 * The paths that may be shards at the base and differ from the head's: the changed paths the
 * patterns match, and the head's links; undefined past MAX_NAMED_SHARDS (list the base whole).
 */
function shardCandidates(
  patterns: string[],
  changedPaths: string[],
  links: ReadonlySet<string>
): string[] | undefined {
  const paths = new Set([...patterns.flatMap(p => matchGlob(p, changedPaths)), ...links])
  return paths.size <= MAX_NAMED_SHARDS ? [...paths] : undefined
}

/**
 * The working tree's shard files that git tracks, from the index: unlike its ignored files,
 * one that `git diff` does not name is the base's file byte for byte.
 */
async function trackedShards(git: GitCommandManager, reg: Registry): Promise<RevisionShards> {
  const patterns = safePatterns(reg.data.include)
  const tracked = await listFolders(patterns, under => git.indexFiles(under))
  return shardsIn(tracked, patterns, reg.manifest.relPath)
}

/** The files of a listing the include patterns match (never the manifest), links marked. */
function shardsIn(
  listing: RevisionFile[],
  patterns: string[],
  manifestRel: string
): RevisionShards {
  const listed = listing.map(f => f.path)
  const files = [...new Set(patterns.flatMap(p => matchGlob(p, listed)))].filter(
    f => f !== manifestRel
  )
  const shardSet = new Set(files)
  const links = new Set(listing.filter(f => f.link && shardSet.has(f.path)).map(f => f.path))
  return { patterns, files, links }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/**
 * `git diff` between `base` and `head` (the working tree when `head` is undefined, its untracked
 * files included unless `untracked` is false), started before the head is loaded: on a large working tree git's walk takes
 * seconds (130,000 folders: 2 s), and it runs on another core while the loader parses. Any
 * failure gives undefined, so that readBase asks again and reports it in its own order, after
 * the head's problems and the check that `base` is a commit.
 */
export function diffStartedEarly(
  ctx: Pick<CommandContext, 'git' | 'env'>,
  manifestPath: string,
  base: string,
  { head, untracked }: Pick<BaseReading, 'head' | 'untracked'> = {}
): Promise<string[] | undefined> {
  // An option-like revision is refused by gitWithCommit later; it never reaches git here.
  if (base.startsWith('-') || head?.startsWith('-')) return Promise.resolve(undefined)
  let repoRoot: string
  try {
    repoRoot = findRepoRoot(path.dirname(manifestPath), ctx.env)
  } catch {
    return Promise.resolve(undefined) // loading the registry says why
  }
  return ctx
    .git(repoRoot)
    .diffNames(base, head, untracked)
    .catch(() => undefined)
}

/** The whole registry at `rev` (plan's `head`), with the shard files it was read from. */
export async function readRegistryAt(
  git: GitCommandManager,
  repoRoot: string,
  manifestRel: string,
  rev: string
): Promise<RevisionRegistry> {
  const found = await loadAtRevision(git, repoRoot, manifestRel, rev, { keep: () => true })
  if (!found) throw new UsageError(`the manifest ${manifestRel} does not exist at ${rev}`)
  return { loaded: found.loaded, shards: found.shards }
}

interface RevisionReading {
  /** Whether a shard file is to be read (the others are only listed). */
  keep: (file: string, link: boolean) => boolean
  /**
   * Given the manifest's include patterns: the only paths that need looking up (listed with
   * `git ls-tree <rev> -- <paths>`), or undefined to list the patterns' folders whole.
   */
  named?: (patterns: string[]) => string[] | undefined
}

/**
 * Loads the manifest at `rev` and those of its shards `reading.keep` accepts.
 * Undefined when the manifest does not exist at `rev` (a registry created
 * since: everything in it is new).
 */
async function loadAtRevision(
  git: GitCommandManager,
  repoRoot: string,
  manifestRel: string,
  rev: string,
  reading: RevisionReading
): Promise<{ loaded: LoadResult; shards: RevisionShards; listedAll: boolean } | undefined> {
  const [manifestEntry] = await git.lsTree(rev, [manifestRel])
  if (!manifestEntry) return undefined
  const manifestLinks = new Set(manifestEntry.mode === LINK_MODE ? [manifestRel] : [])
  const manifestBytes = (await readAt(git, rev, [manifestRel], manifestLinks)).get(manifestRel)
  if (manifestBytes === undefined) return undefined
  if (manifestBytes instanceof UnreadableFileError) throw manifestBytes
  // Include patterns from a lossy decoding at most: the loader reports the encoding.
  const manifestText = manifestBytes.toString('utf8')
  const patterns = includePatterns(new SourceFile(manifestRel, manifestRel, manifestText))
  const named = reading.named?.(patterns)
  const listing = named
    ? await namedFiles(git, rev, named)
    : await listFolders(patterns, under => git.listFiles(rev, under))
  const shards = shardsIn(listing, patterns, manifestRel)
  const shardFiles = shards.files
  const links = new Set([...manifestLinks, ...shards.links])
  const wanted = shardFiles.filter(f => reading.keep(f, shards.links.has(f)))
  // The blob ids of the files to read, not of the whole listing (70,000 files for 10,000 shards).
  const read = new Set(wanted)
  const ids = new Map(listing.filter(f => read.has(f.path)).map(f => [f.path, f.sha]))
  const blobs = await readAt(git, rev, wanted, links, ids)
  blobs.set(manifestRel, manifestBytes)
  const loaded = await loadRegistryWith(
    {
      read: rel => textOf(blobs.get(rel)),
      glob: pattern => matchGlob(pattern, wanted),
      partial: named !== undefined || wanted.length < shardFiles.length
    },
    { repoRoot, manifestRel }
  )
  return { loaded, shards, listedAll: named === undefined }
}

/** Every file under the folders the patterns start in, as `list` gives them. */
function listFolders(
  patterns: string[],
  list: (folders: string[]) => Promise<RevisionFile[]>
): Promise<RevisionFile[]> {
  return list([...new Set(patterns.map(p => globBase(p) || '.'))])
}

/** The files among `paths` at `rev`, as listFiles gives them: what is not a folder. */
async function namedFiles(
  git: GitCommandManager,
  rev: string,
  paths: string[]
): Promise<RevisionFile[]> {
  const entries = await git.lsTree(rev, paths)
  return entries
    .filter(e => e.type !== 'tree')
    .map(e => ({ path: e.path, link: e.mode === LINK_MODE, sha: e.sha }))
}

const LINK_MODE = '120000'

/** A file's bytes at a revision, or why it cannot be read. */
type RevisionBytes = Buffer | UnreadableFileError

/**
 * The bytes of `paths` at `rev`: by blob id where the revision's listing gave
 * one (`ids`), else by path. A symbolic link (in `links`) is read through
 * when its target is a file inside the repository, as the working tree's
 * loader does; one leaving the repository, broken, or leading to another
 * link or a folder is refused by name, and its target's bytes are never read.
 */
async function readAt(
  git: GitCommandManager,
  rev: string,
  paths: string[],
  links: Set<string>,
  ids: ReadonlyMap<string, string> = new Map()
): Promise<Map<string, RevisionBytes>> {
  const known = paths.filter(p => ids.has(p))
  const byId = await git.blobs(known.map(p => ids.get(p)!))
  const out = new Map<string, RevisionBytes>(
    await git.show(
      rev,
      paths.filter(p => !ids.has(p))
    )
  )
  for (const p of known) {
    const bytes = byId.get(ids.get(p)!)
    if (bytes) out.set(p, bytes)
  }
  const targets = new Map<string, string>()
  for (const p of paths) {
    const blob = out.get(p)
    if (!links.has(p) || !(blob instanceof Buffer)) continue
    const written = blob.toString()
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(p), written))
    if (path.posix.isAbsolute(written) || target === '..' || target.startsWith('../')) {
      out.set(
        p,
        new UnreadableFileError(p, `is a symbolic link leaving the repository (at ${rev})`, p)
      )
    } else targets.set(p, target)
  }
  if (!targets.size) return out
  const plainFiles = (await git.lsTree(rev, [...new Set(targets.values())]))
    .filter(e => e.type === 'blob' && e.mode !== LINK_MODE)
    .map(e => e.path)
  const through = await git.show(rev, plainFiles)
  for (const [p, target] of targets) {
    out.set(
      p,
      through.get(target) ??
        new UnreadableFileError(
          p,
          `is a symbolic link to ${target}, which is not a file at ${rev}`,
          p
        )
    )
  }
  return out
}

/** The text of a file read at a revision: strict UTF-8, as from the working tree. */
function textOf(bytes: RevisionBytes | undefined): string | undefined {
  if (bytes instanceof UnreadableFileError) throw bytes
  return bytes === undefined ? undefined : utf8Text(bytes)
}

/** The manifest's safe `include` globs; none when it does not parse (the loader says why). */
function includePatterns(manifest: SourceFile): string[] {
  let data: unknown
  try {
    data = manifest.parse()
  } catch {
    return []
  }
  return safePatterns((data as RegistryFile | undefined)?.include)
}

/** The `include` patterns the loader reads: strings that stay inside the repository. */
function safePatterns(include: unknown): string[] {
  if (!Array.isArray(include)) return []
  return include.filter(
    (p): p is string => typeof p === 'string' && !unsafePathReason(p, 'include pattern')
  )
}
