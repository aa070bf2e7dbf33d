/**
 * The manifest `init` writes, as YAML text: what was found, with comments
 * that say what init decided and where the user takes over (gates, metric
 * policies). Pure: data in, text out. Every scalar a user wrote (names,
 * versions, file names) is written as a JSON string, which YAML reads back
 * unchanged (`1.10` stays a string, `no` stays `no`).
 */
import type { BenchmarkSpec, Retired } from './types.js'

export interface InitVersion {
  version: string
  stage: string
  files: Record<string, string>
  createdAt?: string
  retired?: Retired
}

export interface InitModel {
  name: string
  /** The files every version holds; absent where versions hold different files. */
  files?: string[]
  versions: InitVersion[]
}

export interface InitManifest {
  /** The `yaml-language-server` schema URL. */
  schemaUrl: string
  /** Written only when the stage folders are not in the manifest's folder. */
  root?: string
  /** The folder that holds the stage folders, as the header names it (`models`). */
  rootLabel: string
  stages: string[]
  /** `capacity: 1` on the last stage; false when a model holds several versions there. */
  lastStageCapacity: boolean
  benchmark: BenchmarkSpec | false
  /** Why `benchmark: false`, when init decided it. */
  benchmarkNote?: string
  archive: string
  /** The registry's `layout`, where it is not the default. */
  layout?: string
  /** `archive.layout`, where the archive's paths differ from `layout`'s. */
  archiveLayout?: string
  /** `versioning: ordered`; the default `semver` is not written. */
  versioning?: 'ordered'
  /** Files in the stage folders that are not model files, as exact globs relative to `root`. */
  ignore: string[]
  models: InitModel[]
}

/** The schema's `$id`, as the examples' manifests name it for editors. */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/acme/modelgate/v1/schema/registry.schema.json'

const q = (text: string) => JSON.stringify(text)
/** YAML words that would not read back as the same string. */
const YAML_WORDS = /^(true|false|null|yes|no|on|off|y|n)$/i
/** A stage or model name plain where YAML reads it back as that string, else quoted. */
const name = (text: string) =>
  /^[a-z][a-z0-9_-]*$/.test(text) && !YAML_WORDS.test(text) ? text : q(text)

export function initManifestYaml(m: InitManifest): string {
  const root = m.rootLabel === '.' ? '' : `${m.rootLabel}/`
  const last = m.stages[m.stages.length - 1]
  const stagePicture = m.layout ?? '<stage>/<model>/<version>/<file>'
  const folderPicture = (folder: string, layout = m.layout) =>
    layout ? layout.replace('{stage}', folder) : `${folder}/<model>/<version>/`
  const lines = [
    `# yaml-language-server: $schema=${m.schemaUrl}`,
    '#',
    '# Written by `modelgate init` from the files as they were:',
    `#   ${root}${stagePicture}   a version in a stage`,
    ...(m.benchmark
      ? [`#   ${root}${folderPicture(m.benchmark.folder)}   the benchmark copy of ${last}`]
      : []),
    `#   ${root}${folderPicture(m.archive, m.archiveLayout ?? m.layout)}   versions that left the promotion path`,
    '# Check it with `modelgate validate` and commit it. Gates and metric policies',
    '# are yours to add: an example is commented under each model.',
    'apiVersion: modelgate/v1'
  ]
  if (m.root !== undefined) lines.push(`root: ${q(m.root)}`)
  if (m.layout !== undefined) {
    lines.push(
      "# Where a version's files live under root (docs/layouts.md).",
      `layout: ${q(m.layout)}`
    )
  }
  if (m.versioning) {
    lines.push(
      '# Versions are names (not SemVer), ordered by createdAt.',
      `versioning: ${m.versioning}`
    )
  }
  lines.push(
    '',
    '# The promotion path, in order. No gates yet: add them per stage, e.g.',
    '#   gates: { metrics: true, compare: benchmark }',
    'stages:'
  )
  for (const stage of m.stages) {
    lines.push(`  - name: ${name(stage)}`)
    if (stage === last && m.lastStageCapacity) {
      lines.push('    capacity: 1   # one version serves; promoting another archives it')
    }
  }
  if (!m.lastStageCapacity) {
    lines.push(
      `# No capacity on ${last}: a model holds several versions there today. With`,
      '# `capacity: 1`, promoting a version archives the one it replaces.'
    )
  }
  lines.push('')
  if (m.benchmark) {
    lines.push(
      `# The copy of ${last} that candidates are compared with; modelgate refreshes it.`,
      `benchmark: { folder: ${name(m.benchmark.folder)}, copyOf: ${name(m.benchmark.copyOf)} }`
    )
  } else {
    if (m.benchmarkNote) lines.push(...m.benchmarkNote.split('\n').map(l => `# ${l}`))
    lines.push('benchmark: false')
  }
  lines.push(
    m.archiveLayout === undefined
      ? `archive: { folder: ${name(m.archive)} }`
      : `archive: { folder: ${name(m.archive)}, layout: ${q(m.archiveLayout)} }`,
    ''
  )
  if (m.ignore.length) {
    lines.push(
      '# Files init found in the stage folders that are not model files: neither digested',
      '# nor stray. Globs, relative to root (e.g. "**/README.md").',
      'ignore:',
      ...m.ignore.map(g => `  - ${q(g)}`),
      ''
    )
  }
  if (!m.models.length) {
    lines.push('models: {}')
    return lines.join('\n') + '\n'
  }
  lines.push('models:')
  for (const model of m.models) lines.push(...modelLines(model, m.archive))
  return lines.join('\n') + '\n'
}

function modelLines(model: InitModel, archive: string): string[] {
  const lines = [
    `  ${name(model.name)}:`,
    ...(model.files
      ? [`    files: [${model.files.map(q).join(', ')}]`]
      : ['    # Its versions hold different files: each version lists its own.']),
    '    # The metric policy and the evaluation behind gates and comparisons',
    '    # (docs/manifest.md), for example:',
    '    # metrics:',
    '    #   accuracy: { goal: maximize, min: 0.9 }',
    '    # evaluate:',
    // A one-file model's natural argument is the file itself (and the only one a file layout
    // such as {stage}{ext} has: its folder holds every stage's file).
    `    #   run: "python3 evaluate.py --model ${model.files?.length === 1 ? '{model_file}' : '{model_dir}'} --out {output_dir}"`,
    '    #   metrics: metrics.json',
    '    versions:'
  ]
  for (const v of model.versions) {
    lines.push(
      `      - version: ${q(v.version)}`,
      `        stage: ${name(v.stage)}`,
      '        files:'
    )
    for (const name of Object.keys(v.files).sort()) {
      lines.push(`          ${q(name)}: ${q(v.files[name])}`)
    }
    if (v.createdAt) lines.push(`        createdAt: ${q(v.createdAt)}`)
    if (v.retired) {
      const why = v.stage === archive ? '   # found in the archive: why it left is not known' : ''
      lines.push(`        retired: { at: ${q(v.retired.at)}, reason: ${v.retired.reason} }${why}`)
    }
  }
  return lines
}
