/**
 * Jest setup (each test file): the CLI's evaluation cache defaults to the user's cache folder,
 * which would carry results from one test, or one `npm test`, into the next. Every test file
 * gets a cache folder of its own, empty at its start, so what a test sees never depends on
 * what ran before it; tests of the cache name their own `cache-dir`.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

process.env.XDG_CACHE_HOME = mkdtempSync(path.join(tmpdir(), 'modelgate-test-cache-'))
