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
const GENERATOR_VERSION = 3

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
      latency: (5 + 45 * unit(`${name}/${version}/lat`)).toFixed(1),
      createdAt: new Date(Date.UTC(2026, 0, 1) + k * 86_400_000 * 30 + unit(name) * 86_400_000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
    })
  }
  const lines = [
    `description: Generated model ${name} for the modelgate benchmark`,
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
      // Flow style for the small maps, as SPEC §2 writes them.
      `    files: { ${FILE_NAME}: "${v.digest}" }`,
      `    metrics: { accuracy: ${v.accuracy}, latency_ms: ${v.latency} }`,
      `    createdAt: "${v.createdAt}"`
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

  const header = `# yaml-language-server: $schema=https://modelgate.dev/schema/registry.schema.json
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
