/** Every command's outcome, one type each, and the refusal any of them may end in. */
import type { Refusal } from './command-result.js'
import type { CompareOutcome } from './compare.js'
import type { EvaluateOutcome } from './evaluate.js'
import type { InitOutcome } from './init.js'
import type { MonitorOutcome } from './monitor.js'
import type { PlanOutcome } from './plan.js'
import type { ChangeOutcome } from './show-or-apply.js'
import type { PromoteOutcome } from './promote.js'
import type { ReportOutcome } from './report.js'
import type { ResolveOutcome } from './resolve.js'
import type { ValidateOutcome } from './validate.js'

export type CommandResult =
  | Refusal
  | ValidateOutcome
  | PlanOutcome
  | EvaluateOutcome
  | CompareOutcome
  | PromoteOutcome
  | ChangeOutcome
  | ReportOutcome
  | MonitorOutcome
  | InitOutcome
  | ResolveOutcome
