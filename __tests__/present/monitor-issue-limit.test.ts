/**
 * GitHub refuses an issue body over 65,536 characters (422): the monitor issue is kept under
 * 60,000 UTF-8 bytes with a pointer to the job summary, and its marker always survives, since it
 * is how the next run finds the issue again.
 */
import { describe, expect, it } from '@jest/globals'
import { monitorMarker, type DriftRow, type ModelHealth } from '../../src/monitoring/health.js'
import { issueBody } from '../../src/present/monitor-issue.js'
import { utf8Length } from '../../src/present/byte-limit.js'

function driftRows(n: number, name: (i: number) => string = i => `feature_${i}`): DriftRow[] {
  return Array.from({ length: n }, (_, i) => ({
    column: name(i),
    kind: 'numeric' as const,
    psi: 0.5 + i / n,
    ks: { d: 0.3, p: 1e-9, pAdjusted: 1e-6 },
    drifted: i % 2 === 0,
    why: i % 2 === 0 ? `PSI ${(0.5 + i / n).toFixed(2)} > 0.2` : ''
  }))
}

function health(rows: DriftRow[], problems = ['feature drift']): ModelHealth {
  return {
    model: 'clf',
    version: '1.1.0',
    stage: 'production',
    drift: {
      rows,
      reference: 'data/ref.csv',
      current: ['data/cur.csv'],
      psi: 0.2,
      ksAlpha: 0.01
    },
    healthy: false,
    problems
  }
}

const AT = '2026-11-23T10:00:00Z'
const RUN = 'https://github.com/acme/models/actions/runs/9'
const NOTE = "Truncated to fit GitHub's limit; the full report is in the job summary."

describe('the monitor issue body under GitHub’s limit', () => {
  it.each([
    { what: '20 columns: whole', columns: 20, cut: false },
    { what: '5,000 ASCII columns: cut', columns: 5_000, cut: true },
    { what: '3,000 columns with 3-byte names: cut', columns: 3_000, cut: true, wide: true }
  ])('$what', ({ columns, cut, wide }) => {
    const rows = driftRows(columns, wide ? i => `特徴量_${i}_${'測'.repeat(8)}` : undefined)
    const body = issueBody(health(rows), AT, RUN)
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(60_000)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.trimEnd().endsWith(monitorMarker('clf'))).toBe(true)
    expect(body.includes(NOTE)).toBe(cut)
    const shown = body.split('\n').filter(l => /^\| (feature|特徴量)_/.test(l)).length
    if (cut) {
      expect(shown).toBeGreaterThan(100)
      expect(body).toContain(`… and ${columns - shown} more columns in the job summary`)
      // The drifted columns come first, so those cut are the quiet ones first.
      expect(body.split('\n').filter(l => l.includes('| ✅ |')).length).toBeLessThan(shown / 2)
      // The rows fill the room: one more would not fit.
      expect(utf8Length(body)).toBeGreaterThan(60_000 - 400)
    } else {
      expect(shown).toBe(columns)
    }
    // Uncapped (the job summary), the body is whole.
    const whole = issueBody(health(rows), AT, RUN, Infinity)
    expect(whole.split('\n').filter(l => /^\| (feature|特徴量)_/.test(l))).toHaveLength(columns)
    expect(whole).not.toContain(NOTE)
  })

  it('cuts a huge problem list at a line, keeping the note, the closing line and the marker', () => {
    const problems = Array.from({ length: 4_000 }, (_, i) => `column c${i} drifted (PSI ${i})`)
    const body = issueBody(health(driftRows(10), problems), AT, RUN, 20_000)
    expect(utf8Length(body)).toBeLessThanOrEqual(20_000)
    expect(body).toContain(NOTE)
    expect(body).toContain('modelgate updates this issue on every failing run')
    expect(body.trimEnd().endsWith(monitorMarker('clf'))).toBe(true)
    expect(body).toContain('- ❌ column c0 drifted (PSI 0)')
  })
})
