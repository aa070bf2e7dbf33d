import { clip, quote } from '../clip.js'
import { YAMLException } from './js-yaml.cjs'
import { keyPath, type Diagnostic } from '../errors.js'
import { firstDuplicateJsonKey } from './json-keys.js'
import { buildPositions, LineIndex, type PositionNode } from './positions.js'
import { loadYaml } from './yaml-load.js'

export type KeyPath = ReadonlyArray<string | number>

export interface Position {
  line: number
  col: number
}

/**
 * One manifest file (the registry file or a model shard): its text, the parsed
 * data, and source positions on demand.
 *
 * js-yaml serves the read path (`loadYaml`: a 10 MB manifest in a fraction of
 * the time and memory `yaml`'s Document API needs). Positions are only needed
 * when there is something to report, so they are built lazily from js-yaml's
 * event stream on the first `locate` call, and cached.
 */
export class SourceFile {
  private index?: { root: PositionNode | undefined; lines: LineIndex }

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
      // A UTF-8 byte order mark is kept in the text (edits write it back) but is not JSON.
      const bom = this.text.startsWith('\uFEFF') ? 1 : 0
      const json = bom ? this.text.slice(1) : this.text
      let data: unknown
      try {
        data = JSON.parse(json)
      } catch (err) {
        const message = (err as Error).message
        const at = /position (\d+)/.exec(message)
        const pos = at
          ? new LineIndex(this.text).position(Number(at[1]) + bom)
          : { line: 1, col: 1 }
        throw new SyntaxDiagnosticError(this.diagnostic([], `invalid JSON: ${clip(message)}`, pos))
      }
      const duplicate = firstDuplicateJsonKey(json)
      if (duplicate) {
        const pos = new LineIndex(this.text).position(duplicate.offset + bom)
        throw new SyntaxDiagnosticError(
          this.diagnostic(
            [],
            `invalid JSON: duplicated key ${quote(duplicate.key)} (JSON.parse would keep only the last)`,
            pos
          )
        )
      }
      return data
    }
    try {
      return loadYaml(this.text, this.relPath)
    } catch (err) {
      if (err instanceof YAMLException) {
        const pos = err.mark
          ? { line: err.mark.line + 1, col: err.mark.column + 1 }
          : { line: 1, col: 1 }
        throw new SyntaxDiagnosticError(
          this.diagnostic([], `invalid YAML: ${clip(err.reason || err.message)}`, pos)
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
    const { root, lines } = this.positions()
    let node = root
    let offset = node?.start
    for (let i = 0; i < path.length && node; i++) {
      const last = i === path.length - 1
      if (node.map) {
        const entry = node.map.get(String(path[i]))
        if (!entry) break
        offset = last && at === 'value' ? entry.value.start : entry.key
        node = entry.value
      } else if (node.seq && typeof path[i] === 'number') {
        const item: PositionNode | undefined = node.seq[path[i] as number]
        if (!item) break
        offset = item.start
        node = item
      } else {
        break
      }
    }
    return offset === undefined ? { line: 1, col: 1 } : lines.position(offset)
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
      let root: PositionNode | undefined
      try {
        root = buildPositions(this.text)
      } catch {
        root = undefined // unparsable text has no positions beyond line 1
      }
      this.index = { root, lines: new LineIndex(this.text) }
    }
    return this.index
  }
}

/** A file that cannot be parsed at all: the one diagnostic says where. */
export class SyntaxDiagnosticError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message)
    this.name = 'SyntaxDiagnosticError'
  }
}
