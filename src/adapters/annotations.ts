/**
 * Diagnostics as workflow annotations. GitHub shows at most 10 error (and 10
 * warning) annotations per step, so the tenth says how many more there are;
 * every diagnostic is also printed to the log, so none is dropped silently.
 */
import { runner } from './runner.js'
import { formatDiagnostic, type Diagnostic } from '../errors.js'

const MAX_ANNOTATIONS = 10

export function annotate(diagnostics: Diagnostic[]): void {
  for (const severity of ['error', 'warning'] as const) {
    const list = diagnostics.filter(d => d.severity === severity)
    const emit = severity === 'error' ? runner.error : runner.warning
    const direct = list.length > MAX_ANNOTATIONS ? list.slice(0, MAX_ANNOTATIONS - 1) : list
    for (const d of direct) {
      emit(d.message, {
        title: d.key ? `modelgate: ${d.key}` : 'modelgate',
        file: d.file,
        ...(d.line > 0 ? { startLine: d.line, startColumn: d.col } : {})
      })
    }
    if (list.length > direct.length) {
      emit(`… and ${list.length - direct.length} more ${severity}s: see the log of this step`)
    }
  }
  for (const d of diagnostics) runner.info(formatDiagnostic(d))
}
