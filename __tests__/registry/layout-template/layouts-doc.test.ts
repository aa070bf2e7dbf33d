/**
 * docs/layouts.md shows the four team layouts as manifest snippets: each
 * snippet is YAML, its templates parse, and they are the templates the
 * team-row tests render and match.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseLayout } from '../../../src/registry/layout-template/template.js'
import { TEAMS } from './team-layouts.js'

const doc = readFileSync('docs/layouts.md', 'utf8')
const snippets = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1])

interface Snippet {
  root?: string
  layout?: string
  versioning?: string
  archive?: { layout?: string }
}

describe('docs/layouts.md', () => {
  it('says at the top that the layout key is not read yet', () => {
    expect(doc.split('\n').slice(0, 4).join('\n')).toContain(
      'Coming: the `layout` key is not read yet.'
    )
  })

  it('shows the four team layouts, as tested', () => {
    const shown = snippets.map(text => parse(text) as Snippet)
    expect(
      shown.map(s => ({
        root: s.root,
        layout: s.layout,
        archiveLayout: s.archive?.layout,
        versioning: s.versioning ?? 'semver'
      }))
    ).toEqual(
      TEAMS.map(t => ({
        root: t.root,
        layout: t.layout,
        archiveLayout: t.archiveLayout,
        versioning: t.versioning
      }))
    )
    for (const s of shown) {
      for (const source of [s.layout, s.archive?.layout].filter(x => x !== undefined)) {
        expect(parseLayout(source)).toMatchObject({ ok: true })
      }
    }
  })
})
