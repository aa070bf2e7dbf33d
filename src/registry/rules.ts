/**
 * The manifest rules of SPEC §2 that need no file system: names, stages,
 * capacity, duplicates, policies. Each violation is one diagnostic at the
 * line that causes it. Pure: a Registry in, diagnostics out.
 */
import { clip, quote } from '../clip.js'
import { keyPath, type Diagnostic } from '../errors.js'
import {
  branchNameProblem,
  changeBranch,
  LABEL_MAX_CHARS,
  labelLength,
  stageLabel
} from './git-names.js'
import { isLive, knownStages, stageNames } from './layout.js'
import { unsafeFileNameReason, unsafePathReason } from './paths.js'
import type { LoadedModel, Registry } from './registry.js'
import { parseSemVer, semverSuggestion } from './semver.js'
import { expandFileName } from './layout-template/render.js'
import { parseFileName } from './layout-template/template.js'
import { checkLayoutRules } from './layout-rules.js'
import { versionIdentity, versioningOf } from './version-order.js'
import type { KeyPath, SourceFile } from './source-file.js'
import type { HistoryEntry } from './types.js'

const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/
/**
 * `benchmark` names the benchmark copy wherever a stage or version could be written
 * (`evaluate --version benchmark`, a plan entry `m@benchmark`, `compare: benchmark`), so a
 * stage of that name would be ambiguous even with `benchmark: false` or another folder.
 */
const RESERVED_STAGE = 'benchmark'

/** Names every rule looks up, built once per registry (not once per model: 10,000 models). */
interface Names {
  stages: string[]
  stageSet: Set<string>
  models: Set<string>
}

export function checkRules(reg: Registry): Diagnostic[] {
  const out: Diagnostic[] = []
  const stages = knownStages(reg)
  const names: Names = {
    stages,
    stageSet: new Set(stages),
    models: new Set(reg.models.map(m => m.name))
  }
  checkStages(reg, out)
  checkModelNames(reg, out)
  checkIgnore(reg.manifest, reg.data.ignore, ['ignore'], out)
  for (const model of reg.models) {
    if (reg.onlyModel && model.name !== reg.onlyModel) continue
    checkModel(reg, model, names, out)
    checkIgnore(model.source, model.spec.ignore, [...model.at, 'ignore'], out)
  }
  if (!reg.onlyModel) {
    checkHistory(reg, names, reg.manifest, reg.data.history ?? [], ['history'], undefined, out)
  }
  checkLayoutRules(reg, out)
  return out
}

/**
 * Why a name of the model's `files` is not one: a placeholder other than
 * `{model}`/`{version}`, or (with those filled in) a name that leaves the
 * version's folder or is a glob.
 */
function requiredFileProblem(name: string): string | undefined {
  if (!name.includes('{')) return unsafeFileNameReason(name)
  const parsed = parseFileName(name)
  if (!parsed.ok) return parsed.errors[0].message
  const reason = unsafeFileNameReason(expandFileName(name, 'model', '1.0.0'))
  return reason && `${clip(name)} (with {model} and {version} filled in): ${reason}`
}

/** `ignore:` globs are relative to `root` and stay inside it (`\` escapes, as in picomatch). */
function checkIgnore(
  source: SourceFile,
  patterns: string[] | undefined,
  at: KeyPath,
  out: Diagnostic[]
): void {
  patterns?.forEach((p, i) => {
    const why = unsafePathReason(p, 'ignore pattern', { base: 'root', backslashEscapes: true })
    if (why) out.push(source.diagnostic([...at, i], why, source.locate([...at, i], 'value')))
  })
}

function checkStages(reg: Registry, out: Diagnostic[]): void {
  const m = reg.manifest
  const explicit = reg.data.stages !== undefined
  const seen = new Map<string, number>()
  reg.stages.forEach((stage, i) => {
    const at: KeyPath = explicit ? ['stages', i, 'name'] : ['stages']
    const first = seen.get(stage.name)
    if (first !== undefined) {
      out.push(m.diagnostic(at, `stage "${stage.name}" is listed twice (also stages[${first}])`))
    }
    seen.set(stage.name, i)
    if (stage.name === reg.archive.folder) {
      out.push(
        m.diagnostic(
          at,
          `stage "${stage.name}" has the name of the archive folder; choose another name`
        )
      )
    }
    if (reg.benchmark && stage.name === reg.benchmark.folder) {
      out.push(
        m.diagnostic(
          at,
          `stage "${stage.name}" has the name of the benchmark folder; choose another name`
        )
      )
    } else if (stage.name === RESERVED_STAGE) {
      out.push(
        m.diagnostic(
          at,
          `stage "${RESERVED_STAGE}" is reserved: "${RESERVED_STAGE}" means the benchmark copy (version: benchmark in evaluate, compare: benchmark in gates); choose another name`
        )
      )
    }
    if (stage.gates?.compare === 'benchmark' && reg.benchmark === false) {
      out.push(
        m.diagnostic(
          explicit ? ['stages', i, 'gates', 'compare'] : ['benchmark'],
          `stage "${stage.name}" has the gate "compare: benchmark" but the registry sets "benchmark: false"`
        )
      )
    }
    checkStageNameForGitHub(stage.name, at, m, out)
    const steps = stage.rollout?.steps
    if (
      steps &&
      (steps.some((s, j) => j > 0 && s <= steps[j - 1]) || steps[steps.length - 1] !== 100)
    ) {
      out.push(
        m.diagnostic(
          ['stages', i, 'rollout', 'steps'],
          `rollout steps must rise and end at 100, got [${steps.join(', ')}]`
        )
      )
    }
  })
  // A retirement's pull request is labelled with the archive folder's name.
  if (reg.data.archive !== undefined && !seen.has(reg.archive.folder)) {
    const label = stageLabel(reg.archive.folder)
    if (labelLength(label) > LABEL_MAX_CHARS) {
      out.push(
        m.diagnostic(
          ['archive', 'folder'],
          `archive folder "${reg.archive.folder}" would make the label "${label}" (${labelLength(label)} characters); GitHub refuses labels over ${LABEL_MAX_CHARS}: use a name of at most ${LABEL_MAX_CHARS - stageLabel('').length} characters`,
          m.locate(['archive', 'folder'], 'value')
        )
      )
    }
  }
  if (reg.benchmark) {
    if (reg.benchmark.folder === reg.archive.folder) {
      out.push(
        m.diagnostic(
          ['benchmark', 'folder'],
          `the benchmark and archive folders are both "${reg.archive.folder}"`
        )
      )
    }
    if (!seen.has(reg.benchmark.copyOf)) {
      out.push(
        m.diagnostic(
          ['benchmark', 'copyOf'],
          `benchmark.copyOf names the stage "${reg.benchmark.copyOf}", which is not one of: ${stageNames(reg).join(', ')}`,
          m.locate(['benchmark', 'copyOf'], 'value')
        )
      )
    }
  }
}

/**
 * A stage's name goes into the branch and a label of every pull request into it:
 * `modelgate/promote/<model>-to-<stage>` must be a branch name git accepts, `stage:<stage>`
 * a label GitHub accepts (at most 50 characters).
 */
function checkStageNameForGitHub(
  name: string,
  at: KeyPath,
  m: SourceFile,
  out: Diagnostic[]
): void {
  // Model names are restricted to [a-z0-9._-] and end before "-to-": only the stage can fail,
  // whatever the model (git accepts "<" and ">", so the placeholder is checked as it is shown).
  const branch = changeBranch.promote('<model>', name)
  const problem = branchNameProblem(branch)
  if (problem) {
    out.push(
      m.diagnostic(
        at,
        `stage "${name}" would make the branch name "${branch}", which git refuses (${problem}); rename the stage`
      )
    )
  }
  const label = stageLabel(name)
  if (labelLength(label) > LABEL_MAX_CHARS) {
    out.push(
      m.diagnostic(
        at,
        `stage "${name}" would make the label "${label}" (${labelLength(label)} characters); GitHub refuses labels over ${LABEL_MAX_CHARS}: use a stage name of at most ${LABEL_MAX_CHARS - stageLabel('').length} characters`
      )
    )
  }
}

/** Why a model's branches (rollback, promote) are not branch names git accepts. */
function modelBranchProblem(model: string): string | undefined {
  const rollback = changeBranch.rollback(model)
  const problem = branchNameProblem(rollback)
  return problem ? `"${rollback}", which git refuses (${problem})` : undefined
}

function checkModelNames(reg: Registry, out: Diagnostic[]): void {
  const reserved = new Set([...knownStages(reg), ...(reg.benchmark ? [reg.benchmark.folder] : [])])
  const firstSeen = new Map<string, LoadedModel>()
  for (const model of reg.models) {
    const at = model.at.length ? model.at : ['name']
    if (!MODEL_NAME.test(model.name) || model.name.includes('..')) {
      out.push(
        model.source.diagnostic(
          at,
          `model name "${model.name}" is invalid: use lowercase letters, digits, ".", "_" or "-" (no ".."), at most 63 characters`
        )
      )
    } else if (reserved.has(model.name)) {
      out.push(
        model.source.diagnostic(
          at,
          `model name "${model.name}" is also a stage or folder name; rename the model`
        )
      )
    } else {
      const branch = modelBranchProblem(model.name)
      if (branch) {
        out.push(
          model.source.diagnostic(
            at,
            `model name "${model.name}" would make the branch name ${branch}; rename the model`
          )
        )
      }
    }
    const first = firstSeen.get(model.name)
    if (first) {
      out.push(
        model.source.diagnostic(
          at,
          `model "${model.name}" is defined twice (also in ${first.source.relPath})`
        )
      )
    } else firstSeen.set(model.name, model)
  }
}

function checkModel(reg: Registry, model: LoadedModel, names: Names, out: Diagnostic[]): void {
  const { spec, source } = model
  const at = (...rest: Array<string | number>): KeyPath => [...model.at, ...rest]

  let filesAreSafe = true
  const required = spec.files ?? []
  required.forEach((name, i) => {
    const reason = requiredFileProblem(name)
    if (reason) {
      filesAreSafe = false
      out.push(source.diagnostic(at('files', i), reason, source.locate(at('files', i), 'value')))
    }
  })
  const ordered = versioningOf(reg, model) === 'ordered'
  // `{model}`/`{version}` in a required name are filled in per version before it is looked up.
  const templated = required.some(n => n.includes('{'))

  const policy = spec.metrics ?? {}
  ;(spec.compare?.primary ?? []).forEach((name, i) => {
    if (!policy[name]) {
      out.push(
        source.diagnostic(
          at('compare', 'primary', i),
          `primary metric "${name}" has no policy: add metrics.${name} with a goal (maximize or minimize)`,
          source.locate(at('compare', 'primary', i), 'value')
        )
      )
    }
  })

  const stages = names.stages
  // With a bad model name, its versions' branches would only repeat that error.
  const branchesAreChecked =
    MODEL_NAME.test(model.name) &&
    !model.name.includes('..') &&
    modelBranchProblem(model.name) === undefined
  // Once per model, not once per version: the list is in every version's message.
  const fileList = clip(required.join(', '))
  // Version (without a leading "v") → the index it is first listed at: a lookup, not a scan of
  // every version before (a model with 100,000 versions made that 5·10⁹ comparisons).
  const seenVersions = new Map<string, number>()
  const identity = versionIdentity(reg, model)
  const live = new Map<string, string[]>()
  // stage → the version rolling out there (traffic below 100)
  const rolling = new Map<string, string>()
  spec.versions.forEach((v, i) => {
    const semver = ordered ? undefined : parseSemVer(v.version)
    if (!ordered && !semver) {
      // The words the schema used for it before `versioning: ordered` widened the pattern.
      const where = at('versions', i, 'version')
      const meant = semverSuggestion(v.version)
      const fix = meant
        ? `: write "${meant}"`
        : '; names such as training session ids need versioning: ordered'
      out.push(
        source.diagnostic(
          where,
          `${keyPath(where)}: ${quote(v.version)} is not a SemVer version (expected e.g. "1.2.0" or "v1.2.0")${fix}`,
          source.locate(where, 'value')
        )
      )
    } else {
      if (ordered && v.createdAt === undefined) {
        out.push(
          source.diagnostic(
            at('versions', i),
            `${model.name} ${clip(v.version)} has no createdAt: under versioning: ordered, versions are ordered by when they were created, so each needs one (e.g. createdAt: "2026-01-31T12:00:00Z")`
          )
        )
      }
      // `v1.3.0` and `1.3.0` are one SemVer version, written two ways: equal without the "v".
      // Under `ordered` a name is only equal to itself.
      const bare = identity(v.version)
      const dup = seenVersions.get(bare)
      if (dup !== undefined) {
        const line = source.locate(at('versions', dup, 'version')).line
        const first = spec.versions[dup].version
        const spelling = first === v.version ? '' : `as ${clip(first)}, `
        out.push(
          source.diagnostic(
            at('versions', i, 'version'),
            `version ${clip(v.version)} of ${model.name} is listed twice (${spelling}first at line ${line})`
          )
        )
      } else seenVersions.set(bare, i)
      const problem = branchesAreChecked ? versionBranchProblem(model.name, v.version) : undefined
      if (problem) {
        out.push(
          source.diagnostic(
            at('versions', i, 'version'),
            `version "${clip(v.version)}" would make the branch name ${problem}; choose another version`,
            source.locate(at('versions', i, 'version'), 'value')
          )
        )
      }
    }

    if (!stages.includes(v.stage)) {
      const hint =
        reg.benchmark && v.stage === reg.benchmark.folder
          ? ' (the benchmark copy is derived from production, not a stage)'
          : ''
      out.push(
        source.diagnostic(
          at('versions', i, 'stage'),
          `unknown stage "${v.stage}" for ${model.name} ${clip(v.version)}${hint}; expected one of: ${stages.join(', ')}`,
          source.locate(at('versions', i, 'stage'), 'value')
        )
      )
    } else if (isLive(v)) {
      const held = live.get(v.stage)
      if (held) held.push(v.version)
      else live.set(v.stage, [v.version])
    }

    // With a bad name in `files`, comparing each version's digests with it
    // would only repeat that one error.
    for (const name of filesAreSafe ? required : []) {
      const expected = templated ? expandFileName(name, model.name, v.version) : name
      if (!(expected in v.files)) {
        out.push(
          source.diagnostic(
            at('versions', i, 'files'),
            `no digest recorded for "${clip(expected)}" (every version of ${model.name} holds: ${fileList})`
          )
        )
      }
    }
    for (const name of Object.keys(v.files)) {
      const reason = unsafeFileNameReason(name)
      if (reason) {
        out.push(
          source.diagnostic(
            at('versions', i, 'files', name),
            reason,
            source.locate(at('versions', i, 'files', name), 'key')
          )
        )
      }
    }

    if (v.retired && v.stage !== reg.archive.folder) {
      out.push(
        source.diagnostic(
          at('versions', i, 'retired'),
          `${model.name} ${clip(v.version)} is in stage "${v.stage}" but has "retired"; only archived versions are retired`
        )
      )
    }
    const steps = reg.stages.find(s => s.name === v.stage)?.rollout?.steps
    if (v.traffic !== undefined && !steps) {
      out.push(
        source.diagnostic(
          at('versions', i, 'traffic'),
          `${model.name} ${clip(v.version)} has "traffic" but stage "${v.stage}" declares no rollout`
        )
      )
    } else if (steps && !isLive(v)) {
      const previous = rolling.get(v.stage)
      if (previous) {
        out.push(
          source.diagnostic(
            at('versions', i, 'traffic'),
            `stage "${v.stage}" holds two rollout candidates of ${model.name} (${clip(previous)} and ${clip(v.version)}); one version rolls out at a time`
          )
        )
      } else rolling.set(v.stage, v.version)
      if (!steps.includes(v.traffic!)) {
        out.push(
          source.diagnostic(
            at('versions', i, 'traffic'),
            `${model.name} ${clip(v.version)} has traffic ${v.traffic}, not one of the rollout steps of stage "${v.stage}" (${steps.join(', ')})`,
            source.locate(at('versions', i, 'traffic'), 'value')
          )
        )
      }
    }
  })

  for (const stage of reg.stages) {
    const held = live.get(stage.name) ?? []
    if (stage.capacity !== undefined && held.length > stage.capacity) {
      const extra = spec.versions.findIndex(v => v.version === held[stage.capacity!])
      out.push(
        source.diagnostic(
          at('versions', extra, 'stage'),
          `stage "${stage.name}" holds ${held.length} versions of ${model.name} (${clip(held.join(', '))}); its capacity is ${stage.capacity}`,
          source.locate(at('versions', extra, 'stage'), 'value')
        )
      )
    }
  }

  checkHistory(reg, names, source, spec.history ?? [], at('history'), model.name, out)
}

/** Why the register or retire branch of `version` is not a branch name git accepts. */
function versionBranchProblem(model: string, version: string): string | undefined {
  for (const branch of [
    changeBranch.register(model, version),
    changeBranch.retire(model, version)
  ]) {
    const problem = branchNameProblem(branch)
    if (problem) return `"${clip(branch)}", which git refuses (${problem})`
  }
  return undefined
}

function checkHistory(
  reg: Registry,
  names: Names,
  source: SourceFile,
  history: HistoryEntry[],
  at: KeyPath,
  ownModel: string | undefined,
  out: Diagnostic[]
): void {
  const stages = names.stageSet
  const models = names.models
  history.forEach((h, i) => {
    if (ownModel !== undefined && h.model !== ownModel) {
      out.push(
        source.diagnostic(
          [...at, i, 'model'],
          `history entry names model "${clip(h.model)}" in the file of model "${ownModel}"`,
          source.locate([...at, i, 'model'], 'value')
        )
      )
    } else if (ownModel === undefined && !models.has(h.model) && !reg.onlyModel) {
      out.push(
        source.diagnostic(
          [...at, i, 'model'],
          `history entry names model "${clip(h.model)}", which the registry does not have`,
          source.locate([...at, i, 'model'], 'value')
        )
      )
    }
    for (const key of ['from', 'to'] as const) {
      const stage = h[key]
      if (stage !== null && stage !== undefined && !stages.has(stage)) {
        out.push(
          source.diagnostic(
            [...at, i, key],
            `history entry ${key} "${clip(stage)}" is not a stage or the archive folder`,
            source.locate([...at, i, key], 'value')
          )
        )
      }
    }
  })
}
