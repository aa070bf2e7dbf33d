// What dist/ is built from, and whether it still is. scripts/bundle.mjs writes
// the digest of every input of the bundle into dist/bundle-inputs.json;
// scripts/check-dist-fresh.mjs (the first step of `npm test`, whose e2e tests
// run the committed bundles) compares them with the working tree.
//
// The inputs: every file under src/ (the generated schema validators
// included) and schema/ (the validators are generated from it), the lock file
// (the bundled dependencies and the compilers), tsconfig.json (src/tsconfig.json
// extends it), the scripts that build, this file, and the fields of
// package.json that change how ncc reads the sources (`type`, `imports`).
// Dotfiles (editor swap files, .DS_Store) are left out.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const STAMP = 'bundle-inputs.json'
const FORMAT = 1
const FOLDERS = ['src', 'schema']
const FILES = [
  'package-lock.json',
  'tsconfig.json',
  'scripts/bundle.mjs',
  'scripts/build-schema-validator.mjs',
  'scripts/bundle-inputs.mjs'
]
const PACKAGE_FIELDS = ['type', 'imports']

function filesUnder(root, folder, out) {
  const dir = path.join(root, folder)
  if (!existsSync(dir)) return out
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const rel = `${folder}/${entry.name}`
    if (entry.isDirectory()) filesUnder(root, rel, out)
    else if (entry.isFile()) out.push(rel)
  }
  return out
}

const sha256 = data => createHash('sha256').update(data).digest('hex')

/** { relative path: sha256 } of every input of the bundle under `root`, sorted by path. */
export function inputDigests(root) {
  const paths = [...FILES, ...FOLDERS.flatMap(folder => filesUnder(root, folder, []))].sort()
  const digests = {}
  for (const rel of paths) {
    const file = path.join(root, rel)
    if (existsSync(file)) digests[rel] = sha256(readFileSync(file))
  }
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  const fields = Object.fromEntries(PACKAGE_FIELDS.map(f => [f, pkg[f] ?? null]))
  digests[`package.json (${PACKAGE_FIELDS.join(', ')})`] = sha256(JSON.stringify(fields))
  return digests
}

/** Writes `distDir`/bundle-inputs.json from the inputs as they are now. */
export function writeInputsStamp(root, distDir, digests = inputDigests(root)) {
  const stamp = {
    about:
      'What scripts/bundle.mjs built this folder from (sha256 of each input); ' +
      'scripts/check-dist-fresh.mjs compares it with the working tree before npm test.',
    format: FORMAT,
    inputs: digests
  }
  writeFileSync(path.join(distDir, STAMP), JSON.stringify(stamp, null, 2) + '\n')
}

/**
 * Why the bundles in `distDir` are not built from the inputs under `root` as
 * they are now (a phrase naming up to two inputs), or undefined when they are.
 */
export function staleReason(root, distDir) {
  if (!existsSync(distDir)) return 'it does not exist'
  const stampFile = path.join(distDir, STAMP)
  if (!existsSync(stampFile)) return `it has no ${STAMP}, so what it was built from is unknown`
  let stamp
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'))
  } catch {
    stamp = undefined
  }
  if (stamp?.format !== FORMAT || typeof stamp.inputs !== 'object' || stamp.inputs === null) {
    return `its ${STAMP} is not in the format this checkout writes`
  }
  const now = inputDigests(root)
  const differences = []
  for (const [rel, digest] of Object.entries(now)) {
    if (!(rel in stamp.inputs)) differences.push(`${rel} added`)
    else if (stamp.inputs[rel] !== digest) differences.push(`${rel} changed`)
  }
  for (const rel of Object.keys(stamp.inputs)) {
    if (!(rel in now)) differences.push(`${rel} removed`)
  }
  if (differences.length === 0) return undefined
  const more = differences.length > 2 ? ` and ${differences.length - 2} more` : ''
  return `${differences.slice(0, 2).join(', ')}${more} since the last \`npm run bundle\``
}
