/**
 * What promote and rollback share before they plan: who makes the change,
 * when, from which run — and the refusal of a checkout whose model files do
 * not match their digests, since the commit moves exactly those files.
 */
import os from 'node:os'
import { DecisionError, formatDiagnostic } from '../errors.js'
import { checkFiles } from '../registry/file-checks.js'
import type { Registry } from '../registry/registry.js'
import { workflowRunUrl } from '../settings/workflow-run.js'
import type { CommandContext } from './context.js'

export interface ChangeStamp {
  at: string
  actor: string
  run?: string
}

export function changeStamp({ env, now }: Pick<CommandContext, 'env' | 'now'>): ChangeStamp {
  return {
    at: now().toISOString(),
    actor: env.GITHUB_ACTOR || os.userInfo().username,
    run: workflowRunUrl(env)
  }
}

/** Refuses when a file of the registry (loaded for one model) fails its digest. */
export async function requireSoundFiles(reg: Registry, what: string): Promise<void> {
  const files = await checkFiles(reg)
  const errors = files.diagnostics.filter(d => d.severity === 'error')
  if (errors.length) {
    throw new DecisionError(`${what}: ${formatDiagnostic(errors[0])}`, errors)
  }
}
