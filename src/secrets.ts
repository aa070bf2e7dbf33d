/**
 * The secrets of one run and the one function that blanks them out of text
 * (SPEC §7): the `token` input and the credentials the runner puts in the
 * environment. Whatever leaves modelgate — the log, the job summary, the
 * action's outputs, the CLI's text, `result.json`, pull request and issue
 * bodies — goes through `redact` first, so a manifest command that prints
 * its environment, or an error that quotes a token, puts `***` there instead.
 * Part of the kernel: any layer may use it, it imports only the Logger type.
 */
import { CUT_NOTE } from './clip.js'
import type { Logger } from './logger.js'

/** The variables whose values are credentials of this run (`INPUT_TOKEN` is the `token` input). */
export const SECRET_VARIABLES = [
  'INPUT_TOKEN',
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const

/** What a secret is replaced with, as the runner masks it. */
export const MASK = '***'

/**
 * Values shorter than this are not blanked: no GitHub credential is that
 * short, and blanking them would mangle ordinary words in every output.
 */
const MIN_SECRET_LENGTH = 4

/**
 * The forms a secret is written in besides itself: URL-encoded, base64, and the
 * `AUTHORIZATION: basic …` value actions/checkout leaves in `.git/config`
 * (base64 of `x-access-token:<token>`), which any command can print.
 */
function encodings(secret: string): string[] {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
  return [encodeURIComponent(secret), base64(secret), base64(`x-access-token:${secret}`)]
}

export class Secrets {
  /** The secrets themselves (as given, and trimmed). */
  readonly values: readonly string[]
  /** What is blanked: the secrets and their encodings, longest first (so one containing another is blanked whole). */
  readonly forms: readonly string[]

  constructor(values: Iterable<string | undefined>) {
    const found = new Set<string>()
    for (const value of values) {
      if (typeof value !== 'string') continue
      // A token read from a file or a secret often carries a newline: blank it with and without.
      for (const v of [value, value.trim()]) if (v.length >= MIN_SECRET_LENGTH) found.add(v)
    }
    this.values = [...found]
    const forms = new Set(this.values)
    for (const v of this.values) for (const form of encodings(v)) forms.add(form)
    this.forms = [...forms].sort((a, b) => b.length - a.length)
  }

  /** The secrets of a run: the `token` input (`token`, else INPUT_TOKEN) and the runner's credentials in `env`. */
  static of(env: NodeJS.ProcessEnv, token?: string): Secrets {
    return new Secrets([token, ...SECRET_VARIABLES.map(name => env[name])])
  }

  /** `text` with every secret replaced by `***`, also the start of one that a cut value ends with. */
  redact(text: string): string {
    let out = text
    for (const secret of this.forms) if (out.includes(secret)) out = out.replaceAll(secret, MASK)
    return this.forms.length && out.includes('…') ? this.blankCutSecrets(out) : out
  }

  /**
   * A value cut by `clip` (clip.ts) may end in the first characters of a secret that the
   * cut split: no longer the whole secret, `redact` would pass them on. The part before
   * each cut note that is the start of a secret is blanked too.
   */
  private blankCutSecrets(text: string): string {
    let out = ''
    let from = 0
    for (const note of text.matchAll(CUT_NOTE)) {
      const before = text.slice(from, note.index)
      const cut = this.secretStartAtEnd(before)
      out += (cut ? before.slice(0, before.length - cut) + MASK : before) + note[0]
      from = note.index + note[0].length
    }
    return from ? out + text.slice(from) : text
  }

  /** The length of the longest start of a secret (at least MIN_SECRET_LENGTH long) that `text` ends with. */
  private secretStartAtEnd(text: string): number {
    let best = 0
    for (const form of this.forms) {
      for (
        let k = Math.min(form.length - 1, text.length);
        k >= MIN_SECRET_LENGTH && k > best;
        k--
      ) {
        if (text.endsWith(form.slice(0, k))) {
          best = k
          break
        }
      }
    }
    return best
  }

  /** `JSON.stringify(value, null, space)` with every string in it, keys included, redacted. */
  redactJson(value: unknown, space?: number): string {
    return JSON.stringify(
      value,
      (_key, v: unknown) => {
        if (typeof v === 'string') return this.redact(v)
        if (v !== null && typeof v === 'object' && !Array.isArray(v) && this.values.length) {
          return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.redact(k), x]))
        }
        return v
      },
      space
    )
  }

  /** A copy of a JSON value (what `JSON.parse` gives back) with every string in it redacted. */
  redactValue<T>(value: T): T {
    return this.values.length && value !== undefined
      ? (JSON.parse(this.redactJson(value)) as T)
      : value
  }

  /**
   * A writer for streamed text (a child's output), which arrives in chunks
   * that may cut a secret in two: text is passed on, redacted, once no secret
   * can still be completed by what follows (a line end, or more characters
   * than the longest secret); `end()` passes on the rest.
   */
  stream(write: (text: string) => void): { write(chunk: string): void; end(): void } {
    const longest = this.forms[0]?.length ?? 0
    let held = ''
    return {
      write: chunk => {
        if (longest === 0) return write(chunk)
        const text = this.redact(held + chunk)
        // A secret holds no line break, so one that is still incomplete starts after the last,
        // and within the last `longest - 1` characters.
        const cut = Math.max(text.lastIndexOf('\n') + 1, text.length - (longest - 1))
        held = text.slice(cut)
        if (cut > 0) write(text.slice(0, cut))
      },
      end: () => {
        if (held) write(this.redact(held))
        held = ''
      }
    }
  }
}

/** `log` with every message, group name and chunk of child output redacted. */
export function redactingLog(log: Logger, secrets: Secrets): Logger {
  return {
    info: message => log.info(secrets.redact(message)),
    warning: message => log.warning(secrets.redact(message)),
    write: chunk => log.write(secrets.redact(chunk)),
    group: (name, fn) => log.group(secrets.redact(name), fn)
  }
}
