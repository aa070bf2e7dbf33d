/**
 * Pairs the candidate's and the benchmark's predictions example by example,
 * which the significance tests need (SPEC §4): by the `id` column when both
 * files have one, otherwise by row order. Pairing also checks that the two
 * were evaluated on the same data, since a paired test on different examples
 * would be meaningless: same examples, same y_true.
 */
import { DecisionError } from '../errors.js'
import type { Predictions, Task } from './prediction-types.js'

export interface PairedSide<L> {
  yPred: L[]
  yScore?: number[]
}
interface PairedOf<T extends Task, L> {
  task: T
  /** Example ids in the candidate's order, when both files had ids. */
  ids?: string[]
  yTrue: L[]
  candidate: PairedSide<L>
  benchmark: PairedSide<L>
}
export type PairedPredictions = PairedOf<'classification', string> | PairedOf<'regression', number>

/** Candidate and benchmark predictions that cannot be paired. */
export class PairingError extends DecisionError {
  constructor(message: string) {
    super(message)
    this.name = 'PairingError'
  }
}

// y_true may be printed with different precision by two scripts (float32 vs
// float64); this is about the identity of the examples, not metric precision.
const REGRESSION_Y_TRUE_TOLERANCE = 1e-6
const SHOWN = 5

export function pairPredictions(candidate: Predictions, benchmark: Predictions): PairedPredictions {
  if (candidate.task !== benchmark.task) {
    throw new PairingError(
      `the candidate's predictions read as ${candidate.task} but the benchmark's as ` +
        `${benchmark.task}; both must predict the same kind of target ` +
        '(regression: numbers with at least one non-integer; otherwise classes)'
    )
  }
  const order = alignment(candidate, benchmark)
  const reorder = <T>(values: T[]): T[] => order.map(i => values[i])
  checkSameTruth(candidate, reorder<string | number>(benchmark.yTrue))
  // Both arms share one union type; the cast restores the task/label link
  // that TypeScript loses across the spread (both files have the same task).
  return {
    task: candidate.task,
    ...(candidate.ids && benchmark.ids && { ids: candidate.ids }),
    yTrue: candidate.yTrue,
    candidate: { yPred: candidate.yPred, ...(candidate.yScore && { yScore: candidate.yScore }) },
    benchmark: {
      yPred: reorder<string | number>(benchmark.yPred),
      ...(benchmark.yScore && { yScore: reorder(benchmark.yScore) })
    }
  } as PairedPredictions
}

/** For each candidate row, the index of its benchmark row. */
function alignment(candidate: Predictions, benchmark: Predictions): number[] {
  if (candidate.ids && benchmark.ids) {
    const position = new Map(benchmark.ids.map((id, i) => [id, i]))
    const onlyCandidate = candidate.ids.filter(id => !position.has(id))
    const candidateIds = new Set(candidate.ids)
    const onlyBenchmark = benchmark.ids.filter(id => !candidateIds.has(id))
    if (onlyCandidate.length > 0 || onlyBenchmark.length > 0) {
      const parts = [
        onlyCandidate.length > 0 &&
          `${onlyCandidate.length} ids only in the candidate's (${list(onlyCandidate)})`,
        onlyBenchmark.length > 0 &&
          `${onlyBenchmark.length} only in the benchmark's (${list(onlyBenchmark)})`
      ].filter(Boolean)
      throw new PairingError(
        `candidate and benchmark predictions are not on the same examples: ${parts.join(', ')}; ` +
          `the candidate has ${candidate.ids.length} rows, the benchmark ${benchmark.ids.length}`
      )
    }
    return candidate.ids.map(id => position.get(id) as number)
  }
  if (candidate.yTrue.length !== benchmark.yTrue.length) {
    throw new PairingError(
      `candidate and benchmark predictions have different numbers of rows ` +
        `(${candidate.yTrue.length} and ${benchmark.yTrue.length}); without an id column ` +
        'in both files rows pair by order, so both must list the same examples'
    )
  }
  return candidate.yTrue.map((_, i) => i)
}

function checkSameTruth(candidate: Predictions, benchmarkTruth: Array<string | number>): void {
  const differs: number[] = []
  candidate.yTrue.forEach((value: string | number, i: number) => {
    if (!sameTruth(value, benchmarkTruth[i])) differs.push(i)
  })
  if (differs.length === 0) return
  const i = differs[0]
  const where = candidate.ids ? `id ${JSON.stringify(candidate.ids[i])}` : `row ${i + 1}`
  throw new PairingError(
    `y_true differs for ${differs.length} of ${candidate.yTrue.length} paired examples ` +
      `(first at ${where}: candidate ${JSON.stringify(candidate.yTrue[i])}, ` +
      `benchmark ${JSON.stringify(benchmarkTruth[i])}); candidate and benchmark must be ` +
      'evaluated on the same data'
  )
}

function sameTruth(a: string | number, b: string | number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= REGRESSION_Y_TRUE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b))
  }
  return a === b
}

function list(ids: string[]): string {
  const shown = ids.slice(0, SHOWN).map(id => JSON.stringify(id))
  return ids.length > SHOWN ? `${shown.join(', ')}, …` : shown.join(', ')
}
