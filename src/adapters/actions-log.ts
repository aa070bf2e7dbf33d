import { runner } from './runner.js'
import type { Logger } from '../logger.js'

/** Logger on the Actions log: groups are collapsible sections. */
export const actionsLog: Logger = {
  info: message => runner.info(message),
  warning: message => runner.warning(message),
  write: chunk => void process.stdout.write(chunk),
  group: (name, fn) => runner.group(name, fn)
}
