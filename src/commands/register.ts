/**
 * `register --model M --version V --source DIR [--candidate-results R]`
 * (SPEC §3): a trained model enters the first stage by pull request on
 * `modelgate/register/<M>-<V>`. Recipe: load → read the source folder
 * (exactly the model's `files`, or without that list every file `ignore:`
 * does not name) → ask git which new paths Git LFS takes → read the
 * metrics and lineage → check the first stage's gates, as promote checks
 * every other stage's (a "no" is a refusal) → plan (refusals) → show (dry
 * run) or open the PR, whose new blobs are the only bytes uploaded.
 */
import path from 'node:path'
import type { GitCommandManager } from '../adapters/git.js'
import { DecisionError } from '../errors.js'
import { checkRegistrationGates } from '../evaluation/registration-gates.js'
import { readRegistrationResults } from '../evaluation/registration-results.js'
import { RESULT_FILE } from '../evaluation/result-file.js'
import { planChange } from '../changes/plan-change.js'
import { metricsToRecord } from '../changes/recorded-metrics.js'
import {
  benchmarkCopyPath,
  checkRegistration,
  type RegisteredFile
} from '../changes/register-plan.js'
import { ignoredBy } from '../registry/ignore.js'
import { versionFilePath } from '../registry/layout.js'
import { expandFileName } from '../registry/layout-template/render.js'
import type { LoadedModel } from '../registry/registry.js'
import { readSourceFolder } from '../registry/source-folder.js'
import type { RegisterSettings } from '../settings/settings.js'
import { showOrApply, type ChangeOutcome } from './show-or-apply.js'
import { changeStamp } from './change-stamp.js'
import type { CommandContext } from './context.js'
import { loadSoundRegistry } from './load-for-command.js'

export async function register(
  settings: RegisterSettings,
  ctx: CommandContext
): Promise<ChangeOutcome> {
  const { model: name, version, source } = settings
  const reg = await loadSoundRegistry(settings.manifest, ctx.env, name)
  // Unknown model, existing or older version: refused before any file is read.
  const model = checkRegistration(reg, {
    model: name,
    version,
    allowOlder: settings.allowOlder,
    at: new Date().toISOString()
  })
  const spec = model.spec
  const stamp = changeStamp(ctx)

  const sourceDir = path.resolve(settings.workspace, source)
  const resultsFile = settings.candidateResults
    ? path.resolve(settings.workspace, settings.candidateResults)
    : undefined
  // Where each file lands: the first stage's layout renders its path.
  const landing = (file: string) =>
    versionFilePath(reg, name, { stage: reg.stages[0].name, version }, file)
  const ignored = ignoredBy(reg)
  const trained = readSourceFolder(
    sourceDir,
    spec.files?.map(f => expandFileName(f, name, version)),
    knownOutputs(model, sourceDir, resultsFile),
    file => ignored(landing(file))
  )
  const git = ctx.git(reg.repoRoot)
  // Where a file also lands when registering refreshes the benchmark copy: .gitattributes may
  // route the copy's folder otherwise.
  const copied = (file: string) => benchmarkCopyPath(reg, name, version, file)
  const newPaths = trained.flatMap(f => [landing(f.name), copied(f.name)])
  const lfs = await lfsRouted(
    newPaths.filter((p): p is string => p !== undefined),
    git
  )
  const files: RegisteredFile[] = trained.map(f => {
    const copy = copied(f.name)
    return {
      name: f.name,
      source: f.source,
      // A pointer in the folder stands for its object: record the object's digest, keep the pointer.
      digest: f.lfs?.digest ?? f.digest,
      size: f.lfs?.size ?? f.size,
      lfs: lfs.has(landing(f.name)) || f.lfs !== undefined,
      ...(copy ? { benchmarkCopyLfs: lfs.has(copy) || f.lfs !== undefined } : {})
    }
  })
  const digests = Object.fromEntries(files.map(f => [f.name, f.digest]))
  const results = resultsFile
    ? await readRegistrationResults(resultsFile, { model: name, version, digests }, [
        settings.workspace
      ])
    : undefined
  // The first stage's gates, as promote checks every other stage's: a "no" writes nothing.
  const gates = await checkRegistrationGates(reg, model, version, results, {
    outputDir: settings.outputDir,
    workspace: settings.workspace,
    benchmarkResults: settings.benchmarkResults
  })
  for (const w of gates.warnings) ctx.log.warning(w)
  if (gates.decision === 'fail') {
    throw new DecisionError(
      `${name} ${version} cannot be registered: the gates of ${reg.stages[0].name} do not hold: ${gates.reasons.join('; ')}`
    )
  }
  const commit = results?.commit ?? ctx.env.GITHUB_SHA ?? (await git.headCommit().catch(() => ''))

  const metrics = metricsToRecord(spec, version, results?.metrics)
  const lineage = { commit: commit || undefined, run: results?.run ?? stamp.run }
  const plan = planChange(reg, {
    kind: 'register',
    model: name,
    version,
    files,
    metrics,
    source: lineage,
    ...stamp,
    allowOlder: settings.allowOlder
  })
  for (const w of lfsNotes(files)) ctx.log.warning(w)

  return showOrApply(
    {
      reg,
      plan,
      candidate: { version, source: lineage, createdAt: stamp.at, metrics },
      gates: gates.lines,
      comparison: gates.comparison,
      runUrl: stamp.run
    },
    settings,
    ctx
  )
}

/** Files modelgate writes next to a trained model, which are not part of it. */
function knownOutputs(model: LoadedModel, dir: string, resultsFile?: string): string[] {
  const names = [
    RESULT_FILE,
    model.spec.evaluate?.metrics,
    model.spec.evaluate?.predictions,
    model.spec.train?.metrics,
    model.spec.train?.predictions
  ]
  if (resultsFile && path.dirname(resultsFile) === dir) names.push(path.basename(resultsFile))
  return names.filter((n): n is string => Boolean(n))
}

/** The new paths .gitattributes routes through Git LFS (`filter=lfs`). */
async function lfsRouted(paths: string[], git: GitCommandManager): Promise<Set<string>> {
  const attrs = await git.checkAttr(paths, 'filter')
  return new Set([...attrs].filter(([, v]) => v === 'lfs').map(([p]) => p))
}

/** Git LFS objects do not travel through the API: say how they reach the LFS server. */
function lfsNotes(files: RegisteredFile[]): string[] {
  const lfs = files.filter(f => f.lfs)
  if (!lfs.length) return []
  const oids = lfs.map(f => f.digest.replace(/^sha256:/, ''))
  return [
    `${lfs.map(f => f.name).join(', ')} ${lfs.length === 1 ? 'is' : 'are'} registered as ${lfs.length === 1 ? 'a Git LFS pointer' : 'Git LFS pointers'}; the pull request uploads no LFS object. Before merging, push the object${lfs.length === 1 ? '' : 's'} from a checkout that has ${lfs.length === 1 ? 'it' : 'them'}: ${lfs.map(f => `git lfs clean -- ${f.name} < ${f.source} > /dev/null`).join('; ')}; git lfs push --object-id origin ${oids.join(' ')}`
  ]
}
