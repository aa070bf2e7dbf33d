import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FeatureTable } from '../../src/monitoring/drift/columns.js'
import { ksTwoSample } from '../../src/monitoring/drift/ks.js'
import { psiCategorical, psiNumeric } from '../../src/monitoring/drift/psi.js'
import { readFeatures } from '../../src/monitoring/drift/read.js'
import { DEFAULT_DRIFT_THRESHOLDS, driftReport } from '../../src/monitoring/drift/report.js'
import { CATEGORICAL_COLUMNS, featureCsv, NUMERIC_COLUMNS } from './drift-samples.js'

const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-drift-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function table(text: string, name: string): Promise<FeatureTable> {
  const p = path.join(dir, name)
  writeFileSync(p, text)
  return readFeatures(p)
}

const ROWS = 10_000
const THRESHOLDS = { psi: 0.2, ksAlpha: 0.01 }

/**
 * The 10,000-row reference the planted-drift tests compare with, written and read once: the
 * same seed each time, and driftReport leaves its input tables as they were (checked below).
 */
let sharedReference: Promise<FeatureTable> | undefined
const referenceTable = () => (sharedReference ??= table(featureCsv(ROWS, 1), 'ref.csv'))

describe('driftReport on planted drift (10,000 rows × 20 columns, seeded)', () => {
  it('flags nothing when current comes from the reference distribution', async () => {
    const reference = await referenceTable()
    const current = await table(featureCsv(ROWS, 2), 'cur.csv')
    const report = driftReport(reference, current, THRESHOLDS)
    expect(report.columns.map(c => c.column)).toEqual([...NUMERIC_COLUMNS, ...CATEGORICAL_COLUMNS])
    expect(report.driftedColumns).toEqual([])
    expect(report.drifted).toBe(false)
    for (const c of report.columns) expect(c.psi).toBeLessThan(0.01)
  })

  it.each(['f5', 'f3', 'f11'])(
    'flags exactly the column whose mean moved by 0.5σ (%s)',
    async column => {
      const reference = await referenceTable()
      const current = await table(featureCsv(ROWS, 2, { column, by: 0.5 }), 'cur-shift.csv')
      const report = driftReport(reference, current, THRESHOLDS)
      expect(report.driftedColumns).toEqual([column])
      const c = report.columns.find(x => x.column === column)!
      expect(c.ks!.adjustedPValue).toBeLessThan(1e-10)
      expect(c.reasons.some(r => r.startsWith('KS D = '))).toBe(true)
    }
  )

  it('flags a categorical column by PSI', async () => {
    const reference = await referenceTable()
    const current = await table(featureCsv(ROWS, 2, { column: 'c1', by: 1 }), 'cur-cat.csv')
    const report = driftReport(reference, current, THRESHOLDS)
    expect(report.driftedColumns).toEqual(['c1'])
    const c = report.columns.find(x => x.column === 'c1')!
    expect(c.type).toBe('categorical')
    expect(c.ks).toBeNull()
    expect(c.reasons).toEqual([expect.stringMatching(/^PSI [\d.]+ > 0\.2$/)])
  })

  it('reports per column: type, counts, missing, PSI, KS and the Holm-adjusted p', async () => {
    const reference = await table(featureCsv(2000, 3), 'ref-small.csv')
    const current = await table(featureCsv(1500, 4), 'cur-small.csv')
    const report = driftReport(reference, current, THRESHOLDS)
    expect(report.rows).toEqual({ reference: 2000, current: 1500 })
    const f13 = report.columns.find(c => c.column === 'f13')!
    expect(f13.reference.n + f13.reference.missing).toBe(2000)
    expect(f13.reference.missing).toBeGreaterThan(50)
    expect(f13.current.n + f13.current.missing).toBe(1500)
    const f0 = report.columns.find(c => c.column === 'f0')!
    const ref = reference.columns.get('f0')!
    const cur = current.columns.get('f0')!
    if (ref.kind !== 'numeric' || cur.kind !== 'numeric') throw new Error('f0 is numeric')
    expect(f0.type).toBe('numeric')
    expect(f0.psi).toBe(psiNumeric(ref.values, cur.values).psi)
    expect(f0.ks).toMatchObject(ksTwoSample(ref.values, cur.values))
    // Holm across the 17 numeric columns: the adjusted p is at least the raw one.
    const tested = report.columns.filter(c => c.ks)
    expect(tested).toHaveLength(17)
    for (const c of tested) expect(c.ks!.adjustedPValue).toBeGreaterThanOrEqual(c.ks!.pValue)
    const smallest = Math.min(...tested.map(c => c.ks!.pValue))
    expect(Math.min(...tested.map(c => c.ks!.adjustedPValue))).toBeCloseTo(
      Math.min(1, 17 * smallest),
      12
    )
    // The input tables are left as they were (values are sorted in copies).
    expect(reference.columns.get('f0')).toBe(ref)
    expect([...ref.values].slice(0, 3)).not.toEqual(
      [...ref.values].sort((a, b) => a - b).slice(0, 3)
    )
  })
})

describe('driftReport edge cases', () => {
  it('compares a column numeric on one side and text on the other as categories', async () => {
    const reference = await table('x\n1\n2\n2\n', 'r1.csv')
    const current = await table('x\n1\nn/a\n2\n', 'c1.csv')
    const [x] = driftReport(reference, current).columns
    expect(x.type).toBe('categorical')
    expect(x.psi).toBeCloseTo(
      psiCategorical(
        new Map([
          ['1', 1],
          ['2', 2]
        ]),
        new Map([
          ['1', 1],
          ['n/a', 1],
          ['2', 1]
        ])
      ).psi,
      15
    )
  })

  it('lists columns of one side only and leaves out columns without values', async () => {
    const reference = await table('a,b,gone\n1,,1\n2,,2\n', 'r2.csv')
    const current = await table('a,b,new\n1,,x\n3,,y\n', 'c2.csv')
    const report = driftReport(reference, current)
    expect(report.onlyInReference).toEqual(['gone'])
    expect(report.onlyInCurrent).toEqual(['new'])
    const b = report.columns.find(c => c.column === 'b')!
    expect(b).toMatchObject({
      psi: null,
      ks: null,
      drifted: false,
      reference: { n: 0, missing: 2 },
      note: 'not compared: no values in reference and current'
    })
    expect(report.thresholds).toEqual(DEFAULT_DRIFT_THRESHOLDS)
  })

  it('refuses thresholds out of range', async () => {
    const t = await table('a\n1\n', 'r3.csv')
    expect(() => driftReport(t, t, { psi: 0 })).toThrow(RangeError)
    expect(() => driftReport(t, t, { ksAlpha: 1 })).toThrow(RangeError)
  })
})
