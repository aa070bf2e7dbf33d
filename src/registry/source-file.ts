import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml'
import { load as fastLoad, YAMLException } from 'js-yaml'
import { keyPath, type Diagnostic } from '../errors.js'

export type KeyPath = ReadonlyArray<string | number>

export interface Position {
  line: number
  col: number
}

/**
 * One manifest file (the registry file or a model shard): its text, the parsed
 * data, and source positions on demand.
 *
 * Why two parsers: js-yaml's `load` reads a 10 MB manifest ~15× faster and in a
 * fraction of the memory `yaml`'s Document API needs, so it serves the read
 * path. Positions are only needed when there is something to report, so the
 * `yaml` Document (with its LineCounter) is built lazily, on the first
 * `locate` call, and cached.
 */
export class SourceFile {
  private index?: { doc: ReturnType<typeof parseDocument>; lines: LineCounter }

  constructor(
    /** Absolute path. */
    readonly absPath: string,
    /** Path relative to the repository root, with `/` separators. */
    readonly relPath: string,
    readonly text: string
  ) {}

  get isJson(): boolean {
    return this.absPath.endsWith('.json')
  }

  /** Parses the text; throws a SyntaxDiagnosticError pointing at the offending line. */
  parse(): unknown {
    if (this.isJson) {
      try {
        return JSON.parse(this.text)
      } catch (err) {
        const message = (err as Error).message
        const at = /position (\d+)/.exec(message)
        const pos = at ? this.offsetToPosition(Number(at[1])) : { line: 1, col: 1 }
        throw new SyntaxDiagnosticError(this.diagnostic([], `invalid JSON: ${message}`, pos))
      }
    }
    try {
      return fastLoad(this.text, { filename: this.relPath })
    } catch (err) {
      if (err instanceof YAMLException) {
        const pos = err.mark
          ? { line: err.mark.line + 1, col: err.mark.column + 1 }
          : { line: 1, col: 1 }
        throw new SyntaxDiagnosticError(
          this.diagnostic([], `invalid YAML: ${err.reason || err.message}`, pos)
        )
      }
      throw err
    }
  }

  /**
   * The position of a key path: the key itself (`at: 'key'`) or its value.
   * When the path does not exist (a missing key), the deepest existing
   * ancestor is returned, which is where the user has to add it.
   */
  locate(path: KeyPath, at: 'key' | 'value' = 'key'): Position {
    const { doc, lines } = this.positions()
    let node = doc.contents as Node | null
    let offset = node?.range?.[0]
    for (let i = 0; i < path.length; i++) {
      const last = i === path.length - 1
      if (isMap(node)) {
        const pair = node.items.find(
          p => isScalar(p.key) && String(p.key.value) === String(path[i])
        )
        if (!pair) break
        const value = pair.value as Node | null
        const keyStart = (pair.key as Node).range?.[0]
        offset = last && at === 'value' && value?.range ? value.range[0] : (keyStart ?? offset)
        node = value
      } else if (isSeq(node) && typeof path[i] === 'number') {
        const item = node.items[path[i] as number] as Node | undefined
        if (!item) break
        offset = item.range?.[0] ?? offset
        node = item
      } else {
        break
      }
    }
    if (offset === undefined) return { line: 1, col: 1 }
    const pos = lines.linePos(offset)
    return { line: pos.line, col: pos.col }
  }

  /** Builds a diagnostic located at a key path of this file. */
  diagnostic(
    path: KeyPath,
    message: string,
    pos: Position = this.locate(path),
    severity: Diagnostic['severity'] = 'error'
  ): Diagnostic {
    return {
      file: this.relPath,
      line: pos.line,
      col: pos.col,
      key: keyPath(path),
      message,
      severity
    }
  }

  private positions() {
    if (!this.index) {
      const lines = new LineCounter()
      const doc = parseDocument(this.text, { lineCounter: lines, uniqueKeys: false })
      this.index = { doc, lines }
    }
    return this.index
  }

  private offsetToPosition(offset: number): Position {
    let line = 1
    let lineStart = 0
    for (let i = 0; i < offset && i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++
        lineStart = i + 1
      }
    }
    return { line, col: offset - lineStart + 1 }
  }
}

/** A file that cannot be parsed at all: the one diagnostic says where. */
export class SyntaxDiagnosticError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message)
    this.name = 'SyntaxDiagnosticError'
  }
}
