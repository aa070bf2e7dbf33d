/**
 * The action: inputs → Settings → execute() → outputs, job summary,
 * annotations, exit status (0 pass, 1 decision "no", 2 usage/environment).
 */
import { actionsLog } from './adapters/actions-log.js'
import { annotate } from './adapters/annotations.js'
import { writeJobSummary } from './adapters/job-summary.js'
import { runner } from './adapters/runner.js'
import { ModelgateError } from './errors.js'
import { execute, realContext } from './execute.js'
import { viewOf } from './present/outcome.js'
import { Secrets } from './secrets.js'
import { getSettings } from './settings/input-helper.js'

export async function run(): Promise<void> {
  // Every text this entry hands the runner (log, outputs, summary, annotations) is redacted.
  const secrets = Secrets.of(process.env, runner.getInput('token'))
  try {
    for (const secret of secrets.values) runner.setSecret(secret)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const settings = getSettings(name => runner.getInput(name), workspace, process.env)
    const result = await execute(settings, realContext(process.env, actionsLog, secrets))

    runner.setOutput('result', secrets.redactJson(result.result))
    if (result.decision) runner.setOutput('decision', result.decision)
    for (const [name, value] of Object.entries(result.outputs))
      runner.setOutput(name, secrets.redact(value))
    annotate(secrets.redactValue(result.diagnostics))
    const view = await viewOf(result)
    const text = secrets.redact(view.text)
    const summary = secrets.redact(view.summary)
    // A refusal did nothing: its one line is the failure, there is no summary to write.
    if (result.refusal === undefined) {
      await writeJobSummary(summary)
      runner.info(text)
    }

    // The one place fail-on-decision applies in the action.
    if (result.exitCode === 1 && !settings.failOnDecision) {
      runner.warning(`${text} (reported only: fail-on-decision is false)`)
    } else if (result.exitCode !== 0) {
      runner.setFailed(text)
      process.exitCode = result.exitCode
    }
  } catch (error) {
    if (error instanceof ModelgateError) {
      // Usage and environment faults (exit 2); a "no" arrives as a result.
      annotate(secrets.redactValue(error.diagnostics))
      runner.setFailed(secrets.redact(error.message))
      process.exitCode = error.exitCode
    } else {
      // A bug, not bad input: say so plainly, keep the stack for debug logs.
      const err = error as Error
      runner.debug(secrets.redact(err.stack ?? String(err)))
      runner.setFailed(
        secrets.redact(`modelgate failed unexpectedly: ${err.message ?? String(err)}`)
      )
      process.exitCode = 2
    }
  }
}
