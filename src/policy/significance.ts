/**
 * Chooses and runs the significance test for one primary metric (SPEC §4):
 * McNemar's exact test for accuracy, the paired bootstrap for the other
 * metrics modelgate can compute from predictions. The result is the evidence
 * compareMetrics() weighs against `compare.significance`.
 */
import type { Goal } from '../registry/types.js'
import { pairedBootstrap } from './bootstrap.js'
import { COMPUTED_METRIC_NAMES, type ComputedMetricName } from './computed-metrics.js'
import { formatFractionAsPercent } from './format.js'
import type { PairedPredictions } from './pairing.js'
import { discordantCounts, mcnemarExact } from './statistics.js'

export type SignificanceEvidence =
  | {
      /** One-sided p-value for "the candidate is better". */
      pValue: number
      /** Interval for candidate − benchmark, in the metric's units. */
      ci?: [number, number]
      /** Human name of the test, shown next to the p-value. */
      method: string
    }
  | {
      /** Why there is no test for this metric (shown as the gate's reason). */
      unavailable: string
    }

export interface SignificanceOptions {
  alpha: number
  seed?: number
  resamples?: number
}

export function testImprovement(
  metric: string,
  goal: Goal,
  pairs: PairedPredictions,
  options: SignificanceOptions
): SignificanceEvidence {
  if (!(COMPUTED_METRIC_NAMES as readonly string[]).includes(metric)) {
    return {
      unavailable:
        `${metric} is not one of the metrics modelgate computes from predictions ` +
        `(${COMPUTED_METRIC_NAMES.join(', ')}), so its improvement cannot be tested`
    }
  }
  try {
    if (metric === 'accuracy' && pairs.task === 'classification') {
      const { b, c } = discordantCounts(pairs)
      // b counts examples only the candidate got right; "better" flips if
      // someone sets goal: minimize on accuracy.
      const [better, worse] = goal === 'maximize' ? [b, c] : [c, b]
      return {
        pValue: mcnemarExact(better, worse),
        method: `McNemar's exact test, ${b} vs ${c} discordant examples`
      }
    }
    const result = pairedBootstrap(metric as ComputedMetricName, pairs, { ...options, goal })
    return {
      pValue: result.pValue,
      ci: [result.ciLow, result.ciHigh],
      method:
        `paired bootstrap, ${result.resamples} resamples, seed ${result.seed}, ` +
        `${formatFractionAsPercent(result.confidence)} interval`
    }
  } catch (err) {
    // The kernels throw RangeError for predictions that cannot give this
    // metric (regression metric on classes, roc_auc without y_score, …).
    if (err instanceof RangeError) return { unavailable: err.message }
    throw err
  }
}
