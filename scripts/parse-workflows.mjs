#!/usr/bin/env node
/**
 * Runs GitHub's own workflow parser (@actions/workflow-parser, the parser of the Actions
 * language server and github.com's workflow editor) on workflow files: the schema GitHub
 * applies (unknown keys, wrong values, bad expressions and cron lines), and for a job that
 * calls one of this repository's reusable workflows, the inputs and secrets it passes against
 * the ones that workflow declares.
 *
 *   node scripts/parse-workflows.mjs [DIR_OR_FILE ...]
 *
 * Without arguments: the same files as scripts/lint-workflows.mjs (scripts/workflow-files.mjs).
 * Prints one line per finding, `file:line:col: message [workflow-parser]`, and exits 1 when
 * there is one; exits 2 when no workflow file is found.
 *
 * A called workflow is read from this checkout: `./.github/workflows/x.yml` relative to the
 * caller's repository, `acme/modelgate/.github/workflows/x.yml@v1` (this repository under its
 * published name, as the starters and the examples call it) from .github/workflows/ here. Any
 * other repository's workflow cannot be read offline, and is reported as not found.
 */
import { readFileSync } from 'node:fs'
import { register } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { filesToCheck } from './workflow-files.mjs'

/** This repository's published name: callers reference its reusable workflows by it. */
const OWN_REPOSITORY = 'acme/modelgate'
const PROJECT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

register('./json-import-hook.mjs', import.meta.url)

/** Reads a called workflow for the parser (a FileProvider); throws for one it cannot read. */
function calledWorkflows(callerFile) {
  // The caller's repository: the folder holding its .github/, else the current one.
  const marker = `${path.sep}.github${path.sep}`
  const absolute = path.resolve(callerFile)
  const repository = absolute.includes(marker)
    ? absolute.slice(0, absolute.lastIndexOf(marker))
    : '.'
  return {
    async getFileContent(ref) {
      let file
      if (!('repository' in ref)) file = path.join(repository, ref.path)
      else if (`${ref.owner}/${ref.repository}` === OWN_REPOSITORY)
        file = path.join(PROJECT, ref.path)
      else throw new Error(`${ref.owner}/${ref.repository} is not this repository`)
      return { name: file, content: readFileSync(file, 'utf8') }
    }
  }
}

/** The parser's findings in one workflow file: `{ line, column, message }`, in source order. */
async function parse(file, parser) {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter, ErrorPolicy } = parser
  const result = parseWorkflow(
    { name: file, content: readFileSync(file, 'utf8') },
    new NoOperationTraceWriter()
  )
  if (result.value)
    // TryConversion: also check what only the conversion sees (cron lines, the inputs given
    // to a called workflow) when the schema already found something, so one run shows all.
    await convertWorkflowTemplate(result.context, result.value, calledWorkflows(file), {
      fetchReusableWorkflowDepth: 1,
      errorPolicy: ErrorPolicy.TryConversion
    })
  return result.context.errors
    .getErrors()
    .map(e => ({
      line: e.range?.start.line ?? 1,
      column: e.range?.start.column ?? 1,
      // A YAML syntax error's message goes on to quote the line with a caret under it.
      message: e.rawMessage.split('\n')[0].replace(/:$/, '')
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
}

async function main() {
  const files = filesToCheck(process.argv.slice(2))
  if (files.length === 0) return
  // Imported here, after the hook is registered, so that a failure is exit status 2.
  const parser = {
    ...(await import('@actions/workflow-parser')),
    ErrorPolicy: (await import('@actions/workflow-parser/model/convert')).ErrorPolicy
  }
  let findings = 0
  for (const file of files) {
    for (const f of await parse(file, parser)) {
      findings++
      console.log(`${file}:${f.line}:${f.column}: ${f.message} [workflow-parser]`)
    }
  }
  if (findings) {
    console.log(`workflow parser: ${findings} problem(s) in ${files.length} workflow file(s)`)
    process.exitCode = 1
  } else {
    console.log(`workflow parser: ${files.length} workflow file(s) OK`)
  }
}

main().catch(err => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exitCode = 2
})
