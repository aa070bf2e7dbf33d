/**
 * Bad layout templates and version sets (issue #12), each on a team
 * repository that validates before the edit: validate reports exactly one
 * error, at the line that causes it (no follow-on missing or stray files,
 * since the file checks run only on rules that pass), exits 1, and prints no
 * stack trace.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { lineOf } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'
import { teamRepo, type TeamRepo } from '../helpers/team-layout-repos.js'
import {
  KEYWORD_CLASSIFIER,
  MODEL_DIRECTORY,
  TRAINING_SESSIONS,
  VERSIONED_NAMES,
  type TeamLayout
} from './layout-template/team-layouts.js'

let repo: TeamRepo | undefined
afterEach(() => repo?.cleanup())

interface BadCase {
  name: string
  team: TeamLayout
  edit: (r: TeamRepo) => void
  /** The text of the line the error is at (after the edit). */
  at: string
  message: RegExp
}

const CASES: BadCase[] = [
  {
    name: 'an unknown placeholder',
    team: VERSIONED_NAMES,
    edit: r =>
      r.edit('layout: "{stage}/{model}_v{version}"', 'layout: "{stage}/{modle}_v{version}"'),
    at: 'layout: "{stage}/{modle}_v{version}"',
    message:
      /^layout "\{stage\}\/\{modle\}_v\{version\}" uses the unknown placeholder \{modle\}; did you mean \{model\}\?/
  },
  {
    name: 'a layout without {stage}',
    team: VERSIONED_NAMES,
    edit: r => r.edit('layout: "{stage}/{model}_v{version}"', 'layout: "{model}_v{version}"'),
    at: 'layout: "{model}_v{version}"',
    message: /^layout "\{model\}_v\{version\}" has no \{stage\}/
  },
  {
    name: 'two files of a version rendering to one path',
    team: MODEL_DIRECTORY,
    edit: r =>
      r.edit(
        '  - name: staging\n',
        '  - name: staging\n    layout: "{stage}/{model}_v{version}/x{ext}"\n'
      ),
    at: 'layout: "{stage}/{model}_v{version}/x{ext}"',
    message:
      /^models\/staging\/churn_prediction_v1\.1\/x\.json is where both churn_prediction 1\.1's .* and churn_prediction 1\.1's .* would live; the layout "\{stage\}\/\{model\}_v\{version\}\/x\{ext\}" must tell them apart/
  },
  {
    name: "one version's folder inside another's",
    team: VERSIONED_NAMES,
    edit: r => {
      r.edit('        stage: development\n', '        stage: experimental\n')
      r.edit(
        '  churn_v2_model:\n',
        '  churn_v2_model:\n    layout: "{stage}/price_v1_vv2.0.0/{version}"\n'
      )
    },
    at: 'layout: "{stage}/price_v1_vv2.0.0/{version}"',
    message:
      /^churn_v2_model 0\.1\.0's model\.pkl \(experimental\) at model_registry\/experimental\/price_v1_vv2\.0\.0\/0\.1\.0\/model\.pkl lies inside price_v1 v2\.0\.0's folder model_registry\/experimental\/price_v1_vv2\.0\.0 \(experimental\)/
  },
  {
    name: 'capacity above 1 on a stage whose layout has no {version}',
    team: KEYWORD_CLASSIFIER,
    edit: r => r.edit('    capacity: 1', '    capacity: 2'),
    at: 'layout: "{stage}{ext}"',
    message:
      /^stage "production" has capacity 2, but its layout "\{stage\}\{ext\}" has no \{version\}/
  },
  {
    name: 'a rollout on a stage whose layout has no {version}',
    team: KEYWORD_CLASSIFIER,
    edit: r => r.edit('    capacity: 1', '    capacity: 1\n    rollout: { steps: [10, 100] }'),
    at: 'layout: "{stage}{ext}"',
    message:
      /^stage "production" has a rollout, which keeps two versions side by side, but its layout "\{stage\}\{ext\}" has no \{version\}/
  },
  {
    name: 'an archive layout without {version}',
    team: KEYWORD_CLASSIFIER,
    edit: r => r.edit('  layout: "{stage}/{version}{ext}"', '  layout: "{stage}/{model}{ext}"'),
    at: '  layout: "{stage}/{model}{ext}"',
    message: /^the archive layout "\{stage\}\/\{model\}\{ext\}" has no \{version\}/
  },
  {
    name: 'a version called benchmark',
    team: TRAINING_SESSIONS,
    edit: r => r.edit('version: "v5_5_20251124_103epochs"', 'version: "benchmark"'),
    at: 'version: "benchmark"',
    message: /^version "benchmark" of vae has a reserved name/
  },
  {
    name: 'a version called benchmark under the default layout',
    team: TRAINING_SESSIONS,
    edit: r => {
      r.edit('layout: "{stage}/{version}"\n', '')
      r.edit('version: "v5_5_20251124_103epochs"', 'version: "benchmark"')
    },
    at: 'version: "benchmark"',
    message: /^version "benchmark" of vae has a reserved name/
  },
  {
    name: 'a version called like the archive folder',
    team: TRAINING_SESSIONS,
    edit: r => r.edit('version: "v5_5_20251124_103epochs"', 'version: "archived"'),
    at: 'version: "archived"',
    message:
      /^version "archived" of vae has a reserved name: "archived" is the archive folder's name/
  },
  {
    name: 'an ordered version listed twice',
    team: TRAINING_SESSIONS,
    edit: r => r.edit('version: "v5_5_20251124_103epochs"', 'version: "v5_5_20251123_103epochs"'),
    at: '"v5_5_20251123_103epochs"\n        stage: raw\n        createdAt: "2025-11-11',
    message: /^version v5_5_20251123_103epochs of vae is listed twice \(first at line \d+\)$/
  },
  {
    name: 'an ordered version without createdAt',
    team: TRAINING_SESSIONS,
    edit: r => r.edit('        createdAt: "2025-11-11T10:00:00Z"\n', ''),
    at: '- version: "v5_5_20251124_103epochs"',
    message: /^vae v5_5_20251124_103epochs has no createdAt: under versioning: ordered/
  }
]

describe.each(CASES.map(c => [c.name, c] as const))('%s', (_name, c) => {
  it('is one located error, exit 1', async () => {
    const r = (repo = teamRepo(c.team, c.team.unplaced))
    expect((await cli(['validate', '--manifest', 'modelgate.yaml'], r.dir)).code).toBe(0)
    c.edit(r)
    const run = await cli(['validate', '--manifest', 'modelgate.yaml'], r.dir)
    const problems = run.stderr.split('\n').filter(l => l && !l.startsWith('▸'))
    expect(problems).toHaveLength(1)
    const m = /^modelgate\.yaml:(\d+):\d+: (.*)$/.exec(problems[0])
    expect(m).not.toBeNull()
    expect(Number(m![1])).toBe(lineAt(r.manifest(), c.at))
    expect(m![2]).toMatch(c.message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.code).toBe(1)
  })
})

/** The line of `text`'s first line containing `needle` (which may span lines: its first). */
function lineAt(text: string, needle: string): number {
  if (!needle.includes('\n')) return lineOf(text, needle)
  const i = text.indexOf(needle)
  if (i < 0) throw new Error(`"${needle}" not in the manifest`)
  return text.slice(0, i).split('\n').length
}
