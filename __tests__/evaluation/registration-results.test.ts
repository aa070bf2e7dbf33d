/** What `register --candidate-results` records: a result.json of these bytes, or a metrics file. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { DecisionError, UsageError } from '../../src/errors.js'
import { readRegistrationResults } from '../../src/evaluation/registration-results.js'
import { RESULT_SCHEMA, type EvaluationResult } from '../../src/evaluation/result-file.js'
import { sha256, tempDir, writeFile } from '../helpers/registry-fixture.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(d => rmSync(d, { recursive: true, force: true })))

function dir(): string {
  const d = tempDir('modelgate-results-')
  dirs.push(d)
  return d
}

const SHA = '0123456789abcdef0123456789abcdef01234567'
const RUN = 'https://github.com/acme/models/actions/runs/42'
const DIGESTS = { 'model.bin': sha256('weights'), 'labels.json': sha256('labels') }
const EXPECT = { model: 'clf', version: '1.4.0', digests: DIGESTS }

function result(over: Partial<EvaluationResult> = {}): EvaluationResult {
  return {
    schema: RESULT_SCHEMA,
    status: 'ok',
    model: 'clf',
    version: '1.4.0',
    target: 'version',
    stage: 'trained',
    files: { ...DIGESTS },
    data: { 'data/test.csv': sha256('data') },
    metrics: { accuracy: 0.95, latency_ms: 12 },
    commands: [],
    startedAt: '2026-11-20T10:00:00Z',
    durationMs: 1234,
    commit: SHA,
    runner: { os: 'Linux', run: RUN },
    ...over
  }
}

function writeResult(d: string, r: EvaluationResult = result()): string {
  return writeFile(d, 'result.json', JSON.stringify(r, null, 2) + '\n')
}

async function refusal(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a refusal')
}

describe('readRegistrationResults from a result.json', () => {
  it('takes the metrics and the lineage (commit, run) of a matching evaluation', async () => {
    const file = writeResult(dir())
    expect(await readRegistrationResults(file, EXPECT)).toEqual({
      metrics: { accuracy: 0.95, latency_ms: 12 },
      resultFile: file,
      commit: SHA,
      run: RUN
    })
  })

  it('resolves a folder to its result.json', async () => {
    const d = dir()
    const file = writeResult(d)
    expect(await readRegistrationResults(d, EXPECT)).toEqual({
      metrics: { accuracy: 0.95, latency_ms: 12 },
      resultFile: file,
      commit: SHA,
      run: RUN
    })
  })

  it('leaves out a lineage the result does not have', async () => {
    const file = writeResult(dir(), result({ commit: undefined, runner: { os: 'Linux' } }))
    const out = await readRegistrationResults(file, EXPECT)
    expect(out).toEqual({ metrics: { accuracy: 0.95, latency_ms: 12 }, resultFile: file })
    expect(Object.keys(out)).toEqual(['metrics', 'resultFile'])
  })

  it('refuses a failed evaluation', async () => {
    const file = writeResult(
      dir(),
      result({ status: 'error', error: 'evaluate exited with 1', metrics: undefined })
    )
    const err = await refusal(readRegistrationResults(file, EXPECT))
    expect(err).toBeInstanceOf(DecisionError)
    expect(err.message).toBe(
      `candidate results ${file} records a failed evaluation: evaluate exited with 1`
    )
  })

  it('refuses a result of another model or version', async () => {
    const d = dir()
    const file = writeResult(d, result({ version: '1.3.0' }))
    const err = await refusal(readRegistrationResults(file, EXPECT))
    expect(err).toBeInstanceOf(DecisionError)
    expect(err.message).toBe(`candidate results ${file} are for clf 1.3.0, not clf 1.4.0`)

    writeResult(d, result({ model: 'other' }))
    expect((await refusal(readRegistrationResults(d, EXPECT))).message).toBe(
      `candidate results ${file} are for other 1.4.0, not clf 1.4.0`
    )
  })

  it('refuses a result made with other bytes, naming the file', async () => {
    const d = dir()
    const other = sha256('older weights')
    const file = writeResult(d, result({ files: { ...DIGESTS, 'model.bin': other } }))
    const err = await refusal(readRegistrationResults(file, EXPECT))
    expect(err).toBeInstanceOf(DecisionError)
    expect(err.message).toBe(
      `candidate results ${file} were made with other bytes of model.bin (${other}) than the ones registered (${DIGESTS['model.bin']})`
    )

    writeResult(d, result({ files: { 'model.bin': DIGESTS['model.bin'] } }))
    expect((await refusal(readRegistrationResults(file, EXPECT))).message).toBe(
      `candidate results ${file} were made with other bytes of labels.json (not evaluated) than the ones registered (${DIGESTS['labels.json']})`
    )
  })
})

describe('readRegistrationResults from a metrics file', () => {
  it('reads JSON, flattening nested objects, with no lineage', async () => {
    const file = writeFile(dir(), 'metrics.json', '{"accuracy": 0.9, "f1": {"macro": 0.8}}\n')
    expect(await readRegistrationResults(file, EXPECT)).toEqual({
      metrics: { accuracy: 0.9, 'f1.macro': 0.8 }
    })
  })

  it('reads YAML', async () => {
    const file = writeFile(dir(), 'metrics.yaml', 'accuracy: 0.91\nlatency_ms: 15\n')
    expect(await readRegistrationResults(file, EXPECT)).toEqual({
      metrics: { accuracy: 0.91, latency_ms: 15 }
    })
  })

  it('reads name,value CSV', async () => {
    const file = writeFile(dir(), 'metrics.csv', 'name,value\naccuracy,0.92\nlatency_ms,14\n')
    expect(await readRegistrationResults(file, EXPECT)).toEqual({
      metrics: { accuracy: 0.92, latency_ms: 14 }
    })
  })

  it('takes a JSON file of another schema as plain metrics', async () => {
    const file = writeFile(dir(), 'result.json', '{"accuracy": 0.93}\n')
    expect(await readRegistrationResults(file, EXPECT)).toEqual({ metrics: { accuracy: 0.93 } })
  })

  it('is a usage error (exit 2) when the file does not exist', async () => {
    const file = path.join(dir(), 'missing.json')
    const err = await refusal(readRegistrationResults(file, EXPECT))
    expect(err).toBeInstanceOf(UsageError)
    expect((err as UsageError).exitCode).toBe(2)
    expect(err.message).toBe(`candidate results not found: ${file}`)
  })

  it('is a usage error for a folder without result.json', async () => {
    const d = dir()
    const err = await refusal(readRegistrationResults(d, EXPECT))
    expect(err).toBeInstanceOf(UsageError)
    expect(err.message).toBe(`candidate results not found: ${path.join(d, 'result.json')}`)
  })
})
