/**
 * Benchmark data, generated once and cached in bench/.data (keyed by its
 * parameters; a `.complete` marker is written last, so an interrupted run
 * regenerates instead of measuring half a tree).
 *
 * generateRegistry(): a registry of M models × V versions laid out per SPEC §2
 * in one git repository, described twice over the same files:
 *   models/registry.yaml          every model in one file
 *   models/registry-sharded.yaml  `include: ["models/*\/model.yaml"]`, and
 *   models/<name>/model.yaml      one file per model (`name:` + model keys)
 *   models/<stage>/<name>/<version>/model.bin, models/benchmark/…, models/archived/…
 * Shard folders sit beside the stage folders, as in examples/sharded.
 *
 * generateRandomFile(): a file of random bytes for the hashing benchmark.
 * generatePromoteRepo(): the bare repository of the promotion benchmark.
 */
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import path from 'node:path'

/** Bump when the generated layout or content changes: cached data is then regenerated. */
const GENERATOR_VERSION = 4

const STAGE_YAML = `stages:
  - name: development
  - name: experimental
    gates: { metrics: true }
  - name: staging
    gates: { metrics: true, compare: benchmark }
  - name: production
    capacity: 1
    gates: { metrics: true }

benchmark: { folder: benchmark, copyOf: production }
archive: { folder: archived }
`

const FILE_NAME = 'model.bin'

/** Newest first, as in the examples: development, experimental, staging, production, archived… */
function stageOf(indexFromNewest) {
  return ['development', 'experimental', 'staging', 'production'][indexFromNewest] ?? 'archived'
}

/** Deterministic pseudo-random numbers in [0, 1) from a string. */
function unit(seed) {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32
}

/** The bytes of one version's file: 256 deterministic bytes, unique per model and version. */
function fileContent(name, version) {
  const parts = [Buffer.from(`${name} ${version}\n`)]
  for (let i = 0; i < 8; i++)
    parts.push(createHash('sha256').update(`${name}/${version}/${i}`).digest())
  return Buffer.concat(parts)
}

/** One model: its YAML body (keys at column 0) and its version files. */
function makeModel(name, versionCount) {
  const versions = []
  for (let k = versionCount - 1; k >= 0; k--) {
    const version = `1.${k}.0`
    const content = fileContent(name, version)
    versions.push({
      version,
      stage: stageOf(versionCount - 1 - k),
      content,
      digest: `sha256:${createHash('sha256').update(content).digest('hex')}`,
      accuracy: (0.8 + 0.19 * unit(`${name}/${version}/acc`)).toFixed(4),
      latency: (5 + 45 * unit(`${name}/${version}/lat`)).toFixed(1)
    })
  }
  const lines = [
    `description: Benchmark model ${name}`,
    `files: [${FILE_NAME}]`,
    `metrics:`,
    `  accuracy: { goal: maximize, min: 0.75, minDelta: 0.0 }`,
    `  latency_ms: { goal: minimize, max: 60, tolerance: 0.10 }`,
    `compare: { primary: [accuracy] }`,
    `versions:`
  ]
  for (const v of versions) {
    lines.push(
      `  - version: "${v.version}"`,
      `    stage: ${v.stage}`,
      // Flow style for the small maps, as SPEC §2 writes them; ~200 bytes a
      // version, which makes the ≈10 MB registry the issue describes.
      `    files: { ${FILE_NAME}: "${v.digest}" }`,
      `    metrics: { accuracy: ${v.accuracy}, latency_ms: ${v.latency} }`
    )
  }
  return { name, lines, versions }
}

/** Files of one model on disk: every version in its stage folder, plus the benchmark copy. */
function modelFiles(model) {
  const out = []
  for (const v of model.versions) {
    out.push({
      rel: `models/${v.stage}/${model.name}/${v.version}/${FILE_NAME}`,
      content: v.content
    })
    if (v.stage === 'production') {
      out.push({
        rel: `models/benchmark/${model.name}/${v.version}/${FILE_NAME}`,
        content: v.content
      })
    }
  }
  return out
}

function modelName(i, count) {
  return `model-${String(i + 1).padStart(Math.max(5, String(count).length), '0')}`
}

/**
 * Returns the paths of the two registries, generating them when missing.
 * @param {{ dataDir: string, models: number, versions: number, log?: (s: string) => void }} opts
 */
export function generateRegistry({ dataDir, models, versions, log = () => {} }) {
  const dir = path.join(dataDir, `registry-m${models}-v${versions}-g${GENERATOR_VERSION}`)
  const result = {
    dir,
    singleManifest: path.join(dir, 'models', 'registry.yaml'),
    shardedManifest: path.join(dir, 'models', 'registry-sharded.yaml'),
    someModel: modelName(Math.floor(models / 2), models),
    models,
    versions
  }
  const marker = path.join(dir, '.complete')
  if (existsSync(marker)) return { ...result, ...JSON.parse(readFileSync(marker, 'utf8')) }

  log(`generating ${models} models × ${versions} versions in ${dir}`)
  const t0 = Date.now()
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'models'), { recursive: true })
  execFileSync('git', ['init', '-q', dir], { stdio: 'ignore' })

  const header = `# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/modelgate/v1/schema/registry.schema.json
# Generated by bench/generate.mjs (${models} models × ${versions} versions). Do not edit.
apiVersion: modelgate/v1

${STAGE_YAML}`
  const single = [header, 'models:']
  let files = 0
  for (let i = 0; i < models; i++) {
    const model = makeModel(modelName(i, models), versions)
    single.push(`  ${model.name}:`, ...model.lines.map(l => `    ${l}`))
    const shardDir = path.join(dir, 'models', model.name)
    mkdirSync(shardDir)
    writeFileSync(
      path.join(shardDir, 'model.yaml'),
      `# One model of the sharded benchmark registry (bench/generate.mjs).\nname: ${model.name}\n${model.lines.join('\n')}\n`
    )
    for (const f of modelFiles(model)) {
      const abs = path.join(dir, f.rel)
      mkdirSync(path.dirname(abs), { recursive: true })
      writeFileSync(abs, f.content)
      files++
    }
  }
  writeFileSync(result.singleManifest, single.join('\n') + '\n')
  writeFileSync(
    result.shardedManifest,
    `${header}
# One file per model: models/<name>/model.yaml.
include: ["models/*/model.yaml"]
`
  )
  const info = { files, manifestBytes: statSync(result.singleManifest).size }
  writeFileSync(marker, JSON.stringify(info))
  log(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s (${files} files)`)
  return { ...result, ...info }
}

/**
 * A file of `bytes` random bytes, written once.
 * @param {{ dataDir: string, bytes: number, log?: (s: string) => void }} opts
 */
export function generateRandomFile({ dataDir, bytes, log = () => {} }) {
  const file = path.join(dataDir, `random-${bytes}.bin`)
  const marker = `${file}.complete`
  if (existsSync(marker) && existsSync(file) && statSync(file).size === bytes) return file
  log(
    `generating ${(bytes / 2 ** 30).toFixed(2)} GiB of random bytes in ${path.relative(process.cwd(), file)}`
  )
  mkdirSync(dataDir, { recursive: true })
  rmSync(marker, { force: true })
  const fd = openSync(file, 'w')
  try {
    const chunk = 16 << 20
    for (let written = 0; written < bytes;) {
      const n = Math.min(chunk, bytes - written)
      writeSync(fd, randomBytes(n))
      written += n
    }
  } finally {
    closeSync(fd)
  }
  writeFileSync(marker, '')
  return file
}

/** Bump when the generated predictions change: cached files are then regenerated. */
const PREDICTIONS_VERSION = 1

/** A small seeded generator for data (splitmix32): the same files on every machine. */
function seeded(seed) {
  let x = seed >>> 0
  return () => {
    x = (x + 0x9e3779b9) | 0
    let z = x
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296
  }
}

/** A standard normal draw (Box–Muller). */
function normal(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

/**
 * Pairs of predictions files (candidate, benchmark) of `rows` examples with an
 * `id` column, the benchmark's rows in another order (so pairing by id does
 * real work), generated once:
 *   binary-*.csv      id,y_true,y_pred,y_score; labels 0/1, accuracy ≈ 0.86 vs 0.85
 *   multiclass-*.csv  id,y_true,y_pred; 10 classes 0–9, accuracy ≈ 0.86 vs 0.85
 *   regression-*.csv  id,y_true,y_pred; y_true ~ N(50, 10²), errors N(0, 2.9²) vs N(0, 3²)
 * @param {{ dataDir: string, rows: number, log?: (s: string) => void }} opts
 */
export function generatePredictions({ dataDir, rows, log = () => {} }) {
  const dir = path.join(dataDir, `predictions-n${rows}-g${PREDICTIONS_VERSION}`)
  const file = (kind, side) => path.join(dir, `${kind}-${side}.csv`)
  const result = { dir, rows, file }
  const marker = path.join(dir, '.complete')
  if (existsSync(marker)) return result

  log(`generating predictions files of ${rows} rows in ${dir}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const random = seeded(20240101)
  const ids = Array.from({ length: rows }, (_, i) => `ex-${String(i).padStart(7, '0')}`)
  const order = ids.map((_, i) => i)
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const write = (kind, header, candidateRows, benchmarkRows) => {
    writeFileSync(file(kind, 'candidate'), [header, ...candidateRows].join('\n') + '\n')
    const shuffled = order.map(i => benchmarkRows[i])
    writeFileSync(file(kind, 'benchmark'), [header, ...shuffled].join('\n') + '\n')
  }

  const classes = (kind, k, withScore) => {
    const truth = ids.map(() => Math.floor(random() * k))
    const predict = accuracy =>
      ids.map((id, i) => {
        const t = truth[i]
        const p = random() < accuracy ? t : (t + 1 + Math.floor(random() * (k - 1))) % k
        const score = p === 1 ? 0.5 + 0.5 * random() : 0.5 * random()
        return withScore ? `${id},${t},${p},${score.toFixed(4)}` : `${id},${t},${p}`
      })
    write(
      kind,
      withScore ? 'id,y_true,y_pred,y_score' : 'id,y_true,y_pred',
      predict(0.86),
      predict(0.85)
    )
  }
  classes('binary', 2, true)
  classes('multiclass', 10, false)

  const truth = ids.map(() => 50 + 10 * normal(random))
  const regress = sd =>
    ids.map(
      (id, i) => `${id},${truth[i].toFixed(4)},${(truth[i] + sd * normal(random)).toFixed(4)}`
    )
  write('regression', 'id,y_true,y_pred', regress(2.9), regress(3))

  writeFileSync(marker, '')
  return result
}

/** Bump when the generated promotion repository changes: the cached one is then regenerated. */
const PROMOTE_VERSION = 1
const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Mona',
  GIT_AUTHOR_EMAIL: 'mona@example.com',
  GIT_COMMITTER_NAME: 'Mona',
  GIT_COMMITTER_EMAIL: 'mona@example.com',
  GIT_LFS_SKIP_SMUDGE: '1'
}

/**
 * The `promote` group's repository, as __tests__/e2e/promote-request-count.test.ts
 * builds it: models `one` (1 small file), `many` (`files` files of 800 bytes)
 * and, when `lfsMB` is set, `large` (one file of `lfsMB` MiB tracked by Git
 * LFS), each at version 1.0.0 in stage `staging`; stages staging →
 * production; `benchmark: false`. Committed in a scratch repository and
 * pushed to a bare repository `remote.git` (only the LFS pointer goes there:
 * the scratch repository with the real bytes is deleted), which is cached.
 * Every model file contains `marker`, so a request carrying model bytes shows.
 * @param {{ dataDir: string, files: number, lfsMB?: number, marker: string, log?: (s: string) => void }} opts
 */
export function generatePromoteRepo({ dataDir, files, lfsMB = 0, marker, log = () => {} }) {
  const dir = path.join(
    dataDir,
    `promote-f${files}${lfsMB ? `-lfs${lfsMB}` : ''}-g${PROMOTE_VERSION}`
  )
  const bare = path.join(dir, 'remote.git')
  const result = { dir, bare, models: lfsMB ? ['one', 'many', 'large'] : ['one', 'many'] }
  const doneMarker = path.join(dir, '.complete')
  if (existsSync(doneMarker)) return result

  log(`generating the promotion repository in ${dir}`)
  rmSync(dir, { recursive: true, force: true })
  const source = path.join(dir, 'source')
  mkdirSync(source, { recursive: true })
  const git = (cwd, ...args) =>
    execFileSync('git', args, {
      cwd,
      env: { ...process.env, ...GIT_IDENTITY },
      stdio: ['ignore', 'pipe', 'pipe']
    })
  const write = (rel, data) => {
    const abs = path.join(source, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    writeFileSync(abs, data)
    return abs
  }
  const digest = data => `sha256:${createHash('sha256').update(data).digest('hex')}`
  const versionYaml = entries =>
    [
      '      - version: "1.0.0"',
      '        stage: staging',
      '        files:',
      ...Object.entries(entries).map(([name, d]) => `          ${name}: "${d}"`)
    ].join('\n')

  git(source, 'init', '-q', '-b', 'main')
  const oneBytes = `${marker}one\n`
  write('models/staging/one/1.0.0/model.bin', oneBytes)
  const many = {}
  for (let i = 0; i < files; i++) {
    const name = `part-${String(i).padStart(3, '0')}.bin`
    const bytes = `${marker}${i}\n`.repeat(50)
    write(`models/staging/many/1.0.0/${name}`, bytes)
    many[name] = digest(bytes)
  }
  const models = [
    '  one:',
    '    files: [model.bin]',
    '    versions:',
    versionYaml({ 'model.bin': digest(oneBytes) }),
    '  many:',
    `    files: [${Object.keys(many).join(', ')}]`,
    '    versions:',
    versionYaml(many)
  ]
  if (lfsMB) {
    git(source, 'lfs', 'install', '--local')
    write('.gitattributes', 'weights.bin filter=lfs diff=lfs merge=lfs -text\n')
    const abs = write('models/staging/large/1.0.0/weights.bin', '')
    const hash = createHash('sha256')
    const chunk = randomBytes(1 << 20)
    const fd = openSync(abs, 'w')
    try {
      for (let i = 0; i < lfsMB; i++) {
        chunk.writeUInt32LE(i, 0) // no two MiB alike
        writeSync(fd, chunk)
        hash.update(chunk)
      }
    } finally {
      closeSync(fd)
    }
    models.push(
      '  large:',
      '    files: [weights.bin]',
      '    versions:',
      versionYaml({ 'weights.bin': `sha256:${hash.digest('hex')}` })
    )
  }
  write(
    'models/registry.yaml',
    [
      'apiVersion: modelgate/v1',
      'stages:',
      '  - name: staging',
      '  - name: production',
      'benchmark: false',
      'models:',
      ...models,
      ''
    ].join('\n')
  )
  git(source, 'add', '-A')
  git(source, 'commit', '-q', '-m', 'Initial registry')
  mkdirSync(bare)
  git(bare, 'init', '-q', '--bare', '-b', 'main')
  // --no-verify: git-lfs's pre-push hook would try to upload the object to an LFS server.
  git(source, 'push', '-q', '--no-verify', bare, 'main')
  rmSync(source, { recursive: true, force: true })
  writeFileSync(doneMarker, '')
  return result
}
