/**
 * The action: inputs → Settings → execute() → outputs, job summary,
 * annotations, exit status (0 pass, 1 decision "no", 2 usage/environment).
 */
import * as core from '@actions/core'
import { actionsLog } from './adapters/actions-log.js'
import { annotate } from './adapters/annotations.js'
import { writeJobSummary } from './adapters/job-summary.js'
import { ModelgateError } from './errors.js'
import { execute } from './execute.js'
import { getSettings } from './settings/input-helper.js'

export async function run(): Promise<void> {
  let failOnDecision = true
  try {
    const token = core.getInput('token')
    if (token) core.setSecret(token)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const settings = getSettings(name => core.getInput(name), workspace, process.env)
    failOnDecision = settings.failOnDecision
    const result = await execute(settings, { env: process.env, log: actionsLog })

    core.setOutput('result', JSON.stringify(result.result))
    if (result.decision) core.setOutput('decision', result.decision)
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
    annotate(result.diagnostics)
    await writeJobSummary(result.summary)
    core.info(result.text)

    if (result.exitCode === 1 && !settings.failOnDecision) {
      core.warning(`${result.text} (reported only: fail-on-decision is false)`)
    } else if (result.exitCode !== 0) {
      core.setFailed(result.text)
      process.exitCode = result.exitCode
    }
  } catch (error) {
    if (error instanceof ModelgateError) {
      annotate(error.diagnostics)
      if (error.exitCode === 1 && !failOnDecision) {
        core.setOutput('decision', 'fail')
        core.warning(`${error.message} (reported only: fail-on-decision is false)`)
        return
      }
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
