/**
 * The registry as a git revision has it, for `plan` and `validate --base`:
 * the manifest and its shards read with `git show` (one `git cat-file
 * --batch`) and loaded by the same loader as the working tree.
 *
 * For the base, only files that differ from the head are read from git: a
 * shard the diff does not name is the head's own file, so its model entry
 * is reused as it is. On a 10,000-shard registry a pull request that touches
 * one model reads one shard, not 10,000.
 */
import path from 'node:path'
import { clip, quote } from '../clip.js'
import type { GitCommandManager } from '../adapters/git.js'
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

/**
 * Reads the base revision. `head` is a revision, or undefined for the
 * working tree (what `reg` was loaded from).
 */
export async function readBase(
  git: GitCommandManager,
  reg: Registry,
  base: string,
  head: string | undefined,
  /** The paths `git diff` gave for `base` and `head` already (see diffStartedEarly). */
  known?: string[]
): Promise<BaseRevision> {
  const commit = await git.revParse(base)
  const changedPaths = known ?? (await git.diffNames(commit, head))
  const changed = new Set(changedPaths)
  const manifestRel = reg.manifest.relPath
  const atBase = await loadAtRevision(git, reg.repoRoot, manifestRel, commit, f => changed.has(f))
  const models = new Map<string, ModelSpec>()
  const histories: HistoryEntry[][] = []
  if (atBase?.loaded.registry) {
    const baseReg = atBase.loaded.registry
    histories.push(baseReg.data.history ?? [])
    for (const m of baseReg.models) {
      models.set(m.name, m.spec)
      if (m.spec.history) histories.push(m.spec.history)
    }
    // Shards the diff leaves out are byte for byte the head's.
    const sameAsHead = new Set(atBase.shardFiles.filter(f => !changed.has(f)))
    for (const m of reg.models) {
      if (m.source === reg.manifest || !sameAsHead.has(m.source.relPath)) continue
      models.set(m.name, m.spec)
      if (m.spec.history) histories.push(m.spec.history)
    }
  }
  return { rev: base, commit, models, histories, changedPaths }
}

/**
 * `git diff` between `base` and `head` (the working tree, untracked files included, when `head`
 * is undefined), started before the head is loaded: on a large working tree git's walk takes
 * seconds (130,000 folders: 2 s), and it runs on another core while the loader parses. Any
 * failure gives undefined, so that readBase asks again and reports it in its own order, after
 * the head's problems and the check that `base` is a commit.
 */
export function diffStartedEarly(
  ctx: Pick<CommandContext, 'git' | 'env'>,
  manifestPath: string,
  base: string,
  head: string | undefined
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
    .diffNames(base, head)
    .catch(() => undefined)
}

/** The whole registry at `rev` (plan's `head`). */
export async function readRegistryAt(
  git: GitCommandManager,
  repoRoot: string,
  manifestRel: string,
  rev: string
): Promise<LoadResult> {
  const found = await loadAtRevision(git, repoRoot, manifestRel, rev, () => true)
  if (!found) throw new UsageError(`the manifest ${manifestRel} does not exist at ${rev}`)
  return found.loaded
}

/**
 * Loads the manifest at `rev` and those of its shards `keep` accepts.
 * Undefined when the manifest does not exist at `rev` (a registry created
 * since: everything in it is new).
 */
async function loadAtRevision(
  git: GitCommandManager,
  repoRoot: string,
  manifestRel: string,
  rev: string,
  keep: (file: string) => boolean
): Promise<{ loaded: LoadResult; shardFiles: string[] } | undefined> {
  const [manifestEntry] = await git.lsTree(rev, [manifestRel])
  if (!manifestEntry) return undefined
  const manifestLinks = new Set(manifestEntry.mode === LINK_MODE ? [manifestRel] : [])
  const manifestBytes = (await readAt(git, rev, [manifestRel], manifestLinks)).get(manifestRel)
  if (manifestBytes === undefined) return undefined
  if (manifestBytes instanceof UnreadableFileError) throw manifestBytes
  // Include patterns from a lossy decoding at most: the loader reports the encoding.
  const manifestText = manifestBytes.toString('utf8')
  const patterns = includePatterns(new SourceFile(manifestRel, manifestRel, manifestText))
  const folders = [...new Set(patterns.map(p => globBase(p) || '.'))]
  const listing = await git.listFiles(rev, folders)
  const listed = listing.map(f => f.path)
  const links = new Set([...manifestLinks, ...listing.filter(f => f.link).map(f => f.path)])
  const shardFiles = [...new Set(patterns.flatMap(p => matchGlob(p, listed)))].filter(
    f => f !== manifestRel
  )
  const wanted = shardFiles.filter(keep)
  const ids = new Map(listing.map(f => [f.path, f.sha]))
  const blobs = await readAt(git, rev, wanted, links, ids)
  blobs.set(manifestRel, manifestBytes)
  const loaded = await loadRegistryWith(
    {
      read: rel => textOf(blobs.get(rel)),
      glob: pattern => matchGlob(pattern, wanted),
      partial: wanted.length < shardFiles.length
    },
    { repoRoot, manifestRel }
  )
  return { loaded, shardFiles }
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
  const include = (data as RegistryFile | undefined)?.include
  if (!Array.isArray(include)) return []
  return include.filter(
    (p): p is string => typeof p === 'string' && !unsafePathReason(p, 'include pattern')
  )
}
