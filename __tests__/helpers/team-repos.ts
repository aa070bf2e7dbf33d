/**
 * The four team repositories of issue #12's table on disk (from the data of
 * __tests__/registry/layout-template/team-layouts.ts): every version's files
 * at the path the team keeps them today, with distinct small bytes, the
 * other files of the seeds next to them, and a manifest whose layout
 * templates place those files, written as a user would.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  KEYWORD_CLASSIFIER,
  MODEL_DIRECTORY,
  TRAINING_SESSIONS,
  VERSIONED_NAMES,
  type TeamLayout
} from '../registry/layout-template/team-layouts.js'
import { fixture, gitInit, sha256, tempDir, writeFile, type Fixture } from './registry-fixture.js'

export interface TeamRepo extends Fixture {
  team: TeamLayout
  /** The path each version file has in the repository, by `<model> <version> <stage> <file>`. */
  paths: Map<string, string>
}

/** Registry-wide `ignore:` of every team repo: the seeds' read-me files and notes in stage folders. */
export const TEAM_IGNORE = ['**/README.md', '**/notes.*', '**/*.log']

export function bytesOf(
  v: { model: string; version: string; stage: string },
  file: string
): string {
  return `${v.model} ${v.version} ${v.stage} ${file}\n`
}

/**
 * Writes the team's repository and a manifest that validates (manifest:
 * `modelgate.yaml`); the seed's other files are there too, except `leaveOut`.
 */
export function teamRepo(team: TeamLayout, leaveOut: readonly string[] = []): TeamRepo {
  const dir = tempDir('modelgate-team-')
  gitInit(dir)
  const paths = new Map<string, string>()
  for (const v of team.versions) {
    for (const [file, rel] of Object.entries(v.files)) {
      // The benchmark copy holds the production version's bytes.
      const source =
        v.stage === team.benchmarkFolder
          ? (team.versions.find(
              p => p.model === v.model && p.version === v.version && p.stage === 'production'
            ) ?? v)
          : v
      writeFile(dir, rel, bytesOf(source, file))
      paths.set(`${v.model} ${v.version} ${v.stage} ${file}`, rel)
    }
  }
  for (const rel of team.unplaced.filter(r => !leaveOut.includes(r)))
    writeFile(dir, rel, `not a model file: ${rel}\n`)
  const manifestPath = path.join(dir, 'modelgate.yaml')
  writeFileSync(manifestPath, manifestOf(team))
  return { ...fixture(dir, manifestPath), team, paths }
}

/** The manifest a team writes for its repository as it is. */
export function manifestOf(team: TeamLayout): string {
  const lines = [
    'apiVersion: modelgate/v1',
    `root: ${team.root}`,
    `layout: "${team.layout}"`,
    `versioning: ${team.versioning}`,
    `ignore: [${TEAM_IGNORE.map(p => `"${p}"`).join(', ')}]`,
    'stages:',
    ...team.stages.map(
      s => `  - name: ${s.name}${s.capacity !== undefined ? `\n    capacity: ${s.capacity}` : ''}`
    ),
    team.benchmarkFolder
      ? `benchmark: { folder: ${team.benchmarkFolder}, copyOf: production }`
      : 'benchmark: false',
    `archive:`,
    `  folder: ${team.archiveFolder}`,
    ...(team.archiveLayout ? [`  layout: "${team.archiveLayout}"`] : []),
    'models:'
  ]
  const models = [...new Set(team.versions.map(v => v.model))]
  models.forEach(model => {
    lines.push(`  ${model}:`, '    versions:')
    team.versions
      .filter(v => v.model === model && v.stage !== team.benchmarkFolder)
      .forEach((v, i) => {
        lines.push(`      - version: "${v.version}"`, `        stage: ${v.stage}`)
        if (team.versioning === 'ordered')
          lines.push(`        createdAt: "2025-11-${String(10 + i).padStart(2, '0')}T10:00:00Z"`)
        lines.push('        files:')
        for (const file of Object.keys(v.files))
          lines.push(`          "${file}": "${sha256(bytesOf(v, file))}"`)
      })
  })
  return lines.join('\n') + '\n'
}

export const TEAM_LAYOUTS = [
  KEYWORD_CLASSIFIER,
  TRAINING_SESSIONS,
  MODEL_DIRECTORY,
  VERSIONED_NAMES
]
