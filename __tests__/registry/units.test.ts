/** Pure pieces of the registry layer: SemVer, path safety, globs, positions, digests. */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { compareVersions, parseSemVer } from '../../src/registry/semver.js'
import { unsafeFileNameReason, unsafePathReason } from '../../src/registry/paths.js'
import { expandGlob, matchGlob, shardPathFor } from '../../src/registry/glob.js'
import { SourceFile } from '../../src/registry/source-file.js'
import { digestFile, parseLfsPointer } from '../../src/registry/digest.js'
import { tempDir, writeFile } from '../helpers/registry-fixture.js'

describe('SemVer', () => {
  it('orders versions by SemVer precedence, with a leading v accepted', () => {
    const sorted = [
      '1.10.0',
      'v1.2.0',
      '1.2.0-rc.1',
      '1.2.0-alpha',
      '1.2.0-alpha.10',
      '1.2.0-alpha.2',
      '0.9.9',
      '2.0.0'
    ].sort(compareVersions)
    expect(sorted).toEqual([
      '0.9.9',
      '1.2.0-alpha',
      '1.2.0-alpha.2',
      '1.2.0-alpha.10',
      '1.2.0-rc.1',
      'v1.2.0',
      '1.10.0',
      '2.0.0'
    ])
  })
  it('rejects what is not SemVer', () => {
    for (const bad of ['1.2', '01.2.3', '1.2.3.4', 'latest', 'v', '1.2.3-'])
      expect(parseSemVer(bad)).toBeUndefined()
    expect(parseSemVer('1.2.3+build.5')).toMatchObject({ major: 1, minor: 2, patch: 3 })
  })
})

describe('path safety', () => {
  it('refuses absolute paths, .. and backslashes', () => {
    expect(unsafePathReason('/etc')).toMatch(/absolute/)
    expect(unsafePathReason('C:/models')).toMatch(/absolute/)
    expect(unsafePathReason('a/../../b')).toMatch(/\.\./)
    expect(unsafePathReason('a\\b')).toMatch(/"\/" as the separator/)
    expect(unsafePathReason('models/prod')).toBeUndefined()
    expect(unsafePathReason('a..b/c')).toBeUndefined()
  })
  it('refuses globs and empty segments in file names', () => {
    expect(unsafeFileNameReason('*.bin')).toMatch(/glob/)
    expect(unsafeFileNameReason('a//b')).toMatch(/empty/)
    expect(unsafeFileNameReason('./a')).toMatch(/"\."/)
    expect(unsafeFileNameReason('saved_model/variables/variables.index')).toBeUndefined()
  })
})

describe('include globs', () => {
  it('expands *, ? and ** and sorts the result', async () => {
    const dir = tempDir()
    for (const f of [
      'models/b/model.yaml',
      'models/a/model.yaml',
      'models/a/other.yaml',
      'models/deep/x/model.yaml',
      'models/.hidden/model.yaml'
    ])
      writeFile(dir, f, '')
    expect(await expandGlob(dir, 'models/*/model.yaml')).toEqual([
      'models/a/model.yaml',
      'models/b/model.yaml'
    ])
    expect(await expandGlob(dir, 'models/?/model.yaml')).toEqual([
      'models/a/model.yaml',
      'models/b/model.yaml'
    ])
    expect(await expandGlob(dir, 'models/**/model.yaml')).toEqual([
      'models/.hidden/model.yaml',
      'models/a/model.yaml',
      'models/b/model.yaml',
      'models/deep/x/model.yaml'
    ])
    expect(await expandGlob(dir, 'nothing/*/model.yaml')).toEqual([])
  })
  it('matches a listing of paths as expandGlob matches the tree', () => {
    const listing = [
      'models/b/model.yaml',
      'models/a/model.yaml',
      'models/a/other.yaml',
      'models/a/xmodel.yaml',
      'models/deep/x/model.yaml',
      'models/.hidden/model.yaml',
      'model.yaml',
      'models/model.yaml'
    ]
    expect(matchGlob('models/*/model.yaml', listing)).toEqual([
      'models/a/model.yaml',
      'models/b/model.yaml'
    ])
    expect(matchGlob('models/**/model.yaml', listing)).toEqual([
      'models/.hidden/model.yaml',
      'models/a/model.yaml',
      'models/b/model.yaml',
      'models/deep/x/model.yaml',
      'models/model.yaml'
    ])
    expect(matchGlob('**/model.yaml', listing)).toEqual([
      'model.yaml',
      'models/.hidden/model.yaml',
      'models/a/model.yaml',
      'models/b/model.yaml',
      'models/deep/x/model.yaml',
      'models/model.yaml'
    ])
    expect(matchGlob('models/a/*.yaml', listing)).toEqual([
      'models/a/model.yaml',
      'models/a/other.yaml',
      'models/a/xmodel.yaml'
    ])
  })
  it('names the one file of a model when the pattern has one * segment', () => {
    expect(shardPathFor('models/*/model.yaml', 'clf')).toBe('models/clf/model.yaml')
    expect(shardPathFor('models/**/model.yaml', 'clf')).toBeUndefined()
    expect(shardPathFor('models/*/*.yaml', 'clf')).toBeUndefined()
  })
})

describe('source positions', () => {
  const text =
    'apiVersion: modelgate/v1\nmodels:\n  clf:\n    versions:\n      - version: "1.0.0"\n        stage: prod\n'
  const src = new SourceFile('/r/models/registry.yaml', 'models/registry.yaml', text)
  it('finds keys and values by path', () => {
    expect(src.locate(['models', 'clf', 'versions', 0, 'stage'])).toEqual({ line: 6, col: 9 })
    expect(src.locate(['models', 'clf', 'versions', 0, 'stage'], 'value')).toEqual({
      line: 6,
      col: 16
    })
    expect(src.locate(['models', 'clf', 'versions', 0])).toEqual({ line: 5, col: 9 })
  })
  it('falls back to the deepest existing key for a missing one', () => {
    expect(src.locate(['models', 'clf', 'files'])).toEqual({ line: 3, col: 3 })
  })
})

describe('digests', () => {
  it('streams files larger than one chunk and matches a one-shot hash', async () => {
    const dir = tempDir()
    const data = Buffer.alloc(3 * 1024 * 1024 + 17)
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff
    const file = path.join(dir, 'big.bin')
    writeFileSync(file, data)
    const d = await digestFile(file)
    expect(d.digest).toBe('sha256:' + createHash('sha256').update(data).digest('hex'))
    expect(d.size).toBe(data.length)
    expect(d.lfs).toBeUndefined()
  })
  it('recognises LFS pointers only in their exact format', () => {
    const oid = 'a'.repeat(64)
    expect(
      parseLfsPointer(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 12\n`)
    ).toEqual({ digest: `sha256:${oid}`, size: 12 })
    expect(
      parseLfsPointer(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\n`)
    ).toBeUndefined()
    expect(parseLfsPointer(`oid sha256:${oid}\nsize 12\n`)).toBeUndefined()
  })
})
