/**
 * The CLI's arguments (SPEC §3), in process: `modelgate <command> [--input value]`
 * read by parseArgs, with booleans bare or with a value, `--` ending the options
 * and every usage error quoting what it got.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { parseArgv, type ParsedArgs } from '../../src/cli/argv.js'
import { UsageError } from '../../src/errors.js'
import { tempDir } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

function refusal(argv: string[]): UsageError {
  try {
    parseArgv(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).exitCode).toBe(2)
    return error as UsageError
  }
  throw new Error(`expected ${JSON.stringify(argv)} to be refused`)
}

const values = (args: ParsedArgs) => Object.fromEntries(args.values)

describe('parseArgv', () => {
  it('reads the command and options as --name value and --name=value', () => {
    const args = parseArgv([
      'promote',
      '--model',
      'clf',
      '--version=1.2.0',
      '--to',
      'production',
      '--reason=a=b'
    ])
    expect(args).toEqual({
      command: 'promote',
      values: new Map([
        ['model', 'clf'],
        ['version', '1.2.0'],
        ['to', 'production'],
        ['reason', 'a=b']
      ]),
      json: false,
      help: false
    })
  })

  it('takes the command anywhere among the options', () => {
    expect(parseArgv(['--model', 'clf', 'validate', '--json'])).toEqual({
      command: 'validate',
      values: new Map([['model', 'clf']]),
      json: true,
      help: false
    })
  })

  it('has no command when none is given', () => {
    expect(parseArgv([])).toEqual({ values: new Map(), json: false, help: false })
  })

  it('takes a bare boolean as true, up to the next option, the command or the end', () => {
    expect(values(parseArgv(['promote', '--dry-run']))).toEqual({ 'dry-run': 'true' })
    expect(parseArgv(['--dry-run', '--json', 'promote'])).toMatchObject({
      command: 'promote',
      values: new Map([['dry-run', 'true']]),
      json: true
    })
    expect(parseArgv(['--train', 'evaluate']).command).toBe('evaluate')
    expect(values(parseArgv(['evaluate', '--train', '--upload-artifact', '--model', 'm']))).toEqual(
      { train: 'true', 'upload-artifact': 'true', model: 'm' }
    )
  })

  it.each(['true', 'false', 'yes', 'no', 'on', 'off', 'FALSE', 'No'])(
    'takes a boolean with the value %s, as --flag value and as --flag=value',
    word => {
      expect(values(parseArgv(['promote', '--dry-run', word]))).toEqual({ 'dry-run': word })
      expect(values(parseArgv(['promote', `--dry-run=${word}`]))).toEqual({ 'dry-run': word })
    }
  )

  it('takes --no-<boolean> as the boolean false (--no-cache), and nothing else as a negation', () => {
    expect(values(parseArgv(['evaluate', '--no-cache', '--model', 'm']))).toEqual({
      cache: 'false',
      model: 'm'
    })
    expect(refusal(['evaluate', '--no-model', 'm']).message).toBe(
      'unknown option "--no-model"; run modelgate --help for the options'
    )
  })

  it('passes any other value of a boolean given with = on for getSettings to judge', () => {
    expect(values(parseArgv(['promote', '--dry-run=maybe']))).toEqual({ 'dry-run': 'maybe' })
  })

  it('does not take a word that is no boolean as the value of a bare boolean', () => {
    expect(refusal(['promote', '--dry-run', 'maybe']).message).toBe(
      'unexpected argument "maybe" (options are written --name value)'
    )
  })

  it('refuses an option with no value: `--manifest --json` is not the path "--json"', () => {
    const error = refusal(['validate', '--manifest', '--json'])
    expect(error.message).toBe(
      'option "--manifest" needs a value, got the option "--json" (write --manifest=--json if it is the value)'
    )
    expect(refusal(['validate', '--model', '-x']).message).toMatch(
      /^option "--model" needs a value, got the option "-x"/
    )
    expect(refusal(['validate', '--manifest']).message).toBe('option "--manifest" needs a value')
    expect(refusal(['--model', '--dry-run', 'validate']).message).toMatch(
      /^option "--model" needs a value, got the option "--dry-run"/
    )
  })

  it('takes a value that starts with a dash when it is written with =', () => {
    expect(values(parseArgv(['validate', '--manifest=--json']))).toEqual({ manifest: '--json' })
    expect(values(parseArgv(['validate', '--manifest', '-']))).toEqual({ manifest: '-' })
  })

  it('ends the options at --', () => {
    expect(parseArgv(['--', 'validate'])).toEqual({
      command: 'validate',
      values: new Map(),
      json: false,
      help: false
    })
    expect(parseArgv(['validate', '--model', 'clf', '--'])).toMatchObject({
      command: 'validate',
      values: new Map([['model', 'clf']])
    })
    expect(refusal(['validate', '--', '--json']).message).toBe(
      'unexpected argument "--json" (options are written --name value)'
    )
    expect(refusal(['promote', '--', '--dry-run']).message).toBe(
      'unexpected argument "--dry-run" (options are written --name value)'
    )
  })

  it.each([
    [['validate', '--colour', 'red'], '--colour'],
    [['validate', '-x'], '-x'],
    [['--command', 'validate'], '--command'],
    [['validate', '--dryrun'], '--dryrun']
  ])('refuses the unknown option in %j', (argv, option) => {
    expect(refusal(argv).message).toBe(
      `unknown option "${option}"; run modelgate --help for the options`
    )
  })

  it('refuses a value given to --json or --help', () => {
    expect(refusal(['validate', '--json=false']).message).toBe(
      'option "--json" takes no value, got "false"'
    )
    expect(refusal(['--help=promote']).message).toBe(
      'option "--help" takes no value, got "promote"'
    )
  })

  it('refuses a second command', () => {
    expect(refusal(['validate', 'plan']).message).toBe(
      'unexpected argument "plan" (options are written --name value)'
    )
    expect(refusal(['validate', '--model', 'clf', 'extra']).message).toBe(
      'unexpected argument "extra" (options are written --name value)'
    )
  })

  it('keeps the last of a repeated option', () => {
    expect(values(parseArgv(['validate', '--model', 'a', '--model', 'b']))).toEqual({ model: 'b' })
  })

  it('reads --help, -h and `help [command]`', () => {
    expect(parseArgv(['--help'])).toMatchObject({ help: true, command: undefined })
    expect(parseArgv(['-h', 'promote'])).toMatchObject({ help: true, command: 'promote' })
    expect(parseArgv(['promote', '--help'])).toMatchObject({ help: true, command: 'promote' })
    expect(parseArgv(['help'])).toMatchObject({ help: true, command: undefined })
    expect(parseArgv(['help', 'promote'])).toMatchObject({ help: true, command: 'promote' })
    expect(refusal(['help', 'promote', 'extra']).message).toBe(
      'unexpected argument "extra" (options are written --name value)'
    )
  })
})

describe('the CLI, in process', () => {
  const dir = tempDir('modelgate-argv-')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('answers `--manifest --json` with exit 2, as JSON since --json was asked for', async () => {
    const run = await cli(['validate', '--manifest', '--json'], dir)
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/^option "--manifest" needs a value/) }],
      result: null
    })
  })

  it('prints a usage error as one line on stderr', async () => {
    const run = await cli(['validate', '--manifest'], dir)
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'modelgate: option "--manifest" needs a value\n'
    })
  })

  it('says what a command needs before it reads anything', async () => {
    const run = await cli(['promote', '--model', 'clf', '--dry-run'], dir)
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'modelgate: promote needs "model", "version" and "to"\n'
    })
  })

  it('prints the options of one command, required ones marked, for help', async () => {
    for (const argv of [
      ['help', 'promote'],
      ['promote', '--help'],
      ['-h', 'promote']
    ]) {
      const run = await cli(argv, dir)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^Usage: modelgate promote --model M --version V --to STAGE/)
      expect(run.stdout).toMatch(/^ {2}--to \* +Target stage of a promotion\.$/m)
      expect(run.stdout).toMatch(/^ {2}--dry-run +Print the plan/m)
      expect(run.stdout).toMatch(/^ {2}--manifest +Path of the registry manifest/m)
      // Inputs promote does not read are not listed.
      expect(run.stdout).not.toContain('--entries')
    }
    const evaluate = await cli(['help', 'evaluate'], dir)
    expect(evaluate.stdout).toContain(
      'Also: evaluate needs "model" and "version" (or "entries" from plan).'
    )
  })

  it('prints the general help for `help`, --help and an unknown command with --help', async () => {
    for (const argv of [['help'], ['--help'], ['frobnicate', '--help']]) {
      const run = await cli(argv, dir)
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('Usage: modelgate <command> [--option value] [--json]')
      expect(run.stdout).toMatch(/^ {2}promote +Checks order and gates/m)
    }
    const none = await cli([], dir)
    expect(none.code).toBe(2)
    expect(none.stdout).toContain('Usage: modelgate <command> [--option value] [--json]')
  })
})
