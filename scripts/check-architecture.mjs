#!/usr/bin/env node
/**
 * The import-direction check of `npm run lint` (docs/architecture.md): dependency-cruiser
 * reads every import under src/, type-only ones included, against the rules in
 * .dependency-cruiser.js, and this prints each violation on one line:
 *
 *   src/registry/x.ts:12 → src/commands/y.ts  [domain-stays-pure: the domain imports no …]
 *
 *   node scripts/check-architecture.mjs [ROOT]
 *
 * ROOT is the folder holding src/, tsconfig.json and node_modules/ (default: this repository;
 * the test passes a copy). Exits 1 on a violation, 2 when dependency-cruiser itself fails.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const config = join(repo, '.dependency-cruiser.js')
const cli = join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs')

function cruise(root) {
  const args = [cli, 'src', '--config', config, '--output-type', 'json']
  try {
    const out = execFileSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    return JSON.parse(out)
  } catch (error) {
    console.error(`architecture: dependency-cruiser failed: ${error.stderr || error.message}`)
    process.exit(2)
  }
}

/** The 1-based line of `from` that imports `specifier`, or 0 when it cannot be found. */
function importLine(root, from, specifier) {
  if (!specifier) return 0
  let lines
  try {
    lines = readFileSync(join(root, from), 'utf8').split('\n')
  } catch {
    return 0
  }
  const quoted = [`'${specifier}'`, `"${specifier}"`]
  return lines.findIndex(line => quoted.some(q => line.includes(q))) + 1
}

/**
 * `from:line → to` (a package named as imported rather than by its file in node_modules/),
 * with `line` apart so that the report can be sorted.
 */
function describe(root, modules, v) {
  const importOf = (from, to) => modules.get(from)?.dependencies.find(d => d.resolved === to)
  const at = (dep, text) => {
    const line = importLine(root, v.from, dep?.module)
    return { from: v.from, line, text: `${line ? `${v.from}:${line}` : v.from} → ${text}` }
  }
  if (v.type === 'cycle') {
    const path = v.cycle.map(step => step.name)
    const edges = path.map((to, i) => ({ from: i ? path[i - 1] : v.from, to }))
    const typeEdges = edges.filter((_, i) => v.cycle[i].dependencyTypes?.includes('type-only'))
    const types =
      typeEdges.length === 0
        ? ''
        : typeEdges.length === edges.length
          ? ' (type-only)'
          : ` (type-only: ${typeEdges.map(e => `${e.from} → ${e.to}`).join(', ')})`
    return at(importOf(v.from, path[0]), `${path.join(' → ')}${types}`)
  }
  const dep = importOf(v.from, v.to)
  const named = v.rule.name === 'resolvable' || /(^|\/)node_modules\//.test(v.to)
  const typeOnly = dep?.dependencyTypes.includes('type-only') ? ' (type-only)' : ''
  return at(dep, `${(named && dep?.module) || v.to}${typeOnly}`)
}

const byPlace = (a, b) =>
  a.from.localeCompare(b.from) || a.line - b.line || a.text.localeCompare(b.text)

function main() {
  const root = resolve(process.argv[2] ?? repo)
  const result = cruise(root)
  const { summary } = result
  const modules = new Map(result.modules.map(m => [m.source, m]))
  const rules = new Map(summary.ruleSetUsed.forbidden.map(r => [r.name, r]))
  const failing = summary.violations
  failing
    .map(v => ({ ...describe(root, modules, v), rule: v.rule.name }))
    .sort(byPlace)
    .forEach(d => console.log(`${d.text}  [${d.rule}: ${rules.get(d.rule).comment}]`))

  const counted = `${summary.totalCruised} modules, ${summary.totalDependenciesCruised} imports`
  if (failing.length > 0) {
    console.log(
      `architecture: ${failing.length} violation(s)` +
        ` (${counted}; rules in .dependency-cruiser.js, layers in docs/architecture.md)`
    )
    process.exitCode = 1
  } else {
    console.log(`architecture: no violations (${counted})`)
  }
}

main()
