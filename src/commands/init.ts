/**
 * `init`: adopts a repository as it is. Scans the stage folders
 * under `root` (the folder convention `<root>/<stage>/<model>/<version>/`),
 * digests every file (a Git LFS pointer by its oid), dates each version by
 * the last commit that touched its folder, and writes a manifest that
 * validates at once, plus `.modelgate/` in `.gitignore`. Moves, renames and
 * changes no file. A file no version holds, a name the manifest refuses, or
 * versions of one model with different files stop it before anything is
 * written (exit 1), each named. The manifest is checked by the same rules and
 * file checks as `validate` before it is written, so init never writes one
 * that `validate` would refuse.
 * Recipe: settings → folders → scan → inventory → render → check → write.
 */
import { quote } from '../clip.js'
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DecisionError, UsageError, type Diagnostic } from '../errors.js'
import { contentDigest, digestFileSync } from '../registry/digest.js'
import { checkFiles, IGNORED_NAMES } from '../registry/file-checks.js'
import { listTree } from '../registry/file-tree.js'
import { folderConvention } from '../registry/folder-placement.js'
import { literalGlob } from '../registry/ignore.js'
import { takeInventory, type FoundModel, type ScannedFile } from '../registry/init-inventory.js'
import { initManifestYaml, SCHEMA_URL, type InitModel } from '../registry/init-manifest.js'
import { loadRegistryWith } from '../registry/load.js'
import { isInside, joinRel } from '../registry/paths.js'
import { findRepoRoot } from '../registry/repo-root.js'
import { checkRules } from '../registry/rules.js'
import {
  DEFAULT_ARCHIVE,
  DEFAULT_BENCHMARK,
  DEFAULT_STAGES,
  type BenchmarkSpec
} from '../registry/types.js'
import type { InitSettings } from '../settings/settings.js'
import type { CommandOutcome } from './command-result.js'
import type { CommandContext } from './context.js'

const FOLDER_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/
/** What .gitignore must hold: modelgate's output folder (results, reports, cache look-ups). */
const OUTPUT_DIR_LINE = '.modelgate/'

export interface InitResult {
  /** The manifest, relative to the repository root. */
  manifest: string
  /** False with `dry-run`: the manifest is in `text`, nothing was written. */
  written: boolean
  /** The manifest's YAML. */
  text: string
  /** `root`, relative to the repository root (`.` for the root itself). */
  root: string
  stages: string[]
  benchmark: BenchmarkSpec | false
  archive: string
  models: Array<{ name: string; versions: number; files: string[] }>
  versions: number
  /** Versions whose `createdAt` git could not give (never committed, or no git). */
  undated: number
  /** What init did to .gitignore (nothing with `dry-run`). */
  gitignore: 'created' | 'appended' | 'present' | 'unchanged'
  /** Decisions the user should know about, one sentence each. */
  notes: string[]
}

export type InitOutcome = CommandOutcome<'init', InitResult>

export async function init(settings: InitSettings, ctx: CommandContext): Promise<InitOutcome> {
  if (settings.versioning !== 'semver') {
    throw new UsageError(
      settings.versioning === 'ordered'
        ? '--versioning ordered is not supported yet: today every version folder is named by a SemVer version (1.2.0 or v1.2.0)'
        : `--versioning must be semver (ordered is planned), got ${quote(settings.versioning)}`
    )
  }
  const manifestAbs = settings.manifest
  const repoRoot = findRepoRoot(path.dirname(manifestAbs), ctx.env)
  if (!isInside(repoRoot, manifestAbs)) {
    throw new UsageError(`manifest ${manifestAbs} is outside the repository root ${repoRoot}`)
  }
  const manifestRel = toPosix(path.relative(repoRoot, manifestAbs))
  if (existsSync(manifestAbs)) {
    throw new DecisionError(
      `${manifestRel} exists: init never overwrites a manifest (check it with modelgate validate, or move it away to start again)`
    )
  }
  const rootAbs = settings.root ?? path.dirname(manifestAbs)
  const rootRel = toPosix(path.relative(repoRoot, rootAbs)) || '.'
  if (!isInside(repoRoot, rootAbs)) {
    throw new UsageError(`root ${rootAbs} is outside the repository ${repoRoot}`)
  }
  if (!isFolder(rootAbs)) {
    throw new UsageError(
      `root ${rootRel} is not a folder: name the folder of the stage folders with --root`
    )
  }

  const folders = chooseFolders(settings, rootAbs, rootRel)
  const last = folders.stages[folders.stages.length - 1]
  const scanned = scan(repoRoot, rootRel, folders.walked)
  const inventory = takeInventory(scanned, {
    stages: folders.stages,
    archive: folders.archive,
    benchmark: folders.benchmarkFound ? folders.benchmark : undefined,
    place: folderConvention(folders.walked),
    shown: rel => joinRel(rootRel, rel)
  })
  const notes: string[] = [...folders.notes]
  let benchmark: BenchmarkSpec | false = folders.benchmark
    ? { folder: folders.benchmark, copyOf: last }
    : false
  let benchmarkNote: string | undefined
  const holdsLast = inventory.models.filter(m => m.versions.some(v => v.stage === last))
  if (benchmark && !folders.benchmarkFound && holdsLast.length) {
    if (settings.benchmark !== undefined) {
      inventory.problems.push({
        path: `${folders.benchmark}/`,
        message: `does not exist, but ${holdsLast.map(m => m.name).join(', ')} ${holdsLast.length === 1 ? 'has a version' : 'have versions'} in ${last} whose copy it must hold: copy them there, or run init with --benchmark false`
      })
    } else {
      benchmark = false
      benchmarkNote = `No ${joinRel(rootRel, DEFAULT_BENCHMARK.folder)}/ folder was found, so there is no benchmark copy of\n${last} to compare candidates with. To have one, copy each ${last} version to\n${joinRel(rootRel, DEFAULT_BENCHMARK.folder)}/<model>/<version>/ and write: benchmark: { folder: benchmark, copyOf: ${last} }`
      notes.push(
        `no benchmark folder ${joinRel(rootRel, DEFAULT_BENCHMARK.folder)}/: wrote benchmark: false (see the comment in the manifest)`
      )
    }
  }
  if (inventory.problems.length) {
    throw new DecisionError(
      `init wrote nothing: ${inventory.problems.length} ${inventory.problems.length === 1 ? 'problem' : 'problems'} above would make the manifest invalid; fix ${inventory.problems.length === 1 ? 'it' : 'them'} and run init again (no file was moved or changed)`,
      inventory.problems.map(p => located(joinRel(rootRel, p.path), p.message))
    )
  }

  const dates = await versionDates(ctx, repoRoot, rootRel, inventory.models)
  const now = isoSeconds(ctx.now().toISOString())
  const models: InitModel[] = inventory.models.map(m => ({
    name: m.name,
    files: m.files,
    versions: m.versions.map(v => {
      const createdAt = dates.get(joinRel(rootRel, v.dir))
      return {
        version: v.version,
        stage: v.stage,
        files: v.files,
        ...(createdAt ? { createdAt } : {}),
        // The schema's record of an archived version; why it left is not known.
        ...(v.stage === folders.archive
          ? { retired: { at: createdAt ?? now, reason: 'retired' as const } }
          : {})
      }
    })
  }))
  const severalInLast = inventory.models.filter(
    m => m.versions.filter(v => v.stage === last).length > 1
  )
  if (severalInLast.length) {
    notes.push(
      `no capacity on ${last}: ${severalInLast.map(m => m.name).join(', ')} ${severalInLast.length === 1 ? 'holds' : 'hold'} several versions there`
    )
  }
  const archived = models.reduce(
    (n, m) => n + m.versions.filter(v => v.stage === folders.archive).length,
    0
  )
  if (archived) {
    notes.push(
      `${archived} archived ${archived === 1 ? 'version is' : 'versions are'} recorded as retired (reason: retired); rollback --version brings one back`
    )
  }
  const undated = models.reduce((n, m) => n + m.versions.filter(v => !v.createdAt).length, 0)
  if (undated) {
    notes.push(
      `${undated} ${undated === 1 ? 'version has' : 'versions have'} no createdAt: no commit touched ${undated === 1 ? 'its folder' : 'their folders'} yet`
    )
  }

  const manifestDir = toPosix(path.relative(repoRoot, path.dirname(manifestAbs))) || '.'
  const text = initManifestYaml({
    schemaUrl: SCHEMA_URL,
    root: rootRel === manifestDir ? undefined : rootRel,
    rootLabel: rootRel,
    stages: folders.stages,
    lastStageCapacity: severalInLast.length === 0,
    benchmark,
    benchmarkNote,
    archive: folders.archive,
    ignore: inventory.ignored.map(literalGlob),
    models
  })
  await checkAsValidate(text, repoRoot, manifestRel)

  let gitignore: InitResult['gitignore'] = 'unchanged'
  if (!settings.dryRun) {
    await mkdir(path.dirname(manifestAbs), { recursive: true })
    // `wx`: should a manifest appear meanwhile, it is not overwritten.
    await writeFile(manifestAbs, text, { flag: 'wx' })
    gitignore = ignoreOutputDir(repoRoot)
  }
  const result: InitResult = {
    manifest: manifestRel,
    written: !settings.dryRun,
    text,
    root: rootRel,
    stages: folders.stages,
    benchmark,
    archive: folders.archive,
    models: models.map(m => ({ name: m.name, versions: m.versions.length, files: m.files })),
    versions: models.reduce((n, m) => n + m.versions.length, 0),
    undated,
    gitignore,
    notes
  }
  return {
    command: 'init',
    ok: true,
    diagnostics: [],
    result,
    outputs: {},
    repoRoot,
    exitCode: 0
  }
}

interface Folders {
  stages: string[]
  archive: string
  /** The benchmark folder, unless `--benchmark false`. */
  benchmark?: string
  benchmarkFound: boolean
  /** The folders under root that are scanned: stages, archive and the benchmark folder found. */
  walked: string[]
  notes: string[]
}

function chooseFolders(settings: InitSettings, rootAbs: string, rootRel: string): Folders {
  const archive = folderName(settings.archive ?? DEFAULT_ARCHIVE.folder, '--archive')
  const benchmark =
    settings.benchmark === 'false'
      ? undefined
      : folderName(settings.benchmark ?? DEFAULT_BENCHMARK.folder, '--benchmark')
  const under = (name: string) => isFolder(path.join(rootAbs, name))
  let stages: string[]
  const notes: string[] = []
  if (settings.stages.length) {
    stages = settings.stages.map(s => folderName(s, '--stages'))
    const twice = stages.find((s, i) => stages.indexOf(s) !== i)
    if (twice) throw new UsageError(`--stages names ${quote(twice)} twice`)
    const absent = stages.filter(s => !under(s))
    if (absent.length) {
      notes.push(
        `${absent.map(s => `${joinRel(rootRel, s)}/`).join(', ')}: no such folder yet; the ${absent.length === 1 ? 'stage starts' : 'stages start'} empty`
      )
    }
  } else {
    stages = DEFAULT_STAGES.map(s => s.name).filter(under)
    if (!stages.length) {
      throw new UsageError(
        `no stage folder under ${rootRel}/: expected some of ${DEFAULT_STAGES.map(s => s.name).join(', ')}; name yours in order with --stages (e.g. --stages dev,prod), or the folder that holds them with --root`
      )
    }
  }
  for (const stage of stages) {
    if (stage === archive) {
      throw new UsageError(
        `stage ${quote(stage)} is also the archive folder: choose another --archive`
      )
    }
    if (stage === (benchmark ?? DEFAULT_BENCHMARK.folder)) {
      throw new UsageError(
        `stage ${quote(stage)} is the benchmark folder's name, which no stage may have: rename the folder, or choose another --benchmark`
      )
    }
  }
  if (benchmark === archive) {
    throw new UsageError(`the benchmark and archive folders are both ${quote(archive)}`)
  }
  const benchmarkFound = benchmark !== undefined && under(benchmark)
  const walked = [...stages, ...(under(archive) ? [archive] : [])]
  if (benchmarkFound) walked.push(benchmark!)
  // A folder of models that is not a stage would go unnoticed: say which were left alone.
  const others = readdirSync(rootAbs, { withFileTypes: true })
    .filter(e => e.isDirectory() && !e.name.startsWith('.'))
    .map(e => e.name)
    .filter(name => !walked.includes(name) && name !== benchmark)
    .sort()
  if (others.length) {
    notes.push(
      `left alone, not a stage: ${others.map(o => `${joinRel(rootRel, o)}/`).join(', ')} (name the stages in order with --stages to include ${others.length === 1 ? 'it' : 'them'})`
    )
  }
  return { stages, archive, benchmark, benchmarkFound, walked, notes }
}

function folderName(name: string, option: string): string {
  if (!FOLDER_NAME.test(name)) {
    throw new UsageError(
      `${option}: ${quote(name)} is not a stage or folder name (lower-case letters, digits, ".", "_", "-", at most 63 characters)`
    )
  }
  return name
}

/** Every file under the scanned folders, relative to root, with its content digest. */
function scan(repoRoot: string, rootRel: string, folders: string[]): ScannedFile[] {
  const dirs = folders.map(f => joinRel(rootRel, f))
  const tree = listTree(repoRoot, realpathSync(repoRoot), dirs)
  const prefix = rootRel === '.' ? '' : `${rootRel}/`
  const out: ScannedFile[] = []
  for (const [rel, entry] of tree) {
    if (IGNORED_NAMES.has(rel.slice(rel.lastIndexOf('/') + 1))) continue
    const underRoot = rel.slice(prefix.length)
    if (entry.problem) {
      out.push({ rel: underRoot, problem: entry.problem })
      continue
    }
    try {
      out.push({ rel: underRoot, digest: contentDigest(digestFileSync(entry.abs)) })
    } catch (error) {
      out.push({ rel: underRoot, problem: `unreadable (${(error as Error).message})` })
    }
  }
  return out
}

/** Each version folder's last commit date, where git knows one; none outside a git checkout. */
async function versionDates(
  ctx: CommandContext,
  repoRoot: string,
  rootRel: string,
  models: FoundModel[]
): Promise<Map<string, string>> {
  const dirs = models.flatMap(m => m.versions.map(v => joinRel(rootRel, v.dir)))
  if (!dirs.length || !existsSync(path.join(repoRoot, '.git'))) return new Map()
  try {
    const dates = await ctx.git(repoRoot).lastCommitDates(dirs)
    return new Map([...dates].map(([dir, date]) => [dir, isoSeconds(date)]))
  } catch (error) {
    ctx.log.warning(`createdAt is left out: ${(error as Error).message}`)
    return new Map()
  }
}

/** `2026-05-04T10:40:00+02:00` → `2026-05-04T08:40:00Z`: one zone, as modelgate writes dates. */
function isoSeconds(date: string): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The manifest as `validate` would read it, before it is written: the same
 * schema, rules and file checks. A problem init did not foresee stops it
 * here rather than leaving a manifest that fails.
 */
async function checkAsValidate(text: string, repoRoot: string, manifestRel: string): Promise<void> {
  const loaded = await loadRegistryWith(
    { read: rel => (rel === manifestRel ? text : undefined), glob: () => [] },
    { repoRoot, manifestRel }
  )
  const diagnostics: Diagnostic[] = [...loaded.diagnostics]
  if (loaded.registry && !diagnostics.some(d => d.severity === 'error')) {
    diagnostics.push(...checkRules(loaded.registry))
    if (!diagnostics.some(d => d.severity === 'error')) {
      diagnostics.push(...(await checkFiles(loaded.registry)).diagnostics)
    }
  }
  const errors = diagnostics.filter(d => d.severity === 'error')
  if (errors.length) {
    throw new DecisionError(
      `init wrote nothing: the manifest it made would not validate (${errors.length} ${errors.length === 1 ? 'error' : 'errors'} above, at the lines of the manifest it would write)`,
      errors
    )
  }
}

/** Adds `.modelgate/` to the repository's .gitignore unless a line already ignores it. */
function ignoreOutputDir(repoRoot: string): InitResult['gitignore'] {
  const file = path.join(repoRoot, '.gitignore')
  if (!existsSync(file)) {
    writeFileSync(file, `${OUTPUT_DIR_LINE}\n`)
    return 'created'
  }
  const text = readFileSync(file, 'utf8')
  const present = text.split(/\r?\n/).some(line => /^\/?\.modelgate\/?$/.test(line.trim()))
  if (present) return 'present'
  writeFileSync(
    file,
    `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${OUTPUT_DIR_LINE}\n`
  )
  return 'appended'
}

function located(file: string, message: string): Diagnostic {
  return { file, line: 0, col: 0, key: '', message, severity: 'error' }
}

function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory()
  } catch {
    return false
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}
