// Jest globalSetup: see run-temp-folder.mjs.
export { setup as default } from './run-temp-folder.mjs'
