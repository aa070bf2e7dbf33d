/**
 * Writes the job summary. GitHub rejects a step summary over 1 MiB, so a
 * longer one is cut at a line boundary with a note saying so.
 */
import { runner } from './runner.js'

const SUMMARY_LIMIT = 1024 * 1024

function capSummary(markdown: string, limit = SUMMARY_LIMIT): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown
  const note =
    "\n\n> ✂ This summary was cut at GitHub's 1 MiB limit; the full result is in the `result` output and the log.\n"
  let cut = Buffer.from(markdown)
    .subarray(0, limit - Buffer.byteLength(note))
    .toString('utf8')
  cut = cut.slice(0, cut.lastIndexOf('\n'))
  return cut + note
}

export async function writeJobSummary(markdown: string): Promise<void> {
  runner.appendSummary(capSummary(markdown))
}
