/** The folder a trained model is registered from (`register --source`): exactly the model's files. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { DecisionError, UsageError } from '../../src/errors.js'
import { readSourceFolder } from '../../src/registry/source-folder.js'
import { sha256, tempDir, writeFile } from '../helpers/registry-fixture.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(d => rmSync(d, { recursive: true, force: true })))

const NAMES = ['model.bin', 'labels.json']
const bytes = (name: string) => `trained ${name}\n`

/** A source folder holding `names` (default: the model's files) with known bytes. */
function folder(names: string[] = NAMES): string {
  const dir = tempDir('modelgate-source-')
  dirs.push(dir)
  for (const name of names) writeFile(dir, name, bytes(name))
  return dir
}

function refusal(fn: () => unknown): Error {
  try {
    fn()
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a refusal')
}

describe('readSourceFolder', () => {
  it('returns the files in the order of names, with digests of their bytes and sizes', () => {
    const dir = folder()
    const files = readSourceFolder(dir, NAMES, [])
    expect(files).toEqual(
      NAMES.map(name => ({
        name,
        source: path.join(dir, name),
        digest: sha256(bytes(name)),
        size: Buffer.byteLength(bytes(name))
      }))
    )
    expect(files[0]).not.toHaveProperty('lfs')
  })

  it('refuses missing files, listing them and the files a version is made of', () => {
    const dir = folder(['labels.json'])
    const err = refusal(() =>
      readSourceFolder(dir, ['model.bin', 'tokenizer.json', 'labels.json'], [])
    )
    expect(err).toBeInstanceOf(DecisionError)
    expect((err as DecisionError).exitCode).toBe(1)
    expect(err.message).toBe(
      `${dir} has no model.bin, tokenizer.json: a version is made of model.bin, tokenizer.json, labels.json (the model's files)`
    )
  })

  it('refuses an extra file, naming it and how to fix it', () => {
    const dir = folder()
    writeFile(dir, 'vocab.txt', 'a b c\n')
    const err = refusal(() => readSourceFolder(dir, NAMES, []))
    expect(err).toBeInstanceOf(DecisionError)
    expect(err.message).toBe(
      `${dir} also holds vocab.txt, which the model's files (model.bin, labels.json) do not name: add it to the model's \`files\` if the model needs it, or remove it from the folder`
    )
  })

  it('speaks of several extra files in the plural', () => {
    const dir = folder()
    writeFile(dir, 'vocab.txt', 'a\n')
    writeFile(dir, 'notes.md', 'b\n')
    expect(refusal(() => readSourceFolder(dir, NAMES, [])).message).toBe(
      `${dir} also holds notes.md, vocab.txt, which the model's files (model.bin, labels.json) do not name: add them to the model's \`files\` if the model needs them, or remove them from the folder`
    )
  })

  it('lets the ignored names (what modelgate writes next to a model) pass', () => {
    const dir = folder()
    writeFile(dir, 'result.json', '{}\n')
    writeFile(dir, 'metrics.json', '{"accuracy": 0.9}\n')
    writeFile(dir, 'predictions.csv', 'id,y_true,y_pred\n')
    const files = readSourceFolder(dir, NAMES, ['result.json', 'metrics.json', 'predictions.csv'])
    expect(files.map(f => f.name)).toEqual(NAMES)
  })

  it('skips hidden files and folders', () => {
    const dir = folder()
    writeFile(dir, '.DS_Store', 'finder\n')
    writeFile(dir, '.git/HEAD', 'ref: refs/heads/main\n')
    writeFile(dir, '.cache/sub/blob', 'x\n')
    expect(readSourceFolder(dir, NAMES, []).map(f => f.name)).toEqual(NAMES)
  })

  it('reads nested names with /, and names an unlisted nested file by its relative path', () => {
    const dir = folder(['model.bin', 'sub/x.bin'])
    const files = readSourceFolder(dir, ['model.bin', 'sub/x.bin'], [])
    expect(files[1]).toEqual({
      name: 'sub/x.bin',
      source: path.join(dir, 'sub/x.bin'),
      digest: sha256(bytes('sub/x.bin')),
      size: Buffer.byteLength(bytes('sub/x.bin'))
    })
    expect(refusal(() => readSourceFolder(dir, ['model.bin'], [])).message).toMatch(
      new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} also holds sub/x\\.bin, `)
    )
  })

  it('is a usage error (exit 2) when the folder does not exist', () => {
    const dir = path.join(folder(), 'nope')
    const err = refusal(() => readSourceFolder(dir, NAMES, []))
    expect(err).toBeInstanceOf(UsageError)
    expect((err as UsageError).exitCode).toBe(2)
    expect(err.message).toBe(`the source folder ${dir} does not exist or cannot be read`)
  })

  it('reports a Git LFS pointer in the folder with the object it stands for', () => {
    const dir = folder(['labels.json'])
    const oid = 'a'.repeat(64)
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 123456789\n`
    writeFile(dir, 'model.bin', pointer)
    const [model, labels] = readSourceFolder(dir, NAMES, [])
    expect(model).toEqual({
      name: 'model.bin',
      source: path.join(dir, 'model.bin'),
      digest: sha256(pointer),
      size: Buffer.byteLength(pointer),
      lfs: { digest: `sha256:${oid}`, size: 123456789 }
    })
    expect(labels).not.toHaveProperty('lfs')
  })
})

describe('readSourceFolder without a files list (issue #12)', () => {
  const notes = (name: string) => name.endsWith('README.md') || name.startsWith('logs/')

  it('takes every file but those modelgate writes and those ignore: names, sorted', () => {
    const dir = folder([
      'model.bin',
      'ckpt/epoch_10.pt',
      'README.md',
      'logs/train.log',
      'result.json'
    ])
    const files = readSourceFolder(dir, undefined, ['result.json'], notes)
    expect(files.map(f => [f.name, f.digest])).toEqual([
      ['ckpt/epoch_10.pt', sha256(bytes('ckpt/epoch_10.pt'))],
      ['model.bin', sha256(bytes('model.bin'))]
    ])
  })

  it('refuses a folder left with no file, saying which were left out', () => {
    const dir = folder(['README.md', 'result.json'])
    const err = refusal(() => readSourceFolder(dir, undefined, ['result.json'], notes))
    expect(err).toBeInstanceOf(DecisionError)
    expect(err.message).toBe(
      `${dir} holds no file to register (README.md, result.json are left out: written by modelgate or named by \`ignore\`)`
    )
  })

  it('with a list, a file ignore: names is no extra file', () => {
    const dir = folder([...NAMES, 'README.md'])
    expect(readSourceFolder(dir, NAMES, [], notes).map(f => f.name)).toEqual(NAMES)
  })
})
