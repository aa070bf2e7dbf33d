/**
 * `--help` as a user reads it, through the CLI in process: `modelgate --help`
 * lists the commands; `modelgate <command> --help` and `modelgate help
 * <command>` list only that command's options (the command/input table) and
 * one example, which runs as written.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { parseArgv } from '../../src/cli/argv.js'
import { COMMAND_HELP } from '../../src/cli/help.js'
import { splitWords } from '../../src/evaluation/command-line.js'
import { COMMAND_INPUTS, COMMON_INPUTS } from '../../src/settings/command-inputs.js'
import { getSettings } from '../../src/settings/input-helper.js'
import { COMMANDS, INPUTS, type InputName } from '../../src/settings/inputs.js'
import { tempDir } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The `--name` options a help text lists, in order. */
function listedOptions(text: string): string[] {
  return [...text.matchAll(/^ {2}--([a-z-]+)/gm)].map(m => m[1])
}

/** The section of a help text from `heading` to the next blank line. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`)
  expect(start).toBeGreaterThanOrEqual(0)
  const rest = text.slice(start + heading.length + 1)
  return rest.slice(0, rest.indexOf('\n\n') < 0 ? undefined : rest.indexOf('\n\n'))
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('modelgate --help', () => {
  it('lists every command with its summary and only the options every command takes', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const run = await cli(argv, dir)
      expect(run).toMatchObject({ code: 0, stderr: '' })
      const commands = section(run.stdout, 'Commands:')
      expect(commands.split('\n').map(l => l.trim().split(/ +/)[0])).toEqual([...COMMANDS])
      for (const command of COMMANDS) {
        expect(commands).toMatch(
          new RegExp(`^ {2}${command} +${escape(COMMAND_HELP[command].summary)}$`, 'm')
        )
      }
      expect(listedOptions(run.stdout)).toEqual([...COMMON_INPUTS, 'json', 'help'])
      expect(run.stdout).toContain('Run `modelgate <command> --help`')
    }
  })
})

describe.each(COMMANDS.map(c => [c]))('modelgate %s --help', command => {
  it('lists only the options of the command, the same for every spelling', async () => {
    const runs = await Promise.all(
      [
        [command, '--help'],
        ['help', command],
        ['-h', command]
      ].map(argv => cli(argv, dir))
    )
    for (const run of runs) {
      expect(run).toMatchObject({ code: 0, stderr: '', stdout: runs[0].stdout })
    }
    const text = runs[0].stdout
    expect(text.split('\n')[0]).toBe(`Usage: modelgate ${COMMAND_HELP[command].synopsis} [--json]`)
    expect(listedOptions(section(text, `Options of ${command} (* required):`))).toEqual([
      ...COMMAND_INPUTS[command].inputs
    ])
    expect(listedOptions(section(text, 'Options of every command:'))).toEqual([
      ...COMMON_INPUTS,
      'json',
      'help'
    ])
    // An input the command does not read is not mentioned at all.
    const read = new Set<string>([...COMMAND_INPUTS[command].inputs, ...COMMON_INPUTS])
    for (const input of INPUTS.filter(i => i.name !== 'command' && !read.has(i.name))) {
      expect(text).not.toContain(`--${input.name} `)
    }
    expect(section(text, 'Example:')).toBe(`  ${COMMAND_HELP[command].example}`)
  })

  it('names in its synopsis only options the command reads', () => {
    const read = new Set<string>([...COMMAND_INPUTS[command].inputs, ...COMMON_INPUTS])
    const named = [...COMMAND_HELP[command].synopsis.matchAll(/--([a-z-]+)/g)].map(m => m[1])
    expect(named.length).toBeGreaterThan(0)
    for (const option of named) expect(read).toContain(option)
  })

  it('gives an example that the CLI accepts as written, with what the command requires', () => {
    const [program, ...argv] = splitWords(COMMAND_HELP[command].example)
    expect(program).toBe('modelgate')
    const args = parseArgv(argv)
    expect(args.command).toBe(command)
    const read = new Set<string>([...COMMAND_INPUTS[command].inputs, ...COMMON_INPUTS])
    for (const option of args.values.keys()) expect(read).toContain(option)
    const settings = getSettings(
      name => (name === 'command' ? args.command : args.values.get(name as InputName)),
      dir,
      {}
    )
    expect(settings.command).toBe(command)
  })
})

describe('modelgate promote --help', () => {
  it('marks the required options and says what --base means for a pull request', async () => {
    const run = await cli(['promote', '--help'], dir)
    expect(run.stdout).toMatch(/^ {2}--to \* +Target stage of a promotion\.$/m)
    expect(run.stdout).toMatch(
      /^ {2}--base +The branch the pull request targets \(default: the repository's default branch\)\.$/m
    )
    expect(run.stdout).toContain(
      'Example:\n  modelgate promote --model keyword-classifier --version 1.4.0 --to production --dry-run\n'
    )
  })
})
