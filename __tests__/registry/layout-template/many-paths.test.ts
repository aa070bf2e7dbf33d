/**
 * Matching at the size of a large registry: 100,000 paths (2,000 models of
 * 10 versions with 5 files, in versioned folders and a flat archive, plus
 * stray files) read back through templates compiled once. No timing is
 * asserted; the point is that every path reads back right at this size.
 */
import { describe, expect, it } from '@jest/globals'
import { compileLayouts, type LayoutEntry } from '../../../src/registry/layout-template/match.js'
import { renderPath } from '../../../src/registry/layout-template/render.js'
import { isSemVer } from '../../../src/registry/semver.js'
import { template } from './team-layouts.js'

const STAGES = ['development', 'experimental', 'staging', 'production']
const FILES = [
  'model.bin',
  'metadata.json',
  'config.yaml',
  'weights/part-0.bin',
  'weights/part-1.bin'
]

describe('matching 100,000 paths', () => {
  it('reads every model file back and places no stray file', () => {
    const stageLayout = template('{stage}/{model}_v{version}')
    const archiveLayout = template('{stage}/{model}/{name}_v{version}{ext}')
    const entries: LayoutEntry<string>[] = [
      { template: archiveLayout, stages: ['archived'], isVersion: isSemVer, tag: 'archive' },
      {
        template: stageLayout,
        stages: [...STAGES, 'benchmark'],
        isVersion: isSemVer,
        tag: 'stages'
      }
    ]
    const expected: Array<{
      at: string
      model: string
      version: string
      stage: string
      file: string
    }> = []
    for (let m = 0; m < 2000; m++) {
      const model = `model_v${m % 7}_${m}`
      for (let v = 0; v < 10; v++) {
        const version = `${Math.floor(m / 100)}.${v}.${m % 100}`
        const stage = v < 6 ? 'archived' : STAGES[v - 6]
        const t = stage === 'archived' ? archiveLayout : stageLayout
        for (const file of FILES) {
          expected.push({
            at: renderPath(t, 'models', { stage, model, version, file }),
            model,
            version,
            stage,
            file
          })
        }
      }
    }
    expect(expected).toHaveLength(100_000)
    const strays = [
      'models/production/README.md',
      'models/production/model_v1_1/model.bin',
      'models/staging/notes/model.bin',
      'models/archived/README.md',
      'models/unknown/model_v1.0.0/model.bin',
      'elsewhere/production/model_v1.0.0/model.bin'
    ]

    const matcher = compileLayouts('models', entries)
    let readBack = 0
    for (const e of expected) {
      const found = matcher.match(e.at)
      if (
        found &&
        found.stage === e.stage &&
        found.model === e.model &&
        found.version === e.version &&
        found.files.includes(e.file)
      ) {
        readBack++
      } else {
        throw new Error(
          `${e.at} read back as ${JSON.stringify(found && { ...found, entry: found.entry.tag })}`
        )
      }
    }
    expect(readBack).toBe(100_000)
    expect(strays.map(at => matcher.match(at))).toEqual(strays.map(() => undefined))
  })
})
