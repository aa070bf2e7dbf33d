/**
 * A registry's layout templates seen from the file system (issue #12): which
 * folders hold stage, benchmark and archive files (what `validate` walks and
 * what the output folder must stay clear of), and which (stage, model,
 * version) a path belongs to (what tells a model file from a stray one, and
 * which model's `ignore:` applies to it).
 *
 * A template's `{stage}` segment says where its folder's files are: under
 * `{stage}/{model}/{version}` with root `models`, in `models/staging`; under
 * `{stage}{ext}` with root `resources`, in the files and folders of
 * `resources` whose name begins with `staging` (`resources/staging.keras`,
 * and a stray `resources/staging.old`), while `resources/artifacts/` is
 * under no stage at all.
 */
import { compileLayouts, type LayoutMatch, type LayoutMatcher } from './layout-template/match.js'
import type { LayoutTemplate } from './layout-template/template.js'
import { versionRule } from './layout-template/version-rules.js'
import { managedFolders } from './layout.js'
import { layoutFor, templateSite } from './layouts.js'
import { joinRel } from './paths.js'
import type { LoadedModel, Registry } from './registry.js'
import { versioningOf } from './version-order.js'

/** Where one managed folder's files are, by one template. */
export interface StagePlace {
  /** The stage name, or the benchmark or archive folder's name. */
  folder: string
  /** The repository-relative folder above the `{stage}` segment (no placeholder in it). */
  base: string
  /** How many segments below `base` the `{stage}` segment is (0: a name in `base` itself). */
  depth: number
  /** What the `{stage}` segment begins with: literal text, then the folder name. */
  start: string
  /** True when the segment is exactly the folder name: the place is the folder `base/<folder>`. */
  exact: boolean
  /** False when a placeholder precedes `{stage}` in its segment: the segment then only contains `start`. */
  anchored: boolean
}

/** Every place the templates in force put files of the managed folders, without duplicates. */
export function stagePlaces(reg: Registry): StagePlace[] {
  const out = new Map<string, StagePlace>()
  const folders = managedFolders(reg)
  const seen = new Set<LayoutTemplate>()
  const add = (t: LayoutTemplate, folder: string) => {
    const p = templatePlace(reg.root, t, folder)
    out.set(`${p.base}\0${p.depth}\0${p.start}\0${p.exact}`, p)
  }
  for (const folder of folders) {
    seen.clear()
    // Most models share a template: each distinct one is looked at once per folder.
    if (!reg.models.length) add(layoutFor(reg, '', folder), folder)
    for (const m of reg.models) {
      const t = layoutFor(reg, m.name, folder)
      if (seen.has(t)) continue
      seen.add(t)
      add(t, folder)
    }
  }
  return [...out.values()]
}

/** Where `t` puts the files of `folder` (a stage, the benchmark or archive folder) under `root`. */
export function templatePlace(root: string, t: LayoutTemplate, folder: string): StagePlace {
  const before: string[] = []
  let staticText = ''
  let sawPlaceholder = false
  for (const p of t.parts) {
    if (p.kind === 'placeholder' && p.name === 'stage') break
    if (p.kind === 'placeholder') sawPlaceholder = true
    const text = p.kind === 'text' ? p.text : `{${p.name}}`
    before.push(text)
    if (!sawPlaceholder) staticText += text
  }
  const all = before.join('')
  const segmentStart = all.lastIndexOf('/') + 1
  const inSegment = all.slice(segmentStart)
  const staticFolder = staticText.slice(0, staticText.lastIndexOf('/') + 1).replace(/\/$/, '')
  const depth = all.slice(0, segmentStart).split('/').length - 1 - countSegments(staticFolder)
  const anchored = !inSegment.includes('{')
  const stageIndex = t.parts.findIndex(p => p.kind === 'placeholder' && p.name === 'stage')
  const after = t.parts[stageIndex + 1]
  const exact =
    anchored &&
    inSegment === '' &&
    (after === undefined || (after.kind === 'text' && after.text.startsWith('/')))
  return {
    folder,
    base: joinRel(root, staticFolder || '.'),
    depth,
    start: anchored ? inSegment + folder : folder,
    exact,
    anchored
  }
}

function countSegments(folder: string): number {
  return folder === '' ? 0 : folder.split('/').length
}

/**
 * The place a repository-relative path lies in (its `{stage}` segment
 * begins with a managed folder's name), or undefined for a path under no
 * stage. Where two folder names fit (`prod` and `production`), the longer.
 */
export function placeOf(places: readonly StagePlace[], rel: string): StagePlace | undefined {
  let best: StagePlace | undefined
  for (const p of places) {
    const below =
      p.base === '.' ? rel : rel.startsWith(`${p.base}/`) ? rel.slice(p.base.length + 1) : undefined
    if (below === undefined) continue
    const segments = below.split('/')
    if (segments.length <= p.depth) continue
    const segment = segments[p.depth]
    const fits = p.exact
      ? segment === p.folder && segments.length > p.depth + 1
      : p.anchored
        ? segment.startsWith(p.start)
        : segment.includes(p.start)
    if (fits && (!best || p.start.length > best.start.length)) best = p
  }
  return best
}

/** A match's model, and the registry's entry for it where it has one. */
export interface PlacedPath {
  match: LayoutMatch<PlaceTag>
  /** The model the path belongs to: the `{model}` text, else the one model of the template. */
  model?: string
}

interface PlaceTag {
  level: number
}

/**
 * The matcher for a registry's templates: most specific first (the folders'
 * own layouts, then the models', then the registry's or the default), each
 * with the versions its models accept.
 */
export function registryMatcher(reg: Registry): { place(rel: string): PlacedPath | undefined } {
  const matcher = buildMatcher(reg)
  return {
    place(rel) {
      const match = matcher.match(rel)
      if (!match) return undefined
      const model =
        match.model ?? (match.entry.models?.length === 1 ? match.entry.models[0] : undefined)
      return { match, model }
    }
  }
}

function buildMatcher(reg: Registry): LayoutMatcher<PlaceTag> {
  interface Group {
    template: LayoutTemplate
    versioning: string
    level: number
    stages: Set<string>
    models: Set<string>
  }
  const groups = new Map<string, Group>()
  const ids = new Map<LayoutTemplate, number>()
  const templatesVersionings = new Map<LayoutTemplate, Set<string>>()
  for (const m of reg.models) {
    const versioning = versioningOf(reg, m)
    for (const folder of managedFolders(reg)) {
      const t = layoutFor(reg, m.name, folder)
      if (!ids.has(t)) ids.set(t, ids.size)
      const key = `${ids.get(t)}\0${versioning}`
      let g = groups.get(key)
      if (!g) {
        g = {
          template: t,
          versioning,
          level: levelOf(reg, t, m),
          stages: new Set(),
          models: new Set()
        }
        groups.set(key, g)
      }
      g.stages.add(folder)
      g.models.add(m.name)
      const vs = templatesVersionings.get(t) ?? new Set<string>()
      vs.add(versioning)
      templatesVersionings.set(t, vs)
    }
  }
  const entries = [...groups.values()]
    .sort((a, b) => a.level - b.level)
    .map(g => {
      // A template with {model} that every model reads the same way places any model name, so a
      // folder of a model the registry lacks is reported as such; otherwise it names its models.
      const anyModel =
        g.template.uses.has('model') &&
        g.level > 1 &&
        templatesVersionings.get(g.template)!.size === 1
      return {
        template: g.template,
        stages: [...g.stages],
        ...(anyModel ? {} : { models: [...g.models] }),
        isVersion: versionRule(g.versioning === 'ordered' ? 'ordered' : 'semver'),
        tag: { level: g.level }
      }
    })
  return compileLayouts(reg.root, entries)
}

/** 0: a folder's own layout, 1: a model's, 2: the registry's or the built-in default. */
function levelOf(reg: Registry, t: LayoutTemplate, model: LoadedModel): number {
  const site = templateSite(reg, t)
  if (!site) return 2
  if (site.source === model.source && model.spec.layout === t.source && isModelSite(site.at, model))
    return 1
  return site.at.length === 1 && site.at[0] === 'layout' && site.source === reg.manifest ? 2 : 0
}

function isModelSite(at: readonly (string | number)[], model: LoadedModel): boolean {
  return at.length === model.at.length + 1 && model.at.every((k, i) => at[i] === k)
}
