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
import { Secrets } from './secrets.js'
import { getSettings } from './settings/input-helper.js'

export async function run(): Promise<void> {
  // Every text this entry hands the runner (log, outputs, summary, annotations) is redacted.
  const secrets = Secrets.of(process.env, core.getInput('token'))
  try {
    for (const secret of secrets.values) core.setSecret(secret)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const settings = getSettings(name => core.getInput(name), workspace, process.env)
    const result = await execute(settings, realContext(process.env, actionsLog, secrets))

    core.setOutput('result', secrets.redactJson(result.result))
    if (result.decision) core.setOutput('decision', result.decision)
    for (const [name, value] of Object.entries(result.outputs))
      core.setOutput(name, secrets.redact(value))
    annotate(secrets.redactValue(result.diagnostics))
    const view = await viewOf(result)
    const text = secrets.redact(view.text)
    const summary = secrets.redact(view.summary)
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
      annotate(secrets.redactValue(error.diagnostics))
      core.setFailed(secrets.redact(error.message))
      process.exitCode = error.exitCode
    } else {
      // A bug, not bad input: say so plainly, keep the stack for debug logs.
      const err = error as Error
      core.debug(secrets.redact(err.stack ?? String(err)))
      core.setFailed(secrets.redact(`modelgate failed unexpectedly: ${err.message ?? String(err)}`))
      process.exitCode = 2
    }
  }
}
