/**
 * The environment a manifest command runs with (SPEC §7): the job's, minus
 * what would hand it modelgate's credentials — the action's inputs
 * (`INPUT_*`, the token among them), GITHUB_TOKEN, the runner's artifact and
 * OIDC credentials. A command that really needs one names it in its `env:`
 * list, an explicit opt-in the log shows. Pure: no I/O.
 */

/** Variables never handed to a manifest command unless its `env` names them. */
const WITHHELD_NAMES = new Set(['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'])
const WITHHELD_PREFIXES = ['INPUT_', 'ACTIONS_ID_TOKEN_REQUEST_']

/** Whether `name` is withheld from manifest commands unless asked for. */
export function isWithheld(name: string): boolean {
  return WITHHELD_NAMES.has(name) || WITHHELD_PREFIXES.some(p => name.startsWith(p))
}

export interface CommandEnvironment {
  env: NodeJS.ProcessEnv
  /** Withheld variables passed because `env` asks for them (and the job has them). */
  passed: string[]
  /** Variables `env` asks for that the job does not have. */
  missing: string[]
}

/** `env` without the withheld variables, except those `optIn` names. */
export function commandEnvironment(
  env: NodeJS.ProcessEnv,
  optIn: readonly string[] = []
): CommandEnvironment {
  const wanted = new Set(optIn)
  const out: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(env)) {
    if (!isWithheld(name) || wanted.has(name)) out[name] = value
  }
  return {
    env: out,
    passed: optIn.filter(name => isWithheld(name) && env[name] !== undefined),
    missing: optIn.filter(name => env[name] === undefined)
  }
}
