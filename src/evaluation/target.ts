/**
 * What one evaluation is about (SPEC §3 `evaluate`): the model, the version
 * or the benchmark copy, where its files are and where results go.
 */
import { clip, quote } from '../clip.js'
import path from 'node:path'
import { DecisionError, UsageError } from '../errors.js'
import {
  benchmarkDir,
  benchmarkSource,
  versionDir,
  versionFilePaths,
  versionFiles
} from '../registry/layout.js'
import { expandFileName } from '../registry/layout-template/render.js'
import { findModel, someModelNames, type LoadedModel, type Registry } from '../registry/registry.js'
import { findVersion } from '../registry/semver.js'
import type { VersionEntry } from '../registry/types.js'

export const BENCHMARK = 'benchmark'

export interface EvaluationTarget {
  model: LoadedModel
  /** The version evaluated; for the benchmark copy, the production version it copies. */
  version: string
  target: 'version' | 'benchmark'
  /** Stage folder name: the version's stage, the benchmark folder, or `trained`. */
  stage: string
  /** Absolute folder holding the model files (for `train`, the output folder): `{model_dir}`. */
  modelDir: string
  /** Logical file name → absolute path of each file evaluated, where the layout puts it. */
  files: Record<string, string>
  /** Absolute `<output-dir>/<model>/<version or benchmark>/`. */
  outputDir: string
  train: boolean
}

export function resolveTarget(
  reg: Registry,
  modelName: string,
  version: string,
  outputRoot: string,
  train: boolean
): EvaluationTarget {
  const model = findModel(reg, modelName)
  if (!model) {
    throw new DecisionError(
      `model ${quote(modelName)} is not in the registry (models: ${someModelNames(reg)})`
    )
  }
  if (!model.spec.evaluate) {
    throw new DecisionError(
      `model "${modelName}" has no evaluate command (add models.${modelName}.evaluate.run)`
    )
  }
  if (train && !model.spec.train) {
    throw new DecisionError(
      `train is true but model "${modelName}" has no train command (add models.${modelName}.train.run)`
    )
  }
  if (version === BENCHMARK) {
    if (!reg.benchmark)
      throw new DecisionError(
        'the registry sets "benchmark: false": there is no benchmark copy to evaluate'
      )
    const prod = benchmarkSource(reg, model)
    if (!prod)
      throw new DecisionError(
        `model "${modelName}" has no ${reg.benchmark.copyOf} version, so no benchmark copy to evaluate`
      )
    return {
      model,
      version: prod.version,
      target: 'benchmark',
      stage: reg.benchmark.folder,
      modelDir: path.join(
        reg.repoRoot,
        benchmarkDir(reg, modelName, prod.version, versionFiles(prod))!
      ),
      files: filePaths(reg, modelName, { ...prod, stage: reg.benchmark.folder }),
      outputDir: path.join(outputRoot, modelName, BENCHMARK),
      train: false
    }
  }
  const entry = findVersion(model.spec.versions, version)
  const outputDir = path.join(outputRoot, modelName, entry?.version ?? version)
  if (train) {
    // A fresh training run: the model is whatever `train` writes to the output folder.
    return {
      model,
      version: entry?.version ?? version,
      target: 'version',
      stage: 'trained',
      modelDir: outputDir,
      // What `train` must write: the model's files, else those of the version it retrains.
      files: Object.fromEntries(
        (model.spec.files ?? (entry ? versionFiles(entry) : [])).map(f => {
          const name = expandFileName(f, modelName, entry?.version ?? version)
          return [name, path.join(outputDir, name)]
        })
      ),
      outputDir,
      train: true
    }
  }
  if (!entry) {
    throw new DecisionError(
      `model ${quote(modelName)} has no version ${quote(version)} (versions: ${clip(model.spec.versions.map(v => v.version).join(', ')) || 'none'})`
    )
  }
  return {
    model,
    version: entry.version,
    target: 'version',
    stage: entry.stage,
    modelDir: path.join(reg.repoRoot, versionDir(reg, modelName, entry)),
    files: filePaths(reg, modelName, entry),
    outputDir,
    train: false
  }
}

/** Each of the version's files (in the stage `v` names) with its absolute path. */
export function filePaths(
  reg: Registry,
  model: string,
  v: Pick<VersionEntry, 'stage' | 'version' | 'files'>
): Record<string, string> {
  return Object.fromEntries(
    versionFilePaths(reg, model, v).map(([file, rel]) => [file, path.join(reg.repoRoot, rel)])
  )
}

/** Parses `entries` from `plan`: `model@version` items separated by commas or new lines. */
export function parseEntries(entries: string): Array<{ model: string; version: string }> {
  return entries
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)
    .map(item => {
      const at = item.lastIndexOf('@')
      if (at <= 0 || at === item.length - 1) {
        throw new UsageError(`input "entries": ${quote(item)} is not model@version`)
      }
      return { model: item.slice(0, at), version: item.slice(at + 1) }
    })
}
