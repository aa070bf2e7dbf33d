#!/usr/bin/env node
// Exits 1 with a message when the bundles the e2e tests run (dist/, or the
// private build MODELGATE_TEST_DIST names) were not built from the sources as
// they are now; the first step of `npm test`. It compares digests, it does not
// build: scripts/bundle-inputs.mjs says what counts as an input.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { staleReason } from './bundle-inputs.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const privateBuild = process.env.MODELGATE_TEST_DIST
const dist = path.resolve(root, privateBuild || 'dist')
const reason = staleReason(root, dist)
if (reason) {
  const relative = path.relative(root, dist)
  const name = relative.startsWith('..') || path.isAbsolute(relative) ? dist : relative
  const rebuild = privateBuild ? `node scripts/bundle.mjs --out ${privateBuild}` : 'npm run bundle'
  console.error(`${name}/ is stale (${reason}): run ${rebuild}`)
  process.exit(1)
}
