/**
 * The manifest rules about layout templates (issue #12), each problem at the
 * line that causes it: a template that does not parse (at the template), the
 * checks across the registry of layout-template/checks.ts (at the template
 * at fault, or at the version for a reserved name or a full one-version
 * stage), and a template without `{model}` that more than one model uses
 * (their paths could not say which model a file belongs to). Pure.
 */
import type { Diagnostic } from '../errors.js'
import {
  checkLayouts,
  reservedVersions,
  type LayoutProblem,
  type ModelLayouts
} from './layout-template/checks.js'
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
import { versionIdentity, versioningOf } from './version-order.js'

export function checkLayoutRules(reg: Registry, out: Diagnostic[]): void {
  const models = reg.onlyModel ? reg.models.filter(m => m.name === reg.onlyModel) : reg.models
  const parseProblems = [
    ...registryTemplateProblems(reg),
    ...models.flatMap(m => modelTemplateProblem(reg, m) ?? [])
  ]
  for (const p of parseProblems) out.push(...parseDiagnostics(p))
  // A template that does not parse would only add problems of the fallback it was replaced by.
  if (parseProblems.length) return
  const byName = new Map(models.map(m => [m.name, m]))
  if (usesDefaultLayout(reg)) {
    // SPEC §2's folders never collide; only the reserved version names (`versioning: ordered`
    // accepts `benchmark` and `archived`) need checking, without rendering a path.
    // (Under semver, such names are already "not a SemVer version".)
    const names = models
      .filter(m => versioningOf(reg, m) === 'ordered')
      .map(m => ({
        name: m.name,
        layouts: {},
        versions: m.spec.versions.map(v => ({ version: v.version, stage: v.stage, files: [] }))
      }))
    const reserved = reservedVersions({
      root: reg.root,
      stages: [],
      archiveFolder: reg.archive.folder,
      models: names
    })
    for (const p of reserved) out.push(problemDiagnostic(reg, p, byName))
    return
  }

  const folders = managedFolders(reg)
  const input: ModelLayouts[] = models.map(m => {
    const bench = benchmarkSource(reg, m)
    return {
      name: m.name,
      layouts: Object.fromEntries(folders.map(f => [f, layoutFor(reg, m.name, f)])),
      // A version listed twice is rules.ts's error; its two entries would also "collide" here.
      versions: listedOnce(reg, m).map(v => ({
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
  for (const p of oncePerTemplate(problems)) {
    // Under semver `benchmark` is already "not a SemVer version": one error is enough.
    const model = p.model === undefined ? undefined : byName.get(p.model)
    if (p.kind === 'reserved-version' && model && versioningOf(reg, model) !== 'ordered') continue
    out.push(problemDiagnostic(reg, p, byName))
  }
  sharedWithoutModel(reg, models, folders, out)
}

/** Each version once: the first entry of a version (as rules.ts compares them) listed twice. */
function listedOnce(reg: Registry, m: LoadedModel): LoadedModel['spec']['versions'] {
  const seen = new Set<string>()
  const identity = versionIdentity(reg, m)
  return m.spec.versions.filter(v => {
    const key = identity(v.version)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * One template that makes paths clash does so for many versions: the user
 * fixes the template once, so it gets one error (the first clash, and how
 * many more there are), not one per pair of files.
 */
function oncePerTemplate(problems: LayoutProblem[]): LayoutProblem[] {
  const first = new Map<string, { problem: LayoutProblem; more: number }>()
  const out: LayoutProblem[] = []
  const ids = new Map<LayoutTemplate, number>()
  for (const p of problems) {
    if ((p.kind !== 'collision' && p.kind !== 'nested') || !p.template) {
      out.push(p)
      continue
    }
    if (!ids.has(p.template)) ids.set(p.template, ids.size)
    const key = `${p.kind}\0${ids.get(p.template)}`
    const known = first.get(key)
    if (known) known.more++
    else {
      const entry = { problem: { ...p }, more: 0 }
      first.set(key, entry)
      out.push(entry.problem)
    }
  }
  for (const { problem, more } of first.values()) {
    if (more) problem.message += ` (and ${more} more such path${more === 1 ? '' : 's'})`
  }
  return out
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
