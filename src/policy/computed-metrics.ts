/**
 * The standard metrics modelgate computes itself from a predictions file
 * (SPEC §4), matching scikit-learn's definitions, and the check that they
 * agree with what the user's evaluation script reported.
 *
 * Classification vs regression is decided when the file is read (see
 * predictions.ts): all-numeric y_true and y_pred with at least one
 * non-integer value make a regression; anything else is a classification.
 */
import { DecisionError } from '../errors.js'
import { sortScores, weightedAuc } from './auc.js'
import {
  CLASSIFICATION_SCORE_NAMES,
  countExample,
  scoresFromCounts,
  type ClassificationScoreName
} from './classification.js'
import { encodeLabels, sortLabels } from './labels.js'
import type {
  ClassificationPredictions,
  Predictions,
  RegressionPredictions,
  Task
} from './predictions.js'
import {
  CompensatedSum,
  REGRESSION_SCORE_NAMES,
  scoresFromSums,
  type RegressionScoreName
} from './regression.js'

export const COMPUTED_METRIC_NAMES = [
  ...CLASSIFICATION_SCORE_NAMES,
  'roc_auc',
  ...REGRESSION_SCORE_NAMES
] as const
export type ComputedMetricName = ClassificationScoreName | 'roc_auc' | RegressionScoreName

/** Rows are true labels, columns predicted labels, both in `labels` order (as sklearn). */
export interface ConfusionMatrix {
  labels: string[]
  matrix: number[][]
}

export interface ComputedMetrics {
  task: Task
  metrics: Partial<Record<ComputedMetricName, number>>
  /** Classification only, and only up to MAX_CONFUSION_LABELS labels. */
  confusion?: ConfusionMatrix
  /** Why a metric was not computed (e.g. roc_auc without y_score). */
  notes: string[]
}

// A confusion matrix is K² numbers in result.json; past a few hundred labels
// it stops being readable and starts being megabytes.
const MAX_CONFUSION_LABELS = 200

export function computeMetrics(predictions: Predictions): ComputedMetrics {
  if (predictions.yTrue.length === 0) {
    throw new RangeError('cannot compute metrics from zero predictions')
  }
  return predictions.task === 'classification'
    ? classificationMetrics(predictions)
    : regressionMetrics(predictions)
}

function classificationMetrics(p: ClassificationPredictions): ComputedMetrics {
  const n = p.yTrue.length
  const {
    labels,
    codes: [trueCodes, predCodes]
  } = encodeLabels([p.yTrue, p.yPred])
  const k = labels.length
  const tp = new Float64Array(k)
  const fp = new Float64Array(k)
  const fn = new Float64Array(k)
  for (let i = 0; i < n; i++) countExample(tp, fp, fn, trueCodes[i], predCodes[i], 1)
  const notes: string[] = []
  const metrics: ComputedMetrics['metrics'] = { ...scoresFromCounts(tp, fp, fn, n) }

  const auc = rocAuc(p, notes)
  if (auc !== undefined) metrics.roc_auc = auc

  let confusion: ConfusionMatrix | undefined
  if (k <= MAX_CONFUSION_LABELS) {
    const matrix = labels.map(() => new Array<number>(k).fill(0))
    for (let i = 0; i < n; i++) matrix[trueCodes[i]][predCodes[i]]++
    confusion = { labels, matrix }
  } else {
    notes.push(`confusion matrix omitted: ${k} labels (more than ${MAX_CONFUSION_LABELS})`)
  }
  return { task: 'classification', metrics, ...(confusion && { confusion }), notes }
}

/** roc_auc for a binary y_true with scores, else undefined with a note saying why. */
function rocAuc(p: ClassificationPredictions, notes: string[]): number | undefined {
  if (p.yScore === undefined) {
    notes.push('roc_auc not computed: the predictions have no y_score column')
    return undefined
  }
  // sklearn's positive class is the greater of the two labels of y_true
  // (np.unique order), whatever y_pred contains.
  const classes = sortLabels(p.yTrue)
  if (classes.length !== 2) {
    notes.push(
      `roc_auc not computed: y_true has ${classes.length} classes; roc_auc is for binary tasks`
    )
    return undefined
  }
  const positive = classes[1]
  const isPositive = Uint8Array.from(p.yTrue, y => (y === positive ? 1 : 0))
  return weightedAuc(sortScores(p.yScore), isPositive)
}

function regressionMetrics(p: RegressionPredictions): ComputedMetrics {
  const n = p.yTrue.length
  const sse = new CompensatedSum()
  const sae = new CompensatedSum()
  const sum = new CompensatedSum()
  for (let i = 0; i < n; i++) {
    const e = p.yTrue[i] - p.yPred[i]
    sse.add(e * e)
    sae.add(Math.abs(e))
    sum.add(p.yTrue[i])
  }
  // Two passes (mean first) so that the total sum of squares does not lose
  // its digits when y_true is large relative to its spread.
  const mean = sum.value / n
  const sst = new CompensatedSum()
  for (let i = 0; i < n; i++) sst.add((p.yTrue[i] - mean) ** 2)
  const scores = scoresFromSums(sse.value, sae.value, sst.value, n)
  const notes: string[] = []
  const metrics: ComputedMetrics['metrics'] = { ...scores }
  if (n < 2) {
    // sklearn returns NaN with a warning: r2 is not defined for one sample.
    delete metrics.r2
    notes.push('r2 not computed: it needs at least two examples')
  }
  return { task: 'regression', metrics, notes }
}

export interface MetricMismatch {
  metric: string
  reported: number
  computed: number
}

/** The user's script and the predictions disagree on a metric. */
export class MetricMismatchError extends DecisionError {
  readonly mismatches: MetricMismatch[]
  constructor(mismatches: MetricMismatch[]) {
    const lines = mismatches.map(
      m =>
        `${m.metric}: the metrics file reports ${m.reported} but the predictions give ${m.computed}`
    )
    super(
      `${lines.join('; ')} (they must agree to 1e-9, relative); check how the evaluation ` +
        'script computes them and on which rows'
    )
    this.name = 'MetricMismatchError'
    this.mismatches = mismatches
  }
}

const RECONCILE_TOLERANCE = 1e-9

/** |a − b| ≤ 1e-9 · max(1, |a|, |b|): relative for large values, absolute near zero. */
export function agrees(a: number, b: number, tolerance = RECONCILE_TOLERANCE): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * Reported metrics win (they are what the user chose to report), computed
 * ones fill in the names not reported; a name in both must agree, a cheap
 * check on buggy evaluation scripts (SPEC §4).
 */
export function reconcileMetrics(
  reported: Record<string, number>,
  computed: Partial<Record<string, number>>
): Record<string, number> {
  const merged = new Map(Object.entries(reported))
  const mismatches: MetricMismatch[] = []
  for (const [metric, value] of Object.entries(computed)) {
    if (value === undefined) continue
    const mine = merged.get(metric)
    if (mine === undefined) merged.set(metric, value)
    else if (!agrees(mine, value)) mismatches.push({ metric, reported: mine, computed: value })
  }
  if (mismatches.length > 0) throw new MetricMismatchError(mismatches)
  return Object.fromEntries(merged)
}
