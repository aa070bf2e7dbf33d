// Jest globalTeardown: see run-temp-folder.mjs.
export { teardown as default } from './run-temp-folder.mjs'
