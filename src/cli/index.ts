#!/usr/bin/env node
/** The CLI's entry point: `modelgate <command> [--option value]`. */
import { runCli } from './run-cli.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
})
