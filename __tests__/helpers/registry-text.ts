/**
 * A registry loaded from texts in memory, through the project's loader
 * (schema and defaults included): for the pure rules that take a Registry.
 */
import { loadRegistryWith } from '../../src/registry/load.js'
import { matchGlob } from '../../src/registry/glob.js'
import type { Registry } from '../../src/registry/registry.js'

export async function registryFromTexts(
  files: Record<string, string>,
  manifestRel = 'models/registry.yaml'
): Promise<Registry> {
  const loaded = await loadRegistryWith(
    { read: rel => files[rel], glob: pattern => matchGlob(pattern, Object.keys(files)) },
    { repoRoot: '/repo', manifestRel }
  )
  const errors = loaded.diagnostics.filter(d => d.severity === 'error')
  if (!loaded.registry || errors.length) {
    throw new Error(`test registry does not load: ${errors.map(e => e.message).join('; ')}`)
  }
  return loaded.registry
}
