/**
 * What a predictions file reads as (predictions.ts parses it; pairing.ts
 * pairs two of them). The types live apart from both so that pairing.ts can
 * name them without importing the parser, which re-exports the pairing.
 */
export type Task = 'classification' | 'regression'

interface PredictionsBase {
  /** Example ids, when the file has an `id` column (unique). */
  ids?: string[]
  /** Score of the positive class (the greater label in sklearn's order), when given. */
  yScore?: number[]
}
export interface ClassificationPredictions extends PredictionsBase {
  task: 'classification'
  yTrue: string[]
  yPred: string[]
}
export interface RegressionPredictions extends PredictionsBase {
  task: 'regression'
  yTrue: number[]
  yPred: number[]
}
export type Predictions = ClassificationPredictions | RegressionPredictions
