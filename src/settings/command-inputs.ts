/**
 * What each command reads, in one table: its inputs (besides `manifest` and
 * `fail-on-decision`, which every command reads) and the ones it requires.
 * getSettings checks the requirements once, in order, and the first that
 * does not hold is the usage error; settings.ts types them as present in
 * the command's variant. `--help` lists a command's inputs from here.
 */
import { clip } from '../clip.js'
import type { Command, InputName } from './inputs.js'

export interface Requirement {
  /** Every one of these must be set… */
  all?: readonly InputName[]
  /** …or at least one of these… */
  any?: readonly InputName[]
  /** …unless this one is set. */
  unless?: InputName
  /** The usage error when it does not hold; given the value of each input that is set. */
  message: string | ((value: (name: InputName) => string | undefined) => string)
}

export interface CommandInputs {
  inputs: readonly InputName[]
  requires: readonly Requirement[]
}

/** The inputs of a command that opens a pull request (promote, rollback, register, retire). */
const PULL_REQUEST: readonly InputName[] = [
  'base',
  'dry-run',
  'labels',
  'reviewers',
  'draft',
  'token'
]

/** Inputs every command reads. */
export const COMMON_INPUTS: readonly InputName[] = ['manifest', 'fail-on-decision']

export const COMMAND_INPUTS: Readonly<Record<Command, CommandInputs>> = {
  validate: {
    inputs: ['model', 'base', 'jobs', 'commit-status', 'allow-untrusted', 'token'],
    requires: []
  },
  plan: { inputs: ['base', 'head', 'output-dir', 'cache', 'cache-dir'], requires: [] },
  register: {
    inputs: ['model', 'version', 'source', 'candidate-results', 'allow-older', ...PULL_REQUEST],
    requires: [
      {
        all: ['model', 'version', 'source'],
        message: 'register needs "model", "version" and "source" (the trained files)'
      }
    ]
  },
  retire: {
    inputs: ['model', 'version', 'reason', ...PULL_REQUEST],
    requires: [
      { all: ['model', 'version'], message: 'retire needs "model", "version" and "reason"' },
      {
        all: ['reason'],
        message: value =>
          `retire needs "reason": why ${clip(value('model') ?? '')} ${clip(value('version') ?? '')} will not be promoted`
      }
    ]
  },
  evaluate: {
    inputs: [
      'model',
      'version',
      'entries',
      'train',
      'output-dir',
      'upload-artifact',
      'allow-untrusted',
      'cache',
      'cache-dir'
    ],
    requires: [
      {
        all: ['model'],
        unless: 'entries',
        message: 'evaluate needs "model" and "version" (or "entries" from plan)'
      },
      {
        all: ['version'],
        unless: 'entries',
        message: 'evaluate needs "version": a version of the model, or "benchmark"'
      }
    ]
  },
  compare: {
    inputs: [
      'model',
      'version',
      'candidate-results',
      'benchmark-results',
      'output-dir',
      'download-artifact'
    ],
    requires: [
      {
        all: ['model'],
        message: 'compare needs "model" (and "version", or "candidate-results")'
      },
      {
        any: ['version', 'candidate-results'],
        message: 'compare needs "model" and "version" (or "candidate-results")'
      }
    ]
  },
  promote: {
    inputs: [
      'model',
      'version',
      'to',
      'candidate-results',
      'benchmark-results',
      'output-dir',
      'download-artifact',
      ...PULL_REQUEST
    ],
    requires: [
      { all: ['model', 'version', 'to'], message: 'promote needs "model", "version" and "to"' }
    ]
  },
  rollback: {
    inputs: ['model', 'version', ...PULL_REQUEST],
    requires: [{ all: ['model'], message: 'rollback needs "model" (and optionally "version")' }]
  },
  report: { inputs: ['model', 'output-dir', 'token'], requires: [] },
  monitor: { inputs: ['model', 'output-dir', 'dry-run', 'base', 'token'], requires: [] },
  init: {
    inputs: [
      'root',
      'layout',
      'archive-layout',
      'model',
      'stages',
      'benchmark',
      'archive',
      'versioning',
      'dry-run'
    ],
    requires: []
  },
  resolve: {
    inputs: ['model', 'stage'],
    requires: [{ all: ['model'], message: 'resolve needs "model" (and optionally "stage")' }]
  }
}

/** The first requirement of `command` that does not hold, as its message; undefined when all hold. */
export function unmetRequirement(
  command: Command,
  value: (name: InputName) => string | undefined
): string | undefined {
  for (const r of COMMAND_INPUTS[command].requires) {
    if (r.unless && value(r.unless) !== undefined) continue
    const holds =
      (r.all ?? []).every(name => value(name) !== undefined) &&
      (!r.any || r.any.some(name => value(name) !== undefined))
    if (!holds) return typeof r.message === 'string' ? r.message : r.message(value)
  }
  return undefined
}

/** The inputs a command cannot run without, whatever else is set (for `--help`). */
export function alwaysRequired(command: Command): InputName[] {
  return COMMAND_INPUTS[command].requires.flatMap(r => (r.unless ? [] : (r.all ?? [])))
}
