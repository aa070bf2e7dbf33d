/**
 * The report page is valid HTML: parse5 (the WHATWG parsing algorithm)
 * reports no parse error, and parse → serialize → parse yields the same
 * tree, so no markup depends on a browser's error recovery. Pages made by
 * the command itself from the examples, a large registry and hostile text.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5'
import { exampleRepo } from '../helpers/examples.js'
import { largeRegistry } from '../helpers/large-registry.js'
import { validRegistry, type Fixture } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

type Node = DefaultTreeAdapterMap['node']

/** The tree as plain data: names, attributes, text, children. */
function shape(node: Node): unknown {
  const n = node as Node & {
    attrs?: Array<{ name: string; value: string }>
    value?: string
    data?: string
    childNodes?: Node[]
    content?: Node
  }
  return {
    name: n.nodeName,
    ...(n.attrs ? { attrs: n.attrs.map(a => [a.name, a.value]) } : {}),
    ...(n.value !== undefined ? { value: n.value } : {}),
    ...(n.data !== undefined ? { data: n.data } : {}),
    children: (n.childNodes ?? []).map(shape)
  }
}

function parseStrict(html: string) {
  const errors: string[] = []
  const doc = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: e => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`)
  })
  return { doc, errors }
}

const fixtures: Fixture[] = []
afterAll(() => fixtures.forEach(f => f.cleanup()))

async function reportOf(fx: Fixture): Promise<string> {
  fixtures.push(fx)
  const run = await cli(['report', '--json'], fx.dir)
  expect(run.code).toBe(0)
  const path = JSON.parse(run.stdout).result.reportPath as string
  return readFileSync(path, 'utf8')
}

function hostile(): Fixture {
  const fx = validRegistry()
  fx.edit(
    'description: A test classifier',
    `description: "</td></tr></table><script>alert('x')</script><!-- \\"quoted\\" &amp; <svg onload=alert(1)>"`
  )
  fx.edit('owners: ["@acme/ml"]', 'owners: ["@acme/ml", "<img src=x>"]')
  return fx
}

describe.each([
  ['sklearn-classifier', () => exampleRepo('sklearn-classifier')],
  ['raw-validated', () => exampleRepo('raw-validated')],
  ['sharded', () => exampleRepo('sharded')],
  ['50 models × 20 versions', () => largeRegistry(50, 20)],
  ['hostile manifest text', hostile]
])('the report page of %s', (_name, make) => {
  let html: string
  it('parses without a single parse error', async () => {
    html = await reportOf(make())
    const { errors } = parseStrict(html)
    expect(errors).toEqual([])
  })

  it('survives parse → serialize → parse unchanged', () => {
    const first = parseStrict(html).doc
    const again = parseStrict(serialize(first)).doc
    expect(shape(again)).toEqual(shape(first))
  })

  it('holds no script, no external reference', () => {
    const { doc } = parseStrict(html)
    const found: string[] = []
    const walk = (n: Node) => {
      const el = n as Node & { tagName?: string; attrs?: Array<{ name: string; value: string }> }
      if (
        el.tagName &&
        ['script', 'img', 'link', 'iframe', 'object', 'embed'].includes(el.tagName)
      ) {
        found.push(el.tagName)
      }
      for (const a of el.attrs ?? []) {
        if (a.name.startsWith('on') || (a.name === 'src' && a.value))
          found.push(`${el.tagName}[${a.name}]`)
      }
      for (const c of (n as { childNodes?: Node[] }).childNodes ?? []) walk(c)
    }
    walk(doc)
    expect(found).toEqual([])
  })
})
