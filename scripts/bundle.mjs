#!/usr/bin/env node
// Builds dist/: the schema validator first (it is a source of the bundle),
// then one ncc bundle for the action and one for the CLI. The bundles are
// committed (SPEC §1); CI rebuilds them and fails when they differ.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync } from 'node:fs'

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })
run(process.execPath, ['scripts/build-schema-validator.mjs'])
rmSync('dist', { recursive: true, force: true })
const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
run(process.execPath, [
  ncc,
  'build',
  'src/index.ts',
  '-o',
  'dist',
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
  'dist/cli',
  '--quiet',
  '--target',
  'es2022'
])
chmodSync('dist/cli/index.js', 0o755)
