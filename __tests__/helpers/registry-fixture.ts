/**
 * Builds real registries on disk for tests: a temp folder that is a git
 * repository, model files with real bytes, digests computed from them, and
 * a manifest whose text tests can edit.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function sha256(data: string | Buffer): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex')
}

export function tempDir(prefix = 'modelgate-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** The `.git` folder of one `git init -b main`, made once per test file. */
let emptyGitDir: string | undefined

/**
 * Makes `dir` a new repository on branch main, as `git init -q -b main` does: by copying the
 * `.git` folder git made for the first one. The tests make hundreds of repositories, and every
 * process a jest worker starts costs it 20–40 ms (the fork copies the page tables of a worker
 * that has grown to several hundred MB), more than `git init` itself takes (13 ms).
 */
export function gitInit(dir: string): void {
  if (!emptyGitDir || !existsSync(emptyGitDir)) {
    const model = tempDir('modelgate-empty-repo-')
    execFileSync('git', ['init', '-q', '-b', 'main', model])
    emptyGitDir = path.join(model, '.git')
  }
  mkdirSync(dir, { recursive: true })
  // Never over an existing repository: the copy would replace its HEAD and config.
  cpSync(emptyGitDir, path.join(dir, '.git'), { recursive: true, force: false, errorOnExist: true })
}

export function writeFile(root: string, rel: string, data: string | Buffer): string {
  const abs = path.join(root, rel)
  mkdirSync(path.dirname(abs), { recursive: true })
  writeFileSync(abs, data)
  return abs
}

/**
 * Every file under `dir` with its sha256, to prove a command left the tree unchanged.
 * A symbolic link is recorded as its target (never followed), a FIFO, socket or device
 * by its kind (never opened, so a FIFO cannot hang the snapshot).
 */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      if (name === '.git') continue
      const childRel = rel ? `${rel}/${name}` : name
      const abs = path.join(dir, childRel)
      const st = lstatSync(abs, { throwIfNoEntry: false })
      if (!st) continue
      if (st.isDirectory()) walk(childRel)
      else if (st.isSymbolicLink()) out[childRel] = `link → ${readlinkSync(abs)}`
      else if (st.isFile()) out[childRel] = sha256(readFileSync(abs))
      else out[childRel] = st.isFIFO() ? 'fifo' : 'special'
    }
  }
  walk('')
  return out
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex(l => l.includes(needle))
  if (i < 0) throw new Error(`"${needle}" not found in the manifest`)
  return i + 1
}

export interface Fixture {
  dir: string
  manifestPath: string
  manifest(): string
  setManifest(text: string): void
  edit(find: string, replace: string): void
  cleanup(): void
}

/** The bytes of a version's files: distinct per version so digests differ. */
export function modelBytes(model: string, version: string, file: string): string {
  return `${model}/${version}/${file}: weights ${version.repeat(3)}\n`
}

/**
 * A valid registry with the default stages: `clf` with 1.0.0 archived,
 * 1.1.0 in production (and its benchmark copy), 1.2.0 in staging and 1.3.0
 * in development; each version holds model.bin and labels.json.
 */
export function validRegistry(): Fixture {
  const dir = tempDir()
  gitInit(dir)
  const versions: Array<[string, string]> = [
    ['1.0.0', 'archived'],
    ['1.1.0', 'production'],
    ['1.2.0', 'staging'],
    ['1.3.0', 'development']
  ]
  const files = ['model.bin', 'labels.json']
  const digest = (v: string, f: string) => sha256(modelBytes('clf', v, f))
  for (const [v, stage] of versions) {
    for (const f of files) writeFile(dir, `models/${stage}/clf/${v}/${f}`, modelBytes('clf', v, f))
  }
  for (const f of files)
    writeFile(dir, `models/benchmark/clf/1.1.0/${f}`, modelBytes('clf', '1.1.0', f))
  const entry = (v: string, stage: string, extra = '') =>
    [
      `      - version: "${v}"`,
      `        stage: ${stage}`,
      `        files:`,
      ...files.map(f => `          ${f}: "${digest(v, f)}"`),
      `        metrics: { accuracy: 0.9${v.replace(/\./g, '')} }`,
      ...(extra ? [extra] : [])
    ].join('\n')
  const text = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/modelgate/v1/schema/registry.schema.json',
    'apiVersion: modelgate/v1',
    'models:',
    '  clf:',
    '    description: A test classifier',
    '    owners: ["@acme/ml"]',
    '    files: [model.bin, labels.json]',
    '    metrics:',
    '      accuracy: { goal: maximize, min: 0.85, minDelta: 0.002 }',
    '      latency_ms: { goal: minimize, max: 40, tolerance: 0.1 }',
    '    compare: { primary: [accuracy], significance: 0.05 }',
    '    versions:',
    entry(
      '1.0.0',
      'archived',
      '        retired: { at: "2026-10-01T12:00:00Z", reason: replaced, replacedBy: "1.1.0", actor: octocat }'
    ),
    entry('1.1.0', 'production'),
    entry('1.2.0', 'staging'),
    entry('1.3.0', 'development'),
    'history:',
    '  - { at: "2026-10-01T12:00:00Z", model: clf, version: "1.1.0", from: staging, to: production, actor: octocat }',
    ''
  ].join('\n')
  const manifestPath = writeFile(dir, 'models/registry.yaml', text)
  return fixture(dir, manifestPath)
}

/**
 * Makes validRegistry()'s benchmark copy `stage` (`benchmark.copyOf`): its copy of production
 * 1.1.0 is replaced by one of `version`, a version in that stage.
 */
export function copyBenchmarkOf(f: Fixture, stage: string, version: string): void {
  f.edit(
    'apiVersion: modelgate/v1\n',
    `apiVersion: modelgate/v1\nbenchmark: { folder: benchmark, copyOf: ${stage} }\n`
  )
  rmSync(path.join(f.dir, 'models/benchmark/clf/1.1.0'), { recursive: true })
  for (const file of ['model.bin', 'labels.json']) {
    writeFile(f.dir, `models/benchmark/clf/${version}/${file}`, modelBytes('clf', version, file))
  }
}

export function fixture(dir: string, manifestPath: string): Fixture {
  return {
    dir,
    manifestPath,
    manifest: () => readFileSync(manifestPath, 'utf8'),
    setManifest: text => writeFileSync(manifestPath, text),
    edit(find, replace) {
      const text = readFileSync(manifestPath, 'utf8')
      if (!text.includes(find)) throw new Error(`fixture edit: "${find}" not in the manifest`)
      writeFileSync(manifestPath, text.replace(find, replace))
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Turns validRegistry into a sharded one: model clf moves to its own file
 * `models/clf/model.yaml`; the registry file keeps only the include (its
 * top-level history is dropped).
 */
export function shardClf(f: Fixture): void {
  const text = f.manifest()
  const modelStart = text.indexOf('  clf:\n')
  const historyStart = text.indexOf('history:\n')
  const modelBody = text
    .slice(modelStart + '  clf:\n'.length, historyStart)
    .split('\n')
    .map(l => l.slice(4))
    .join('\n')
  writeFile(f.dir, 'models/clf/model.yaml', `name: clf\n${modelBody}`)
  f.setManifest('apiVersion: modelgate/v1\ninclude: ["models/*/model.yaml"]\n')
}
