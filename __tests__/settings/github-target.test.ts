/**
 * Where a pull request goes (SPEC §5): the repository, the base branch, the API URL and the
 * token, from the runner's environment first and the checkout second.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../../src/errors.js'
import {
  describeRemote,
  parseRemoteUrl,
  resolveGitHubTarget,
  type CheckoutFacts
} from '../../src/settings/github-target.js'
import { readRunnerEvent } from '../../src/settings/runner-event.js'
import type { CommonSettings } from '../../src/settings/settings.js'
import { tempDir } from '../helpers/registry-fixture.js'

const dir = tempDir('modelgate-target-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function eventFile(name: string, payload: unknown): string {
  const file = path.join(dir, name)
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return file
}

/** Settings with the event as getSettings reads it from `env` (none by default). */
const settings = (over: Partial<CommonSettings> = {}, env: NodeJS.ProcessEnv = {}) => ({
  event: readRunnerEvent(env),
  ...over
})

function checkout(origin?: string, branch?: string): CheckoutFacts {
  return { originUrl: async () => origin, currentBranch: async () => branch }
}

const ENV = { GITHUB_TOKEN: 'ghs_env', GITHUB_REPOSITORY: 'acme/models' }

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection')
}

describe('parseRemoteUrl', () => {
  it.each([
    ['https://github.com/acme/models.git', 'acme', 'models'],
    ['https://github.com/acme/models', 'acme', 'models'],
    ['https://github.com/acme/models/', 'acme', 'models'],
    ['https://github.com/acme/models.git/', 'acme', 'models'],
    ['git@github.com:acme/models.git', 'acme', 'models'],
    ['git@github.com:acme/models', 'acme', 'models'],
    ['ssh://git@github.com/acme/models.git', 'acme', 'models'],
    ['ssh://git@ghe.example.com:22/acme/models', 'acme', 'models'],
    ['https://ghe.example.com/data-team/fraud.model.git', 'data-team', 'fraud.model'],
    ['https://x-access-token:abc@github.com/acme/models.git', 'acme', 'models'],
    ['  https://github.com/acme/models.git\n', 'acme', 'models']
  ])('%s → %s/%s', (url, owner, repo) => {
    expect(parseRemoteUrl(url)).toEqual({ owner, repo })
  })

  it.each(['not a url', '', '/srv/git/models.git', 'https://github.com/acme'])(
    '%j → undefined',
    url => {
      expect(parseRemoteUrl(url)).toBeUndefined()
    }
  )
})

/**
 * Remote URLs with credentials in them, well-formed and not: the owner and repository that come
 * out are plain GitHub names or nothing, and a message shows the remote without the secret.
 */
describe('credentials in the origin URL', () => {
  const SECRET = 'ghp_s3cret'
  it.each<[string, { owner: string; repo: string } | undefined, string]>([
    [
      `https://user:${SECRET}@github.com/acme/models.git`,
      { owner: 'acme', repo: 'models' },
      'https://github.com/acme/models.git'
    ],
    [
      `https://${SECRET}@github.com/acme/models`,
      { owner: 'acme', repo: 'models' },
      'https://github.com/acme/models'
    ],
    [
      `https://user:p@${SECRET}@github.com/acme/models.git`,
      { owner: 'acme', repo: 'models' },
      'https://github.com/acme/models.git'
    ],
    [
      `https://user:${SECRET}:more@github.com/acme/models`,
      { owner: 'acme', repo: 'models' },
      'https://github.com/acme/models'
    ],
    [
      `https://github.com:${SECRET}@github.com/acme/models`,
      { owner: 'acme', repo: 'models' },
      'https://github.com/acme/models'
    ],
    [
      `ssh://git:${SECRET}@ghe.example.com:2222/acme/models.git`,
      { owner: 'acme', repo: 'models' },
      'ssh://ghe.example.com:2222/acme/models.git'
    ],
    [
      `user:${SECRET}@github.com:acme/models.git`,
      { owner: 'acme', repo: 'models' },
      'github.com:acme/models.git'
    ],
    [
      `https://github.com/acme/models.git?access_token=${SECRET}`,
      { owner: 'acme', repo: 'models' },
      'https://github.com/acme/models.git'
    ],
    [
      `https://github.com/acme/models#${SECRET}`,
      { owner: 'acme', repo: 'models' },
      'https://github.com/acme/models'
    ],
    // Malformed: a secret that would end up in the owner, the repository or the message.
    [`https://github.com/user:${SECRET}@acme/models`, undefined, ''],
    [`https://user:pass/${SECRET}@github.com/acme/models.git`, undefined, ''],
    [`https://user:${SECRET}@github.com:acme/models`, undefined, ''],
    [`https://user:${SECRET} github.com/acme/models`, undefined, ''],
    [`https:/user:${SECRET}@github.com/acme/models`, undefined, ''],
    [`https//user:${SECRET}@github.com/acme/models`, undefined, ''],
    [`https://github.com/acme/models%40${SECRET}`, undefined, ''],
    [`https://github.com/acme/${SECRET}@models`, undefined, ''],
    [`git@github.com:acme:${SECRET}/models`, undefined, ''],
    [
      `https://user:${SECRET}@github.com/acme/models/extra`,
      undefined,
      'https://github.com/acme/models/extra'
    ]
  ])('%s', (url, parsed, shown) => {
    expect(parseRemoteUrl(url)).toEqual(parsed)
    const message = describeRemote(url)
    expect(message).not.toContain(SECRET)
    expect(message).toBe(
      shown
        ? `origin is "${shown}"`
        : 'origin is not shown: it is no plain URL and may hold credentials'
    )
  })

  it.each([
    `https://github.com/user:${SECRET}@acme/models`,
    `https://user:pass/${SECRET}@github.com/acme/models.git`
  ])('a malformed %s is a UsageError that does not quote it', async url => {
    const error = await failure(
      resolveGitHubTarget(
        settings(),
        { GITHUB_TOKEN: 'ghs_env', GITHUB_REF_NAME: 'main' },
        checkout(url)
      )
    )
    expect(error).toBeInstanceOf(UsageError)
    expect(error.message).not.toContain(SECRET)
    expect(error.message).toMatch(/cannot tell which GitHub repository.*origin is not shown/)
  })
})

describe('the base branch', () => {
  const event = eventFile('event.json', { repository: { default_branch: 'trunk' } })
  const full = { ...ENV, GITHUB_EVENT_PATH: event, GITHUB_REF_NAME: 'feature' }

  it('is the base setting first', async () => {
    const target = await resolveGitHubTarget(
      settings({ base: 'release' }, full),
      full,
      checkout(undefined, 'local')
    )
    expect(target.base).toBe('release')
  })

  it('then the default branch of the event payload', async () => {
    const target = await resolveGitHubTarget(settings({}, full), full, checkout(undefined, 'local'))
    expect(target.base).toBe('trunk')
  })

  it('then GITHUB_REF_NAME, also when the payload has no default branch', async () => {
    for (const GITHUB_EVENT_PATH of [
      eventFile('push.json', { ref: 'refs/heads/feature' }),
      eventFile('blank.json', { repository: { default_branch: '' } }),
      eventFile('number.json', { repository: { default_branch: 7 } })
    ]) {
      const env = { ...full, GITHUB_EVENT_PATH }
      expect(
        (await resolveGitHubTarget(settings({}, env), env, checkout(undefined, 'local'))).base
      ).toBe('feature')
    }
  })

  it('an unreadable payload is a UsageError naming the file, when the settings are read', () => {
    // The payload is read once, by getSettings (runner-event.ts), not on the way to the PR.
    for (const [GITHUB_EVENT_PATH, message] of [
      [
        eventFile('broken.json', '{not json'),
        /"[^"]*broken\.json" \(GITHUB_EVENT_PATH\) is not valid JSON/
      ],
      [
        path.join(dir, 'missing.json'),
        /cannot read the event payload "[^"]*missing\.json" \(GITHUB_EVENT_PATH\)/
      ]
    ] as const) {
      let error: unknown
      try {
        settings({}, { ...full, GITHUB_EVENT_PATH })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(UsageError)
      expect((error as Error).message).toMatch(message)
    }
  })

  it('then the checkout’s current branch', async () => {
    const target = await resolveGitHubTarget(settings(), ENV, checkout(undefined, 'local'))
    expect(target.base).toBe('local')
  })

  it('else a UsageError asking for the base input', async () => {
    const error = await failure(resolveGitHubTarget(settings(), ENV, checkout()))
    expect(error).toBeInstanceOf(UsageError)
    expect(error.message).toMatch(/cannot tell which branch .*set the `base` input/)
  })
})

describe('the repository', () => {
  const env = { GITHUB_TOKEN: 'ghs_env', GITHUB_REF_NAME: 'main' }

  it('is GITHUB_REPOSITORY first, whatever origin says', async () => {
    const target = await resolveGitHubTarget(
      settings(),
      { ...env, GITHUB_REPOSITORY: 'acme/models' },
      checkout('git@github.com:other/thing.git')
    )
    expect(target).toMatchObject({ owner: 'acme', repo: 'models' })
  })

  it.each(['acme', 'acme/models/extra', 'acme/ models', '/models'])(
    'a malformed GITHUB_REPOSITORY %j is a UsageError quoting it',
    async named => {
      const error = await failure(
        resolveGitHubTarget(settings(), { ...env, GITHUB_REPOSITORY: named }, checkout())
      )
      expect(error).toBeInstanceOf(UsageError)
      expect(error.message).toBe(`GITHUB_REPOSITORY is "${named}"; expected "owner/repo"`)
    }
  )

  it('else the origin remote', async () => {
    const target = await resolveGitHubTarget(
      settings(),
      env,
      checkout('https://ghe.example.com/acme/models.git')
    )
    expect(target).toMatchObject({ owner: 'acme', repo: 'models' })
  })

  it('else a UsageError, quoting an origin it cannot read', async () => {
    const none = await failure(resolveGitHubTarget(settings(), env, checkout()))
    expect(none).toBeInstanceOf(UsageError)
    expect(none.message).toMatch(/cannot tell which GitHub repository.*set GITHUB_REPOSITORY/)
    expect(none.message).not.toMatch(/origin is/)
    const local = await failure(resolveGitHubTarget(settings(), env, checkout('/srv/models.git')))
    expect(local).toBeInstanceOf(UsageError)
    expect(local.message).toContain('(origin is "/srv/models.git")')
  })
})

describe('the token and the API URL', () => {
  const env = { GITHUB_REPOSITORY: 'acme/models', GITHUB_REF_NAME: 'main' }

  it('takes the token setting over GITHUB_TOKEN', async () => {
    const target = await resolveGitHubTarget(
      settings({ token: 'ghp_input' }),
      { ...env, GITHUB_TOKEN: 'ghs_env' },
      checkout()
    )
    expect(target.token).toBe('ghp_input')
  })

  it('else GITHUB_TOKEN', async () => {
    const target = await resolveGitHubTarget(
      settings(),
      { ...env, GITHUB_TOKEN: ' ghs_env\n' },
      checkout()
    )
    expect(target.token).toBe('ghs_env')
  })

  it.each([{}, { GITHUB_TOKEN: '' }, { GITHUB_TOKEN: '  ' }])(
    'else a UsageError that mentions dry-run (%j)',
    async extra => {
      const error = await failure(
        resolveGitHubTarget(settings({ token: '' }), { ...env, ...extra }, checkout())
      )
      expect(error).toBeInstanceOf(UsageError)
      expect(error.message).toMatch(/a token is needed.*`token` input.*GITHUB_TOKEN.*dry-run/)
    }
  )

  it('defaults the API URL to https://api.github.com', async () => {
    const target = await resolveGitHubTarget(settings(), { ...env, GITHUB_TOKEN: 't' }, checkout())
    expect(target.apiUrl).toBe('https://api.github.com')
  })

  it('takes GITHUB_API_URL, without its trailing slashes', async () => {
    for (const [url, expected] of [
      ['https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/v3'],
      ['https://ghe.example.com/api/v3//', 'https://ghe.example.com/api/v3'],
      ['http://127.0.0.1:8080', 'http://127.0.0.1:8080']
    ]) {
      const target = await resolveGitHubTarget(
        settings(),
        { ...env, GITHUB_TOKEN: 't', GITHUB_API_URL: url },
        checkout()
      )
      expect(target.apiUrl).toBe(expected)
    }
  })

  it('puts it all together', async () => {
    expect(
      await resolveGitHubTarget(
        settings({ token: 'tok', base: 'main' }),
        { GITHUB_REPOSITORY: 'acme/models' },
        checkout()
      )
    ).toEqual({
      owner: 'acme',
      repo: 'models',
      base: 'main',
      apiUrl: 'https://api.github.com',
      token: 'tok'
    })
  })
})
