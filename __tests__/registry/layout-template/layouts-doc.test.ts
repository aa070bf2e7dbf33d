/**
 * docs/layouts.md documents layouts as they work: no "coming" banner, and one
 * complete manifest per team layout of issue #12 (the YAML blocks with an
 * `apiVersion`). Each of them loads through the real loader and passes the
 * manifest rules, uses the templates the team-row tests render and match,
 * and places every version it lists where that team keeps its files today.
 */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { parse } from 'yaml'
import { loadRegistryWith } from '../../../src/registry/load.js'
import {
  benchmarkFilePath,
  benchmarkSource,
  versionFilePath
} from '../../../src/registry/layout.js'
import type { Registry } from '../../../src/registry/registry.js'
import { checkRules } from '../../../src/registry/rules.js'
import { gitInit, tempDir, writeFile } from '../../helpers/registry-fixture.js'
import { cli } from '../../helpers/run-cli.js'
import { TEAMS } from './team-layouts.js'

/**
 * The examples' digests are those of these short texts, so a test can write
 * files that match them (a reader's own digests come from `init`).
 */
const CONTENTS = [
  ...['kc-dev', 'kc-exp', 'kc-stg', 'kc-prod', 'kc-arch2'],
  ...['s-best1', 's-ep10', 's-cfg1', 's-best2', 's-ep20', 's-model', 's-results'],
  ...['p-model', 'p-cfg', 'a-model'],
  ...['c11-pkl', 'c11-meta', 'c11-val', 'c11-ab', 'c10-pkl', 'c10-meta', 'o-pkl', 'o-meta', 'o81'],
  ...['sc13-m', 'sc13-c', 'sc12-m', 'sc12-c', 'sc11-m']
]
const CONTENT_OF = new Map(
  CONTENTS.map(text => [`sha256:${createHash('sha256').update(text).digest('hex')}`, text])
)

const doc = readFileSync('docs/layouts.md', 'utf8')
const snippets = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1])
const manifests = snippets.filter(text => /^apiVersion:/m.test(text))

interface Snippet {
  root?: string
  layout?: string
  versioning?: string
  archive?: { layout?: string }
}

/** The manifest text through the loader (schema, defaults) and the rules: its registry and every error. */
async function load(text: string): Promise<{ registry?: Registry; errors: string[] }> {
  const loaded = await loadRegistryWith(
    { read: rel => (rel === 'registry.yaml' ? text : undefined), glob: () => [] },
    { repoRoot: '/repo', manifestRel: 'registry.yaml' }
  )
  const diagnostics = [
    ...loaded.diagnostics,
    ...(loaded.registry ? checkRules(loaded.registry) : [])
  ]
  return {
    registry: loaded.registry,
    errors: diagnostics.filter(d => d.severity === 'error').map(d => `${d.line}: ${d.message}`)
  }
}

describe('docs/layouts.md', () => {
  it('documents layouts as they work, without a "coming" banner', () => {
    const top = doc.split('\n').slice(0, 12).join('\n')
    expect(top).not.toMatch(/coming|not read yet|planned/i)
  })

  it('shows one complete manifest per team layout, with the tested templates', () => {
    expect(
      manifests
        .map(text => parse(text) as Snippet)
        .map(s => ({
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
  })

  it.each(TEAMS.map((team, i) => [team.seed, i] as const))(
    'the %s manifest loads and passes the rules, its files where the team has them',
    async (_seed, i) => {
      const { registry, errors } = await load(manifests[i])
      expect(errors).toEqual([])
      const team = TEAMS[i]
      let compared = 0
      for (const model of registry!.models) {
        for (const v of model.spec.versions) {
          const theirs = team.versions.find(
            t => t.model === model.name && t.version === v.version && t.stage === v.stage
          )
          if (!theirs) continue
          for (const file of Object.keys(v.files)) {
            if (!(file in theirs.files)) continue
            expect(versionFilePath(registry!, model.name, v, file)).toBe(theirs.files[file])
            compared++
          }
        }
      }
      // Each example lists versions of the team's repository, not only made-up ones.
      expect(compared).toBeGreaterThanOrEqual(2)
    }
  )

  it.each(TEAMS.map((team, i) => [team.seed, i] as const))(
    'the %s manifest passes validate on a repository holding its files',
    async (_seed, i) => {
      const { registry } = await load(manifests[i])
      const dir = tempDir('modelgate-layouts-doc-')
      try {
        gitInit(dir)
        writeFile(dir, 'registry.yaml', manifests[i])
        for (const model of registry!.models) {
          for (const v of model.spec.versions) {
            for (const [file, digest] of Object.entries(v.files)) {
              expect([file, CONTENT_OF.has(digest)]).toEqual([file, true])
              writeFile(
                dir,
                versionFilePath(registry!, model.name, v, file),
                CONTENT_OF.get(digest)!
              )
            }
          }
          // The benchmark copy, where the registry keeps one: the copied version's bytes.
          const copied = benchmarkSource(registry!, model)
          for (const [file, digest] of Object.entries(copied?.files ?? {})) {
            const at = benchmarkFilePath(registry!, model.name, copied!.version, file)!
            writeFile(dir, at, CONTENT_OF.get(digest)!)
          }
        }
        const run = await cli(['validate', '--manifest', 'registry.yaml', '--json'], dir)
        expect(JSON.parse(run.stdout).errors).toEqual([])
        expect(run.code).toBe(0)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )

  it('would report a broken example: a manifest with an error does not pass', async () => {
    const broken = manifests[0].replace('layout: "{stage}{ext}"', 'layout: "{stag}{ext}"')
    expect((await load(broken)).errors).toEqual([expect.stringContaining('{stag}')])
  })
})
