/**
 * The names GitHub and git must accept for what modelgate writes: the branches of its pull
 * requests and the labels it puts on them. `validate` refuses a stage, model or version whose
 * branch git would refuse or whose `stage:<name>` label GitHub would refuse, so that the
 * promotion fails at review of the manifest, not at its last step (a 422 from GitHub).
 * Pure: strings in, the reason out.
 */

import { clip } from '../clip.js'

/** The branch of each kind of change (SPEC §3, §5). */
export const changeBranch = {
  promote: (model: string, stage: string) => `modelgate/promote/${model}-to-${stage}`,
  rollback: (model: string) => `modelgate/rollback/${model}`,
  register: (model: string, version: string) => `modelgate/register/${model}-${version}`,
  retire: (model: string, version: string) => `modelgate/retire/${model}-${version}`
}

/** GitHub refuses a label name longer than this (422 "name is too long"). */
export const LABEL_MAX_CHARS = 50

/** The label modelgate puts on a pull request into `stage`. */
export function stageLabel(stage: string): string {
  return `stage:${stage}`
}

/** Characters, as GitHub counts a label's length (code points, not UTF-16 units). */
export function labelLength(label: string): number {
  let n = 0
  for (const _ of label) n++
  return n
}

/** Components of letters, digits and `_ + - .`, none starting with `.` or `-`, not ending with `.`. */
const PLAIN_BRANCH = /^[A-Za-z0-9_+][A-Za-z0-9_.+-]*(\/[A-Za-z0-9_+-][A-Za-z0-9_.+-]*)*(?<!\.)$/
const LOCK_COMPONENT = /\.lock(\/|$)/

const FORBIDDEN: Record<string, string> = {
  ' ': 'a space',
  '~': '"~"',
  '^': '"^"',
  ':': '":"',
  '?': '"?"',
  '*': '"*"',
  '[': '"["',
  '\\': '"\\"'
}

/**
 * Why `git check-ref-format --branch <name>` refuses `name`, or undefined when it accepts it:
 * no empty component (no leading, trailing or doubled `/`), no component that starts with `.`
 * or ends with `.lock`, no `..`, no ASCII control character, space, `~ ^ : ? * [ \`, no `@{`,
 * not ending with `.`, and (as a branch) not starting with `-` and not `HEAD`. (A lone `@` is
 * refused as a whole ref name only; as a branch it is `refs/heads/@`, which git accepts.)
 */
export function branchNameProblem(name: string): string | undefined {
  // Nearly every name is plain: one regular expression settles it (plan on 10,000 models
  // checks 100,000 branch names; the character walk below was 5 % of its time).
  if (
    PLAIN_BRANCH.test(name) &&
    name !== 'HEAD' &&
    !name.includes('..') &&
    !LOCK_COMPONENT.test(name)
  ) {
    return undefined
  }
  if (name === '') return 'it is empty'
  if (name.startsWith('-')) return 'it starts with "-"'
  if (name === 'HEAD') return 'it is "HEAD"'
  for (const ch of name) {
    const code = ch.codePointAt(0)!
    if (code < 0x20 || code === 0x7f) {
      return `it holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    }
    if (FORBIDDEN[ch]) return `it holds ${FORBIDDEN[ch]}`
  }
  if (name.includes('..')) return 'it holds ".."'
  if (name.includes('@{')) return 'it holds "@{"'
  if (name.endsWith('/')) return 'it ends with "/"'
  if (name.endsWith('.')) return 'it ends with "."'
  for (const part of name.split('/')) {
    if (part === '') return 'it has an empty path component ("//" or a leading "/")'
    if (part.startsWith('.')) return `its path component "${clip(part)}" starts with "."`
    if (part.endsWith('.lock')) return `its path component "${clip(part)}" ends with ".lock"`
  }
  return undefined
}
