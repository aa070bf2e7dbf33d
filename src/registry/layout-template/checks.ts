/**
 * The checks across a registry's layout templates (issue #12) that need the
 * whole picture: where every version's files render, and what the stages
 * allow. Pure: the caller resolves which template is in force where and
 * places each problem (at the template's line, or at the version's entry).
 *
 * - two (model, version, stage, file) rendering to one path;
 * - one version's folder inside another's (or another version's file in it);
 * - a stage whose paths have no `{version}` holds one version of a model:
 *   `capacity` above 1 or a `rollout` there is refused, and so are two
 *   versions of one model in it;
 * - the archive's paths contain `{version}` (it keeps every old version);
 * - no version is called `benchmark` or the archive folder's name.
 *
 * Problems about a template are reported once per template object, so the
 * caller parses a template once and hands the same object for every model
 * it applies to.
 */
import { renderFolder, renderPath } from './render.js'
import type { LayoutTemplate } from './template.js'

export interface StageLimits {
  name: string
  capacity?: number
  /** True when the stage has `rollout:` steps. */
  rollout?: boolean
}

export interface ModelLayouts {
  name: string
  /**
   * The template in force in each folder: every stage name, the archive
   * folder and (when the registry keeps copies) the benchmark folder.
   */
  layouts: Readonly<Record<string, LayoutTemplate>>
  versions: readonly { version: string; stage: string; files: readonly string[] }[]
  /** The benchmark copy, where there is one: the production version it mirrors, and its files. */
  benchmark?: { version: string; files: readonly string[] }
}

export interface LayoutCheckInput {
  root: string
  stages: readonly StageLimits[]
  archiveFolder: string
  /** Absent with `benchmark: false`. */
  benchmarkFolder?: string
  models: readonly ModelLayouts[]
}

export type LayoutProblemKind =
  | 'collision'
  | 'nested'
  | 'one-version-stage'
  | 'versions-in-one-version-stage'
  | 'archive-without-version'
  | 'reserved-version'

export interface LayoutProblem {
  kind: LayoutProblemKind
  message: string
  /** The template at fault: the problem belongs at its line. */
  template?: LayoutTemplate
  /** The folder (stage, benchmark or archive) the problem is about. */
  stage?: string
  /** The model and version at fault (the later one of two), for problems placed at a version. */
  model?: string
  version?: string
  /** For `one-version-stage`: the stage key that cannot hold (`capacity` or `rollout`). */
  key?: 'capacity' | 'rollout'
}

/** One file of one version in one folder, as rendered. */
interface Occupant {
  model: string
  version: string
  stage: string
  file: string
  /** The version's own folder, for a folder template. */
  folder?: string
  template: LayoutTemplate
}

export function checkLayouts(input: LayoutCheckInput): LayoutProblem[] {
  return [
    ...reservedVersions(input),
    ...archiveTemplates(input),
    ...oneVersionStages(input),
    ...placementProblems(input)
  ]
}

/** No version is called `benchmark` or the archive folder's name (also under the default layout). */
export function reservedVersions(input: LayoutCheckInput): LayoutProblem[] {
  const reserved = new Map([
    ['benchmark', '"benchmark" means the benchmark copy (version: benchmark in evaluate)'],
    [input.archiveFolder, `"${input.archiveFolder}" is the archive folder's name`]
  ])
  return input.models.flatMap(m =>
    m.versions.flatMap(v => {
      const why = reserved.get(v.version)
      if (!why) return []
      return [
        {
          kind: 'reserved-version' as const,
          model: m.name,
          version: v.version,
          stage: v.stage,
          message: `version "${v.version}" of ${m.name} has a reserved name: ${why}; choose another`
        }
      ]
    })
  )
}

function archiveTemplates(input: LayoutCheckInput): LayoutProblem[] {
  const seen = new Set<LayoutTemplate>()
  const out: LayoutProblem[] = []
  for (const m of input.models) {
    const t = layoutOf(m, input.archiveFolder)
    if (t.uses.has('version') || seen.has(t)) continue
    seen.add(t)
    out.push({
      kind: 'archive-without-version',
      template: t,
      stage: input.archiveFolder,
      message: `the archive layout "${t.source}" has no {version}: the archive keeps every retired version, so its paths must tell versions apart, e.g. "{stage}/{model}/{version}" or "{stage}/{model}/{name}_v{version}{ext}"`
    })
  }
  return out
}

function oneVersionStages(input: LayoutCheckInput): LayoutProblem[] {
  const out: LayoutProblem[] = []
  const seen = new Set<string>()
  const once = (key: string) => !seen.has(key) && !!seen.add(key)
  const templateIds = new Map<LayoutTemplate, number>()
  const idOf = (t: LayoutTemplate) => {
    if (!templateIds.has(t)) templateIds.set(t, templateIds.size)
    return templateIds.get(t)!
  }
  for (const stage of input.stages) {
    for (const m of input.models) {
      const t = layoutOf(m, stage.name)
      if (t.uses.has('version')) continue
      const id = idOf(t)
      const why = `its layout "${t.source}" has no {version}, so it holds one version of a model`
      if (stage.capacity !== undefined && stage.capacity > 1 && once(`c${id}/${stage.name}`)) {
        out.push({
          kind: 'one-version-stage',
          template: t,
          stage: stage.name,
          key: 'capacity',
          message: `stage "${stage.name}" has capacity ${stage.capacity}, but ${why}; remove capacity or add {version} to the layout`
        })
      }
      if (stage.rollout && once(`r${id}/${stage.name}`)) {
        out.push({
          kind: 'one-version-stage',
          template: t,
          stage: stage.name,
          key: 'rollout',
          message: `stage "${stage.name}" has a rollout, which keeps two versions side by side, but ${why}; remove rollout or add {version} to the layout`
        })
      }
      const here = m.versions.filter(v => v.stage === stage.name)
      if (here.length > 1) {
        out.push({
          kind: 'versions-in-one-version-stage',
          template: t,
          stage: stage.name,
          model: m.name,
          version: here[here.length - 1].version,
          message: `stage "${stage.name}" holds ${here.length} versions of ${m.name} (${here.map(v => v.version).join(', ')}), but ${why}`
        })
      }
    }
  }
  return out
}

/**
 * Two versions with one folder, two files at one path, and a version inside
 * another version's folder. A pair of versions is reported once: sharing a
 * folder is not reported again for each file the two share.
 */
function placementProblems(input: LayoutCheckInput): LayoutProblem[] {
  const out: LayoutProblem[] = []
  const folders = new Map<string, Occupant>()
  const occupants: Array<[string, Occupant]> = []
  const reported = new Set<string>()
  const pair = (a: Occupant, b: Occupant) => `${key(a)}\0${key(b)}`
  const clash = (first: Occupant, o: Occupant, what: string) => {
    reported.add(pair(first, o))
    out.push({
      kind: 'collision',
      template: o.template,
      stage: o.stage,
      model: o.model,
      version: o.version,
      message: `${what} would live; the layout "${o.template.source}" must tell them apart (with {model}, {version} or {file})`
    })
  }

  const place = (m: ModelLayouts, stage: string, version: string, files: readonly string[]) => {
    const template = layoutOf(m, stage)
    const values = { stage, model: m.name, version }
    const folder = renderFolder(template, input.root, values)
    const self: Occupant = { ...values, file: '', folder, template }
    if (folder !== undefined) {
      const first = folders.get(folder)
      if (!first) folders.set(folder, self)
      else if (!oneVersionSlot(first, self)) {
        clash(
          first,
          self,
          `${folder} is where the files of both ${label(first)} and ${label(self)}`
        )
      }
    }
    for (const file of files) {
      occupants.push([renderPath(template, input.root, { ...values, file }), { ...self, file }])
    }
  }
  for (const m of input.models) {
    for (const v of m.versions) place(m, v.stage, v.version, v.files)
    if (m.benchmark && input.benchmarkFolder) {
      place(m, input.benchmarkFolder, m.benchmark.version, m.benchmark.files)
    }
  }

  const byPath = new Map<string, Occupant>()
  for (const [at, o] of occupants) {
    const first = byPath.get(at)
    if (!first) byPath.set(at, o)
    else if (sameVersion(first, o) ? first.file !== o.file : !oneVersionSlot(first, o)) {
      if (!reported.has(pair(first, o))) {
        clash(first, o, `${at} is where both ${describe(first)} and ${describe(o)}`)
      }
    }
  }

  // Each file, then each folder (a version may list no files yet), against the folders above it.
  // What each is called is worked out only for the few reported (10,000 models: 50,000 paths).
  const inner: Array<[string, Occupant, boolean]> = [
    ...occupants.map(([at, o]): [string, Occupant, boolean] => [at, o, true]),
    ...[...folders].map(([at, o]): [string, Occupant, boolean] => [at, o, false])
  ]
  for (const [at, o, isFile] of inner) {
    // The path itself and every folder above it, without building a list of them.
    for (let end = at.length; end > 0; end = at.lastIndexOf('/', end - 1)) {
      const folder = end === at.length ? at : at.slice(0, end)
      const outer = folders.get(folder)
      if (!outer || sameVersion(outer, o) || oneVersionSlot(outer, o) || folder === o.folder)
        continue
      if (reported.has(pair(outer, o))) continue
      reported.add(pair(outer, o))
      out.push({
        kind: 'nested',
        template: o.template,
        stage: o.stage,
        model: o.model,
        version: o.version,
        message: `${isFile ? describe(o) : `${label(o)}'s folder`} at ${at} lies inside ${outer.model} ${outer.version}'s folder ${folder} (${outer.stage}); a version's folder holds that version's files only, so the layouts must keep them apart`
      })
    }
  }
  return out
}

function sameVersion(a: Occupant, b: Occupant): boolean {
  return a.model === b.model && a.version === b.version && a.stage === b.stage
}

/**
 * Two versions of a model in a stage whose layout has no {version}: they
 * share their paths, which versions-in-one-version-stage already reports.
 */
function oneVersionSlot(a: Occupant, b: Occupant): boolean {
  return a.model === b.model && a.stage === b.stage && !b.template.uses.has('version')
}

function key(o: Occupant): string {
  return `${o.model}\0${o.version}\0${o.stage}`
}

function label(o: Occupant): string {
  return `${o.model} ${o.version} (${o.stage})`
}

function describe(o: Occupant): string {
  return `${o.model} ${o.version}'s ${o.file} (${o.stage})`
}

function layoutOf(m: ModelLayouts, folder: string): LayoutTemplate {
  const t = m.layouts[folder]
  if (!t) throw new Error(`checkLayouts: no layout given for "${folder}" of model ${m.name}`)
  return t
}
