/**
 * Diagnostics as workflow annotations. GitHub shows at most 10 error (and 10
 * warning) annotations per step, so the tenth says how many more there are;
 * the first thousand diagnostics are also printed to the log, and a count of
 * the rest, so none is dropped silently.
 */
import { runner } from './runner.js'
import { andMore, firstOf } from '../clip.js'
import { formatDiagnostic, type Diagnostic } from '../errors.js'

const MAX_ANNOTATIONS = 10
/** Problems listed in the log of the step. */
const LOG_DIAGNOSTICS = 1000

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
  // The log lists many more than the annotations, but not 100,000 lines: the CLI's --json has all.
  const { shown, more } = firstOf(diagnostics, LOG_DIAGNOSTICS)
  for (const d of shown) runner.info(formatDiagnostic(d))
  if (more) runner.info(andMore(more, ' problems (`modelgate <command> --json` lists every one)'))
}
