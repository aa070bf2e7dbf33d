/**
 * Every input of the action (SPEC §3), in one table: action.yml declares the
 * same names and defaults (a test keeps them in step), the CLI accepts them as
 * `--name value`, and `--help` is printed from it.
 */
export type InputKind = 'string' | 'boolean' | 'list'

export interface InputSpec {
  name: string
  kind: InputKind
  description: string
  default?: string
}

const INPUT_TABLE = [
  {
    name: 'command',
    kind: 'string',
    description:
      'What to do: validate, plan, register, retire, evaluate, compare, promote, rollback, report, monitor, init or resolve.'
  },
  {
    name: 'manifest',
    kind: 'string',
    default: 'models/registry.yaml',
    description: 'Path of the registry manifest (YAML or JSON).'
  },
  {
    name: 'model',
    kind: 'string',
    description: 'Model name (commands about one model; `validate` then checks only it).'
  },
  {
    name: 'version',
    kind: 'string',
    description: 'Model version; `benchmark` means the benchmark copy (evaluate).'
  },
  { name: 'to', kind: 'string', description: 'Target stage of a promotion.' },
  {
    name: 'stage',
    kind: 'string',
    description: 'The stage whose versions resolve names (default: the last stage).'
  },
  {
    name: 'reason',
    kind: 'string',
    description:
      'Why a version is retired (retire): recorded in its history entry and the pull request.'
  },
  {
    name: 'entries',
    kind: 'string',
    description: 'Comma-separated model@version list from `plan` (evaluate).'
  },
  {
    name: 'source',
    kind: 'string',
    description: "Folder holding a trained model's files (register)."
  },
  {
    name: 'output-dir',
    kind: 'string',
    default: '.modelgate',
    description: 'Where evaluation results and reports are written.'
  },
  {
    name: 'candidate-results',
    kind: 'string',
    description: "The candidate's result.json or its folder (compare, promote, register)."
  },
  {
    name: 'benchmark-results',
    kind: 'string',
    description: "The benchmark copy's result.json or its folder (compare, promote)."
  },
  {
    name: 'train',
    kind: 'boolean',
    default: 'false',
    description: "Run the model's train command before evaluate."
  },
  {
    name: 'base',
    kind: 'string',
    description:
      "plan/validate: a git revision to compare with. promote/rollback/register/retire: the branch the PR targets (default: the repository's default branch)."
  },
  {
    name: 'head',
    kind: 'string',
    description:
      "plan: the git revision under review, read from git (default: the checkout's working tree, untracked files included)."
  },
  {
    name: 'dry-run',
    kind: 'boolean',
    default: 'false',
    description: 'Print the plan and PR body; make no network request and no write.'
  },
  {
    name: 'labels',
    kind: 'list',
    description: 'Extra labels for the pull request (comma or newline separated).'
  },
  {
    name: 'reviewers',
    kind: 'list',
    description: 'Reviewers to request on the pull request (users or org/team).'
  },
  {
    name: 'draft',
    kind: 'boolean',
    default: 'false',
    description: 'Open the pull request as a draft.'
  },
  {
    name: 'token',
    kind: 'string',
    default: '${{ github.token }}',
    description: 'GitHub token (contents, pull-requests and statuses: write).'
  },
  {
    name: 'upload-artifact',
    kind: 'boolean',
    default: 'true',
    description: 'Upload evaluation results as a workflow artifact.'
  },
  {
    name: 'download-artifact',
    kind: 'boolean',
    default: 'false',
    description:
      "compare, promote: first download this workflow run's evaluation results (the artifacts evaluate uploaded, latest attempt) into output-dir."
  },
  {
    name: 'jobs',
    kind: 'string',
    description:
      "validate: the check workflow's job results as JSON (`toJSON(needs)`); the gate fails when one failed or did not run."
  },
  {
    name: 'commit-status',
    kind: 'boolean',
    default: 'false',
    description:
      'validate: post the decision as the `modelgate/gates` commit status on the pull request head (not for fork pull requests).'
  },
  {
    name: 'allow-untrusted',
    kind: 'boolean',
    default: 'false',
    description: 'Run manifest commands for pull_request_target and fork pull requests.'
  },
  {
    name: 'fail-on-decision',
    kind: 'boolean',
    default: 'true',
    description:
      'Fail the step when the decision is "no"; with false the decision is only reported.'
  },
  {
    name: 'allow-older',
    kind: 'boolean',
    default: 'false',
    description: 'Let register add a version lower than existing ones.'
  },
  {
    name: 'cache',
    kind: 'boolean',
    default: 'true',
    description:
      'Reuse an earlier evaluation of the same bytes, data and code (evaluate, plan): the Actions cache in Actions, a folder in the CLI.'
  },
  {
    name: 'cache-dir',
    kind: 'string',
    description:
      'Keep the evaluation cache in this folder instead (default: the Actions cache in Actions, modelgate/ in the user cache folder in the CLI).'
  },
  {
    name: 'root',
    kind: 'string',
    description: "init: the folder that holds the stage folders (default: the manifest's folder)."
  },
  {
    name: 'stages',
    kind: 'list',
    description:
      'init: the stage folders, in promotion order (default: the default stages that exist as folders).'
  },
  {
    name: 'benchmark',
    kind: 'string',
    description: "init: the benchmark copies' folder (default: benchmark), or false for none."
  },
  {
    name: 'archive',
    kind: 'string',
    description: 'init: the archive folder (default: archived).'
  },
  {
    name: 'layout',
    kind: 'string',
    description:
      "init: where a version's files live under root, as a layout template (default: {stage}/{model}/{version})."
  },
  {
    name: 'archive-layout',
    kind: 'string',
    description:
      "init: the archive's layout template (default: layout, with /{version} after {stage} where layout has no {version})."
  },
  {
    name: 'versioning',
    kind: 'string',
    default: 'semver',
    description:
      'init: how versions are named: semver (default) or ordered (any name, ordered by createdAt).'
  }
] as const satisfies readonly InputSpec[]

/** The name of an input, as the action and the CLI spell it (`output-dir`). */
export type InputName = (typeof INPUT_TABLE)[number]['name']

export const INPUTS: readonly (InputSpec & { name: InputName })[] = INPUT_TABLE

export const COMMANDS = [
  'validate',
  'plan',
  'register',
  'retire',
  'evaluate',
  'compare',
  'promote',
  'rollback',
  'report',
  'monitor',
  'init',
  'resolve'
] as const

export type Command = (typeof COMMANDS)[number]
