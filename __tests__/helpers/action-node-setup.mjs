/**
 * The runner-style tests run the bundled action on the Node that action.yml's
 * `runs.using` names (node24), as GitHub's runner does, not on the Node that
 * runs jest (this machine's 20, the oldest the CLI supports). Found, or fetched
 * once into .cache/, here (scripts/action-node.mjs, which `npm run bench`
 * shares), and handed to the workers in MODELGATE_TEST_ACTION_NODE. When it cannot be had
 * (offline), the action runs on jest's Node, and the test that checks the
 * action's runtime fails with the reason, in MODELGATE_TEST_ACTION_NODE_PROBLEM.
 */
import { actionNode } from '../../scripts/action-node.mjs'

export function setup() {
  const found = actionNode()
  if (found.node) {
    process.env.MODELGATE_TEST_ACTION_NODE = found.node
  } else {
    process.env.MODELGATE_TEST_ACTION_NODE_PROBLEM = found.reason
    console.warn(
      `\nthe bundled action runs on ${process.version}, not action.yml's: ${found.reason}`
    )
  }
}
