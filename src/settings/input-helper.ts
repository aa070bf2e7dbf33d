/**
 * Turns raw inputs (action inputs or CLI options, both by input name) into
 * Settings, validating once and early with messages that quote the bad
 * value: the command, booleans, the inputs the command requires
 * (command-inputs.ts), and the runner's event payload, read here once.
 */
import { quote } from '../clip.js'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { unmetRequirement } from './command-inputs.js'
import { COMMANDS, INPUTS, type Command, type InputName } from './inputs.js'
import { readRunnerEvent } from './runner-event.js'
import type { CommonSettings, Settings } from './settings.js'

/** GitHub refuses a label name longer than this (422); registry/git-names.ts checks stage labels. */
const LABEL_MAX_CHARS = 50

/** Returns the raw value of an input, or '' / undefined when it is not set. */
export type InputReader = (name: InputName) => string | undefined

export function getSettings(
  read: InputReader,
  workspace: string,
  env: NodeJS.ProcessEnv
): Settings {
  const str = (name: InputName): string | undefined => {
    const raw = read(name)?.trim()
    if (raw) return raw
    const fallback = INPUTS.find(i => i.name === name)?.default
    return fallback && !fallback.includes('${{') ? fallback : undefined
  }
  const bool = (name: InputName): boolean => {
    const value = str(name) ?? 'false'
    if (/^(true|yes|on)$/i.test(value)) return true
    if (/^(false|no|off)$/i.test(value)) return false
    throw new UsageError(`input "${name}" must be true or false, got ${quote(value)}`)
  }
  const list = (name: InputName): string[] =>
    (str(name) ?? '')
      .split(/[,\n]/)
      .map(s => s.trim())
      .filter(Boolean)

  const command = str('command')
  if (!command)
    throw new UsageError(`missing required input "command" (one of: ${COMMANDS.join(', ')})`)
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `unknown command ${quote(command)}; expected one of: ${COMMANDS.join(', ')}`
    )
  }
  const resolve = (p: string | undefined) =>
    p === undefined ? undefined : path.resolve(workspace, p)

  const fields: Omit<CommonSettings, 'event'> & { command: Command } = {
    command: command as Command,
    manifest: resolve(str('manifest'))!,
    model: str('model'),
    version: str('version'),
    to: str('to'),
    stage: str('stage'),
    reason: str('reason'),
    entries: str('entries'),
    source: resolve(str('source')),
    outputDir: resolve(str('output-dir'))!,
    candidateResults: resolve(str('candidate-results')),
    benchmarkResults: resolve(str('benchmark-results')),
    train: bool('train'),
    base: str('base'),
    head: str('head'),
    dryRun: bool('dry-run'),
    labels: labelsInput(list('labels')),
    reviewers: list('reviewers'),
    draft: bool('draft'),
    token: read('token')?.trim() || undefined,
    uploadArtifact: bool('upload-artifact'),
    downloadArtifact: bool('download-artifact'),
    // JSON: trimmed like every input, never resolved as a path.
    jobs: str('jobs'),
    commitStatus: bool('commit-status'),
    allowUntrusted: bool('allow-untrusted'),
    failOnDecision: bool('fail-on-decision'),
    allowOlder: bool('allow-older'),
    cache: bool('cache'),
    cacheDir: resolve(str('cache-dir')),
    root: resolve(str('root')),
    stages: list('stages'),
    benchmark: str('benchmark'),
    archive: str('archive'),
    layout: str('layout'),
    archiveLayout: str('archive-layout'),
    versioning: str('versioning')!,
    workspace
  }
  const unmet = unmetRequirement(fields.command, str)
  if (unmet) throw new UsageError(unmet)
  // The requirements of the command hold: that is what its variant of Settings says.
  return { ...fields, event: readRunnerEvent(env) } as Settings
}

/** The `labels` input, each label one GitHub accepts. */
function labelsInput(labels: string[]): string[] {
  for (const label of labels) {
    const length = [...label].length
    if (length > LABEL_MAX_CHARS) {
      throw new UsageError(
        `input "labels": the label ${quote(label)} is ${length} characters long; GitHub refuses labels over ${LABEL_MAX_CHARS} characters`
      )
    }
  }
  return labels
}
