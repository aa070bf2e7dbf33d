/** The presentation layer's renderings that commands are handed through their context. */
import type { Renderers } from '../commands/renderers.js'
import { issueBody, issueTitle } from './monitor-issue.js'
import { renderPrBody } from './pr-body.js'
import { reportHtml } from './report/html.js'

export const renderers: Renderers = {
  pullRequestBody: content => renderPrBody(content),
  monitorIssue: (health, at, runUrl) => ({
    title: issueTitle(health),
    body: issueBody(health, at, runUrl)
  }),
  reportPage: status => reportHtml(status)
}
