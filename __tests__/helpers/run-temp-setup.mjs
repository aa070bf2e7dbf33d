// Jest globalSetup: the run's temporary folder (see run-temp-folder.mjs), and the Node that
// runs the bundled action (see action-node-setup.mjs). Workers start after it and inherit both.
import { setup as actionNodeSetup } from './action-node-setup.mjs'
import { setup as tempFolderSetup } from './run-temp-folder.mjs'

export default async function setup() {
  await tempFolderSetup()
  actionNodeSetup()
}
