#!/usr/bin/env node
// Builds dist/: the schema validator first (it is a source of the bundle),
// then one ncc bundle for the action and one for the CLI, side by side. The
// bundles are committed (SPEC §1); CI rebuilds them and fails when they differ.
//
// ncc type-checks through src/tsconfig.json, which covers src/ only: the tests
// are type-checked by `npm run build`, not twice more here.
//
// `node scripts/bundle.mjs --out DIR` builds into DIR instead (tests of work
// in progress, with MODELGATE_TEST_DIST=DIR). The bundles are built in
// scratch folders and swapped in at the end, so a test running meanwhile
// never finds dist/ half-deleted; scratch folders a killed build left behind
// are removed first.
//
// dist/bundle-inputs.json records the digests of what the bundles were built
// from (scripts/bundle-inputs.mjs), taken before ncc starts: `npm test` checks
// them first (scripts/check-dist-fresh.mjs), since its e2e tests run dist/.
import { execFile, execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { inputDigests, writeInputsStamp } from './bundle-inputs.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

const outIndex = process.argv.indexOf('--out')
const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'dist')
const scratchPrefix = `${path.basename(out)}.building-`
for (const name of readdirSync(path.dirname(out))) {
  if (name.startsWith(scratchPrefix))
    rmSync(path.join(path.dirname(out), name), { recursive: true, force: true })
}
const scratch = path.join(path.dirname(out), `${scratchPrefix}${process.pid}`)
const scratchCli = `${scratch}-cli`

execFileSync(process.execPath, ['scripts/build-schema-validator.mjs'], { stdio: 'inherit' })
// After the validators are generated (they are inputs), before ncc reads anything.
const inputs = inputDigests(root)
const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const build = (entry, dir, extra = []) =>
  promisify(execFile)(process.execPath, [
    ncc,
    'build',
    entry,
    '-o',
    dir,
    ...extra,
    '--quiet',
    '--target',
    'es2022'
  ]).catch(error => {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`)
    throw new Error(`ncc build ${entry} failed`)
  })
try {
  // Two cores build twice as fast: the two bundles share nothing.
  await Promise.all([
    build('src/index.ts', scratch, ['--license', 'licenses.txt']),
    build('src/cli/index.ts', scratchCli)
  ])
  renameSync(scratchCli, path.join(scratch, 'cli'))
  chmodSync(path.join(scratch, 'cli/index.js'), 0o755)
  writeInputsStamp(root, scratch, inputs)
  rmSync(out, { recursive: true, force: true })
  renameSync(scratch, out)
} finally {
  rmSync(scratch, { recursive: true, force: true })
  rmSync(scratchCli, { recursive: true, force: true })
}
