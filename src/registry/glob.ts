/**
 * Expands the `include:` globs of a sharded registry (SPEC §2). Supports `*`
 * and `?` within a segment and `**` across segments, which is what shard
 * layouts use (`models/*\/model.yaml`). Results are repository-relative and
 * sorted, so errors and outputs are stable.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'

function segmentRegex(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
  return new RegExp(`^${body}$`)
}

export function hasGlob(segment: string): boolean {
  return /[*?]/.test(segment)
}

/** Lists files under `repoRoot` matching `pattern` (a repository-relative glob). */
export async function expandGlob(repoRoot: string, pattern: string): Promise<string[]> {
  const segments = pattern.split('/').filter(s => s !== '' && s !== '.')
  const out = new Set<string>()
  await walk('', 0)
  return [...out].sort()

  async function walk(rel: string, i: number): Promise<void> {
    if (i === segments.length) {
      out.add(rel)
      return
    }
    const seg = segments[i]
    const last = i === segments.length - 1
    if (seg === '**') {
      await walk(rel, i + 1)
      for (const e of await list(rel)) {
        if (e.isDirectory()) await walk(path.posix.join(rel, e.name), i)
      }
      return
    }
    if (!hasGlob(seg)) {
      const entries = await list(rel)
      const e = entries.find(x => x.name === seg)
      if (e && (last ? e.isFile() : e.isDirectory())) await walk(path.posix.join(rel, seg), i + 1)
      return
    }
    const re = segmentRegex(seg)
    const matches = (await list(rel)).filter(
      e => re.test(e.name) && !e.name.startsWith('.') && (last ? e.isFile() : e.isDirectory())
    )
    await Promise.all(matches.map(e => walk(path.posix.join(rel, e.name), i + 1)))
  }

  async function list(rel: string) {
    try {
      return await readdir(path.join(repoRoot, rel), { withFileTypes: true })
    } catch {
      return []
    }
  }
}

/**
 * For `validate --model M`: the one file a pattern names for model M, found by
 * substituting M for the pattern's single wildcard segment, so a command about
 * one model reads only that model's file whatever the registry's size.
 */
export function shardPathFor(pattern: string, model: string): string | undefined {
  const segments = pattern.split('/')
  const wild = segments.filter(hasGlob)
  if (wild.length !== 1 || wild[0] === '**' || !segmentRegex(wild[0]).test(model)) return undefined
  if (wild[0] !== '*') return undefined
  return segments.map(s => (s === '*' ? model : s)).join('/')
}
