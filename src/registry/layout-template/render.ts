/**
 * Rendering a layout template: (stage, model, version, file) → the file's
 * repository-relative path under `root`.
 *
 * Placeholders render as follows:
 * - `{stage}`: the stage's folder name, or the benchmark or archive folder's;
 * - `{model}`, `{version}`: the model name and the version as written;
 * - `{file}`: the logical file name from `files` (it may hold `/`), after its
 *   own `{model}` and `{version}` are filled in;
 * - `{name}`: that file name without its last extension, `{ext}`: the last
 *   extension with its dot (`model.tar.gz` → `model.tar` and `.gz`; a name
 *   without an extension, or a dot-file such as `.env`, has `{ext}` empty).
 *
 * The kept-name rule. Where the file part says `{name}<text>{version}` (some
 * literal text, such as `_v`, between the two), a file whose name already
 * ends in `<text><its version>` keeps its name: `{name}<text>{version}`
 * renders as `{name}` alone. So under `{stage}/{model}/{name}_v{version}{ext}`
 * version 0.9.2's `metadata.json` becomes `metadata_v0.9.2.json` while
 * `overdue_prediction_model_v0.9.2.pkl` is left as it is: a version is never
 * written into a name twice. The rule needs the literal text (with
 * `{name}{version}` a name like `model1` for version `1` would end in the
 * version by coincidence), and compares the whole version as written
 * (`model_v1.1.0` is not "already versioned" for version `1.1`).
 */
import path from 'node:path'
import { joinRel } from '../paths.js'
import type { LayoutTemplate, TemplatePart } from './template.js'

/** What a template renders: one file of one version in one folder. */
export interface LayoutValues {
  /** The stage name, or the benchmark or archive folder's name. */
  stage: string
  model: string
  version: string
  /** The logical file name as `files` gives it (may carry `{model}` and `{version}`). */
  file: string
}

/** A logical file name with its `{model}` and `{version}` filled in (names checked by parseFileName). */
export function expandFileName(file: string, model: string, version: string): string {
  if (!file.includes('{')) return file
  return file.replaceAll('{model}', model).replaceAll('{version}', version)
}

/** `{name}` and `{ext}` of a concrete file name. */
export function splitFileName(file: string): { name: string; ext: string } {
  const ext = path.posix.extname(file)
  return { name: ext ? file.slice(0, -ext.length) : file, ext }
}

/** The file's path relative to the repository root. */
export function renderPath(template: LayoutTemplate, root: string, values: LayoutValues): string {
  return joinRel(root, renderParts(template.parts, values))
}

/** The file's path relative to `root`. */
export function renderRelative(template: LayoutTemplate, values: LayoutValues): string {
  return renderParts(template.parts, values)
}

/**
 * The version's own folder, relative to the repository root, for a folder
 * template (last segment `{file}`); undefined for a file template, whose
 * files share their folder with other versions or stages.
 */
export function renderFolder(
  template: LayoutTemplate,
  root: string,
  values: Omit<LayoutValues, 'file'>
): string | undefined {
  if (!template.folder) return undefined
  const rel = renderParts(template.parts.slice(0, -1), { ...values, file: '' })
  return joinRel(root, rel.replace(/\/$/, ''))
}

function renderParts(parts: readonly TemplatePart[], values: LayoutValues): string {
  const file = expandFileName(values.file, values.model, values.version)
  const { name, ext } = splitFileName(file)
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]
    if (p.kind === 'text') {
      out += p.text
      continue
    }
    switch (p.name) {
      case 'stage':
        out += values.stage
        break
      case 'model':
        out += values.model
        break
      case 'version':
        out += values.version
        break
      case 'file':
        out += file
        break
      case 'ext':
        out += ext
        break
      case 'name': {
        out += name
        const sep = keptNameSeparator(parts, i)
        if (sep !== undefined && name.endsWith(sep + values.version)) i += 2
        break
      }
    }
  }
  return out
}

/**
 * The literal text of `{name}<text>{version}` when part `i` (a `{name}`)
 * starts one; undefined otherwise.
 */
export function keptNameSeparator(parts: readonly TemplatePart[], i: number): string | undefined {
  const name = parts[i]
  if (name?.kind !== 'placeholder' || name.name !== 'name') return undefined
  const text = parts[i + 1]
  const version = parts[i + 2]
  if (text?.kind !== 'text' || version?.kind !== 'placeholder' || version.name !== 'version') {
    return undefined
  }
  return text.text
}
