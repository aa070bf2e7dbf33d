/**
 * JSON.parse keeps the last of two equal keys in an object without a word; YAML (js-yaml)
 * refuses them. A `.json` manifest gets the same rule: the offset of the first key that repeats
 * an earlier key of its object. Linear, one pass over text that JSON.parse already accepted.
 */

interface Container {
  keys?: Set<string>
  expectKey: boolean
}

/** The first duplicate key of any object in `text` (valid JSON), or undefined. */
export function firstDuplicateJsonKey(text: string): { key: string; offset: number } | undefined {
  const stack: Container[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      const start = i
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++
      const top = stack[stack.length - 1]
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string
        if (top.keys.has(key)) return { key, offset: start }
        top.keys.add(key)
        top.expectKey = false
      }
    } else if (c === '{') {
      stack.push({ keys: new Set(), expectKey: true })
    } else if (c === '[') {
      stack.push({ expectKey: false })
    } else if (c === '}' || c === ']') {
      stack.pop()
    } else if (c === ',') {
      const top = stack[stack.length - 1]
      if (top?.keys) top.expectKey = true
    }
  }
  return undefined
}
