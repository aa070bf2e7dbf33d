#!/usr/bin/env node
/**
 * Fails when a workflow's `run:` script interpolates an expression that can carry untrusted or
 * unquoted text (SPEC §6: workflow inputs reach scripts only through `env:`).
 *
 *   node scripts/check-workflow-injection.mjs [DIR_OR_FILE ...]
 *
 * Without arguments: every *.yml/*.yaml in .github/workflows/, workflows/ and
 * examples/<example>/.github/workflows/. Prints one line per finding,
 * `file:line: message`, and exits 1 when there is one; exits 2 when no workflow file is found.
 *
 * `${{ }}` in a `run:` script is replaced by its value before the shell reads the script, so a
 * value holding `"; curl … | sh; "` becomes code. The rule is an allow-list: an expression may
 * only read values the workflow's own author or the runner controls — `runner.*`, `strategy.*`,
 * `job.*` and the `github` keys in SAFE_GITHUB (workspace, run ids, repository name, sha, …) —
 * or no context at all (literals, `hashFiles(...)`). Everything else is a finding: `inputs.*`,
 * `github.event.*`, `github.head_ref`, `github.ref*`, `github.actor`, `steps.*.outputs.*`,
 * `needs.*.outputs.*`, `matrix.*`, `env.*`, `vars.*`, `jobs.*`, and bracket access on `github`.
 * `secrets.*` and `github.token` are findings too, though not injection: expanded into the
 * script they are written into the script file on the runner; pass them through `env:` like
 * everything else. Expressions outside `run:` (`with:`, `env:`, `if:`) are not shell code and
 * are not checked here.
 */
import { readFileSync } from 'node:fs'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { filesToCheck } from './workflow-files.mjs'

const SAFE_CONTEXTS = new Set(['runner', 'strategy', 'job'])
const SAFE_GITHUB = new Set([
  'workspace',
  'action_path',
  'run_id',
  'run_number',
  'run_attempt',
  'job',
  'server_url',
  'api_url',
  'graphql_url',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'sha',
  'workflow_sha',
  'event_name',
  'retention_days'
])
const KEYWORDS = new Set(['true', 'false', 'null', 'NaN', 'Infinity'])

/** The findings in one workflow's source text: `{ line, message }`, in source order. */
function findInjections(source) {
  const doc = parseDocument(source)
  if (doc.errors.length) {
    const e = doc.errors[0]
    return [{ line: e.linePos?.[0]?.line ?? 1, message: `cannot parse YAML: ${e.message}` }]
  }
  const findings = []
  walk(doc.contents, node => {
    const [start, end] = node.range
    const raw = source.slice(start, end)
    for (const m of raw.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
      const problem = judge(m[1])
      if (problem)
        findings.push({
          line: lineOf(source, start + m.index),
          message: `run: interpolates \${{${m[1]}}}: ${problem}`
        })
    }
  })
  return findings.sort((a, b) => a.line - b.line)
}

/** Calls `onRun` with every scalar value of a `run` key, however deep. */
function walk(node, onRun) {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (
        isScalar(pair.key) &&
        pair.key.value === 'run' &&
        isScalar(pair.value) &&
        pair.value.range
      )
        onRun(pair.value)
      else walk(pair.value, onRun)
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walk(item, onRun)
  }
}

/** Why an expression must not be expanded into a script, or undefined when it may be. */
function judge(expression) {
  // String literals hold no references: set them aside (and put them back in the message).
  const literals = []
  const code = expression.replace(/'(?:[^']|'')*'/g, literal => `\0${literals.push(literal) - 1}\0`)
  const shown = text => text.replace(/\0(\d+)\0/g, (_, i) => literals[Number(i)])
  const refs = code.matchAll(
    /(?<![\w.\-\]])([A-Za-z_][\w-]*)(?![\w-])((?:\s*\.\s*[\w*-]+(?![\w*-])|\s*\[[^\]]*\])*)(?!\s*\()/g
  )
  for (const [, context, rest] of refs) {
    if (KEYWORDS.has(context)) continue
    const reference = shown(`${context}${rest.replace(/\s+/g, '')}`)
    if (context === 'secrets' || reference === 'github.token')
      return `a secret (${reference}) is written into the script; pass it through env: and use "$NAME"`
    if (SAFE_CONTEXTS.has(context)) continue
    if (context === 'github') {
      const key = /^\.([\w-]+)$/.exec(rest.replace(/\s+/g, ''))?.[1]
      if (key && SAFE_GITHUB.has(key)) continue
    }
    return `${reference} is expanded into the script before the shell reads it (script injection); pass it through env: and use "$NAME"`
  }
  return undefined
}

function lineOf(source, offset) {
  let line = 1
  for (let i = 0; i < offset; i++) if (source.charCodeAt(i) === 10) line++
  return line
}

function main() {
  const files = filesToCheck(process.argv.slice(2))
  if (files.length === 0) return
  let count = 0
  for (const file of files) {
    for (const f of findInjections(readFileSync(file, 'utf8'))) {
      count++
      console.log(`${file}:${f.line}: ${f.message}`)
    }
  }
  if (count) {
    console.log(`workflow injection check: ${count} finding(s) in ${files.length} workflow file(s)`)
    process.exitCode = 1
  } else {
    console.log(`workflow injection check: ${files.length} workflow file(s) OK`)
  }
}

main()
