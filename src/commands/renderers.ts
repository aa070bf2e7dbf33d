/**
 * The renderings a command needs in order to act (the body of the pull
 * request it opens, the issue it keeps, the page it writes). Commands sit
 * below the presentation layer and import nothing from it: they are handed
 * these through their context, and `present/renderers.ts` provides them.
 */
import type { PullRequestContent } from '../changes/pull-request-content.js'
import type { ModelHealth } from '../monitoring/health.js'
import type { RegistryStatus } from '../report/status.js'
import type { Secrets } from '../secrets.js'

export interface Renderers {
  /** The body of a change's pull request, within GitHub's size limit. */
  pullRequestBody(content: PullRequestContent): Promise<string>
  /** The title and body of the issue `monitor` keeps for a model. */
  monitorIssue(
    health: ModelHealth,
    at: string,
    runUrl?: string
  ): Promise<{ title: string; body: string }>
  /** The self-contained HTML page `report` writes. */
  reportPage(status: RegistryStatus): Promise<string>
}

/**
 * `render` with the run's secrets blanked out of everything it renders: a
 * body may quote a failed command's output, and it is sent to GitHub or
 * written where an artifact picks it up.
 */
export function redactingRenderers(render: Renderers, secrets: Secrets): Renderers {
  return {
    pullRequestBody: async content => secrets.redact(await render.pullRequestBody(content)),
    monitorIssue: async (health, at, runUrl) =>
      secrets.redactValue(await render.monitorIssue(health, at, runUrl)),
    reportPage: async status => secrets.redact(await render.reportPage(status))
  }
}
