/** The promotion PR's title and body (SPEC §5 step 5), built from real registries and plans. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { compareMetrics } from '../../src/policy/compare.js'
import {
  prTitle,
  metricChart,
  renderPrBody,
  utf8Length,
  type PrBodyInput
} from '../../src/present/pr-body.js'
import { loadRegistry } from '../../src/registry/load.js'
import { findModel, type LoadedModel, type Registry } from '../../src/registry/registry.js'
import type { MetricPolicy } from '../../src/registry/types.js'
import { sha256, validRegistry, type Fixture } from '../helpers/registry-fixture.js'
import { planChange } from '../../src/changes/plan-change.js'
import type { ChangePlan, Move } from '../../src/changes/change-plan.js'

const fixtures: Fixture[] = []

/** Every body ends with its footer, whatever truncation did to the rest. */
const FOOTER = /^<sub>Opened by modelgate( in \[this run\]\(.*\))?\.<\/sub>$/
const lastLine = (body: string) => body.trimEnd().split('\n').pop()
afterEach(() => fixtures.splice(0).forEach(f => f.cleanup()))

const STAGES = [
  'stages:',
  '  - name: development',
  '  - name: experimental',
  '    gates: { metrics: true }',
  '  - name: staging',
  '    gates: { metrics: true, compare: benchmark }',
  '  - name: production',
  '    capacity: 1',
  '    gates: { metrics: true, approvals: 2 }',
  '    checklist:',
  '      - Integrations (API services) validated',
  '      - Load test signed off'
].join('\n')

async function load(f: Fixture): Promise<Registry> {
  fixtures.push(f)
  const result = await loadRegistry({ manifestPath: f.manifestPath })
  expect(result.diagnostics).toEqual([])
  if (!result.registry) throw new Error('no registry')
  return result.registry
}

function withStages(): Fixture {
  const f = validRegistry()
  f.edit('apiVersion: modelgate/v1\n', `apiVersion: modelgate/v1\n${STAGES}\n`)
  return f
}

const AT = '2026-11-20T10:00:00Z'
const SHA = '0123456789abcdef0123456789abcdef01234567'
const RUN = 'https://github.com/acme/models/actions/runs/42'

function setup(reg: Registry, version: string, to: string) {
  const model = findModel(reg, 'clf') as LoadedModel
  const plan = planChange(reg, {
    kind: 'promote',
    model: 'clf',
    version,
    to,
    actor: 'octocat',
    at: AT
  })
  const stage = reg.stages.find(s => s.name === to)
  if (!stage) throw new Error(`no stage ${to}`)
  return { model, plan, stage }
}

describe('prTitle', () => {
  it('names the model, the version and the move', async () => {
    const { plan } = setup(await load(withStages()), '1.2.0', 'production')
    expect(prTitle(plan)).toBe('Promote clf 1.2.0: staging → production')
  })
})

describe('renderPrBody', () => {
  it('renders a staging → production promotion with every section', async () => {
    const { model, plan, stage } = setup(await load(withStages()), '1.2.0', 'production')
    const comparison = compareMetrics({
      policy: model.spec.metrics ?? {},
      compare: model.spec.compare,
      candidate: { accuracy: 0.93, latency_ms: 30 },
      benchmark: { accuracy: 0.911, latency_ms: 31 }
    })
    const body = renderPrBody({
      plan,
      model,
      stage,
      comparison,
      gateSummary: ['thresholds: pass', 'compare: benchmark: pass'],
      candidate: {
        version: '1.2.0',
        source: { commit: SHA, run: RUN },
        createdAt: '2026-11-19T08:00:00Z',
        notes: 'Retrained on the November data.',
        metrics: { accuracy: 0.93, latency_ms: 30 }
      },
      runUrl: 'https://github.com/acme/models/actions/runs/43'
    })

    expect(body.split('\n')[0]).toBe('Promote **clf 1.2.0**: staging → production')
    expect(body).toContain(`<sub>Plan: \`${plan.hash.slice(0, 12)}\`</sub>`)
    expect(body).toContain('> A test classifier')
    expect(body).toContain('Owners: `@acme/ml`')

    // what moves: one row per move, in words
    expect(body).toContain('### What moves')
    expect(body).toContain(
      '| 1.2.0 | `models/staging/clf/1.2.0` | `models/production/clf/1.2.0` | promoted to production |'
    )
    expect(body).toContain(
      '| 1.1.0 | `models/production/clf/1.1.0` | `models/archived/clf/1.1.0` | archived (replaced by 1.2.0) |'
    )
    expect(body).toContain(
      '| 1.1.0 | `models/benchmark/clf/1.1.0` | — | old benchmark copy removed |'
    )
    expect(body).toContain(
      '| 1.2.0 | `models/staging/clf/1.2.0` | `models/benchmark/clf/1.2.0` | benchmark copy refreshed |'
    )

    expect(body).toContain('### Comparison with the benchmark')
    expect(body).toContain('| accuracy (primary) | maximize | 0.911 | 0.93 |')
    expect(body).toContain('- ✅ thresholds: pass\n- ✅ compare: benchmark: pass')

    expect(body).toContain(
      [
        '### Checklist',
        '',
        '- [ ] Integrations (API services) validated',
        '- [ ] Load test signed off',
        '- Requires 2 approving reviews'
      ].join('\n')
    )

    expect(body).toContain('- Source commit: 0123456')
    expect(body).not.toContain(SHA)
    expect(body).toContain(`- Training run: [${RUN}](${RUN})`)
    expect(body).toContain('- Created: 2026-11-19T08:00:00Z')
    expect(body).toContain('  > Retrained on the November data.')

    expect(body).toContain(
      [
        '### Metric history',
        '',
        '```mermaid',
        'xychart-beta',
        '    title "accuracy by version (candidate 1.2.0: 0.93)"',
        '    x-axis ["1.0.0", "1.1.0", "1.2.0", "1.3.0"]',
        '    y-axis "accuracy"',
        '    line [0.91, 0.911, 0.93, 0.913]',
        '```'
      ].join('\n')
    )

    expect(body).toContain(
      '<sub>Opened by modelgate in [this run](https://github.com/acme/models/actions/runs/43).</sub>'
    )
    expect(lastLine(body)).toMatch(FOOTER)
    expect(body).not.toContain('Truncated')

    // sections in their order
    const order = [
      '### What moves',
      '### Comparison with the benchmark',
      '### Checklist',
      '### Lineage',
      '### Metric history',
      'Opened by modelgate'
    ].map(h => body.indexOf(h))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('shows a metric with only a goal as info in the comparison table, never as pass', async () => {
    const { model, plan, stage } = setup(await load(withStages()), '1.2.0', 'production')
    const comparison = compareMetrics({
      policy: { ...model.spec.metrics, f1: { goal: 'maximize' } },
      compare: model.spec.compare,
      candidate: { accuracy: 0.93, latency_ms: 30, f1: 0.49 },
      benchmark: { accuracy: 0.911, latency_ms: 31, f1: 0.8 }
    })
    const body = renderPrBody({
      plan,
      model,
      stage,
      comparison,
      gateSummary: [],
      candidate: { version: '1.2.0' }
    })
    expect(body).toContain('| f1 | maximize | 0.8 | 0.49 | -0.31 | -38.8% | — | ℹ️ info |')
    expect(body).toMatch(/\| latency_ms \(guardrail\) \|.*\| ✅ pass \|/)
  })

  it('says so when the target stage has no compare gate, and shows no empty checklist', async () => {
    const { model, plan, stage } = setup(await load(withStages()), '1.3.0', 'experimental')
    const body = renderPrBody({
      plan,
      model,
      stage,
      gateSummary: ['thresholds: fail (accuracy 0.8 < min 0.85)'],
      candidate: { version: '1.3.0' }
    })
    expect(body).toContain('Stage experimental has no compare gate: the candidate is not compared.')
    expect(body).not.toContain('| metric |')
    expect(body).toContain('- ❌ thresholds: fail (accuracy 0.8 < min 0.85)')
    expect(body).not.toContain('### Checklist')
    expect(body).not.toContain('### Lineage')
    expect(body).toContain('<sub>Opened by modelgate.</sub>')
    expect(lastLine(body)).toMatch(FOOTER)
  })

  it('leaves the chart out with fewer than two points', async () => {
    const f = withStages()
    for (const v of ['100', '110', '130']) f.edit(`        metrics: { accuracy: 0.9${v} }\n`, '')
    const { model, plan, stage } = setup(await load(f), '1.2.0', 'production')
    const body = renderPrBody({
      plan,
      model,
      stage,
      gateSummary: [],
      candidate: { version: '1.2.0' }
    })
    expect(body).not.toContain('### Metric history')
    expect(body).not.toContain('mermaid')
    expect(lastLine(body)).toMatch(FOOTER)
  })

  it('keeps a huge plan under the limit, with the truncation note and the marker', async () => {
    const { model, plan, stage } = setup(await load(withStages()), '1.2.0', 'production')
    const extra: Move[] = Array.from({ length: 5000 }, (_, i) => ({
      model: 'clf',
      version: `9.${i}.0`,
      from: `models/production/clf/9.${i}.0`,
      to: `models/archived/clf/9.${i}.0`,
      reason: 'archive'
    }))
    const huge: ChangePlan = { ...plan, moves: [...plan.moves, ...extra] }
    const names = Array.from(
      { length: 500 },
      (_, i) => `holdout_segment_${String(i).padStart(3, '0')}_balanced_accuracy_at_threshold`
    )
    const policy: Record<string, MetricPolicy> = Object.fromEntries(
      names.map(n => [n, { goal: 'maximize', min: 0.5 }])
    )
    const comparison = compareMetrics({
      policy,
      compare: { primary: [names[0]] },
      candidate: Object.fromEntries(names.map((n, i) => [n, 0.4 + (i % 3) * 0.2])),
      benchmark: Object.fromEntries(names.map(n => [n, 0.7]))
    })
    const input: PrBodyInput = {
      plan: huge,
      model,
      stage,
      comparison,
      gateSummary: ['thresholds: fail', 'compare: benchmark: fail'],
      candidate: { version: '1.2.0', source: { commit: SHA }, notes: 'n'.repeat(20_000) }
    }
    const body = renderPrBody(input)

    expect(utf8Length(body)).toBeLessThanOrEqual(60_000)
    expect(Buffer.byteLength(body, 'utf8')).toBe(utf8Length(body))
    expect(body).toContain(
      "> ✂ Truncated to fit GitHub's limit; the full report is in the job summary."
    )
    expect(lastLine(body)).toMatch(FOOTER)
    expect(body).not.toContain('mermaid')
    expect(body).not.toContain('nnnnnnnnnn')
    expect(body).toContain(`… and ${huge.moves.length - 50} more moves`)
    expect(body).toMatch(/… and \d+ more metrics in the job summary/)
    expect(body).toContain('### Checklist')

    // a smaller limit still ends with the note and the marker
    const small = renderPrBody({ ...input, maxBytes: 2_000 })
    expect(utf8Length(small)).toBeLessThanOrEqual(2_000)
    expect(small).toContain('the full report is in the job summary.')
    expect(lastLine(small)).toMatch(FOOTER)
  })

  it('drops only the chart when that is enough', async () => {
    const { model, plan, stage } = setup(await load(withStages()), '1.2.0', 'production')
    const input: PrBodyInput = {
      plan,
      model,
      stage,
      gateSummary: ['thresholds: pass'],
      candidate: { version: '1.2.0', notes: 'Short note.' }
    }
    const full = renderPrBody(input)
    const chartBytes = utf8Length(
      full.slice(full.indexOf('### Metric history'), full.indexOf('\n---\n'))
    )
    const body = renderPrBody({ ...input, maxBytes: utf8Length(full) - chartBytes + 200 })
    expect(body).not.toContain('### Metric history')
    expect(body).toContain('Short note.')
    expect(body).toContain('Truncated')
    expect(lastLine(body)).toMatch(FOOTER)
  })
})

describe('a rollback pull request', () => {
  async function rollback() {
    const reg = await load(withStages())
    const model = findModel(reg, 'clf') as LoadedModel
    const plan = planChange(reg, { kind: 'rollback', model: 'clf', actor: 'octocat', at: AT })
    const stage = reg.stages.find(s => s.name === 'production') as (typeof reg.stages)[number]
    return { model, plan, stage }
  }

  it('has its own title; a promotion keeps its own', async () => {
    const { plan } = await rollback()
    expect(prTitle(plan)).toBe('Roll back clf to 1.0.0: 1.1.0 → archived')
    const { plan: promotion } = setup(await load(withStages()), '1.2.0', 'production')
    expect(prTitle(promotion)).toBe('Promote clf 1.2.0: staging → production')
  })

  it('says it is a rollback, shows the restore and the archived version, and keeps the marker', async () => {
    const { model, plan, stage } = await rollback()
    const body = renderPrBody({
      plan,
      model,
      stage,
      gateSummary: [],
      candidate: { version: plan.version },
      runUrl: 'https://github.com/acme/models/actions/runs/44'
    })
    expect(body.split('\n').slice(0, 3)).toEqual([
      '## ⏪ Rollback of clf in production',
      '',
      '**1.0.0** returns from archived to production; **1.1.0** goes to archived (rolled back).'
    ])
    expect(body).not.toContain('Promote')
    expect(body).toContain(`<sub>Plan: \`${plan.hash.slice(0, 12)}\`</sub>`)
    expect(body).toContain(
      '| 1.0.0 | `models/archived/clf/1.0.0` | `models/production/clf/1.0.0` | restored to production |'
    )
    expect(body).toContain(
      '| 1.1.0 | `models/production/clf/1.1.0` | `models/archived/clf/1.1.0` | archived (rolled back to 1.0.0) |'
    )
    expect(body).toContain(
      '| 1.1.0 | `models/benchmark/clf/1.1.0` | — | old benchmark copy removed |'
    )
    expect(body).toContain(
      '| 1.0.0 | `models/archived/clf/1.0.0` | `models/benchmark/clf/1.0.0` | benchmark copy refreshed |'
    )
    expect(body).toContain(
      'Not compared: a rollback restores 1.0.0, a version that was in production before.'
    )
    expect(body).not.toContain('no compare gate')
    // production's checklist applies to what enters it, a rollback included
    expect(body).toContain('- [ ] Integrations (API services) validated')
    expect(body).toContain('- Requires 2 approving reviews')
    expect(body).toContain('    title "accuracy by version (restored 1.0.0: 0.91)"')
    expect(lastLine(body)).toMatch(FOOTER)
  })
})

describe('a registration pull request', () => {
  const MODEL_DIGEST = sha256('clf 1.4.0 model.bin')
  const LABELS_DIGEST = sha256('clf 1.4.0 labels.json')

  async function registration() {
    const reg = await load(withStages())
    const model = findModel(reg, 'clf') as LoadedModel
    const plan = planChange(reg, {
      kind: 'register',
      model: 'clf',
      version: '1.4.0',
      files: [
        {
          name: 'model.bin',
          source: '/trained/model.bin',
          digest: MODEL_DIGEST,
          size: 5 * 1024 * 1024,
          lfs: true
        },
        {
          name: 'labels.json',
          source: '/trained/labels.json',
          digest: LABELS_DIGEST,
          size: 512,
          lfs: false
        }
      ],
      metrics: { accuracy: 0.95, latency_ms: 50 },
      source: { commit: SHA, run: RUN },
      actor: 'github-actions[bot]',
      at: AT,
      run: RUN,
      allowOlder: false
    })
    return { model, plan, stage: reg.stages[0] }
  }

  it('is titled after the model, the version and the first stage', async () => {
    const { plan } = await registration()
    expect(prTitle(plan)).toBe('Register clf 1.4.0 in development')
  })

  it('charts the new version beside the ones the manifest has', async () => {
    const { model, plan, stage } = await registration()
    const chart = metricChart({
      plan,
      model,
      stage,
      gateSummary: [],
      candidate: { version: '1.4.0', metrics: { accuracy: 0.95 } }
    })
    expect(chart).toContain('title "accuracy by version (new 1.4.0: 0.95)"')
    expect(chart).toMatch(/x-axis \[.*"1\.4\.0"\]/)
    expect(chart).toMatch(/line \[.*, 0\.95\]/)
  })

  it('shows the headline, what is added and the metrics against the thresholds', async () => {
    const { model, plan, stage } = await registration()
    const body = renderPrBody({
      plan,
      model,
      stage,
      gateSummary: [],
      candidate: {
        version: '1.4.0',
        source: { commit: SHA, run: RUN },
        createdAt: AT,
        metrics: { accuracy: 0.95, latency_ms: 50, f1_macro: 0.9 }
      },
      runUrl: RUN
    })
    expect(body.split('\n').slice(0, 3)).toEqual([
      '## 🆕 Registration of clf 1.4.0',
      '',
      '**1.4.0** enters development: 2 files, 5.0 MiB.'
    ])
    expect(body).not.toContain('Promote')
    expect(body).toContain(`<sub>Plan: \`${plan.hash.slice(0, 12)}\`</sub>`)
    expect(body).not.toContain('### What moves')
    expect(body).toContain(
      [
        '### What is added',
        '',
        '| file | size | sha256 | stored as |',
        '| --- | --- | --- | --- |',
        `| \`models/development/clf/1.4.0/model.bin\` | 5.0 MiB | \`${MODEL_DIGEST.slice(0, 19)}…\` | Git LFS pointer (push the object to LFS) |`,
        `| \`models/development/clf/1.4.0/labels.json\` | 512 B | \`${LABELS_DIGEST.slice(0, 19)}…\` | git blob |`
      ].join('\n')
    )
    expect(body).toContain(
      [
        'Not compared: 1.4.0 enters development; the comparison with the benchmark is a gate of a later stage.',
        '',
        '| metric | value | threshold |  |',
        '| --- | --- | --- | --- |',
        '| accuracy | 0.95 | ≥ 0.85 | ✅ |',
        '| latency_ms | 50 | ≤ 40 | ❌ |',
        '| f1_macro | 0.9 | — |  |'
      ].join('\n')
    )
    expect(body).not.toContain('### Checklist')
    expect(body).toContain('- Source commit: 0123456')
    expect(body).toContain(`- Training run: [${RUN}](${RUN})`)
    expect(body).toContain(`- Created: ${AT}`)
    expect(lastLine(body)).toMatch(FOOTER)
    const order = [
      '## 🆕 Registration',
      '### What is added',
      '### Comparison with the benchmark',
      '### Lineage',
      'Opened by modelgate'
    ].map(h => body.indexOf(h))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it.each([
    [undefined, 'the comparison with the benchmark is a gate of a later stage.'],
    [
      { stage: 'staging', benchmarkOff: false },
      'the comparison with the benchmark is a gate of staging.'
    ],
    [
      { benchmarkOff: false },
      'no stage of this registry compares with the benchmark (no `compare: benchmark` gate).'
    ],
    [
      { benchmarkOff: true },
      'this registry keeps no benchmark copy (`benchmark: false`), so no stage compares with one.'
    ]
  ])('says truly where it will be compared (%j)', async (laterComparison, words) => {
    const { model, plan, stage } = await registration()
    const body = renderPrBody({
      plan,
      model,
      stage,
      gateSummary: [],
      laterComparison,
      candidate: { version: '1.4.0' }
    })
    expect(body).toContain(`Not compared: 1.4.0 enters development; ${words}`)
  })

  it('says so when no metrics were recorded', async () => {
    const { model, plan, stage } = await registration()
    const body = renderPrBody({
      plan,
      model,
      stage,
      gateSummary: [],
      candidate: { version: '1.4.0' }
    })
    expect(body).toContain(
      'Not compared: 1.4.0 enters development; the comparison with the benchmark is a gate of a later stage. No metrics were recorded (candidate-results).'
    )
    expect(body).not.toContain('| metric |')
  })
})
