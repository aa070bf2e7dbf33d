/**
 * Source positions of a YAML (or JSON) document, built from js-yaml's event
 * stream: for every mapping key its offset, for every node its start. Built
 * only when a diagnostic needs a line, and far cheaper than a full `yaml`
 * Document (a 10 MB manifest: a fraction of a second instead of seconds).
 */
import {
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type ScalarEvent
} from './js-yaml.cjs'

export interface PositionNode {
  /** Offset where the node's text starts (the opening quote of a quoted scalar). */
  start: number
  /** For mappings: key → offset of the key and the value node. */
  map?: Map<string, { key: number; value: PositionNode }>
  seq?: PositionNode[]
}

interface Frame {
  node: PositionNode
  /** In a mapping: the key read and waiting for its value. */
  key?: { name: string; start: number }
}

export function buildPositions(text: string): PositionNode | undefined {
  let root: PositionNode | undefined
  const stack: Array<Frame | null> = [] // null marks a document frame
  const add = (node: PositionNode, scalar?: ScalarEvent) => {
    const frame = stack[stack.length - 1]
    if (!frame) {
      root ??= node
      return
    }
    if (frame.node.map) {
      if (!frame.key) {
        frame.key = { name: scalar ? getScalarValue(text, scalar) : '', start: node.start }
        return
      }
      frame.node.map.set(frame.key.name, { key: frame.key.start, value: node })
      frame.key = undefined
    } else {
      frame.node.seq!.push(node)
    }
  }
  for (const e of parseEvents(text, {})) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        stack.push(null)
        break
      case EVENT_ID.MAPPING:
        stack.push({ node: { start: e.start, map: new Map() } })
        break
      case EVENT_ID.SEQUENCE:
        stack.push({ node: { start: e.start, seq: [] } })
        break
      case EVENT_ID.SCALAR: {
        const quoted =
          e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED
        add({ start: quoted ? e.valueStart - 1 : e.valueStart }, e)
        break
      }
      case EVENT_ID.ALIAS:
        add({ start: Math.max(0, e.anchorStart - 1) })
        break
      case EVENT_ID.POP: {
        const done = stack.pop()
        if (done) add(done.node)
        break
      }
    }
  }
  return root
}

/** Offset → 1-based line and column, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }
  position(offset: number): { line: number; col: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, col: offset - this.starts[lo] + 1 }
  }
}
