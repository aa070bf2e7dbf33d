import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  computeMetrics,
  MetricMismatchError,
  reconcileMetrics
} from '../../src/policy/computed-metrics.js'
import { parsePredictions } from '../../src/policy/predictions.js'
import { Rng } from '../../src/policy/random.js'
import { runPython } from './python.js'

/** Quotes a CSV field when it needs it (RFC 4180). */
function csvField(value: string | number): string {
  const text = String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function toCsv(columns: Record<string, Array<string | number>>): string {
  const names = Object.keys(columns)
  const n = columns[names[0]].length
  const lines = [names.join(',')]
  for (let i = 0; i < n; i++) lines.push(names.map(c => csvField(columns[c][i])).join(','))
  return lines.join('\n') + '\n'
}

interface Case {
  name: string
  kind: 'classification' | 'regression'
  numeric: boolean
  csv: string
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.nextFloat() * items.length)]
}

/** Predictions files of several shapes, from a fixed seed. */
function makeCases(): Case[] {
  const rng = Rng.fromSeed(20240601)
  const cases: Case[] = []

  // Binary 0/1 with scores rounded to one decimal: many ties for roc_auc.
  {
    const n = 1500
    const yTrue: number[] = []
    const yPred: number[] = []
    const yScore: string[] = []
    for (let i = 0; i < n; i++) {
      const t = rng.nextFloat() < 0.35 ? 1 : 0
      const score = Math.min(1, Math.max(0, (t ? 0.62 : 0.38) + (rng.nextFloat() - 0.5) * 0.9))
      yTrue.push(t)
      yScore.push(score.toFixed(1))
      yPred.push(score >= 0.5 ? 1 : 0)
    }
    cases.push({
      name: 'binary-ties',
      kind: 'classification',
      numeric: true,
      csv: toCsv({ y_true: yTrue, y_pred: yPred, y_score: yScore })
    })
  }

  // Binary string labels; sklearn's positive class is the greater label, "yes".
  {
    const n = 800
    const yTrue: string[] = []
    const yPred: string[] = []
    const yScore: number[] = []
    for (let i = 0; i < n; i++) {
      const t = rng.nextFloat() < 0.5 ? 'yes' : 'no'
      const score = rng.nextFloat() * 0.7 + (t === 'yes' ? 0.25 : 0)
      yTrue.push(t)
      yScore.push(score)
      yPred.push(score > 0.5 ? 'yes' : 'no')
    }
    cases.push({
      name: 'binary-strings',
      kind: 'classification',
      numeric: false,
      csv: toCsv({
        id: yTrue.map((_, i) => `ex${i}`),
        y_score: yScore,
        y_pred: yPred,
        y_true: yTrue
      })
    })
  }

  // Multiclass strings: code-point order ("Cat" < "ant" < "émeu"), a label with
  // a comma (quoted), one only in y_true ("Cat") and one only in y_pred ("zebra").
  {
    const truths = ['ant', 'bee', 'Cat', 'dog', 'émeu', 'owl, barn']
    const predicted = ['ant', 'bee', 'dog', 'émeu', 'owl, barn', 'zebra']
    const n = 1200
    const yTrue: string[] = []
    const yPred: string[] = []
    for (let i = 0; i < n; i++) {
      const t = pick(rng, truths)
      yTrue.push(t)
      yPred.push(t !== 'Cat' && rng.nextFloat() < 0.6 ? t : pick(rng, predicted))
    }
    cases.push({
      name: 'multiclass-strings',
      kind: 'classification',
      numeric: false,
      csv: toCsv({ y_true: yTrue, note: yTrue.map(() => 'ignored'), y_pred: yPred })
    })
  }

  // Multiclass numbers: numeric order (2 < 9 < 10), 10 only in y_pred.
  {
    const n = 1000
    const yTrue: number[] = []
    const yPred: number[] = []
    for (let i = 0; i < n; i++) {
      const t = pick(rng, [1, 2, 9])
      yTrue.push(t)
      yPred.push(rng.nextFloat() < 0.7 ? t : pick(rng, [1, 2, 9, 10]))
    }
    cases.push({
      name: 'multiclass-numbers',
      kind: 'classification',
      numeric: true,
      csv: toCsv({ y_true: yTrue, y_pred: yPred })
    })
  }

  // Regression, one near zero and one far from zero (r2 needs the mean removed carefully).
  for (const [name, offset] of [
    ['regression', 0],
    ['regression-offset', 1e4]
  ] as const) {
    const n = 2000
    const yTrue: number[] = []
    const yPred: number[] = []
    for (let i = 0; i < n; i++) {
      const y = offset + (rng.nextFloat() - 0.5) * 20
      yTrue.push(y)
      yPred.push(y + (rng.nextFloat() - 0.5) * 6 + 0.3)
    }
    cases.push({
      name,
      kind: 'regression',
      numeric: true,
      csv: toCsv({ y_true: yTrue, y_pred: yPred })
    })
  }
  return cases
}

const SKLEARN = `
import csv, json, sys, warnings
warnings.filterwarnings('ignore')  # zero_division="warn" warns, and yields 0.0
from sklearn import metrics as M
from sklearn.utils.multiclass import unique_labels
out = {}
for f in json.load(sys.stdin):
    with open(f['path'], newline='', encoding='utf-8') as fh:
        rows = list(csv.DictReader(fh))
    if f['kind'] == 'regression':
        yt = [float(r['y_true']) for r in rows]
        yp = [float(r['y_pred']) for r in rows]
        res = {'mse': M.mean_squared_error(yt, yp),
               'rmse': M.mean_squared_error(yt, yp, squared=False),
               'mae': M.mean_absolute_error(yt, yp),
               'r2': M.r2_score(yt, yp)}
    else:
        conv = int if f['numeric'] else str
        yt = [conv(r['y_true']) for r in rows]
        yp = [conv(r['y_pred']) for r in rows]
        res = {'accuracy': M.accuracy_score(yt, yp)}
        for avg in ('macro', 'micro'):
            res['precision_' + avg] = M.precision_score(yt, yp, average=avg)
            res['recall_' + avg] = M.recall_score(yt, yp, average=avg)
            res['f1_' + avg] = M.f1_score(yt, yp, average=avg)
        if 'y_score' in rows[0]:
            res['roc_auc'] = M.roc_auc_score(yt, [float(r['y_score']) for r in rows])
        labels = unique_labels(yt, yp)
        res['confusion'] = {'labels': [str(l) for l in labels],
                            'matrix': M.confusion_matrix(yt, yp, labels=labels).tolist()}
    out[f['name']] = res
print(json.dumps(out))
`

function relativeGap(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b))
}

describe('computeMetrics agrees with scikit-learn on the same predictions files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-metrics-'))
  const cases = makeCases()
  for (const c of cases) writeFileSync(join(dir, `${c.name}.csv`), c.csv)
  const sklearn = runPython<Record<string, Record<string, unknown>>>(
    SKLEARN,
    cases.map(c => ({
      name: c.name,
      kind: c.kind,
      numeric: c.numeric,
      path: join(dir, `${c.name}.csv`)
    })),
    ['sklearn', 'numpy']
  )

  for (const c of cases) {
    it(`${c.name}: every metric to 1e-9 relative`, () => {
      const ours = computeMetrics(parsePredictions(c.csv, `${c.name}.csv`))
      expect(ours.task).toBe(c.kind)
      const expected = sklearn[c.name]
      const names = Object.keys(expected).filter(k => k !== 'confusion')
      expect(Object.keys(ours.metrics).sort()).toEqual(names.sort())
      const gaps = names
        .map(name => ({
          name,
          ours: ours.metrics[name as keyof typeof ours.metrics],
          sklearn: expected[name] as number
        }))
        .filter(g => g.ours === undefined || relativeGap(g.ours, g.sklearn) > 1e-9)
      expect(gaps).toEqual([])
      if (c.kind === 'classification') expect(ours.confusion).toEqual(expected.confusion)
    })
  }
})

describe('computeMetrics by hand', () => {
  it('applies zero division as 0 and macro-averages over labels in y_true or y_pred', () => {
    // Label c is never predicted (precision 0/0 → 0), d is never true (recall 0/0 → 0).
    const csv = 'y_true,y_pred\na,a\na,b\nb,b\nc,a\nc,d\n'
    const { metrics, confusion } = computeMetrics(parsePredictions(csv, 'p.csv'))
    expect(metrics.accuracy).toBeCloseTo(2 / 5, 15)
    // precision: a 1/2, b 1/2, c 0, d 0 → 0.25; recall: a 1/2, b 1, c 0, d 0 → 0.375
    expect(metrics.precision_macro).toBeCloseTo(0.25, 15)
    expect(metrics.recall_macro).toBeCloseTo(0.375, 15)
    // f1: a 2/(2+1+1)=0.5, b 2/(2+1)=2/3, c 0, d 0
    expect(metrics.f1_macro).toBeCloseTo((0.5 + 2 / 3) / 4, 15)
    expect(metrics.f1_micro).toBeCloseTo(0.4, 15)
    expect(confusion).toEqual({
      labels: ['a', 'b', 'c', 'd'],
      matrix: [
        [1, 1, 0, 0],
        [0, 1, 0, 0],
        [1, 0, 0, 1],
        [0, 0, 0, 0]
      ]
    })
  })

  it('computes roc_auc with ties counting one half', () => {
    // Positives 0.8, 0.5; negatives 0.5, 0.2: pairs (0.8>0.5, 0.8>0.2, 0.5=0.5, 0.5>0.2) = 3.5/4
    const csv = 'y_true,y_pred,y_score\n1,1,0.8\n1,1,0.5\n0,1,0.5\n0,0,0.2\n'
    expect(computeMetrics(parsePredictions(csv, 'p.csv')).metrics.roc_auc).toBe(0.875)
  })

  it('says why roc_auc is missing', () => {
    const multi = computeMetrics(
      parsePredictions('y_true,y_pred,y_score\na,a,1\nb,b,2\nc,a,3\n', 'p.csv')
    )
    expect(multi.metrics.roc_auc).toBeUndefined()
    expect(multi.notes).toContain(
      'roc_auc not computed: y_true has 3 classes; roc_auc is for binary tasks'
    )
    const noScore = computeMetrics(parsePredictions('y_true,y_pred\n1,1\n0,1\n', 'p.csv'))
    expect(noScore.notes).toContain('roc_auc not computed: the predictions have no y_score column')
  })

  it('follows sklearn r2 for a constant y_true: 1 when perfect, 0 otherwise', () => {
    const perfect = parsePredictions('y_true,y_pred\n2.5,2.5\n2.5,2.5\n', 'p.csv')
    expect(computeMetrics(perfect).metrics).toEqual({ mse: 0, rmse: 0, mae: 0, r2: 1 })
    const off = parsePredictions('y_true,y_pred\n2.5,3.5\n2.5,2.5\n', 'p.csv')
    expect(computeMetrics(off).metrics).toEqual({ mse: 0.5, rmse: Math.sqrt(0.5), mae: 0.5, r2: 0 })
  })
})

describe('reconcileMetrics', () => {
  it('fills in computed metrics the script did not report and keeps reported ones', () => {
    expect(
      reconcileMetrics({ accuracy: 0.9, latency_ms: 31 }, { accuracy: 0.9, f1_macro: 0.8 })
    ).toEqual({
      accuracy: 0.9,
      latency_ms: 31,
      f1_macro: 0.8
    })
  })

  it('accepts agreement to 1e-9 relative and absolute below 1', () => {
    expect(reconcileMetrics({ mse: 1000 }, { mse: 1000 + 9e-7 }).mse).toBe(1000)
    expect(reconcileMetrics({ r2: 0 }, { r2: 5e-10 }).r2).toBe(0)
  })

  it('fails naming the metric and both values when they disagree', () => {
    const run = () =>
      reconcileMetrics({ accuracy: 0.91, f1_macro: 0.8 }, { accuracy: 0.9125, f1_macro: 0.8 })
    expect(run).toThrow(MetricMismatchError)
    expect(run).toThrow(
      'accuracy: the metrics file reports 0.91 but the predictions give 0.9125 (they must agree to 1e-9, relative)'
    )
    expect(() => reconcileMetrics({ mse: 1000 }, { mse: 1000 + 2e-6 })).toThrow(
      /mse: .* 1000 .* 1000\.000002/
    )
  })
})
