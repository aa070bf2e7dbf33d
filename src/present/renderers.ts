/**
 * The presentation layer's renderings that commands are handed through their
 * context. Each loads its renderer when first asked, so a command that writes
 * no body or page (validate, plan, a dry run's CLI text) never loads them.
 */
import type { Renderers } from '../commands/renderers.js'

export const renderers: Renderers = {
  pullRequestBody: async content => (await import('./pr-body.js')).renderPrBody(content),
  monitorIssue: async (health, at, runUrl) => {
    const { issueBody, issueTitle } = await import('./monitor-issue.js')
    return { title: issueTitle(health), body: issueBody(health, at, runUrl) }
  },
  reportPage: async status => (await import('./report/html.js')).reportHtml(status)
}
