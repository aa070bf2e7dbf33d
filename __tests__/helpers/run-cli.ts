/** Runs the CLI in-process (the same code path as dist/cli/index.js) and captures what it prints. */
import { runCli } from '../../src/cli/run-cli.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function cli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {}
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: t => (stdout += t),
    stderr: t => (stderr += t),
    cwd,
    env: { PATH: process.env.PATH, ...env }
  })
  return { code, stdout, stderr }
}
