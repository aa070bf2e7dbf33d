/**
 * The report's status model and its three renderings (Markdown, HTML, CLI
 * text), from registries loaded from real files: what sits in each stage and
 * since when, the charts, the recent events, the pull requests, and that
 * manifest text never becomes markup.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadSoundRegistry } from '../../src/commands/load-for-command.js'
import { reportHtml } from '../../src/present/report/html.js'
import { reportMarkdown } from '../../src/present/report/markdown.js'
import { registryStatus, type RegistryStatus } from '../../src/report/status.js'
import { age } from '../../src/present/report/age.js'
import { reportText } from '../../src/present/report/text.js'
import { largeRegistry } from '../helpers/large-registry.js'
import { validRegistry, type Fixture } from '../helpers/registry-fixture.js'

const NOW = new Date('2026-10-11T12:00:00Z')
const PR = {
  number: 7,
  title: 'Promote clf 1.2.0: staging → production',
  url: 'https://github.com/acme/models/pull/7',
  head: 'modelgate/promote/clf-to-production',
  createdAt: '2026-10-08T12:00:00Z',
  draft: false
}

/** `(\d+)` polylines' point counts, in page order. */
function polylinePoints(html: string): number[] {
  return [...html.matchAll(/<polyline[^>]* points="([^"]*)"/g)].map(
    m => m[1].trim().split(/\s+/).length
  )
}

describe('a small registry with history and a hostile description', () => {
  let fx: Fixture
  let status: RegistryStatus
  beforeAll(async () => {
    fx = validRegistry()
    fx.edit(
      'description: A test classifier',
      'description: "<script>alert(1)</script> & <b>bold</b>"'
    )
    fx.edit(
      '        stage: development\n',
      '        stage: development\n        createdAt: "2026-10-10T12:00:00Z"\n'
    )
    // 25 more events, alternating: the report shows the last 20, newest first.
    const more = Array.from(
      { length: 25 },
      (_, i) =>
        `  - { at: "2026-10-02T${String(i % 24).padStart(2, '0')}:00:00Z", model: clf, version: "1.2.0", from: experimental, to: staging, actor: "mona-${i}" }`
    )
    fx.setManifest(fx.manifest() + more.join('\n') + '\n')
    const reg = await loadSoundRegistry(fx.manifestPath, {})
    status = registryStatus(reg, NOW, { state: 'listed', pulls: [PR] })
  })
  afterAll(() => fx.cleanup())

  it('puts each version in its stage with its age and its primary metric', () => {
    const clf = status.models[0]
    expect(status.stages).toEqual(['development', 'experimental', 'staging', 'production'])
    expect(clf.stages.production).toEqual([
      {
        version: '1.1.0',
        since: '2026-10-01T12:00:00Z',
        metrics: [{ name: 'accuracy', value: 0.911 }]
      }
    ])
    // No history entry moved 1.3.0 into development: its createdAt tells the age.
    expect(clf.stages.development[0].since).toBe('2026-10-10T12:00:00Z')
    // The latest of the entries that moved 1.2.0 to staging (the 23:00 one).
    expect(clf.stages.staging[0].since).toBe('2026-10-02T23:00:00Z')
    expect(clf.stages.experimental).toBeUndefined()
    expect(clf.archived).toBe(1)
    expect(clf.chart).toEqual({
      metric: 'accuracy',
      points: [
        { version: '1.0.0', value: 0.91 },
        { version: '1.1.0', value: 0.911 },
        { version: '1.2.0', value: 0.912 },
        { version: '1.3.0', value: 0.913 }
      ]
    })
  })

  it('keeps the last 20 of 26 events, newest first', () => {
    expect(status.eventCount).toBe(26)
    expect(status.events).toHaveLength(20)
    expect(status.events[0].actor).toBe('mona-23')
    const times = status.events.map(h => Date.parse(h.at))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })

  it('says ages the way people do', () => {
    const now = NOW.toISOString()
    expect(age('2026-10-11T11:59:40Z', now)).toBe('just now')
    expect(age('2026-10-11T11:15:00Z', now)).toBe('45 min')
    expect(age('2026-10-10T12:00:00Z', now)).toBe('24 h')
    expect(age('2026-10-01T12:00:00Z', now)).toBe('10 d')
    expect(age('2026-01-01T00:00:00Z', now)).toBe('9 mo')
    expect(age(undefined, now)).toBe('')
  })

  it('renders Markdown with a mermaid chart, the PR, the events and no raw HTML from the manifest', () => {
    const md = reportMarkdown(status, '.modelgate/report.html')
    expect(md).toContain(
      '| **clf** | `1.3.0` · 24 h · accuracy 0.913 |  | `1.2.0` · 8 d · accuracy 0.912 | `1.1.0` · 10 d · accuracy 0.911 | 1 |'
    )
    expect(md).toContain(
      '```mermaid\nxychart-beta\n    title "clf: accuracy by version"\n    x-axis ["1.0.0", "1.1.0", "1.2.0", "1.3.0"]\n    y-axis "accuracy"\n    line [0.91, 0.911, 0.912, 0.913]\n```'
    )
    expect(md).toContain(`- [#7 ${PR.title}](${PR.url}) · opened 3 d ago`)
    expect(md).toContain('… and 6 earlier events')
    expect(md.match(/^\| 2026-/gm)).toHaveLength(20)
  })

  it('escapes the description in HTML: the <script> is text, not an element', () => {
    const html = reportHtml(status)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toContain('<b>bold</b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;')
    expect(html).toContain(`<a href="${PR.url}">#7</a>`)
    expect(polylinePoints(html)).toEqual([4])
  })

  it('prints one row per model in the CLI', () => {
    const text = reportText(status, '/tmp/x/report.html')
    expect(text.split('\n').slice(0, 2)).toEqual([
      'model  development   experimental  staging      production',
      'clf    1.3.0 (24 h)                1.2.0 (8 d)  1.1.0 (10 d)'
    ])
    expect(text).toContain('Open promotion pull requests: #7')
    expect(text).toContain('Report: /tmp/x/report.html')
  })
})

describe('without pull requests', () => {
  it('says why they are not listed, in both renderings', async () => {
    const fx = validRegistry()
    try {
      const reg = await loadSoundRegistry(fx.manifestPath, {})
      const status = registryStatus(reg, NOW, { state: 'unavailable', reason: 'no <token>' })
      expect(reportMarkdown(status)).toContain(
        '> ⚠️ Open promotion pull requests are not listed: no &lt;token&gt;'
      )
      expect(reportHtml(status)).toContain(
        '<p class="warn">Open promotion pull requests are not listed: no &lt;token&gt;</p>'
      )
    } finally {
      fx.cleanup()
    }
  })
})

describe('50 models × 20 versions', () => {
  let fx: Fixture
  let status: RegistryStatus
  beforeAll(async () => {
    fx = largeRegistry(50, 20)
    status = registryStatus(await loadSoundRegistry(fx.manifestPath, {}), NOW, {
      state: 'listed',
      pulls: []
    })
  })
  afterAll(() => fx.cleanup())

  it('draws one SVG line per model, each through its 20 versions', () => {
    const html = reportHtml(status)
    expect(polylinePoints(html)).toEqual(Array(50).fill(20))
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(50)
  })

  it('keeps the Markdown under the cap: 50 charts, every model in the table', () => {
    const md = reportMarkdown(status)
    expect(md.match(/```mermaid/g)).toHaveLength(50)
    expect(md.match(/^\| \*\*model-/gm)).toHaveLength(50)
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024)
    expect(md).toContain('No open promotion pull requests.')
  })
})
