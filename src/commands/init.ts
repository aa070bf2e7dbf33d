/**
 * `init`: adopts a repository as it is. Scans the stage folders under
 * `root` and reads each file's path with the layout templates (`--layout`,
 * default `{stage}/{model}/{version}`, the folder convention; issue #12),
 * digests every file (a Git LFS pointer by its oid), dates each version by
 * the last commit that touched it, and writes a manifest that
 * validates at once, plus `.modelgate/` in `.gitignore`. Moves, renames and
 * changes no file. A file the templates do not place is written to
 * `ignore:`; a name the manifest refuses, a version in two stages or a
 * stale benchmark copy stop it before anything is written (exit 1), each
 * named. The manifest is checked by the same rules and
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
import { contentDigest, digestFileSync, type FileDigest } from '../registry/digest.js'
import { checkFiles, IGNORED_NAMES } from '../registry/file-checks.js'
import { listTree } from '../registry/file-tree.js'
import { placeOf, templatePlace } from '../registry/layout-places.js'
import {
  initLayouts,
  layoutPlacement,
  scanFolder,
  type InitLayouts
} from '../registry/init-layouts.js'
import { compileLayouts } from '../registry/layout-template/match.js'
import { renderRelative } from '../registry/layout-template/render.js'
import type { LayoutTemplate } from '../registry/layout-template/template.js'
import { literalGlob } from '../registry/ignore.js'
import {
  takeInventory,
  type FoundModel,
  type FoundVersion,
  type ScannedFile
} from '../registry/init-inventory.js'
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
  /** `files`: what every version holds, absent where versions hold different files. */
  models: Array<{ name: string; versions: number; files?: string[] }>
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
  const draft = await draftInit(settings, ctx)
  await checkAsValidate(draft)

  let gitignore: InitResult['gitignore'] = 'unchanged'
  if (!settings.dryRun) {
    await mkdir(path.dirname(settings.manifest), { recursive: true })
    // `wx`: should a manifest appear meanwhile, it is not overwritten.
    await writeFile(settings.manifest, draft.text, { flag: 'wx' })
    gitignore = ignoreOutputDir(draft.repoRoot)
  }
  return {
    command: 'init',
    ok: true,
    diagnostics: [],
    result: { ...draft.result, written: !settings.dryRun, gitignore },
    outputs: {},
    repoRoot: draft.repoRoot,
    exitCode: 0
  }
}

/** What init would write, before it is checked as validate checks it. */
export interface InitDraft {
  text: string
  repoRoot: string
  manifestRel: string
  result: Omit<InitResult, 'written' | 'gitignore'>
  /** The digest of every file the scan read, by repository-relative path: not read twice. */
  digests: ReadonlyMap<string, FileDigest>
}

/**
 * Everything init finds and the manifest it makes of it, writing nothing and
 * not yet checked: `init` checks it as `validate` would, then writes it.
 */
export async function draftInit(settings: InitSettings, ctx: CommandContext): Promise<InitDraft> {
  if (settings.versioning !== 'semver' && settings.versioning !== 'ordered') {
    throw new UsageError(
      `--versioning must be semver or ordered, got ${quote(settings.versioning)}`
    )
  }
  const versioning = settings.versioning
  const layouts = chooseLayouts(settings)
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

  const folders = chooseFolders(settings, rootAbs, rootRel, layouts)
  const last = folders.stages[folders.stages.length - 1]
  // What lies under no stage (`resources/artifacts/` beside `resources/staging.keras`) is not the
  // registry's: validate does not look at it, so init neither places it nor ignores it.
  const places = [
    ...folders.stages.map(s => templatePlace(rootRel, layouts.stages, s)),
    templatePlace(rootRel, layouts.archive, folders.archive),
    ...(folders.benchmarkFound ? [templatePlace(rootRel, layouts.stages, folders.benchmark!)] : [])
  ]
  const outside: string[] = []
  const underStage = (repoRel: string) => {
    if (repoRel === manifestRel) return false
    if (placeOf(places, repoRel)) return true
    outside.push(repoRel)
    return false
  }
  const digests = new Map<string, FileDigest>()
  const scanned = scan(repoRoot, rootRel, folders.scanned, underStage, digests)
  // A layout without {version}: each file is a version, numbered by its date.
  const fileDates = layouts.stages.uses.has('version')
    ? new Map<string, string>()
    : await lastCommitDates(
        ctx,
        repoRoot,
        scanned.map(f => joinRel(rootRel, f.rel))
      )
  const benchmarkFolder = folders.benchmarkFound ? folders.benchmark : undefined
  const inventory = takeInventory(scanned, {
    stages: folders.stages,
    archive: folders.archive,
    benchmark: benchmarkFolder,
    versioning,
    place: layoutPlacement({
      layouts,
      stages: folders.stages,
      archive: folders.archive,
      benchmark: benchmarkFolder,
      versioning,
      model: settings.model
    }),
    dateOf: rel => fileDates.get(joinRel(rootRel, rel)),
    shown: rel => joinRel(rootRel, rel),
    benchmarkDirOf: (model, version) =>
      path.posix.dirname(
        renderRelative(layouts.stages, {
          stage: folders.benchmark ?? DEFAULT_BENCHMARK.folder,
          model,
          version,
          file: 'model'
        })
      )
  })
  const notes: string[] = [...folders.notes]
  if (outside.length) {
    notes.push(
      `left alone, under no stage: ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? `, … ${outside.length - 5} more` : ''}`
    )
  }
  let benchmark: BenchmarkSpec | false = folders.benchmark
    ? { folder: folders.benchmark, copyOf: last }
    : false
  let benchmarkNote: string | undefined
  const holdsLast = inventory.models.filter(m => m.versions.some(v => v.stage === last))
  if (benchmark && !folders.benchmarkFound && holdsLast.length) {
    if (settings.benchmark !== undefined) {
      const { dir, own } = scanFolder(layouts.stages, folders.benchmark!)
      inventory.problems.push({
        path: own ? `${dir}/` : layouts.stages.source.replace('{stage}', folders.benchmark!),
        message: `does not exist, but ${holdsLast.map(m => m.name).join(', ')} ${holdsLast.length === 1 ? 'has a version' : 'have versions'} in ${last} whose copy it must hold: copy them there, or run init with --benchmark false`
      })
    } else {
      benchmark = false
      const copyTo = layouts.layoutKey
        ? joinRel(rootRel, layouts.layoutKey.replace('{stage}', DEFAULT_BENCHMARK.folder))
        : `${joinRel(rootRel, DEFAULT_BENCHMARK.folder)}/<model>/<version>/`
      benchmarkNote = `No ${shownFolder(rootRel, layouts.stages, DEFAULT_BENCHMARK.folder)} was found, so there is no benchmark copy of\n${last} to compare candidates with. To have one, copy each ${last} version to\n${copyTo} and write: benchmark: { folder: benchmark, copyOf: ${last} }`
      notes.push(
        `no benchmark copy ${shownFolder(rootRel, layouts.stages, DEFAULT_BENCHMARK.folder)}: wrote benchmark: false (see the comment in the manifest)`
      )
    }
  }
  if (inventory.problems.length) {
    throw new DecisionError(
      `init wrote nothing: ${inventory.problems.length} ${inventory.problems.length === 1 ? 'problem' : 'problems'} above would make the manifest invalid; fix ${inventory.problems.length === 1 ? 'it' : 'them'} and run init again (no file was moved or changed)`,
      inventory.problems.map(p => located(joinRel(rootRel, p.path), p.message))
    )
  }

  const dates = await versionDates(
    ctx,
    repoRoot,
    rootRel,
    inventory.models,
    layouts,
    folders.archive
  )
  const now = isoSeconds(ctx.now().toISOString())
  let datedNow = 0
  const models: InitModel[] = inventory.models.map(m => ({
    name: m.name,
    ...(m.files ? { files: m.files } : {}),
    versions: orderVersions(versioning, m.versions, dates).map(v => {
      let createdAt = dates.get(v)
      // Under `ordered` every version needs createdAt: one git cannot date
      // (never committed) is dated by this run, which makes it the newest.
      if (!createdAt && versioning === 'ordered') {
        createdAt = now
        datedNow++
      }
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
  if (inventory.numbered.length) {
    notes.push(
      `the layout has no {version}: each file is one version, numbered by the last commit that touched it, oldest first: ${inventory.numbered.map(n => `${joinRel(rootRel, n.path)} is ${n.model} ${n.version}`).join(', ')}`
    )
  }
  if (datedNow) {
    notes.push(
      `${datedNow} ${datedNow === 1 ? 'version was' : 'versions were'} never committed: createdAt is the time of this run (versioning ordered needs one), so ${datedNow === 1 ? 'it is' : 'they are'} the newest; commit first to date ${datedNow === 1 ? 'it' : 'them'} by git`
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
    layout: layouts.layoutKey,
    archiveLayout: layouts.archiveLayoutKey,
    ...(versioning === 'ordered' ? { versioning } : {}),
    ignore: inventory.ignored.map(literalGlob),
    models
  })
  const result: InitDraft['result'] = {
    manifest: manifestRel,
    text,
    root: rootRel,
    stages: folders.stages,
    benchmark,
    archive: folders.archive,
    models: models.map(m => ({
      name: m.name,
      versions: m.versions.length,
      ...(m.files ? { files: m.files } : {})
    })),
    versions: models.reduce((n, m) => n + m.versions.length, 0),
    undated,
    notes
  }
  return { text, repoRoot, manifestRel, result, digests }
}

/** The templates init reads the repository with, and `--model` where they need it. */
function chooseLayouts(settings: InitSettings): InitLayouts {
  const parsed = initLayouts(settings.layout, settings.archiveLayout)
  if (!parsed.ok) throw new UsageError(parsed.errors.join('; '))
  const layouts = parsed.value
  const withoutModel = [layouts.stages, layouts.archive].filter(t => !t.uses.has('model'))
  if (settings.model !== undefined) {
    if (!withoutModel.length) {
      throw new UsageError(
        `--model names the model of a layout without {model}, and ${quote(layouts.stages.source)} has one: leave --model out`
      )
    }
    if (!FOLDER_NAME.test(settings.model)) {
      throw new UsageError(
        `--model: ${quote(settings.model)} is not a model name (lower-case letters, digits, ".", "_", "-", at most 63 characters)`
      )
    }
  } else if (withoutModel.length) {
    throw new UsageError(
      `the layout ${quote(withoutModel[0].source)} has no {model}: name the model its files are with --model NAME`
    )
  }
  return layouts
}

interface Folders {
  stages: string[]
  archive: string
  /** The benchmark folder, unless `--benchmark false`. */
  benchmark?: string
  benchmarkFound: boolean
  /** The folders under root that are scanned (relative to root, `.` for root itself). */
  scanned: string[]
  notes: string[]
}

function chooseFolders(
  settings: InitSettings,
  rootAbs: string,
  rootRel: string,
  layouts: InitLayouts
): Folders {
  const archive = folderName(settings.archive ?? DEFAULT_ARCHIVE.folder, '--archive')
  const benchmark =
    settings.benchmark === 'false'
      ? undefined
      : folderName(settings.benchmark ?? DEFAULT_BENCHMARK.folder, '--benchmark')
  const under = (name: string, template = layouts.stages) => folderHolds(rootAbs, template, name)
  let stages: string[]
  const notes: string[] = []
  if (settings.stages.length) {
    stages = settings.stages.map(s => folderName(s, '--stages'))
    const twice = stages.find((s, i) => stages.indexOf(s) !== i)
    if (twice) throw new UsageError(`--stages names ${quote(twice)} twice`)
    const absent = stages.filter(s => !under(s))
    if (absent.length) {
      notes.push(
        `${absent.map(s => shownFolder(rootRel, layouts.stages, s)).join(', ')}: nothing there yet; the ${absent.length === 1 ? 'stage starts' : 'stages start'} empty`
      )
    }
  } else {
    stages = DEFAULT_STAGES.map(s => s.name).filter(s => under(s))
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
  const regions = [
    ...stages.map(s => scanFolder(layouts.stages, s)),
    ...(under(archive, layouts.archive) ? [scanFolder(layouts.archive, archive)] : []),
    ...(benchmarkFound ? [scanFolder(layouts.stages, benchmark!)] : [])
  ]
  const scanned = outermost(regions.map(r => r.dir))
  // A folder of models that is not a stage would go unnoticed: say which were left alone.
  if (!scanned.includes('.')) {
    const tops = new Set(scanned.map(d => d.split('/')[0]))
    const others = readdirSync(rootAbs, { withFileTypes: true })
      .filter(e => e.isDirectory() && !e.name.startsWith('.'))
      .map(e => e.name)
      .filter(name => !tops.has(name) && name !== benchmark)
      .sort()
    if (others.length) {
      notes.push(
        `left alone, not a stage: ${others.map(o => `${joinRel(rootRel, o)}/`).join(', ')} (name the stages in order with --stages to include ${others.length === 1 ? 'it' : 'them'})`
      )
    }
  }
  return { stages, archive, benchmark, benchmarkFound, scanned, notes }
}

/**
 * Whether `folder` (a stage, the benchmark or archive folder) has anything
 * under root by `template`: its own folder exists (`{stage}/…`), or, where
 * the stage is part of a file name (`{stage}{ext}`), a file matches.
 */
function folderHolds(rootAbs: string, template: LayoutTemplate, folder: string): boolean {
  const { dir, own } = scanFolder(template, folder)
  if (own) return isFolder(path.join(rootAbs, dir))
  const probe = compileLayouts('.', [
    { template, stages: [folder], isVersion: v => v.length > 0, tag: undefined }
  ])
  try {
    return readdirSync(path.join(rootAbs, dir), { withFileTypes: true }).some(
      e => e.isFile() && probe.match(joinRel(dir, e.name)) !== undefined
    )
  } catch {
    return false
  }
}

/** Where a stage's files go, as a note shows it (`models/dev/`, `resources/dev{ext}`). */
function shownFolder(rootRel: string, template: LayoutTemplate, stage: string): string {
  const { dir, own } = scanFolder(template, stage)
  return own
    ? `${joinRel(rootRel, dir)}/`
    : joinRel(rootRel, template.source.replace('{stage}', stage))
}

/** The folders of the list that no other one holds (`.` holds every folder). */
function outermost(dirs: string[]): string[] {
  const unique = [...new Set(dirs)].sort()
  return unique.filter(d => !unique.some(o => o !== d && (o === '.' || d.startsWith(`${o}/`))))
}

function folderName(name: string, option: string): string {
  if (!FOLDER_NAME.test(name)) {
    throw new UsageError(
      `${option}: ${quote(name)} is not a stage or folder name (lower-case letters, digits, ".", "_", "-", at most 63 characters)`
    )
  }
  return name
}

/**
 * Every file under the scanned folders that `keep` accepts (a repository-
 * relative path), relative to root, with its content digest; files `keep`
 * refuses are never read. Each digest is also kept in `digests`, by
 * repository-relative path, for the check that follows.
 */
function scan(
  repoRoot: string,
  rootRel: string,
  folders: string[],
  keep: (repoRel: string) => boolean,
  digests: Map<string, FileDigest>
): ScannedFile[] {
  const dirs = folders.map(f => joinRel(rootRel, f))
  const tree = listTree(repoRoot, realpathSync(repoRoot), dirs)
  const prefix = rootRel === '.' ? '' : `${rootRel}/`
  const out: ScannedFile[] = []
  for (const [walked, entry] of tree) {
    // The walk of `.` names paths `./…`; git's own folder is never a model file.
    const rel = walked.startsWith('./') ? walked.slice(2) : walked
    if (rel === '.git' || rel.startsWith('.git/')) continue
    if (IGNORED_NAMES.has(rel.slice(rel.lastIndexOf('/') + 1))) continue
    if (!keep(rel)) continue
    const underRoot = rel.slice(prefix.length)
    if (entry.problem) {
      out.push({ rel: underRoot, problem: entry.problem })
      continue
    }
    try {
      const digest = digestFileSync(entry.abs)
      digests.set(rel, digest)
      out.push({ rel: underRoot, digest: contentDigest(digest) })
    } catch (error) {
      out.push({ rel: underRoot, problem: `unreadable (${(error as Error).message})` })
    }
  }
  return out
}

/**
 * Each version's last commit date, where git knows one: the last commit that
 * touched its own folder (files init ignores there included), or, where
 * versions share a folder (a file layout), the latest of its files'.
 */
async function versionDates(
  ctx: CommandContext,
  repoRoot: string,
  rootRel: string,
  models: FoundModel[],
  layouts: InitLayouts,
  archive: string
): Promise<Map<FoundVersion, string>> {
  const versions = models.flatMap(m => m.versions)
  const pathsOf = (v: FoundVersion) => {
    const template = v.stage === archive ? layouts.archive : layouts.stages
    return template.folder ? [joinRel(rootRel, v.dir)] : v.paths.map(p => joinRel(rootRel, p))
  }
  const wanted = new Map(versions.map(v => [v, pathsOf(v)]))
  const dates = await lastCommitDates(ctx, repoRoot, [...wanted.values()].flat())
  const out = new Map<FoundVersion, string>()
  for (const [v, paths] of wanted) {
    const known = paths.map(p => dates.get(p)).filter((d): d is string => d !== undefined)
    if (known.length)
      out.set(
        v,
        known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b))
      )
  }
  return out
}

/** The last commit date of each path git knows, in UTC; none outside a git checkout. */
async function lastCommitDates(
  ctx: CommandContext,
  repoRoot: string,
  paths: string[]
): Promise<Map<string, string>> {
  if (!paths.length || !existsSync(path.join(repoRoot, '.git'))) return new Map()
  try {
    const dates = await ctx.git(repoRoot).lastCommitDates([...new Set(paths)])
    return new Map([...dates].map(([p, date]) => [p, isoSeconds(date)]))
  } catch (error) {
    ctx.log.warning(`createdAt is left out: ${(error as Error).message}`)
    return new Map()
  }
}

/**
 * The versions as the manifest lists them: under SemVer highest first (as
 * found); under `ordered` newest first by date (an undated one, dated by
 * this run, first), then by name.
 */
function orderVersions(
  versioning: 'semver' | 'ordered',
  versions: FoundVersion[],
  dates: Map<FoundVersion, string>
): FoundVersion[] {
  if (versioning === 'semver') return versions
  const time = (v: FoundVersion) => {
    const d = dates.get(v)
    return d === undefined ? Infinity : Date.parse(d)
  }
  return [...versions].sort(
    (a, b) => time(b) - time(a) || (a.version < b.version ? 1 : a.version > b.version ? -1 : 0)
  )
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
async function checkAsValidate(draft: InitDraft): Promise<void> {
  const { text, repoRoot, manifestRel } = draft
  const loaded = await loadRegistryWith(
    { read: rel => (rel === manifestRel ? text : undefined), glob: () => [] },
    { repoRoot, manifestRel }
  )
  const diagnostics: Diagnostic[] = [...loaded.diagnostics]
  if (loaded.registry && !diagnostics.some(d => d.severity === 'error')) {
    diagnostics.push(...checkRules(loaded.registry))
    if (!diagnostics.some(d => d.severity === 'error')) {
      // The files were hashed by the scan a moment ago; the check reuses those digests.
      const checked = await checkFiles(loaded.registry, { digested: draft.digests })
      diagnostics.push(...checked.diagnostics)
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
