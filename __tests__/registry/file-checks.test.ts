/**
 * checkFiles walks the folders in a worker thread on large registries: the
 * result must be the same as walking in-thread, problems included. And no
 * file kind may hang it (a FIFO where a model file should be).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkFiles } from '../../src/registry/file-checks.js'
import { loadRegistry } from '../../src/registry/load.js'
import { validRegistry, writeFile, type Fixture } from '../helpers/registry-fixture.js'

async function check(fx: Fixture, workerThreshold: number) {
  const { registry } = await loadRegistry({ manifestPath: fx.manifestPath })
  return checkFiles(registry!, { workerThreshold })
}

describe('checkFiles', () => {
  let fx: Fixture | undefined
  afterEach(() => fx?.cleanup())

  it('finds the same problems whether the walk runs in a worker or not', async () => {
    fx = validRegistry()
    writeFile(fx.dir, 'models/staging/clf/1.2.0/notes.txt', 'stray')
    writeFile(fx.dir, 'models/development/clf/1.3.0/model.bin', 'edited by hand')
    unlinkSync(path.join(fx.dir, 'models/archived/clf/1.0.0/labels.json'))
    const outside = path.join(fx.dir, '..', `${path.basename(fx.dir)}-outside.json`)
    writeFileSync(outside, '{}')
    unlinkSync(path.join(fx.dir, 'models/staging/clf/1.2.0/labels.json'))
    symlinkSync(outside, path.join(fx.dir, 'models/staging/clf/1.2.0/labels.json'))
    writeFile(fx.dir, 'models/benchmark/clf/1.1.0/model.bin', 'stale copy')

    const inThread = await check(fx, Infinity)
    const inWorker = await check(fx, 0)
    expect(inWorker).toEqual(inThread)
    const messages = inWorker.diagnostics.map(d => d.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^digest mismatch for models\/development\/clf\/1\.3\.0\/model\.bin/),
        'missing file models/archived/clf/1.0.0/labels.json (recorded for clf 1.0.0)',
        expect.stringMatching(
          /^models\/staging\/clf\/1\.2\.0\/labels\.json is a symbolic link to .*-outside\.json, outside the repository$/
        ),
        expect.stringMatching(
          /^stale benchmark copy: models\/benchmark\/clf\/1\.1\.0\/model\.bin differs/
        ),
        'stray file models/staging/clf/1.2.0/notes.txt: not one of the files the manifest lists for it'
      ])
    )
    expect(messages).toHaveLength(5)
    unlinkSync(outside)
  })

  it('takes the digests it is given instead of reading those files again (init hashed them already)', async () => {
    fx = validRegistry()
    const { registry } = await loadRegistry({ manifestPath: fx.manifestPath })
    const rel = 'models/development/clf/1.3.0/model.bin'
    const given = new Map([[rel, { digest: `sha256:${'0'.repeat(64)}`, size: 7 }]])
    const checked = await checkFiles(registry!, { digested: given })
    // The file on disk is the one recorded: only the given digest can disagree with the manifest.
    expect(checked.diagnostics.map(d => d.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^digest mismatch for ${rel}: the manifest records sha256:[0-9a-f]{64}, the file has sha256:0{64}$`
        )
      )
    ])
    expect((await checkFiles(registry!)).diagnostics).toEqual([])
  })

  it('refuses a model file that is a link, even one inside the repository: git would commit the link', async () => {
    fx = validRegistry()
    const real = path.join(fx.dir, 'store/model.bin')
    writeFile(fx.dir, 'store/model.bin', '')
    execFileSync('cp', [path.join(fx.dir, 'models/staging/clf/1.2.0/model.bin'), real])
    unlinkSync(path.join(fx.dir, 'models/staging/clf/1.2.0/model.bin'))
    symlinkSync(real, path.join(fx.dir, 'models/staging/clf/1.2.0/model.bin'))
    for (const threshold of [Infinity, 0]) {
      const result = await check(fx, threshold)
      expect(result.diagnostics.map(d => d.message)).toEqual([
        'models/staging/clf/1.2.0/model.bin is a symbolic link: git would commit the link, not the model file (put the file itself here)'
      ])
      expect(result.stats.files).toBe(9)
    }
  })

  it('refuses a version folder that is a link, once, without walking into it', async () => {
    fx = validRegistry()
    const version = path.join(fx.dir, 'models/staging/clf/1.2.0')
    execFileSync('mv', [version, path.join(fx.dir, 'store')])
    symlinkSync(path.join(fx.dir, 'store'), version)
    for (const threshold of [Infinity, 0]) {
      const result = await check(fx, threshold)
      expect(result.diagnostics.map(d => d.message)).toEqual([
        'models/staging/clf/1.2.0 is a symbolic link to a folder: git would commit the link, not the model files (put the folder itself here)'
      ])
    }
  })

  it('reports a FIFO where a model file should be, without blocking on it', async () => {
    fx = validRegistry()
    const file = path.join(fx.dir, 'models/staging/clf/1.2.0/model.bin')
    unlinkSync(file)
    execFileSync('mkfifo', [file])
    for (const threshold of [Infinity, 0]) {
      const result = await check(fx, threshold)
      expect(result.diagnostics.map(d => d.message)).toEqual([
        'models/staging/clf/1.2.0/model.bin is not a regular file (a FIFO, socket or device)'
      ])
    }
  })
})
