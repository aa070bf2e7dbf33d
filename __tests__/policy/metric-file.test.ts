import { describe, expect, it } from '@jest/globals'
import { MetricFileError, parseMetricFile } from '../../src/policy/metric-file.js'

function errorOf(run: () => unknown): MetricFileError {
  try {
    run()
  } catch (err) {
    if (err instanceof MetricFileError) return err
    throw err
  }
  throw new Error('expected a MetricFileError')
}

describe('parseMetricFile: JSON and YAML', () => {
  it('flattens nested objects with dots, as dvc metrics show does', () => {
    const json =
      '{"accuracy": 0.91, "per_class": {"cat": {"f1": 0.8}, "dog": {"f1": 0.7}}, "n": 1000}'
    expect(parseMetricFile(json, 'metrics.json')).toEqual({
      accuracy: 0.91,
      'per_class.cat.f1': 0.8,
      'per_class.dog.f1': 0.7,
      n: 1000
    })
  })

  it('reads YAML the same way, including exponents and negative numbers', () => {
    const yaml = 'accuracy: 0.91\nloss:\n  train: 1.5e-3\n  val: -0.25\n'
    expect(parseMetricFile(yaml, 'metrics.yaml')).toEqual({
      accuracy: 0.91,
      'loss.train': 0.0015,
      'loss.val': -0.25
    })
    expect(parseMetricFile('a: 1\n', 'm.yml')).toEqual({ a: 1 })
  })

  it('sniffs the format when the extension says nothing', () => {
    expect(parseMetricFile('{"a": 1}', 'metrics.txt')).toEqual({ a: 1 })
    expect(parseMetricFile('a: 2\nb: {c: 3}\n', 'metrics')).toEqual({ a: 2, 'b.c': 3 })
    expect(parseMetricFile('a,4\nb,5\n', 'metrics.out')).toEqual({ a: 4, b: 5 })
  })

  it('keeps a metric named __proto__ as a plain key', () => {
    const parsed = parseMetricFile('{"__proto__": 1}', 'm.json')
    expect(Object.keys(parsed)).toEqual(['__proto__'])
  })
})

describe('parseMetricFile: CSV', () => {
  it('reads name,value rows with or without a header', () => {
    expect(parseMetricFile('name,value\naccuracy,0.91\nf1_macro,0.87\n', 'm.csv')).toEqual({
      accuracy: 0.91,
      f1_macro: 0.87
    })
    expect(parseMetricFile('accuracy,0.91\r\n\r\nlatency_ms,31\r\n', 'm.csv')).toEqual({
      accuracy: 0.91,
      latency_ms: 31
    })
    expect(parseMetricFile('"f1, macro",0.5\n', 'm.csv')).toEqual({ 'f1, macro': 0.5 })
  })
})

describe('parseMetricFile: errors name the file, the metric and what was expected', () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    [
      '{"accuracy": "0.91"}',
      'm.json',
      'm.json: metric "accuracy" must be a finite number, got the string "0.91" (write the number without quotes)',
      'accuracy'
    ],
    [
      '{"accuracy": "high"}',
      'm.json',
      'm.json: metric "accuracy" must be a finite number, got the string "high"',
      'accuracy'
    ],
    [
      '{"a": {"passed": true}}',
      'm.json',
      'm.json: metric "a.passed" must be a finite number, got true (a boolean)',
      'a.passed'
    ],
    ['{"a": null}', 'm.json', 'm.json: metric "a" must be a finite number, got null', 'a'],
    [
      '{"per_class": {"f1": [0.8, 0.7]}}',
      'm.json',
      'm.json: metric "per_class.f1" is a list; expected a number (or an object of numbers)',
      'per_class.f1'
    ],
    [
      '{"auc": NaN}',
      'm.json',
      'm.json: metric "auc" is NaN; a metric must be a finite number',
      'auc'
    ],
    [
      '{"x": {"loss": -Infinity}}',
      'm.json',
      'm.json: metric "x.loss" is infinite; a metric must be a finite number',
      'x.loss'
    ],
    [
      'auc: .nan\n',
      'm.yaml',
      'm.yaml: metric "auc" is NaN; a metric must be a finite number',
      'auc'
    ],
    [
      'loss: .inf\n',
      'm.yaml',
      'm.yaml: metric "loss" is infinite; a metric must be a finite number',
      'loss'
    ],
    [
      'auc: NaN\n',
      'm.yaml',
      'm.yaml: metric "auc" is NaN; a metric must be a finite number',
      'auc'
    ],
    [
      'accuracy,NaN\n',
      'm.csv',
      'm.csv: metric "accuracy" is NaN; a metric must be a finite number',
      'accuracy'
    ],
    [
      'loss,inf\n',
      'm.csv',
      'm.csv: metric "loss" is infinite; a metric must be a finite number',
      'loss'
    ],
    [
      'accuracy,0.9\nf1,high\n',
      'm.csv',
      'm.csv: line 2: metric "f1" must be a finite number, got "high"',
      'f1'
    ],
    [
      'accuracy,\n',
      'm.csv',
      'm.csv: line 1: metric "accuracy" must be a finite number, got ""',
      'accuracy'
    ],
    [
      'accuracy,0.9,extra\n',
      'm.csv',
      'm.csv: line 1: expected 2 fields (name,value), got 3',
      undefined
    ],
    ['a,1\na,2\n', 'm.csv', 'm.csv: line 2: metric "a" is given twice', 'a'],
    ['{"a.b": 1, "a": {"b": 2}}', 'm.json', 'm.json: metric "a.b" is given twice', 'a.b'],
    [
      '[0.9]',
      'm.json',
      'm.json: expected an object of metric names to numbers, got a list',
      undefined
    ],
    ['0.9', 'm.json', 'm.json: expected an object of metric names to numbers, got 0.9', undefined],
    ['', 'm.yaml', 'm.yaml: is empty; expected an object of metric names to numbers', undefined]
  ]
  it.each(cases)('%j in %s', (text, file, message, metric) => {
    const err = errorOf(() => parseMetricFile(text, file))
    expect(err.message).toBe(message)
    expect(err.metric).toBe(metric)
    expect(err.fileName).toBe(file)
    expect(err).toBeInstanceOf(Error)
    expect(err.exitCode).toBe(1)
  })

  it('reports syntax errors as such', () => {
    expect(errorOf(() => parseMetricFile('{"a": 1,}', 'm.json')).message).toMatch(
      /^m\.json: is not valid JSON: /
    )
    expect(errorOf(() => parseMetricFile('a: [1\n', 'm.yaml')).message).toMatch(
      /^m\.yaml: is not valid YAML: /
    )
    expect(errorOf(() => parseMetricFile('"a,1\n', 'm.csv')).message).toBe(
      'm.csv: line 1: unterminated quoted field'
    )
  })

  it('does not mistake NaN inside a JSON string for a NaN value', () => {
    const err = errorOf(() =>
      parseMetricFile('{"NaN": 1, "Infinity \\" NaN": 2, "b": NaN}', 'm.json')
    )
    expect(err.message).toBe('m.json: metric "b" is NaN; a metric must be a finite number')
  })
})
