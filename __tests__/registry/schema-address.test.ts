/**
 * Where editors find the manifest schema: its `$id` is the raw address of
 * schema/registry.schema.json in this repository at the `v1` tag, every `$schema` reference
 * in the repository (the examples, the docs, the README, the test fixtures, the benchmark
 * generator) points there, and schema/catalog.json is an entry in SchemaStore's catalog
 * format for the same address, applied to the manifest's default path and nothing broader.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SCHEMA_FILE = 'schema/registry.schema.json'
const THIS_FILE = '__tests__/registry/schema-address.test.ts'
// The published name the README, the action references and the workflows use.
const SCHEMA_ADDRESS = `https://raw.githubusercontent.com/acme/modelgate/v1/${SCHEMA_FILE}`

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as {
  $id: string
  $defs: Record<string, unknown>
}
const catalogText = readFileSync('schema/catalog.json', 'utf8')

/** The repository's tracked text files, except built output and the lock file. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter(f => f && !f.startsWith('dist/') && f !== 'package-lock.json')
    .filter(f => /\.(md|ya?ml|json|ts|mjs|js|html|py|sh)$/.test(f))
}

describe('the schema address', () => {
  it("is the schema's $id: the file in this repository at the v1 tag", () => {
    expect(schema.$id).toBe(SCHEMA_ADDRESS)
  })

  it('every $schema reference to the registry schema uses it, and its fragment exists', () => {
    const refs: Array<[string, string]> = []
    for (const file of trackedFiles()) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\$schema["']?\s*[=:]\s*["']?([^\s"'`]+)/g))
        if (m[1].includes('registry.schema.json')) refs.push([file, m[1]])
    }
    // The examples' manifests and the docs' sample at least.
    expect(refs.map(([f]) => f)).toEqual(
      expect.arrayContaining([
        'examples/sklearn-classifier/models/registry.yaml',
        'docs/manifest.md',
        'README.md'
      ])
    )
    for (const [file, ref] of refs) {
      const [address, fragment] = ref.split('#')
      expect([file, address]).toEqual([file, SCHEMA_ADDRESS])
      if (fragment) {
        const def = /^\/\$defs\/(\w+)$/.exec(fragment)?.[1]
        expect([file, def && def in schema.$defs]).toEqual([file, true])
      }
    }
  })

  it('no file names the old, unreal modelgate.dev address', () => {
    const stale = trackedFiles()
      .filter(f => f !== THIS_FILE)
      .filter(f => readFileSync(f, 'utf8').includes('modelgate.dev'))
    expect(stale).toEqual([])
  })
})

describe('schema/catalog.json (a SchemaStore catalog entry)', () => {
  const catalog = JSON.parse(catalogText) as {
    $schema: string
    version: number
    schemas: Array<Record<string, unknown>>
  }

  it("is a catalog in SchemaStore's format with one entry whose url is the schema's $id", () => {
    expect(catalog.$schema).toBe('https://json.schemastore.org/schema-catalog.json')
    expect(catalog.version).toBe(1)
    expect(catalog.schemas).toHaveLength(1)
    const [entry] = catalog.schemas
    expect(Object.keys(entry).sort()).toEqual(['description', 'fileMatch', 'name', 'url'])
    expect(entry.name).toEqual(expect.stringMatching(/\S/))
    expect(entry.description).toEqual(expect.stringMatching(/\S/))
    expect(entry.url).toBe(schema.$id)
  })

  it("matches the manifest at its default path, in every example, and not others' files", () => {
    const fileMatch = catalog.schemas[0].fileMatch as string[]
    const matched = (file: string) => fileMatch.some(glob => path.matchesGlob(file, glob))
    const examples = readdirSync('examples', { withFileTypes: true }).filter(e => e.isDirectory())
    expect(examples.length).toBeGreaterThan(0)
    for (const e of examples) {
      expect(matched(`examples/${e.name}/models/registry.yaml`)).toBe(true)
    }
    expect(matched('models/registry.yaml')).toBe(true)
    // A bare registry.yaml is a common name (container registries, Helm values): a schema
    // that requires `apiVersion: modelgate/v1` would mark those wrong. Per-model files of a
    // sharded registry have names the registry chooses: they carry the $schema comment.
    for (const other of ['registry.yaml', 'deploy/registry.yaml', 'models/churn/model.yaml'])
      expect([other, matched(other)]).toEqual([other, false])
  })
})
