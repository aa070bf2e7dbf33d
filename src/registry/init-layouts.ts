/**
 * The layout templates `init` reads a repository with (issue #12, item 4):
 * the stages' layout (`--layout`, default `{stage}/{model}/{version}`), the
 * archive's (`--archive-layout`; by default the stages' own, or, where those
 * have no `{version}`, the same with `/{version}` after `{stage}`), and the
 * placement function built from them. Pure: options in, templates and a
 * PlaceFile out.
 */
import { compileLayouts, type LayoutEntry } from './layout-template/match.js'
import {
  DEFAULT_LAYOUT,
  parseLayout,
  type LayoutTemplate,
  type TemplateError
} from './layout-template/template.js'
import { versionRule, type Versioning } from './layout-template/version-rules.js'
import type { PlaceFile } from './folder-placement.js'

export interface InitLayouts {
  /** The stages' (and the benchmark copy's) template. */
  stages: LayoutTemplate
  archive: LayoutTemplate
  /** What the manifest's `layout:` says; undefined for the default (not written). */
  layoutKey?: string
  /** What `archive.layout` says; undefined where the archive uses `layout`. */
  archiveLayoutKey?: string
}

export type LayoutsResult = { ok: true; value: InitLayouts } | { ok: false; errors: string[] }

/** Parses `--layout` and `--archive-layout`, deriving the archive's where it is not given. */
export function initLayouts(layout?: string, archiveLayout?: string): LayoutsResult {
  const stages = parseLayout(layout ?? DEFAULT_LAYOUT, '--layout')
  if (!stages.ok) return { ok: false, errors: messages(stages.errors) }
  let archiveSource = archiveLayout
  if (archiveSource === undefined && !stages.value.uses.has('version')) {
    // One version per stage there; the archive keeps many, so its paths need the version.
    archiveSource = (layout ?? DEFAULT_LAYOUT).replace('{stage}', '{stage}/{version}')
  }
  const archive =
    archiveSource === undefined
      ? stages
      : parseLayout(
          archiveSource,
          archiveLayout === undefined ? 'the archive layout' : '--archive-layout'
        )
  if (!archive.ok) return { ok: false, errors: messages(archive.errors) }
  return {
    ok: true,
    value: {
      stages: stages.value,
      archive: archive.value,
      layoutKey: layout === undefined || layout === DEFAULT_LAYOUT ? undefined : layout,
      archiveLayoutKey:
        archiveSource === undefined || archiveSource === (layout ?? DEFAULT_LAYOUT)
          ? undefined
          : archiveSource
    }
  }
}

function messages(errors: TemplateError[]): string[] {
  return errors.map(e => e.message)
}

export interface PlacementOptions {
  layouts: InitLayouts
  stages: readonly string[]
  archive: string
  benchmark?: string
  versioning: Versioning
  /** The model of every file, where the template has no `{model}` (`--model`). */
  model?: string
}

/**
 * Where each file under `root` belongs. Paths are read with the
 * versioning's rule first (it splits `{model}_v{version}`), then with any
 * text taken for `{version}`, so that init names a folder whose name is not
 * a version rather than ignoring it silently. A
 * file under the kept-name rule that could be a renamed file or one that
 * kept its name (`metadata_v0.9.2.json`) is read as renamed (`metadata.json`),
 * the name a version's files had before it was archived. Where the
 * template does not say the file's name (`{stage}{ext}`), it is `model<ext>`.
 */
export function layoutPlacement(options: PlacementOptions): PlaceFile {
  const { layouts } = options
  const strict = versionRule(options.versioning)
  const entries: LayoutEntry[] = []
  for (const loose of [false, true]) {
    const isVersion = loose ? (v: string) => v.length > 0 : strict
    entries.push({
      template: layouts.archive,
      stages: [options.archive],
      isVersion,
      tag: undefined
    })
    entries.push({
      template: layouts.stages,
      stages: [...options.stages, ...(options.benchmark ? [options.benchmark] : [])],
      isVersion,
      tag: undefined
    })
  }
  const matcher = compileLayouts('.', entries)
  return rel => {
    const m = matcher.match(rel)
    if (!m) return undefined
    const model = m.model ?? options.model
    if (model === undefined) return undefined
    const file = m.files[0] ?? `${m.fileParts.name ?? 'model'}${m.fileParts.ext ?? ''}`
    return {
      folder: m.stage,
      model,
      ...(m.version !== undefined ? { version: m.version } : {}),
      file
    }
  }
}

/**
 * The folders under `root` to scan for `folder`'s files: the template's
 * fixed start with `{stage}` filled in, up to its last `/` (`archived` for
 * `{stage}/{model}/{version}`; `.`, root itself, for `{stage}{ext}`).
 * `own` is true where that folder is the stage's alone.
 */
export function scanFolder(
  template: LayoutTemplate,
  folder: string
): { dir: string; own: boolean } {
  const fixed: string[] = []
  for (const p of template.parts) {
    if (p.kind === 'text') fixed.push(p.text)
    else if (p.name === 'stage') fixed.push('\u0000')
    else break
  }
  const text = fixed.join('')
  const cut = text.lastIndexOf('/')
  const dir = cut < 0 ? '' : text.slice(0, cut)
  return { dir: dir.replaceAll('\u0000', folder) || '.', own: dir.includes('\u0000') }
}
