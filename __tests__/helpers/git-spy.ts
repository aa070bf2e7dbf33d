/**
 * A `git` first on PATH that records each call's arguments, one line a call, before running
 * the real one: which git commands a run of modelgate starts, seen from outside it.
 */
import { chmodSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir, writeFile } from './registry-fixture.js'

export interface GitSpy {
  /** The folder to put first on PATH. */
  bin: string
  /** PATH with the spy first. */
  path: string
  called(): boolean
  /** The arguments of every call so far, one string a call. */
  calls(): string[]
}

export function spyGit(): GitSpy {
  const bin = tempDir('modelgate-fake-git-')
  const marker = path.join(bin, 'called')
  const real = process.env
    .PATH!.split(path.delimiter)
    .map(d => path.join(d, 'git'))
    .find(p => existsSync(p))!
  writeFile(bin, 'git', `#!/bin/sh\necho "$@" >> '${marker}'\nexec '${real}' "$@"\n`)
  chmodSync(path.join(bin, 'git'), 0o755)
  return {
    bin,
    path: `${bin}${path.delimiter}${process.env.PATH}`,
    called: () => existsSync(marker),
    calls: () => (existsSync(marker) ? readFileSync(marker, 'utf8').trimEnd().split('\n') : [])
  }
}
