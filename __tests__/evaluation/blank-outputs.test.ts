/**
 * blankSecretsIn (src/evaluation/blank-outputs.ts): a secret in a file a command wrote into its
 * output folder is replaced by *** wherever it sits — across a read chunk's edge, in a binary
 * file, in a subfolder — files without one are left byte for byte, and links are not followed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordingLog } from '../../__fixtures__/context.js'
import { blankSecretsIn } from '../../src/evaluation/blank-outputs.js'
import { Secrets } from '../../src/secrets.js'
import { tempDir } from '../helpers/registry-fixture.js'

const SECRET = 'ghs_blankMe0123456789'
const secrets = new Secrets([SECRET])
const root = tempDir('modelgate-blank-')
afterAll(() => rmSync(root, { recursive: true, force: true }))
let n = 0

describe('blankSecretsIn', () => {
  const chunk = 64 * 1024 // createReadStream's chunk size
  it.each<[string, Buffer, Buffer | undefined]>([
    ['a text file', Buffer.from(`GITHUB_TOKEN=${SECRET}\n`), Buffer.from('GITHUB_TOKEN=***\n')],
    [
      'a secret across the edge of two read chunks',
      Buffer.concat([Buffer.alloc(chunk - 5, 'a'), Buffer.from(SECRET), Buffer.from('z')]),
      Buffer.concat([Buffer.alloc(chunk - 5, 'a'), Buffer.from('***z')])
    ],
    [
      'a binary file',
      Buffer.concat([Buffer.from([0, 255, 1]), Buffer.from(SECRET), Buffer.from([2, 0])]),
      Buffer.concat([Buffer.from([0, 255, 1]), Buffer.from('***'), Buffer.from([2, 0])])
    ],
    [
      "checkout's AUTHORIZATION header",
      Buffer.from(`basic ${Buffer.from(`x-access-token:${SECRET}`).toString('base64')}`),
      Buffer.from('basic ***')
    ],
    ['no secret', Buffer.from('accuracy,0.91\n'), undefined]
  ])('%s', async (_name, bytes, expected) => {
    const dir = path.join(root, `case-${++n}`)
    mkdirSync(path.join(dir, 'sub'), { recursive: true })
    const file = path.join(dir, 'sub', 'out.bin')
    writeFileSync(file, bytes)
    const before = statSync(file).mtimeMs
    const log = recordingLog()
    const changed = await blankSecretsIn(dir, secrets, log)
    expect(readFileSync(file)).toEqual(expected ?? bytes)
    expect(changed).toEqual(expected ? [file] : [])
    expect(log.warnings).toEqual(
      expected ? [`${file} held a secret of this run; it was replaced by *** before upload`] : []
    )
    if (!expected) expect(statSync(file).mtimeMs).toBe(before)
  })

  it('does not follow a symbolic link, and a missing folder is nothing to do', async () => {
    const outside = path.join(root, 'outside.txt')
    writeFileSync(outside, SECRET)
    const dir = path.join(root, `case-${++n}`)
    mkdirSync(dir)
    symlinkSync(outside, path.join(dir, 'link.txt'))
    symlinkSync(root, path.join(dir, 'folder-link'))
    expect(await blankSecretsIn(dir, secrets, recordingLog())).toEqual([])
    expect(readFileSync(outside, 'utf8')).toBe(SECRET)
    expect(await blankSecretsIn(path.join(root, 'missing'), secrets, recordingLog())).toEqual([])
  })
})
