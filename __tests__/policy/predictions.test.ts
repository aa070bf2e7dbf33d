import { describe, expect, it } from '@jest/globals'
import {
  pairPredictions,
  PairingError,
  parsePredictions,
  PredictionsError
} from '../../src/policy/predictions.js'

function messageOf(run: () => unknown): string {
  try {
    run()
  } catch (err) {
    if (err instanceof PredictionsError || err instanceof PairingError) return err.message
    throw err
  }
  throw new Error('expected an error')
}

describe('parsePredictions', () => {
  it('reads columns in any order, ignores extra ones and keeps string labels', () => {
    const csv = 'id,features,y_pred,y_true,y_score\na1,"x,y",cat,cat,0.9\na2,z,dog,cat,0.2\n'
    expect(parsePredictions(csv, 'p.csv')).toEqual({
      task: 'classification',
      ids: ['a1', 'a2'],
      yTrue: ['cat', 'cat'],
      yPred: ['cat', 'dog'],
      yScore: [0.9, 0.2]
    })
  })

  it('reads a regression when a value is not an integer, and numbers as numbers', () => {
    expect(parsePredictions('y_true,y_pred\n1.5,2\n3,2.25\n', 'p.csv')).toEqual({
      task: 'regression',
      yTrue: [1.5, 3],
      yPred: [2, 2.25]
    })
  })

  it('reads integer-valued numbers as classes, one spelling per class', () => {
    expect(parsePredictions('y_true,y_pred\n1,1.0\n0,0\n-0,1e0\n', 'p.csv')).toEqual({
      task: 'classification',
      yTrue: ['1', '0', '0'],
      yPred: ['1', '0', '1']
    })
  })

  it('can be told the task for integer regression targets', () => {
    const p = parsePredictions('y_true,y_pred\n3,4\n5,5\n', 'p.csv', { task: 'regression' })
    expect(p).toEqual({ task: 'regression', yTrue: [3, 5], yPred: [4, 5] })
  })

  it('handles RFC 4180 quoting: commas, doubled quotes and newlines inside fields', () => {
    const csv = 'y_true,y_pred\r\n"a, b","say ""hi"""\r\n"multi\nline",x\r\n'
    const p = parsePredictions(csv, 'p.csv')
    expect(p.yTrue).toEqual(['a, b', 'multi\nline'])
    expect(p.yPred).toEqual(['say "hi"', 'x'])
  })

  const errors: Array<[string, string, string]> = [
    [
      'missing header',
      '1,0\n0,0\n',
      'p.csv:1: the header must name the columns y_true and y_pred (optionally y_score, id); found: 1, 0'
    ],
    ['empty file', '', 'p.csv: is empty; expected a header with y_true,y_pred'],
    ['header only', 'y_true,y_pred\n', 'p.csv: has a header but no rows'],
    ['ragged row', 'y_true,y_pred\n1,1\n0\n', 'p.csv:3: expected 2 fields as in the header, got 1'],
    ['long row', 'y_true,y_pred\n1,1,1\n', 'p.csv:2: expected 2 fields as in the header, got 3'],
    [
      'non-numeric score',
      'y_true,y_pred,y_score\n1,1,0.5\n0,0,high\n',
      'p.csv:3: y_score "high" is not a number'
    ],
    ['NaN score', 'y_true,y_pred,y_score\n1,1,NaN\n', 'p.csv:2: y_score "NaN" is NaN or infinite'],
    ['empty label', 'y_true,y_pred\n1,\n', 'p.csv:2: y_pred is empty'],
    [
      'duplicate id',
      'id,y_true,y_pred\na,1,1\nb,0,0\na,1,0\n',
      'p.csv:4: id "a" repeats line 2; ids must be unique'
    ],
    [
      'duplicate column',
      'y_true,y_pred,Y_TRUE\n1,1,1\n',
      'p.csv:1: the header names column y_true twice'
    ],
    ['unterminated quote', 'y_true,y_pred\n"a,b\n', 'p.csv:2: unterminated quoted field'],
    [
      'text after quote',
      'y_true,y_pred\n"a"b,c\n',
      'p.csv:2: unexpected character "b" after a closing quote'
    ]
  ]
  it.each(errors)('%s → a clear error with its line', (_, csv, message) => {
    expect(messageOf(() => parsePredictions(csv, 'p.csv'))).toBe(message)
  })

  it('names the cell that is not a number when told the task is regression', () => {
    expect(
      messageOf(() =>
        parsePredictions('y_true,y_pred\n1,2\n3,cat\n', 'p.csv', { task: 'regression' })
      )
    ).toBe('p.csv:3: y_pred "cat" is not a finite number, as regression needs')
  })
})

describe('pairPredictions', () => {
  const candidate = parsePredictions(
    'id,y_true,y_pred,y_score\na,1,1,0.9\nb,0,1,0.6\nc,1,0,0.3\n',
    'c.csv'
  )

  it('pairs rows by id, in the candidate order', () => {
    const benchmark = parsePredictions(
      'id,y_true,y_pred,y_score\nc,1,1,0.7\na,1,0,0.4\nb,0,0,0.1\n',
      'b.csv'
    )
    expect(pairPredictions(candidate, benchmark)).toEqual({
      task: 'classification',
      ids: ['a', 'b', 'c'],
      yTrue: ['1', '0', '1'],
      candidate: { yPred: ['1', '1', '0'], yScore: [0.9, 0.6, 0.3] },
      benchmark: { yPred: ['0', '0', '1'], yScore: [0.4, 0.1, 0.7] }
    })
  })

  it('pairs rows by order without ids', () => {
    const c = parsePredictions('y_true,y_pred\nx,x\ny,x\n', 'c.csv')
    const b = parsePredictions('y_true,y_pred\nx,y\ny,y\n', 'b.csv')
    const paired = pairPredictions(c, b)
    expect(paired.benchmark.yPred).toEqual(['y', 'y'])
    expect(paired.ids).toBeUndefined()
  })

  it('lists ids present on one side only, with the counts', () => {
    const benchmark = parsePredictions('id,y_true,y_pred\na,1,1\nb,0,0\nd,1,1\ne,0,0\n', 'b.csv')
    expect(messageOf(() => pairPredictions(candidate, benchmark))).toBe(
      'candidate and benchmark predictions are not on the same examples: ' +
        `1 ids only in the candidate's ("c"), 2 only in the benchmark's ("d", "e"); ` +
        'the candidate has 3 rows, the benchmark 4'
    )
  })

  it('shortens long id lists', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `x${i}`)
    const b = parsePredictions(
      `id,y_true,y_pred\n${ids.map(id => `${id},1,1`).join('\n')}\n`,
      'b.csv'
    )
    expect(messageOf(() => pairPredictions(candidate, b))).toContain(
      '8 only in the benchmark\'s ("x0", "x1", "x2", "x3", "x4", …)'
    )
  })

  it('refuses different row counts without ids', () => {
    const c = parsePredictions('y_true,y_pred\n1,1\n0,0\n', 'c.csv')
    const b = parsePredictions('y_true,y_pred\n1,1\n', 'b.csv')
    expect(messageOf(() => pairPredictions(c, b))).toMatch(
      /^candidate and benchmark predictions have different numbers of rows \(2 and 1\)/
    )
  })

  it('refuses pairs whose y_true differ: the two were not evaluated on the same data', () => {
    const benchmark = parsePredictions('id,y_true,y_pred\na,1,1\nb,1,0\nc,0,1\n', 'b.csv')
    expect(messageOf(() => pairPredictions(candidate, benchmark))).toBe(
      'y_true differs for 2 of 3 paired examples (first at id "b": candidate "0", benchmark "1"); ' +
        'candidate and benchmark must be evaluated on the same data'
    )
    const c = parsePredictions('y_true,y_pred\n1.5,1\n2.5,2\n', 'c.csv')
    const b = parsePredictions('y_true,y_pred\n1.5,1\n2.75,2\n', 'b.csv')
    expect(messageOf(() => pairPredictions(c, b))).toContain(
      '(first at row 2: candidate 2.5, benchmark 2.75)'
    )
  })

  it('refuses a regression paired with a classification', () => {
    const c = parsePredictions('y_true,y_pred\n1,1.5\n2,2\n', 'c.csv')
    const b = parsePredictions('y_true,y_pred\n1,1\n2,2\n', 'b.csv')
    expect(messageOf(() => pairPredictions(c, b))).toMatch(
      /^the candidate's predictions read as regression but the benchmark's as classification/
    )
  })
})
