/**
 * sha256 of a file, streamed through one reusable buffer so memory stays flat
 * whatever the file's size (SPEC §2). A Git LFS pointer file is recognised by
 * its content and reported with the `oid` it carries, so a checkout without
 * LFS objects (actions/checkout's default) still validates (SPEC §2).
 */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'

export const CHUNK_SIZE = 1 << 20

export interface FileDigest {
  /** `sha256:<hex>` of the bytes on disk. */
  digest: string
  size: number
  /** Present when the file is a Git LFS pointer: the digest and size of the real content. */
  lfs?: { digest: string; size: number }
}

const LFS_POINTER =
  /^version https:\/\/git-lfs\.github\.com\/spec\/v1\r?\n(?:[a-z0-9.-]+ [^\n]*\r?\n)*?oid sha256:([0-9a-f]{64})\r?\nsize (\d+)\r?\n?$/
/** The LFS spec caps pointer files well below this. */
const MAX_POINTER_SIZE = 1024

const pool: Buffer[] = []

export async function digestFile(absPath: string): Promise<FileDigest> {
  const buffer = pool.pop() ?? Buffer.allocUnsafe(CHUNK_SIZE)
  const handle = await open(absPath, 'r')
  try {
    const hash = createHash('sha256')
    let size = 0
    let first: Buffer | undefined
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_SIZE, null)
      if (bytesRead === 0) break
      if (size === 0 && bytesRead <= MAX_POINTER_SIZE)
        first = Buffer.from(buffer.subarray(0, bytesRead))
      hash.update(buffer.subarray(0, bytesRead))
      size += bytesRead
    }
    const result: FileDigest = { digest: `sha256:${hash.digest('hex')}`, size }
    if (first && size === first.length) {
      const lfs = parseLfsPointer(first.toString('utf8'))
      if (lfs) result.lfs = lfs
    }
    return result
  } finally {
    await handle.close()
    pool.push(buffer)
  }
}

export function parseLfsPointer(text: string): { digest: string; size: number } | undefined {
  const m = LFS_POINTER.exec(text)
  return m ? { digest: `sha256:${m[1]}`, size: Number(m[2]) } : undefined
}

/** The digest that stands for the file's content: the LFS oid for a pointer. */
export function contentDigest(d: FileDigest): string {
  return d.lfs ? d.lfs.digest : d.digest
}
