/**
 * Jest globalSetup/globalTeardown: every temporary folder a test run makes
 * (repositories, bare remotes, runner folders, caches, Python's scratch files)
 * lives in one folder of its own, removed when the run ends. Tests create
 * theirs with mkdtemp(os.tmpdir()) and many cannot remove them themselves (a
 * spawned runner's files, a failed test's); thousands of them were left behind
 * in the machine's /tmp by every `npm test`. Workers start after globalSetup,
 * so they and every process they spawn inherit TMPDIR.
 * MODELGATE_KEEP_TEST_TMP=1 keeps the folder for a post-mortem.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const KEY = 'MODELGATE_TEST_RUN_TMP'

export async function setup() {
  const folder = mkdtempSync(path.join(tmpdir(), 'modelgate-test-run-'))
  process.env[KEY] = folder
  process.env.TMPDIR = folder
}

export async function teardown() {
  const folder = process.env[KEY]
  if (!folder || process.env.MODELGATE_KEEP_TEST_TMP === '1') return
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 })
}
