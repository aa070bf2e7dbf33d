/**
 * Names GitHub and git must accept: the branch of every change (`git check-ref-format --branch`
 * rules, checked against the real git) and the `stage:<name>` label (GitHub refuses labels over
 * 50 characters). `validate` refuses a stage, model or version that would make either invalid,
 * at the line that names it.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { branchNameProblem, changeBranch } from '../../src/registry/git-names.js'
import { checkRules } from '../../src/registry/rules.js'
import { registryFromTexts } from '../helpers/registry-text.js'

/** What the real git says, run outside any repository (so `@{-1}` cannot expand). */
function gitAccepts(name: string): boolean {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'modelgate-refname-'))
  try {
    const run = spawnSync('git', ['check-ref-format', '--branch', name], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(cwd) }
    })
    if (run.error) throw run.error
    return run.status === 0
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}

const NAMES: Array<[name: string, reason: RegExp | undefined]> = [
  ['a', undefined],
  ['a/b', undefined],
  ['modelgate/promote/clf-to-production', undefined],
  ['modelgate/register/clf-1.0.0-rc.1+build.7', undefined],
  ['a.b', undefined],
  ['a.lockb', undefined],
  ['a@b', undefined],
  ['a{b', undefined],
  ['a]b', undefined],
  ['a+b', undefined],
  ['a-', undefined],
  ['a/-b', undefined],
  ['@', undefined],
  ['a/@', undefined],
  ['x/HEAD', undefined],
  ['HEAD/x', undefined],
  ['modèle/ünïcode', undefined],
  ['_a/+b/c-d.e_f', undefined],
  ['a/b.lock.x', undefined],
  ['a/b-', undefined],
  ['', /empty/],
  ['-a', /starts with "-"/],
  ['HEAD', /"HEAD"/],
  ['a@{b', /"@\{"/],
  ['a.', /ends with "\."/],
  ['modelgate/promote/clf-to-canary.', /ends with "\."/],
  ['a/', /ends with "\/"/],
  ['/a', /empty path component/],
  ['a//b', /empty path component/],
  ['.a', /"\.a" starts with "\."/],
  ['a/.b', /"\.b" starts with "\."/],
  ['.lock', /starts with "\."/],
  ['a.lock', /"a\.lock" ends with "\.lock"/],
  ['modelgate/promote/clf-to-trial.lock', /ends with "\.lock"/],
  ['a.lock/b', /ends with "\.lock"/],
  ['a/b/c.lock', /ends with "\.lock"/],
  ['a/b.', /ends with "\."/],
  ['a..b', /"\.\."/],
  ['modelgate/register/clf-1.0.0-rc..1', /"\.\."/],
  ['a b', /a space/],
  ['a\tb', /control character U\+0009/],
  ['a\x7fb', /control character U\+007F/],
  ['a\x01b', /control character U\+0001/],
  ['a~b', /"~"/],
  ['a^b', /"\^"/],
  ['a:b', /":"/],
  ['a?b', /"\?"/],
  ['a*b', /"\*"/],
  ['a[b', /"\["/],
  ['a\\b', /"\\"/]
]

describe('branchNameProblem follows git check-ref-format --branch', () => {
  it.each(NAMES.map(([name, reason]) => [JSON.stringify(name), name, reason] as const))(
    '%s',
    (_shown, name, reason) => {
      const problem = branchNameProblem(name)
      expect(problem === undefined).toBe(gitAccepts(name))
      if (reason) expect(problem).toMatch(reason)
      else expect(problem).toBeUndefined()
    }
  )
})

const FILES = 'files: { model.bin: "sha256:' + 'a'.repeat(64) + '" }'

function manifest(stages: string[], model = 'clf', versions = ['1.0.0'], archive?: string) {
  return [
    'apiVersion: modelgate/v1',
    'stages:',
    ...stages.map(s => `  - name: ${s}`),
    `benchmark: { folder: benchmark, copyOf: ${stages[stages.length - 1]} }`,
    ...(archive ? [`archive: { folder: ${archive} }`] : []),
    'models:',
    `  ${model}:`,
    '    files: [model.bin]',
    '    versions:',
    ...versions.flatMap(v => [
      `      - version: "${v}"`,
      `        stage: ${stages[0]}`,
      `        ${FILES}`
    ])
  ].join('\n')
}

async function errors(text: string) {
  const reg = await registryFromTexts({ 'models/registry.yaml': text })
  return checkRules(reg).map(d => ({ line: d.line, message: d.message }))
}

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex(l => l.includes(needle)) + 1

describe('validate refuses names that make an invalid branch or label', () => {
  const long44 = 's'.repeat(44)
  const long45 = 's'.repeat(45)
  it.each([
    {
      what: 'a stage ending in .lock',
      text: manifest(['dev', 'trial.lock', 'prod']),
      at: 'name: trial.lock',
      message:
        'stage "trial.lock" would make the branch name "modelgate/promote/<model>-to-trial.lock", which git refuses (its path component "<model>-to-trial.lock" ends with ".lock"); rename the stage'
    },
    {
      what: 'a stage ending in .',
      text: manifest(['dev', 'canary.', 'prod']),
      at: 'name: canary.',
      message:
        'stage "canary." would make the branch name "modelgate/promote/<model>-to-canary.", which git refuses (it ends with "."); rename the stage'
    },
    {
      what: 'a stage holding ..',
      text: manifest(['dev', 'pre..prod', 'prod']),
      at: 'name: pre..prod',
      message: expect.stringContaining('which git refuses (it holds "..")')
    },
    {
      what: 'a stage of 45 characters (label stage:… of 51)',
      text: manifest(['dev', long45, 'prod']),
      at: `name: ${long45}`,
      message: `stage "${long45}" would make the label "stage:${long45}" (51 characters); GitHub refuses labels over 50: use a stage name of at most 44 characters`
    },
    {
      what: 'an archive folder of 45 characters',
      text: manifest(['dev', 'prod'], 'clf', ['1.0.0'], long45),
      at: `archive: { folder: ${long45} }`,
      message: expect.stringContaining(`the label "stage:${long45}" (51 characters)`)
    },
    {
      what: 'a model ending in .lock',
      text: manifest(['dev', 'prod'], 'clf.lock'),
      at: '  clf.lock:',
      message:
        'model name "clf.lock" would make the branch name "modelgate/rollback/clf.lock", which git refuses (its path component "clf.lock" ends with ".lock"); rename the model'
    },
    {
      what: 'a model ending in .',
      text: manifest(['dev', 'prod'], 'clf.'),
      at: '  clf.:',
      message: expect.stringContaining(
        '"modelgate/rollback/clf.", which git refuses (it ends with ".")'
      )
    },
    {
      what: 'a version whose pre-release ends in .lock',
      text: manifest(['dev', 'prod'], 'clf', ['1.0.0', '1.1.0-rc.lock']),
      at: 'version: "1.1.0-rc.lock"',
      message:
        'version "1.1.0-rc.lock" would make the branch name "modelgate/register/clf-1.1.0-rc.lock", which git refuses (its path component "clf-1.1.0-rc.lock" ends with ".lock"); choose another version'
    }
  ])('$what', async ({ text, at, message }) => {
    expect(await errors(text)).toEqual([{ line: lineOf(text, at), message }])
  })

  it.each([
    [
      'stages of 44 characters, with dots, dashes and underscores',
      manifest(['dev', long44, 'v1.2_rc-3', 'prod'])
    ],
    [
      'models and versions git accepts',
      manifest(['dev', 'prod'], 'clf.v2_x-y', ['1.0.0', '1.1.0-rc.1+build.lockx'])
    ],
    ['a stage named lock (no dot)', manifest(['dev', 'lock', 'prod'])]
  ])('accepts %s', async (_what, text) => {
    expect(await errors(text)).toEqual([])
  })

  it('names the branch each change kind uses', () => {
    expect(changeBranch.promote('m', 's')).toBe('modelgate/promote/m-to-s')
    expect(changeBranch.rollback('m')).toBe('modelgate/rollback/m')
    expect(changeBranch.register('m', '1.0.0')).toBe('modelgate/register/m-1.0.0')
    expect(changeBranch.retire('m', '1.0.0')).toBe('modelgate/retire/m-1.0.0')
  })
})
