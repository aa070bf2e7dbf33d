/**
 * Which layout is in force where (folder's own > model > registry >
 * default), where each version's files are then, and how versions are
 * ordered under `versioning`. Pure: registries loaded from texts.
 */
import { describe, expect, it } from '@jest/globals'
import { registryFromTexts } from '../helpers/registry-text.js'
import {
  benchmarkDir,
  benchmarkFilePath,
  benchmarkSource,
  versionDir,
  versionFilePath
} from '../../src/registry/layout.js'
import { layoutFor, templateSite } from '../../src/registry/layouts.js'
import { checkRules } from '../../src/registry/rules.js'
import { newestFirst, versioningOf } from '../../src/registry/version-order.js'
import { findModel, type Registry } from '../../src/registry/registry.js'

const digest = `sha256:${'a'.repeat(64)}`

async function load(text: string): Promise<Registry> {
  return registryFromTexts({ 'models/registry.yaml': text })
}

describe('layout resolution', () => {
  it('keeps SPEC §2 paths when no layout is written', async () => {
    const reg = await load(`apiVersion: modelgate/v1
models:
  clf:
    files: [model.bin]
    versions:
      - { version: "1.0.0", stage: production, files: { model.bin: "${digest}" } }
`)
    const v = findModel(reg, 'clf')!.spec.versions[0]
    expect(versionDir(reg, 'clf', v)).toBe('models/production/clf/1.0.0')
    expect(versionFilePath(reg, 'clf', v, 'model.bin')).toBe(
      'models/production/clf/1.0.0/model.bin'
    )
    expect(benchmarkDir(reg, 'clf', '1.0.0')).toBe('models/benchmark/clf/1.0.0')
    expect(checkRules(reg)).toEqual([])
  })

  it('uses the stage, then the model, then the registry layout', async () => {
    const reg = await load(`apiVersion: modelgate/v1
root: resources
layout: "{stage}/{model}/{version}"
stages:
  - name: development
  - name: production
    capacity: 1
    layout: "{stage}{ext}"
benchmark: { folder: benchmark, copyOf: production, layout: "{stage}{ext}" }
archive: { folder: archived, layout: "{stage}/{version}{ext}" }
models:
  kw:
    layout: "{stage}/{model}-{version}"
    files: [model.keras]
    versions:
      - { version: "0.2.0", stage: development, files: { model.keras: "${digest}" } }
      - { version: "0.1.0", stage: production, files: { model.keras: "${digest}" } }
`)
    const [dev, prod] = findModel(reg, 'kw')!.spec.versions
    expect(versionFilePath(reg, 'kw', dev, 'model.keras')).toBe(
      'resources/development/kw-0.2.0/model.keras'
    )
    expect(versionFilePath(reg, 'kw', prod, 'model.keras')).toBe('resources/production.keras')
    // A file layout's "folder" is where its files sit: {model_dir} for row 000 of issue #12.
    expect(versionDir(reg, 'kw', prod)).toBe('resources')
    expect(benchmarkFilePath(reg, 'kw', '0.1.0', 'model.keras')).toBe('resources/benchmark.keras')
    expect(versionFilePath(reg, 'kw', { stage: 'archived', version: '0.1.0' }, 'model.keras')).toBe(
      'resources/archived/0.1.0.keras'
    )
    // Problems about a template are placed at the line it was written on.
    const site = templateSite(reg, layoutFor(reg, 'kw', 'production'))
    expect(site?.at).toEqual(['stages', 1, 'layout'])
    expect(templateSite(reg, layoutFor(reg, 'kw', 'development'))?.at).toEqual([
      'models',
      'kw',
      'layout'
    ])
    expect(checkRules(reg)).toEqual([])
  })

  it('reports a template that does not parse at its line, once', async () => {
    const text = `apiVersion: modelgate/v1
layout: "{stage}/{modle}/{version}"
models:
  clf:
    files: [model.bin]
    versions:
      - { version: "1.0.0", stage: production, files: { model.bin: "${digest}" } }
`
    const reg = await load(text)
    const errors = checkRules(reg)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ line: 2, key: 'layout' })
    expect(errors[0].message).toMatch(/unknown placeholder \{modle\}; did you mean \{model\}\?/)
  })
})

describe('versioning', () => {
  const ordered = `apiVersion: modelgate/v1
root: artifacts
layout: "{stage}/{version}"
versioning: ordered
stages:
  - name: raw
  - name: validated
  - name: production
    capacity: 1
benchmark: false
models:
  vae:
    versions:
      - version: v5_5_20251124_103epochs
        stage: raw
        createdAt: "2025-11-24T10:00:00Z"
        files: { "checkpoints/best.pt": "${digest}" }
      - version: v5_5_20251123_103epochs
        stage: validated
        createdAt: "2025-11-23T23:00:00-02:00"
        files: { model.pt: "${digest}" }
      - version: v5_5_prod_v1.0
        stage: production
        createdAt: "2025-11-24T00:30:00Z"
        files: { model.pt: "${digest}" }
`

  it('orders ordered versions by createdAt as instants, not by name', async () => {
    const reg = await load(ordered)
    const model = findModel(reg, 'vae')!
    expect(versioningOf(reg, model)).toBe('ordered')
    // 23:00 at -02:00 is 01:00 UTC on the 24th: after the production version's 00:30.
    expect(newestFirst(reg, model, model.spec.versions).map(v => v.version)).toEqual([
      'v5_5_20251124_103epochs',
      'v5_5_20251123_103epochs',
      'v5_5_prod_v1.0'
    ])
    expect(checkRules(reg)).toEqual([])
  })

  it('needs createdAt on every ordered version, and refuses an ordered duplicate', async () => {
    const reg = await load(
      ordered
        .replace('        createdAt: "2025-11-24T10:00:00Z"\n', '')
        .replace('v5_5_prod_v1.0', 'v5_5_20251123_103epochs')
    )
    const messages = checkRules(reg).map(d => `${d.line}: ${d.message}`)
    expect(messages).toEqual([
      expect.stringMatching(/^14: vae v5_5_20251124_103epochs has no createdAt/),
      expect.stringMatching(
        /^21: version v5_5_20251123_103epochs of vae is listed twice \(first at line 17\)$/
      )
    ])
  })

  it('keeps SemVer precedence by default, where v1.3.0 and 1.3.0 are one version', async () => {
    const reg = await load(`apiVersion: modelgate/v1
models:
  clf:
    files: [model.bin]
    versions:
      - { version: "1.10.0", stage: development, files: { model.bin: "${digest}" }, createdAt: "2020-01-01T00:00:00Z" }
      - { version: "1.9.0", stage: production, files: { model.bin: "${digest}" }, createdAt: "2026-01-01T00:00:00Z" }
      - { version: "v1.9.0", stage: development, files: { model.bin: "${digest}" } }
`)
    const model = findModel(reg, 'clf')!
    expect(newestFirst(reg, model, model.spec.versions)[0].version).toBe('1.10.0')
    expect(benchmarkSource(reg, model)?.version).toBe('1.9.0')
    expect(checkRules(reg).map(d => d.message)).toEqual([
      expect.stringMatching(/version v1\.9\.0 of clf is listed twice \(as 1\.9\.0,/)
    ])
  })
})
