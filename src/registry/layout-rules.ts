/**
 * The manifest rules about layout templates (issue #12), each problem at the
 * line that causes it: a template that does not parse (at the template), the
 * checks across the registry of layout-template/checks.ts (at the template
 * at fault, or at the version for a reserved name or a full one-version
 * stage), and a template without `{model}` that more than one model uses
 * (their paths could not say which model a file belongs to). Pure.
 */
import type { Diagnostic } from '../errors.js'
import { checkLayouts, type LayoutProblem, type ModelLayouts } from './layout-template/checks.js'
import type { LayoutTemplate } from './layout-template/template.js'
import { managedFolders, versionFiles } from './layout.js'
import {
  layoutFor,
  modelTemplateProblem,
  registryTemplateProblems,
  templateSite,
  usesDefaultLayout,
  type TemplateParseProblem
} from './layouts.js'
import { benchmarkSource } from './layout.js'
import type { LoadedModel, Registry } from './registry.js'

export function checkLayoutRules(reg: Registry, out: Diagnostic[]): void {
  const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models
  const parseProblems = [
    ...registryTemplateProblems(reg),
    ...models.flatMap(m => modelTemplateProblem(reg, m) ?? [])
  ]
  for (const p of parseProblems) out.push(...parseDiagnostics(p))
  // The default layout needs none of the checks below (SPEC §2's folders never collide), and a
  // template that does not parse would only add problems of the fallback it was replaced by.
  if (parseProblems.length || usesDefaultLayout(reg)) return

  const folders = managedFolders(reg)
  const input: ModelLayouts[] = models.map(m => {
    const bench = benchmarkSource(reg, m)
    return {
      name: m.name,
      layouts: Object.fromEntries(folders.map(f => [f, layoutFor(reg, m.name, f)])),
      versions: m.spec.versions.map(v => ({
        version: v.version,
        stage: v.stage,
        files: versionFiles(v)
      })),
      ...(bench ? { benchmark: { version: bench.version, files: versionFiles(bench) } } : {})
    }
  })
  const problems = checkLayouts({
    root: reg.root,
    stages: reg.stages.map(s => ({
      name: s.name,
      capacity: s.capacity,
      rollout: s.rollout !== undefined
    })),
    archiveFolder: reg.archive.folder,
    benchmarkFolder: reg.benchmark ? reg.benchmark.folder : undefined,
    models: input
  })
  const byName = new Map(models.map(m => [m.name, m]))
  for (const p of problems) out.push(problemDiagnostic(reg, p, byName))
  sharedWithoutModel(reg, models, folders, out)
}

function parseDiagnostics(p: TemplateParseProblem): Diagnostic[] {
  const { source, at } = p.site
  return p.errors.map(e => source.diagnostic(at, e.message, source.locate(at, 'value')))
}

function problemDiagnostic(
  reg: Registry,
  p: LayoutProblem,
  byName: Map<string, LoadedModel>
): Diagnostic {
  const site = p.template ? templateSite(reg, p.template) : undefined
  const atVersion = p.kind === 'reserved-version' || p.kind === 'versions-in-one-version-stage'
  if (site && !atVersion)
    return site.source.diagnostic(site.at, p.message, site.source.locate(site.at, 'value'))
  const model = p.model !== undefined ? byName.get(p.model) : undefined
  const index = model ? model.spec.versions.findIndex(v => v.version === p.version) : -1
  if (model && index >= 0) {
    const key = p.kind === 'versions-in-one-version-stage' ? 'stage' : 'version'
    const at = [...model.at, 'versions', index, key]
    return model.source.diagnostic(at, p.message, model.source.locate(at, 'value'))
  }
  return reg.manifest.diagnostic([], p.message)
}

/**
 * A template without `{model}` renders the same paths for every model it
 * applies to: reading a file back could not say whose it is. Reported once
 * per template, at its line.
 */
function sharedWithoutModel(
  reg: Registry,
  models: readonly LoadedModel[],
  folders: readonly string[],
  out: Diagnostic[]
): void {
  const users = new Map<LayoutTemplate, Set<string>>()
  for (const m of models) {
    for (const f of folders) {
      const t = layoutFor(reg, m.name, f)
      if (t.uses.has('model')) continue
      const names = users.get(t) ?? new Set<string>()
      names.add(m.name)
      users.set(t, names)
    }
  }
  for (const [t, names] of users) {
    if (names.size < 2) continue
    const site = templateSite(reg, t)
    const list = [...names]
    const message = `the layout "${t.source}" has no {model}, so it can hold the versions of one model, but it applies to ${list.length} (${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}); add {model}, or give each model its own layout`
    out.push(
      site
        ? site.source.diagnostic(site.at, message, site.source.locate(site.at, 'value'))
        : reg.manifest.diagnostic([], message)
    )
  }
}
