/**
 * The run's secrets (src/secrets.ts): which values are secrets, and that `redact`, `redactJson`,
 * `redactValue`, the chunk stream and the redacting log blank every one of them.
 */
import { describe, expect, it } from '@jest/globals'
import { recordingLog } from '../__fixtures__/context.js'
import type { PullRequestContent } from '../src/changes/pull-request-content.js'
import { redactingRenderers, type Renderers } from '../src/commands/renderers.js'
import type { ModelHealth } from '../src/monitoring/health.js'
import type { RegistryStatus } from '../src/report/status.js'
import { redactingLog, Secrets } from '../src/secrets.js'

const TOKEN = 'ghp_0123456789abcdefTOKEN'
const JOB = 'ghs_jobtokenJOB'

describe('Secrets.of', () => {
  it.each<[string, NodeJS.ProcessEnv, string | undefined, string[]]>([
    ['nothing set', {}, undefined, []],
    ['the token input only', {}, TOKEN, [TOKEN]],
    ['INPUT_TOKEN (the action reads its input there)', { INPUT_TOKEN: TOKEN }, undefined, [TOKEN]],
    [
      "the runner's credentials",
      {
        GITHUB_TOKEN: JOB,
        ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret'
      },
      undefined,
      [JOB, 'runtime-secret', 'oidc-secret']
    ],
    [
      'a value with a newline, blanked with and without it',
      { GITHUB_TOKEN: `${JOB}\n` },
      undefined,
      [`${JOB}\n`, JOB]
    ],
    ['values too short to be a credential', { GITHUB_TOKEN: 't', INPUT_TOKEN: 'tok' }, '  ', []],
    [
      'other variables, inputs and URLs are no secret',
      { INPUT_MODEL: 'clf', ACTIONS_RESULTS_URL: 'https://results/', HOME: '/home/me' },
      undefined,
      []
    ]
  ])('%s', (_name, env, token, expected) => {
    expect([...Secrets.of(env, token).values].sort()).toEqual([...expected].sort())
  })
})

describe('redact', () => {
  const secrets = new Secrets([TOKEN, JOB, `${TOKEN}-longer`])
  it.each([
    ['no secret', 'accuracy 0.91', 'accuracy 0.91'],
    ['one', `token=${TOKEN}`, 'token=***'],
    ['several, repeated', `${JOB} ${TOKEN}${JOB}`, '*** ******'],
    ['the longer of two overlapping ones, whole', `x ${TOKEN}-longer y`, 'x *** y'],
    [
      'inside a URL',
      `https://x-access-token:${TOKEN}@github.com/o/r`,
      'https://x-access-token:***@github.com/o/r'
    ]
  ])('%s', (_name, text, expected) => {
    expect(secrets.redact(text)).toBe(expected)
  })

  it.each([
    ['URL-encoded', encodeURIComponent('tok/en+with=signs'), '***'],
    ['base64', Buffer.from('tok/en+with=signs').toString('base64'), '***'],
    [
      "as actions/checkout's extraheader in .git/config",
      `extraheader = AUTHORIZATION: basic ${Buffer.from('x-access-token:tok/en+with=signs').toString('base64')}`,
      'extraheader = AUTHORIZATION: basic ***'
    ]
  ])('blanks a secret written %s', (_name, text, expected) => {
    expect(new Secrets(['tok/en+with=signs']).redact(text)).toBe(expected)
  })

  it('redacts every string of a JSON value, keys included, and keeps its shape', () => {
    const value = { [TOKEN]: 1, list: [`a ${JOB}`, 2, null, { at: new Date(0) }], n: 3 }
    expect(secrets.redactJson(value)).toBe(
      JSON.stringify({
        '***': 1,
        list: ['a ***', 2, null, { at: '1970-01-01T00:00:00.000Z' }],
        n: 3
      })
    )
    expect(secrets.redactValue(value)).toEqual({
      '***': 1,
      list: ['a ***', 2, null, { at: '1970-01-01T00:00:00.000Z' }],
      n: 3
    })
    expect(secrets.redactValue(undefined)).toBeUndefined()
    // Without secrets the value is handed back as it is.
    expect(new Secrets([]).redactValue(value)).toBe(value)
  })
})

describe('stream', () => {
  const secrets = new Secrets([TOKEN, JOB])
  /** `text` cut into chunks at `cuts`, streamed; what came out, and in how many writes. */
  function streamed(text: string, cuts: number[]) {
    const out: string[] = []
    const stream = secrets.stream(t => out.push(t))
    let at = 0
    for (const cut of [...cuts, text.length]) {
      stream.write(text.slice(at, cut))
      at = cut
    }
    stream.end()
    return { text: out.join(''), writes: out }
  }

  const line = `GITHUB_TOKEN=${JOB}\nINPUT_TOKEN=${TOKEN}\ndone\n`
  it.each([
    ['in one chunk', []],
    ['cut inside the first secret', [16]],
    ['cut inside the second secret, twice', [40, 45]],
    ['one character a chunk', Array.from({ length: line.length - 1 }, (_, i) => i + 1)]
  ])('blanks a secret cut %s', (_name, cuts) => {
    expect(streamed(line, cuts).text).toBe('GITHUB_TOKEN=***\nINPUT_TOKEN=***\ndone\n')
  })

  it('passes whole lines on at once and holds back only a possible start of a secret', () => {
    const out: string[] = []
    const stream = secrets.stream(t => out.push(t))
    stream.write('epoch 1\nepoch 2 gh')
    expect(out.join('')).toBe('epoch 1\n')
    stream.write('p_0123')
    stream.write(`456789abcdefTOKEN done\n`)
    expect(out.join('')).toBe('epoch 1\nepoch 2 *** done\n')
    stream.write('no newline at the end')
    stream.end()
    expect(out.join('')).toBe('epoch 1\nepoch 2 *** done\nno newline at the end')
  })

  it('passes chunks straight on when there is no secret', () => {
    const out: string[] = []
    const stream = new Secrets([]).stream(t => out.push(t))
    stream.write('a')
    stream.write('b')
    stream.end()
    expect(out).toEqual(['a', 'b'])
  })
})

it('redactingLog blanks messages, warnings, group names and child output', async () => {
  const log = recordingLog()
  const redacting = redactingLog(log, new Secrets([TOKEN]))
  redacting.info(`info ${TOKEN}`)
  redacting.warning(`warn ${TOKEN}`)
  redacting.write(`chunk ${TOKEN}`)
  await redacting.group(`group ${TOKEN}`, async () => undefined)
  expect(log.lines).toEqual(['info ***', 'warning: warn ***', 'chunk ***'])
  expect(log.groups).toEqual(['group ***'])
})

it('redactingRenderers blanks pull request and issue bodies and the report page', async () => {
  const leaky: Renderers = {
    pullRequestBody: async () => `body ${TOKEN}`,
    monitorIssue: async () => ({ title: `title ${TOKEN}`, body: `body ${JOB}` }),
    reportPage: async () => `<p>${TOKEN}</p>`
  }
  const render = redactingRenderers(leaky, new Secrets([TOKEN, JOB]))
  expect(await render.pullRequestBody({} as PullRequestContent)).toBe('body ***')
  expect(await render.monitorIssue({} as ModelHealth, '')).toEqual({
    title: 'title ***',
    body: 'body ***'
  })
  expect(await render.reportPage({} as RegistryStatus)).toBe('<p>***</p>')
})
