/**
 * Loading the registry for a command other than `validate`: the manifest must
 * be sound (schema and rules) before anything acts on it; file digests are
 * left to `validate` and to each command's own checks.
 */
import { DecisionError, formatDiagnostic } from '../errors.js'
import { loadRegistry, type LoadResult } from '../registry/load.js'
import type { Registry } from '../registry/registry.js'
import { checkRules } from '../registry/rules.js'

export async function loadSoundRegistry(
  manifestPath: string,
  env: NodeJS.ProcessEnv,
  onlyModel?: string
): Promise<Registry> {
  return requireSound(await loadRegistry({ manifestPath, onlyModel, env }))
}

/** The loaded registry, or the refusal naming the first error (a registry read from git too). */
export function requireSound(loaded: LoadResult): Registry {
  const diagnostics = [
    ...loaded.diagnostics,
    ...(loaded.registry ? checkRules(loaded.registry) : [])
  ]
  const errors = diagnostics.filter(d => d.severity === 'error')
  if (errors.length || !loaded.registry) {
    const first = errors[0] ? `: ${formatDiagnostic(errors[0])}` : ''
    throw new DecisionError(
      `the registry ${loaded.manifest.relPath} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}; run validate)${first}`,
      errors
    )
  }
  return loaded.registry
}
