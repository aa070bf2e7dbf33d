/**
 * The docs stand alone and cannot drift from the code: every manifest key of
 * the schema is in docs/manifest.md, every command placeholder the code
 * substitutes is in docs/manifest.md and the schema, every action input and
 * output, every command and every exit status is in docs/commands.md (an
 * input with its default and the commands that read it), the README links
 * both, and no doc cites a file a user does not have (SPEC.md) or links a
 * file or heading that does not exist. Everything is derived from the schema,
 * action.yml and the code's tables, so a key, placeholder, input, output or
 * command added anywhere fails here until it is documented.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { COMMAND_HELP } from '../../src/cli/help.js'
import { DecisionError, EnvironmentError, UsageError } from '../../src/errors.js'
import { PLACEHOLDERS } from '../../src/evaluation/command-line.js'
import { COMMAND_INPUTS, COMMON_INPUTS } from '../../src/settings/command-inputs.js'
import { COMMANDS } from '../../src/settings/inputs.js'
import {
  anchors,
  keyCell,
  linkTargets,
  plainHeading,
  sections,
  type Section
} from '../helpers/markdown.js'

const read = (file: string) => readFileSync(file, 'utf8')
const MANIFEST_DOC = 'docs/manifest.md'
const COMMANDS_DOC = 'docs/commands.md'

type JsonSchema = {
  description?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  $ref?: string
  $defs?: Record<string, JsonSchema>
}

const schema: JsonSchema = JSON.parse(read('schema/registry.schema.json'))
const action = parse(read('action.yml')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

/** Every user-facing Markdown file of the repository (tracked or new, not ignored). */
const markdownFiles = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.md'],
  { encoding: 'utf8' }
)
  .split('\n')
  .filter(f => f && existsSync(f))

// ---------------------------------------------------------------------------
// What is missing, as lists of sentences (empty when the docs are complete).

interface SchemaObject {
  /** Where in the schema, for messages: `$defs.monitor.retrain`. */
  where: string
  /** The property name the object sits under, when it is written inline (`retrain`). */
  parentKey?: string
  schema: JsonSchema
}

/** The top level, every $defs object and every object written inline under a property. */
function schemaObjects(root: JsonSchema): SchemaObject[] {
  const out: SchemaObject[] = []
  const visit = (s: JsonSchema, where: string, parentKey?: string) => {
    if (!s.properties) return
    out.push({ where, parentKey, schema: s })
    for (const [key, child] of Object.entries(s.properties)) visit(child, `${where}.${key}`, key)
  }
  visit(root, '(top level)')
  for (const [name, def] of Object.entries(root.$defs ?? {})) visit(def, `$defs.${name}`)
  return out
}

/** A property that only refers to another object's property is documented where that one is. */
const refersToProperty = (s: JsonSchema) => s.$ref?.includes('/properties/') ?? false

/**
 * Schema keys without a row in the manifest doc. An object is documented by
 * one section whose table has a row for each of its keys (`key`, or
 * `parent.key` when the object is flattened into its parent's table, like
 * `retrain.workflow`), bold exactly when the key is required; a key holding
 * a flattened object counts as documented by its `key.…` rows.
 */
function undocumentedSchemaKeys(root: JsonSchema, doc: string): string[] {
  const docSections = sections(doc)
  const problems: string[] = []
  for (const object of schemaObjects(root)) {
    const keys = Object.entries(object.schema.properties!)
      .filter(([, s]) => !refersToProperty(s))
      .map(([key]) => key)
    if (keys.length === 0) continue
    const required = new Set(object.schema.required ?? [])
    const rowIn = (section: Section, key: string) => {
      const names = object.parentKey ? [key, `${object.parentKey}.${key}`] : [key]
      const rows = section.rows.map(r => keyCell(r[0] ?? '')).filter(k => k !== undefined)
      return (
        rows.find(r => names.includes(r.key)) ??
        (rows.some(r => names.some(n => r.key.startsWith(`${n}.`)))
          ? { key, bold: required.has(key) }
          : undefined)
      )
    }
    const best = docSections
      .map(section => ({ section, missing: keys.filter(key => !rowIn(section, key)) }))
      .sort((a, b) => a.missing.length - b.missing.length)[0]
    for (const key of best.missing) {
      problems.push(
        `${object.where}: key "${key}" has no row in ${MANIFEST_DOC} (nearest table: "${best.section.heading}")`
      )
    }
    if (best.missing.length === 0) {
      for (const key of keys) {
        const row = rowIn(best.section, key)!
        if (row.bold !== required.has(key)) {
          problems.push(
            `${object.where}: key "${key}" is ${required.has(key) ? '' : 'not '}required, so its row under "${best.section.heading}" ${required.has(key) ? 'must' : 'must not'} be bold`
          )
        }
      }
    }
  }
  return problems
}

/** The `{name}` placeholders a text names (`{{` and `}}` are literal braces, not placeholders). */
function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/(?<!\{)\{([A-Za-z_]+)\}(?!\})/g)].map(m => m[1])
}

function undocumentedPlaceholders(
  placeholders: readonly string[],
  doc: string,
  root: JsonSchema
): string[] {
  const rows = sections(doc)
    .flatMap(s => s.rows)
    .map(r => keyCell(r[0] ?? '')?.key ?? '')
    .filter(k => /^\{\w+\}$/.test(k))
    .map(k => k.slice(1, -1))
  const described = placeholdersIn(root.$defs?.command?.description ?? '')
  return [
    ...placeholders
      .filter(p => !rows.includes(p))
      .map(p => `placeholder {${p}} has no row in ${MANIFEST_DOC}`),
    ...rows
      .filter(p => !placeholders.includes(p))
      .map(p => `${MANIFEST_DOC} documents {${p}}, which the code does not substitute`),
    ...placeholders
      .filter(p => !described.includes(p))
      .map(p => `the schema's $defs.command description does not name {${p}}`),
    ...described
      .filter(p => !placeholders.includes(p))
      .map(
        p =>
          `the schema's $defs.command description names {${p}}, which the code does not substitute`
      )
  ]
}

/** The rows of the table under the heading `title` (`Inputs`), by their first cell's key. */
function tableUnder(doc: string, title: string): Map<string, string[]> {
  const section = sections(doc).find(s => plainHeading(s.heading) === title)
  const rows = new Map<string, string[]>()
  for (const row of section?.rows ?? []) {
    const key = keyCell(row[0] ?? '')?.key
    if (key !== undefined) rows.set(key, row)
  }
  return rows
}

/** The commands that read an input, as docs/commands.md writes them. */
function readBy(input: string): string {
  if ((COMMON_INPUTS as readonly string[]).includes(input)) return 'every command'
  const commands = COMMANDS.filter(c =>
    (COMMAND_INPUTS[c].inputs as readonly string[]).includes(input)
  )
  return commands.length ? commands.join(', ') : '—'
}

function undocumentedInputsAndOutputs(
  inputs: typeof action.inputs,
  outputs: typeof action.outputs,
  doc: string
): string[] {
  const problems: string[] = []
  const inputRows = tableUnder(doc, 'Inputs')
  for (const [name, input] of Object.entries(inputs)) {
    const row = inputRows.get(name)
    if (!row) {
      problems.push(`input "${name}" has no row in the Inputs table of ${COMMANDS_DOC}`)
      continue
    }
    const [, defaultCell = '', readByCell = '', meaning = ''] = row
    const expectedDefault = input.default === undefined ? '—' : `\`${input.default}\``
    if (!defaultCell.startsWith(expectedDefault)) {
      problems.push(`input "${name}": default "${defaultCell}", action.yml says ${expectedDefault}`)
    }
    const sorted = (list: string) => list.split(/,\s*/).sort().join(', ')
    if (sorted(readByCell) !== sorted(readBy(name))) {
      problems.push(`input "${name}": read by "${readByCell}", the code says "${readBy(name)}"`)
    }
    if (meaning.length < 10) problems.push(`input "${name}" has no meaning in ${COMMANDS_DOC}`)
  }
  for (const name of inputRows.keys()) {
    if (!(name in inputs))
      problems.push(
        `${COMMANDS_DOC} documents the input "${name}", which action.yml does not declare`
      )
  }
  const outputRows = tableUnder(doc, 'Outputs')
  for (const name of Object.keys(outputs)) {
    if (!outputRows.has(name))
      problems.push(`output "${name}" has no row in the Outputs table of ${COMMANDS_DOC}`)
  }
  for (const name of outputRows.keys()) {
    if (!(name in outputs))
      problems.push(
        `${COMMANDS_DOC} documents the output "${name}", which action.yml does not declare`
      )
  }
  return problems
}

function undocumentedCommands(commands: readonly string[], doc: string): string[] {
  const problems: string[] = []
  const listed = tableUnder(doc, 'Commands')
  const headed = new Map(
    sections(doc)
      .filter(s => s.level === 3)
      .map(s => [keyCell(s.heading)?.key, s] as const)
  )
  for (const command of commands) {
    if (!listed.has(command))
      problems.push(`command "${command}" has no row in the Commands table of ${COMMANDS_DOC}`)
    const section = headed.get(command)
    if (!section) {
      problems.push(`command "${command}" has no section "### \`${command}\`" in ${COMMANDS_DOC}`)
      continue
    }
    const example = COMMAND_HELP[command as keyof typeof COMMAND_HELP]?.example
    if (!example || !section.lines.includes(example)) {
      problems.push(
        `the section of "${command}" in ${COMMANDS_DOC} does not show its --help example`
      )
    }
  }
  for (const name of listed.keys()) {
    if (!commands.includes(name))
      problems.push(`${COMMANDS_DOC} lists "${name}", which is not a command`)
  }
  return problems
}

/** Every exit status the code uses: 0, and those of its decision, usage and environment errors. */
const EXIT_STATUSES = [
  0,
  ...new Set([
    new DecisionError('').exitCode,
    new UsageError('').exitCode,
    new EnvironmentError('').exitCode
  ])
].map(String)

/** Citations of a file users do not have: the product specification and its sections. */
const SPEC_CITATION = [/\bSPEC\b/, /§/, /\bsection \d/i]

function citations(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      SPEC_CITATION.some(pattern => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []
    )
}

/** Relative links whose file, or whose heading in a Markdown file, does not exist. */
function brokenLinks(file: string): string[] {
  const problems: string[] = []
  for (const target of linkTargets(read(file))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // http:, https:, mailto:
    const [rel, anchor] = target.split('#')
    const resolved = rel ? path.normalize(path.join(path.dirname(file), decodeURI(rel))) : file
    if (!existsSync(resolved)) {
      problems.push(`${file}: link to ${target}: no file ${resolved}`)
    } else if (anchor && resolved.endsWith('.md') && !anchors(read(resolved)).has(anchor)) {
      problems.push(`${file}: link to ${target}: ${resolved} has no heading #${anchor}`)
    }
  }
  return problems
}

// ---------------------------------------------------------------------------

describe('docs/manifest.md', () => {
  it('documents every key of the schema, required keys in bold', () => {
    expect(undocumentedSchemaKeys(schema, read(MANIFEST_DOC))).toEqual([])
  })

  it('documents every placeholder the code substitutes, as the schema does', () => {
    expect(undocumentedPlaceholders(PLACEHOLDERS, read(MANIFEST_DOC), schema)).toEqual([])
  })

  it('fails for a key or a placeholder added without docs', () => {
    const planted: JsonSchema = structuredClone(schema)
    planted.$defs!.monitor.properties!.schedule = { description: 'When.' }
    planted.$defs!.monitor.properties!.retrain.properties!.inputs = { description: 'Inputs.' }
    planted.properties!.owners = { description: 'Who.' }
    planted.$defs!.command.description += ' Also {commit}.'
    expect(undocumentedSchemaKeys(planted, read(MANIFEST_DOC))).toEqual([
      '(top level): key "owners" has no row in docs/manifest.md (nearest table: "Registry file (top level)")',
      '$defs.monitor: key "schedule" has no row in docs/manifest.md (nearest table: "monitor")',
      '$defs.monitor.retrain: key "inputs" has no row in docs/manifest.md (nearest table: "monitor")'
    ])
    planted.$defs!.rollout.required = []
    expect(undocumentedSchemaKeys(planted, read(MANIFEST_DOC))).toContain(
      '$defs.rollout: key "steps" is not required, so its row under "rollout" must not be bold'
    )
    expect(
      undocumentedPlaceholders([...PLACEHOLDERS, 'run_id'], read(MANIFEST_DOC), planted)
    ).toEqual([
      'placeholder {run_id} has no row in docs/manifest.md',
      "the schema's $defs.command description does not name {run_id}",
      "the schema's $defs.command description names {commit}, which the code does not substitute"
    ])
  })
})

describe('docs/commands.md', () => {
  const doc = read(COMMANDS_DOC)

  it('documents every input of action.yml with its default and the commands that read it, and every output', () => {
    expect(undocumentedInputsAndOutputs(action.inputs, action.outputs, doc)).toEqual([])
  })

  it('documents every command with its --help example', () => {
    expect(undocumentedCommands(COMMANDS, doc)).toEqual([])
  })

  it('documents every exit status the code uses', () => {
    expect([...tableUnder(doc, 'Exit status').keys()]).toEqual(EXIT_STATUSES)
  })

  it('says that the output folder belongs in .gitignore', () => {
    expect(doc).toMatch(/```gitignore\n(#.*\n)*\.modelgate\/\n```/)
  })

  it('fails for an input, an output or a command added without docs', () => {
    const inputs = { ...action.inputs, 'cache-key': { description: 'A key.' } }
    const outputs = { ...action.outputs, 'cache-hit': { description: 'Hit.' } }
    expect(undocumentedInputsAndOutputs(inputs, outputs, doc)).toEqual([
      'input "cache-key" has no row in the Inputs table of docs/commands.md',
      'output "cache-hit" has no row in the Outputs table of docs/commands.md'
    ])
    const changedDefault = {
      ...action.inputs,
      manifest: { description: 'x', default: 'registry.yaml' }
    }
    expect(undocumentedInputsAndOutputs(changedDefault, action.outputs, doc)).toEqual([
      'input "manifest": default "`models/registry.yaml`", action.yml says `registry.yaml`'
    ])
    expect(undocumentedCommands([...COMMANDS, 'upgrade'], doc)).toEqual([
      'command "upgrade" has no row in the Commands table of docs/commands.md',
      'command "upgrade" has no section "### `upgrade`" in docs/commands.md'
    ])
  })
})

describe('the docs', () => {
  it('cover every Markdown file a user reads', () => {
    expect(markdownFiles).toEqual(
      expect.arrayContaining(['README.md', MANIFEST_DOC, COMMANDS_DOC, 'examples/README.md'])
    )
  })

  it('cite no file a user does not have (SPEC.md and its sections)', () => {
    const texts: Array<[string, string]> = [
      ...markdownFiles.map(f => [f, read(f)] as [string, string]),
      ['schema/registry.schema.json', read('schema/registry.schema.json')],
      ['action.yml', read('action.yml')]
    ]
    expect(texts.flatMap(([file, text]) => citations(file, text))).toEqual([])
    expect(
      citations('x.md', 'The contract: `SPEC.md`.\nlayout (SPEC §2)\n(section 4 comparison)')
    ).toHaveLength(3)
  })

  it('link only files and headings that exist', () => {
    expect(markdownFiles.flatMap(brokenLinks)).toEqual([])
  })

  it('are linked from the README', () => {
    const targets = linkTargets(read('README.md')).map(t => t.split('#')[0])
    expect(targets).toEqual(expect.arrayContaining([MANIFEST_DOC, COMMANDS_DOC]))
  })
})
