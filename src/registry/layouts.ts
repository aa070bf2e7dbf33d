/**
 * Which layout template is in force where (issue #12): the folder's own
 * `layout` (a stage's, the benchmark's or the archive's), else the model's,
 * else the registry's, else `{stage}/{model}/{version}`. Each template in the
 * manifest is parsed once per registry and remembers where it was written,
 * so a problem about it is reported at its line.
 *
 * A template that does not parse is skipped (the next level down is used),
 * so the commands that run before `validate` reports it never render with
 * half a template; `checkRules` refuses such a registry anyway.
 */
import {
  DEFAULT_LAYOUT,
  parseLayout,
  type LayoutTemplate,
  type ParseResult,
  type TemplateError
} from './layout-template/template.js'
import type { LoadedModel, Registry } from './registry.js'
import type { KeyPath, SourceFile } from './source-file.js'

/** Where a template was written: the manifest (or shard) and the key path of its `layout`. */
export interface TemplateSite {
  source: SourceFile
  at: KeyPath
}

export interface TemplateParseProblem {
  site: TemplateSite
  errors: TemplateError[]
}

interface ResolvedLayouts {
  registry: LayoutTemplate
  /** The layouts of folders that set their own: stage names, the benchmark and archive folders. */
  folders: Map<string, LayoutTemplate>
  /** Model name → its own layout, parsed on first use (models that have one). */
  models: Map<string, ParseResult<LayoutTemplate>>
  sites: Map<LayoutTemplate, TemplateSite>
  /** Problems of the registry-level and folder-level templates. */
  problems: TemplateParseProblem[]
  byName: Map<string, LoadedModel>
}

const DEFAULT_TEMPLATE = parsed(DEFAULT_LAYOUT)
const cache = new WeakMap<Registry, ResolvedLayouts>()

/** The template in force for `model`'s versions in `folder` (a stage, the benchmark or archive folder). */
export function layoutFor(reg: Registry, model: string, folder: string): LayoutTemplate {
  const r = resolve(reg)
  return r.folders.get(folder) ?? modelTemplate(r, model) ?? r.registry
}

/** Where a template of the manifest was written; undefined for the built-in default. */
export function templateSite(reg: Registry, template: LayoutTemplate): TemplateSite | undefined {
  return resolve(reg).sites.get(template)
}

/** The registry-level and folder-level templates that do not parse, each with its errors. */
export function registryTemplateProblems(reg: Registry): TemplateParseProblem[] {
  return resolve(reg).problems
}

/** The model's own `layout`, when it is written and does not parse. */
export function modelTemplateProblem(
  reg: Registry,
  model: LoadedModel
): TemplateParseProblem | undefined {
  const result = parsedModelLayout(resolve(reg), model)
  return result && !result.ok ? { site: modelSite(model), errors: result.errors } : undefined
}

/** True when no template of the manifest sets anything but the default layout. */
export function usesDefaultLayout(reg: Registry): boolean {
  const r = resolve(reg)
  return (
    r.registry === DEFAULT_TEMPLATE &&
    r.folders.size === 0 &&
    reg.models.every(m => m.spec.layout === undefined)
  )
}

function modelTemplate(r: ResolvedLayouts, name: string): LayoutTemplate | undefined {
  const model = r.byName.get(name)
  const result = model && parsedModelLayout(r, model)
  return result?.ok ? result.value : undefined
}

/** The model's own `layout`, parsed once per registry; undefined where it has none. */
function parsedModelLayout(
  r: ResolvedLayouts,
  model: LoadedModel
): ParseResult<LayoutTemplate> | undefined {
  if (model.spec.layout === undefined) return undefined
  let result = r.models.get(model.name)
  if (!result) {
    result = parseLayout(model.spec.layout, `the layout of model ${model.name}`)
    if (result.ok) r.sites.set(result.value, modelSite(model))
    r.models.set(model.name, result)
  }
  return result
}

function modelSite(model: LoadedModel): TemplateSite {
  return { source: model.source, at: [...model.at, 'layout'] }
}

function resolve(reg: Registry): ResolvedLayouts {
  const known = cache.get(reg)
  if (known) return known
  const sites = new Map<LayoutTemplate, TemplateSite>()
  const problems: TemplateParseProblem[] = []
  const read = (
    text: string | undefined,
    at: KeyPath,
    what: string
  ): LayoutTemplate | undefined => {
    if (text === undefined) return undefined
    const result = parseLayout(text, what)
    const site = { source: reg.manifest, at }
    if (!result.ok) {
      problems.push({ site, errors: result.errors })
      return undefined
    }
    sites.set(result.value, site)
    return result.value
  }
  const folders = new Map<string, LayoutTemplate>()
  const setFolder = (folder: string, t: LayoutTemplate | undefined) => {
    if (t && !folders.has(folder)) folders.set(folder, t)
  }
  reg.data.stages?.forEach((s, i) => {
    setFolder(s.name, read(s.layout, ['stages', i, 'layout'], `the layout of stage ${s.name}`))
  })
  if (reg.benchmark) {
    setFolder(
      reg.benchmark.folder,
      read(reg.benchmark.layout, ['benchmark', 'layout'], 'the benchmark layout')
    )
  }
  setFolder(
    reg.archive.folder,
    read(reg.archive.layout, ['archive', 'layout'], 'the archive layout')
  )
  const resolved: ResolvedLayouts = {
    registry: read(reg.data.layout, ['layout'], 'layout') ?? DEFAULT_TEMPLATE,
    folders,
    models: new Map(),
    sites,
    problems,
    byName: new Map(reg.models.map(m => [m.name, m]))
  }
  cache.set(reg, resolved)
  return resolved
}

function parsed(text: string): LayoutTemplate {
  const result = parseLayout(text)
  if (!result.ok) throw new Error(`the built-in layout ${text} does not parse`)
  return result.value
}
