/**
 * `init` as people read it. With `dry-run` the text is the manifest itself,
 * its notes as trailing YAML comments, so `modelgate init --dry-run > file`
 * gives a manifest; otherwise what was written and what to do next.
 */
import type { InitOutcome, InitResult } from '../../commands/init.js'
import { plural } from '../plural.js'
import type { View } from './view.js'

const GITIGNORE_WORDS: Record<InitResult['gitignore'], string> = {
  created: '.gitignore created with .modelgate/',
  appended: '.modelgate/ added to .gitignore',
  present: '.gitignore already ignores .modelgate/',
  unchanged: '.gitignore unchanged'
}

export function initView({ result }: InitOutcome): View {
  const facts = [
    `stages: ${result.stages.join(' → ')}`,
    `benchmark: ${result.benchmark ? `${result.benchmark.folder}/ (the copy of ${result.benchmark.copyOf})` : 'none'}`,
    `archive: ${result.archive}/`,
    ...result.models.map(
      m =>
        `${m.name}: ${plural(m.versions, 'version')}, ${m.files ? `files ${m.files.join(', ')}` : 'each version with its own files'}`
    ),
    ...result.notes.map(n => `note: ${n}`)
  ]
  const found = `${plural(result.models.length, 'model')}, ${plural(result.versions, 'version')}`
  if (!result.written) {
    const text = [
      result.text.trimEnd(),
      '',
      `# modelgate init --dry-run: ${result.manifest} not written (${found})`,
      ...result.notes.map(n => `# note: ${n}`)
    ].join('\n')
    return {
      text,
      summary: [
        `## modelgate init (dry run): ${result.manifest}, ${found}`,
        '',
        '```yaml',
        result.text.trimEnd(),
        '```'
      ].join('\n')
    }
  }
  const headline = `✔ wrote ${result.manifest}: ${found}; no file was moved or changed`
  return {
    text: [
      headline,
      ...facts.map(f => `  ${f}`),
      `  ${GITIGNORE_WORDS[result.gitignore]}`,
      '',
      `Next: add gates and metric policies, run modelgate validate --manifest ${result.manifest}, and commit it with .gitignore.`
    ].join('\n'),
    summary: [`## modelgate init: ${headline}`, '', ...facts.map(f => `- ${f}`)].join('\n')
  }
}
