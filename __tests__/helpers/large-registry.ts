/**
 * A large registry on disk: `models` models × `versions` versions, each
 * version one real file with its digest, production's benchmark copy, the
 * older versions archived, and one history entry per move; valid as
 * `validate` sees it.
 */
import path from 'node:path'
import { gitInit, sha256, tempDir, writeFile, fixture, type Fixture } from './registry-fixture.js'

export function largeRegistry(models = 50, versions = 20): Fixture {
  const dir = tempDir('modelgate-large-')
  gitInit(dir)
  const lines = ['apiVersion: modelgate/v1', 'models:']
  const history: string[] = []
  const start = Date.parse('2026-01-01T00:00:00Z')
  for (let m = 0; m < models; m++) {
    const name = `model-${String(m).padStart(2, '0')}`
    lines.push(
      `  ${name}:`,
      `    description: Generated model ${m}`,
      '    files: [model.bin]',
      '    metrics:',
      '      accuracy: { goal: maximize, min: 0.5 }',
      '      latency_ms: { goal: minimize, max: 100 }',
      '    compare: { primary: [accuracy] }',
      '    versions:'
    )
    for (let v = 0; v < versions; v++) {
      const version = `1.${v}.0`
      const stage =
        v === versions - 1
          ? 'development'
          : v === versions - 2
            ? 'staging'
            : v === versions - 3
              ? 'production'
              : 'archived'
      const bytes = `${name} ${version} weights\n`
      writeFile(dir, `models/${stage}/${name}/${version}/model.bin`, bytes)
      if (stage === 'production') {
        writeFile(dir, `models/benchmark/${name}/${version}/model.bin`, bytes)
      }
      const accuracy = (0.6 + 0.3 * (v / versions) + ((m * 7 + v * 3) % 10) / 1000).toFixed(4)
      const created = new Date(start + (m * versions + v) * 3_600_000).toISOString()
      lines.push(
        `      - version: "${version}"`,
        `        stage: ${stage}`,
        `        files: { model.bin: "${sha256(bytes)}" }`,
        `        metrics: { accuracy: ${accuracy}, latency_ms: ${20 + (v % 5)} }`,
        `        createdAt: "${created}"`
      )
      if (stage === 'archived') {
        lines.push(
          `        retired: { at: "${created}", reason: replaced, replacedBy: "1.${v + 1}.0" }`
        )
      }
      history.push(
        `  - { at: "${created}", model: ${name}, version: "${version}", from: null, to: development, actor: bot }`
      )
    }
  }
  lines.push('history:', ...history, '')
  return fixture(dir, writeFile(dir, 'models/registry.yaml', lines.join('\n')))
}

export const LARGE_MANIFEST = path.join('models', 'registry.yaml')
