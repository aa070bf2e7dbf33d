import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  bashArgv,
  CommandLineError,
  parseDuration,
  shellQuote,
  splitWords,
  substitutePlaceholders
} from '../../src/evaluation/command-line.js'

/** What bash itself makes of `line` as the arguments of a command. */
function bashWords(line: string): string[] {
  const out = spawnSync('bash', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' })
  if (out.status !== 0) throw new Error(`bash failed on ${JSON.stringify(line)}: ${out.stderr}`)
  return out.stdout.split('\0').slice(0, -1)
}

/** Runs an argv built by bashArgv and returns the words its script hands to printf. */
function runBash(argv: string[]): string[] {
  const out = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' })
  if (out.status !== 0) throw new Error(`bash failed on ${JSON.stringify(argv)}: ${out.stderr}`)
  return out.stdout.split('\0').slice(0, -1)
}

function errorOf(run: () => unknown): CommandLineError {
  try {
    run()
  } catch (err) {
    if (err instanceof CommandLineError) return err
    throw err
  }
  throw new Error('expected a CommandLineError')
}

// Lines free of anything bash would expand or treat as an operator, so bash's
// own word splitting is the reference.
const SAME_AS_BASH: [string, string[]][] = [
  ['python train.py --out models/x', ['python', 'train.py', '--out', 'models/x']],
  ['  leading   and\ttrailing  ', ['leading', 'and', 'trailing']],
  ["'single quoted words'", ['single quoted words']],
  ['"double quoted words"', ['double quoted words']],
  [`'it'"'"'s'`, ["it's"]],
  [`a'b'"c"d`, ['abcd']],
  [`a"b c"d`, ['ab cd']],
  [`'' ""`, ['', '']],
  [`a ''`, ['a', '']],
  [`x"" y''`, ['x', 'y']],
  [`""''""`, ['']],
  ['"a\\"b"', ['a"b']],
  ['"a\\\\b"', ['a\\b']],
  ['"a\\b"', ['a\\b']],
  ['"a\\$b"', ['a$b']],
  ['"a\\`b"', ['a`b']],
  ['"a\\\'b"', ["a\\'b"]],
  ['a\\ b', ['a b']],
  ['a\\\\b', ['a\\b']],
  ['a\\xb \\y', ['axb', 'y']],
  ["\\'quoted\\'", ["'quoted'"]],
  ['\\"x\\"', ['"x"']],
  ["'a\\b'", ['a\\b']],
  [`'a"b' "a'b"`, ['a"b', "a'b"]],
  ['"line1\nline2"', ['line1\nline2']],
  ["'a\n b'", ['a\n b']],
  ['a\\\nb', ['ab']],
  ['a \\\n b', ['a', 'b']],
  ['"a\\\nb"', ['ab']],
  ["'a\\\nb'", ['a\\\nb']],
  ['--flag=value "--name=a b" -k=\'v w\'', ['--flag=value', '--name=a b', '-k=v w']],
  ["héllo 'wörld' 日本", ['héllo', 'wörld', '日本']],
  ['\\  x', [' ', 'x']],
  ['a=b c,d e:f @g %s +h', ['a=b', 'c,d', 'e:f', '@g', '%s', '+h']]
]

describe('splitWords', () => {
  it.each(SAME_AS_BASH)('splits %j as bash does', (line, expected) => {
    expect(bashWords(line)).toEqual(expected)
    expect(splitWords(line)).toEqual(expected)
  })

  // bash would expand or interpret these; the splitter keeps them literal.
  it.each([
    ['echo $HOME', ['echo', '$HOME']],
    ['echo "$HOME" ${USER}', ['echo', '$HOME', '${USER}']],
    ['ls *.py data/?.csv [ab]', ['ls', '*.py', 'data/?.csv', '[ab]']],
    ['cat ~/x ~', ['cat', '~/x', '~']],
    ['a; b', ['a;', 'b']],
    ['a && b || c', ['a', '&&', 'b', '||', 'c']],
    ['a|b', ['a|b']],
    ['a > out 2>&1 < in', ['a', '>', 'out', '2>&1', '<', 'in']],
    ['echo $(id) `id`', ['echo', '$(id)', '`id`']],
    ['echo {a,b} x # not a comment', ['echo', '{a,b}', 'x', '#', 'not', 'a', 'comment']],
    ['a &', ['a', '&']],
    ['a\nb', ['a', 'b']],
    ['', []],
    ['  \t\n ', []]
  ])('keeps %j literal', (line, expected) => {
    expect(splitWords(line)).toEqual(expected)
  })

  it('names the position of an unterminated single quote', () => {
    const err = errorOf(() => splitWords("python 'train.py"))
    expect(err.message).toBe("unterminated single quote: the ' at column 8 is never closed")
    expect(err.position).toEqual({ offset: 7, line: 1, column: 8 })
  })

  it('names the position of an unterminated double quote, even after an escaped one', () => {
    const err = errorOf(() => splitWords('a "b\\" c\\'))
    expect(err.message).toBe('unterminated double quote: the " at column 3 is never closed')
  })

  it('names line and column in a multi-line command', () => {
    const err = errorOf(() => splitWords('python x.py \\\n  --name "a b'))
    expect(err.message).toBe(
      'unterminated double quote: the " at line 2, column 10 is never closed'
    )
    expect(err.position).toEqual({ offset: 23, line: 2, column: 10 })
  })

  it('rejects a trailing backslash', () => {
    const err = errorOf(() => splitWords('run.sh --x \\'))
    expect(err.message).toBe('trailing backslash at column 12: there is nothing after it to escape')
    expect(err).toBeInstanceOf(Error)
    expect(err.name).toBe('CommandLineError')
  })
})

describe('substitutePlaceholders', () => {
  const values = {
    model_dir: '/repo/models/dev/clf/1.0.0',
    output_dir: '/out/my dir',
    version: '1.0.0'
  }

  it('replaces placeholders inside arguments; a value with spaces stays one argument', () => {
    const argv = splitWords(
      'python eval.py --model {model_dir} --out={output_dir}/m.json v{version}'
    )
    expect(substitutePlaceholders(argv, values)).toEqual([
      'python',
      'eval.py',
      '--model',
      '/repo/models/dev/clf/1.0.0',
      '--out=/out/my dir/m.json',
      'v1.0.0'
    ])
  })

  it('inserts values verbatim, never re-reading quotes, $ or braces in them', () => {
    const tricky = { x: `it's "$HOME" {x} ; rm -rf /` }
    expect(substitutePlaceholders(['{x}', 'a{x}b'], tricky)).toEqual([tricky.x, `a${tricky.x}b`])
  })

  it('treats {{ and }} as literal braces', () => {
    expect(substitutePlaceholders(['{{version}}', '{{"a": {version}}}', '}}{{'], values)).toEqual([
      '{version}',
      '{"a": 1.0.0}',
      '}{'
    ])
  })

  it('names an unknown placeholder and lists the known ones', () => {
    const err = errorOf(() => substitutePlaceholders(['run', '--out', '{outdir}'], values))
    expect(err.message).toBe(
      'unknown placeholder {outdir} in argument 3 ("{outdir}"); known placeholders: ' +
        '{model_dir}, {output_dir}, {version} (write {{ and }} for literal braces)'
    )
  })

  it('does not take inherited object keys for placeholders', () => {
    expect(errorOf(() => substitutePlaceholders(['{constructor}'], {})).message).toContain(
      'unknown placeholder {constructor} in argument 1 ("{constructor}"); known placeholders: none'
    )
  })

  it('rejects stray braces instead of guessing', () => {
    expect(errorOf(() => substitutePlaceholders(['--x={output_dir'], values)).message).toBe(
      `unmatched '{' at column 5 of argument 1 ("--x={output_dir"); write {{ and }} for literal braces`
    )
    expect(errorOf(() => substitutePlaceholders(['a}'], values)).message).toBe(
      `single '}' at column 2 of argument 1 ("a}"); write {{ and }} for literal braces`
    )
  })

  it('leaves arguments without braces alone', () => {
    expect(substitutePlaceholders(['', 'plain', '$HOME'], {})).toEqual(['', 'plain', '$HOME'])
  })
})

describe('bashArgv', () => {
  const nasty = `a b'c"d $HOME \`id\` \\ e`
  const values = { v: nasty, e: '' }

  it('builds bash -c with unquoted placeholders single-quoted', () => {
    expect(bashArgv('echo {v}', { v: "it's" })).toEqual(['bash', '-c', `echo 'it'\\''s'`])
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
  })

  it.each([
    ['unquoted', `printf '%s\\0' {v} x{v}y {e}`, [nasty, `x${nasty}y`, '']],
    ['in single quotes', `printf '%s\\0' 'pre {v} post'`, [`pre ${nasty} post`]],
    ['in double quotes', `y=Q; printf '%s\\0' "pre {v} \${{y}} post"`, [`pre ${nasty} Q post`]],
    ['in $(…) inside double quotes', `printf '%s\\0' "<$(printf %s {v})>"`, [`<${nasty}>`]],
    ["in $'…'", `printf '%s\\0' $'tab\\t{v}'`, [`tab\t${nasty}`]],
    [
      'after a comment with quotes',
      `printf '%s\\0' {v} # it's {v}\n printf '%s\\0' "{e}"`,
      [nasty, '']
    ]
  ])('makes each value one literal string to bash %s', (_where, line, expected) => {
    expect(runBash(bashArgv(line, values))).toEqual(expected)
  })

  it('uses shell syntax written with doubled braces', () => {
    expect(runBash(bashArgv(`x=1; printf '%s\\0' "\${{x}}" {{a,b}}`, {}))).toEqual(['1', 'a', 'b'])
  })

  it('rejects a backslash that would escape the added quoting', () => {
    expect(errorOf(() => bashArgv('echo \\{v}', values)).message).toBe(
      'a backslash right before {v} would escape the quoting added around its value; remove the backslash'
    )
  })

  it('reports unknown placeholders in the command line', () => {
    expect(errorOf(() => bashArgv('echo {x}', values)).message).toBe(
      'unknown placeholder {x} in the command line; known placeholders: {e}, {v} (write {{ and }} for literal braces)'
    )
  })
})

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1.5h', 5_400_000],
    ['0.5s', 500],
    ['1h', 3_600_000],
    ['007m', 420_000]
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each([
    '',
    '10',
    '10 m',
    ' 10m',
    '10m ',
    '-1s',
    '1d',
    '1.s',
    '.5s',
    '1e3s',
    '10ms',
    '1M',
    'abc'
  ])('rejects %j', text => {
    expect(errorOf(() => parseDuration(text)).message).toBe(
      `invalid duration ${JSON.stringify(text)}: expected a number followed by s, m or h (90s, 10m, 1.5h)`
    )
  })

  it('rejects a zero duration', () => {
    expect(errorOf(() => parseDuration('0s')).message).toBe(
      'invalid duration "0s": must be longer than zero'
    )
  })
})
