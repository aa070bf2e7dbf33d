/**
 * The workflow files the workflow checks look at (scripts/lint-workflows.mjs,
 * scripts/check-workflow-injection.mjs).
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** .github/workflows, workflows and examples/<example>/.github/workflows, under `root`. */
export function defaultWorkflowDirs(root = '.') {
  const dirs = [path.join(root, '.github/workflows'), path.join(root, 'workflows')]
  let examples = []
  try {
    examples = readdirSync(path.join(root, 'examples'), { withFileTypes: true })
  } catch {
    // no examples folder
  }
  for (const e of examples.filter(e => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1)))
    dirs.push(path.join(root, 'examples', e.name, '.github/workflows'))
  return dirs
}

/** Every *.yml/*.yaml among `targets` (files, or folders read one level deep); missing ones are skipped. */
export function workflowFiles(targets) {
  const files = []
  for (const target of targets) {
    let stat
    try {
      stat = statSync(target)
    } catch {
      continue
    }
    if (stat.isFile()) files.push(target)
    else
      for (const name of readdirSync(target).sort())
        if (/\.ya?ml$/.test(name)) files.push(path.join(target, name))
  }
  return files
}

/**
 * The workflow files a check script was asked about (its arguments, else the
 * default folders); none is exit status 2, so a check that checked nothing
 * cannot pass.
 */
export function filesToCheck(args) {
  const targets = args.length ? args : defaultWorkflowDirs()
  const files = workflowFiles(targets)
  if (files.length === 0) {
    console.error(`no workflow files found in ${targets.join(', ')}`)
    process.exitCode = 2
  }
  return files
}
