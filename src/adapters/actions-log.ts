import * as core from '@actions/core'
import type { Logger } from '../logger.js'

/** Logger on the Actions log: groups are collapsible sections. */
export const actionsLog: Logger = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  write: chunk => void process.stdout.write(chunk),
  group: (name, fn) => core.group(name, fn)
}
