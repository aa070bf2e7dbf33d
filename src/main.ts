/**
 * The action: inputs → Settings → execute() → outputs, job summary,
 * annotations, exit status (0 pass, 1 decision "no", 2 usage/environment).
 */
import * as core from '@actions/core'
import { actionsLog } from './adapters/actions-log.js'
import { annotate } from './adapters/annotations.js'
import { writeJobSummary } from './adapters/job-summary.js'
import { ModelgateError } from './errors.js'
import { execute, realContext } from './execute.js'
import { viewOf } from './present/outcome.js'
import { getSettings } from './settings/input-helper.js'

export async function run(): Promise<void> {
  try {
    const token = core.getInput('token')
    if (token) core.setSecret(token)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const settings = getSettings(name => core.getInput(name), workspace, process.env)
    const result = await execute(settings, realContext(process.env, actionsLog))

    core.setOutput('result', JSON.stringify(result.result))
    if (result.decision) core.setOutput('decision', result.decision)
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
    annotate(result.diagnostics)
    const { text, summary } = await viewOf(result)
    // A refusal did nothing: its one line is the failure, there is no summary to write.
    if (result.refusal === undefined) {
      await writeJobSummary(summary)
      core.info(text)
    }

    // The one place fail-on-decision applies in the action.
    if (result.exitCode === 1 && !settings.failOnDecision) {
      core.warning(`${text} (reported only: fail-on-decision is false)`)
    } else if (result.exitCode !== 0) {
      core.setFailed(text)
      process.exitCode = result.exitCode
    }
  } catch (error) {
    if (error instanceof ModelgateError) {
      // Usage and environment faults (exit 2); a "no" arrives as a result.
      annotate(error.diagnostics)
      core.setFailed(error.message)
      process.exitCode = error.exitCode
    } else {
      // A bug, not bad input: say so plainly, keep the stack for debug logs.
      const err = error as Error
      core.debug(err.stack ?? String(err))
      core.setFailed(`modelgate failed unexpectedly: ${err.message ?? String(err)}`)
      process.exitCode = 2
    }
  }
}
