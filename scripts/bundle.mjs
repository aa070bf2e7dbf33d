#!/usr/bin/env node
// Builds dist/: the schema validator first (it is a source of the bundle),
// then one ncc bundle for the action and one for the CLI. The bundles are
// committed (SPEC §1); CI rebuilds them and fails when they differ.
//
// `node scripts/bundle.mjs --out DIR` builds into DIR instead (tests of work
// in progress, with MODELGATE_TEST_DIST=DIR). The bundles are built in a
// scratch folder and swapped in at the end, so a test running meanwhile
// never finds dist/ half-deleted.
import { execFileSync } from 'node:child_process'
import { chmodSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

const outIndex = process.argv.indexOf('--out')
const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'dist')
const scratch = `${out}.building-${process.pid}`

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })
run(process.execPath, ['scripts/build-schema-validator.mjs'])
rmSync(scratch, { recursive: true, force: true })
const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
try {
  run(process.execPath, [
    ncc,
    'build',
    'src/index.ts',
    '-o',
    scratch,
    '--license',
    'licenses.txt',
    '--quiet',
    '--target',
    'es2022'
  ])
  run(process.execPath, [
    ncc,
    'build',
    'src/cli/index.ts',
    '-o',
    path.join(scratch, 'cli'),
    '--quiet',
    '--target',
    'es2022'
  ])
  chmodSync(path.join(scratch, 'cli/index.js'), 0o755)
  rmSync(out, { recursive: true, force: true })
  renameSync(scratch, out)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
