/**
 * One measurement in a fresh process, called by bench/run.mjs; compiled with
 * ncc into bench/.build/probe. Prints one JSON line on stdout:
 *   { ms, maxRssMB, ...details }
 * where `ms` times only the operation (not Node's start or module loading)
 * and `maxRssMB` is the process's peak RSS at the end.
 *
 *   probe load <manifest> [model]      loadRegistry + checkRules
 *   probe validate <manifest> [model]  loadRegistry + checkRules + checkFiles
 *   probe yaml <file>                  readFile + yaml's parse
 *   probe js-yaml <file>               readFile + js-yaml's load
 *   probe digest <file>                digestFile
 */
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import type { Diagnostic } from '../src/errors.js'
import { digestFile } from '../src/registry/digest.js'
import { checkFiles } from '../src/registry/file-checks.js'
import { loadRegistry } from '../src/registry/load.js'
import { checkRules } from '../src/registry/rules.js'

type Details = Record<string, unknown>

async function registry(manifestPath: string, model: string | undefined, files: boolean) {
  const t0 = performance.now()
  const loaded = await loadRegistry({ manifestPath, onlyModel: model })
  const t1 = performance.now()
  const diagnostics: Diagnostic[] = [...loaded.diagnostics]
  if (loaded.registry) diagnostics.push(...checkRules(loaded.registry))
  const t2 = performance.now()
  let stats
  if (files && loaded.registry) {
    const checked = await checkFiles(loaded.registry)
    diagnostics.push(...checked.diagnostics)
    stats = checked.stats
  }
  const t3 = performance.now()
  const errors = diagnostics.filter(d => d.severity === 'error')
  const details: Details = {
    ms: t3 - t0,
    loadMs: t1 - t0,
    rulesMs: t2 - t1,
    models: loaded.registry?.models.length ?? 0,
    errors: errors.length,
    firstErrors: errors.slice(0, 3).map(d => `${d.file}:${d.line}:${d.col}: ${d.message}`)
  }
  if (files) Object.assign(details, { filesMs: t3 - t2, files: stats?.files ?? 0 })
  return details
}

async function parse(file: string, parser: 'yaml' | 'js-yaml'): Promise<Details> {
  // Imported on demand, so the registry modes carry neither parser's module.
  const fn: (text: string) => unknown =
    parser === 'yaml'
      ? (await import('yaml')).parse
      : (await import('../src/registry/js-yaml.cjs')).load
  const t0 = performance.now()
  const text = await readFile(file, 'utf8')
  const data = fn(text) as { models?: Record<string, unknown> }
  const ms = performance.now() - t0
  return { ms, models: Object.keys(data?.models ?? {}).length }
}

async function digest(file: string): Promise<Details> {
  const t0 = performance.now()
  const d = await digestFile(file)
  return { ms: performance.now() - t0, size: d.size, digest: d.digest }
}

async function main(): Promise<Details> {
  const [mode, target, model] = process.argv.slice(2)
  if (!target) throw new Error('usage: probe <load|validate|yaml|js-yaml|digest> <path> [model]')
  switch (mode) {
    case 'load':
      return registry(target, model, false)
    case 'validate':
      return registry(target, model, true)
    case 'yaml':
    case 'js-yaml':
      return parse(target, mode)
    case 'digest':
      return digest(target)
    default:
      throw new Error(`unknown probe mode "${mode}"`)
  }
}

const details = await main()
// maxRSS is in kilobytes (getrusage).
const maxRssMB = process.resourceUsage().maxRSS / 1024
process.stdout.write(JSON.stringify({ ...details, maxRssMB }) + '\n')
